"""The case review record: its vocabularies and the rules that keep it consistent."""
