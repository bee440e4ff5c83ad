"""PDF downloads rendered by WeasyPrint from the page's own HTML. WeasyPrint needs the
system's Pango libraries; without them the answer is a clear 503, never a 500."""

from zope.i18n import translate

from plone_scrqm import _

PDF_UNAVAILABLE = _(
    "The PDF cannot be made on this server: WeasyPrint needs the Pango libraries "
    "(libpango-1.0-0, libpangoft2-1.0-0). The printable page works without them."
)


def pdf_response(request, html, base_url, filename):
    try:
        from weasyprint import HTML
    except (ImportError, OSError):  # Pango missing from the system
        request.response.setStatus(503)
        request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
        return translate(PDF_UNAVAILABLE, context=request)
    pdf = HTML(string=html, base_url=base_url).write_pdf()
    request.response.setHeader("Content-Type", "application/pdf")
    request.response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
    return pdf
