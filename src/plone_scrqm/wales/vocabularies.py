"""Fixed choices of the Welsh records."""

from plone_scrqm import _
from plone_scrqm.review.vocabularies import fixed_vocabulary
from plone_scrqm.wales import rules

CRITERIA = fixed_vocabulary(
    (
        (rules.CHILD_PRACTICE, _("Child practice review")),
        (rules.ADULT_PRACTICE, _("Adult practice review")),
        (rules.DOMESTIC_HOMICIDE, _("Domestic homicide review")),
        (rules.MENTAL_HEALTH_HOMICIDE, _("Mental health homicide review")),
        (rules.OFFENSIVE_WEAPON_HOMICIDE, _("Offensive weapon homicide review")),
    )
)
CHAIR_DECISIONS = fixed_vocabulary(
    (
        (rules.RECOMMEND_SUSR, _("Hold a SUSR")),
        (rules.RECOMMEND_NO_SUSR, _("Do not hold a SUSR")),
        (rules.RECOMMEND_OTHER_LEARNING, _("Other learning, not a SUSR")),
    )
)
REVIEWER_SOURCES = fixed_vocabulary(
    (
        (rules.FROM_APPROVED_LIST, _("The approved list kept by Welsh Government")),
        (rules.FROM_ELSEWHERE, _("Elsewhere (say why below)")),
    )
)
CPR_FORMS = fixed_vocabulary(((rules.CONCISE, _("Concise")), (rules.EXTENDED, _("Extended"))))
