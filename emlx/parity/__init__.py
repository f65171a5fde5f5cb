"""Reference model, sidecars, runners and gates."""
