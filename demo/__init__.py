"""The demonstration site of ``make start`` (``plone_scrqm.demo`` in an installed wheel):
its data in ``data/*.json``, read by ``loader``. Nothing of the add-on imports it: it is used
only by ``scripts/create_demo_site.py`` and by the tests of the demo itself."""
