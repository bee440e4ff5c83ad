"""→ 1016: serious incidents, their rapid reviews, the statutory correspondence log and a
review's working papers.

Adds the types (and ``StatutoryLetter`` and ``PapersFolder`` to what a review may hold),
their add permissions and the incident workflow, bound to the incident only; the papers
are bound to the private workflow. The site's own
workflows and the chains of every other type are left as they are."""

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"


def upgrade(setup_tool):
    for step in ("typeinfo", "rolemap"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
