"""ONNX export of a bundle and the onnxruntime (Python) parity runner (docs/FORMATS.md "ONNX bundle")."""

#: The optional int64 scalar input of an emlx ONNX export (default 0 = every row): logits for the last N positions of
#: each sequence only; the name optimum / transformers.js exports use.
KEEP_INPUT = "num_logits_to_keep"
