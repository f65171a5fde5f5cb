"""emlx: export small GPT checkpoints to browser bundles and prove the TF.js port computes the same thing.

Python API (each returns a report object with `.passed`, the numbers and `.to_dict()`; see emlx/api.py):

    emlx.export(checkpoint, out, int8=..., tokenizer=...)    -> ExportReport
    emlx.sidecars(bundle, f32=..., tokens=...)                -> SidecarsReport
    emlx.parity(bundle, runtime="node"|"chromium", backends=) -> ParityResult (.write_reports(dir))
    emlx.gate(folder=None, runtime=None)                      -> GateReport (the release gate of emlx.toml)

Nothing heavy is imported until one of them is called.
"""

from __future__ import annotations

from typing import Any

from emlx._version import __version__

__all__ = ["__version__", "export", "gate", "parity", "sidecars"]


def export(*args: Any, **kwargs: Any) -> Any:
    from emlx.api import export as impl

    return impl(*args, **kwargs)


export.__doc__ = "Convert a checkpoint into a bundle; see emlx.api.export."


def gate(*args: Any, **kwargs: Any) -> Any:
    from emlx.api import gate as impl

    return impl(*args, **kwargs)


gate.__doc__ = "Run the release gate of emlx.toml / [tool.emlx]; see emlx.api.gate."


def sidecars(*args: Any, **kwargs: Any) -> Any:
    from emlx.api import sidecars as impl

    return impl(*args, **kwargs)


sidecars.__doc__ = "Write the ground-truth sidecars of a bundle; see emlx.api.sidecars."


def parity(*args: Any, **kwargs: Any) -> Any:
    from emlx.api import parity as impl

    return impl(*args, **kwargs)


parity.__doc__ = "Gate a bundle's JS port against its sidecars; see emlx.api.parity."


def __dir__() -> list[str]:
    return sorted(__all__)
