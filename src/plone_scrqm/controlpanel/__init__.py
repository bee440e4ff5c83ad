"""Control panels of the add-on."""
