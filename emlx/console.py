"""Console rendering (rich) of inspect and parity reports. Pure presentation: data comes in as dicts."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from emlx.reports.model import provenance_line


def _fmt_bytes(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.2f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return str(n)


def _rope_line(rope: dict[str, Any] | None) -> str:
    if rope is None:
        return "rope none"
    line = f"rope {rope['style']} sign {rope['sign']:+d} base {rope['base']:g} tables {rope['table_dtype']}"
    if rope.get("rotary_dim") is not None:
        line += f" rotary_dim {rope['rotary_dim']}"
    sc = rope.get("scaling") or {}
    if sc.get("kind", "none") != "none":
        line += f" scaling {sc['kind']} " + " ".join(f"{k}={v:g}" for k, v in sorted(sc["params"].items()))
    return line


def _recipe_lines(spec: dict[str, Any]) -> list[str]:
    e, n, qk, a, m = spec["embed"], spec["norm"], spec["qk_norm"], spec["attn"], spec["mlp"]

    def flags(obj: dict[str, Any], *names: str) -> str:
        on = [k for k in names if obj.get(k)]
        return "+".join(on) if on else "none"

    return [f"recipe: embed norm={e['norm']} positions={e['positions']} tied={e['tied']}  "
            f"norm {n['kind']} ({flags(n, 'weight', 'bias')})  "
            f"qk_norm {'none' if qk is None else qk['order'] + (' +weight' if qk['weight'] else '')}  "
            f"residual {spec['residual']}",
            f"        attn bias {flags(a, 'qkv_bias', 'out_bias')} scale "
            f"{a['scale'] if a['scale'] is not None else '1/sqrt(head_dim)'}  "
            f"mlp {'gated' if m['gated'] else 'plain'} bias={m['bias']}"]


def render_inspect(rep: dict[str, Any], con: Console) -> None:
    spec = rep["spec"]
    con.print(f"[bold]{rep['path']}[/]  {rep['kind']} ({rep.get('format')})  family [cyan]{rep['family']}[/]  "
              f"{rep['parameters']:,} parameters")
    rope = spec["rope"]
    ve = spec.get("value_embed")
    lines = [
        f"layers {spec['n_layer']}  heads {spec['n_head']} (kv {spec['n_kv_head']})  n_embd {spec['n_embd']}  head_dim {spec['head_dim']}  mlp {spec['mlp_hidden']}",
        f"vocab {spec['vocab_size']} (rows {spec['padded_vocab_size']})  sequence_len {spec['sequence_len']}  window {spec['window']}",
        _rope_line(rope) + f"  eps {spec['norm_eps']:.8g}  qk_scale {spec['qk_scale']:g}",
        f"value_embed {ve['layers']} gate {ve['gate_channels']}ch x{ve['gate_scale']:g}" if ve else "value_embed none",
        f"activation {spec['activation']['kind']} {spec['activation']['params'] or ''}  softcap {spec['softcap']}  "
        f"smear {spec['smear']}  backout {spec['backout']}",
    ]
    if "embed" in spec:  # the block recipe (spec version 2; a version-1 spec is the legacy recipe)
        lines += _recipe_lines(spec)
    for line in lines:
        con.print("  " + line)
    t = Table(show_edge=False, pad_edge=False)
    t.add_column("tensor")
    t.add_column("shape")
    t.add_column("dtype")
    has_err = any("rel_l2_error" in r for r in rep["tensors"])
    if has_err:
        t.add_column("int8 rel L2", justify="right")
    for r in rep["tensors"]:
        row = [r["name"], "x".join(map(str, r["shape"])) or "scalar", r["dtype"]]
        if has_err:
            row.append(f"{r['rel_l2_error']:.2e}" if "rel_l2_error" in r else "")
        t.add_row(*row)
    con.print(t)
    size = f"size {_fmt_bytes(rep['size_bytes'])}"
    if "gzip_bytes" in rep:
        size += f"  gzip {_fmt_bytes(rep['gzip_bytes'])}"
    con.print(size)
    _render_certificate(rep, con)
    for w in rep.get("warnings", []):
        con.print(f"[yellow]warning:[/] {w}")


def _render_certificate(rep: dict[str, Any], con: Console) -> None:
    if rep.get("kind") != "bundle":
        return
    cert = rep.get("certificate")
    if cert is None:
        con.print("parity certificate: none (`emlx parity` writes <stem>.parity.json next to the bundle)")
        return
    if not cert["valid"]:
        con.print(f"parity certificate {escape(cert['path'])}: [bold red]not valid for this bundle[/]: "
                  f"{escape(str(cert['problem']))}", soft_wrap=True)
        return
    probe = cert["probe"]
    con.print(f"parity certificate {escape(cert['path'])}: [green]this bundle's[/] ({escape(str(cert['generated_by']))}, "
              f"{escape(str(cert['generated_at']))}), atol {cert['atol']:g}; probe {probe['ids']} ids, rows {probe['rows']}, "
              f"top-{probe['top_k']} + slice {probe['slice']}", soft_wrap=True)
    for r in cert["passed"]:
        env = r.get("environment") or {}
        where = " · ".join(str(x) for x in (((env.get("browser") or {}).get("version") and
                                             f"chromium {env['browser']['version']}"), env.get("adapter")) if x)
        worst = r.get("max_abs_logit")
        greedy = r.get("greedy") or {}
        con.print(f"  {r['runtime']}/{r['backend']:8s} PASS  max|Δlogit| {'–' if worst is None else f'{worst:.3g}'}"
                  f"  greedy {'identical' if greedy.get('identical') else '–'}"
                  + (f" ({greedy['steps']} steps)" if greedy.get("steps") else "") + (f"  {escape(where)}" if where else ""),
                  soft_wrap=True)


def render_parity(rep: dict[str, Any], con: Console) -> None:
    """One table per runtime/backend: gate, measured value, limit, verdict, detail."""
    con.print(f"[bold]parity[/] {rep['bundle']}  family [cyan]{rep['family']}[/]  atol {rep['atol']:g}  "
              f"weights {rep['weights_sha256'][:12]}…")
    line = provenance_line(rep.get("sidecars"))
    if line:
        con.print(line, markup=False)
    for w in rep.get("warnings", []):
        con.print(f"[yellow]warning:[/] {w}")
    for run in rep["runs"]:
        info = run.get("info", {})
        rt = info.get("runtime") or {}
        extra = []
        if info.get("browser"):
            extra.append(f"{info['browser'].get('name', '')} {info['browser'].get('version', '')}")
        elif rt:
            extra.append(f"{rt.get('name', '')} {rt.get('version', '')}")
        if info.get("tfjs_version"):
            extra.append(f"tfjs {info['tfjs_version']}")
        if info.get("ort_version"):
            extra.append(f"onnxruntime-{'web' if info.get('browser') else 'node'} {info['ort_version']}")
        if info.get("renderer"):
            extra.append(f"renderer {info['renderer']}")
        t = Table(title=f"{run['runtime']} / {run['backend']}  ({', '.join(extra)})", title_justify="left",
                  show_edge=False, pad_edge=False)
        for col, j in (("gate", "left"), ("value", "right"), ("limit", "right"), ("", "left"), ("detail", "left")):
            t.add_column(col, justify=j)  # type: ignore[arg-type]
        for g in run["gates"]:
            val = "" if g["value"] is None else f"{g['value']:.3g}"
            lim = "" if g["limit"] is None else f"{g['limit']:g}"
            t.add_row(g["name"], val, lim, "[green]PASS[/]" if g["passed"] else "[bold red]FAIL[/]", g["detail"])
        for e in run.get("errors", []):
            t.add_row("harness", "", "", "[bold red]ERROR[/]", e[:200])
        con.print(t)
    verdict = "[bold green]PASS[/]" if rep["passed"] else "[bold red]FAIL[/]"
    con.print(f"{verdict}  {len(rep['runs'])} run(s) in {rep.get('seconds', 0):.1f}s")
