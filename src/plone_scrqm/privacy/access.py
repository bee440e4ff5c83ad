"""Who may see a review's privacy check: shared by ``@@privacy-check`` and ``@scr-privacy``."""

from plone import api

VIEW_FAMILY = "plone_scrqm: View family details"
APPROVE = "plone_scrqm: Approve publication"


def may_see_privacy_check(review):
    """The review team (who keep the register) and the chair (who approves)."""
    return api.user.has_permission(VIEW_FAMILY, obj=review) or api.user.has_permission(
        APPROVE, obj=review
    )
