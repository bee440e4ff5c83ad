"""Plain text out of what a report or response is made of: rich text (HTML), PDF and Word
(.docx) files. Plain Python: the HTML parser of the standard library, pypdf for PDF, and the
.docx file's own XML."""

import io
import re
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree

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
}
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class ExtractionError(ValueError):
    """The file could not be read as the type it claims to be."""


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

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(html):
    parser = _TextParser()
    parser.feed(html or "")
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"[ \t]+", " ", re.sub(r"\n\s*\n+", "\n\n", text)).strip()


def pdf_to_text(data):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as error:
        raise ExtractionError(f"not a readable PDF: {error}") from error


def docx_to_text(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as error:
        raise ExtractionError(f"not a readable Word document: {error}") from error
    root = ElementTree.fromstring(xml)  # noqa: S314 - the file's own XML, no entities resolved
    paragraphs = []
    for paragraph in root.iter(f"{WORD_NS}p"):
        paragraphs.append("".join(node.text or "" for node in paragraph.iter(f"{WORD_NS}t")))
    return "\n".join(paragraphs)


def file_to_text(filename, content_type, data):
    """Text of an attached file, or ``None`` for a kind the scanner cannot read."""
    name = (filename or "").lower()
    if content_type == "application/pdf" or name.endswith(".pdf"):
        return pdf_to_text(data)
    if name.endswith(".docx") or content_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ):
        return docx_to_text(data)
    if (content_type or "").startswith("text/") or name.endswith(".txt"):
        return data.decode("utf-8", errors="replace")
    return None
