"""Letters to family members (QM4, QM12, QM17) in the family's language.

The text of every letter lives in the gettext domain ``plone_scrqm_letters``
(``locales/<language>/LC_MESSAGES/plone_scrqm_letters.po``), so a partnership corrects or
adds a language without touching code. This package decides which letter, which language
and which variables; the view in ``families/views/letters.py`` renders them.
"""
