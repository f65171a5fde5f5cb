// ModelSpec: parse and validate the `config` block of an emlx bundle (docs/FORMATS.md "ModelSpec").
//
// This mirrors emlx/spec.py: the same fields, the same defaults, the same checks, and clear Error messages
// ("invalid model spec: ..."). The model is driven entirely by the returned object; no family name is
// interpreted anywhere in the JS port.

export const SPEC_VERSION = 1;
export const ROPE_STYLES = Object.freeze(['interleaved', 'half']);
export const TABLE_DTYPES = Object.freeze(['float32', 'bfloat16', 'float16']);
export const ACTIVATIONS = Object.freeze(['relu2', 'eml']);
export const EML_DEFAULTS = Object.freeze({ exp_clamp: 20.0, log_floor: 1e-30 });

const TOP_KEYS = [
  'family', 'source_framework', 'vocab_size', 'padded_vocab_size', 'n_layer', 'n_head', 'n_kv_head', 'n_embd',
  'head_dim', 'mlp_hidden', 'sequence_len', 'window', 'rope', 'norm_eps', 'qk_scale', 'value_embed', 'softcap',
  'activation', 'smear', 'backout', 'version',
];
const REQUIRED = [
  'family', 'source_framework', 'vocab_size', 'padded_vocab_size', 'n_layer', 'n_head', 'n_kv_head', 'n_embd',
  'head_dim', 'mlp_hidden', 'sequence_len', 'window',
];
const SUB_KEYS = {
  rope: ['style', 'base', 'sign', 'table_dtype'],
  value_embed: ['layers', 'gate_channels', 'gate_scale'],
  smear: ['channels'],
  backout: ['layer'],
  activation: ['kind', 'params'],
};

function fail(msg) {
  throw new Error(`invalid model spec: ${msg}`);
}

function need(cond, msg) {
  if (!cond) fail(msg);
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isInt(v) {
  return typeof v === 'number' && Number.isInteger(v);
}

function isNum(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

function show(v) {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

function checkKeys(obj, known, where) {
  const unknown = Object.keys(obj).filter((k) => !known.includes(k)).sort();
  if (unknown.length) fail(`unknown key(s) ${show(unknown)} in ${where}; known: ${show([...known].sort())}`);
}

function sub(data, key, defaults) {
  const v = data[key];
  if (v === null || v === undefined) return defaults === null ? null : { ...defaults };
  need(isPlainObject(v), `${key} must be an object, got ${show(v)}`);
  checkKeys(v, SUB_KEYS[key], key);
  return { ...(defaults || {}), ...v };
}

/**
 * Parse and validate a ModelSpec object (or JSON string). Returns a frozen, normalised copy with every
 * default filled in. Throws Error("invalid model spec: ...") on any inconsistency.
 */
export function parseSpec(input) {
  let data = input;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (e) {
      fail(`config is not valid JSON (${e.message})`);
    }
  }
  need(isPlainObject(data), `expected a JSON object, got ${data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data}`);
  checkKeys(data, TOP_KEYS, 'config');
  const missing = REQUIRED.filter((k) => !(k in data));
  need(missing.length === 0, `missing required key(s) ${show(missing)} in config`);

  const s = {
    family: data.family,
    source_framework: data.source_framework,
    vocab_size: data.vocab_size,
    padded_vocab_size: data.padded_vocab_size,
    n_layer: data.n_layer,
    n_head: data.n_head,
    n_kv_head: data.n_kv_head,
    n_embd: data.n_embd,
    head_dim: data.head_dim,
    mlp_hidden: data.mlp_hidden,
    sequence_len: data.sequence_len,
    window: data.window,
    rope: sub(data, 'rope', { style: 'interleaved', base: 10000.0, sign: 1, table_dtype: 'float32' }),
    norm_eps: 'norm_eps' in data ? data.norm_eps : 1e-5,
    qk_scale: 'qk_scale' in data ? data.qk_scale : 1.0,
    value_embed: sub(data, 'value_embed', null),
    softcap: 'softcap' in data ? data.softcap : 15.0,
    activation: sub(data, 'activation', { kind: 'relu2', params: {} }),
    smear: sub(data, 'smear', null),
    backout: sub(data, 'backout', null),
    version: 'version' in data ? data.version : SPEC_VERSION,
  };

  need(typeof s.family === 'string', `family must be a string, got ${show(s.family)}`);
  need(typeof s.source_framework === 'string', `source_framework must be a string, got ${show(s.source_framework)}`);
  for (const name of ['vocab_size', 'padded_vocab_size', 'n_layer', 'n_head', 'n_kv_head', 'n_embd', 'head_dim',
    'mlp_hidden', 'sequence_len']) {
    need(isInt(s[name]) && s[name] > 0, `${name} must be a positive integer, got ${show(s[name])}`);
  }
  need(s.padded_vocab_size >= s.vocab_size,
    `padded_vocab_size ${s.padded_vocab_size} is smaller than vocab_size ${s.vocab_size}`);
  need(s.n_head % s.n_kv_head === 0, `n_head ${s.n_head} is not a multiple of n_kv_head ${s.n_kv_head}`);
  need(Array.isArray(s.window), `window must be a list (one entry per layer), got ${show(s.window)}`);
  need(s.window.length === s.n_layer,
    `window has ${s.window.length} entries, expected one per layer (${s.n_layer})`);
  s.window.forEach((w, i) => need(w === null || (isInt(w) && w >= 1),
    `window[${i}] must be null (full causal) or an integer >= 1 of visible keys, got ${show(w)}`));

  const r = s.rope;
  need(ROPE_STYLES.includes(r.style), `rope.style must be one of ${show(ROPE_STYLES)}, got ${show(r.style)}`);
  need(r.sign === 1 || r.sign === -1, `rope.sign must be +1 or -1, got ${show(r.sign)}`);
  need(isNum(r.base) && r.base > 1, `rope.base must be > 1, got ${show(r.base)}`);
  need(TABLE_DTYPES.includes(r.table_dtype),
    `rope.table_dtype must be one of ${show(TABLE_DTYPES)}, got ${show(r.table_dtype)}`);
  need(s.head_dim % 2 === 0, `head_dim must be even for RoPE, got ${s.head_dim}`);
  need(isNum(s.norm_eps) && s.norm_eps > 0 && s.norm_eps < 1, `norm_eps must be in (0, 1), got ${show(s.norm_eps)}`);
  need(isNum(s.qk_scale) && s.qk_scale > 0, `qk_scale must be > 0, got ${show(s.qk_scale)}`);
  need(s.softcap === null || (isNum(s.softcap) && s.softcap > 0), `softcap must be null or > 0, got ${show(s.softcap)}`);

  if (s.value_embed !== null) {
    const ve = { layers: [], gate_channels: 32, gate_scale: 2.0, ...s.value_embed };
    need(Array.isArray(ve.layers), `value_embed.layers must be a list, got ${show(ve.layers)}`);
    need(ve.layers.every((i) => isInt(i) && i >= 0 && i < s.n_layer),
      `value_embed.layers must be layer indices in [0, ${s.n_layer}), got ${show(ve.layers)}`);
    need(new Set(ve.layers).size === ve.layers.length, `value_embed.layers has duplicates: ${show(ve.layers)}`);
    need(isInt(ve.gate_channels) && ve.gate_channels > 0 && ve.gate_channels <= s.n_embd,
      `value_embed.gate_channels must be in [1, n_embd=${s.n_embd}], got ${show(ve.gate_channels)}`);
    need(isNum(ve.gate_scale), `value_embed.gate_scale must be a number, got ${show(ve.gate_scale)}`);
    ve.layers = [...ve.layers];
    s.value_embed = ve;
  }

  const a = s.activation;
  need(ACTIVATIONS.includes(a.kind), `activation.kind must be one of ${show(ACTIVATIONS)}, got ${show(a.kind)}`);
  const params = a.params === null || a.params === undefined ? {} : a.params;
  need(isPlainObject(params), `activation.params must be an object, got ${show(params)}`);
  for (const [k, v] of Object.entries(params)) need(isNum(v), `activation.params.${k} must be a number, got ${show(v)}`);
  s.activation = { kind: a.kind, params: a.kind === 'eml' ? { ...EML_DEFAULTS, ...params } : { ...params } };

  if (s.smear !== null) {
    need(isInt(s.smear.channels) && s.smear.channels > 0 && s.smear.channels <= s.n_embd,
      `smear.channels must be in [1, n_embd=${s.n_embd}], got ${show(s.smear.channels)}`);
  }
  if (s.backout !== null) {
    need(isInt(s.backout.layer) && s.backout.layer >= 0 && s.backout.layer < s.n_layer,
      `backout.layer must be in [0, ${s.n_layer}), got ${show(s.backout.layer)}`);
  }
  need(s.version === SPEC_VERSION, `spec version ${show(s.version)} is not supported (expected ${SPEC_VERSION})`);
  return deepFreeze(s);
}

function deepFreeze(o) {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/** Query heads per kv head: query head h reads kv head h / kvGroup (integer division). */
export function kvGroup(spec) {
  return spec.n_head / spec.n_kv_head;
}

/**
 * Every canonical tensor the spec needs with its shape (null = scalar: shape [] or [1] accepted).
 * Mirrors emlx/exporter/names.py expected_shapes().
 */
export function expectedShapes(spec) {
  const C = spec.n_embd;
  const V = spec.padded_vocab_size;
  const qDim = spec.n_head * spec.head_dim;
  const kvDim = spec.n_kv_head * spec.head_dim;
  const out = {
    'wte.weight': [V, C],
    'lm_head.weight': [V, C],
    resid_lambdas: [spec.n_layer],
    x0_lambdas: [spec.n_layer],
  };
  const veLayers = new Set(spec.value_embed ? spec.value_embed.layers : []);
  for (let i = 0; i < spec.n_layer; i++) {
    const b = `blocks.${i}`;
    out[`${b}.attn.c_q.weight`] = [qDim, C];
    out[`${b}.attn.c_k.weight`] = [kvDim, C];
    out[`${b}.attn.c_v.weight`] = [kvDim, C];
    out[`${b}.attn.c_proj.weight`] = [C, qDim];
    out[`${b}.mlp.c_fc.weight`] = [spec.mlp_hidden, C];
    out[`${b}.mlp.c_proj.weight`] = [C, spec.mlp_hidden];
    if (veLayers.has(i)) {
      out[`${b}.attn.ve_gate.weight`] = [spec.n_kv_head, spec.value_embed.gate_channels];
      out[`value_embeds.${i}.weight`] = [V, kvDim];
    }
    if (spec.activation.kind === 'eml') out[`${b}.mlp.eml_k`] = null;
  }
  if (spec.smear) {
    out['smear_gate.weight'] = [1, spec.smear.channels];
    out.smear_lambda = null;
  }
  if (spec.backout) out.backout_lambda = null;
  return out;
}

/**
 * Problems (missing, unexpected, wrong shape) between the tensors present and what the spec needs.
 * `shapes` maps name -> shape array. Returns a list of human-readable strings (empty = OK).
 */
export function checkTensors(spec, shapes) {
  const want = expectedShapes(spec);
  const have = Object.keys(shapes);
  const problems = [];
  const missing = Object.keys(want).filter((n) => !(n in shapes)).sort();
  const extra = have.filter((n) => !(n in want)).sort();
  if (missing.length) problems.push(`missing tensors: ${missing.join(', ')}`);
  if (extra.length) problems.push(`unexpected tensors: ${extra.join(', ')}`);
  for (const name of Object.keys(want).filter((n) => n in shapes).sort()) {
    const exp = want[name];
    const got = shapes[name];
    if (exp === null) {
      if (!(got.length === 0 || (got.length === 1 && got[0] === 1))) {
        problems.push(`${name}: shape ${show(got)}, expected a scalar ([] or [1])`);
      }
    } else if (got.length !== exp.length || got.some((d, i) => d !== exp[i])) {
      problems.push(`${name}: shape ${show(got)}, expected ${show(exp)}`);
    }
  }
  return problems;
}
