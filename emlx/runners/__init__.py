"""The runner registry: where the port runs (docs/DESIGN.md "Runners").

One module per runtime declares a ``Runner``: its name, the backends it offers, the bundle formats it loads and
``run(bundle, sidecar_dir, kinds, backends, opts) -> [harness result per backend]``. ``RUNNERS`` drives the CLI's
``--runtime`` / ``--backend`` choices, their help text and the parity loop. A new runtime = one module + one line
here.
"""

from __future__ import annotations

from emlx.errors import EmlxInputError
from emlx.runners import chromium, node, onnxruntime
from emlx.runners._base import DEFAULT_TIMEOUT_S, RunOptions, Runner, make_job

RUNNERS: tuple[Runner, ...] = (node.RUNNER, chromium.RUNNER, onnxruntime.RUNNER)

__all__ = ["DEFAULT_TIMEOUT_S", "RUNNERS", "RunOptions", "Runner", "all_backends", "backends_help", "browsers",
           "get", "make_job", "resolve_backends", "runtimes"]


def runtimes() -> tuple[str, ...]:
    return tuple(r.runtime for r in RUNNERS)


def browsers() -> tuple[str, ...]:
    return tuple(r.runtime for r in RUNNERS if r.browser)


def all_backends() -> tuple[str, ...]:
    """Every backend any runtime offers, in first-seen order."""
    out: list[str] = []
    for r in RUNNERS:
        for bs in (r.backends, *r.format_backends.values()):
            out += [b for b in bs if b not in out]
    return tuple(out)


def get(runtime: str) -> Runner:
    for r in RUNNERS:
        if r.runtime == runtime:
            return r
    raise EmlxInputError(f"unknown runtime {runtime!r}; expected one of {', '.join(runtimes())}")


def backends_help() -> str:
    def one(r: Runner) -> str:
        extra = "".join(f" ({fmt}: {', '.join(bs)})" for fmt, bs in r.format_backends.items())
        return f"{r.runtime}: {', '.join(r.backends)}{extra}"

    return "; ".join(one(r) for r in RUNNERS)


def resolve_backends(runtime: str, backend: str, fmt: str | None = None) -> tuple[str, ...]:
    """``--backend`` under ``runtime`` for a bundle of format ``fmt``: 'all' = every backend it offers, or one
    backend, or a comma-separated list; one it lacks is an EmlxInputError naming the runtimes that have it."""
    r = get(runtime)
    offered = r.backends_for(fmt)
    if backend == "all":
        return offered
    if "," in backend:  # a list: "wasm,webgl"
        names = [b.strip() for b in backend.split(",") if b.strip()]
        if not names or "all" in names:
            raise EmlxInputError(f"--backend {backend!r}: give 'all', one backend or a comma-separated list of {', '.join(offered)}")
        return tuple(dict.fromkeys(b for name in names for b in resolve_backends(runtime, name, fmt)))
    if backend not in offered:
        if backend in r.backends or any(backend in bs for bs in r.format_backends.values()):
            raise EmlxInputError(f"the {backend} backend is not available for {fmt or 'this'} bundles under {runtime} "
                                 f"(it offers {', '.join(offered)}); pass --backend {offered[0]} or all")
        others = [o for o in RUNNERS if backend in o.backends]
        if not others:
            raise EmlxInputError(f"unknown backend {backend!r}; expected one of {', '.join(all_backends())}")
        hint = " or ".join(f"--browser {o.runtime}" if o.browser else f"--runtime {o.runtime}" for o in others)
        needs = "needs a browser" if all(o.browser for o in others) else f"is not available under {runtime}"
        raise EmlxInputError(f"the {backend} backend {needs}: add {hint} (runtime {runtime} offers {', '.join(offered)})")
    return (backend,)
