"""The container of a review's entries has no page of its own: its address leads to the
review's chronology (``@@chronology``)."""

from Products.Five.browser import BrowserView

from plone_scrqm.information.folder import review_of


class ChronologyFolderView(BrowserView):
    def __call__(self):
        review = review_of(self.context)
        self.request.response.redirect(f"{review.absolute_url()}/@@chronology")
        return ""
