"""Fixed choices of the review record. Tokens are stable identifiers used in REST and data;
titles are translatable."""

from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

from plone_scrqm import _
from plone_scrqm.clocks import facts
from plone_scrqm.markers.catalogue import CLUSTERS
from plone_scrqm.review.rules import BASIS_OTHER
from plone_scrqm.review.rules import DECISION_NO_REVIEW
from plone_scrqm.review.rules import DECISION_REVIEW


def fixed_vocabulary(pairs):
    """A vocabulary of ``(token, title)`` pairs (or a mapping): the token is the stored
    value; the title is translatable."""
    items = pairs.items() if isinstance(pairs, dict) else pairs
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in items])


def _vocabulary(*pairs):
    return fixed_vocabulary(pairs)


REVIEW_TYPES = _vocabulary(
    ("rapid-review", _("Rapid review")),
    ("lcspr", _("Local child safeguarding practice review")),
    ("scr", _("Serious case review")),
    ("cpr-wales", _("Child practice review (Wales)")),
    ("susr-wales", _("Single unified safeguarding review (Wales)")),
    ("other-learning-review", _("Other learning review")),
)

CHILD_OUTCOMES = _vocabulary(
    (facts.DIED, _("The child died")),
    (facts.SERIOUSLY_HARMED, _("The child was seriously harmed")),
)

ABUSE_OR_NEGLECT = _vocabulary(
    (facts.ABUSE_KNOWN, _("Abuse or neglect is known")),
    (facts.ABUSE_SUSPECTED, _("Abuse or neglect is suspected")),
    (facts.ABUSE_NOT_SUSPECTED, _("Abuse or neglect is neither known nor suspected")),
)

YES_NO = _vocabulary((facts.YES, _("Yes")), (facts.NO, _("No")))

INCIDENT_LOCATIONS = _vocabulary(
    (facts.IN_AREA, _("In the local authority's area")),
    (
        facts.RESIDENT_OUTSIDE_ENGLAND,
        _("Outside England, while the child was normally resident in the area"),
    ),
    (facts.ELSEWHERE, _("Elsewhere in England (the other area's authority notifies)")),
)

PUBLICATION_DECISIONS = _vocabulary(
    (facts.PUBLISH_FULL, _("Publish the full report")),
    (facts.PUBLISH_IMPROVEMENTS, _("Publish only the improvements to be made")),
    (facts.NOT_PUBLISHING, _("Do not publish")),
)

REPORT_CONTENTS = _vocabulary(
    (facts.PUBLISH_FULL, _("The full report")),
    (facts.PUBLISH_IMPROVEMENTS, _("A summary of the improvements to be made")),
)

REFERRAL_BASIS = _vocabulary(
    ("statutory-criteria", _("The case meets the statutory criteria")),
    (BASIS_OTHER, _("Referred for another reason (for example a local learning priority)")),
)

DECISIONS = _vocabulary(
    (DECISION_REVIEW, _("Hold a review")),
    (DECISION_NO_REVIEW, _("Do not hold a review")),
)

BOARD_ADVICE_CHANNELS = _vocabulary(
    ("board-meeting", _("At a board meeting")),
    ("written-briefing", _("Written briefing to all members")),
    ("email", _("Email to all members")),
    ("other", _("Other (described below)")),
)

PRIORITIES = _vocabulary(
    ("high", _("High")),
    ("medium", _("Medium")),
    ("low", _("Low")),
)

FINDINGS_ACCEPTANCE = _vocabulary(
    ("accepts", _("The board accepts the findings")),
    ("accepts-with-reservations", _("The board accepts the findings with reservations")),
    ("does-not-accept", _("The board does not accept the findings")),
)

_CLUSTER_TITLES = {
    "setting-up": _("Setting up the review"),
    "running": _("Running the review"),
    "outputs": _("Outputs and outcomes from the review"),
}
MARKER_CLUSTERS = _vocabulary(
    *((cluster_id, _CLUSTER_TITLES[cluster_id]) for cluster_id, *_rest in CLUSTERS)
)
