"""Findings of a review (QM13, QM14) and the improvement actions agreed for them (QM15,
QM18). Both live inside the review."""

from AccessControl import ClassSecurityInfo
from AccessControl.class_init import InitializeClass
from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.actions.flags import impact_evaluation_problems
from plone_scrqm.common.dateranges import EARLIEST
from plone_scrqm.common.dateranges import LATEST
from plone_scrqm.common.limits import limit_text_fields
from plone_scrqm.interfaces import IReviewPart
from plone_scrqm.review.vocabularies import PRIORITIES


class IFinding(model.Schema):
    title = schema.TextLine(
        title=_("Finding"),
        description=_("A short statement, for example 'Finding 1: thresholds for neglect'."),
        required=True,
        max_length=160,
    )
    explanation = schema.Text(
        title=_("Explanation of practice"),
        description=_(
            "Why practice happened as it did — what influenced professionals — not only a "
            "description of what went wrong (QM13, QM14 Q4)."
        ),
        required=True,
    )
    evidence = schema.Text(
        title=_("Evidence the finding rests on"),
        description=_("The analysis and sources that support the finding (QM13 Q7)."),
        required=False,
    )
    priority = schema.Choice(title=_("Priority"), vocabulary=PRIORITIES, required=True)
    national_action = schema.Bool(
        title=_("Needs national action"),
        description=_("Some improvements require national action (QM15, QM16 Q7)."),
        required=False,
        default=False,
    )
    directives.widget(learning_themes=CheckBoxFieldWidget)
    learning_themes = schema.List(
        title=_("Learning themes"),
        description=_("The partnership's own list: Site Administrators extend it in Site Setup."),
        value_type=schema.Choice(vocabulary="plone_scrqm.LearningThemes"),
        required=False,
        default=[],
        missing_value=[],
    )


limit_text_fields(IFinding)


@implementer(IFinding, IReviewPart)
class Finding(Item):
    """A finding of the review."""


class IImprovementAction(model.Schema):
    title = schema.TextLine(
        title=_("Action"),
        description=_("What will be done, in a line."),
        required=True,
        max_length=160,
    )
    action_detail = schema.Text(title=_("What will be done, in detail"), required=False)
    directives.widget(findings=CheckBoxFieldWidget)
    findings = schema.List(
        title=_("Findings it answers"),
        value_type=schema.Choice(vocabulary="plone_scrqm.ReviewFindings"),
        required=True,
        min_length=1,
    )
    agency = schema.Choice(
        title=_("Owning agency"),
        vocabulary="plone_scrqm.Agencies",
        required=True,
    )
    lead_user = schema.Choice(
        title=_("Lead (a person)"),
        description=_("Receives the due-soon and overdue notices."),
        vocabulary="plone.app.vocabularies.Users",
        required=False,
    )
    lead_role = schema.TextLine(
        title=_("Lead (a named role)"),
        description=_("For example 'Head of early help'. Give a person, a role or both."),
        required=False,
    )
    due_date = schema.Date(min=EARLIEST, max=LATEST, title=_("Due date"), required=True)
    success_measure = schema.Text(
        title=_("Success measure"),
        description=_("What will be different for children when this works (QM18 Q3)."),
        required=True,
    )

    model.fieldset(
        "impact",
        label=_("Impact (QM18)"),
        fields=[
            "evidence_of_impact",
            "follow_up_dates",
            "last_follow_up_check",
            "unintended_consequences",
        ],
    )
    evidence_of_impact = schema.Text(
        title=_("Evidence of impact"),
        description=_(
            "What shows that practice improved. Needed before the action is marked as impact "
            "evaluated."
        ),
        required=False,
    )
    follow_up_dates = schema.List(
        title=_("Follow-up dates"),
        description=_("When to check that the change holds (QM18 Q4)."),
        value_type=schema.Date(min=EARLIEST, max=LATEST),
        required=False,
        default=[],
        missing_value=[],
    )
    last_follow_up_check = schema.Date(
        min=EARLIEST, max=LATEST, title=_("Last checked that the change holds"), required=False
    )
    unintended_consequences = schema.Text(title=_("Unintended consequences noted"), required=False)


limit_text_fields(IImprovementAction)


@implementer(IImprovementAction, IReviewPart)
class ImprovementAction(Item):
    """An improvement action agreed in response to the review."""

    security = ClassSecurityInfo()

    def review(self):
        return aq_parent(aq_inner(self))

    @security.public
    def scrqm_impact_ready(self):
        """Guard of ``evaluate_impact``: evidence of impact is recorded."""
        return not impact_evaluation_problems(self.evidence_of_impact)


InitializeClass(ImprovementAction)
