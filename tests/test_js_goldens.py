"""The JS unit tests' golden files (js/test/goldens, from scripts/make_js_goldens.py) are current: the same files,
the same bundles byte for byte, and the Python reference's numbers within 1e-6 (another BLAS may sum in another
order). A stale golden means the reference or the generator changed: rerun `python scripts/make_js_goldens.py`."""

from __future__ import annotations

import base64
import json
import sys

import numpy as np

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import make_js_goldens  # noqa: E402


def _arr(b: dict) -> np.ndarray:
    return np.frombuffer(base64.b64decode(b["data"]), dtype="<f4").reshape(b["shape"])


def test_goldens_are_current() -> None:
    fresh = make_js_goldens.all_goldens()
    committed = {p.name: p.read_text(encoding="utf-8") for p in make_js_goldens.OUT_DIR.glob("*.json")}
    assert sorted(committed) == sorted(fresh), "golden files differ: run python scripts/make_js_goldens.py"
    for name, text in fresh.items():
        new, old = json.loads(text), json.loads(committed[name])
        assert new["bundle"] == old["bundle"], f"{name}: bundle is stale"
        assert new["ids"] == old["ids"] and new["spec_note"] == old["spec_note"], name
        assert sorted(new["taps"]) == sorted(old["taps"]), name
        for key, a, b in [("logits", new["logits"], old["logits"])] + [(k, new["taps"][k], old["taps"][k]) for k in new["taps"]]:
            x, y = _arr(a), _arr(b)
            assert x.shape == y.shape, (name, key)
            scale = max(1.0, float(np.max(np.abs(y)))) if y.size else 1.0
            assert float(np.max(np.abs(x - y), initial=0.0)) <= 1e-6 * scale, f"{name}: {key} is stale"


def test_the_weights_are_exact_arithmetic() -> None:
    """The generator's weights do not depend on libm or a NumPy stream: the same bits from a fresh generator."""
    a = make_js_goldens._Exact(5).normal(1000)
    b = make_js_goldens._Exact(5).normal(1000)
    assert a.tobytes() == b.tobytes() and abs(float(a.mean())) < 0.1 and 0.9 < float(a.std()) < 1.1
