"""Model folders as transformers (``save_pretrained``) and mlx-lm (``mlx_lm.convert``) write them.

A folder holds ``config.json`` (``model_type``, ``architectures`` and the architecture's hyper-parameters; read by
the families, emlx/families/_hf.py), the weights and maybe ``generation_config.json``. The weights, in the order
transformers prefers them:

* ``model.safetensors.index.json`` + the shards its ``weight_map`` names (``model-00001-of-00002.safetensors``),
* ``model.safetensors``,
* ``pytorch_model.bin.index.json`` + its shards, or ``pytorch_model.bin`` (``torch.save`` zips, read through the
  restricted unpickler of torch_zip.py).

mlx-lm marks its safetensors with ``{"format": "mlx"}`` metadata (transformers writes ``"pt"``), which is how the
framework is told apart; its quantised layers (``config.json`` ``quantization``) are dequantised here, exactly
(mlx_affine.py), so the families only ever see float tensors. Every failure is one EmlxInputError line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable, Mapping

import numpy as np

from emlx.formats.safetensors_header import DTYPES, TensorEntry, read_safetensors_header

from . import mlx_affine
from ._common import FLOAT_DTYPES, RawCheckpoint, fail, input_errors, to_f32
from .lazy import LazyTensors
from .safetensors_file import float_entries, raw_loader
from .torch_zip import read_torch_zip

CONFIG = "config.json"
GENERATION_CONFIG = "generation_config.json"
SAFETENSORS = "model.safetensors"
SAFETENSORS_INDEX = "model.safetensors.index.json"
BIN = "pytorch_model.bin"
BIN_INDEX = "pytorch_model.bin.index.json"
WEIGHT_NAME = re.compile(r"(model|pytorch_model)(-\d{5}-of-\d{5})?\.(safetensors|bin)(\.index\.json)?\Z")
MAX_JSON_BYTES = 64 << 20  # a config or an index is kilobytes; an index of a huge model a few MB
HINT = ("expected a model folder as transformers' save_pretrained or mlx_lm.convert writes it: config.json with "
        "model_type, plus model.safetensors (or shards + model.safetensors.index.json, or pytorch_model.bin)")


def read_json_object(path: Path, what: str) -> dict[str, Any]:
    """A JSON object from ``path`` (at most MAX_JSON_BYTES), or one EmlxInputError line naming what is wrong."""
    with input_errors(path, f"cannot read {what}", HINT):
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise fail(f"{path}: {size} bytes is far too large for {what} (limit {MAX_JSON_BYTES}); {HINT}")
        text = path.read_bytes().decode("utf-8")
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as e:  # ValueError: JSON syntax, or an integer of more than 4300 digits
        raise fail(f"{path}: not valid JSON for {what} ({type(e).__name__}: {e}); {HINT}") from None
    if not isinstance(doc, dict):
        raise fail(f"{path}: {what} is a JSON {type(doc).__name__}, expected an object; {HINT}")
    return doc


def _has_config(folder: Path) -> bool:
    """A config.json with a model_type: what transformers and mlx-lm write (a training run's config has none)."""
    cfg = folder / CONFIG
    if not cfg.is_file() or cfg.stat().st_size > MAX_JSON_BYTES:
        return False
    try:
        doc = json.loads(cfg.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return True  # claims to be one: let the reader say what is wrong with it
    return isinstance(doc, dict) and "model_type" in doc


def is_model_folder(path: Path) -> bool:
    """A folder with a transformers/mlx-lm config.json, or with their weight files (then the reader says what
    is missing)."""
    path = Path(path)
    return path.is_dir() and (_has_config(path) or any((path / n).is_file() for n in (
        SAFETENSORS, SAFETENSORS_INDEX, BIN, BIN_INDEX)))


def model_folder_of(path: Path) -> Path | None:
    """The model folder a weights file belongs to (``DIR/model.safetensors``, a shard, an index,
    ``pytorch_model.bin``): its folder when that has a transformers/mlx-lm config.json, else None."""
    path = Path(path)
    if path.is_file() and WEIGHT_NAME.match(path.name) and _has_config(path.parent):
        return path.parent
    return None


def _index(folder: Path, name: str) -> dict[str, str]:
    """``weight_map`` of an index json: tensor -> shard file name (a plain name inside ``folder``)."""
    doc = read_json_object(folder / name, "a weights index")
    wm = doc.get("weight_map")
    if not isinstance(wm, dict) or not wm:
        raise fail(f"{folder / name}: no weight_map object of tensor -> shard file; {HINT}")
    for k, v in wm.items():
        if not isinstance(v, str) or not v or Path(v).name != v or v in (".", ".."):
            raise fail(f"{folder / name}: weight_map[{k!r}] is {v!r}, expected a shard file name in the same folder")
    missing = sorted({v for v in wm.values() if not (folder / v).is_file()})
    if missing:
        raise fail(f"{folder / name}: shard(s) {', '.join(missing[:3])} named by the index are not in {folder}; "
                   "copy every shard of the model")
    return {str(k): v for k, v in wm.items()}


def weight_files(folder: Path) -> tuple[str, list[Path], dict[str, str] | None]:
    """``(kind, files, weight_map)``: ``kind`` is "safetensors" or "torch"; ``weight_map`` is None without an index."""
    for index, single, kind in ((SAFETENSORS_INDEX, SAFETENSORS, "safetensors"), (BIN_INDEX, BIN, "torch")):
        if (folder / index).is_file():
            wm = _index(folder, index)
            return kind, [folder / n for n in dict.fromkeys(sorted(wm.values()))], wm
        if (folder / single).is_file():
            return kind, [folder / single], None
    present = sorted(p.name for p in folder.iterdir())[:8]
    raise fail(f"{folder}: config.json but no {SAFETENSORS}, {SAFETENSORS_INDEX}, {BIN} or {BIN_INDEX} "
               f"(found: {', '.join(present) or 'nothing'}); {HINT}")


Entries = dict[str, tuple[tuple[int, ...], Callable[[], np.ndarray]]]


class _Shard:
    """One safetensors file's tensors: float ones as loaders, the rest by stored dtype (and raw loader)."""

    def __init__(self, path: Path) -> None:
        head = read_safetensors_header(path)
        self.path = path
        self.metadata = head.metadata
        self.floats: Entries = float_entries(path, head)
        self.dtypes = {k: DTYPES[e.dtype][0] for k, e in head.entries.items()}
        self.entries: dict[str, TensorEntry] = dict(head.entries)
        self.start = head.data_start

    def raw(self, name: str) -> Callable[[], np.ndarray]:
        return raw_loader(self.path, self.start, self.entries[name])


def _dequantizer(wl: Callable[[], np.ndarray], sl: Callable[[], np.ndarray], bl: Callable[[], np.ndarray],
                 q: mlx_affine.Affine, s_kind: str, b_kind: str) -> Callable[[], np.ndarray]:
    return lambda: mlx_affine.dequantize(wl(), to_f32(sl(), s_kind), to_f32(bl(), b_kind), q)


def _widened(load: Callable[[], np.ndarray], kind: str) -> Callable[[], np.ndarray]:
    return lambda: to_f32(load(), kind)


def _dequantize_mlx(folder: Path, quantization: Any, shards: list[_Shard], tensors: LazyTensors,
                    dtypes: dict[str, str], stored: dict[str, mlx_affine.StoredGroups]
                    ) -> tuple[LazyTensors, dict[str, Any]]:
    """Replace every mlx-lm quantised triple (``P.weight`` uint32, ``P.scales``, ``P.biases``) by a float32
    ``P.weight``; returns the tensors and the provenance of the source quantisation, and puts each layer as
    stored into ``stored`` (by ``P.weight``)."""
    if not isinstance(quantization, Mapping):
        raise fail(f"{folder / CONFIG}: quantization is {json.dumps(quantization)[:80]}, expected an object "
                   f"{{group_size, bits}}; {mlx_affine.SUPPORTED}")
    where = {k: s for s in shards for k in s.entries}
    modules = sorted(k[: -len(".scales")] for k in where if k.endswith(".scales"))
    if not modules:
        return tensors, {}
    derived: dict[str, tuple[tuple[int, ...], Callable[[], np.ndarray]]] = {}
    used: set[str] = set()
    per: dict[str, str] = {}
    for m in modules:
        w, s, b = f"{m}.weight", f"{m}.scales", f"{m}.biases"
        try:
            q = mlx_affine.module_params(quantization, m)
        except ValueError as e:
            raise fail(f"{folder / CONFIG}: {e}") from None
        if q is None:
            raise fail(f"{folder}: {s} is stored but config.json quantization[{m!r}] is false (not quantised); "
                       "the folder contradicts itself: re-convert it with mlx_lm.convert")
        if w not in where or b not in where:
            raise fail(f"{folder}: {s} without {w if w not in where else b}; an mlx-lm quantised layer stores "
                       "weight (uint32), scales and biases")
        kinds = {n: where[n].dtypes[n] for n in (w, s, b)}
        if kinds[w] != "uint32" or kinds[s] not in FLOAT_DTYPES or kinds[b] not in FLOAT_DTYPES:
            raise fail(f"{folder}: quantised layer {m} stores weight/scales/biases as {kinds[w]}/{kinds[s]}/"
                       f"{kinds[b]}, expected uint32 and floating-point scales and biases")
        shapes = [where[n].entries[n].shape for n in (w, s, b)]
        try:
            rows, cols = mlx_affine.logical_shape(shapes[0], shapes[1], shapes[2], q)
        except ValueError as e:
            raise fail(f"{folder}: quantised layer {m} ({q.label()}): {e}") from None
        derived[w] = ((rows, cols), _dequantizer(where[w].raw(w), where[s].raw(s), where[b].raw(b), q,
                                                 kinds[s], kinds[b]))
        stored[w] = mlx_affine.StoredGroups(q, (rows, cols), where[w].raw(w), _widened(where[s].raw(s), kinds[s]),
                                            _widened(where[b].raw(b), kinds[b]))
        dtypes[w] = f"uint32 ({q.label()} affine, {kinds[s]} scales)"
        per[m] = q.label()
        used |= {w, s, b}
    base = LazyTensors.union(folder, [LazyTensors(sh.path, {k: v for k, v in sh.floats.items() if k not in used}, HINT)
                                      for sh in shards], HINT)
    quantised = LazyTensors.union(folder, [LazyTensors(where[f"{m}.weight"].path, {f"{m}.weight": derived[f"{m}.weight"]},
                                                       HINT) for m in modules], HINT)
    for n in used - set(derived):
        dtypes.pop(n, None)
    try:  # the top-level default, when every module is not quantised its own way
        top: mlx_affine.Affine | None = mlx_affine.params_of(quantization, "config.json quantization")
    except ValueError:
        top = None
    prov = {"format": "mlx-lm affine", "bits": top.bits if top else None,
            "group_size": top.group_size if top else None, "modules": per}
    return LazyTensors.union(folder, [base, quantised], HINT), prov


def read_model_folder(folder: Path, lazy: bool = False) -> RawCheckpoint:
    """A transformers / mlx-lm model folder (see the module docstring); ``lazy`` as for the other readers."""
    folder = Path(folder)
    if not (folder / CONFIG).is_file():
        raise fail(f"{folder}: model weights but no config.json; a model folder needs the config.json its "
                   "framework wrote (model_type and sizes): copy it from where the model came from")
    config = read_json_object(folder / CONFIG, "a model config.json")
    if "model_type" not in config:
        raise fail(f"{folder / CONFIG}: no model_type (keys: {', '.join(sorted(config)[:10])}); {HINT}")
    extras: dict[str, Any] = {}
    if (folder / GENERATION_CONFIG).is_file():
        extras["generation_config"] = read_json_object(folder / GENERATION_CONFIG, "a generation_config.json")
    if "quantization" not in config and isinstance(config.get("quantization_config"), Mapping):
        method = config["quantization_config"].get("quant_method", "unknown")  # GPTQ, AWQ, bitsandbytes, fp8 ...
        raise fail(f"{folder / CONFIG}: quantization_config quant_method {str(method)[:40]!r} is not supported; "
                   f"supported: float weights (float32, bfloat16, float16) or {mlx_affine.SUPPORTED}; export the "
                   "unquantised model")
    kind, files, weight_map = weight_files(folder)
    dtypes: dict[str, str] = {}
    skipped: dict[str, str] = {}
    quantized: dict[str, mlx_affine.StoredGroups] = {}
    framework = "transformers"
    if kind == "safetensors":
        shards = [_Shard(p) for p in files]
        stored = {k: (sh.path.name, sh.dtypes[k]) for sh in shards for k in sh.entries}
        if any(sh.metadata.get("format") == "mlx" for sh in shards):
            framework = "mlx-lm"
        tensors = LazyTensors.union(folder, [LazyTensors(sh.path, sh.floats, HINT) for sh in shards], HINT)
        dtypes = {k: d for k, (_f, d) in stored.items()}
        if "quantization" in config:
            tensors, prov = _dequantize_mlx(folder, config["quantization"], shards, tensors, dtypes, quantized)
            if prov:
                extras["source_quantization"] = prov
        placed = {k: f for k, (f, _d) in stored.items()}
    else:
        parts = [read_torch_zip(p, lazy=True) for p in files]
        for part in parts:
            for k in part.skipped:
                skipped[k] = part.skipped[k]
        tensors = LazyTensors.union(folder, [p.tensors for p in parts if isinstance(p.tensors, LazyTensors)], HINT)
        dtypes = {k: d for p in parts for k, d in p.dtypes.items()}
        placed = {k: p.path.name for p in parts for k in [*p.dtypes, *p.skipped]}
    if weight_map is not None:
        _check_index(folder, weight_map, placed)
    if kind == "safetensors":
        skipped = {k: d for k, d in dtypes.items() if k not in tensors}
    dtypes = {k: d for k, d in dtypes.items() if k in tensors}
    if not len(tensors):
        raise fail(f"{folder}: no floating-point tensors in {', '.join(f.name for f in files)}; {HINT}")
    ckpt = RawCheckpoint(tensors=tensors if lazy else tensors.materialize(), dtypes=dtypes, framework=framework,
                         format="model-folder", path=folder, skipped=skipped, extras=extras)
    ckpt.hf_config = config
    ckpt.quantized = dict(quantized)
    tok = folder / "tokenizer.json"
    ckpt.tokenizer_path = tok if tok.is_file() else None
    index = [folder / n for n in (SAFETENSORS_INDEX, BIN_INDEX) if weight_map is not None and (folder / n).is_file()]
    ckpt.files = tuple([folder / CONFIG, *index[:1], *files]
                       + ([folder / GENERATION_CONFIG] if "generation_config" in extras else []))
    return ckpt


def _check_index(folder: Path, weight_map: Mapping[str, str], placed: Mapping[str, str]) -> None:
    """Every tensor the index names is in the shard it names, and the shards hold nothing it does not name."""
    wrong = sorted(k for k, f in weight_map.items() if placed.get(k) != f)
    extra = sorted(k for k in placed if k not in weight_map)
    if wrong or extra:
        what = (f"{wrong[0]} is indexed in {weight_map[wrong[0]]} but "
                f"{'found in ' + placed[wrong[0]] if wrong[0] in placed else 'missing'}") if wrong else \
            f"{extra[0]} (in {placed[extra[0]]}) is not in the index"
        n = len(wrong) + len(extra)
        raise fail(f"{folder}: the weights index and the shards disagree: {what}"
                   f"{f' (+{n - 1} more)' if n > 1 else ''}; copy the model folder again")
