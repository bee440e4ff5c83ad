"""Wales: the partnership's nation per folder, the Single Unified Safeguarding Review
record and its phase guards (``docs/wales.md``)."""
