"""Fixed choices of the family records. Tokens are stable identifiers used in REST and data;
titles are translatable."""

from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

from plone_scrqm import _
from plone_scrqm.families import rules
from plone_scrqm.letters.compose import LETTER_KINDS
from plone_scrqm.letters.languages import LANGUAGES


def _vocabulary(*pairs):
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in pairs])


RELATIONSHIP_TITLES = {
    "mother": _("Mother"),
    "father": _("Father"),
    "stepmother": _("Stepmother"),
    "stepfather": _("Stepfather"),
    "partner-of-parent": _("Partner of a parent"),
    "grandparent": _("Grandparent"),
    "sibling": _("Brother or sister"),
    "other-relative": _("Other relative"),
    "kinship-carer": _("Kinship carer"),
    "foster-carer": _("Foster carer"),
    "child": _("The child"),
    "other": _("Other"),
}
RELATIONSHIPS = _vocabulary(
    *((value, RELATIONSHIP_TITLES[value]) for value, _l in rules.RELATIONSHIPS)
)

# The languages' names in the reader's language (msgids are the English names), each with
# its name in itself: "Welsh (Cymraeg)", "Cymraeg (Cymraeg)" is shown as "Cymraeg".
LANGUAGE_NAMES = {
    "English": _("English"),
    "Easy-read English": _("Easy-read English"),
    "Welsh": _("Welsh"),
    "Polish": _("Polish"),
    "Romanian": _("Romanian"),
    "Panjabi (Gurmukhi)": _("Panjabi (Gurmukhi)"),
    "Urdu": _("Urdu"),
    "Portuguese": _("Portuguese"),
    "Spanish": _("Spanish"),
    "Arabic": _("Arabic"),
    "Bengali": _("Bengali"),
    "Gujarati": _("Gujarati"),
    "Italian": _("Italian"),
}


def _language_title(language):
    name = LANGUAGE_NAMES.get(language.english_name, language.english_name)
    if language.name == language.english_name:
        return name
    return _(
        "${language} (${name})",
        default="${language} (${name})",
        mapping={"language": name, "name": language.name},
    )


LETTER_LANGUAGES = SimpleVocabulary(
    [SimpleTerm(language.code, language.code, _language_title(language)) for language in LANGUAGES]
)

COMMUNICATION_NEEDS = _vocabulary(
    ("interpreter", _("Needs a professional interpreter")),
    ("easy-read", _("Easy read")),
    ("large-print", _("Large print")),
    ("bsl", _("British Sign Language interpreter")),
    ("learning-disability", _("Learning disability: extra time and support")),
    ("other-disability", _("Other disability: adjustments described below")),
    ("young-person", _("Young person: contact in the way they prefer")),
)

CHANNELS = _vocabulary(
    ("letter", _("Letter")),
    ("email", _("Email")),
    ("phone", _("Phone")),
    ("text-message", _("Text message")),
    ("face-to-face", _("Face to face")),
    ("video-call", _("Video call")),
    ("through-a-professional", _("Through a professional they trust")),
)

INVOLVEMENT = _vocabulary(
    (rules.INVOLVEMENT_NOT_DECIDED, _("Not yet decided")),
    (rules.INVOLVEMENT_INVITED, _("Invited, no answer yet")),
    (rules.INVOLVEMENT_INVOLVED, _("Involved in the review")),
    (rules.INVOLVEMENT_DECLINED, _("Declined to take part")),
    (rules.INVOLVEMENT_NOT_INVOLVED, _("Not involved: the review decided not to involve them")),
)

CONTACT_METHODS = _vocabulary(
    ("letter", _("Letter")),
    ("phone", _("Phone")),
    ("visit", _("Home visit")),
    ("meeting", _("Meeting")),
    ("email", _("Email")),
    ("text-message", _("Text message")),
    ("video-call", _("Video call")),
    ("via-advocate", _("Through an advocate")),
    ("via-interpreter", _("Through an interpreter")),
)

LETTER_TITLES = {
    "inform": _("Informing the family about the review"),
    "invite": _("Invitation to contribute"),
    "draft-report": _("Invitation to read and comment on the draft report"),
    "publication": _("Notice of publication"),
}
LETTERS = _vocabulary(*((kind, LETTER_TITLES[kind]) for kind in LETTER_KINDS))

QUESTION_KINDS = _vocabulary(
    ("question", _("A question they ask (QM4)")),
    ("focus", _("Something they want the review to look at (QM12 Q4)")),
    ("draft-comment", _("A comment on the draft report (QM12 Q7)")),
)

QUESTION_STATUS = _vocabulary(
    (rules.OPEN, _("Open: waiting for an answer")),
    (rules.CLOSED, _("Closed: answered")),
)
