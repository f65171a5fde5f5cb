"""One spec, two languages: the JS table is generated from emlx/spec_schema.py and current, and the shared case
file (tests/spec_cases.json, also run by js/test/spec-cases.test.js) holds in Python."""

from __future__ import annotations

import copy
import dataclasses
import json
import math
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from emlx import spec_schema
from emlx.spec import ModelSpec
from emlx.spec_schema import SCHEMA, check_config, expected_shapes, tap_names

CASES = json.loads((ROOT / "tests" / "spec_cases.json").read_text(encoding="utf-8"))


def _decode(v: Any) -> Any:
    if isinstance(v, dict):
        if set(v) == {"$number"}:
            return float(v["$number"].replace("Infinity", "inf"))
        return {k: _decode(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_decode(x) for x in v]
    return v


def _input(case: dict[str, Any]) -> Any:
    if "input" in case:
        return _decode(case["input"])
    data = copy.deepcopy(CASES["base"])
    if "input_keys" in case:
        data = {k: data[k] for k in case["input_keys"]}
    for dotted in case.get("delete", []):
        *parents, leaf = dotted.split(".")
        cur = data
        for p in parents:
            cur = cur[p]
        del cur[leaf]
    for dotted, value in case.get("set", {}).items():
        *parents, leaf = dotted.split(".")
        cur = data
        for p in parents:
            if cur.get(p) is None:
                cur[p] = {}
            cur = cur[p]
        cur[leaf] = _decode(value)
    return data


def _lookup(data: Any, dotted: str) -> Any:
    for p in dotted.split("."):
        data = data[p] if isinstance(data, dict) else None
    return data


def test_js_table_is_current() -> None:
    """Fails when emlx/spec_schema.py changed without `python -m emlx.spec_schema` regenerating the JS table."""
    assert spec_schema.JS_TABLE == ROOT / "js" / "src" / "spec-table.js"
    assert spec_schema.JS_TABLE.read_text(encoding="utf-8") == spec_schema.render_js(), \
        "js/src/spec-table.js is stale: run `python -m emlx.spec_schema`"


def test_stale_table_is_detected(tmp_path: Path) -> None:
    out = tmp_path / "spec-table.js"
    assert spec_schema.main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == spec_schema.JS_TABLE.read_text(encoding="utf-8")
    SCHEMA["objects"]["rope"][0]["default"] = "half"
    try:
        assert spec_schema.render_js() != out.read_text(encoding="utf-8")
    finally:
        SCHEMA["objects"]["rope"][0]["default"] = "interleaved"


@pytest.mark.parametrize("case", CASES["valid"], ids=lambda c: c["name"])
def test_valid_cases(case: dict[str, Any]) -> None:
    data = _input(case)
    spec = ModelSpec.from_dict(data)
    norm = check_config(data)
    for dotted, want in case["expect"].get("normalized", {}).items():
        assert _lookup(norm, dotted) == want, dotted
        assert _lookup(spec.normalized(), dotted) == want, dotted
    if "canonical_version" in case["expect"]:
        # a bundle stores version 1 without the recipe keys exactly when the recipe is the legacy one
        canon = spec.to_dict()
        assert canon["version"] == spec.version == case["expect"]["canonical_version"]
        recipe = {f["name"] for f in SCHEMA["objects"]["config"] if f.get("since", 1) > 1}
        assert (recipe & set(canon)) == (set() if canon["version"] == 1 else recipe)
        assert ModelSpec.from_dict(canon) == spec
    if "shapes" in case["expect"]:
        got = {k: (list(v) if v is not None else None) for k, v in expected_shapes(spec).items()}
        assert got == case["expect"]["shapes"]
    if "taps" in case["expect"]:
        assert tap_names(spec.n_layer) == case["expect"]["taps"]


@pytest.mark.parametrize("case", CASES["invalid"], ids=lambda c: c["name"])
def test_invalid_cases(case: dict[str, Any]) -> None:
    data = _input(case)
    with pytest.raises(ValueError) as ei:
        ModelSpec.from_dict(data)
    msg = str(ei.value)
    assert msg.startswith("invalid model spec: ") and "\n" not in msg, msg
    for needle in case["error"]:
        assert needle in msg, (needle, msg)


def test_a_spec_built_in_code_is_held_to_the_same_rules() -> None:
    spec = ModelSpec.from_dict(_input({}))
    for change, needle in (({"n_head": 0}, "n_head must be"), ({"qk_scale": math.inf}, "qk_scale must be"),
                           ({"residual": "highway"}, "residual must be one of")):
        with pytest.raises(ValueError, match=needle.replace("(", r"\(")):
            spec.replace(**change)


def test_dataclass_fields_and_defaults_are_the_schema() -> None:
    # every schema field is a dataclass field, except the version, which is derived (ModelSpec.version)
    assert [f.name for f in dataclasses.fields(ModelSpec)] == [f["name"] for f in SCHEMA["objects"]["config"]
                                                               if f["name"] != "version"]
    blank = ModelSpec.from_dict({k: CASES["base"][k] for k in CASES["valid"][1]["input_keys"]})
    for f in SCHEMA["objects"]["config"]:
        if not f.get("required") and f["name"] != "version":
            got = blank.normalized()[f["name"]]
            want = f["default"]
            if f["type"] == "object" and want is not None:
                assert isinstance(got, dict), f["name"]
            else:
                assert got == want, f["name"]
