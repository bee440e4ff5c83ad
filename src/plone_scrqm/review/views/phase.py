"""The phase panel shown on a review and on its report and response: the current phase or
publication state, the moves the user may make now, and what each still needs."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.common.dates import format_date
from plone_scrqm.common.own_page import on_own_page
from plone_scrqm.families.adapters import family_notes
from plone_scrqm.mywork.tasks import needs_confirmation
from plone_scrqm.review.content.case_review import ICaseReview
from plone_scrqm.review.next_step import who_acts_next
from plone_scrqm.review.status import state_title
from plone_scrqm.review.steps import steps_for


class PhaseViewlet(ViewletBase):
    """The one place for moves: only on the item's own page; sub-pages show the compact
    review header instead. Moves that cannot be undone ask before they are made."""

    def available(self):
        return not api.user.is_anonymous() and on_own_page(self.context, self.view)

    def update(self):
        super().update()
        shown = self.available()
        self.state = state_title(self.context, self.request) if shown else ""
        self.steps = steps_for(self.context, self.request) if shown else []
        for step in self.steps:
            step["confirm"] = (
                translate(
                    _(
                        "${move} cannot be undone. Go ahead?",
                        mapping={"move": step["title"]},
                    ),
                    context=self.request,
                )
                if needs_confirmation(step["id"])
                else None
            )
        self.is_review = ICaseReview.providedBy(self.context)
        # For the review team only: who has not been told about the review, open questions.
        self.family = family_notes(self.context, self.request) if shown and self.is_review else []
        workflow_id = "scrqm_review_workflow" if self.is_review else "scrqm_publication_workflow"
        self.others = who_acts_next(self.context, workflow_id, self.request) if shown else []
        self.authenticator = self.context.restrictedTraverse("@@authenticator").token()


class ReviewHeaderViewlet(ViewletBase):
    """The compact header of a review's sub-pages: its title linking back to the review's
    page (where the moves are), its phase and its next due date (catalog metadata)."""

    def available(self):
        return not api.user.is_anonymous() and not on_own_page(self.context, self.view)

    def update(self):
        super().update()
        self.phase = ""
        self.next_due = ""
        if not self.available():
            return
        self.phase = state_title(self.context, self.request)
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog(UID=api.content.get_uuid(self.context))
        next_due = getattr(brains[0], "scrqm_next_due", None) if brains else None
        self.next_due = format_date(next_due) if hasattr(next_due, "year") else ""
