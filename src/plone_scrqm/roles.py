"""The add-on's roles: ids are what workflows and ``api.user.grant_roles`` use; titles are
what the Sharing tab shows."""

REVIEW_MANAGER = "Review Manager"
LEAD_REVIEWER = "Lead Reviewer"
PARTNERSHIP_CHAIR = "Partnership Chair"
BOARD_MEMBER = "Board Member"

ALL = (REVIEW_MANAGER, LEAD_REVIEWER, PARTNERSHIP_CHAIR, BOARD_MEMBER)
