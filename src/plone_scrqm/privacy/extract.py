"""Plain text out of everything a report or response is made of, for the privacy scanner
(plain Python, no Zope).

- rich text (HTML): the text, and the attributes a reader sees or follows: ``alt`` and
  ``title`` of images and links, link targets (``href``), ``aria-label``;
- Word (.docx): every part of the package: body (text boxes included), headers, footers,
  footnotes, endnotes, comments, tracked deletions (``w:delText``), image alt text and the
  core, extended and custom document properties;
- PDF (pypdf): the text of every page, the document information (Title, Author, Subject,
  Keywords, …), XMP metadata, annotations and form fields. A page with an image and no text
  layer cannot be read;
- OpenDocument text (.odt): ``content.xml``, ``styles.xml`` (headers and footers) and
  ``meta.xml``;
- RTF (striprtf, and the ``\\info`` group), plain text and HTML files.

Every XML part is parsed with defusedxml (no DTD, no entities). Work is bounded: a file larger
than ``MAX_FILE_BYTES``, an archive whose parts declare more than ``MAX_ARCHIVE_BYTES`` (or
XML parts more than ``MAX_XML_BYTES``) and text longer than ``MAX_TEXT_CHARS`` are refused
before or while they are read, so extraction time and memory grow with the text and stop at
these limits. A file of another kind (.doc, images, …) cannot be read: it is never taken as
clean.
"""

import contextlib
import io
import re
import zipfile
from html.parser import HTMLParser
from xml.sax import SAXException
from xml.sax.handler import ContentHandler

from defusedxml import DefusedXmlException
from defusedxml.sax import parseString
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from striprtf.striprtf import rtf_to_text as strip

# About four hundred pages of text: the longest report a review publishes is far shorter.
MAX_TEXT_CHARS = 1_000_000
# Rich text is stored as HTML, which is longer than its text.
MAX_RICH_TEXT_CHARS = 2_000_000
MAX_FILE_BYTES = 50 * 1024 * 1024
# What the parts of a .docx or .odt archive may declare, uncompressed.
MAX_ARCHIVE_BYTES = 100 * 1024 * 1024
MAX_XML_BYTES = 20 * 1024 * 1024

READABLE_KINDS = ".pdf, .docx, .odt, .rtf, .txt, .html"

BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "section",
    "figcaption",
    "caption",
    "blockquote",
}
SHOWN_ATTRIBUTES = ("alt", "title", "href", "aria-label")

WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Word parts with text: body, headers, footers, footnotes, endnotes, comments (and the
# extended comments of newer Word), and document properties.
WORD_TEXT_PARTS = re.compile(
    r"^(word/(document|header\d*|footer\d*|footnotes|endnotes|comments\w*|glossary/document)"
    r"|docProps/(core|app|custom))\.xml$"
)
ODT_TEXT_PARTS = ("content.xml", "styles.xml", "meta.xml")
# Elements after which a line ends (local names, Word and OpenDocument).
XML_BREAKS = {"p", "h", "br", "cr", "tab", "line-break", "list-item", "tc", "s"}
# Elements whose text is the document's own (Word: text, deleted text; DrawingML: a:t).
WORD_TEXT_ELEMENTS = {"t", "delText"}
# Attributes that hold text a reader may see: image alt text and titles.
XML_TEXT_ATTRIBUTES = {"descr", "title", "name"}


class ExtractionError(ValueError):
    """The file could not be read as the type it claims to be, or not within bounds."""


class TooLongError(ExtractionError):
    """The text is longer than the scanner reads: refused when the document is saved."""


def _check_length(text, what="The text"):
    if len(text) > MAX_TEXT_CHARS:
        raise TooLongError(
            f"{what} is longer than {MAX_TEXT_CHARS:,} characters, the most the privacy "
            "check reads: split it, or shorten it."
        )
    return text


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        shown = [value for name, value in attrs if name in SHOWN_ATTRIBUTES and value]
        shown += [url_words(value) for name, value in attrs if name in ("href", "src") and value]
        if shown:
            self.parts.append(" " + " ".join(shown) + " ")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def url_words(value):
    """The words of an address or a file name, capitalised, so that a name written in it
    is read as in a text: "/fenella-brackwater.pdf" as "Fenella Brackwater Pdf"."""
    return " ".join(word.capitalize() for word in re.split(r"[-_./:?=&#%+~\s]+", value) if word)


def html_to_text(html):
    """The text of ``html`` with the attributes a reader sees or follows (alt, title,
    link targets), one block a line."""
    parser = _TextParser()
    parser.feed(html or "")
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"[ \t]+", " ", re.sub(r"\n\s*\n+", "\n\n", text)).strip()


def _local(name):
    return name.rsplit(":", 1)[-1]


class _XmlText(ContentHandler):
    def __init__(self, text_elements):
        super().__init__()
        self.text_elements = text_elements
        self.parts = []
        self.open = []

    def startElement(self, name, attrs):  # noqa: N802 - SAX
        for attribute in attrs.getNames():
            if _local(attribute) in XML_TEXT_ATTRIBUTES and attrs[attribute]:
                self.parts.append(f" {attrs[attribute]} ")
        self.open.append(_local(name))

    def endElement(self, name):  # noqa: N802 - SAX
        local = self.open.pop() if self.open else ""
        if local in XML_BREAKS:
            self.parts.append("\n" if local != "s" else " ")

    def characters(self, content):
        if self.text_elements is None or (self.open and self.open[-1] in self.text_elements):
            self.parts.append(content)


def xml_to_text(xml, text_elements=None):
    """The text of an XML part (defused): element text, the alt text and titles held in
    attributes, a line break after each paragraph. With ``text_elements``, only the text
    of elements of those local names is taken (a Word part's ``w:t``/``w:delText``).
    Read as a stream of SAX events, in document order, without building a tree."""
    handler = _XmlText(text_elements)
    try:
        parseString(xml, handler, forbid_dtd=True)
    except (SAXException, DefusedXmlException, ValueError) as error:
        raise ExtractionError(f"an XML part could not be read: {error}") from error
    return "".join(handler.parts)


def _archive(data, wanted):
    """The parts of a zip archive whose names ``wanted`` accepts, after checking what the
    archive declares: no more than ``MAX_ARCHIVE_BYTES`` in all, ``MAX_XML_BYTES`` of
    wanted parts. Reading a part never yields more than it declares."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as error:
        raise ExtractionError(f"not a readable archive: {error}") from error
    with archive:
        infos = archive.infolist()
        if sum(info.file_size for info in infos) > MAX_ARCHIVE_BYTES:
            raise TooLongError(
                f"The file unpacks to more than {MAX_ARCHIVE_BYTES // 1024 // 1024} MB, the "
                "most the privacy check reads."
            )
        chosen = [info for info in infos if wanted(info.filename)]
        if sum(info.file_size for info in chosen) > MAX_XML_BYTES:
            raise TooLongError(
                f"The file's text parts unpack to more than {MAX_XML_BYTES // 1024 // 1024} "
                "MB, the most the privacy check reads."
            )
        try:
            return [(info.filename, archive.read(info)) for info in chosen]
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            raise ExtractionError(f"not a readable archive: {error}") from error


def _word_part_order(name):
    order = ("word/document", "word/header", "word/footer", "word/footnotes", "word/endnotes")
    for index, prefix in enumerate(order):
        if name.startswith(prefix):
            return (index, name)
    return (len(order), name)


def docx_to_text(data):
    parts = _archive(data, lambda name: bool(WORD_TEXT_PARTS.match(name)))
    if not any(name == "word/document.xml" for name, _ in parts):
        raise ExtractionError("not a readable Word document: it has no word/document.xml")
    texts = []
    for name, xml in sorted(parts, key=lambda part: _word_part_order(part[0])):
        is_properties = name.startswith("docProps/")
        texts.append(xml_to_text(xml, None if is_properties else WORD_TEXT_ELEMENTS))
        _check_length("".join(texts), "The Word document's text")
    return "\n".join(texts)


def odt_to_text(data):
    parts = dict(_archive(data, lambda name: name in ODT_TEXT_PARTS))
    if "content.xml" not in parts:
        raise ExtractionError("not a readable OpenDocument text: it has no content.xml")
    return "\n".join(xml_to_text(parts[name]) for name in ODT_TEXT_PARTS if name in parts)


def _pdf_value(value):
    with contextlib.suppress(AttributeError):
        value = value.get_object()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_pdf_value(item) for item in value)
    return ""


def _page_has_image(page):
    try:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else {}
        xobjects = resources.get("/XObject")
        if xobjects is None:
            return False
        xobjects = xobjects.get_object()
        return any(xobjects[name].get_object().get("/Subtype") == "/Image" for name in xobjects)
    except (AttributeError, KeyError, TypeError, ValueError):
        return True  # what cannot be inspected is not taken as clean


def pdf_to_text(data):
    """Page text, document information, XMP metadata, annotations and form fields."""
    try:
        reader = PdfReader(io.BytesIO(data))
        texts = []
        length = 0
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            if len(text.strip()) < 20 and _page_has_image(page):
                raise ExtractionError(
                    f"page {number} of the PDF is an image with no text layer: the privacy "
                    "check cannot read it"
                )
            for annotation in page.get("/Annots") or ():
                annotation = annotation.get_object()
                for key in ("/Contents", "/T", "/TU", "/V", "/RC"):
                    if key in annotation:
                        text += "\n" + _pdf_value(annotation[key])
            texts.append(text)
            length += len(text)
            if length > MAX_TEXT_CHARS:
                _check_length(" " * length, "The PDF's text")
        for value in (reader.metadata or {}).values():
            texts.append(_pdf_value(value))
        for name, field in (reader.get_fields() or {}).items():
            texts.append(
                " ".join([name, _pdf_value(field.get("/V", "")), _pdf_value(field.get("/TU", ""))])
            )
        xmp = reader.xmp_metadata
        if xmp is not None:
            texts.append(xml_to_text(xmp.stream.get_data()))
        return _check_length("\n\n".join(texts), "The PDF's text")
    except ExtractionError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise ExtractionError(f"not a readable PDF: {error}") from error


_RTF_INFO = re.compile(
    r"\{\\(?:title|subject|author|manager|company|operator|category|keywords|comment|doccomm"
    r"|hlinkbase)\s+([^{}]*)\}"
)


def rtf_to_text(data):
    source = data.decode("latin-1")
    if not source.lstrip().startswith("{\\rtf"):
        raise ExtractionError("not a readable RTF document")
    try:
        text = strip(source, errors="replace")
    except (ValueError, IndexError) as error:
        raise ExtractionError(f"not a readable RTF document: {error}") from error
    info = [strip("{" + value + "}", errors="replace") for value in _RTF_INFO.findall(source)]
    return "\n".join([text, *info])


def _decode(data):
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    return data.decode("utf-8", errors="replace")


def file_kind(filename, content_type):
    name = (filename or "").lower()
    content_type = (content_type or "").lower()
    if name.endswith(".pdf") or content_type == "application/pdf":
        return "pdf"
    if name.endswith(".docx") or content_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ):
        return "docx"
    if name.endswith(".odt") or content_type == "application/vnd.oasis.opendocument.text":
        return "odt"
    if name.endswith(".rtf") or content_type in ("application/rtf", "text/rtf"):
        return "rtf"
    if name.endswith((".html", ".htm")) or content_type == "text/html":
        return "html"
    if name.endswith(".txt") or content_type == "text/plain":
        return "txt"
    return None


def file_to_text(filename, content_type, data):
    """Text of an attached file, or ``ExtractionError`` saying why it cannot be read."""
    if len(data) > MAX_FILE_BYTES:
        raise TooLongError(
            f"The file is larger than {MAX_FILE_BYTES // 1024 // 1024} MB, the most the "
            "privacy check reads."
        )
    kind = file_kind(filename, content_type)
    if kind is None:
        raise ExtractionError(
            f"the privacy check cannot read this kind of file (it reads {READABLE_KINDS})"
        )
    if kind == "pdf":
        text = pdf_to_text(data)
    elif kind == "docx":
        text = docx_to_text(data)
    elif kind == "odt":
        text = odt_to_text(data)
    elif kind == "rtf":
        text = rtf_to_text(data)
    elif kind == "html":
        text = html_to_text(_check_length(_decode(data), "The file's text"))
    else:
        text = _decode(data)
    return _check_length(text, "The file's text")
