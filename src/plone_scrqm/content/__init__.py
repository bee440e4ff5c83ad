"""Dexterity content types of the add-on."""
