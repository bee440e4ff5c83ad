"""The stable key of a chronology entry, given once when it is created."""

from plone_scrqm.information.chronology import row_key


def chronology_entry_added(entry, event):
    """Entries added by hand get the key an imported row with the same content would have,
    so importing that row later does not duplicate them. The key is kept when the entry is
    edited: re-importing the original file still finds it."""
    if not entry.scrqm_row_key and entry.entry_date is not None:
        entry.scrqm_row_key = row_key(
            entry.agency or "",
            entry.entry_date,
            entry.date_precision,
            entry.entry_time,
            entry.source_record or "",
            entry.what_happened or "",
        )
