"""The kinds of task "My work" lists, one provider each: moves on reviews, moves on
reports and responses, overdue clocks, improvement actions. Other capabilities add theirs
by registering another named ``IMyWorkProvider``."""

from plone import api
from zope.component import getAdapters
from zope.i18n import translate
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.actions.listing import action_rows
from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.timescales import CLOCK_TITLES
from plone_scrqm.common.dates import format_date
from plone_scrqm.interfaces import IMyWorkProvider
from plone_scrqm.mywork.tasks import Task
from plone_scrqm.mywork.tasks import actions_waiting
from plone_scrqm.mywork.tasks import overdue_clocks
from plone_scrqm.mywork.tasks import sort_tasks
from plone_scrqm.review.clocks import timescales
from plone_scrqm.review.dashboard import _value
from plone_scrqm.review.dashboard import clocks_as_of
from plone_scrqm.review.steps import steps_for


@implementer(IMyWorkProvider)
class Provider:
    order = 100
    title = ""

    def __init__(self, context, request):
        self.context = context
        self.request = request

    def _t(self, message):
        return translate(message, domain="plone_scrqm", context=self.request)

    def _brains(self, **query):
        catalog = api.portal.get_tool("portal_catalog")
        return catalog(path="/".join(self.context.getPhysicalPath()), **query)


class MovesProvider(Provider):
    """Moves the person may make on each item, now or once what is missing is there. The
    workflow guards need the object, so only items outside the quiet states are woken."""

    portal_types = ()
    # States where the item waits for nobody's move.
    quiet_states = ()

    def _move_text(self, step, title):
        if step["available"]:
            return self._t(_("${move}: ${title}", mapping={"move": step["title"], "title": title}))
        return self._t(
            _(
                "${move}: ${title} (still needed: ${needs})",
                mapping={
                    "move": step["title"],
                    "title": title,
                    "needs": "; ".join(step["missing"]),
                },
            )
        )

    def tasks(self):
        tasks = []
        for brain in self._brains(portal_type=list(self.portal_types)):
            if brain.review_state in self.quiet_states:
                continue
            obj = brain.getObject()
            title = self._item_title(brain)
            for step in steps_for(obj, self.request):
                tasks.append(
                    Task(
                        kind=self.kind,
                        text=self._move_text(step, title),
                        url=brain.getURL(),
                        review=title,
                        due=_value(brain, "scrqm_next_due"),
                        available=step["available"],
                        needs=tuple(step["missing"]),
                    )
                )
        return tasks

    def _item_title(self, brain):
        return brain.Title


class ReviewMovesProvider(MovesProvider):
    order = 10
    kind = "review-moves"
    title = _("Moves on reviews")
    portal_types = ("CaseReview",)
    quiet_states = ("closed", "not_proceeding")


class DocumentMovesProvider(MovesProvider):
    order = 20
    kind = "document-moves"
    title = _("Moves on reports and responses")
    portal_types = ("ReviewReport", "BoardResponse")
    quiet_states = ("published",)

    def _item_title(self, brain):
        review = _value(brain, "scrqm_review_title")
        if review:
            return self._t(
                _("${document} of ${review}", mapping={"document": brain.Title, "review": review})
            )
        return brain.Title


class ClocksProvider(Provider):
    """Statutory clocks past their due date, from catalog metadata (no review is woken)."""

    order = 30
    kind = "overdue-clocks"
    title = _("Overdue clocks")

    def tasks(self):
        tasks = []
        today, nation = current_day(), timescales().nation
        for brain in self._brains(portal_type="CaseReview"):
            clocks = clocks_as_of(_value(brain, "scrqm_clocks", {}), today, nation)
            for clock in overdue_clocks({"clocks": clocks}):
                clock_title = self._t(CLOCK_TITLES.get(clock.get("title_id", clock["id"]), ""))
                tasks.append(
                    Task(
                        kind=self.kind,
                        text=self._t(
                            _(
                                "${clock} on ${title}: ${days} working days overdue",
                                mapping={
                                    "clock": clock_title,
                                    "title": brain.Title,
                                    "days": -(clock.get("left") or 0),
                                },
                            )
                        ),
                        url=f"{brain.getURL()}#scrqm-clocks-heading",
                        review=brain.Title,
                        due=clock.get("due"),
                        urgent=True,
                    )
                )
        return tasks


class ActionsProvider(Provider):
    """Improvement actions the person leads that are overdue or due soon (tracker rows,
    from catalog metadata)."""

    order = 40
    kind = "actions"
    title = _("Improvement actions you lead")

    def tasks(self):
        user = api.user.get_current()
        tasks = []
        for row in actions_waiting(action_rows(request=self.request), user.getId()):
            overdue = "overdue" in row["flags"]
            mapping = {
                "action": row["title"],
                "review": row["review"] or "",
                "date": format_date(row["due_date"]),
            }
            if overdue:
                message = _("${action} (${review}) is overdue: due ${date}", mapping=mapping)
            else:
                message = _("${action} (${review}) is due soon: ${date}", mapping=mapping)
            tasks.append(
                Task(
                    kind=self.kind,
                    text=self._t(message),
                    url=row["url"],
                    review=row["review"] or "",
                    due=row["due_date"],
                    urgent=overdue,
                )
            )
        return tasks


def groups(context, request):
    """Every registered provider's tasks, as ``[(name, provider, tasks)]`` in order."""
    found = sorted(getAdapters((context, request), IMyWorkProvider), key=lambda p: p[1].order)
    return [(name, provider, sort_tasks(provider.tasks())) for name, provider in found]
