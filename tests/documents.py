"""Files for the privacy tests, made here: a Word document whose body is clean and whose
footer names someone."""

import io
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_file_with_footer(footer, body="Clean."):
    """The bytes of a .docx whose body says ``body`` and whose footer says ``footer``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "word/document.xml",
            f"<w:document {W}><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body>"
            "</w:document>",
        )
        archive.writestr(
            "word/footer1.xml", f"<w:ftr {W}><w:p><w:r><w:t>{footer}</w:t></w:r></w:p></w:ftr>"
        )
    return out.getvalue()
