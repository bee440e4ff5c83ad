"""Add and edit forms of the case review.

The review's fields are spread over fieldsets, and z3c.form checks schema invariants one
fieldset at a time: a rule that compares fields of two fieldsets (the referral date with
the decision date) would never fire. These forms check every rule once more on the data of
all fieldsets together and report what the fieldsets did not.
"""

from plone.dexterity.browser import add
from plone.dexterity.browser import edit
from z3c.form.interfaces import IErrorViewSnippet
from zope.component import getMultiAdapter
from zope.interface import Invalid

from plone_scrqm.review import rules


class _Merged:
    """Submitted values first, then (when editing) what the review already holds."""

    def __init__(self, data, context=None):
        self._data = data
        self._context = context

    def __getattr__(self, name):
        if name in self._data:
            return self._data[name]
        return getattr(self._context, name, None) if self._context is not None else None


class ReviewRulesMixin:
    review_context = None

    def extractData(self, setErrors=True):  # noqa: N802 - z3c.form's API
        data, errors = super().extractData(setErrors=setErrors)
        reported = {getattr(error, "message", None) for error in errors}
        extra = []
        for problem in rules.check_review(_Merged(data, self.review_context)):
            if problem.message in reported:
                continue
            reported.add(problem.message)
            snippet = getMultiAdapter(
                (Invalid(problem.message), self.request, None, None, self, self.context),
                IErrorViewSnippet,
            )
            snippet.update()
            extra.append(snippet)
        if extra:
            errors = tuple(errors) + tuple(extra)
            if setErrors:
                self.widgets.errors = errors
        return data, errors


class CaseReviewAddForm(ReviewRulesMixin, add.DefaultAddForm):
    pass


class CaseReviewAddView(add.DefaultAddView):
    form = CaseReviewAddForm


class CaseReviewEditForm(ReviewRulesMixin, edit.DefaultEditForm):
    @property
    def review_context(self):
        return self.context
