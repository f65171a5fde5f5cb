"""A plain PyTorch module of a bundle's ModelSpec, for benchmarks only: what a user gets by writing the model in
torch and calling ``torch.onnx.export`` (the legacy TorchScript exporter; no fusion, no custom ops). The ONNX files
it writes use emlx's decoder I/O names (``input_ids``, ``past_key_values.{i}.key|value``, ``logits``,
``present.{i}.key|value``), so the same harness (js/harness/ort-run.js bench jobs) times both side by side.

    model = RecipeModule(bundle)                       # weights from the bundle (int8 dequantised)
    export_plain(bundle, "plain.onnx")                 # one graph, past_len 0 for a prefill

Not a reference: numbers here are never ground truth (emlx.verify.reference is). Specs with smear are refused.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from emlx.bundle import Bundle
from emlx.rope import rope_tables


class RecipeModule(torch.nn.Module):
    def __init__(self, bundle: Bundle) -> None:
        super().__init__()
        spec = bundle.spec
        if spec.smear is not None:
            raise ValueError("torch_recipe: specs with smear are not supported")
        self.spec = spec
        self.w = torch.nn.ParameterDict()
        for name, t in bundle.weights.items():
            self.w[name.replace(".", "__")] = torch.nn.Parameter(torch.from_numpy(np.array(t.to_float32())),
                                                                 requires_grad=False)
        if spec.rope is not None:
            cos, sin = rope_tables(spec, np.arange(max(4 * spec.sequence_len, 8192)))
            self.register_buffer("cos", torch.from_numpy(cos.astype(np.float32)))
            self.register_buffer("sin", torch.from_numpy(sin.astype(np.float32)))

    def p(self, name: str) -> torch.Tensor:
        return self.w[name.replace(".", "__")]

    def norm(self, x: torch.Tensor, name: str | None) -> torch.Tensor:
        s = self.spec
        if s.norm.kind == "layer":
            x = x - x.mean(-1, keepdim=True)
        y = x * torch.rsqrt((x * x).mean(-1, keepdim=True) + s.norm_eps)
        if name is not None and s.norm.weight:
            y = y * self.p(f"{name}.weight")
        if name is not None and s.norm.bias:
            y = y + self.p(f"{name}.bias")
        return y

    def linear(self, x: torch.Tensor, name: str, bias: bool = False) -> torch.Tensor:
        return F.linear(x, self.p(f"{name}.weight"), self.p(f"{name}.bias") if bias else None)

    def rope(self, x: torch.Tensor, pos: torch.Tensor) -> torch.Tensor:  # x [B, h, T, D]
        s = self.spec
        assert s.rope is not None
        rd = s.rotary_dim
        c, sn = self.cos[pos][None, None], self.sin[pos][None, None]  # [1, 1, T, rd/2]
        r, rest = x[..., :rd], x[..., rd:]
        if s.rope.style == "half":
            a, b = r[..., :rd // 2], r[..., rd // 2:]
        else:
            a, b = r[..., 0::2], r[..., 1::2]
        sg = float(s.rope.sign)
        a2, b2 = a * c - sg * b * sn, sg * a * sn + b * c
        out = torch.cat([a2, b2], -1) if s.rope.style == "half" else torch.stack([a2, b2], -1).flatten(-2)
        return torch.cat([out, rest], -1)

    def act(self, z: torch.Tensor, i: int) -> torch.Tensor:
        k = self.spec.activation.kind
        if k == "relu2":
            return F.relu(z).square()
        if k == "relu":
            return F.relu(z)
        if k == "silu":
            return F.silu(z)
        if k == "gelu_tanh":
            return F.gelu(z, approximate="tanh")
        if k == "gelu_erf":
            return F.gelu(z)
        raise ValueError(f"torch_recipe: activation {k} not supported")

    def forward(self, input_ids: torch.Tensor, keep: torch.Tensor, *past: torch.Tensor) -> tuple[torch.Tensor, ...]:
        """``keep``: logits for the last ``keep`` positions only (0: all), as optimum's ``num_logits_to_keep``."""
        s = self.spec
        B, T = input_ids.shape
        H, KV, D = s.n_head, s.n_kv_head, s.head_dim
        P = past[0].shape[2]
        pos = torch.arange(T) + P
        x = F.embedding(input_ids, self.p("wte.weight"))
        if s.embed.positions == "learned":
            x = x + self.p("wpe.weight")[pos]
        if s.embed.norm:
            x = self.norm(x, "embed_norm")
        x0 = x
        keys = torch.arange(P + T)
        diff = pos[:, None] - keys[None, :]
        presents: list[torch.Tensor] = []
        ve = set(s.value_embed.layers) if s.value_embed is not None else set()
        xb = None
        for i in range(s.n_layer):
            b = f"blocks.{i}"
            if s.residual == "lambdas":
                x = self.p("resid_lambdas")[i] * x + self.p("x0_lambdas")[i] * x0
            h = self.norm(x, f"{b}.attn_norm")
            q = self.linear(h, f"{b}.attn.c_q", s.attn.qkv_bias).view(B, T, H, D).transpose(1, 2)
            k = self.linear(h, f"{b}.attn.c_k", s.attn.qkv_bias).view(B, T, KV, D).transpose(1, 2)
            v = self.linear(h, f"{b}.attn.c_v", s.attn.qkv_bias).view(B, T, KV, D)
            if i in ve:
                assert s.value_embed is not None
                g = s.value_embed.gate_scale * torch.sigmoid(
                    F.linear(h[..., :s.value_embed.gate_channels], self.p(f"{b}.attn.ve_gate.weight")))
                v = v + g[..., None] * F.embedding(input_ids, self.p(f"value_embeds.{i}.weight")).view(B, T, KV, D)
            v = v.transpose(1, 2)
            for name, t in (("q", q), ("k", k)):
                if s.qk_norm is not None and s.qk_norm.order == "before_rope":
                    t = self.norm(t, None) * (self.p(f"{b}.attn.{name}_norm.weight") if s.qk_norm.weight else 1.0)
                if s.rope is not None:
                    t = self.rope(t, pos)
                if s.qk_norm is not None and s.qk_norm.order == "after_rope":
                    t = self.norm(t, None) * (self.p(f"{b}.attn.{name}_norm.weight") if s.qk_norm.weight else 1.0)
                if name == "q":
                    q = t * s.qk_scale
                else:
                    k = t * s.qk_scale
            k = torch.cat([past[2 * i], k], 2)
            v = torch.cat([past[2 * i + 1], v], 2)
            presents += [k, v]
            w = s.window[i]
            visible = (diff >= 0) & (diff < w) if w is not None else diff >= 0
            kk = k.repeat_interleave(H // KV, 1)
            vv = v.repeat_interleave(H // KV, 1)
            att = (q @ kk.transpose(-1, -2)) * s.attn_scale
            att = att.masked_fill(~visible, float("-inf")).softmax(-1)
            y = (att @ vv).transpose(1, 2).reshape(B, T, H * D)
            x = x + self.linear(y, f"{b}.attn.c_proj", s.attn.out_bias)
            m = self.norm(x, f"{b}.mlp_norm")
            if s.mlp.gated:
                u = self.act(self.linear(m, f"{b}.mlp.c_gate", s.mlp.bias), i) * self.linear(m, f"{b}.mlp.c_fc", s.mlp.bias)
            else:
                u = self.act(self.linear(m, f"{b}.mlp.c_fc", s.mlp.bias), i)
            x = x + self.linear(u, f"{b}.mlp.c_proj", s.mlp.bias)
            if s.backout is not None and i == s.backout.layer:
                xb = x
        if xb is not None:
            x = x - self.p("backout_lambda").reshape(()) * xb
        first = torch.where(keep > 0, T - keep, torch.zeros_like(keep))
        x = x[:, first:]
        head = self.p("wte.weight") if s.embed.tied else self.p("lm_head.weight")
        logits = F.linear(self.norm(x, "final_norm"), head)[..., :s.vocab_size]
        if s.softcap is not None:
            logits = s.softcap * torch.tanh(logits / s.softcap)
        return (logits, *presents)


def export_plain(bundle: Bundle, out: Path) -> Path:
    """``torch.onnx.export`` (TorchScript exporter, opset 17) of :class:`RecipeModule` with dynamic batch, seq and
    past length; constants folded as the exporter does by default."""
    import warnings

    spec = bundle.spec
    m = RecipeModule(bundle).eval()
    ids = torch.zeros((1, 4), dtype=torch.int64)
    past = [torch.zeros((1, spec.n_kv_head, 2, spec.head_dim)) for _ in range(2 * spec.n_layer)]
    names_in = ["input_ids", "num_logits_to_keep"] + [f"past_key_values.{i}.{kv}" for i in range(spec.n_layer) for kv in ("key", "value")]
    names_out = ["logits"] + [f"present.{i}.{kv}" for i in range(spec.n_layer) for kv in ("key", "value")]
    axes: dict[str, Any] = {"input_ids": {0: "batch", 1: "seq"}, "logits": {0: "batch", 1: "logits_seq"}}
    for n in names_in[2:]:
        axes[n] = {0: "batch", 2: "past_len"}
    for n in names_out[1:]:
        axes[n] = {0: "batch", 2: "total_len"}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(m, (ids, torch.tensor(0), *past), str(out), dynamo=False, opset_version=17, input_names=names_in,
                          output_names=names_out, dynamic_axes=axes)
    # the emlx header (config, tokenizer, hashes) the runners read from an ONNX file's metadata; no other change
    import onnx

    from emlx.codec import header_json

    model = onnx.load(str(out))
    meta = model.metadata_props.add()
    meta.key, meta.value = "emlx.header", header_json(bundle.header())
    onnx.save(model, str(out))
    return Path(out)


def _check(bundle: Bundle) -> float:
    """max |Δ| of this module against the float64 reference on a few ids (a sanity check of the benchmark model)."""
    from emlx.verify.reference import Reference

    ids = [int(i % bundle.spec.vocab_size) for i in range(1, 20)]
    ref = Reference(bundle.spec, bundle.float_weights()).forward(ids).logits
    m = RecipeModule(bundle).eval()
    past = [torch.zeros((1, bundle.spec.n_kv_head, 0, bundle.spec.head_dim)) for _ in range(2 * bundle.spec.n_layer)]
    with torch.no_grad():
        got = m(torch.tensor([ids]), torch.tensor(0), *past)[0][0].numpy()
    return float(np.abs(got - ref).max())


if __name__ == "__main__":  # pragma: no cover
    import sys

    from emlx.formats import load_bundle

    b = load_bundle(Path(sys.argv[1]))
    print(f"max|Δ| vs reference: {_check(b):.3g}")
    if len(sys.argv) > 2:
        print(export_plain(b, Path(sys.argv[2])))
