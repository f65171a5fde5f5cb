// GENERATED from emlx/spec_schema.py by `python -m emlx.spec_schema`; do not edit by hand.
// The ModelSpec fields, ranges, defaults, tensor shapes and tap names that js/src/spec.js interprets.

export const SPEC_TABLE = {
  "version": 2,
  "versions": [
    1,
    2
  ],
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
        "default": {},
        "nullable": true,
        "null_since": 2
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
        "name": "embed",
        "type": "object",
        "of": "embed",
        "default": {},
        "since": 2
      },
      {
        "name": "norm",
        "type": "object",
        "of": "norm",
        "default": {},
        "since": 2
      },
      {
        "name": "qk_norm",
        "type": "object",
        "of": "qk_norm",
        "nullable": true,
        "default": {},
        "since": 2
      },
      {
        "name": "attn",
        "type": "object",
        "of": "attn",
        "default": {},
        "since": 2
      },
      {
        "name": "mlp",
        "type": "object",
        "of": "mlp",
        "default": {},
        "since": 2
      },
      {
        "name": "residual",
        "type": "enum",
        "choices": [
          "lambdas",
          "plain"
        ],
        "default": "lambdas",
        "since": 2
      },
      {
        "name": "version",
        "type": "int",
        "choices": [
          1,
          2
        ],
        "default": 2,
        "message": "spec version {value} is not supported (expected one of [1,2])"
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
      },
      {
        "name": "rotary_dim",
        "type": "int",
        "min": 2,
        "max": "head_dim",
        "nullable": true,
        "default": null,
        "since": 2
      },
      {
        "name": "scaling",
        "type": "object",
        "of": "rope_scaling",
        "default": {},
        "since": 2
      }
    ],
    "rope_scaling": [
      {
        "name": "kind",
        "type": "enum",
        "choices": [
          "none",
          "linear",
          "llama3"
        ],
        "default": "none"
      },
      {
        "name": "params",
        "type": "params",
        "of": "rope_scalings",
        "nullable": true,
        "default": {}
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
          "eml",
          "relu",
          "silu",
          "gelu_tanh",
          "gelu_erf"
        ],
        "v1_choices": [
          "relu2",
          "eml"
        ],
        "default": "relu2"
      },
      {
        "name": "params",
        "type": "params",
        "of": "activations",
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
    ],
    "embed": [
      {
        "name": "norm",
        "type": "bool",
        "default": true
      },
      {
        "name": "positions",
        "type": "enum",
        "choices": [
          "none",
          "learned"
        ],
        "default": "none"
      },
      {
        "name": "tied",
        "type": "bool",
        "default": false
      }
    ],
    "norm": [
      {
        "name": "kind",
        "type": "enum",
        "choices": [
          "rms",
          "layer"
        ],
        "default": "rms"
      },
      {
        "name": "weight",
        "type": "bool",
        "default": false
      },
      {
        "name": "bias",
        "type": "bool",
        "default": false
      }
    ],
    "qk_norm": [
      {
        "name": "order",
        "type": "enum",
        "choices": [
          "after_rope",
          "before_rope"
        ],
        "default": "after_rope"
      },
      {
        "name": "weight",
        "type": "bool",
        "default": false
      }
    ],
    "attn": [
      {
        "name": "qkv_bias",
        "type": "bool",
        "default": false
      },
      {
        "name": "out_bias",
        "type": "bool",
        "default": false
      },
      {
        "name": "scale",
        "type": "number",
        "gt": 0,
        "nullable": true,
        "default": null
      }
    ],
    "mlp": [
      {
        "name": "gated",
        "type": "bool",
        "default": false
      },
      {
        "name": "bias",
        "type": "bool",
        "default": false
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
    },
    "relu": {},
    "silu": {},
    "gelu_tanh": {},
    "gelu_erf": {}
  },
  "rope_scalings": {
    "none": {},
    "linear": {
      "factor": {
        "type": "number",
        "gt": 0
      }
    },
    "llama3": {
      "factor": {
        "type": "number",
        "gt": 0
      },
      "low_freq_factor": {
        "type": "number",
        "gt": 0
      },
      "high_freq_factor": {
        "type": "number",
        "gt": 0
      },
      "original_max_position_embeddings": {
        "type": "int",
        "min": 1,
        "max": 16777216
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
      "when": {
        "all": [
          {
            "present": "rope"
          },
          {
            "equals": [
              "rope.rotary_dim",
              null
            ]
          }
        ]
      },
      "message": "head_dim must be even for RoPE, got {head_dim}"
    },
    {
      "op": "even",
      "a": "rope.rotary_dim",
      "when": {
        "present": "rope.rotary_dim"
      },
      "message": "rope.rotary_dim must be even, got {rope.rotary_dim}"
    },
    {
      "op": ">",
      "a": "rope.scaling.params.high_freq_factor",
      "b": "rope.scaling.params.low_freq_factor",
      "when": {
        "equals": [
          "rope.scaling.kind",
          "llama3"
        ]
      },
      "message": "rope.scaling.params.high_freq_factor {rope.scaling.params.high_freq_factor} must be above low_freq_factor {rope.scaling.params.low_freq_factor}"
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
    "P": [
      "sequence_len"
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
    "D": [
      "head_dim"
    ],
    "G": [
      "value_embed.gate_channels"
    ],
    "S": [
      "smear.channels"
    ],
    "VS": [
      "vocab_size"
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
      "name": "wpe.weight",
      "when": {
        "equals": [
          "embed.positions",
          "learned"
        ]
      },
      "shape": [
        "P",
        "C"
      ]
    },
    {
      "name": "embed_norm.weight",
      "when": {
        "all": [
          {
            "equals": [
              "embed.norm",
              true
            ]
          },
          {
            "equals": [
              "norm.weight",
              true
            ]
          }
        ]
      },
      "shape": [
        "C"
      ]
    },
    {
      "name": "embed_norm.bias",
      "when": {
        "all": [
          {
            "equals": [
              "embed.norm",
              true
            ]
          },
          {
            "equals": [
              "norm.bias",
              true
            ]
          }
        ]
      },
      "shape": [
        "C"
      ]
    },
    {
      "name": "lm_head.weight",
      "when": {
        "equals": [
          "embed.tied",
          false
        ]
      },
      "shape": [
        "V",
        "C"
      ]
    },
    {
      "name": "resid_lambdas",
      "when": {
        "equals": [
          "residual",
          "lambdas"
        ]
      },
      "shape": [
        "L"
      ]
    },
    {
      "name": "x0_lambdas",
      "when": {
        "equals": [
          "residual",
          "lambdas"
        ]
      },
      "shape": [
        "L"
      ]
    },
    {
      "name": "blocks.{i}.attn_norm.weight",
      "layer": true,
      "when": {
        "equals": [
          "norm.weight",
          true
        ]
      },
      "shape": [
        "C"
      ]
    },
    {
      "name": "blocks.{i}.attn_norm.bias",
      "layer": true,
      "when": {
        "equals": [
          "norm.bias",
          true
        ]
      },
      "shape": [
        "C"
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
      "name": "blocks.{i}.attn.c_q.bias",
      "layer": true,
      "when": {
        "equals": [
          "attn.qkv_bias",
          true
        ]
      },
      "shape": [
        "Q"
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
      "name": "blocks.{i}.attn.c_k.bias",
      "layer": true,
      "when": {
        "equals": [
          "attn.qkv_bias",
          true
        ]
      },
      "shape": [
        "KV"
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
      "name": "blocks.{i}.attn.c_v.bias",
      "layer": true,
      "when": {
        "equals": [
          "attn.qkv_bias",
          true
        ]
      },
      "shape": [
        "KV"
      ]
    },
    {
      "name": "blocks.{i}.attn.q_norm.weight",
      "layer": true,
      "when": {
        "equals": [
          "qk_norm.weight",
          true
        ]
      },
      "shape": [
        "D"
      ]
    },
    {
      "name": "blocks.{i}.attn.k_norm.weight",
      "layer": true,
      "when": {
        "equals": [
          "qk_norm.weight",
          true
        ]
      },
      "shape": [
        "D"
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
      "name": "blocks.{i}.attn.c_proj.bias",
      "layer": true,
      "when": {
        "equals": [
          "attn.out_bias",
          true
        ]
      },
      "shape": [
        "C"
      ]
    },
    {
      "name": "blocks.{i}.mlp_norm.weight",
      "layer": true,
      "when": {
        "equals": [
          "norm.weight",
          true
        ]
      },
      "shape": [
        "C"
      ]
    },
    {
      "name": "blocks.{i}.mlp_norm.bias",
      "layer": true,
      "when": {
        "equals": [
          "norm.bias",
          true
        ]
      },
      "shape": [
        "C"
      ]
    },
    {
      "name": "blocks.{i}.mlp.c_gate.weight",
      "layer": true,
      "when": {
        "equals": [
          "mlp.gated",
          true
        ]
      },
      "shape": [
        "H",
        "C"
      ]
    },
    {
      "name": "blocks.{i}.mlp.c_gate.bias",
      "layer": true,
      "when": {
        "all": [
          {
            "equals": [
              "mlp.gated",
              true
            ]
          },
          {
            "equals": [
              "mlp.bias",
              true
            ]
          }
        ]
      },
      "shape": [
        "H"
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
      "name": "blocks.{i}.mlp.c_fc.bias",
      "layer": true,
      "when": {
        "equals": [
          "mlp.bias",
          true
        ]
      },
      "shape": [
        "H"
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
      "name": "blocks.{i}.mlp.c_proj.bias",
      "layer": true,
      "when": {
        "equals": [
          "mlp.bias",
          true
        ]
      },
      "shape": [
        "C"
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
      "name": "final_norm.weight",
      "when": {
        "equals": [
          "norm.weight",
          true
        ]
      },
      "shape": [
        "C"
      ]
    },
    {
      "name": "final_norm.bias",
      "when": {
        "equals": [
          "norm.bias",
          true
        ]
      },
      "shape": [
        "C"
      ]
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
  },
  "heap": {
    "align": 64,
    "reserved": 64,
    "max_bytes": 4294967296,
    "host": [
      "resid_lambdas",
      "x0_lambdas",
      "blocks.{i}.mlp.eml_k",
      "blocks.{i}.attn.ve_gate.weight",
      "smear_gate.weight",
      "smear_lambda",
      "backout_lambda"
    ],
    "linear": [
      {
        "name": "blocks.{i}.attn.c_q.weight"
      },
      {
        "name": "blocks.{i}.attn.c_k.weight"
      },
      {
        "name": "blocks.{i}.attn.c_v.weight"
      },
      {
        "name": "blocks.{i}.attn.c_proj.weight"
      },
      {
        "name": "blocks.{i}.mlp.c_gate.weight"
      },
      {
        "name": "blocks.{i}.mlp.c_fc.weight"
      },
      {
        "name": "blocks.{i}.mlp.c_proj.weight"
      },
      {
        "name": "lm_head.weight",
        "rows": "vocab_size"
      },
      {
        "name": "wte.weight",
        "rows": "vocab_size",
        "when": {
          "equals": [
            "embed.tied",
            true
          ]
        }
      }
    ],
    "rope": {
      "first_rows": 256
    },
    "cache": {
      "min_rows": 16,
      "slack_rows": 16
    },
    "scratch": [
      {
        "name": "x",
        "floats": [
          "T",
          "C"
        ]
      },
      {
        "name": "x0",
        "floats": [
          "T",
          "C"
        ],
        "when": {
          "spec": {
            "equals": [
              "residual",
              "lambdas"
            ]
          }
        }
      },
      {
        "name": "h",
        "floats": [
          "T",
          "C"
        ]
      },
      {
        "name": "t",
        "floats": [
          "T",
          "Q"
        ]
      },
      {
        "name": "q",
        "floats": [
          "T",
          "Q"
        ]
      },
      {
        "name": "att",
        "floats": [
          "T",
          "Q"
        ]
      },
      {
        "name": "y",
        "floats": [
          "T",
          "Q"
        ]
      },
      {
        "name": "o",
        "floats": [
          "T",
          "C"
        ]
      },
      {
        "name": "z",
        "floats": [
          "T",
          "H"
        ]
      },
      {
        "name": "u",
        "floats": [
          "T",
          "H"
        ],
        "when": {
          "spec": {
            "equals": [
              "mlp.gated",
              true
            ]
          }
        }
      },
      {
        "name": "k",
        "floats": [
          "T",
          "KV"
        ],
        "when": {
          "stateless": true
        }
      },
      {
        "name": "v",
        "floats": [
          "T",
          "KV"
        ],
        "when": {
          "stateless": true
        }
      },
      {
        "name": "xb",
        "floats": [
          "T",
          "C"
        ],
        "when": {
          "spec": {
            "present": "backout"
          }
        }
      },
      {
        "name": "e",
        "floats": [
          "T",
          "KV"
        ],
        "when": {
          "spec": {
            "present": "value_embed"
          }
        }
      },
      {
        "name": "lg",
        "floats": [
          "R",
          "VS"
        ]
      },
      {
        "name": "sc",
        "floats": [
          "K"
        ]
      },
      {
        "name": "deq",
        "floats": [
          "I8"
        ],
        "when": {
          "rows_at_least": 8
        }
      },
      {
        "name": "xq",
        "floats": [
          7,
          "XQ"
        ]
      },
      {
        "name": "pack",
        "bytes": 278544,
        "when": {
          "rows_at_least": 32
        }
      }
    ]
  }
};
