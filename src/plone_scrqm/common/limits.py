"""Upper bounds for free text, so that a form or a REST call cannot store megabytes in a
field: a refused value gets zope.schema's "too long" error (400 through REST)."""

from zope import schema

# About twenty pages of text: more than any field of a review needs.
LONG_TEXT_MAX = 50_000


def limit_text_fields(interface, max_length=LONG_TEXT_MAX):
    """Give every plain-text field of ``interface`` without a bound this one."""
    for name in interface.names():
        field = interface[name]
        if type(field) is schema.Text and field.max_length is None:
            field.max_length = max_length
    return interface
