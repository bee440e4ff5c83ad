"""The learning fields of findings (contributory factors, wider relevance, priorities) and
of improvement actions (themes, priorities), as behaviours so the types keep their schema."""

from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import provider

from plone_scrqm import _


def _priorities():
    return schema.List(
        title=_("Learning priorities it serves"),
        description=_(
            "The partnership's learning and improvement framework and business plan "
            "(QM15 Q4, QM18 Q2)."
        ),
        value_type=schema.Choice(vocabulary="plone_scrqm.LearningPriorities"),
        required=False,
        default=[],
        missing_value=[],
    )


@provider(IFormFieldProvider)
class IFindingLearning(model.Schema):
    model.fieldset(
        "learning",
        label=_("Learning across reviews"),
        fields=[
            "factor_levels",
            "factor_explanation",
            "wider_relevance",
            "how_widespread",
            "learning_priorities",
        ],
    )
    directives.widget(factor_levels=CheckBoxFieldWidget)
    factor_levels = schema.List(
        title=_("Contributory factors: where the explanation sits"),
        description=_(
            "The levels the explanation reaches beyond individual skills and procedures "
            "(QM13 Q5). See the classification in the documentation."
        ),
        value_type=schema.Choice(vocabulary="plone_scrqm.FactorLevels"),
        required=False,
        default=[],
        missing_value=[],
    )
    factor_explanation = schema.Text(
        title=_("The contributory factors"),
        description=_("What at each level made the practice likely (no names)."),
        required=False,
        max_length=4000,
    )
    wider_relevance = schema.Choice(
        title=_("Wider relevance"),
        description=_("Is it specific to this case or wider (QM13 Q10)?"),
        vocabulary="plone_scrqm.WiderRelevance",
        required=False,
    )
    how_widespread = schema.Text(
        title=_("Evidence of how widespread it is"),
        description=_("Audits, other reviews, data or practitioners' accounts (no names)."),
        required=False,
        max_length=4000,
    )
    directives.widget(learning_priorities=CheckBoxFieldWidget)
    learning_priorities = _priorities()


@provider(IFormFieldProvider)
class IActionLearning(model.Schema):
    model.fieldset(
        "learning",
        label=_("Learning across reviews"),
        fields=["learning_themes", "learning_priorities"],
    )
    directives.widget(learning_themes=CheckBoxFieldWidget)
    learning_themes = schema.List(
        title=_("Learning themes"),
        description=_("The partnership's theme list (Site Setup, Learning themes)."),
        value_type=schema.Choice(vocabulary="plone_scrqm.LearningThemes"),
        required=False,
        default=[],
        missing_value=[],
    )
    directives.widget(learning_priorities=CheckBoxFieldWidget)
    learning_priorities = _priorities()


@provider(IFormFieldProvider)
class IReviewThemes(model.Schema):
    """The themes a case raises, known at the decision (QM2 Q8): the review page shows
    earlier published reviews and open findings that share them."""

    # the review's own "decision" fieldset: the same label, or the tab would be renamed
    model.fieldset("decision", label=_("Decision (QM2)"), fields=["learning_themes"])
    directives.widget(learning_themes=CheckBoxFieldWidget)
    learning_themes = schema.List(
        title=_("Themes the case raises"),
        description=_(
            "Known at the decision: the page then shows earlier reviews and open findings "
            "with the same themes (QM2 Q8)."
        ),
        value_type=schema.Choice(vocabulary="plone_scrqm.LearningThemes"),
        required=False,
        default=[],
        missing_value=[],
    )
