"""The byline of the add-on's content: Plone's, but never "by … —" with nothing after the
dash. After a move the workflow sets the effective date, so Plone hides "last modified"
(modified the same day) and, with publication dates off in the byline (the default), shows
no date at all; here "last modified" is shown whenever no publication date is."""

from plone.app.layout.viewlets.content import DocumentBylineViewlet


class ReviewBylineViewlet(DocumentBylineViewlet):
    def show_modification_date(self):
        return self.pub_date() is None or super().show_modification_date()
