"""The wasm heap check (emlx.runners.memory): the arithmetic, and refusal before any runtime starts."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from emlx.errors import EmlxInputError
from emlx.runners.memory import WASM_HEAP_LIMIT, check_wasm_fits, estimate, weight_bytes


def synthetic(depth: int) -> tuple[SimpleNamespace, dict[str, tuple[int, ...]]]:
    """An autoresearch-MLX-shaped model: n_embd 64 x depth, head_dim 128, vocab 8192, SSSL windows of 1024/2048."""
    C, H = 64 * depth, depth // 2
    spec = SimpleNamespace(n_embd=C, n_head=H, n_kv_head=H, head_dim=128, mlp_hidden=4 * C, vocab_size=8192,
                           window=[1024, 1024, 1024, 2048] * (depth // 4))
    shapes: dict[str, tuple[int, ...]] = {"wte.weight": (8192, C), "lm_head.weight": (8192, C), "resid_lambdas": (depth,)}
    for i in range(depth):
        p = f"blocks.{i}."
        shapes.update({p + "attn.c_q.weight": (C, C), p + "attn.c_k.weight": (C, C), p + "attn.c_v.weight": (C, C),
                       p + "attn.c_proj.weight": (C, C), p + "mlp.c_fc.weight": (4 * C, C),
                       p + "mlp.c_proj.weight": (C, 4 * C)})
        if i % 2 == (depth - 1) % 2:
            shapes[f"value_embeds.{i}.weight"] = (8192, C)
    return spec, shapes


def test_weight_bytes_by_hand() -> None:
    shapes = {"a": (3, 5), "b": (7,)}
    assert weight_bytes(shapes, {"a": "float32", "b": "float32"}) == 4 * 15 + 4 * 7
    # int8: 15 bytes padded to 16, plus one float32 scale per row; vectors stay float32
    assert weight_bytes(shapes, {"a": "int8", "b": "float32"}) == 16 + 4 * 3 + 4 * 7
    assert weight_bytes(shapes, {"a": "int8", "b": "float32"}, int8_resident=False) == 4 * 15 + 4 * 7


def test_1_3b_float32_is_refused_with_the_arithmetic_and_int8_fits() -> None:
    spec, shapes = synthetic(28)
    params = sum(int(__import__("math").prod(s)) for s in shapes.values())
    assert 1.30e9 < params < 1.32e9
    f32 = {k: "float32" for k in shapes}
    with pytest.raises(EmlxInputError) as e:
        check_wasm_fits("node/wasm", spec, shapes, f32, 1032)
    msg = str(e.value)
    assert msg.startswith("node/wasm cannot hold this model: weights 5.2") and "over the 4 GiB" in msg, msg
    assert "export with --int8" in msg and "\n" not in msg
    int8 = {k: ("int8" if len(s) == 2 else "float32") for k, s in shapes.items()}
    est = check_wasm_fits("node/wasm", spec, shapes, int8, 1032)
    assert est.weights < 1.4e9 and est.total < WASM_HEAP_LIMIT


def test_519m_float32_fits() -> None:
    spec, shapes = synthetic(20)
    est = estimate(spec, shapes, {k: "float32" for k in shapes}, 1032)
    assert 2.0e9 < est.weights < 2.2e9 and est.total < WASM_HEAP_LIMIT


def test_parity_refuses_before_building_sidecars(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With a heap limit below the fixture's needs, `emlx parity` stops with the sum before any sidecar or runtime."""
    from conftest import FIXTURES, run_cli

    from emlx.verify.parity import ParityOptions, run_parity
    from emlx.runners import memory

    bundle = tmp_path / "b.safetensors"
    assert run_cli("export", FIXTURES / "autoresearch-mlx" / "model.npz", bundle).returncode == 0
    monkeypatch.setattr(memory, "WASM_HEAP_LIMIT", 2**20)
    with pytest.raises(EmlxInputError) as e:
        run_parity(bundle, ParityOptions(runtime="node", backends=("wasm",)))
    assert str(e.value).startswith("node/wasm cannot hold this model") and "over the 0.000977 GiB" in str(e.value), e.value
    assert not (tmp_path / "b.sidecars").exists()
    # cpu has no such limit: the same bundle is not refused there
    run_parity(bundle, ParityOptions(runtime="node", backends=("cpu",)))
