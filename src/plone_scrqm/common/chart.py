"""Small server-rendered SVG bar charts (plain Python): every bar carries its label and
value as text, and bars that mean different things differ by pattern, not only by colour,
so the charts read in greyscale and to screen readers (role="img" with a text title)."""

from html import escape

ROW = 28
LABEL_WIDTH = 190
BAR_WIDTH = 300
VALUE_WIDTH = 400

PATTERNS = """<defs>
<pattern id="scrqm-hatch" width="6" height="6" patternUnits="userSpaceOnUse"
 patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/>
<line x1="0" y1="0" x2="0" y2="6" stroke="#7a1f1f" stroke-width="3"/></pattern>
<pattern id="scrqm-dots" width="6" height="6" patternUnits="userSpaceOnUse">
<rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.5" fill="#1f4e79"/></pattern>
</defs>"""

FILLS = {"solid": "#2b6a4a", "hatch": "url(#scrqm-hatch)", "dots": "url(#scrqm-dots)"}


def bar_chart(title, bars, chart_id):
    """``bars``: ``(label, value, value_text, style)`` with ``style`` one of ``solid``,
    ``hatch`` (for example overdue) or ``dots`` (for example overdue with the delay explained)."""
    height = ROW * max(len(bars), 1) + 36
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    largest = max((abs(value) for _label, value, _text, _style in bars), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="scrqm-chart" '
        f'id="{escape(chart_id)}" aria-labelledby="{escape(chart_id)}-title" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
        PATTERNS,
        f'<text x="0" y="18" font-size="15" font-weight="bold">{escape(title)}</text>',
    ]
    for row, (label, value, value_text, style) in enumerate(bars):
        y = 30 + row * ROW
        length = max(round(BAR_WIDTH * abs(value) / largest), 2 if value else 0)
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 17}" font-size="13" '
            f'text-anchor="end">{escape(label)}</text>'
        )
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="{y + 4}" width="{length}" height="18" '
            f'fill="{FILLS.get(style, FILLS["solid"])}" stroke="#222" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 17}" '
            f'font-size="13">{escape(value_text)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
