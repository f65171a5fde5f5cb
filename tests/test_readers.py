"""Checkpoint readers: exact round trips against independent truth, hostile pickles, broken files.

Truth comes from outside the readers wherever possible: bytes decoded by hand in the test, MLX's own
loader, torch.load, the real tiktoken package. torch/mlx-dependent tests skip when those are missing.
"""

from __future__ import annotations

import ast
import copyreg
import json
import os
import pickle
import re
import shutil
import struct
import zipfile
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ACCEPTANCE
from emlx.errors import EmlxInputError
from emlx.exporter.readers import (RawCheckpoint, TiktokenState, bf16_bits_to_f32, decode_safetensors,
                                   f32_to_bf16_bits, find_tokenizer, parse_safetensors_header, read_checkpoint,
                                   read_npz, read_safetensors, read_tokenizer_pkl, read_torch_zip)

ACC = ACCEPTANCE  # ../shared/acceptance beside the repository (conftest), wherever the clone is
MLX_NPZ = ACC / "autoresearch-mlx" / "latest.npz"
TORCH_PT = ACC / "autoresearch-torch" / "model.pt"
NANO_DIR = ACC / "nanochat" / "checkpoints" / "d4"
NANO_PT = NANO_DIR / "model_000100.pt"
needs_acceptance = pytest.mark.skipif(not MLX_NPZ.is_file() or not TORCH_PT.is_file() or not NANO_PT.is_file(),
                                      reason=f"acceptance checkpoints not found under {ACC}")
# EMLX_FUZZ_EXAMPLES=2000 runs the fuzz/property tests longer and with fresh randomness.
_FUZZ_N = os.environ.get("EMLX_FUZZ_EXAMPLES")
FUZZ = settings(max_examples=int(_FUZZ_N or 60), deadline=None, derandomize=_FUZZ_N is None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def torch_or_skip() -> Any:
    return pytest.importorskip("torch", reason="torch (pip install torch==2.13.0) is the oracle for .pt files")


def mlx_or_skip() -> Any:
    return pytest.importorskip("mlx.core", reason="mlx is the oracle for MLX npz/safetensors files")


def tiktoken_or_skip() -> Any:
    return pytest.importorskip("tiktoken", reason="tiktoken is the oracle for tokenizer.pkl")


def bits(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=np.float32).view(np.uint32)


def assert_bit_equal(got: np.ndarray, want: np.ndarray, name: str = "") -> None:
    assert got.dtype == np.float32, name
    assert got.flags.c_contiguous, name
    assert got.shape == want.shape, (name, got.shape, want.shape)
    np.testing.assert_array_equal(bits(got), bits(want), err_msg=name)


def assert_one_line_error(fn: Callable[[], Any]) -> str:
    with pytest.raises(EmlxInputError) as ei:
        fn()
    msg = str(ei.value)
    assert msg.strip() and "\n" not in msg and "\r" not in msg, repr(msg)
    return msg


def f32_from_bf16_bytes(raw: bytes) -> np.ndarray:
    """Independent bf16 decoding: a bf16 value is the high half of a little-endian float32."""
    out = bytearray()
    for i in range(0, len(raw), 2):
        out += b"\x00\x00" + raw[i:i + 2]
    return np.frombuffer(bytes(out), dtype="<f4")


def bf16_round_reference(x: np.ndarray) -> np.ndarray:
    """float32 -> bf16 bits with round-half-even, written differently from the library (via float64)."""
    out = np.empty(x.shape, dtype=np.uint16)
    for i, v in enumerate(x.astype(np.float32).ravel()):
        u = int(np.float32(v).view(np.uint32))
        if np.isnan(v):
            out.flat[i] = (u >> 16) | 0x40
            continue
        lo, hi = u >> 16, (u >> 16) + 1
        f_lo = float(np.uint32(lo << 16).view(np.float32))
        f_hi = float(np.uint32((hi << 16) & 0xFFFFFFFF).view(np.float32))
        d_lo, d_hi = abs(float(v) - f_lo), abs(f_hi - float(v))
        if np.isinf(f_hi) or np.isinf(f_lo):  # use integer midpoint rule near infinity
            rem = u & 0xFFFF
            pick_hi = rem > 0x8000 or (rem == 0x8000 and lo & 1)
        else:
            pick_hi = d_hi < d_lo or (d_hi == d_lo and lo & 1)
        out.flat[i] = (hi if pick_hi else lo) & 0xFFFF
    return out


# ---------------------------------------------------------------------------------------------------------
# a tiny independent safetensors writer (the reader must not be its own oracle)

ST_CODES = {"BF16": ("<u2", 2), "F16": ("<f2", 2), "F32": ("<f4", 4), "F64": ("<f8", 8), "I8": ("i1", 1)}


def write_safetensors_bytes(tensors: dict[str, tuple[str, np.ndarray]], metadata: dict[str, str] | None = None,
                            order: list[str] | None = None, pad: int = 0) -> bytes:
    header: dict[str, Any] = {}
    if metadata is not None:
        header["__metadata__"] = metadata
    data = b""
    for name in order or list(tensors):
        code, arr = tensors[name]
        raw = np.ascontiguousarray(arr).astype(ST_CODES[code][0]).tobytes()
        header[name] = {"dtype": code, "shape": list(arr.shape), "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    hj = json.dumps(header).encode() + b" " * pad
    return struct.pack("<Q", len(hj)) + hj + data


# ---------------------------------------------------------------------------------------------------------
# (a) MLX npz


@needs_acceptance
def test_acceptance_npz_matches_truth_and_hand_decoded_bytes() -> None:
    ck = read_checkpoint(MLX_NPZ)
    assert (ck.format, ck.framework, ck.step, ck.meta, ck.skipped) == ("npz", "mlx", None, {}, {})
    assert ck.tokenizer_path == MLX_NPZ.parent / "tokenizer.pkl"
    truth = json.loads((MLX_NPZ.parent / "truth.json").read_text())["tensors"]
    assert set(ck.tensors) == set(truth)
    saw_fortran = False
    with zipfile.ZipFile(MLX_NPZ) as zf:
        for name, (shape, dtype) in truth.items():
            assert ck.tensors[name].shape == tuple(shape), name
            assert ck.dtypes[name] == dtype.replace("mlx.core.", ""), name
            raw = zf.read(name + ".npy")
            hlen = struct.unpack("<H", raw[8:10])[0]
            hdr = ast.literal_eval(raw[10:10 + hlen].decode("latin1"))
            body = raw[10 + hlen:]
            flat = f32_from_bf16_bytes(body) if hdr["descr"] == "<V2" else np.frombuffer(body, hdr["descr"])
            want = flat.astype(np.float32).reshape(hdr["shape"], order="F" if hdr["fortran_order"] else "C")
            saw_fortran |= hdr["fortran_order"] and len(hdr["shape"]) == 2
            assert_bit_equal(ck.tensors[name], want, name)
    assert saw_fortran, "the real file carries fortran-order 2-D arrays (ve_gate); the test should see one"


@needs_acceptance
def test_acceptance_npz_matches_mlx_load() -> None:
    mx = mlx_or_skip()
    ck = read_npz(MLX_NPZ)
    ref = mx.load(str(MLX_NPZ))
    assert set(ref) == set(ck.tensors)
    for name, arr in ref.items():
        assert_bit_equal(ck.tensors[name], np.array(arr.astype(mx.float32)), name)


def _mlx_arrays(mx: Any, rng: np.random.Generator) -> dict[str, Any]:
    base = rng.standard_normal((6, 10)).astype(np.float32) * 3
    base[0, :4] = [np.inf, -np.inf, 0.0, -0.0]
    a = mx.array(base)
    return {
        "w.bf16": a.astype(mx.bfloat16),
        "w.bf16_t": a.astype(mx.bfloat16).T,  # fortran order on disk
        "w.f32": a,
        "w.f32_t": a.T,
        "w.f16": a.astype(mx.float16),
        "w.f16_t": a[1:5, 2:9].astype(mx.float16).T,
        "scalar": mx.array(2.5),
        "vec.bf16": mx.array(rng.standard_normal(7).astype(np.float32)).astype(mx.bfloat16),
        "cube.bf16": mx.array(rng.standard_normal((2, 3, 4)).astype(np.float32)).astype(mx.bfloat16).transpose(2, 0, 1),
    }


def test_mlx_savez_round_trip(tmp_path: Path) -> None:
    mx = mlx_or_skip()
    arrays = _mlx_arrays(mx, np.random.default_rng(0))
    path = tmp_path / "ckpt.npz"
    mx.savez(str(path), **arrays)
    ck = read_checkpoint(path)
    assert ck.format == "npz" and ck.framework == "mlx"
    for name, arr in arrays.items():
        assert_bit_equal(ck.tensors[name], np.array(arr.astype(mx.float32)), name)
        assert ck.dtypes[name] == str(arr.dtype).replace("mlx.core.", ""), name


def test_mlx_save_safetensors_round_trip(tmp_path: Path) -> None:
    mx = mlx_or_skip()
    arrays = _mlx_arrays(mx, np.random.default_rng(1))
    path = tmp_path / "ckpt.safetensors"
    mx.save_safetensors(str(path), arrays, metadata={"step": "12"})
    ck = read_checkpoint(path)
    assert ck.format == "safetensors" and ck.framework == "mlx"
    assert ck.extras["__metadata__"] == {"step": "12"}
    for name, arr in arrays.items():
        assert_bit_equal(ck.tensors[name], np.array(arr.astype(mx.float32)), name)
        assert ck.dtypes[name] == str(arr.dtype).replace("mlx.core.", ""), name


def test_npz_written_by_numpy_fortran_and_skips(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    f32 = rng.standard_normal((5, 3)).astype(np.float32)
    bf = f32_to_bf16_bits(f32)
    path = tmp_path / "np.npz"
    np.savez(path, a=np.asfortranarray(f32), b=np.asfortranarray(bf.view("V2")), c=f32.astype(np.float16),
             step=np.array(7, dtype=np.int64), d=f32.astype(np.float64))
    ck = read_npz(path)
    assert_bit_equal(ck.tensors["a"], f32)
    assert_bit_equal(ck.tensors["b"], (bf.astype(np.uint32) << 16).view(np.float32))
    assert_bit_equal(ck.tensors["c"], f32.astype(np.float16).astype(np.float32))
    assert_bit_equal(ck.tensors["d"], f32)
    assert ck.dtypes == {"a": "float32", "b": "bfloat16", "c": "float16", "d": "float64"}
    assert ck.skipped == {"step": "int64"}


def test_npz_object_array_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "obj.npz"
    np.savez(path, a=np.ones(3, np.float32), evil=np.array([{"x": 1}], dtype=object))
    assert "pickled" in assert_one_line_error(lambda: read_checkpoint(path))


# ---------------------------------------------------------------------------------------------------------
# safetensors


def test_safetensors_matches_library(tmp_path: Path) -> None:
    from safetensors.numpy import save_file

    rng = np.random.default_rng(3)
    arrays: dict[str, np.ndarray] = {
        "x": rng.standard_normal((4, 5)).astype(np.float32), "h": rng.standard_normal(9).astype(np.float16),
        "d": rng.standard_normal((2, 2)).astype(np.float64), "q": rng.integers(-127, 128, (3, 4), dtype=np.int8),
        "empty": np.zeros((0, 3), np.float32)}
    path = tmp_path / "lib.safetensors"
    save_file(arrays, str(path), metadata={"format": "emlx.bundle", "config": "{}"})
    tensors, dtypes, metadata = read_safetensors(path)
    assert metadata == {"format": "emlx.bundle", "config": "{}"}
    assert dtypes == {"x": "float32", "h": "float16", "d": "float64", "q": "int8", "empty": "float32"}
    assert tensors["q"].dtype == np.int8 and np.array_equal(tensors["q"], arrays["q"])
    for k in ("x", "h", "d", "empty"):
        assert_bit_equal(tensors[k], arrays[k].astype(np.float32), k)
    ck = read_checkpoint(path)
    assert ck.skipped == {"q": "int8"} and "q" not in ck.tensors


def test_safetensors_bf16_against_torch(tmp_path: Path) -> None:
    torch = torch_or_skip()
    from safetensors.torch import save_file

    t = {"transformer.wte.weight": torch.randn(8, 6).to(torch.bfloat16), "lam": torch.randn(3)}
    path = tmp_path / "t.safetensors"
    save_file(t, str(path))
    ck = read_checkpoint(path)
    assert ck.framework == "torch" and ck.dtypes["transformer.wte.weight"] == "bfloat16"
    for k, v in t.items():
        assert_bit_equal(ck.tensors[k], v.float().numpy(), k)


def _valid_header_case() -> bytes:
    return write_safetensors_bytes({"a": ("F32", np.arange(6, dtype=np.float32).reshape(2, 3)),
                                    "b": ("BF16", np.ones(4, np.float32))})


@pytest.mark.parametrize("mutate, needle", [
    (lambda h: h.update({"a": {**h["a"], "data_offsets": [0, 28]}}), "needs"),
    (lambda h: h.update({"b": {**h["b"], "data_offsets": [20, 28]}}), "overlap"),
    (lambda h: h.update({"a": {**h["a"], "dtype": "F8_E4M3"}}), "unsupported dtype"),
    (lambda h: h.update({"a": {**h["a"], "shape": [2, -3]}}), "shape"),
    (lambda h: h.update({"a": {**h["a"], "shape": [2, True]}}), "shape"),
    (lambda h: h.update({"a": {**h["a"], "data_offsets": [24, 48]}}), "outside"),
    (lambda h: h.update({"a": {**h["a"], "extra": 1}}), "expected keys"),
    (lambda h: h.update({"__metadata__": {"k": 1}}), "__metadata__"),
    (lambda h: h.pop("b"), "cover"),
])
def test_safetensors_header_rejections(mutate: Callable[[dict], None], needle: str) -> None:
    raw = _valid_header_case()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    mutate(header)
    hj = json.dumps(header).encode()
    buf = struct.pack("<Q", len(hj)) + hj + raw[8 + n:]
    msg = assert_one_line_error(lambda: parse_safetensors_header(buf, name="x.safetensors"))
    assert needle in msg, msg


@pytest.mark.parametrize("buf, needle", [
    (b"", "too short"),
    (b"\x05\x00\x00", "too short"),
    (struct.pack("<Q", 200 * 1024 * 1024) + b"{}", "limit"),
    (struct.pack("<Q", 50) + b"{}", "past the end"),
    (struct.pack("<Q", 2) + b"[]", "expected an object"),
    (struct.pack("<Q", 4) + b"\xff\xfe{}", "UTF-8 JSON"),
    (struct.pack("<Q", 14) + b'{"a":1, "a":2}', "duplicate"),
])
def test_safetensors_bad_prologue(buf: bytes, needle: str) -> None:
    assert needle in assert_one_line_error(lambda: parse_safetensors_header(buf))


def test_safetensors_gap_and_padding() -> None:
    raw = _valid_header_case()
    parse_safetensors_header(raw)
    assert "cover" in assert_one_line_error(lambda: parse_safetensors_header(raw + b"\x00"))
    padded = write_safetensors_bytes({"a": ("F32", np.ones(3, np.float32))}, pad=5)  # trailing header spaces
    tensors, _, _ = decode_safetensors(padded)
    assert_bit_equal(tensors["a"], np.ones(3, np.float32))


safetensor_entries = st.lists(
    st.tuples(st.sampled_from(list(ST_CODES)), st.lists(st.integers(0, 4), min_size=0, max_size=3)),
    min_size=1, max_size=5)


@FUZZ
@given(entries=safetensor_entries, seed=st.integers(0, 2**32 - 1), shuffle=st.booleans(),
       meta=st.none() | st.dictionaries(st.text(max_size=5), st.text(max_size=8), max_size=3))
def test_safetensors_property_round_trip(entries: list[tuple[str, list[int]]], seed: int, shuffle: bool,
                                         meta: dict[str, str] | None) -> None:
    rng = np.random.default_rng(seed)
    tensors: dict[str, tuple[str, np.ndarray]] = {}
    want: dict[str, np.ndarray] = {}
    for i, (code, shape) in enumerate(entries):
        name = f"t{i}"
        if code == "I8":
            arr = rng.integers(-128, 128, shape, dtype=np.int8)
            want[name] = arr
        elif code == "BF16":
            f = (rng.standard_normal(shape) * 10).astype(np.float32)
            b = bf16_round_reference(f)
            arr = b  # written as raw bits
            want[name] = f32_from_bf16_bytes(b.astype("<u2").tobytes()).reshape(shape)
        else:
            arr = (rng.standard_normal(shape) * 10).astype(ST_CODES[code][0])
            want[name] = arr.astype(np.float32)
        tensors[name] = (code, arr)
    order = list(tensors)
    if shuffle:
        order = order[::-1]  # data order differs from header order
    buf = write_safetensors_bytes(tensors, metadata=meta, order=order)
    got, dtypes, metadata = decode_safetensors(buf)
    assert metadata == (meta or {})
    for name, (code, _) in tensors.items():
        if code == "I8":
            assert got[name].dtype == np.int8 and np.array_equal(got[name], want[name])
        else:
            assert_bit_equal(got[name], want[name], name)


@FUZZ
@given(data=st.data())
def test_safetensors_parser_never_raises_anything_else(data: st.DataObject) -> None:
    raw = bytearray(_valid_header_case())
    n = struct.unpack("<Q", raw[:8])[0]
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, 8 + n - 1))
        raw[pos] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    buf = bytes(raw[:cut])
    try:
        decode_safetensors(buf)
    except EmlxInputError as e:
        assert "\n" not in str(e)


# ---------------------------------------------------------------------------------------------------------
# (e) bf16 widening


def test_bf16_widening_exhaustive() -> None:
    u16 = np.arange(65536, dtype=np.uint32).astype(np.uint16)
    got = bf16_bits_to_f32(u16)
    np.testing.assert_array_equal(got.view(np.uint32), u16.astype(np.uint32) << 16)
    np.testing.assert_array_equal(bf16_bits_to_f32(u16.view("V2")).view(np.uint32), u16.astype(np.uint32) << 16)
    assert_bit_equal(got, f32_from_bf16_bytes(u16.astype("<u2").tobytes()))


def test_bf16_widening_matches_torch() -> None:
    torch = torch_or_skip()
    u16 = np.arange(65536, dtype=np.uint32).astype(np.uint16)
    t = torch.from_numpy(u16.astype(np.int16)).view(torch.bfloat16).float().numpy()
    np.testing.assert_array_equal(bf16_bits_to_f32(u16).view(np.uint32), t.view(np.uint32))


def test_bf16_widening_keeps_fortran_layout() -> None:
    u = np.arange(12, dtype=np.uint16).reshape(3, 4) + 0x3F80
    f = np.asfortranarray(u)
    out = bf16_bits_to_f32(f.view("V2"))
    assert out.flags.c_contiguous and out.shape == (3, 4)
    np.testing.assert_array_equal(out.view(np.uint32), u.astype(np.uint32) << 16)


@FUZZ
@given(st.lists(st.floats(width=32, allow_nan=False), min_size=1, max_size=64))
def test_bf16_rounding_then_widening_round_trips(values: list[float]) -> None:
    f = np.array(values, dtype=np.float32)
    b = f32_to_bf16_bits(f)
    np.testing.assert_array_equal(b, bf16_round_reference(f))
    w = bf16_bits_to_f32(b)
    np.testing.assert_array_equal(f32_to_bf16_bits(w), b)  # widening is exact, rounding is idempotent
    buf = write_safetensors_bytes({"x": ("BF16", b)})
    tensors, dtypes, _ = decode_safetensors(buf)
    assert dtypes["x"] == "bfloat16"
    assert_bit_equal(tensors["x"], w)


def test_bf16_rounding_matches_mlx() -> None:
    mx = mlx_or_skip()
    rng = np.random.default_rng(4)
    f = np.concatenate([rng.standard_normal(5000).astype(np.float32) * 100,
                        np.array([3.3895314e38, 1.0000001, 1.00390625, 1.01171875, -0.0, 1e-40], np.float32)])
    m = np.array(mx.array(f).astype(mx.bfloat16).astype(mx.float32))
    assert_bit_equal(bf16_bits_to_f32(f32_to_bf16_bits(f)), m)


# ---------------------------------------------------------------------------------------------------------
# (b) torch .pt zips


def _torch_state(torch: Any) -> dict[str, Any]:
    g = torch.Generator().manual_seed(0)
    big = torch.randn(10, 12, generator=g)
    wte = torch.randn(16, 8, generator=g).to(torch.bfloat16)
    return {
        "resid_lambdas": torch.randn(4, generator=g),
        "transformer.wte.weight": wte,
        "transformer.h.0.attn.c_q.weight": big.t(),  # non-contiguous (transposed) view
        "transformer.h.0.attn.c_k.weight": big[3:7, 2:9],  # storage offset + row stride
        "transformer.h.0.attn.c_v.weight": big[::2, ::3].to(torch.bfloat16),
        "tail": big.flatten()[100:],  # offset view of a shared storage
        "lm_head.weight": wte,  # tied: same storage twice
        "half": torch.randn(3, 5, generator=g).half().t(),
        "double": torch.randn(2, 3, generator=g, dtype=torch.float64),
        "expanded": torch.randn(1, 4, generator=g).expand(3, 4),  # stride 0
        "scalar": torch.tensor(1.25),
        "param": torch.nn.Parameter(torch.randn(2, 2, generator=g)),
        "bf16_t": torch.randn(6, 4, generator=g).to(torch.bfloat16).t()[1:],
        "counter": torch.tensor(7, dtype=torch.int64),
        "mask": torch.ones(3, dtype=torch.bool),
    }


def _check_against_torch(ck: RawCheckpoint, sd: dict[str, Any], torch: Any) -> None:
    floats = {k for k, v in sd.items() if torch.is_tensor(v) and v.is_floating_point()}
    assert set(ck.tensors) == floats
    for k in floats:
        assert_bit_equal(ck.tensors[k], sd[k].detach().float().numpy(), k)
        assert ck.dtypes[k] == str(sd[k].dtype).replace("torch.", ""), k


@pytest.mark.parametrize("wrap", [None, "model", "state_dict", "model_state_dict"])
def test_torch_save_round_trip(tmp_path: Path, wrap: str | None) -> None:
    torch = torch_or_skip()
    sd = _torch_state(torch)
    obj: Any = sd if wrap is None else {wrap: sd, "step": 42, "optimizer": {"lr": 0.1}, "note": "x"}
    path = tmp_path / "m.pt"
    torch.save(obj, path)
    ck = read_checkpoint(path)
    assert ck.format == "torch" and ck.framework == "torch"
    _check_against_torch(ck, sd, torch)
    assert ck.skipped == {"counter": "int64", "mask": "bool"}
    if wrap is not None:
        assert ck.step == 42 and ck.extras["optimizer"] == {"lr": 0.1} and ck.extras["note"] == "x"


def test_torch_orig_mod_prefix_kept_and_side_entries(tmp_path: Path) -> None:
    torch = torch_or_skip()
    sd = {f"_orig_mod.{k}": v for k, v in _torch_state(torch).items()}
    sd["_orig_mod.some_int"] = 3  # a non-tensor inside the state dict goes to extras
    path = tmp_path / "c.pt"
    torch.save({"model": sd, "val": torch.tensor(0.5), "big": torch.zeros(5)}, path)
    ck = read_torch_zip(path)
    assert all(k.startswith("_orig_mod.") for k in ck.tensors)
    _check_against_torch(ck, {k: v for k, v in sd.items() if k != "_orig_mod.some_int"}, torch)
    assert ck.extras["_orig_mod.some_int"] == 3
    assert ck.extras["val"] == 0.5 and ck.extras["big"] == "tensor(float32, shape=[5])"


def test_torch_new_dtypes_are_skipped(tmp_path: Path) -> None:
    torch = torch_or_skip()
    sd = {"w": torch.randn(3), "u16": torch.zeros(3, dtype=torch.uint16),
          "f8": torch.zeros(3, dtype=torch.float8_e4m3fn), "c": torch.zeros(2, dtype=torch.complex64)}
    path = tmp_path / "d.pt"
    torch.save(sd, path)
    ck = read_checkpoint(path)
    assert list(ck.tensors) == ["w"]
    assert ck.skipped == {"u16": "uint16", "f8": "float8_e4m3fn", "c": "complex64"}


@needs_acceptance
@pytest.mark.parametrize("path", [TORCH_PT, NANO_PT], ids=["autoresearch-torch", "nanochat"])
def test_acceptance_pt_matches_torch_load(path: Path) -> None:
    torch = torch_or_skip()
    sd = torch.load(path, weights_only=True, map_location="cpu")
    ck = read_torch_zip(path)
    assert list(ck.tensors) == list(sd)  # same order, nothing skipped
    _check_against_torch(ck, dict(sd), torch)
    assert ck.skipped == {} and ck.extras == {}


@needs_acceptance
def test_acceptance_pt_matches_truth_json() -> None:
    truth = json.loads((TORCH_PT.parent / "truth.json").read_text())["tensors"]
    ck = read_checkpoint(TORCH_PT)
    assert ck.tokenizer_path == TORCH_PT.parent / "tokenizer.pkl"
    assert {k: [list(v.shape), "torch." + ck.dtypes[k]] for k, v in ck.tensors.items()} == truth


def test_torch_whole_module_is_refused(tmp_path: Path) -> None:
    torch = torch_or_skip()
    path = tmp_path / "module.pt"
    torch.save(torch.nn.Linear(2, 2), path)
    msg = assert_one_line_error(lambda: read_checkpoint(path))
    assert "refusing to unpickle global 'torch.nn.modules.linear Linear'" in msg


def _rezip(src: Path, dst: Path, replace: dict[str, bytes]) -> None:
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zo:
        for info in zi.infolist():
            base = info.filename.split("/", 1)[1]
            zo.writestr(info.filename, replace.get(base, zi.read(info)))


def test_torch_big_endian_refused(tmp_path: Path) -> None:
    torch = torch_or_skip()
    src = tmp_path / "le.pt"
    torch.save({"w": torch.ones(2)}, src)
    dst = tmp_path / "be.pt"
    _rezip(src, dst, {"byteorder": b"big"})
    assert "little-endian" in assert_one_line_error(lambda: read_checkpoint(dst))


def test_torch_storage_size_mismatch_refused(tmp_path: Path) -> None:
    torch = torch_or_skip()
    src = tmp_path / "ok.pt"
    torch.save({"w": torch.ones(4)}, src)
    dst = tmp_path / "short.pt"
    _rezip(src, dst, {"data/0": b"\x00" * 8})
    assert_one_line_error(lambda: read_checkpoint(dst))


# ---------------------------------------------------------------------------------------------------------
# (c) hostile pickles: nothing may run


class _Evil:
    def __init__(self, func: Any, arg: str) -> None:
        self.func, self.arg = func, arg

    def __reduce__(self) -> Any:
        return (self.func, (self.arg,))


def _evil_payloads(marker: Path) -> list[tuple[Any, str]]:
    import subprocess

    cmd = f"touch {marker}"
    return [
        (_Evil(os.system, cmd), "system"),
        (_Evil(eval, f"__import__('os').system({cmd!r})"), "eval"),
        (_Evil(subprocess.getoutput, cmd), "getoutput"),
    ]


def _pt_zip_with_pickle(path: Path, pkl: bytes, extra: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("archive/data.pkl", pkl)
        zf.writestr("archive/byteorder", b"little")
        zf.writestr("archive/version", b"3\n")
        for k, v in (extra or {}).items():
            zf.writestr(f"archive/{k}", v)


@pytest.mark.parametrize("i", range(3))
def test_malicious_torch_pickle_is_refused_and_not_run(tmp_path: Path, i: int) -> None:
    marker = tmp_path / "pwned"
    payload, global_name = _evil_payloads(marker)[i]
    # the global sits behind a perfectly valid-looking tensor entry
    state = {"w": payload}
    path = tmp_path / "model.pt"
    _pt_zip_with_pickle(path, pickle.dumps(state, protocol=2))
    msg = assert_one_line_error(lambda: read_checkpoint(path))
    assert re.search(rf"refusing to unpickle global '\w+ {global_name}' from \S*model.pt: only torch tensor "
                     rf"storages are allowed", msg), msg
    assert not marker.exists()


def test_malicious_torch_pickle_sanity_marker_would_be_created(tmp_path: Path) -> None:
    """The payload really runs under plain pickle, so the negative tests above mean something."""
    marker = tmp_path / "pwned"
    payload, _ = _evil_payloads(marker)[0]
    pickle.loads(pickle.dumps(payload, protocol=2))
    assert marker.exists()


def test_malicious_torch_pickle_via_real_torch_archive(tmp_path: Path) -> None:
    torch = torch_or_skip()
    marker = tmp_path / "pwned"
    src = tmp_path / "ok.pt"
    torch.save({"w": torch.ones(2)}, src)
    dst = tmp_path / "evil.pt"
    _rezip(src, dst, {"data.pkl": pickle.dumps({"w": _Evil(os.system, f"touch {marker}")}, protocol=2)})
    assert "refusing to unpickle global" in assert_one_line_error(lambda: read_checkpoint(dst))
    assert not marker.exists()


MEMO_BOMB = b"\x80\x02Nr\xff\xff\xff\x7f."  # LONG_BINPUT 2**31-1: plain pickle zero-fills a 16 GB memo


def test_pickle_memo_bomb_is_refused(tmp_path: Path) -> None:
    """Run in a child with a 3 GB address-space cap so a regression fails the test instead of the machine."""
    import subprocess
    import sys

    pt = tmp_path / "bomb.pt"
    _pt_zip_with_pickle(pt, MEMO_BOMB)
    tok = tmp_path / "tokenizer.pkl"
    tok.write_bytes(MEMO_BOMB)
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))\n"
        "from emlx.errors import EmlxInputError\n"
        "from emlx.exporter.readers import read_checkpoint, read_tokenizer_pkl\n"
        "for fn, p in ((read_checkpoint, sys.argv[1]), (read_tokenizer_pkl, sys.argv[2])):\n"
        "    try:\n"
        "        fn(p)\n"
        "    except EmlxInputError as e:\n"
        "        assert 'memo index' in str(e), str(e)\n"
        "    else:\n"
        "        raise SystemExit('no error')\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(pt), str(tok)], capture_output=True, text=True,
                         timeout=120, cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]


class _FakeEncoding:
    """Pickles as tiktoken does (NEWOBJ tiktoken.core.Encoding + BUILD state) with a chosen state."""

    def __init__(self, state: Any) -> None:
        self.state = state

    @property  # type: ignore[misc]
    def __class__(self) -> Any:  # the pickler insists that NEWOBJ's class is the object's class
        import tiktoken.core

        return tiktoken.core.Encoding

    def __reduce__(self) -> Any:
        import tiktoken.core

        return (copyreg.__newobj__, (tiktoken.core.Encoding,), self.state)  # type: ignore[attr-defined]


def _good_state() -> dict[str, Any]:
    ranks = {bytes([i]): i for i in range(256)}
    ranks[b"ab"] = 256
    return {"name": "t", "pat_str": r"\w+|\s+", "mergeable_ranks": ranks, "special_tokens": {"<|bos|>": 257}}


@pytest.mark.parametrize("i", range(3))
def test_malicious_tokenizer_pickle_is_refused_and_not_run(tmp_path: Path, i: int) -> None:
    tiktoken_or_skip()
    marker = tmp_path / "pwned"
    payload, global_name = _evil_payloads(marker)[i]
    for obj in (payload, _FakeEncoding({**_good_state(), "name": payload})):
        path = tmp_path / "tokenizer.pkl"
        path.write_bytes(pickle.dumps(obj, protocol=4))
        msg = assert_one_line_error(lambda: read_tokenizer_pkl(path))
        assert re.search(rf"refusing to unpickle global '\w+ {global_name}'", msg), msg
        assert not marker.exists()


def test_tokenizer_pickle_shapes(tmp_path: Path) -> None:
    tiktoken = tiktoken_or_skip()
    path = tmp_path / "tokenizer.pkl"
    path.write_bytes(pickle.dumps(_FakeEncoding(_good_state()), protocol=4))
    st_ = read_tokenizer_pkl(path)
    assert st_ == TiktokenState("t", r"\w+|\s+", _good_state()["mergeable_ranks"], {"<|bos|>": 257}, None)
    assert st_.n_vocab == 258
    # the real package's pickle of an Encoding reads back to the same state
    enc = tiktoken.Encoding("t", pat_str=r"\w+|\s+", mergeable_ranks=_good_state()["mergeable_ranks"],
                            special_tokens={"<|bos|>": 257})
    path.write_bytes(pickle.dumps(enc))
    assert read_tokenizer_pkl(path) == st_
    for state, needle in [("cl100k_base", "by name"), ({"name": "t"}, "lacks"),
                          ({**_good_state(), "mergeable_ranks": {"a": 1}}, "mergeable_ranks"),
                          ({**_good_state(), "special_tokens": {"<|x|>": 255}}, "collide"),
                          ({**_good_state(), "explicit_n_vocab": 3}, "explicit_n_vocab"),
                          (["not", "a", "dict"], "expected a dict")]:
        path.write_bytes(pickle.dumps(_FakeEncoding(state), protocol=4))
        assert needle in assert_one_line_error(lambda: read_tokenizer_pkl(path)), state
    path.write_bytes(pickle.dumps({"a": 1}, protocol=4))
    assert_one_line_error(lambda: read_tokenizer_pkl(path))


# ---------------------------------------------------------------------------------------------------------
# (f) tokenizer.pkl of the acceptance cases vs the real tiktoken


@needs_acceptance
@pytest.mark.parametrize("case, bos", [("autoresearch-mlx", "<|reserved_0|>"),
                                       ("autoresearch-torch", "<|reserved_0|>"), ("nanochat", "<|bos|>")])
def test_acceptance_tokenizer_encodes_like_tiktoken(case: str, bos: str) -> None:
    tiktoken = tiktoken_or_skip()
    path = ACC / case / ("tokenizer/tokenizer.pkl" if case == "nanochat" else "tokenizer.pkl")
    state = read_tokenizer_pkl(path)
    truth = json.loads((ACC / case / "truth.json").read_text())
    enc = tiktoken.Encoding(state.name, pat_str=state.pat_str, mergeable_ranks=state.mergeable_ranks,
                            special_tokens=state.special_tokens, explicit_n_vocab=state.explicit_n_vocab)
    ids = [state.special_tokens[bos]] + enc.encode_ordinary(truth["prompt"])
    assert ids == truth["prompt_ids"]
    with open(path, "rb") as f:  # trusted acceptance file: the real unpickler is an oracle here
        real = pickle.load(f)
    assert state.mergeable_ranks == real._mergeable_ranks
    assert state.special_tokens == real._special_tokens and state.pat_str == real._pat_str
    assert state.n_vocab == real.n_vocab


# ---------------------------------------------------------------------------------------------------------
# (f) nanochat directories


@pytest.fixture()
def nano_base(tmp_path: Path) -> Path:
    if not NANO_PT.is_file():
        pytest.skip(f"acceptance checkpoints not found under {ACC}")
    base = tmp_path / "nanochat"
    tag = base / "base_checkpoints" / "d4"
    tag.mkdir(parents=True)
    shutil.copy(NANO_PT, tag / "model_000100.pt")
    shutil.copy(NANO_DIR / "meta_000100.json", tag / "meta_000100.json")
    shutil.copy(NANO_PT, tag / "model_000050.pt")
    meta = json.loads((NANO_DIR / "meta_000100.json").read_text())
    (tag / "meta_000050.json").write_text(json.dumps({**meta, "step": 50}))
    (tag / "optim_000100_rank0.pt").write_bytes(b"not even a zip")
    (base / "tokenizer").mkdir()
    shutil.copy(ACC / "nanochat" / "tokenizer" / "tokenizer.pkl", base / "tokenizer" / "tokenizer.pkl")
    return base


def test_nanochat_dir_picks_highest_step(nano_base: Path) -> None:
    tag = nano_base / "base_checkpoints" / "d4"
    for p in (tag, nano_base / "base_checkpoints", nano_base):
        ck = read_checkpoint(p)
        assert (ck.format, ck.framework, ck.step) == ("nanochat", "torch", 100)
        assert ck.path == tag / "model_000100.pt"
        assert ck.meta["model_config"]["sequence_len"] == 512 and ck.meta["step"] == 100
        assert ck.tokenizer_path == nano_base / "tokenizer" / "tokenizer.pkl"
    ck50 = read_checkpoint(tag, step=50)
    assert ck50.step == 50 and ck50.meta["step"] == 50 and ck50.path.name == "model_000050.pt"


def test_nanochat_dir_errors(nano_base: Path) -> None:
    tag = nano_base / "base_checkpoints" / "d4"
    assert "available steps: 50, 100" in assert_one_line_error(lambda: read_checkpoint(tag, step=7))
    assert "holds step 100" in assert_one_line_error(lambda: read_checkpoint(tag / "model_000100.pt", step=50))
    other = nano_base / "base_checkpoints" / "d8"
    other.mkdir()
    shutil.copy(tag / "model_000100.pt", other / "model_000200.pt")
    msg = assert_one_line_error(lambda: read_checkpoint(nano_base))
    assert "several checkpoint tags" in msg and "d4" in msg and "d8" in msg
    assert "meta_000200.json" in assert_one_line_error(lambda: read_checkpoint(other))
    (other / "meta_000200.json").write_text("[1, 2]")
    assert "expected an object" in assert_one_line_error(lambda: read_checkpoint(other))
    (other / "meta_000200.json").write_text('{"step": 200}')
    assert "model_config" in assert_one_line_error(lambda: read_checkpoint(other))
    (other / "meta_000200.json").write_text('{"model_config": ')
    assert_one_line_error(lambda: read_checkpoint(other))
    empty = nano_base / "empty"
    empty.mkdir()
    assert "no model_XXXXXX.pt" in assert_one_line_error(lambda: read_checkpoint(empty))


@needs_acceptance
def test_nanochat_acceptance_layout() -> None:
    ck = read_checkpoint(NANO_DIR)
    assert ck.tokenizer_path == ACC / "nanochat" / "tokenizer" / "tokenizer.pkl"
    truth = json.loads((ACC / "nanochat" / "truth.json").read_text())["state_dict"]
    assert {k: {"shape": list(v.shape), "dtype": "torch." + ck.dtypes[k]} for k, v in ck.tensors.items()} == truth
    assert ck.meta["model_config"] == json.loads((NANO_DIR / "meta_000100.json").read_text())["model_config"]


def test_tokenizer_next_to_checkpoint_wins(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    ck = tmp_path / "a" / "b" / "x.npz"
    assert find_tokenizer(ck) is None
    (tmp_path / "tokenizer").mkdir()
    (tmp_path / "tokenizer" / "tokenizer.pkl").write_bytes(b"x")
    assert find_tokenizer(ck) == tmp_path / "tokenizer" / "tokenizer.pkl"
    (tmp_path / "a" / "b" / "tokenizer.pkl").write_bytes(b"x")
    assert find_tokenizer(ck) == tmp_path / "a" / "b" / "tokenizer.pkl"


# ---------------------------------------------------------------------------------------------------------
# (d) empty, truncated and corrupt files of every format


def _make_samples(root: Path) -> dict[str, Path]:
    rng = np.random.default_rng(5)
    root.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    f = rng.standard_normal((8, 16)).astype(np.float32)
    out["npz"] = root / "ckpt.npz"
    np.savez(out["npz"], w=np.asfortranarray(f32_to_bf16_bits(f).view("V2")), b=f[0])
    out["npz_compressed"] = root / "ckpt_c.npz"
    np.savez_compressed(out["npz_compressed"], w=f)
    out["safetensors"] = root / "ckpt.safetensors"
    out["safetensors"].write_bytes(write_safetensors_bytes({"w": ("BF16", f32_to_bf16_bits(f)), "b": ("F32", f[0])},
                                                           metadata={"k": "v"}))
    pt = root / "ckpt.pt"
    try:
        import torch

        torch.save({"model": {"w": torch.from_numpy(f).to(torch.bfloat16).t(), "b": torch.from_numpy(f[0])}}, pt)
    except ImportError:  # hand-made archive with the same structure
        _pt_zip_with_pickle(pt, b"", {})
    out["pt"] = pt
    tok = root / "tokenizer.pkl"
    state = _good_state()
    try:
        tok.write_bytes(pickle.dumps(_FakeEncoding(state), protocol=4))
    except ImportError:
        tok.write_bytes(b"")
    out["tokenizer"] = tok
    return out


def _read_any(path: Path) -> Any:
    return read_tokenizer_pkl(path) if path.name.endswith("tokenizer.pkl") else read_checkpoint(path)


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    s = _make_samples(tmp_path_factory.mktemp("samples"))
    for name, p in s.items():
        if p.stat().st_size == 0 or (name == "pt" and not _zip_has_storages(p)):
            pytest.skip("sample generation needs torch and tiktoken")
        _read_any(p)  # every pristine sample reads
    return s


def _zip_has_storages(p: Path) -> bool:
    with zipfile.ZipFile(p) as zf:
        return any("/data/" in n for n in zf.namelist())


SAMPLE_KINDS = ["npz", "npz_compressed", "safetensors", "pt", "tokenizer"]


@pytest.mark.parametrize("kind", SAMPLE_KINDS)
def test_empty_truncated_corrupt(samples: dict[str, Path], tmp_path: Path, kind: str) -> None:
    src = samples[kind]
    raw = src.read_bytes()
    variants = {
        "empty": b"",
        "half": raw[: len(raw) // 2],
        "one_byte_short": raw[:-1],
        "header_flipped": bytes(b ^ 0xFF for b in raw[:8]) + raw[8:],
        "garbage": b"\x00\x01garbage" * 3,
    }
    for label, data in variants.items():
        p = tmp_path / f"{label}_{src.name}"
        p.write_bytes(data)
        assert_one_line_error(lambda: _read_any(p))


@pytest.mark.parametrize("kind", SAMPLE_KINDS)
@FUZZ
@given(data=st.data())
def test_random_corruption_gives_only_input_errors(samples: dict[str, Path], tmp_path_factory: pytest.TempPathFactory,
                                                   kind: str, data: st.DataObject) -> None:
    raw = bytearray(samples[kind].read_bytes())
    for _ in range(data.draw(st.integers(1, 3), label="flips")):
        pos = data.draw(st.integers(0, len(raw) - 1), label="pos")
        raw[pos] = data.draw(st.integers(0, 255), label="byte")
    if data.draw(st.booleans(), label="truncate"):
        raw = raw[: data.draw(st.integers(0, len(raw)), label="cut")]
    p = tmp_path_factory.mktemp("fuzz") / samples[kind].name
    p.write_bytes(bytes(raw))
    try:
        _read_any(p)
    except EmlxInputError as e:
        assert "\n" not in str(e)


@FUZZ
@given(data=st.data())
def test_mutated_torch_pickle_gives_only_input_errors(samples: dict[str, Path],
                                                      tmp_path_factory: pytest.TempPathFactory,
                                                      data: st.DataObject) -> None:
    """Mutate data.pkl *inside* a valid zip (fresh CRCs) so the unpickler itself sees the damage."""
    with zipfile.ZipFile(samples["pt"]) as zf:
        pkl_name = next(n for n in zf.namelist() if n.endswith("/data.pkl"))
        pkl = bytearray(zf.read(pkl_name))
    for _ in range(data.draw(st.integers(1, 3), label="flips")):
        pos = data.draw(st.integers(0, len(pkl) - 1), label="pos")
        pkl[pos] = data.draw(st.integers(0, 255), label="byte")
    p = tmp_path_factory.mktemp("pkl") / "m.pt"
    _rezip(samples["pt"], p, {"data.pkl": bytes(pkl)})
    try:
        read_checkpoint(p)
    except EmlxInputError as e:
        assert "\n" not in str(e)


def test_dispatch_messages(tmp_path: Path, samples: dict[str, Path]) -> None:
    assert "no such file" in assert_one_line_error(lambda: read_checkpoint(tmp_path / "missing.pt"))
    empty = tmp_path / "model.pt"
    empty.write_bytes(b"")
    assert "empty file" in assert_one_line_error(lambda: read_checkpoint(empty))
    small = tmp_path / "small.pt"
    small.write_bytes(b"hello world!")
    msg = assert_one_line_error(lambda: read_checkpoint(small))
    assert "12-byte file" in msg and "PyTorch" in msg
    npy = tmp_path / "a.npy"
    np.save(npy, np.ones(3))
    assert "single .npy" in assert_one_line_error(lambda: read_checkpoint(npy))
    raw_pickle = tmp_path / "raw.pt"
    raw_pickle.write_bytes(pickle.dumps({"a": 1}, protocol=2))
    assert "bare pickle" in assert_one_line_error(lambda: read_checkpoint(raw_pickle))
    z = tmp_path / "other.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("readme.txt", "hi")
    assert "neither .npy" in assert_one_line_error(lambda: read_checkpoint(z))
    # content decides, not the suffix
    renamed = tmp_path / "weights.bin"
    shutil.copy(samples["safetensors"], renamed)
    assert read_checkpoint(renamed).format == "safetensors"
    renamed = tmp_path / "weights.npz"
    shutil.copy(samples["pt"], renamed)
    assert read_checkpoint(renamed).format == "torch"
    assert "--step" in assert_one_line_error(lambda: read_checkpoint(samples["npz"], step=3))
