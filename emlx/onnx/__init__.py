"""ONNX export of a bundle and the onnxruntime (Python) parity runner (docs/FORMATS.md "ONNX bundle")."""
