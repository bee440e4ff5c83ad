"""The privacy gate: nothing that identifies the family reaches the public (QM14)."""
