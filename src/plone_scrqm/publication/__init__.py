"""Staged publication of a review's report and the board's response."""
