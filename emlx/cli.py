"""Command line: a thin click layer over the library. Exit codes: 0 ok, 1 gate failed, 2 bad input/environment."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any, Callable, TypeVar

import click

from emlx import __version__
from emlx.errors import EmlxInputError, GateFailed

F = TypeVar("F", bound=Callable[..., Any])


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    con = Console(stderr=stderr, highlight=False)
    if not con.is_terminal and "COLUMNS" not in os.environ:
        con.width = 150  # CI logs: keep each gate on one line instead of rich's 80-column default
    return con


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
    _console(stderr=True).print(f"[bold red]error:[/] {message}", soft_wrap=True)
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="emlx")
def main() -> None:
    """Export small GPT checkpoints for the browser and prove the TF.js port matches them."""


# --------------------------------------------------------------------------------------------------
@main.command()
@click.argument("ckpt", type=click.Path(path_type=Path))
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--tokenizer", type=click.Path(path_type=Path), help="tokenizer.pkl (found automatically for nanochat dirs)")
@click.option("--int8", is_flag=True, help="symmetric per-row int8 for every 2-D tensor")
@click.option("--keep-f32", multiple=True, metavar="GLOB", help="keep matching tensors float32 under --int8 (repeatable)")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE", help="override a ModelSpec field, e.g. rope.style=half (repeatable)")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="JSON with ModelSpec fields to override")
@click.option("--step", type=int, help="checkpoint step of a nanochat directory (default: newest)")
@click.option("--shard-size", metavar="SIZE", help="split a .safetensors bundle into shards of at most SIZE (e.g. 1GB) + an index")
@click.option("--json", "as_json", is_flag=True, help="print a machine-readable summary")
@handled
def export(ckpt: Path, out: Path, tokenizer: Path | None, int8: bool, keep_f32: tuple[str, ...], sets: tuple[str, ...],
           config_file: Path | None, step: int | None, shard_size: str | None, as_json: bool) -> None:
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
    opts = ExportOptions(int8=int8, keep_f32=keep_f32, overrides=overrides, config_file=config_file, step=step,
                         tokenizer=tokenizer, shard_bytes=parse_size(shard_size) if shard_size else None)
    err = _console(stderr=True)
    with err.status("exporting…") as status:
        res = do_export(ckpt, out, opts, progress=lambda m: status.update(m))
    for w in res.warnings:
        err.print(f"[yellow]warning:[/] {w}", soft_wrap=True)
    b = res.bundle
    summary = {"out": str(res.out), "family": b.spec.family, "bytes": res.size, "seconds": round(res.seconds, 3),
               "int8": b.is_int8, "weights_sha256": b.weights_sha256, "warnings": res.warnings}
    if as_json:
        click.echo(json_text(summary))
    else:
        _console().print(f"[green]exported[/] {ckpt} -> {res.out}  family={b.spec.family}  "
                         f"{res.size / 1e6:.2f} MB  {'int8' if b.is_int8 else 'f32'}  {res.seconds:.2f}s")


# --------------------------------------------------------------------------------------------------
@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--step", type=int, help="checkpoint step of a nanochat directory")
@click.option("--json", "as_json", is_flag=True, help="print JSON instead of tables")
@handled
def inspect(path: Path, step: int | None, as_json: bool) -> None:
    """Show family, spec, tensors and sizes of a checkpoint or bundle."""
    from emlx.inspect import inspect_path, to_json
    from emlx.report import render_inspect

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
@click.option("--no-bos", is_flag=True, help="do not prepend the tokenizer's BOS token")
@click.option("--ids", "ids_text", metavar="I,J,K", help="prompt token ids instead of --prompt (bundles without a tokenizer)")
@click.option("--texts", type=click.Path(path_type=Path), help="UTF-8 file: extra tokenizer texts, one per line")
@click.option("--truth", type=click.Path(path_type=Path), help="npz with step_logits/full_logits + ids from MLX/torch")
@click.option("--f32", type=click.Path(path_type=Path), help="float32 bundle or checkpoint, for int8.json of an int8 bundle")
@click.option("--atol", type=float, default=1e-4, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="print a machine-readable summary")
@handled
def sidecars(bundle: Path, out: Path | None, prompt: str | None, tokens: int, no_bos: bool, ids_text: str | None,
             texts: Path | None,
             truth: Path | None, f32: Path | None, atol: float, as_json: bool) -> None:
    """Write ground-truth sidecars (tokenizer, forward, layers, kvcache, int8) for BUNDLE."""
    from emlx.bundle import load_bundle
    from emlx.parity.sidecars import DEFAULT_PROMPT, SidecarOptions, build_sidecars, default_dir

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
        from emlx.parity.sidecars import encode_prompt

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
    if f32 is not None and not b.is_int8:
        notes.append(f"--f32 {f32} is ignored: {bundle.name} is already float32 (--f32 gives the reference for "
                     "int8.json of an int8 bundle)")
        f32 = None
    opts = SidecarOptions(prompt=prompt if prompt is not None else DEFAULT_PROMPT, tokens=tokens, bos=not no_bos,
                          texts=extra, truth=truth, f32=f32, atol=atol, prompt_ids=prompt_ids,
                          bundle_path=bundle)
    err = _console(stderr=True)
    with err.status("reference…") as status:
        res = build_sidecars(b, out or default_dir(bundle), opts, progress=lambda m: status.update(f"reference: {m}"))
    for w in [*notes, *res.warnings]:
        err.print(f"[yellow]warning:[/] {w}", soft_wrap=True)
    failed = [g for g in res.truth if not g.passed]
    summary = {"out": str(res.out_dir), "files": {k: str(v) for k, v in res.files.items()},
               "truth": [g.to_dict() for g in res.truth], "int8": res.int8 and {k: res.int8[k] for k in ("top1_agreement", "kl", "max_abs_logit_diff")},
               "passed": not failed}
    if as_json:
        click.echo(json_text(summary))
    else:
        con = _console()
        con.print(f"[green]sidecars[/] -> {res.out_dir}  ({', '.join(res.files)})")
        for g in res.truth:
            con.print(f"  {g.name:24s} {'[green]PASS[/]' if g.passed else '[bold red]FAIL[/]'}  {g.detail}")
        if res.int8:
            i8 = res.int8
            con.print(f"  int8: top-1 agreement {i8['top1_agreement']:.4f}  KL mean {i8['kl']['mean']:.2e} p99 {i8['kl']['p99']:.2e} "
                      f"max {i8['kl']['max']:.2e}  disagreements {len(i8['disagreements'])}")
    if failed:
        raise GateFailed()


# --------------------------------------------------------------------------------------------------
def _runtime_options(fn: F) -> F:
    """--runtime / --browser / --backend, their choices and help generated from the runner registry."""
    from emlx import runners

    fn = click.option("--backend", default="cpu", show_default=True,
                      metavar=f"[{'|'.join((*runners.all_backends(), 'all'))}]",
                      help=f"backend, a comma-separated list (wasm,webgl) or 'all' = every backend of the runtime "
                           f"({runners.backends_help()})")(fn)
    fn = click.option("--browser", type=click.Choice(runners.browsers()), default=None,
                      help="alias of --runtime BROWSER (run in that headless browser instead of Node)")(fn)
    fn = click.option("--runtime", type=click.Choice(runners.runtimes()), default=None,
                      help="where the port runs (default: node); " + "; ".join(f"{r.runtime}: {r.description}" for r in runners.RUNNERS))(fn)
    return fn


def _resolve_runtime(runtime: str | None, browser: str | None, backend: str,
                     bundle: Path | None = None) -> tuple[str, tuple[str, ...]]:
    from emlx import runners
    from emlx.formats import for_input

    if runtime is not None and browser is not None and runtime != browser:
        raise EmlxInputError(f"--runtime {runtime} and --browser {browser} disagree; --browser {browser} means --runtime {browser}")
    name = browser or runtime or "node"
    fmt = for_input(bundle) if bundle is not None else None
    return name, runners.resolve_backends(name, backend, fmt.name if fmt else None)


@main.command()
@click.argument("bundle", type=click.Path(path_type=Path))
@click.option("--sidecars", "sidecar_dir", type=click.Path(path_type=Path), help="sidecar folder (default: <bundle stem>.sidecars/, generated when missing)")
@_runtime_options
@click.option("--atol", type=float, default=1e-4, show_default=True, help="max |Δlogit| allowed")
@click.option("--timeout", type=float, default=900.0, show_default=True, help="seconds per run")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="write the report as JSON")
@click.option("--junit", "junit_out", type=click.Path(path_type=Path), help="write a JUnit XML report")
@click.option("--self-test-perturb", "perturb", metavar="TENSOR:INDEX:DELTA", hidden=True,
              help="fault injection proving the gate can fail: the port adds DELTA to one weight after loading")
@handled
def parity(bundle: Path, sidecar_dir: Path | None, runtime: str | None, browser: str | None, backend: str, atol: float,
           timeout: float, json_out: Path | None, junit_out: Path | None, perturb: str | None) -> None:
    """Run the TF.js port on BUNDLE in Node or Chromium and gate it against the sidecars (exit 0/1/2)."""
    from emlx.parity.junit import write_junit
    from emlx.parity.parity import ParityOptions, dump_json, run_parity
    from emlx.report import render_parity

    check_positive("--atol", atol)
    check_positive("--timeout", timeout)
    runtime_name, backends = _resolve_runtime(runtime, browser, backend, bundle)
    extra = None
    if perturb:
        try:
            tensor, index, delta = perturb.rsplit(":", 2)
            extra = {"perturb": {"tensor": tensor, "index": int(index), "delta": float(delta)}}
        except ValueError:
            raise EmlxInputError(f"--self-test-perturb expects TENSOR:INDEX:DELTA, got {perturb!r}") from None
    opts = ParityOptions(sidecars=sidecar_dir, runtime=runtime_name, backends=backends, atol=atol, timeout=timeout,
                         job_extra=extra)
    err = _console(stderr=True)
    with err.status("parity…") as status:
        rep = run_parity(bundle, opts, progress=lambda m: status.update(m))
    render_parity(rep.to_dict(), _console())
    if json_out:
        dump_json(json_out, rep)
    if junit_out:
        write_junit(junit_out, rep)
    if not rep.passed:
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
              help="int8 bundles: weights packed int8 on the backend, or dequantised to float32 at load")
@click.option("--json", "as_json", is_flag=True, help="print JSON")
@handled
def bench(bundle: Path, runtime: str, backend: str, lengths: str, tokens: int, repeat: int, int8_mode: str,
          as_json: bool) -> None:
    """Load time, prefill time, tokens/s (stateless vs KV-cache) and resident memory of the JS port on BUNDLE."""
    from emlx.parity.bench import render_bench, run_bench

    try:
        lens = [int(x) for x in lengths.split(",") if x.strip()]
    except ValueError:
        raise EmlxInputError(f"--lengths expects comma-separated integers like 8,32,64, got {lengths!r}") from None
    with _console(stderr=True).status(f"bench ({runtime}/{backend})…"):
        rep = run_bench(bundle, backend, lens, tokens, repeat, runtime=runtime, int8=int8_mode)
    if as_json:
        click.echo(json_text(rep))
    else:
        render_bench(rep, _console())


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("emlx-demo"), show_default=True, help="output folder")
@click.option("--checkpoint", type=click.Path(path_type=Path), help="use this checkpoint instead of the embedded fixture")
@click.option("--int8", is_flag=True, help="export int8")
@click.option("--no-browser", is_flag=True, help="skip the Chromium run")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="write all reports as JSON")
@handled
def demo(out: Path, checkpoint: Path | None, int8: bool, no_browser: bool, json_out: Path | None) -> None:
    """Export the embedded fixture, write sidecars, gate it in Node and Chromium, print the report."""
    from emlx.atomic import write_bytes_atomic
    from emlx.demo import run_demo
    from emlx.report import render_parity

    err = _console(stderr=True)
    with err.status("demo…") as status:
        res = run_demo(out, checkpoint, browser=not no_browser, int8=int8, progress=lambda m: status.update(m))
    con = _console()
    con.print(f"bundle {res.bundle}  sidecars {res.sidecars}")
    for rep in res.reports:
        render_parity(rep.to_dict(), con)
    if json_out:
        from emlx.jsonsafe import dumps

        write_bytes_atomic(json_out, dumps([r.to_dict() for r in res.reports], str(json_out), indent=2).encode())
    if not res.passed:
        raise GateFailed()


if __name__ == "__main__":  # pragma: no cover
    main()
