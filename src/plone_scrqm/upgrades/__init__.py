"""Upgrade steps of the default profile, one module per profile version."""
