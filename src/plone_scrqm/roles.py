"""The add-on's roles: ids are what workflows and ``api.user.grant_roles`` use; titles are
what the Sharing tab shows."""

REVIEW_MANAGER = "Review Manager"
LEAD_REVIEWER = "Lead Reviewer"
PARTNERSHIP_CHAIR = "Partnership Chair"
BOARD_MEMBER = "Board Member"
# Given site-wide (Users and Groups) to the partnership's information governance lead:
# reads the audit trail and nothing else.
AUDIT_READER = "Audit reader"

ALL = (REVIEW_MANAGER, LEAD_REVIEWER, PARTNERSHIP_CHAIR, BOARD_MEMBER)

# Every role the add-on adds to a site (uninstall removes those the site did not have).
ADDED = (*ALL, AUDIT_READER)
