// GENERATED from emlx/spec_schema.py by `python -m emlx.spec_schema`; do not edit by hand.
// The ModelSpec fields, ranges, defaults, tensor shapes and tap names that js/src/spec.js interprets.

export const SPEC_TABLE = {
  "version": 1,
  "objects": {
    "config": [
      {
        "name": "family",
        "type": "string",
        "required": true,
        "max_len": 200
      },
      {
        "name": "source_framework",
        "type": "string",
        "required": true,
        "max_len": 200
      },
      {
        "name": "vocab_size",
        "type": "int",
        "min": 1,
        "max": 16777216,
        "required": true
      },
      {
        "name": "padded_vocab_size",
        "type": "int",
        "min": 1,
        "max": 16777216,
        "required": true
      },
      {
        "name": "n_layer",
        "type": "int",
        "min": 1,
        "max": 1024,
        "required": true
      },
      {
        "name": "n_head",
        "type": "int",
        "min": 1,
        "max": 1024,
        "required": true
      },
      {
        "name": "n_kv_head",
        "type": "int",
        "min": 1,
        "max": 1024,
        "required": true
      },
      {
        "name": "n_embd",
        "type": "int",
        "min": 1,
        "max": 262144,
        "required": true
      },
      {
        "name": "head_dim",
        "type": "int",
        "min": 1,
        "max": 262144,
        "required": true
      },
      {
        "name": "mlp_hidden",
        "type": "int",
        "min": 1,
        "max": 262144,
        "required": true
      },
      {
        "name": "sequence_len",
        "type": "int",
        "min": 1,
        "max": 16777216,
        "required": true
      },
      {
        "name": "window",
        "type": "window",
        "required": true,
        "length": "n_layer",
        "max": 33554432,
        "expect": "null (full causal) or an integer >= 1 of visible keys (at most {max})"
      },
      {
        "name": "rope",
        "type": "object",
        "of": "rope",
        "default": {}
      },
      {
        "name": "norm_eps",
        "type": "number",
        "gt": 0,
        "lt": 1,
        "default": 1e-05
      },
      {
        "name": "qk_scale",
        "type": "number",
        "gt": 0,
        "default": 1.0
      },
      {
        "name": "value_embed",
        "type": "object",
        "of": "value_embed",
        "nullable": true,
        "default": null
      },
      {
        "name": "softcap",
        "type": "number",
        "gt": 0,
        "nullable": true,
        "default": 15.0
      },
      {
        "name": "activation",
        "type": "object",
        "of": "activation",
        "default": {}
      },
      {
        "name": "smear",
        "type": "object",
        "of": "smear",
        "nullable": true,
        "default": null
      },
      {
        "name": "backout",
        "type": "object",
        "of": "backout",
        "nullable": true,
        "default": null
      },
      {
        "name": "version",
        "type": "int",
        "min": 1,
        "max": 1,
        "default": 1,
        "message": "spec version {value} is not supported (expected 1)"
      }
    ],
    "rope": [
      {
        "name": "style",
        "type": "enum",
        "choices": [
          "interleaved",
          "half"
        ],
        "default": "interleaved"
      },
      {
        "name": "base",
        "type": "number",
        "gt": 1,
        "default": 10000.0
      },
      {
        "name": "sign",
        "type": "int",
        "choices": [
          1,
          -1
        ],
        "default": 1,
        "expect": "+1 or -1"
      },
      {
        "name": "table_dtype",
        "type": "enum",
        "choices": [
          "float32",
          "bfloat16",
          "float16"
        ],
        "default": "float32"
      }
    ],
    "value_embed": [
      {
        "name": "layers",
        "type": "indices",
        "below": "n_layer",
        "default": [],
        "expect": "layer indices in [0, {n_layer}) without duplicates"
      },
      {
        "name": "gate_channels",
        "type": "int",
        "min": 1,
        "max": "n_embd",
        "default": 32
      },
      {
        "name": "gate_scale",
        "type": "number",
        "default": 2.0
      }
    ],
    "activation": [
      {
        "name": "kind",
        "type": "enum",
        "choices": [
          "relu2",
          "eml"
        ],
        "default": "relu2"
      },
      {
        "name": "params",
        "type": "params",
        "nullable": true,
        "default": {}
      }
    ],
    "smear": [
      {
        "name": "channels",
        "type": "int",
        "min": 1,
        "max": "n_embd",
        "default": 24
      }
    ],
    "backout": [
      {
        "name": "layer",
        "type": "int",
        "min": 0,
        "max": "n_layer",
        "exclusive": true,
        "default": 0,
        "expect": "in [0, {n_layer})"
      }
    ]
  },
  "activations": {
    "relu2": {},
    "eml": {
      "exp_clamp": {
        "type": "number",
        "gt": 0,
        "default": 20.0
      },
      "log_floor": {
        "type": "number",
        "gt": 0,
        "default": 1e-30
      }
    }
  },
  "relations": [
    {
      "op": ">=",
      "a": "padded_vocab_size",
      "b": "vocab_size",
      "message": "padded_vocab_size {padded_vocab_size} is smaller than vocab_size {vocab_size}"
    },
    {
      "op": "multiple",
      "a": "n_head",
      "b": "n_kv_head",
      "message": "n_head {n_head} is not a multiple of n_kv_head {n_kv_head}"
    },
    {
      "op": "even",
      "a": "head_dim",
      "message": "head_dim must be even for RoPE, got {head_dim}"
    }
  ],
  "dims": {
    "V": [
      "padded_vocab_size"
    ],
    "C": [
      "n_embd"
    ],
    "L": [
      "n_layer"
    ],
    "H": [
      "mlp_hidden"
    ],
    "Q": [
      "n_head",
      "head_dim"
    ],
    "KV": [
      "n_kv_head",
      "head_dim"
    ],
    "KVH": [
      "n_kv_head"
    ],
    "G": [
      "value_embed.gate_channels"
    ],
    "S": [
      "smear.channels"
    ]
  },
  "tensors": [
    {
      "name": "wte.weight",
      "shape": [
        "V",
        "C"
      ]
    },
    {
      "name": "lm_head.weight",
      "shape": [
        "V",
        "C"
      ]
    },
    {
      "name": "resid_lambdas",
      "shape": [
        "L"
      ]
    },
    {
      "name": "x0_lambdas",
      "shape": [
        "L"
      ]
    },
    {
      "name": "blocks.{i}.attn.c_q.weight",
      "layer": true,
      "shape": [
        "Q",
        "C"
      ]
    },
    {
      "name": "blocks.{i}.attn.c_k.weight",
      "layer": true,
      "shape": [
        "KV",
        "C"
      ]
    },
    {
      "name": "blocks.{i}.attn.c_v.weight",
      "layer": true,
      "shape": [
        "KV",
        "C"
      ]
    },
    {
      "name": "blocks.{i}.attn.c_proj.weight",
      "layer": true,
      "shape": [
        "C",
        "Q"
      ]
    },
    {
      "name": "blocks.{i}.mlp.c_fc.weight",
      "layer": true,
      "shape": [
        "H",
        "C"
      ]
    },
    {
      "name": "blocks.{i}.mlp.c_proj.weight",
      "layer": true,
      "shape": [
        "C",
        "H"
      ]
    },
    {
      "name": "blocks.{i}.attn.ve_gate.weight",
      "layer": true,
      "when": {
        "layer_in": "value_embed.layers"
      },
      "shape": [
        "KVH",
        "G"
      ]
    },
    {
      "name": "value_embeds.{i}.weight",
      "layer": true,
      "when": {
        "layer_in": "value_embed.layers"
      },
      "shape": [
        "V",
        "KV"
      ]
    },
    {
      "name": "blocks.{i}.mlp.eml_k",
      "layer": true,
      "when": {
        "equals": [
          "activation.kind",
          "eml"
        ]
      },
      "shape": null
    },
    {
      "name": "smear_gate.weight",
      "when": {
        "present": "smear"
      },
      "shape": [
        1,
        "S"
      ]
    },
    {
      "name": "smear_lambda",
      "when": {
        "present": "smear"
      },
      "shape": null
    },
    {
      "name": "backout_lambda",
      "when": {
        "present": "backout"
      },
      "shape": null
    }
  ],
  "taps": {
    "before": [
      "embed"
    ],
    "layer": [
      "blocks.{i}.attn.q",
      "blocks.{i}.attn.k",
      "blocks.{i}.attn.v",
      "blocks.{i}.attn_out",
      "blocks.{i}.mlp_out",
      "blocks.{i}.out"
    ],
    "after": [
      "final_norm",
      "logits"
    ]
  }
};
