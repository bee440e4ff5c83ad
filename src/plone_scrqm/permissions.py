"""Permission titles (as registered in ``permissions.zcml``) for use in Python code."""

ADD_CASE_REVIEW = "plone_scrqm: Add CaseReview"
ADD_QUALITY_MARKER = "plone_scrqm: Add QualityMarker"
ADD_ASSESSMENT_ROUND = "plone_scrqm: Add AssessmentRound"
ADD_MARKER_ASSESSMENT = "plone_scrqm: Add MarkerAssessment"
ADD_MARKER_CATALOGUE = "plone_scrqm: Add MarkerCatalogue"
VIEW_FAMILY_DETAILS = "plone_scrqm: View family details"
EDIT_FAMILY_DETAILS = "plone_scrqm: Edit family details"
DELEGATE_REVIEW_ROLES = "plone_scrqm: Delegate review roles"

ALL = (
    ADD_CASE_REVIEW,
    ADD_QUALITY_MARKER,
    ADD_MARKER_CATALOGUE,
    ADD_ASSESSMENT_ROUND,
    ADD_MARKER_ASSESSMENT,
    VIEW_FAMILY_DETAILS,
    EDIT_FAMILY_DETAILS,
    DELEGATE_REVIEW_ROLES,
)
