"""Text out of every part of the files a review publishes: each place a name can hide in a
Word, PDF, OpenDocument, RTF, HTML or text file is read, and what cannot be read is said."""

import io
import time
import zipfile

import pytest

from plone_scrqm.privacy import extract
from plone_scrqm.privacy.extract import ExtractionError
from plone_scrqm.privacy.extract import TooLongError
from plone_scrqm.privacy.extract import file_to_text
from plone_scrqm.privacy.extract import html_to_text

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
NAME = "Fenella Brackwater"


def _word_part(root, inner):
    return f'<?xml version="1.0"?><w:{root} {W} {WP}>{inner}</w:{root}>'


def make_docx(**parts):
    """A .docx with the body "A clean report." and ``parts`` (path: XML) added."""
    body = _word_part(
        "document", "<w:body><w:p><w:r><w:t>A clean report.</w:t></w:r></w:p></w:body>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", parts.pop("word/document.xml", body))
        for path, xml in parts.items():
            archive.writestr(path, xml)
    return out.getvalue()


PARA = f"<w:p><w:r><w:t>Seen by {NAME}.</w:t></w:r></w:p>"

DOCX_HIDING_PLACES = {
    "footer": {"word/footer1.xml": _word_part("ftr", PARA)},
    "header": {"word/header2.xml": _word_part("hdr", PARA)},
    "footnote": {"word/footnotes.xml": _word_part("footnotes", f"<w:footnote>{PARA}</w:footnote>")},
    "endnote": {"word/endnotes.xml": _word_part("endnotes", f"<w:endnote>{PARA}</w:endnote>")},
    "comment": {"word/comments.xml": _word_part("comments", f"<w:comment>{PARA}</w:comment>")},
    "tracked deletion": {
        "word/document.xml": _word_part(
            "document",
            f"<w:body><w:p><w:del><w:r><w:delText>{NAME}</w:delText></w:r></w:del></w:p></w:body>",
        )
    },
    "text box": {
        "word/document.xml": _word_part(
            "document",
            f"<w:body><w:p><w:r><w:txbxContent>{PARA}</w:txbxContent></w:r></w:p></w:body>",
        )
    },
    "image alt text": {
        "word/document.xml": _word_part(
            "document",
            f'<w:body><w:p><w:r><wp:docPr id="1" descr="Photo of {NAME}"/></w:r></w:p></w:body>',
        )
    },
    "core properties": {
        "docProps/core.xml": (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:creator>{NAME}</dc:creator></cp:coreProperties>"
        )
    },
    "custom properties": {
        "docProps/custom.xml": f'<Properties><property name="Client">{NAME}</property></Properties>'
    },
}


@pytest.mark.parametrize("place", sorted(DOCX_HIDING_PLACES))
def test_word_hiding_places_are_read(place):
    text = file_to_text("report.docx", None, make_docx(**DOCX_HIDING_PLACES[place]))
    assert "Fenella" in text and "Brackwater" in text, place


def test_word_paragraphs_do_not_run_together():
    xml = _word_part(
        "document",
        "<w:body><w:p><w:r><w:t>Fenella</w:t></w:r></w:p><w:p><w:r><w:t>met</w:t></w:r></w:p></w:body>",
    )
    assert "Fenella\nmet" in file_to_text("r.docx", None, make_docx(**{"word/document.xml": xml}))


def test_word_xml_with_entities_is_refused():
    bomb = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' + _word_part(
        "document", "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body>"
    )
    with pytest.raises(ExtractionError):
        file_to_text("r.docx", None, make_docx(**{"word/document.xml": bomb}))


def test_archive_sizes_are_checked_before_reading(monkeypatch):
    """A small file that unpacks to a lot of text is refused from what it declares, at
    once, without being unpacked."""
    huge = _word_part(
        "document", "<w:body>" + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 600_000 + "</w:body>"
    )
    data = make_docx(**{"word/document.xml": huge})
    assert len(data) < 200_000 < len(huge)
    monkeypatch.setattr(extract, "MAX_XML_BYTES", 1_000_000)
    started = time.perf_counter()
    with pytest.raises(TooLongError, match="unpack"):
        file_to_text("r.docx", None, data)
    assert time.perf_counter() - started < 0.5


def test_text_longer_than_the_bound_is_refused(monkeypatch):
    monkeypatch.setattr(extract, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(TooLongError, match="1,000 characters"):
        file_to_text("notes.txt", "text/plain", b"x" * 1001)
    assert file_to_text("notes.txt", "text/plain", b"x" * 1000)


def _pdf(text=None, metadata=None, annotation=None, image_only=False):
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText
    from pypdf.generic import ContentStream
    from pypdf.generic import DecodedStreamObject
    from pypdf.generic import DictionaryObject
    from pypdf.generic import NameObject
    from pypdf.generic import NumberObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=300, height=300)
    if text:
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
        )
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 20 200 Td ({text}) Tj ET".encode())
        page[NameObject("/Contents")] = writer._add_object(stream)
    if image_only:
        image = DecodedStreamObject()
        image.set_data(b"\x00")
        image.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(1),
                NameObject("/Height"): NumberObject(1),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                NameObject("/BitsPerComponent"): NumberObject(8),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {
                NameObject("/XObject"): DictionaryObject(
                    {NameObject("/Im1"): writer._add_object(image)}
                )
            }
        )
        stream = ContentStream(None, None)
        stream.set_data(b"q 300 0 0 300 0 0 cm /Im1 Do Q")
        page[NameObject("/Contents")] = writer._add_object(stream)
    if metadata:
        writer.add_metadata(metadata)
    if annotation:
        writer.add_annotation(
            page_number=0, annotation=FreeText(text=annotation, rect=(10, 10, 100, 50))
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_text_metadata_and_annotations_are_read():
    assert "Fenella Brackwater" in file_to_text("r.pdf", None, _pdf(text=NAME))
    for key in ("/Title", "/Author", "/Subject", "/Keywords"):
        assert NAME in file_to_text("r.pdf", None, _pdf(text="Clean", metadata={key: NAME})), key
    assert NAME in file_to_text("r.pdf", None, _pdf(text="Clean", annotation=f"Ask {NAME}"))


def test_pdf_page_without_text_layer_is_unreadable():
    with pytest.raises(ExtractionError, match="no text layer"):
        file_to_text("scan.pdf", "application/pdf", _pdf(image_only=True))


def test_odt_body_headers_and_metadata():
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:p>Fenella</text:p><text:p>met the school.</text:p></office:text></office:body>"
        "</office:document-content>"
    )
    styles = (
        '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><text:p>Footer: Brackwater'
        "</text:p></office:document-styles>"
    )
    meta = '<office:document-meta xmlns:office="o"><title>Child F</title></office:document-meta>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", styles)
        archive.writestr("meta.xml", meta)
    text = file_to_text("report.odt", None, out.getvalue())
    assert "Fenella\nmet" in text and "Brackwater" in text and "Child F" in text


def test_rtf_text_and_information():
    rtf = (
        rb"{\rtf1\ansi{\info{\author Fenella Brackwater}{\title Child F}}"
        rb"\pard Interview with F. Brackwater\par}"
    )
    text = file_to_text("report.rtf", None, rtf)
    assert "Interview with F. Brackwater" in text
    assert "Fenella Brackwater" in text


def test_html_and_text_files():
    html = b'<p>Clean</p><img alt="Fenella Brackwater" src="a.png">'
    assert NAME in file_to_text("r.html", None, html)
    assert NAME in file_to_text("r.txt", None, "Fenella Brackwater".encode("utf-16"))


@pytest.mark.parametrize("filename", ["report.doc", "scan.png", "report", "report.pages"])
def test_other_files_are_unreadable_never_clean(filename):
    with pytest.raises(ExtractionError, match="cannot read this kind of file"):
        file_to_text(filename, "application/octet-stream", b"\xd0\xcf\x11\xe0 Fenella")


def test_rich_text_attributes_and_link_targets():
    html = (
        '<p>A clean paragraph. <img src="x.png" alt="Fenella at home" title="Brackwater family">'
        ' <a href="https://example.org/brackwater" title="Fenella\'s page">a link</a></p>'
    )
    text = html_to_text(html)
    for part in (
        "Fenella at home",
        "Brackwater family",
        "https://example.org/brackwater",
        "Fenella's page",
    ):
        assert part in text
