"""PyTorch ``torch.save`` zip checkpoints, read without torch and without running arbitrary pickles.

A ``.pt`` file is a zip holding ``<prefix>/data.pkl`` (the pickled object tree), ``<prefix>/data/<key>``
(raw little-endian storage bytes) and ``<prefix>/byteorder``. ``data.pkl`` is unpickled by a restricted
unpickler: the only globals it resolves are tensor rebuild functions, storage/dtype markers and
``collections.OrderedDict``; every other global is refused by name before anything is called.
Storages are read lazily, so tensors outside the chosen state dict (optimizer state ...) are never loaded.
"""

from __future__ import annotations

import collections
import io
import math
import pickle
import zipfile
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ._common import FLOAT_DTYPES, RawCheckpoint, check_zip_sizes, fail, input_errors, scan_pickle, to_f32
from .lazy import LazyTensors

HINT = "expected a PyTorch checkpoint written by torch.save(model.state_dict(), path)"
STATE_DICT_KEYS = ("model", "state_dict", "model_state_dict")
LEGACY_MAGIC = b"\x80\x02\x8a\x0al\xfc\x9cF\xf9 j\xa8P\x19."  # torch < 1.6 (non-zip) serialization

# storage class name -> (dtype name, numpy dtype of the raw items or None when numpy has none)
_STORAGES: dict[str, tuple[str, str | None]] = {
    "FloatStorage": ("float32", "<f4"),
    "DoubleStorage": ("float64", "<f8"),
    "HalfStorage": ("float16", "<f2"),
    "BFloat16Storage": ("bfloat16", "<u2"),
    "LongStorage": ("int64", "<i8"),
    "IntStorage": ("int32", "<i4"),
    "ShortStorage": ("int16", "<i2"),
    "CharStorage": ("int8", "i1"),
    "ByteStorage": ("uint8", "u1"),
    "BoolStorage": ("bool", "?"),
    "ComplexFloatStorage": ("complex64", "<c8"),
    "ComplexDoubleStorage": ("complex128", "<c16"),
}
# torch dtype attribute -> (dtype name, numpy dtype or None, itemsize); used by _rebuild_tensor_v3
_DTYPES: dict[str, tuple[str, str | None, int]] = {
    "float32": ("float32", "<f4", 4), "float": ("float32", "<f4", 4),
    "float64": ("float64", "<f8", 8), "double": ("float64", "<f8", 8),
    "float16": ("float16", "<f2", 2), "half": ("float16", "<f2", 2),
    "bfloat16": ("bfloat16", "<u2", 2),
    "int64": ("int64", "<i8", 8), "long": ("int64", "<i8", 8),
    "int32": ("int32", "<i4", 4), "int": ("int32", "<i4", 4),
    "int16": ("int16", "<i2", 2), "short": ("int16", "<i2", 2),
    "int8": ("int8", "i1", 1), "uint8": ("uint8", "u1", 1), "bool": ("bool", "?", 1),
    "uint16": ("uint16", "<u2", 2), "uint32": ("uint32", "<u4", 4), "uint64": ("uint64", "<u8", 8),
    "complex64": ("complex64", "<c8", 8), "complex128": ("complex128", "<c16", 16),
    "float8_e4m3fn": ("float8_e4m3fn", None, 1), "float8_e5m2": ("float8_e5m2", None, 1),
    "float8_e4m3fnuz": ("float8_e4m3fnuz", None, 1), "float8_e5m2fnuz": ("float8_e5m2fnuz", None, 1),
    "float8_e8m0fnu": ("float8_e8m0fnu", None, 1),
}


class _Frozen:
    """Objects handed to the pickle machine: no __dict__, and BUILD on them is refused."""

    __slots__ = ()

    def __setstate__(self, state: object) -> None:
        raise pickle.UnpicklingError(f"refusing to BUILD a {type(self).__name__}")


class _StorageType(_Frozen):
    """What ``torch.FloatStorage`` & co. resolve to: a marker carrying the item type."""

    __slots__ = ("dtype", "npdtype", "itemsize", "untyped")

    def __init__(self, dtype: str, npdtype: str | None, itemsize: int, untyped: bool = False) -> None:
        self.dtype, self.npdtype, self.itemsize, self.untyped = dtype, npdtype, itemsize, untyped


class _DType(_Frozen):
    """What ``torch.float32`` & co. resolve to (``_rebuild_tensor_v3`` takes one)."""

    __slots__ = ("dtype", "npdtype", "itemsize")

    def __init__(self, dtype: str, npdtype: str | None, itemsize: int) -> None:
        self.dtype, self.npdtype, self.itemsize = dtype, npdtype, itemsize


class _Storage(_Frozen):
    """One ``data/<key>`` record; its bytes are read (and CRC-checked by zipfile) on first use."""

    __slots__ = ("key", "nbytes", "_reader", "_data")

    def __init__(self, key: str, nbytes: int, reader: Callable[[], bytes]) -> None:
        self.key, self.nbytes, self._reader = key, nbytes, reader
        self._data: bytes | None = None

    def data(self) -> bytes:
        if self._data is None:
            self._data = self.read()
        return self._data

    def read(self) -> bytes:
        """The bytes, read anew and not kept (lazy loading)."""
        raw = self._reader()
        if len(raw) != self.nbytes:
            raise ValueError(f"storage data/{self.key} has {len(raw)} bytes, expected {self.nbytes}")
        return raw


class TensorRef(_Frozen):
    """A tensor as the pickle describes it: dtype, storage, offset, size and stride (in elements)."""

    __slots__ = ("dtype", "npdtype", "itemsize", "storage", "offset", "size", "stride")

    def __init__(self, dtype: str, npdtype: str | None, itemsize: int, storage: _Storage, offset: int,
                 size: tuple[int, ...], stride: tuple[int, ...]) -> None:
        self.dtype, self.npdtype, self.itemsize = dtype, npdtype, itemsize
        self.storage, self.offset, self.size, self.stride = storage, offset, size, stride

    def __repr__(self) -> str:
        return f"tensor({self.dtype}, shape={list(self.size)})"

    def view(self, data: bytes | None = None) -> np.ndarray:
        """Read-only strided view of the storage (or of ``data``, its bytes read elsewhere) in the stored item
        type (bf16 as uint16 bits)."""
        if self.npdtype is None:
            raise ValueError(f"dtype {self.dtype} has no numpy equivalent")
        dt = np.dtype(self.npdtype)
        flat = np.frombuffer(self.storage.data() if data is None else data, dtype=dt)
        return np.lib.stride_tricks.as_strided(
            flat[self.offset:], shape=self.size, strides=tuple(s * dt.itemsize for s in self.stride),
            writeable=False)

    def numpy(self) -> np.ndarray:
        """The logical array in its stored item type, C-contiguous, in new memory."""
        return np.array(self.view(), order="C", copy=True)


def _as_int_tuple(v: Any, what: str) -> tuple[int, ...]:
    if not isinstance(v, (tuple, list)) or not all(isinstance(i, int) and not isinstance(i, bool) for i in v):
        raise ValueError(f"tensor {what} must be a tuple of integers, got {v!r}")
    return tuple(v)


def _make_ref(storage: Any, storage_type: _StorageType, dtype: _DType | _StorageType, offset: Any, size: Any,
              stride: Any) -> TensorRef:
    if not isinstance(storage, _Storage):
        raise ValueError("tensor storage is not a persistent storage record")
    size_t, stride_t = _as_int_tuple(size, "size"), _as_int_tuple(stride, "stride")
    if len(size_t) != len(stride_t):
        raise ValueError(f"tensor size {list(size_t)} and stride {list(stride_t)} differ in length")
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise ValueError(f"bad storage offset {offset!r}")
    if any(d < 0 for d in size_t) or any(s < 0 for s in stride_t):
        raise ValueError(f"negative size or stride ({list(size_t)}, {list(stride_t)})")
    numel = storage.nbytes // dtype.itemsize
    if storage.nbytes % dtype.itemsize:
        raise ValueError(f"storage of {storage.nbytes} bytes is not a whole number of {dtype.dtype} items")
    if math.prod(size_t) > 0:
        last = offset + sum((d - 1) * s for d, s in zip(size_t, stride_t))
        if last >= numel:
            raise ValueError(f"tensor (offset {offset}, size {list(size_t)}, stride {list(stride_t)}) reaches "
                             f"element {last} of a {numel}-element storage")
    return TensorRef(dtype.dtype, dtype.npdtype, dtype.itemsize, storage, offset, size_t, stride_t)


class _RestrictedUnpickler(pickle.Unpickler):
    def __init__(self, data: bytes, zf: zipfile.ZipFile, prefix: str, source: str,
                 read_member: Callable[[str], bytes] | None = None) -> None:
        super().__init__(io.BytesIO(data))
        self._zf = zf
        self._read_member = read_member or zf.read
        self._prefix = prefix
        self._source = source
        self._storages: dict[str, tuple[_Storage, _StorageType]] = {}

    # -- globals ------------------------------------------------------------------------------------
    # Callables handed out are bound methods of this unpickler (BUILD cannot set attributes on them, and
    # nothing outlives one load); markers refuse BUILD; OrderedDict is an immutable C type.
    def find_class(self, module: str, name: str) -> Any:
        if module == "collections" and name == "OrderedDict":
            return collections.OrderedDict  # immutable C type; BUILD cannot alter it
        if module == "torch._utils":
            fn = {"_rebuild_tensor_v2": self._rebuild_tensor_v2, "_rebuild_tensor": self._rebuild_tensor,
                  "_rebuild_tensor_v3": self._rebuild_tensor_v3, "_rebuild_parameter": self._rebuild_parameter,
                  "_rebuild_parameter_with_state": self._rebuild_parameter_with_state}.get(name)
            if fn is not None:
                return fn
        if module == "torch" and name in _STORAGES:
            dtype, npdt = _STORAGES[name]
            return _StorageType(dtype, npdt, np.dtype(npdt).itemsize if npdt else 1)
        if module in ("torch", "torch.storage") and name == "UntypedStorage":
            return _StorageType("uint8", "u1", 1, untyped=True)
        if module == "torch" and name in _DTYPES:
            return _DType(*_DTYPES[name])
        if module == "_codecs" and name == "encode":
            return self._codecs_encode  # protocol-2 spelling of a bytes object
        raise fail(f"refusing to unpickle global '{module} {name}' from {self._source}: only torch tensor "
                   f"storages are allowed; save the weights with torch.save(model.state_dict(), path)")

    def persistent_load(self, pid: Any) -> Any:
        if not (isinstance(pid, tuple) and len(pid) == 5 and pid[0] == "storage"):
            raise ValueError(f"unsupported persistent id {pid!r:.80}")
        _, stype, key, _location, numel = pid
        if not isinstance(stype, _StorageType) or not isinstance(key, str) or not isinstance(numel, int):
            raise ValueError(f"malformed storage record {pid!r:.80}")
        if key in self._storages:
            return self._storages[key][0]
        member = f"{self._prefix}data/{key}"
        try:
            info = self._zf.getinfo(member)
        except KeyError:
            raise fail(f"{self._source}: storage record {member!r} is missing from the zip (truncated or "
                       f"corrupt file); {HINT}") from None
        nbytes = numel * stype.itemsize
        if info.file_size != nbytes:
            raise ValueError(f"storage {member} has {info.file_size} bytes, the pickle says {numel} x "
                             f"{stype.dtype} = {nbytes}")
        read = self._read_member
        storage = _Storage(key, nbytes, lambda: read(member))
        self._storages[key] = (storage, stype)
        return storage

    def _stype(self, storage: Any) -> _StorageType:
        if not isinstance(storage, _Storage) or storage.key not in self._storages:
            raise ValueError("tensor storage is not a persistent storage record")
        return self._storages[storage.key][1]

    # -- rebuild functions (called by REDUCE) ---------------------------------------------------------
    def _rebuild_tensor(self, storage: Any, offset: Any, size: Any, stride: Any) -> TensorRef:
        st = self._stype(storage)
        if st.untyped:
            raise ValueError("an untyped storage needs _rebuild_tensor_v3 with a dtype")
        return _make_ref(storage, st, st, offset, size, stride)

    def _rebuild_tensor_v2(self, storage: Any, offset: Any, size: Any, stride: Any, requires_grad: Any = False,
                           backward_hooks: Any = None, metadata: Any = None) -> TensorRef:
        return self._rebuild_tensor(storage, offset, size, stride)

    def _rebuild_tensor_v3(self, storage: Any, offset: Any, size: Any, stride: Any, requires_grad: Any,
                           backward_hooks: Any, dtype: Any, metadata: Any = None) -> TensorRef:
        if not isinstance(dtype, _DType):
            raise ValueError(f"_rebuild_tensor_v3 needs a torch dtype, got {type(dtype).__name__}")
        return _make_ref(storage, self._stype(storage), dtype, offset, size, stride)

    def _rebuild_parameter(self, data: Any, requires_grad: Any = False, backward_hooks: Any = None) -> TensorRef:
        if not isinstance(data, TensorRef):
            raise ValueError("_rebuild_parameter expects a tensor")
        return data

    def _rebuild_parameter_with_state(self, data: Any, requires_grad: Any, backward_hooks: Any,
                                      state: Any) -> TensorRef:
        return self._rebuild_parameter(data)

    def _codecs_encode(self, obj: Any, encoding: Any = "utf-8") -> bytes:
        if not isinstance(obj, str) or encoding not in ("latin1", "latin-1"):
            raise ValueError("_codecs.encode is only allowed for latin1 bytes literals")
        return obj.encode("latin1")


def _find_prefix(zf: zipfile.ZipFile, path: Path) -> str:
    names = zf.namelist()
    pkls = [n for n in names if n == "data.pkl" or (n.endswith("/data.pkl") and n.count("/") == 1)]
    if not pkls:
        if any(n.endswith("constants.pkl") for n in names) or any("/code/" in n for n in names):
            raise fail(f"{path}: a TorchScript archive (torch.jit.save), not a state dict; {HINT}")
        raise fail(f"{path}: not a PyTorch zip checkpoint (no data.pkl member among {len(names)} members); "
                   f"{HINT}")
    if len(pkls) > 1:
        raise fail(f"{path}: zip holds several data.pkl records ({', '.join(pkls[:4])}); {HINT}")
    return pkls[0][: -len("data.pkl")]


def _select_state_dict(obj: Any, path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(state dict, side entries) from the unpickled top object."""

    def tensor_dict(d: Any) -> bool:
        return (isinstance(d, dict) and all(isinstance(k, str) for k in d)
                and any(isinstance(v, TensorRef) for v in d.values()))

    if isinstance(obj, TensorRef):
        raise fail(f"{path}: holds a single tensor, not a state dict; {HINT}")
    if not isinstance(obj, dict):
        raise fail(f"{path}: top-level object is a {type(obj).__name__}, expected a state dict; {HINT}")
    for key in STATE_DICT_KEYS:  # the usual wrappers: {"model": sd, "step": ...}
        if key in obj and tensor_dict(obj[key]):
            return obj[key], {k: v for k, v in obj.items() if k != key}
    candidates = [k for k, v in obj.items() if tensor_dict(v)]
    n_top = sum(isinstance(v, TensorRef) for v in obj.values())
    if len(candidates) > 1:
        raise fail(f"{path}: several entries hold tensors ({', '.join(map(repr, candidates))}); expected one "
                   f"state dict under 'model' or 'state_dict'; re-save with torch.save(model.state_dict(), path)")
    if candidates and sum(isinstance(v, TensorRef) for v in obj[candidates[0]].values()) > n_top:
        key = candidates[0]
        return obj[key], {k: v for k, v in obj.items() if k != key}
    if n_top and all(isinstance(k, str) for k in obj):
        return obj, {}
    keys = ", ".join(repr(k) for k in list(obj)[:12])
    raise fail(f"{path}: no state dict of named tensors found (top-level keys: {keys or 'none'}); {HINT}")


MAX_SIDE_NODES = 10_000


def _plain(v: Any, depth: int = 0, budget: list[int] | None = None) -> Any:
    """Side entries as plain Python: tensors become a short description (one-element ones their value).

    At most MAX_SIDE_NODES values are visited in all (``budget`` is shared by one call tree): shared nested lists
    in a pickle form a DAG whose tree expansion is exponential in its size.
    """
    if budget is None:
        budget = [MAX_SIDE_NODES]
    budget[0] -= 1
    if depth > 20 or budget[0] < 0:
        return "..."
    if isinstance(v, TensorRef):
        if math.prod(v.size) == 1 and v.npdtype is not None:
            try:
                arr = v.numpy()
                return to_f32(arr, v.dtype).item() if v.dtype in FLOAT_DTYPES else arr.item()
            except Exception:  # noqa: BLE001 - a side value is informational only
                return repr(v)
        return repr(v)
    if isinstance(v, dict):
        return {k: _plain(x, depth + 1, budget) for k, x in v.items() if budget[0] >= 0}
    if isinstance(v, (list, tuple)):
        return type(v)(_plain(x, depth + 1, budget) for x in v if budget[0] >= 0)
    return v


def _member_reader(path: Path) -> Callable[[str], bytes]:
    """Reads one zip member, opening the archive anew each time (the storages of a LazyTensors). The last member
    read is kept, so consecutive tensors viewing one storage (tied or flattened parameters) read it once."""
    last: list[tuple[str, bytes]] = []

    def read(member: str) -> bytes:
        if last and last[0][0] == member:
            return last[0][1]
        last.clear()  # drop the previous storage before reading the next
        with zipfile.ZipFile(path) as zf:
            data = zf.read(member)
        last.append((member, data))
        return data

    return read


def _lazy_loader(ref: TensorRef) -> Callable[[], np.ndarray]:
    return lambda: to_f32(ref.view(ref.storage.read()), ref.dtype)


def read_torch_zip(path: Path, lazy: bool = False) -> RawCheckpoint:
    """Read a ``torch.save`` zip; the state dict may be top-level or under model/state_dict/model_state_dict.

    ``lazy``: tensors as a LazyTensors (the pickle is read and checked now, each tensor's storage per lookup)."""
    path = Path(path)
    with input_errors(path, "cannot read PyTorch checkpoint", HINT):
        with open(path, "rb") as f:
            head = f.read(len(LEGACY_MAGIC))
        if head == LEGACY_MAGIC:
            raise fail(f"{path}: legacy (torch < 1.6, non-zip) serialization is not supported; load it in torch "
                       f"and re-save with torch.save(sd, path)")
        with zipfile.ZipFile(path) as zf:
            prefix = _find_prefix(zf, path)
            check_zip_sizes(zf, path)
            order = f"{prefix}byteorder"
            if order in zf.namelist():
                byteorder = zf.read(order).decode("ascii", "replace").strip()
                if byteorder != "little":
                    raise fail(f"{path}: stored with byteorder {byteorder!r}; only little-endian checkpoints are "
                               f"supported; re-save it on a little-endian machine")
            data = zf.read(f"{prefix}data.pkl")
            scan_pickle(data)
            obj = _RestrictedUnpickler(data, zf, prefix, str(path), _member_reader(path) if lazy else None).load()
            sd, side = _select_state_dict(obj, path)

            tensors: dict[str, np.ndarray] = {}
            entries: dict[str, tuple[tuple[int, ...], Callable[[], np.ndarray]]] = {}
            dtypes: dict[str, str] = {}
            skipped: dict[str, str] = {}
            budget = [MAX_SIDE_NODES]
            extras: dict[str, Any] = {k: _plain(v, 0, budget) for k, v in side.items()}
            # materialised float32 bytes are bounded by the file before anything is copied: tied weights and bf16
            # widening stay far below this, a tiny storage viewed with stride 0 as a huge tensor does not
            room = 8 * path.stat().st_size + (64 << 20)
            for name, value in sd.items():
                if not isinstance(value, TensorRef):
                    extras[name] = _plain(value, 0, budget)
                elif value.dtype in FLOAT_DTYPES:
                    room -= 4 * math.prod(value.size)
                    if room < 0:
                        raise fail(f"{path}: tensor {name} (shape {list(value.size)}, stride {list(value.stride)}) "
                                   f"and those before it would take far more memory than the {path.stat().st_size}-byte "
                                   f"file holds (overlapping or shared views of small storages); {HINT}")
                    if lazy:
                        entries[name] = (tuple(value.size), _lazy_loader(value))
                    else:
                        tensors[name] = to_f32(value.view(), value.dtype)
                    dtypes[name] = value.dtype
                else:
                    skipped[name] = value.dtype
    step = extras.get("step")
    return RawCheckpoint(tensors=LazyTensors(path, entries, HINT) if lazy else tensors, dtypes=dtypes, framework="torch", format="torch", path=path,
                         step=step if isinstance(step, int) and not isinstance(step, bool) else None,
                         skipped=skipped, extras=extras)
