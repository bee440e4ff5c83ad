"""The Welsh and English versions of a review's report and response, as a linked pair of
items inside the review (not plone.app.multilingual: the documents stay in their private
review). The behaviour ``plone_scrqm.bilingual`` gives each document its ``language`` (the
Dublin Core language Plone reads with ``Language()``) and its ``counterpart`` (the other
version's UID); a link made on either side pairs both. The conditions of approval and
publication are separate ``IPublicationCheck`` subscribers; they apply to the documents of
a Welsh partnership only (``wales.nation``)."""

from Acquisition import aq_base
from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from plone.uuid.interfaces import IUUID
from zope import schema
from zope.component import adapter
from zope.interface import implementer
from zope.interface import provider
from zope.schema.interfaces import IContextSourceBinder
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

from plone_scrqm import _
from plone_scrqm.clocks.workingdays import WALES
from plone_scrqm.interfaces import IPublicationCheck
from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.publication import bilingual_rules as rules
from plone_scrqm.publication.checks import APPROVAL
from plone_scrqm.publication.checks import PUBLICATION
from plone_scrqm.review.children import children_of
from plone_scrqm.wales.nation import nation_of

LANGUAGE_TITLES = {rules.WELSH: "Cymraeg", rules.ENGLISH: "English"}
LANGUAGE_CHOICES = SimpleVocabulary(
    [
        SimpleTerm(rules.WELSH, rules.WELSH, _("Welsh (Cymraeg)")),
        SimpleTerm(rules.ENGLISH, rules.ENGLISH, _("English")),
    ]
)
PUBLICATION_TYPES = ("ReviewReport", "BoardResponse")


def _review_of(context):
    if IPublicationItem.providedBy(context):
        return aq_parent(aq_inner(context))
    return context


@provider(IContextSourceBinder)
def counterpart_choices(context):
    """The review's other reports and responses (on add, the context is the review)."""
    review = _review_of(context)
    # A document being created (REST validates before adding it) has no UID yet
    own_uid = IUUID(context, None) if IPublicationItem.providedBy(context) else None
    terms = []
    if review is not None:
        for portal_type in PUBLICATION_TYPES:
            for obj in children_of(review, portal_type):
                uid = IUUID(obj, None)
                if uid is None or uid == own_uid:
                    continue
                language = getattr(aq_base(obj), "language", "") or "?"
                terms.append(SimpleTerm(uid, uid, f"{obj.title} ({language})"))
    return SimpleVocabulary(terms)


@provider(IFormFieldProvider)
class IBilingualDocument(model.Schema):
    """The language of a published document and its version in the other language."""

    model.fieldset(
        "language",
        label=_("Language"),
        fields=["language", "counterpart", "single_language_reason"],
    )
    language = schema.Choice(
        title=_("Language of this version"),
        description=_(
            "A Welsh partnership publishes the report and the response in Welsh and in "
            "English, each language its own document in the review."
        ),
        vocabulary=LANGUAGE_CHOICES,
        required=False,
        # Plone's content keeps "" for no language: a document without one is valid
        missing_value="",
    )
    counterpart = schema.Choice(
        title=_("The same document in the other language"),
        description=_("Linking either version pairs both."),
        source=counterpart_choices,
        required=False,
    )
    directives.read_permission(single_language_reason="plone_scrqm.ViewInternalRecord")
    single_language_reason = schema.Text(
        title=_("Published in one language only: the reason"),
        description=_(
            "Only where the Welsh Language Standards allow it; recorded with the document."
        ),
        required=False,
    )


def counterpart_of(item):
    """The other language's version of ``item``: the one it links to, or one that links to
    it; None when there is none."""
    review = _review_of(item)
    own_uid = IUUID(item, None)
    linked = getattr(aq_base(item), "counterpart", None)
    for obj in children_of(review, item.portal_type):
        uid = IUUID(obj, None)
        if uid == own_uid:
            continue
        if uid == linked or (
            own_uid is not None and getattr(aq_base(obj), "counterpart", None) == own_uid
        ):
            return obj
    return None


def language_of(item):
    return getattr(aq_base(item), "language", None) or None


def _state(obj):
    return api.content.get_state(obj=obj, default=None) if obj is not None else None


class _BilingualCheck:
    def __init__(self, context):
        self.context = context

    def applies(self):
        return nation_of(self.context) == WALES

    def reason(self):
        return getattr(aq_base(self.context), "single_language_reason", None)


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class LanguageRecordedCheck(_BilingualCheck):
    """A Welsh partnership's document says whether it is the Welsh or the English version."""

    def problems(self):
        if not self.applies():
            return []
        return rules.language_problems(language_of(self.context))


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class CounterpartLinkedCheck(_BilingualCheck):
    """The version in the other language is linked (or one language has its reason)."""

    def problems(self):
        if not self.applies():
            return []
        counterpart = counterpart_of(self.context)
        return rules.counterpart_problems(
            language_of(self.context),
            language_of(counterpart) if counterpart is not None else None,
            self.reason(),
        )


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class CounterpartAwaitingApprovalCheck(_BilingualCheck):
    """Approval: the other version has gone to the chair too."""

    stages = (APPROVAL,)

    def problems(self):
        if not self.applies():
            return []
        return rules.counterpart_ready_problems(
            language_of(self.context),
            _state(counterpart_of(self.context)),
            self.reason(),
            rules.READY_FOR_APPROVAL,
        )


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class CounterpartApprovedCheck(_BilingualCheck):
    """Publication: the other version is approved (or already published)."""

    stages = (PUBLICATION,)

    def problems(self):
        if not self.applies():
            return []
        return rules.counterpart_ready_problems(
            language_of(self.context),
            _state(counterpart_of(self.context)),
            self.reason(),
            rules.READY_FOR_PUBLICATION,
        )


READ_IN = rules.READ_IN


def other_version_link(item):
    """The link to ``item``'s version in the other language, for its page: ``{"url",
    "language", "label"}``, or None when there is none the current user may open."""
    counterpart = counterpart_of(item)
    language = language_of(counterpart) if counterpart is not None else None
    if counterpart is None or language not in READ_IN:
        return None
    if not api.user.has_permission("View", obj=counterpart):
        return None
    return {"url": counterpart.absolute_url(), "language": language, "label": READ_IN[language]}
