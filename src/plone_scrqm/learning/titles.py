"""The titles of the seeded themes, so that they are translated (Welsh shows Welsh).
A partnership's own themes show as typed. Kept equal to ``rules.SEED_THEMES`` by a unit test."""

from plone_scrqm import _

SEED_TITLES = (
    _("Neglect"),
    _("Information sharing"),
    _("Assessment and decision-making"),
    _("Voice of the child"),
    _("Domestic abuse"),
    _("Parental mental health"),
    _("Parental substance misuse"),
    _("Exploitation outside the home"),
    _("Non-accidental injury in babies"),
    _("Safer sleeping"),
    _("Escalation and professional challenge"),
    _("Supervision and workload"),
    _("Early help"),
    _("Children with disabilities"),
    _("Education and school"),
    _("Understanding the child's daily life"),
    _("Fathers and male carers"),
    _("Critical thinking and professional curiosity"),
    _("Multi-agency working"),
    _("Race, ethnicity and culture"),
    _("Child sexual abuse"),
    _("Online harm"),
    _("Children's mental health and suicide"),
)

FACTOR_LEVEL_TITLES = {
    "individual": _("Individual (a practitioner's knowledge, skills, judgement)"),
    "team": _("Team (supervision, workload, team culture)"),
    "organisational": _("Organisational (policies, systems, resources of one agency)"),
    "multi-agency-system": _("Multi-agency system (how agencies work together)"),
    "wider-context": _("Wider context (national policy, legislation, society)"),
}

RELEVANCE_TITLES = {
    "case-specific": _("Specific to this case"),
    "wider": _("Wider: likely to apply beyond this case"),
}

RAG_TITLES = {"red": _("Red"), "amber": _("Amber"), "green": _("Green")}
