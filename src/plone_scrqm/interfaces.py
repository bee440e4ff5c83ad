"""Interfaces of the add-on."""

from zope import schema
from zope.interface import Attribute
from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer

from plone_scrqm import _


class IPloneScrqmLayer(IDefaultBrowserLayer):
    """Browser layer installed with the add-on's profile: views and REST services of the
    add-on are registered for it, so they exist only on sites where it is installed."""


class IPublicationCheck(Interface):
    """A check that can hold back the approval and publication of a review's report and
    response. Register as a subscription adapter for the document
    (``IPublicationItem``); every registered check is asked. The privacy check and the
    parallel-process embargo plug in here."""

    stages = Attribute(
        "Optional: the steps the check holds, among 'approval' and 'publication' (both "
        "when the check does not say)."
    )

    def problems():
        """Reasons publication must wait, each worded for the chair (translatable
        messages or strings); empty when this check has nothing against it."""

    # Optional: ``warnings()`` returns what the chair should know when approving, without
    # holding the approval back.


class IClockFacts(Interface):
    """The facts a review's statutory clocks read (``plone_scrqm.clocks.facts.ClockFacts``):
    adapt a review to get them. The rules never read the review itself."""


class IPublicationEmbargo(Interface):
    """Something inside a review that may embargo publication (for example a criminal trial
    that has not ended)."""

    embargo_reason = Attribute("Why publication must wait, or None when it need not.")


class IPublicationItem(Interface):
    """A document that reaches the public through the publication workflow (the review
    report and the board's response). Also importable from
    ``plone_scrqm.content.publication_items``, its former home."""


class IReviewPart(Interface):
    """Content that belongs to one review and is listed with the review's pseudonym (its
    report, response, findings and actions)."""


class IFamilyRecord(Interface):
    """A private record about the family inside a review (a contact, a question or comment,
    the family's account): private to the review team like the family member's record,
    known by a generated title that never holds anything the family said."""


class IIdentifierSource(Interface):
    """Something in a review that knows how people in it are identified (a family record);
    the privacy scanner adds its identifiers to the review's register."""

    def identifiers():
        """Strings that identify a person in this review (names, aliases, how they are
        addressed) for the privacy scanner."""


class IPartnershipSettings(Interface):
    """The partnership details printed on letters to families: registry records under
    ``plone_scrqm.partnership``, edited in Site Setup (``@@scrqm-partnership-settings``)."""

    name = schema.TextLine(
        title=_("Partnership name"),
        description=_("For example 'Northshire Safeguarding Children Partnership'."),
        required=False,
    )
    address = schema.Text(title=_("Postal address"), required=False)
    contact_name = schema.TextLine(
        title=_("Contact for families"),
        description=_("The person or team families can contact about a review."),
        required=False,
    )
    contact_phone = schema.TextLine(title=_("Contact phone"), required=False)
    contact_email = schema.TextLine(title=_("Contact email"), required=False)
    website = schema.TextLine(title=_("Website"), required=False)
    logo_url = schema.TextLine(
        title=_("Logo"),
        description=_(
            "The address of the logo image printed at the top of letters, for example an "
            "image in this site."
        ),
        required=False,
    )
    signatory_name = schema.TextLine(
        title=_("Signatory"),
        description=_("The person who signs letters to families."),
        required=False,
    )
    signatory_role = schema.TextLine(
        title=_("Signatory's role"),
        description=_("For example 'Partnership business manager'."),
        required=False,
    )


class IAuditSettings(Interface):
    """How long the audit trail is kept: registry records under ``plone_scrqm.audit``,
    edited in Site Setup (``@@scrqm-audit-settings``) by Managers."""

    retention_days = schema.Int(
        title=_("Keep audit entries for (days)"),
        description=_(
            "Entries older than this are removed by the daily clean-up. Follow your "
            "partnership's retention schedule; at least 365 days (six years is usual)."
        ),
        default=2190,
        min=365,
        max=36500,
    )


class IMyWorkProvider(Interface):
    """One kind of task on "My work" (``@@scr-my-work``, ``GET @scr-my-work``). Register a
    named multi-adapter of the site (``INavigationRoot``) and the request
    (``IPloneScrqmLayer``); every registered provider is asked, in the order of ``order``,
    so a capability adds a kind of task without editing the page."""

    order = Attribute("A number: providers are listed from the lowest.")
    title = Attribute("The heading of this kind of task (a translatable message).")

    def tasks():
        """The tasks waiting for the signed-in person: ``plone_scrqm.mywork.tasks.Task``
        objects, their texts already translated for the request."""


class IFromSeriousIncident(Interface):
    """A review started from a serious incident record ("converted" from its rapid review).
    Provided by the review object itself; its stored ``incident_uid`` names the incident.
    The notification and rapid review clocks stay with the incident."""


class IReviewPhaseCheck(Interface):
    """Something that names what a review still needs before a move of its phases, besides
    the quality markers' own needs (``review.phases``): for example the Welsh SUSR process.
    Register as a subscription adapter for the review; every registered check is asked by
    the workflow guards, the Phase panel and ``@scr-next-steps``."""

    def missing(transition):
        """What ``transition`` still needs, as translatable messages (empty: nothing)."""


class IChronologyFolder(Interface):
    """The container of a review's chronology entries (``chronology-entries``), so the
    entries are not the review's direct children: the review's own items are found among a
    handful, whatever the length of the chronology."""
