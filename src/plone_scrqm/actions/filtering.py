"""The action tracker's rows filtered by a request's parameters: shared by the tracker page,
its CSV export and ``@scr-actions``."""

from plone import api
from plone.memoize.view import memoize
from zope.i18n import translate

from plone_scrqm.actions.flags import FLAG_TITLES
from plone_scrqm.actions.flags import FLAGS
from plone_scrqm.actions.flags import STATES
from plone_scrqm.actions.listing import action_rows
from plone_scrqm.actions.listing import allowed_agencies
from plone_scrqm.actions.listing import visible_reviews
from plone_scrqm.actions.tracker import SORT_KEYS
from plone_scrqm.actions.tracker import parse_filters
from plone_scrqm.actions.tracker import select
from plone_scrqm.common.errors import FilterError


class TrackerMixin:
    """Rows filtered by the request's parameters; a bad parameter is a 400 with a message."""

    error = None
    filter_error = None

    @memoize
    def _all_rows(self):
        return action_rows(request=self.request)

    def filtered_rows(self):
        rows = self._all_rows()
        try:
            filters = parse_filters(
                self.request.form, allowed_agencies(rows), tuple(visible_reviews())
            )
        except FilterError as error:
            self.error = translate(error.message, context=self.request)
            self.filter_error = error
            self.request.response.setStatus(400)
            return []
        return select(rows, filters)

    def filter_options(self):
        """The choices of each filter (``agency``, ``status``, ``flag``, ``review``) and of
        ``sort_on``, as ``{"id", "title"}``: what the tracker page offers."""
        rows = self._all_rows()
        states = api.portal.get_tool("portal_workflow")["scrqm_action_workflow"].states

        def t(message):
            return translate(message, domain="plone_scrqm", context=self.request)

        return {
            "agency": [{"id": a, "title": a} for a in allowed_agencies(rows)],
            "status": [{"id": s, "title": t(states[s].title)} for s in STATES],
            "flag": [{"id": f, "title": t(FLAG_TITLES[f])} for f in FLAGS],
            "review": [
                {"id": uid, "title": title}
                for uid, title in sorted(visible_reviews().items(), key=lambda item: item[1])
            ],
            "sort_on": list(SORT_KEYS),
        }
