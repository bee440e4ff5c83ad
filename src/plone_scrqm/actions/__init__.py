"""Findings, improvement actions and how their implementation is monitored (QM13–15, QM18)."""
