"""Former home of the add-on's content types, which now live in their capability
packages (``review.content``, ``assessment.content``, …). Each module here only re-exports
the classes, schemas and interfaces under their old dotted names: stored objects in the
ZODB, the catalog's ``object_provides`` and other sites' FTIs reference them."""
