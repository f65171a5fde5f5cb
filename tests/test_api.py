"""The Python API (emlx.export / emlx.sidecars / emlx.parity) as a notebook uses it, on the tiny MLX fixture."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import emlx
from conftest import FIXTURES
from emlx.errors import EmlxInputError

CKPT = FIXTURES / "autoresearch-mlx" / "model.npz"


def test_import_is_light_and_lists_the_api() -> None:
    code = ("import sys, emlx; assert callable(emlx.export) and callable(emlx.sidecars) and callable(emlx.parity); "
            "print(sorted(m for m in ('numpy', 'click', 'emlx.exporter', 'emlx.verify.parity') if m in sys.modules)); "
            "print(dir(emlx))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == ["[]", "['__version__', 'export', 'gate', 'parity', 'sidecars']"]
    import emlx.verify.parity  # noqa: F401 - the submodules stay reachable, the package stays callable
    assert callable(emlx.parity) and emlx.verify.parity.run_parity is not None


def test_export_sidecars_parity_end_to_end(tmp_path: Path) -> None:
    from emlx.formats import load_bundle

    exp = emlx.export(CKPT, tmp_path / "model.json", int8=True)
    assert exp.passed and exp.int8 and exp.out == tmp_path / "model.json"
    assert exp.bytes == (tmp_path / "model.json").stat().st_size
    written = load_bundle(exp.out)
    assert exp.weights_sha256 == written.weights_sha256 and exp.family == written.spec.family == "autoresearch-mlx"

    sc = emlx.sidecars(exp.out, f32=CKPT, tokens=8)
    assert sc.passed and sc.out_dir == tmp_path / "model.sidecars"
    assert set(sc.files) == {"tokenizer", "forward", "layers", "kvcache", "quality"}
    on_disk = json.loads((sc.out_dir / "quality.json").read_text())
    assert sc.quality_top1_agreement == on_disk["top1_agreement"] and sc.quality_kl_mean == on_disk["kl"]["mean"]
    assert 0.0 <= sc.quality_top1_agreement <= 1.0 and sc.quality_kl_mean >= 0.0
    assert sc.int8_top1_agreement == sc.quality_top1_agreement and sc.int8 is sc.quality  # the names before q4
    assert json.loads((sc.out_dir / "forward.json").read_text())["steps"] == 8

    rep = emlx.parity(exp.out, backends="cpu")
    assert rep.passed and list(rep.runs) == ["node/cpu"]
    assert rep.runs["node/cpu"]["greedy_flips"] == 0
    assert rep.max_abs_logit is not None and 0 < rep.max_abs_logit <= 1e-4
    gates = {g.name: g.value for g in rep.report.runs[0].gates}
    assert rep.max_abs_logit == max(gates["forward.logits"], gates["kvcache.logits"], gates["kvcache.cached_vs_stateless"])

    strict = emlx.parity(exp.out, backends=["cpu"], atol=1e-12)  # float32 cannot match float64 to 1e-12
    assert not strict.passed and "node/cpu: forward.logits" in strict.failed_gates

    files = strict.write_reports(tmp_path / "reports", quality=sc.quality)
    assert json.loads(files.json.read_text())["passed"] is False
    assert "<failure" in files.junit.read_text()


def test_bad_input_raises_the_cli_error(tmp_path: Path) -> None:
    with pytest.raises(EmlxInputError, match="unknown runtime 'deno'; expected one of node, chromium"):
        emlx.parity(tmp_path / "x.json", runtime="deno")
    with pytest.raises(EmlxInputError, match="the webgl backend needs a browser"):
        emlx.parity(tmp_path / "x.json", backends="webgl")  # no WebGL in Node
    with pytest.raises(EmlxInputError):
        emlx.export(tmp_path / "missing.npz", tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()
