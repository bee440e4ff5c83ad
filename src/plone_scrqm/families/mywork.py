"""My work: questions and comments from families that wait for an answer (QM4 Q4), for
the review team. The catalog finds the questions the person may see; only those are woken
to read whether they are open (questions are few; their status is not indexed)."""

from plone import api
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.mywork.providers import Provider
from plone_scrqm.mywork.tasks import Task
from plone_scrqm.permissions import VIEW_FAMILY_DETAILS


class FamilyQuestionsProvider(Provider):
    order = 35
    kind = "family-questions"
    title = _("Questions from families awaiting an answer")

    def tasks(self):
        tasks = []
        for brain in self._brains(portal_type="FamilyQuestion"):
            question = brain.getObject()
            if not question.is_open() or not api.user.has_permission(
                VIEW_FAMILY_DETAILS, obj=question
            ):
                continue
            review = question.review()
            asked = question.asked_date
            tasks.append(
                Task(
                    kind=self.kind,
                    text=translate(
                        _(
                            "${question} (${review}): asked ${date}, to be answered by ${answerer}",
                            mapping={
                                "question": brain.Title,
                                "review": review.Title(),
                                "date": asked.isoformat() if asked else "",
                                "answerer": question.answerer
                                or translate(_("nobody yet"), context=self.request),
                            },
                        ),
                        context=self.request,
                    ),
                    url=brain.getURL(),
                    review=review.Title(),
                    due=None,
                )
            )
        return tasks
