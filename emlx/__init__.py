"""emlx: export small GPT checkpoints to browser bundles and prove the TF.js port computes the same thing."""

__version__ = "0.1.0"
