"""The learning themes and agencies the add-on ships in the registry (profiles/default/
registry.xml), marked for translation: the vocabularies show each entry in the reader's
language where the catalogue has it, and entries a partnership adds as typed."""

from plone_scrqm import _

LEARNING_THEMES = (
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
)
AGENCIES = (
    _("Partnership business unit"),
    _("Children's social care"),
    _("Police"),
    _("Integrated care board (health)"),
    _("NHS trust"),
    _("General practice"),
    _("Education"),
    _("Early help"),
    _("Youth justice"),
    _("Probation"),
    _("Housing"),
    _("Adult social care"),
)
