"""Packaging for plone-scrqm.

The project keeps ``profiles/``, ``workflows/`` and ``locales/`` at its top level, beside
``src/``. They are mapped into the package here, so a built wheel has the canonical Plone
layout (``plone_scrqm/profiles/default/...``) and an editable install resolves the same
subpackages through setuptools' editable finder.
"""

from pathlib import Path

from setuptools import find_packages
from setuptools import setup

HERE = Path(__file__).parent
long_description = "\n\n".join(
    (HERE / name).read_text(encoding="utf-8") for name in ("README.md", "CHANGES.md")
)

setup(
    name="plone-scrqm",
    version="1.0.0.dev0",
    description=(
        "Serious case review quality markers for safeguarding children partnerships: "
        "a Plone 6 add-on"
    ),
    long_description=long_description,
    long_description_content_type="text/markdown",
    classifiers=[
        "Development Status :: 3 - Alpha",
        "Environment :: Web Environment",
        "Framework :: Plone",
        "Framework :: Plone :: 6.2",
        "Framework :: Plone :: Addon",
        "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
        "Operating System :: OS Independent",
        "Programming Language :: Python",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
    ],
    keywords="Plone safeguarding serious-case-review quality-markers",
    license="GPL-2.0-only",
    python_requires=">=3.11",
    packages=[
        *find_packages("src"),
        "plone_scrqm.profiles",
        "plone_scrqm.workflows",
        "plone_scrqm.locales",
        "plone_scrqm.demo",
    ],
    package_dir={
        "": "src",
        "plone_scrqm.profiles": "profiles",
        "plone_scrqm.workflows": "workflows",
        "plone_scrqm.locales": "locales",
        # The demo site's loader and data: never imported by the add-on itself.
        "plone_scrqm.demo": "demo",
    },
    package_data={
        "": ["*.zcml", "*.json", "*.csv", "templates/*.pt"],
        "plone_scrqm.profiles": ["*.zcml", "*/*.xml", "*/*/*.xml"],
        "plone_scrqm.workflows": ["*.zcml", "*.xml", "*/*/*.xml"],
        "plone_scrqm.locales": ["*.zcml", "*.pot", "*/LC_MESSAGES/*.po", "*/LC_MESSAGES/*.mo"],
        "plone_scrqm.demo": ["data/*.json"],
    },
    include_package_data=False,
    zip_safe=False,
    install_requires=[
        "setuptools",
        "Products.CMFPlone>=6.2,<6.3",
        "plone.app.layout<7",
        "plone.api",
        "plone.restapi",
        "plone.app.dexterity",
        "plone.app.contenttypes",
        "plone.app.registry",
        "plone.autoform",
        "holidays",
        # Dates in words in the language of a letter to a family (the Unicode CLDR's data).
        "babel",
        "plone.supermodel",
        "plonetheme.barceloneta",
        # The assessment report as PDF; needs the system's Pango libraries (see README).
        "weasyprint",
        # The privacy check reads attached files: PDF (pypdf), RTF (striprtf), the XML of
        # Word and OpenDocument files (defusedxml: no DTD, no entities), and matches names
        # written with look-alike letters (Unicode confusables, UTS #39).
        "pypdf",
        "striprtf",
        "defusedxml",
        "confusable-homoglyphs",
        # Agencies' chronologies imported from Excel workbooks (.xlsx).
        "openpyxl",
        # The audit trail: one SQL store shared by every instance, in Zope's transaction.
        "SQLAlchemy>=2",
        "zope.sqlalchemy",
        "zope.interface",
        "zope.schema",
    ],
    extras_require={
        "test": [
            "plone.app.testing",
            "plone.testing",
            "plone.app.robotframework",
            "pytest",
            "pytest-plone",
            # Readability of the letters to families (Flesch reading ease)
            "textstat",
            "requests",
            "build",
            # several instances on one database (make start-zeo, make test-scale)
            "ZEO",
            # Real-browser journeys and accessibility (tests/browser), with Debian's chromium
            "playwright",
            "axe-playwright-python",
        ],
        # A Volto frontend (frontend/, make start-volto) needs plone.volto on the backend.
        "volto": [
            "plone.volto",
        ],
        "dev": [
            "ruff",
            "zpretty",
            "i18ndude",
        ],
    },
    entry_points={
        "z3c.autoinclude.plugin": ["target = plone"],
    },
)
