"""Reference model, sidecars, runners and gates.

The package is also the function `emlx.parity(bundle, ...)` of the Python API (emlx/api.py): calling it runs
the parity gate, while `emlx.parity.<module>` stays the submodules.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from emlx.api import parity

        return parity(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
