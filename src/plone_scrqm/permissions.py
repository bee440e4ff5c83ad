"""Permission titles (as registered in ``permissions.zcml``) for use in Python code."""

ADD_CASE_REVIEW = "plone_scrqm: Add CaseReview"
ADD_QUALITY_MARKER = "plone_scrqm: Add QualityMarker"
ADD_ASSESSMENT_ROUND = "plone_scrqm: Add AssessmentRound"
ADD_MARKER_ASSESSMENT = "plone_scrqm: Add MarkerAssessment"
ADD_MARKER_CATALOGUE = "plone_scrqm: Add MarkerCatalogue"
VIEW_FAMILY_DETAILS = "plone_scrqm: View family details"
EDIT_FAMILY_DETAILS = "plone_scrqm: Edit family details"
DELEGATE_REVIEW_ROLES = "plone_scrqm: Delegate review roles"

ADD_REVIEW_REPORT = "plone_scrqm: Add ReviewReport"
ADD_BOARD_RESPONSE = "plone_scrqm: Add BoardResponse"
ADD_PARALLEL_PROCESS = "plone_scrqm: Add ParallelProcess"
MANAGE_REVIEW_PHASES = "plone_scrqm: Manage review phases"
DECIDE_ON_REVIEW = "plone_scrqm: Decide on review"
WORK_ON_REVIEW = "plone_scrqm: Work on review"
APPROVE_PUBLICATION = "plone_scrqm: Approve publication"
RUN_PUBLICATION_CLOCK = "plone_scrqm: Run publication clock"
VIEW_INTERNAL_RECORD = "plone_scrqm: View internal record"
ADD_FINDING = "plone_scrqm: Add Finding"
ADD_IMPROVEMENT_ACTION = "plone_scrqm: Add ImprovementAction"
SEND_ACTION_NOTICES = "plone_scrqm: Send action notices"
ADD_INFORMATION_REQUEST = "plone_scrqm: Add InformationRequest"
ADD_CHRONOLOGY_ENTRY = "plone_scrqm: Add ChronologyEntry"
ADD_PRACTITIONER_EVENT = "plone_scrqm: Add PractitionerEvent"
ADD_FAMILY_MEMBER = "plone_scrqm: Add FamilyMember"
ADD_SERIOUS_INCIDENT = "plone_scrqm: Add SeriousIncident"
ADD_RAPID_REVIEW = "plone_scrqm: Add RapidReview"
ADD_STATUTORY_LETTER = "plone_scrqm: Add StatutoryLetter"
ADD_WORKING_PAPER = "plone_scrqm: Add WorkingPaper"
READ_AUDIT_LOG = "plone_scrqm: Read audit log"
MANAGE_AUDIT_LOG = "plone_scrqm: Manage audit log"
MANAGE_SETTINGS = "plone_scrqm: Manage settings"

ALL = (
    ADD_CASE_REVIEW,
    ADD_QUALITY_MARKER,
    ADD_MARKER_CATALOGUE,
    ADD_ASSESSMENT_ROUND,
    ADD_MARKER_ASSESSMENT,
    VIEW_FAMILY_DETAILS,
    EDIT_FAMILY_DETAILS,
    DELEGATE_REVIEW_ROLES,
    ADD_REVIEW_REPORT,
    ADD_BOARD_RESPONSE,
    ADD_PARALLEL_PROCESS,
    MANAGE_REVIEW_PHASES,
    DECIDE_ON_REVIEW,
    WORK_ON_REVIEW,
    APPROVE_PUBLICATION,
    RUN_PUBLICATION_CLOCK,
    VIEW_INTERNAL_RECORD,
    ADD_FINDING,
    ADD_IMPROVEMENT_ACTION,
    SEND_ACTION_NOTICES,
    ADD_INFORMATION_REQUEST,
    ADD_CHRONOLOGY_ENTRY,
    ADD_PRACTITIONER_EVENT,
    ADD_FAMILY_MEMBER,
    READ_AUDIT_LOG,
    MANAGE_AUDIT_LOG,
    MANAGE_SETTINGS,
    ADD_SERIOUS_INCIDENT,
    ADD_RAPID_REVIEW,
    ADD_STATUTORY_LETTER,
    ADD_WORKING_PAPER,
)
