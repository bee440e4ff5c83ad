"""Whether a page is an item's own page or one of its sub-pages: the phase panel and the
clocks live on the review's (and the report's and response's) own page only."""


def on_own_page(context, view):
    """Whether ``view`` (the page a viewlet is rendered in) is the item's own page, its
    default view, not one of its sub-pages (``@@information``, ``@@findings``, an edit
    form …)."""
    name = getattr(view, "__name__", None) or ""
    layout = getattr(context, "getLayout", lambda: None)() or "view"
    return name.removeprefix("@@") in ("view", layout)
