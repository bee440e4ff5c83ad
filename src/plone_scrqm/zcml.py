"""ZCML support for the project's top-level profile folders.

GenericSetup names a profile after the package whose ZCML registers it. Our profile folders
(``profiles/``, ``workflows/``) are subpackages mapped in from the project's top level, so
their ZCML sits beside them and resolves their paths in an editable install and a wheel
alike; this directive is GenericSetup's ``registerProfile`` with the product id fixed to
``plone_scrqm``, so the ids are ``plone_scrqm:default``, ``plone_scrqm:uninstall`` and
``plone_scrqm:workflows`` wherever the ZCML lives.
"""

import os

from Products.GenericSetup.interfaces import BASE
from Products.GenericSetup.registry import _profile_registry
from zope.component import queryUtility
from zope.configuration.fields import Path
from zope.configuration.fields import Tokens
from zope.i18n.interfaces import ITranslationDomain
from zope.interface import Interface
from zope.schema import TextLine

from plone_scrqm import PACKAGE_NAME


def registerProfile(  # noqa: N802 - the name of GenericSetup's directive handler
    _context,
    name="default",
    title=None,
    description=None,
    directory=None,
    provides=BASE,
    for_=None,
    pre_handler=None,
    post_handler=None,
):
    if directory is None:
        raise ValueError("scrqm:registerProfile needs an explicit directory")
    _context.action(
        discriminator=("registerProfile", PACKAGE_NAME, name),
        callable=_profile_registry.registerProfile,
        args=(
            name,
            title or f"Profile '{name}' from '{PACKAGE_NAME}'",
            description or "",
            directory,
            PACKAGE_NAME,
            provides,
            for_,
            pre_handler,
            post_handler,
        ),
    )


class IPreferTranslationsDirective(Interface):
    directory = Path(title="The add-on's locales directory", required=True)
    domains = Tokens(
        title="Domains whose add-on catalogues go before the others",
        value_type=TextLine(),
        required=True,
    )


def prefer_translations(directory, domains):
    """Put the catalogues read from ``directory`` first in each of ``domains``, so that the
    add-on's few messages of Plone's domains (the Welsh "State", the workflow titles, the
    Welsh date formats) win over Plone's own catalogues for the same language."""
    prefix = os.path.join(os.path.abspath(directory), "")
    for name in domains:
        domain = queryUtility(ITranslationDomain, name=name)
        if domain is None:
            continue
        for language, catalogs in domain._catalogs.items():
            ours = [c for c in catalogs if os.path.abspath(c).startswith(prefix)]
            domain._catalogs[language] = ours + [c for c in catalogs if c not in ours]


def preferTranslations(_context, directory, domains):  # noqa: N802 - a ZCML directive
    # Order 1000: after every registration of the default order, Plone's catalogues included.
    _context.action(
        discriminator=("scrqm:preferTranslations", directory),
        callable=prefer_translations,
        args=(directory, tuple(domains)),
        order=1000,
    )
