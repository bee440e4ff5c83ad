"""Run by ``make site`` through ``zconsole run``, which provides ``app``.

Creates the Zope administrator, site ``Plone`` with the add-on and the demo reviews, or
keeps them if they exist. The administrator's password is ADMIN_PASSWORD (default
``admin``) and the demo accounts' DEMO_PASSWORD (default ``safeguarding-demo``): for local
trial only. The demo content is data (``demo/data/*.json``, installed as
``plone_scrqm.demo``), read by ``demo/loader.py``. With SCRQM_DEMO_FRONTEND=volto (``make
start-volto``) the site also gets plone.volto, for the Volto frontend.
"""

import os

from plone_scrqm.demo.loader import prepare_demo_site

result = prepare_demo_site(
    app,  # noqa: F821 - provided by zconsole
    admin_user="admin",
    admin_password=os.environ.get("ADMIN_PASSWORD") or "admin",
    demo_password=os.environ.get("DEMO_PASSWORD") or None,
    volto=os.environ.get("SCRQM_DEMO_FRONTEND") == "volto",
)
print(
    "Site Plone: {}; demo reviews: {}".format(
        "created" if result["site_created"] else "kept",
        "created" if result["demo_created"] else "kept",
    )
)
