"""Statutory clocks of a review in working days (plain Python, no Zope imports)."""
