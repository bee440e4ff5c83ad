"""Extract the add-on's translatable strings and keep the translations in step.

Rebuilds ``locales/plone_scrqm.pot`` from the Python code, templates, ZCML and GenericSetup
XML (with i18ndude), then syncs every ``locales/<lang>/LC_MESSAGES/plone_scrqm.po``.
Run with ``make i18n``; commit the .pot and .po files (never the compiled .mo).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ROOT / "locales"
DOMAIN = "plone_scrqm"
SOURCES = ["src/plone_scrqm", "profiles", "workflows"]


def i18ndude(*args):
    command = [str(Path(sys.executable).with_name("i18ndude")), *args]
    subprocess.run(command, cwd=ROOT, check=True)


def main():
    pot = LOCALES / f"{DOMAIN}.pot"
    i18ndude("rebuild-pot", "--pot", str(pot), "--create", DOMAIN, *SOURCES)
    po_files = sorted(LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    if po_files:
        i18ndude("sync", "--pot", str(pot), *map(str, po_files))
    print(f"{pot.relative_to(ROOT)}: synced {len(po_files)} translation(s)")


if __name__ == "__main__":
    main()
