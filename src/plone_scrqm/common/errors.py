"""Errors shared by the capabilities (plain Python): a request parameter with a value that is
not allowed, refused with the allowed values named (the action tracker's and the
chronology's filters, the audit log's)."""

from plone_scrqm import _


class FilterError(ValueError):
    """A filter parameter with a value that is not allowed. ``message`` is the translatable
    text for people; ``str()`` gives the same text in English."""

    def __init__(self, name, value, allowed):
        self.name = name
        self.value = value
        self.allowed = tuple(allowed)
        mapping = {"value": value, "name": name, "allowed": ", ".join(self.allowed)}
        self.message = _(
            "'${value}' is not an allowed value for '${name}'. Allowed: ${allowed}.",
            mapping=mapping,
        )
        super().__init__(
            f"'{value}' is not an allowed value for '{name}'. Allowed: {mapping['allowed']}."
        )
