"""The text of an attached file, extracted once when the file is saved and stored with it.

The privacy check reads this stored text on every guard and page; it never opens the file
again. A file saved without it (attached before this version, or set by a script without
the modified event) is not taken as clean: the check says it has not been read yet, and
saving the document again reads it.

A file whose text is longer than the scanner reads, or that unpacks to more than it reads,
is refused when it is saved (a validation error, 400 through REST).
"""

from plone.dexterity.utils import iterSchemata
from plone.namedfile.interfaces import INamedField
from zope.schema import ValidationError

from plone_scrqm.privacy.extract import MAX_RICH_TEXT_CHARS
from plone_scrqm.privacy.extract import ExtractionError
from plone_scrqm.privacy.extract import TooLongError
from plone_scrqm.privacy.extract import file_to_text

# Attribute of the file object (a persistent NamedBlobFile): ``(text, error)``. A new upload
# is a new file object, so the stored text always belongs to the file it is on.
STORED = "_scrqm_privacy_text"

NOT_READ_YET = (
    "the privacy check has not read this file yet: save the document again so that it is read"
)


class FileNotScannable(ValidationError):
    """The file or text is larger than the privacy check reads."""

    def doc(self):
        return self.args[0] if self.args else self.__doc__


def rich_text_within_bounds(value):
    """Field constraint of the public rich text: no longer than the privacy check reads.
    (A ValidationError, so that REST answers 400 with this message.)"""
    raw = getattr(value, "raw", None) or ""
    if len(raw) > MAX_RICH_TEXT_CHARS:
        raise FileNotScannable(
            f"The text is longer than {MAX_RICH_TEXT_CHARS:,} characters (with its HTML), the "
            "most the privacy check reads: split it, or attach it as a file."
        )
    return True


def extract_into(named_file):
    """Read the file's text now and store it on the file; returns ``(text, error)``."""
    stored = getattr(named_file, STORED, None)
    if stored is not None:
        return stored
    try:
        result = (file_to_text(named_file.filename, named_file.contentType, named_file.data), None)
    except ExtractionError as error:
        result = (None, str(error))
    setattr(named_file, STORED, result)
    return result


def stored_text(named_file):
    """``(text, error)`` as stored at save; never reads the file."""
    stored = getattr(named_file, STORED, None)
    if stored is None:
        return None, NOT_READ_YET
    return stored


def file_within_bounds(named_file):
    """Field constraint of the attached files: read the file once (the text is stored with
    it for the privacy check) and refuse one the scanner cannot read within its bounds."""
    if named_file is None:
        return True
    try:
        text = file_to_text(named_file.filename, named_file.contentType, named_file.data)
        setattr(named_file, STORED, (text, None))
    except TooLongError as error:
        raise FileNotScannable(str(error)) from error
    except ExtractionError as error:
        # Saved, but it holds back publication until replaced or accepted by the chair.
        setattr(named_file, STORED, (None, str(error)))
    return True


def store_file_texts(obj, event=None):
    """On save: every attached file of the document has its text stored."""
    for schema in iterSchemata(obj):
        for name in schema.names():
            if INamedField.providedBy(schema[name]):
                value = getattr(obj, name, None)
                if value is not None and getattr(value, "filename", None) is not None:
                    extract_into(value)
