"""Classic UI views of the add-on."""
