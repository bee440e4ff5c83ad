"""Extract the add-on's translatable strings and keep the translations in step.

Two gettext domains:

- ``plone_scrqm``, the interface: rebuilt from the Python code, templates, ZCML and
  GenericSetup XML (the letters package excluded);
- ``plone_scrqm_letters``, the letters to families: rebuilt from
  ``src/plone_scrqm/letters``, where every message has its English text as the default.

Then, for each language, ``locales/<lang>/LC_MESSAGES/plone.po`` gets the translations of
the workflows' state and transition titles in Plone's own ``plone`` domain (where Plone's
toolbar, state menu and history look them up), taken from that language's
``plone_scrqm.po``, with the few corrections of Plone's own messages in ``PLONE_FIXES``.

For each, i18ndude rebuilds ``locales/<domain>.pot`` and syncs every
``locales/<lang>/LC_MESSAGES/<domain>.po`` (new messages are added with an empty
translation; the headers, including ``X-Translation-Status``, are kept). Run with
``make i18n``; commit the .pot and .po files (never the compiled .mo).
"""

import re
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


# Plone's own messages that its catalogue translates wrongly for the add-on's pages.
PLONE_FIXES = {
    # Plone's Welsh gives "Sir/Talaith" (county/province) for a workflow state.
    "cy": {"State": "Cyflwr", "label_state": "Cyflwr:", "listingheader_status": "Cyflwr"},
}
PLONE_HEADER = """\
# The add-on's workflow state and transition titles in Plone's own "plone" domain, written
# by `make i18n` from the workflow definitions and plone_scrqm.po: do not edit by hand.
msgid ""
msgstr ""
"Project-Id-Version: plone-scrqm\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=utf-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Language-Code: {language}\\n"
"Domain: plone\\n"
"""
ENTRY = re.compile(r'^msgid "((?:[^"\\\\]|\\\\.)*)"\nmsgstr "((?:[^"\\\\]|\\\\.)+)"', re.M)
TITLE = re.compile(r'<(?:state|transition)\b[^>]*?\btitle="([^"]*)"', re.S)


def workflow_titles():
    titles = []
    for definition in sorted((ROOT / "workflows" / "workflows").glob("*/definition.xml")):
        for title in TITLE.findall(definition.read_text(encoding="utf-8")):
            if title not in titles:
                titles.append(title)
    return titles


def write_plone_domain():
    titles = workflow_titles()
    for po in sorted(LOCALES.glob("*/LC_MESSAGES/plone_scrqm.po")):
        language = po.parent.parent.name
        translated = dict(ENTRY.findall(po.read_text(encoding="utf-8")))
        entries = dict(PLONE_FIXES.get(language, {}))
        entries.update({title: translated[title] for title in titles if translated.get(title)})
        target = po.with_name("plone.po")
        if not entries:
            target.unlink(missing_ok=True)
            continue
        body = "".join(f'\nmsgid "{key}"\nmsgstr "{value}"\n' for key, value in entries.items())
        target.write_text(PLONE_HEADER.format(language=language) + body, encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {len(entries)} message(s)")


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
    write_plone_domain()


if __name__ == "__main__":
    main()
