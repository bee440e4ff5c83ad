"""The SCIE/NSPCC SCR Quality Markers: the shipped catalogue and how it is read."""
