"""Verification: the float64 reference, the sidecars made from it, the gates, and the parity run that judges a
runtime's results against them (docs/DESIGN.md "Reference and sidecars", "Runners and gates")."""
