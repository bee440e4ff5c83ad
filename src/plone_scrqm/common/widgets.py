"""Widget hints for Volto's forms.

A list of text lines (``List(value_type=TextLine)``) whose help says "one per line" is a
textarea of lines in the classic forms (z3c.form's textlines widget). Volto would show it
as a box of tags, where a line with spaces or ``|`` separators is awkward to write and the
help text is wrong; the hint ``frontendOptions={"widget": "lines"}`` (in ``@types`` as the
field's ``widgetOptions``) makes Volto use volto-scrqm's ``lines`` widget: a textarea, one
entry per line, the value still a list. The classic forms keep their widget.
"""

from plone.autoform.interfaces import WIDGETS_KEY
from plone.autoform.widgets import ParameterizedWidget
from zope import schema

LINES = {"widget": "lines"}


def says_one_per_line(field):
    help_text = str(field.description or "").lower()
    return "per line" in help_text or "one line per" in help_text


def is_lines_field(field):
    return isinstance(field, schema.List) and isinstance(field.value_type, schema.TextLine)


def lines_for_volto(interface):
    """Give each list of lines of ``interface`` whose help says "one per line" the Volto
    widget hint ``lines``, unless it has a widget of its own."""
    widgets = dict(interface.queryDirectTaggedValue(WIDGETS_KEY) or {})
    for name in interface.names():
        field = interface[name]
        if name in widgets or not is_lines_field(field) or not says_one_per_line(field):
            continue
        widgets[name] = ParameterizedWidget(None, frontendOptions=dict(LINES))
    interface.setTaggedValue(WIDGETS_KEY, widgets)
    return interface
