"""The message ids of the letters, with their English text as the default.

The text that is printed comes from the ``plone_scrqm_letters`` catalogues
(``locales/<language>/LC_MESSAGES/plone_scrqm_letters.po``); the defaults here are only the
source ``make i18n`` extracts into ``locales/plone_scrqm_letters.pot``. Variables such as
``${addressee}`` are filled in when the letter is made and are never translated. Keep the
English plain and kind: a test holds it to a Flesch reading ease of 60 or more (80 for easy
read).
"""

from zope.i18nmessageid import MessageFactory

DOMAIN = "plone_scrqm_letters"
_ = MessageFactory(DOMAIN)

PRIVATE = _("letter-private", default="Private and confidential")
GREETING = _("letter-greeting", default="Dear ${addressee},")
INTERPRETER = _(
    "letter-interpreter",
    default="If you would like an interpreter, or this letter in large print or easy read, "
    "please tell us. It is free.",
)
CONTACT = _(
    "letter-contact",
    default="If you have any questions, please contact ${contact_name} on ${contact_phone} "
    "or by email at ${contact_email}.",
)
CLOSING = _("letter-closing", default="Yours sincerely,")

INFORM = (
    _("inform-subject", default="About a review of what happened to ${child}"),
    (
        _(
            "inform-opening",
            default="We are writing to tell you about a review that ${partnership} is holding "
            "after what happened to ${child}. We are very sorry for what your family has been "
            "through.",
        ),
        _(
            "inform-purpose",
            default="A review looks at how the services that knew your family worked, and how "
            "they worked together. These include social workers, health staff, the police and "
            "schools. The review is about learning, not blame. It is not there to decide who "
            "was at fault.",
        ),
        _(
            "inform-how",
            default="An independent reviewer leads the review. They read the records of each "
            "service and talk to the staff involved. The review usually takes several months. "
            "At the end, the reviewer writes a report. The report does not use the names of "
            "your family.",
        ),
        _(
            "inform-scope",
            default="The review will look at what services did, what helped and what could "
            "have been better. It will not look at whether anyone committed a crime: that is "
            "for the police and the courts. It will not change any decision of a court.",
        ),
        _(
            "inform-meet",
            default="Your views are important to us. If you would like, the reviewer can meet "
            "you to hear about your experience. You can bring someone with you for support. "
            "You do not have to take part, and you can change your mind at any time.",
        ),
    ),
)

# The review's own period and scope: the period under review as recorded fills ${period},
# and its terms of reference, line by line as recorded, are printed after this paragraph
# (see ``compose.REVIEW_RECORD``).
INVITE_SCOPE = _(
    "invite-scope",
    default="The review looks at what happened in this period: ${period}. In the words of its "
    "terms of reference, this is what it is looking at:",
)
INVITE = (
    _("invite-subject", default="An invitation to take part in the review about ${child}"),
    (
        _(
            "invite-opening",
            default="We wrote to you about the review that ${partnership} is holding. We "
            "would now like to invite you to take part in it.",
        ),
        INVITE_SCOPE,
        _(
            "invite-why",
            default="You know your family better than anyone. What you tell us can help "
            "services learn and do better for other children and families. The reviewer would "
            "like to hear about your experience of the services that were involved.",
        ),
        _(
            "invite-how",
            default="You can meet the reviewer at a time and place that suits you, talk on "
            "the phone, or write to us. You can bring someone with you for support. We can "
            "help with travel costs.",
        ),
        _(
            "invite-choice",
            default="You do not have to take part. If you decide not to, we will respect "
            "that. You can change your mind at any time.",
        ),
        _("invite-reply", default="Please let us know what you would like to do."),
    ),
)

DRAFT_REPORT = (
    _("draft-subject", default="Reading the draft report of the review about ${child}"),
    (
        _(
            "draft-opening",
            default="The review that ${partnership} is holding is nearly finished. The "
            "reviewer has written a draft of the report.",
        ),
        _(
            "draft-offer",
            default="We would like you to have the chance to read it before it is finished. "
            "The reviewer or a member of our team can go through it with you. You can bring "
            "someone with you for support.",
        ),
        _(
            "draft-comment",
            default="You can tell us if you think something is wrong or missing, and what you "
            "think of the report. We will think carefully about what you say. If we do not "
            "change the report, we will explain why.",
        ),
        _(
            "draft-care",
            default="The report does not use the names of your family, but reading it may be "
            "hard. You can take a break or stop at any time. We can tell you where to find "
            "support.",
        ),
    ),
)

PUBLICATION = (
    _("publication-subject", default="The report of the review about ${child} will be published"),
    (
        _(
            "publication-opening",
            default="The review that ${partnership} held has now finished. We want you to know "
            "before anyone else that the report will be published on ${publication_date}.",
        ),
        _(
            "publication-what",
            default="The report will be on our website, with the partnership's response to it. "
            "It does not use the names of your family. We will give you a copy before it is "
            "published.",
        ),
        _(
            "publication-media",
            default="Newspapers, radio or television may report on it. If a journalist "
            "contacts you, you do not have to speak to them. We can help you with this.",
        ),
        _(
            "publication-support",
            default="We know this may be a hard time for you. If you would like support, "
            "please tell us. We can put you in touch with someone to talk to.",
        ),
    ),
)

LETTERS = {
    "inform": INFORM,
    "invite": INVITE,
    "draft-report": DRAFT_REPORT,
    "publication": PUBLICATION,
}
