"""The emlx version, in a module of its own so that every layer can name it without importing the package facade
(``emlx/__init__.py`` forwards to the top-layer API; importing it from below would close an import cycle)."""

__version__ = "0.1.0"
