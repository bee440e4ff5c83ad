"""Extract the add-on's translatable strings and keep the translations in step.

Two gettext domains:

- ``plone_scrqm``, the interface: rebuilt from the Python code, templates, ZCML and
  GenericSetup XML (the letters package excluded);
- ``plone_scrqm_letters``, the letters to families: rebuilt from
  ``src/plone_scrqm/letters``, where every message has its English text as the default.

For each, i18ndude rebuilds ``locales/<domain>.pot`` and syncs every
``locales/<lang>/LC_MESSAGES/<domain>.po`` (new messages are added with an empty
translation; the headers, including ``X-Translation-Status``, are kept). Run with
``make i18n``; commit the .pot and .po files (never the compiled .mo).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ROOT / "locales"
DOMAINS = {
    "plone_scrqm": {
        "sources": ["src/plone_scrqm", "profiles", "workflows"],
        "exclude": "letters",
    },
    "plone_scrqm_letters": {"sources": ["src/plone_scrqm/letters"], "exclude": ""},
}


def i18ndude(*args):
    command = [str(Path(sys.executable).with_name("i18ndude")), *args]
    subprocess.run(command, cwd=ROOT, check=True)


def rebuild(domain, sources, exclude):
    pot = LOCALES / f"{domain}.pot"
    options = ["--exclude", exclude] if exclude else []
    i18ndude("rebuild-pot", "--pot", str(pot), "--create", domain, *options, *sources)
    po_files = sorted(LOCALES.glob(f"*/LC_MESSAGES/{domain}.po"))
    if po_files:
        i18ndude("sync", "--pot", str(pot), *map(str, po_files))
    print(f"{pot.relative_to(ROOT)}: synced {len(po_files)} translation(s)")


def main():
    for domain, settings in DOMAINS.items():
        rebuild(domain, **settings)


if __name__ == "__main__":
    main()
