"""The runner registry: where a bundle runs (docs/DESIGN.md "Runners and gates").

A runner is a host (a Node process, a headless Chromium page, this Python process) running a harness (the TF.js
port or onnxruntime) for each bundle format it loads; emlx/runners/_base.py has the model. Hosts are node.py and
chromium.py (this process needs no module), harnesses on them tfjs.py, ortjs.py and onnxruntime.py. ``RUNNERS``
below combines them, one ``--runtime`` each, and drives the CLI's ``--runtime`` / ``--backend`` choices, their
help text, the default backend and the parity loop. A new runtime or harness = one row here (+ its module).
"""

from __future__ import annotations

from emlx.errors import EmlxInputError
from emlx.runners import onnxruntime, ortjs, tfjs
from emlx.runners._base import DEFAULT_TIMEOUT_S, Harness, HarnessRun, RunOptions, Runner, make_job

RUNNERS: tuple[Runner, ...] = (
    Runner("node", "a Node process", (tfjs.ON_NODE, ortjs.ON_NODE),
           "the JS port under Node (an .onnx bundle: onnxruntime-node)"),
    Runner("chromium", "a headless Chromium page", (tfjs.IN_CHROMIUM, ortjs.IN_CHROMIUM),
           "the JS port in headless Chromium (Playwright; an .onnx bundle: onnxruntime-web)", browser=True),
    Runner("onnxruntime", "this Python process", (onnxruntime.IN_PYTHON,),
           "an .onnx bundle in onnxruntime (Python, CPU execution provider)"),
)

__all__ = ["DEFAULT_TIMEOUT_S", "RUNNERS", "Harness", "HarnessRun", "RunOptions", "Runner", "all_backends",
           "backends_help", "browsers", "get", "make_job", "resolve_backends", "runtimes"]


def runtimes() -> tuple[str, ...]:
    return tuple(r.runtime for r in RUNNERS)


def browsers() -> tuple[str, ...]:
    return tuple(r.runtime for r in RUNNERS if r.browser)


def all_backends() -> tuple[str, ...]:
    """Every backend any runtime offers, in first-seen order."""
    out: list[str] = []
    for r in RUNNERS:
        for hr in r.runs:
            out += [b for b in hr.backends if b not in out]
    return tuple(out)


def get(runtime: str) -> Runner:
    for r in RUNNERS:
        if r.runtime == runtime:
            return r
    raise EmlxInputError(f"unknown runtime {runtime!r}; expected one of {', '.join(runtimes())}")


def backends_help() -> str:
    def one(r: Runner) -> str:
        first, *rest = r.runs
        extra = "".join(f" ({'/'.join(hr.harness.formats)}: {', '.join(hr.backends)})" for hr in rest)
        return f"{r.runtime}: {', '.join(first.backends)}{extra}"

    return "; ".join(one(r) for r in RUNNERS)


def resolve_backends(runtime: str, backend: str | None, fmt: str | None = None) -> tuple[str, ...]:
    """``--backend`` under ``runtime`` for a bundle of format ``fmt``: None = the first backend it offers for that
    format (the default), 'all' = every one, or one backend, or a comma-separated list; one it lacks is an
    EmlxInputError naming the runtimes that have it."""
    r = get(runtime)
    offered = r.backends_for(fmt)
    if backend is None:
        return offered[:1]
    if backend == "all":
        return offered
    if "," in backend:  # a list: "wasm,webgl"
        names = [b.strip() for b in backend.split(",") if b.strip()]
        if not names or "all" in names:
            raise EmlxInputError(f"--backend {backend!r}: give 'all', one backend or a comma-separated list of {', '.join(offered)}")
        return tuple(dict.fromkeys(b for name in names for b in resolve_backends(runtime, name, fmt)))
    if backend not in offered:
        if any(backend in hr.backends for hr in r.runs):
            raise EmlxInputError(f"the {backend} backend is not available for {fmt or 'this'} bundles under {runtime} "
                                 f"(it offers {', '.join(offered)}); pass --backend {offered[0]} or all")
        others = [o for o in RUNNERS if any(backend in hr.backends for hr in o.runs)]
        if not others:
            raise EmlxInputError(f"unknown backend {backend!r}; expected one of {', '.join(all_backends())}")
        hint = " or ".join(f"--browser {o.runtime}" if o.browser else f"--runtime {o.runtime}" for o in others)
        needs = "needs a browser" if all(o.browser for o in others) else f"is not available under {runtime}"
        raise EmlxInputError(f"the {backend} backend {needs}: add {hint} (runtime {runtime} offers {', '.join(offered)})")
    return (backend,)
