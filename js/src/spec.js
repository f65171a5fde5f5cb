// ModelSpec: parse and validate the `config` block of an emlx bundle (docs/FORMATS.md "ModelSpec").
//
// The fields, types, ranges, defaults, tensor shapes and tap names come from spec-table.js, generated from
// emlx/spec_schema.py; this file interprets that table the way emlx/spec_schema.py does (same checks, same
// one-line messages "invalid model spec: <field> must be <what>, got <value>"; tests/spec_cases.json runs in both).
// The model is driven entirely by the returned object; no family name is interpreted anywhere in the JS port.

import { SPEC_TABLE } from './spec-table.js';

const FIELDS = SPEC_TABLE.objects;
const fieldOf = (obj, name) => FIELDS[obj].find((f) => f.name === name);

export const SPEC_VERSION = SPEC_TABLE.version;
export const SPEC_VERSIONS = Object.freeze([...SPEC_TABLE.versions]);
export const ROPE_STYLES = Object.freeze([...fieldOf('rope', 'style').choices]);
export const TABLE_DTYPES = Object.freeze([...fieldOf('rope', 'table_dtype').choices]);
export const ACTIVATIONS = Object.freeze(Object.keys(SPEC_TABLE.activations));
export const EML_DEFAULTS = Object.freeze(Object.fromEntries(
  Object.entries(SPEC_TABLE.activations.eml).map(([k, rule]) => [k, rule.default])));

function fail(msg) {
  throw new Error(`invalid model spec: ${msg}`);
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

/** A value as JSON, the way errors print it in both languages (NaN / Infinity / -Infinity spelled out). */
export function show(v) {
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : (v > 0 ? 'Infinity' : '-Infinity');
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s;
  } catch {
    return String(v);
  }
}

function fill(text, values) {
  return text.replace(/\{([\w.]+)\}/g, (m, k) => {
    const v = get(values, k);
    return v === undefined || (v === null && !(k in values)) ? m : String(v);
  });
}

function bound(b, top) {
  return typeof b === 'string' ? [top[b], `${b}=${top[b]}`] : [b, String(b)];
}

function numberExpect(f) {
  if (f.gt !== undefined && f.lt !== undefined) return `a finite number in (${show(f.gt)}, ${show(f.lt)})`;
  if (f.gt !== undefined) return `a finite number > ${show(f.gt)}`;
  return 'a finite number';
}

function expect(f, top) {
  if (f.expect !== undefined) return fill(f.expect, { ...top, max: f.max });
  switch (f.type) {
    case 'int':
      if (f.choices) return `one of ${show(f.choices)}`;
      return `an integer in [${bound(f.min, top)[1]}, ${bound(f.max, top)[1]}${f.exclusive ? ')' : ']'}`;
    case 'number': return numberExpect(f);
    case 'enum': return `one of ${show(f.choices)}`;
    case 'string': return `a non-empty string of at most ${f.max_len} characters`;
    case 'bool': return 'true or false';
    default: return f.type;
  }
}

function checkValue(path, f, v, top) {
  if (v === null && f.nullable) return null;
  const bad = () => fail(f.message !== undefined ? fill(f.message, { ...top, value: show(v) }) : `${path} must be ${expect(f, top)}${f.nullable ? ' or null' : ''}, got ${show(v)}`);
  switch (f.type) {
    case 'string':
      if (typeof v !== 'string' || v.length === 0 || v.length > f.max_len) bad();
      return v;
    case 'enum':
      if (typeof v !== 'string' || !f.choices.includes(v)) bad();
      return v;
    case 'bool':
      if (typeof v !== 'boolean') bad();
      return v;
    case 'int':
      if (!isInt(v)) bad();
      if (f.choices) {
        if (!f.choices.includes(v)) bad();
      } else {
        const lo = bound(f.min, top)[0];
        const hi = bound(f.max, top)[0];
        if (v < lo || v > hi || (f.exclusive && v >= hi)) bad();
      }
      return v;
    case 'number':
      if (!isNum(v) || (f.gt !== undefined && !(v > f.gt)) || (f.lt !== undefined && !(v < f.lt))) bad();
      return v;
    case 'window': {
      if (!Array.isArray(v)) fail(`${path} must be a list (one entry per layer), got ${show(v)}`);
      const n = top[f.length];
      if (v.length !== n) fail(`${path} has ${v.length} entries, expected one per layer (${n})`);
      v.forEach((w, i) => {
        if (!(w === null || (isInt(w) && w >= 1 && w <= f.max))) fail(`${path}[${i}] must be ${expect(f, top)}, got ${show(w)}`);
      });
      return [...v];
    }
    case 'indices': {
      const n = top[f.below];
      if (!Array.isArray(v) || !v.every((i) => isInt(i) && i >= 0 && i < n) || new Set(v).size !== v.length) bad();
      return [...v];
    }
    case 'object':
      return checkObject(f.of, v, path, top);
    case 'params':
      if (!isPlainObject(v)) fail(`${path} must be an object of numbers, got ${show(v)}`);
      return { ...v };
    default:
      throw new Error(`spec table: unknown field type ${f.type}`);
  }
}

function checkObject(kind, data, where, top) {
  if (!isPlainObject(data)) fail(`${where} must be an object, got ${show(data)}`);
  const fields = FIELDS[kind];
  const known = fields.map((f) => f.name);
  const unknown = Object.keys(data).filter((k) => !known.includes(k)).sort();
  if (unknown.length) fail(`unknown key(s) ${show(unknown)} in ${where}; known: ${show([...known].sort())}`);
  const missing = fields.filter((f) => f.required && !(f.name in data)).map((f) => f.name);
  if (missing.length) fail(`missing required key(s) ${show(missing)} in ${where}`);
  const out = {};
  const scope = kind === 'config' ? out : top; // bounds refer to top-level fields
  for (const f of fields) {
    const path = kind === 'config' ? f.name : `${where}.${f.name}`;
    if (f.name in data) out[f.name] = checkValue(path, f, data[f.name], scope);
    else if (f.type === 'object' && f.default !== null) out[f.name] = checkValue(path, f, { ...f.default }, scope);
    else out[f.name] = Array.isArray(f.default) ? [...f.default] : (isPlainObject(f.default) ? { ...f.default } : f.default);
  }
  // kind-specific parameters (activation, rope scaling): after the kind itself is known
  for (const f of fields) if (f.type === 'params') out[f.name] = checkParams(f.of, out.kind, out[f.name] ?? {}, `${where}.${f.name}`);
  return out;
}

const PARAM_OWNER = { activations: 'activation', rope_scalings: 'rope scaling' };

function checkParams(table, kind, params, where) {
  const rules = SPEC_TABLE[table][kind];
  const unknown = Object.keys(params).filter((k) => !(k in rules)).sort();
  if (unknown.length) fail(`unknown key(s) ${show(unknown)} in ${where} for ${PARAM_OWNER[table]} ${show(kind)}; known: ${show(Object.keys(rules).sort())}`);
  const missing = Object.keys(rules).filter((k) => !('default' in rules[k]) && !(k in params)).sort();
  if (missing.length) fail(`missing key(s) ${show(missing)} in ${where} for ${PARAM_OWNER[table]} ${show(kind)}`);
  for (const [k, v] of Object.entries(params)) {
    const r = rules[k];
    if (r.type === 'int') {
      if (!isInt(v) || v < r.min || v > r.max) fail(`${where}.${k} must be an integer in [${r.min}, ${r.max}], got ${show(v)}`);
    } else if (!isNum(v) || (r.gt !== undefined && !(v > r.gt))) {
      fail(`${where}.${k} must be ${numberExpect(r)}, got ${show(v)}`);
    }
  }
  const defaults = Object.fromEntries(Object.entries(rules).filter(([, r]) => 'default' in r).map(([k, r]) => [k, r.default]));
  return { ...defaults, ...params };
}

const RELATIONS = { '>=': (a, b) => a >= b, '>': (a, b) => a > b, multiple: (a, b) => a % b === 0, even: (a) => a % 2 === 0 };

/** The recipe keys (and values) a version-1 spec may not carry, as dotted paths (emlx/spec_schema.py _v2_only). */
function v2Only(data) {
  const found = [];
  const walk = (kind, obj, prefix) => {
    if (!isPlainObject(obj)) return;
    for (const f of FIELDS[kind]) {
      if (!(f.name in obj)) continue;
      const v = obj[f.name];
      const path = prefix + f.name;
      if ((f.since ?? 1) > 1) found.push(path);
      else if (v === null && (f.null_since ?? 1) > 1) found.push(`${path}=null`);
      else if (f.v1_choices && !f.v1_choices.includes(v)) found.push(`${path}=${show(v)}`);
      else if (f.type === 'object') walk(f.of, v, `${path}.`);
    }
  };
  walk('config', data, '');
  return found;
}

/**
 * Parse and validate a ModelSpec object (or JSON string). Returns a frozen, normalised copy with every
 * default filled in (an EML activation's params get their defaults too). Throws Error("invalid model spec: ...").
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
  if (!isPlainObject(data)) fail(`expected a JSON object, got ${data === null ? 'null' : Array.isArray(data) ? 'list' : typeof data}`);
  const s = checkObject('config', data, 'config', {});
  if (s.version === 1) {
    const newer = v2Only(data);
    if (newer.length) fail(`${newer.join(', ')}: recipe keys of spec version 2, but the spec says version 1; set version to 2`);
  }
  for (const r of SPEC_TABLE.relations) {
    if (!when(r.when, s, null)) continue;
    if (!RELATIONS[r.op](get(s, r.a), r.b === undefined ? undefined : get(s, r.b))) fail(fill(r.message, s));
  }
  s.version = SPEC_VERSION; // the normalised form has every key: it is a spec of the newest version
  return deepFreeze(s);
}

function deepFreeze(o) {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

function get(spec, dotted) {
  let cur = spec;
  for (const p of dotted.split('.')) cur = isPlainObject(cur) ? cur[p] : undefined;
  return cur;
}

function when(rule, spec, i) {
  if (!rule) return true;
  if ('all' in rule) return rule.all.every((r) => when(r, spec, i));
  if ('present' in rule) return get(spec, rule.present) !== null && get(spec, rule.present) !== undefined;
  if ('layer_in' in rule) return (get(spec, rule.layer_in) ?? []).includes(i);
  const [field, value] = rule.equals;
  return get(spec, field) === value;
}

/**
 * Every canonical tensor the spec needs with its shape (null = scalar: shape [] or [1] accepted), from the shared
 * table's "tensors" rows (emlx/spec_schema.py expected_shapes_of).
 */
export function expectedShapes(spec) {
  const dims = {};
  for (const [sym, fields] of Object.entries(SPEC_TABLE.dims)) {
    const vals = fields.map((f) => get(spec, f));
    if (vals.every((v) => v !== null && v !== undefined)) dims[sym] = vals.reduce((a, b) => a * b, 1);
  }
  const shape = (row) => (row.shape === null ? null : row.shape.map((d) => (typeof d === 'number' ? d : dims[d])));
  const rows = SPEC_TABLE.tensors;
  const first = rows.findIndex((r) => r.layer);
  const last = rows.length - 1 - [...rows].reverse().findIndex((r) => r.layer);
  const out = {};
  for (const r of rows.slice(0, first)) if (when(r.when, spec, null)) out[r.name] = shape(r);
  for (let i = 0; i < spec.n_layer; i++) {
    for (const r of rows.slice(first, last + 1)) if (when(r.when, spec, i)) out[r.name.replaceAll('{i}', String(i))] = shape(r);
  }
  for (const r of rows.slice(last + 1)) if (when(r.when, spec, null)) out[r.name] = shape(r);
  return out;
}

/** Tap names in the order the forward produces them (docs/FORMATS.md "Taps"), from the shared table. */
export function tapNames(spec) {
  const t = SPEC_TABLE.taps;
  const names = [...t.before];
  for (let i = 0; i < spec.n_layer; i++) names.push(...t.layer.map((n) => n.replaceAll('{i}', String(i))));
  return [...names, ...t.after];
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
