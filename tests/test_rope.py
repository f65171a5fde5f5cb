"""RoPE frequencies against transformers itself: emlx.rope.inv_freq equals transformers' rope init functions bit for
bit (default, linear, llama3, partial rotary), and tests/rope_cases.json (read by the JS tests) holds exactly
transformers' values."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from conftest import ROOT
from emlx.rope import inv_freq, rope_tables
from emlx.spec import ModelSpec

CASES = json.loads((ROOT / "tests" / "rope_cases.json").read_text(encoding="utf-8"))["cases"]


def _spec(case: dict[str, Any]) -> ModelSpec:
    hd = case["head_dim"]
    return ModelSpec.from_dict({
        "family": "test", "source_framework": "test", "vocab_size": 8, "padded_vocab_size": 8, "n_layer": 1,
        "n_head": 2, "n_kv_head": 1, "n_embd": 2 * hd, "head_dim": hd, "mlp_hidden": 4, "sequence_len": 64,
        "window": [None], "rope": {"style": "half", "base": case["rope"]["base"], "sign": 1, "table_dtype": "float32",
                                  "rotary_dim": case["rope"]["rotary_dim"], "scaling": case["rope"]["scaling"]},
        "version": 2})


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['rope']['scaling']['kind']}-hd{c['head_dim']}-rd{c['rope']['rotary_dim']}")
def test_inv_freq_is_transformers_bit_for_bit(case: dict[str, Any]) -> None:
    ours = inv_freq(_spec(case))
    want = np.asarray(case["inv_freq"], dtype=np.float32)
    assert ours.dtype == np.float32 and ours.shape == want.shape
    assert np.array_equal(ours.view(np.uint32), want.view(np.uint32))


def test_cases_file_is_what_transformers_computes() -> None:
    pytest.importorskip("transformers")
    import make_rope_cases

    assert make_rope_cases.cases()["cases"] == CASES, "tests/rope_cases.json is stale: run python tests/make_rope_cases.py"


def test_tables_cover_only_the_rotated_channels() -> None:
    spec = _spec(next(c for c in CASES if c["rope"]["rotary_dim"] is not None))
    cos, sin = rope_tables(spec, np.arange(5))
    assert cos.shape == sin.shape == (5, spec.rotary_dim // 2)
    assert np.all(cos[0] == 1.0) and np.all(sin[0] == 0.0)


def test_llama3_leaves_high_frequencies_and_divides_low_ones() -> None:
    """Hand-checkable ends of the llama3 curve: the fastest frequency (wavelength 2π < high_freq_wavelen) is untouched,
    the slowest (wavelength beyond low_freq_wavelen) is divided by the factor."""
    case = next(c for c in CASES if c["rope"]["scaling"]["kind"] == "llama3")
    spec = _spec(case)
    plain = inv_freq(spec.with_overrides({"rope.scaling": {"kind": "none", "params": {}}}))
    scaled = inv_freq(spec)
    factor = case["rope"]["scaling"]["params"]["factor"]
    assert scaled[0] == plain[0] == 1.0
    assert scaled[-1] == np.float32(plain[-1] / np.float32(factor))
