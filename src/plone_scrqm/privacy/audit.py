"""Where the privacy views and services record reads and exports: the audit trail lives in
``plone_scrqm.audit`` (one SQL store shared by every instance); ``audit`` is kept here for
the modules that import it from this place."""

from plone_scrqm.audit.adapters import audit

__all__ = ["audit"]
