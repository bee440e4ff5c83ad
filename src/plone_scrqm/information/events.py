"""Rules of practitioner events and interviews (QM11), in plain Python."""

from plone_scrqm import _

FORMATS = {
    "interview": _("Individual interview"),
    "conversation": _("Conversation"),
    "learning-event": _("Practitioner learning event (group)"),
    "managers-event": _("Managers' event"),
    "online": _("Online meeting"),
}


def event_problems(purpose, purpose_stated_date, invitations_sent_date):
    """The purpose is stated before invitations go out (QM11 Q1)."""
    problems = []
    if invitations_sent_date and not (purpose or "").strip():
        problems.append(_("State the purpose of the event before the invitations go out."))
    if invitations_sent_date and not purpose_stated_date:
        problems.append(
            _("Record when the purpose was stated: it comes before the invitations go out.")
        )
    if (
        invitations_sent_date
        and purpose_stated_date
        and purpose_stated_date > invitations_sent_date
    ):
        problems.append(
            _("The purpose was stated after the invitations went out: it must come first.")
        )
    return problems
