"""ZCML support for the project's top-level profile folders.

GenericSetup names a profile after the package whose ZCML registers it. Our profile folders
(``profiles/``, ``workflows/``) are subpackages mapped in from the project's top level, so
their ZCML sits beside them and resolves their paths in an editable install and a wheel
alike; this directive is GenericSetup's ``registerProfile`` with the product id fixed to
``plone_scrqm``, so the ids are ``plone_scrqm:default``, ``plone_scrqm:uninstall`` and
``plone_scrqm:workflows`` wherever the ZCML lives.
"""

from Products.GenericSetup.interfaces import BASE
from Products.GenericSetup.registry import _profile_registry

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
