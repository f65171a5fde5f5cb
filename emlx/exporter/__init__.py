"""Checkpoint readers, export evidence (configs beside a checkpoint), quantisation, tokenizer export, and the export pipeline."""
