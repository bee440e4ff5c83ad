"""Who may make a review's (or its report's and response's) next move, and what the
review needs next (Zope side).

The workflow's guard permissions say which roles may make a move; the roles held on the
item and the folders above it (Sharing tab) say who holds them. The phase panel names them
when the current user cannot act, and the reviews folder shows the next move of each review
from catalog metadata written here at indexing time (``forward_steps``)."""

from AccessControl.PermissionRole import rolesForPermissionOn
from Acquisition import aq_chain
from Acquisition import aq_inner
from plone import api
from Products.CMFCore.interfaces import ISiteRoot
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.review.phases import PHASES
from plone_scrqm.review.status import may_trigger
from plone_scrqm.roles import ALL as REVIEW_ROLES
from plone_scrqm.roles import BOARD_MEMBER
from plone_scrqm.roles import LEAD_REVIEWER
from plone_scrqm.roles import PARTNERSHIP_CHAIR
from plone_scrqm.roles import REVIEW_MANAGER

PHASE_ORDER = list(PHASES)

ROLE_TITLES = {
    REVIEW_MANAGER: _("the review manager"),
    LEAD_REVIEWER: _("the lead reviewer"),
    PARTNERSHIP_CHAIR: _("the partnership chair"),
    BOARD_MEMBER: _("a board member"),
}

# Publication states in the order a document goes through them: a move to a later one is a
# move on, to an earlier one a move back.
PUBLICATION_ORDER = [
    "draft",
    "quality_assurance",
    "awaiting_approval",
    "approved",
    "published",
]


def _workflow(obj, workflow_id):
    return api.portal.get_tool("portal_workflow")[workflow_id]


def _order(workflow_id):
    return PHASE_ORDER if workflow_id == "scrqm_review_workflow" else PUBLICATION_ORDER


def forward_transitions(obj, workflow_id):
    """The moves out of the current state that go on (not back), in the workflow's order."""
    workflow = _workflow(obj, workflow_id)
    state_id = api.content.get_state(obj=obj, default=None)
    if state_id not in workflow.states:
        return []
    order = _order(workflow_id)
    here = order.index(state_id) if state_id in order else -1
    found = []
    for transition_id in workflow.states[state_id].transitions:
        transition = workflow.transitions.get(transition_id)
        if transition is None:
            continue
        there = order.index(transition.new_state_id) if transition.new_state_id in order else -1
        if there > here:
            found.append(transition)
    return found


def roles_for(obj, transition):
    """The add-on's roles that hold one of the move's guard permissions on ``obj``."""
    permissions = transition.guard.permissions if transition.guard else ()
    roles = set()
    for permission in permissions:
        roles.update(rolesForPermissionOn(permission, obj) or ())
    return [role for role in REVIEW_ROLES if role in roles]


def holders_of(obj, roles):
    """Full names of the people given one of ``roles`` on the item or a folder above it
    (the Sharing tab), in the order found, without repeats."""
    names = []
    for item in aq_chain(aq_inner(obj)):
        local = getattr(item, "get_local_roles", None)
        if local is None:
            break
        for user_id, granted in local():
            if not set(granted) & set(roles):
                continue
            user = api.user.get(userid=user_id)
            name = (user.getProperty("fullname", "") if user else "") or user_id
            if name not in names:
                names.append(name)
        if ISiteRoot.providedBy(item) or getattr(item, "__ac_local_roles_block__", False):
            break
    return names


def who_acts_next(obj, workflow_id, request=None):
    """The moves on that the current user may not make, each with the roles and people who
    may: ``[{"id", "title", "roles", "people"}]`` with translated texts."""
    found = []
    for transition in forward_transitions(obj, workflow_id):
        if may_trigger(obj, transition):
            continue
        roles = roles_for(obj, transition)
        if not roles:
            continue
        found.append(
            {
                "id": transition.id,
                "title": translate(transition.title, domain="plone_scrqm", context=request),
                "roles": [translate(ROLE_TITLES[role], context=request) for role in roles],
                "people": holders_of(obj, roles),
            }
        )
    return found


def forward_steps(obj, workflow_id, missing):
    """For catalog metadata: each move on with what it still needs (messages, translated
    when shown) and the roles that may make it."""
    return tuple(
        {
            "id": transition.id,
            "title": transition.title,
            "needs": tuple(missing(obj, transition.id)),
            "roles": tuple(roles_for(obj, transition)),
        }
        for transition in forward_transitions(obj, workflow_id)
    )
