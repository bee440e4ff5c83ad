"""Assembling information (QM10) and practitioner involvement (QM11)."""
