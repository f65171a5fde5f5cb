"""`emlx demo`: the main job on the embedded fixture — export, sidecars, parity in Node and Chromium, report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from emlx.errors import EmlxInputError
from emlx.exporter.export import ExportOptions, export
from emlx.verify.parity import ParityOptions, ParityReport, run_parity
from emlx.verify.sidecars import SidecarOptions, build_sidecars, default_dir


def fixture_root() -> Path:
    pkg = Path(__file__).resolve().parent  # the emlx package folder
    for cand in (pkg / "_fixtures", pkg.parent / "fixtures"):
        if (cand / "autoresearch-mlx" / "model.npz").is_file():
            return cand
    raise EmlxInputError(f"the embedded fixtures are missing (looked in {pkg / '_fixtures'} and {pkg.parent / 'fixtures'})")


@dataclass
class DemoResult:
    bundle: Path
    sidecars: Path
    reports: list[ParityReport] = field(default_factory=list)
    certificate: Path | None = None  # <out>/model.parity.json

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.reports)


def run_demo(out_dir: Path, checkpoint: Path | None = None, browser: bool = True, int8: bool = False,
             progress: Callable[[str], None] | None = None) -> DemoResult:
    say = progress or (lambda _m: None)
    ckpt = checkpoint or fixture_root() / "autoresearch-mlx" / "model.npz"
    out_dir.mkdir(parents=True, exist_ok=True)
    bundle = out_dir / ("model.int8.json" if int8 else "model.json")
    say(f"export {ckpt.name}")
    res = export(ckpt, bundle, ExportOptions(int8=int8), progress=say)
    sc = default_dir(bundle)
    build_sidecars(res.bundle, sc, SidecarOptions(bundle_path=bundle, f32=ckpt if res.bundle.is_quantized else None),
                   progress=say)
    result = DemoResult(bundle=bundle, sidecars=sc)
    result.reports.append(run_parity(bundle, ParityOptions(sidecars=sc, backends=("cpu", "wasm")), say))
    if browser:
        result.reports.append(run_parity(bundle, ParityOptions(sidecars=sc, runtime="chromium",
                                                               backends=("cpu", "wasm", "webgl")), say))
    from emlx.verify.certify import certify

    for rep in result.reports:  # the certificate a site ships next to model.json (js: model.selfTest())
        result.certificate = certify(bundle, rep.to_dict(), sc, say) or result.certificate
    return result
