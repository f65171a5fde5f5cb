"""A sidecar folder opened for one bundle (docs/FORMATS.md "Sidecars", loading for ``emlx parity``).

``open_sidecars`` returns a ``Sidecars``: every sidecar the bundle's harness runs, read and checked before any
runtime starts — not stale (format version, weights), covering what the spec needs (each kind's ``requires``),
made for this config and tokenizer (the ``identity`` gate) — with the file of each kind for the harness job and
the longest pass it will run. The default folder ``<bundle stem>.sidecars`` follows its bundle (regenerated when
missing, stale, incomplete or of another identity); an explicit folder is never written over and is refused
instead. While a runtime runs, ``release()`` drops the parsed documents; ``reload()`` reads them again to judge
the results and refuses when a file changed in between.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from emlx.bundle import Bundle
from emlx.errors import EmlxInputError
from emlx.verify.gates import NOTHING, GateResult
from emlx.verify.kinds import KINDS, run_kinds
from emlx.verify.plan import SidecarOptions
from emlx.verify.sidecar_files import bundle_identity, file_name, load_sidecar, sidecar_path
from emlx.verify.sidecars import build_sidecars, default_dir

INCOMPLETE = "stale or incomplete sidecars"

Progress = Callable[[str], None]
Docs = Mapping[str, Mapping[str, Any]]


@dataclass
class Sidecars:
    """The checked sidecars of one bundle (see the module docstring)."""

    folder: Path
    weights_sha256: str
    files: dict[str, Path]  # kind -> its file, for every kind the harness runs (table order)
    docs: dict[str, dict[str, Any]]  # kind -> the parsed document (empty after release())
    gates: list[GateResult]  # decided before any runtime: identity, and a tokenizer sidecar the bundle cannot run
    longest_pass: int  # tokens of the longest pass a harness runs for them
    warnings: list[str] = field(default_factory=list)  # e.g. "regenerated the sidecars in ..."
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (size, mtime_ns) when checked
    #: where they came from, for the reports: {"folder", "status": "committed" (gated as found) | "rebuilt" (found
    #: but stale, incomplete or of another identity: regenerated) | "built" (there were none), "reason"}
    provenance: dict[str, Any] = field(default_factory=dict)

    @property
    def kinds(self) -> list[str]:
        return list(self.files)

    def release(self) -> None:
        """Drop the parsed documents (the largest ones hold every logit row) while a runtime runs."""
        self.docs = {}

    def reload(self) -> dict[str, dict[str, Any]]:
        """The documents again, to judge a run; EmlxInputError when a file changed since it was checked."""
        if _stamps(self.files) != self.stamps:
            raise EmlxInputError(f"{self.folder}: sidecars changed while the runtime ran; run `emlx parity` again")
        self.docs = {k: load_sidecar(p, k, self.weights_sha256) for k, p in self.files.items()}
        return self.docs


def frozen_refusal(d: Path, bundle_path: Path, what: str) -> EmlxInputError:
    return EmlxInputError(f"{d}: {what}; --frozen gates committed sidecars and never rebuilds them: regenerate "
                          f"them with `emlx sidecars {bundle_path} --out {d}` and commit them")


def open_sidecars(bundle_path: Path, bundle: Bundle, folder: Path | None = None,
                  options: SidecarOptions | None = None, progress: Progress | None = None,
                  frozen: bool = False) -> Sidecars:
    """The sidecars of ``bundle`` (read from ``bundle_path``) in ``folder`` (default: its ``.sidecars`` folder,
    built or rebuilt as needed with ``options``); EmlxInputError for stale or incomplete ones in an explicit folder.
    ``frozen``: never build or rebuild: missing or stale sidecars anywhere are an EmlxInputError saying why."""
    say = progress or (lambda _m: None)
    bundle_path = Path(bundle_path)
    d = Path(folder) if folder is not None else default_dir(bundle_path)
    needed = run_kinds(bundle)
    opts = options or SidecarOptions(bundle_path=bundle_path)
    warnings: list[str] = []
    provenance: dict[str, Any] = {"folder": str(d), "status": "committed", "reason": None}
    if folder is None:
        reason = folder_reason(d, bundle, needed)
        if reason is not None:
            if options is None:
                opts = _previous_options(sidecar_path(d, "forward"), bundle, opts)
            if not any(sidecar_path(d, k).is_file() for k in KINDS):
                if frozen:
                    raise frozen_refusal(d, bundle_path, "no sidecars to gate against")
                say(f"generating sidecars into {d}")
                provenance = {"folder": str(d), "status": "built", "reason": "there were none"}
            else:  # said in the progress line and kept in the report, so a CI log shows it too
                if frozen:
                    raise frozen_refusal(d, bundle_path, f"the sidecars there are stale: {reason}")
                say(f"regenerating sidecars in {d}: {reason}")
                warnings.append(f"regenerated the sidecars in {d} (the default folder follows its bundle): {reason}")
                provenance = {"folder": str(d), "status": "rebuilt", "reason": reason}
            # the folder follows its bundle: no sidecar of an earlier export stays behind (removed in the same commit)
            res = build_sidecars(bundle, d, opts, progress, prune=True)
            warnings += res.warnings
    else:
        missing = [k for k in needed if not sidecar_path(d, k).is_file()]
        if missing:
            if any(sidecar_path(d, k).is_file() for k in needed):
                raise EmlxInputError(f"{d}: sidecars {', '.join(file_name(k) for k in missing)} missing; "
                                     f"regenerate with `emlx sidecars {bundle_path} --out {d}`")
            if frozen:
                raise frozen_refusal(d, bundle_path, "no sidecars to gate against")
            say(f"generating sidecars into {d}")
            warnings += build_sidecars(bundle, d, opts, progress).warnings
            provenance = {"folder": str(d), "status": "built", "reason": "there were none"}
    files = {k: sidecar_path(d, k) for k in needed}
    stamps = _stamps(files)
    docs = {k: load_sidecar(p, k, bundle.weights_sha256) for k, p in files.items()}
    problems = coverage_problems(bundle, docs)
    if problems:
        raise EmlxInputError(f"{INCOMPLETE}: {'; '.join(problems)} (in {d}); "
                             f"regenerate with `emlx sidecars {bundle_path} --out {d}`")
    return Sidecars(folder=d, weights_sha256=bundle.weights_sha256, files=files, docs=docs,
                    gates=setup_gates(bundle, d, docs), longest_pass=longest_pass(docs), warnings=warnings,
                    stamps=stamps, provenance=provenance)


# --------------------------------------------------------------------------------------------------
# checks


def coverage_problems(bundle: Bundle, docs: Docs) -> list[str]:
    """What the sidecars lack against the bundle's spec, one ``<file>: <what>`` per problem (empty = enough)."""
    return [f"{file_name(k)}: {what}" for k, doc in docs.items() for what in KINDS[k].requires(bundle, doc)]


def longest_pass(docs: Docs) -> int:
    """Tokens of the longest pass a harness runs for these sidecars (the layers/kvcache sequence); 0 for none."""
    return max((len(d["ids"]) for d in docs.values() if isinstance(d.get("ids"), list)), default=0)


def folder_reason(d: Path, bundle: Bundle, needed: list[str] | None = None) -> str | None:
    """Why a sidecar folder that follows its bundle (the default one, a config's committed ``sidecars``) must be
    (re)built, or None when its sidecars fit the bundle (identity and coverage)."""
    if needed is None:
        needed = run_kinds(bundle)
    missing = [k for k in needed if not sidecar_path(d, k).is_file()]
    if missing:
        return f"{', '.join(missing)} missing"
    try:
        docs = {k: load_sidecar(sidecar_path(d, k), k, bundle.weights_sha256) for k in needed}
    except EmlxInputError as e:
        return str(e).split(": ", 1)[-1].split(";")[0]
    problems = coverage_problems(bundle, docs)
    if problems:
        return f"incomplete ({problems[0]})"
    mine = bundle_identity(bundle)
    if (any(doc.get("bundle_identity") != mine for doc in docs.values())
            or (not bundle.tokenizer and sidecar_path(d, "tokenizer").is_file())):
        return "made for another config or tokenizer of these weights"
    return None


def _previous_options(path: Path, bundle: Bundle, opts: SidecarOptions) -> SidecarOptions:
    """Regenerating the default folder keeps the prompt, BOS choice and step count of the forward sidecar it
    replaces (and its prompt ids when the bundle has no tokenizer to encode the prompt with)."""
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return opts
    if not isinstance(old, dict):
        return opts
    changes: dict[str, Any] = {}
    if isinstance(old.get("prompt"), str) and old["prompt"]:
        changes["prompt"] = old["prompt"]
    if isinstance(old.get("bos"), bool):
        changes["bos"] = old["bos"]
    if isinstance(old.get("steps"), int) and 1 <= old["steps"] <= 4096:
        changes["tokens"] = old["steps"]
    ids = old.get("prompt_ids")
    if (not bundle.tokenizer and isinstance(ids, list) and ids
            and all(isinstance(i, int) and 0 <= i < bundle.spec.vocab_size for i in ids)):
        changes["prompt_ids"] = ids
    return replace(opts, **changes)


def _stamps(files: Mapping[str, Path]) -> dict[str, tuple[int, int]]:
    out = {}
    for k, p in files.items():
        try:
            st = p.stat()
            out[k] = (st.st_size, st.st_mtime_ns)
        except OSError:
            out[k] = (-1, -1)
    return out


# --------------------------------------------------------------------------------------------------
# gates decided before any runtime


def orphan_tokenizer(d: Path, bundle: Bundle) -> dict[str, Any] | None:
    """The tokenizer sidecar of these weights in a folder whose bundle has no tokenizer (set to null after the
    sidecars were made): its cases cannot be run, which is a failing gate, not a skipped one."""
    p = sidecar_path(d, "tokenizer")
    if bundle.tokenizer or not p.is_file():
        return None
    return load_sidecar(p, "tokenizer", bundle.weights_sha256)


def _diff_keys(a: Any, b: Any, prefix: str = "") -> list[str]:
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        out: list[str] = []
        for k in sorted(set(a) | set(b), key=str):
            out += _diff_keys(a.get(k), b.get(k), f"{prefix}{k}.")
        return out
    return [] if a == b else [prefix.rstrip(".") or "config"]


def identity_gate(bundle: Bundle, docs: Docs) -> GateResult:
    """Same weights (checked on load), and the same config and tokenizer block as the sidecars were made for? A
    mismatch is a failing gate, not a refusal, so the numeric gates still show where the port diverges."""
    mine = bundle_identity(bundle)
    problems: list[str] = []

    def ident(doc: Mapping[str, Any]) -> Mapping[str, Any]:
        v = doc.get("bundle_identity")
        return v if isinstance(v, Mapping) else {}

    other_cfg = [doc for doc in docs.values() if ident(doc).get("config_sha256") != mine["config_sha256"]]
    if other_cfg:
        made = other_cfg[0].get("config")
        keys = (_diff_keys(bundle.spec.to_dict(), made) if isinstance(made, Mapping) else []) or ["config"]
        problems.append(f"sidecars made for the same weights under another config (differs in {', '.join(keys)})")
    theirs = {str(ident(doc).get("tokenizer_sha256")) for doc in docs.values()}
    theirs.discard(str(mine["tokenizer_sha256"]))
    if theirs:
        other = sorted(theirs)[0]
        if mine["tokenizer_sha256"] is None:
            problems.append(f"the bundle has no tokenizer (its block is null) but the sidecars were made with one "
                            f"(sha256 {other[:12]}…)")
        elif other == "None":
            problems.append(f"the bundle has a tokenizer (sha256 {mine['tokenizer_sha256'][:12]}…) but the sidecars "
                            "were made without one")
        else:
            problems.append(f"the tokenizer block differs (bundle sha256 {mine['tokenizer_sha256'][:12]}…, sidecars "
                            f"{other[:12]}…)")
    if not docs:
        return GateResult("identity", False, None, None, f"{NOTHING}: no sidecars")
    if problems:
        return GateResult("identity", False, float(len(problems)), 0, "; ".join(problems),
                          {"bundle": mine, "sidecars": {k: ident(doc) for k, doc in docs.items()}})
    return GateResult("identity", True, 0.0, 0, "sidecars made for this bundle (weights, config, tokenizer)",
                      {"bundle": mine})


def setup_gates(bundle: Bundle, folder: Path, docs: Docs) -> list[GateResult]:
    """Gates decided before any runtime: the identity of the sidecars, and a tokenizer sidecar the bundle cannot
    run."""
    orphan = orphan_tokenizer(folder, bundle)
    gates = [identity_gate(bundle, {**docs, **({"tokenizer": orphan} if orphan else {})})]
    if orphan is not None:
        n = len(orphan.get("cases") or [])
        gates.append(GateResult("tokenizer", False, None, 0, f"{NOTHING}: the bundle has no tokenizer, but "
                                f"{file_name('tokenizer')} has {n} cases; re-export with --tokenizer or regenerate "
                                "the sidecars"))
    return gates
