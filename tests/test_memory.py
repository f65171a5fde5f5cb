"""The wasm heap check (emlx.runners.memory): the arithmetic, and refusal before any runtime starts. That the
arithmetic is the engine's own allocation, byte for byte, is tests/test_heap_plan.py."""

from __future__ import annotations

import math

import pytest

from emlx.errors import EmlxInputError
from emlx.runners.memory import (HEAP, WASM_HEAP_LIMIT, check_wasm_fits, estimate, is_host_tensor, kvcache_steps,
                                 reserve_cache, weight_bytes)
from emlx.spec import ModelSpec


def synthetic(depth: int) -> tuple[ModelSpec, dict[str, tuple[int, ...]]]:
    """An autoresearch-MLX-shaped model: n_embd 64 x depth, head_dim 128, vocab 8192, SSSL windows of 1024/2048."""
    C, H = 64 * depth, depth // 2
    ve = [i for i in range(depth) if i % 2 == (depth - 1) % 2]
    spec = ModelSpec.from_dict({
        "family": "synthetic", "source_framework": "mlx", "vocab_size": 8192, "padded_vocab_size": 8192,
        "n_layer": depth, "n_head": H, "n_kv_head": H, "n_embd": C, "head_dim": 128, "mlp_hidden": 4 * C,
        "sequence_len": 2048, "window": [1024, 1024, 1024, 2048] * (depth // 4),
        "value_embed": {"layers": ve, "gate_channels": 32, "gate_scale": 2.0}})
    shapes: dict[str, tuple[int, ...]] = {"wte.weight": (8192, C), "lm_head.weight": (8192, C), "resid_lambdas": (depth,),
                                          "x0_lambdas": (depth,)}
    for i in range(depth):
        p = f"blocks.{i}."
        shapes.update({p + "attn.c_q.weight": (C, C), p + "attn.c_k.weight": (C, C), p + "attn.c_v.weight": (C, C),
                       p + "attn.c_proj.weight": (C, C), p + "mlp.c_fc.weight": (4 * C, C),
                       p + "mlp.c_proj.weight": (C, 4 * C)})
        if i in ve:
            shapes[f"value_embeds.{i}.weight"] = (8192, C)
            shapes[p + "attn.ve_gate.weight"] = (H, 32)
    return spec, shapes


def test_weight_bytes_by_hand() -> None:
    a = HEAP["align"]
    shapes = {"a": (3, 5), "b": (7,), "resid_lambdas": (4,), "blocks.0.attn.ve_gate.weight": (2, 8)}
    f32 = {k: "float32" for k in shapes}
    # one allocation per tensor, aligned; host tensors (lambdas, gates) take no heap
    assert weight_bytes(shapes, f32) == 2 * a
    # int8: 15 bytes and 3 float32 scales, two aligned allocations; vectors stay float32
    assert weight_bytes(shapes, {**f32, "a": "int8"}) == 3 * a
    assert weight_bytes(shapes, {**f32, "a": "int8"}, int8_resident=False) == 2 * a
    assert weight_bytes({"w": (100, 100)}, {"w": "int8"}) == math.ceil(10000 / a) * a + math.ceil(400 / a) * a


def test_cache_policy_by_hand() -> None:
    """recipe.js reserveCache's rule: fit, compact when half free, else grow (a window bounds the buffer)."""
    assert reserve_cache(0, 0, 0, 5, math.inf) == (16, 0, 0)
    assert reserve_cache(16, 0, 16, 1, math.inf) == (32, 0, 16)
    assert reserve_cache(32, 0, 20, 1, math.inf) == (32, 0, 20)  # fits
    # window 4 (keep 3): the buffer is compacted once it holds 2 * 3 + 1 rows' room
    assert reserve_cache(16, 13, 3, 1, 3) == (16, 0, 3)
    # a 100-token prefill into a window-4 layer needs 100 rows, not 2 * 3 + 100 + slack
    assert reserve_cache(0, 0, 0, 100, 3) == (100, 0, 0)
    assert kvcache_steps(40) == [24] + [1] * 16 and kvcache_steps(5) == [1, 1, 1, 1, 1]


def test_1_3b_float32_is_refused_with_the_arithmetic_and_int8_fits() -> None:
    spec, shapes = synthetic(28)
    params = sum(math.prod(s) for s in shapes.values())
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
    # q4 g32 resident: half a byte a weight + a float32 scale and offset per 32 (0.75 bytes a weight), hand-computed
    q4 = {k: ("q4/32/float16/symmetric" if len(s) == 2 and s[1] % 32 == 0 else "float32") for k, s in shapes.items()}
    assert all(v != "float32" for k, v in q4.items() if len(shapes[k]) == 2)
    est = check_wasm_fits("node/wasm", spec, shapes, q4, 1032)
    two_d = sum(math.prod(s) for k, s in shapes.items() if len(s) == 2 and not is_host_tensor(k))  # on the heap
    assert 0.75 * two_d <= est.weights <= 0.75 * two_d + 4 * (params - two_d) + 2**20 * len(shapes)


def test_519m_float32_fits() -> None:
    spec, shapes = synthetic(20)
    est = estimate(spec, shapes, {k: "float32" for k in shapes}, 1032)
    assert 2.0e9 < est.weights < 2.2e9 and est.total < WASM_HEAP_LIMIT
    # the scratch of the 1032-token pass holds at least x, h and the logits rows
    assert est.activations > 4 * 1032 * (2 * spec.n_embd + spec.vocab_size)


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
