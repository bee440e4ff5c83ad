""" "My work": what waits for the signed-in person across the reviews they may see."""
