"""Checkpoint readers, name table, family detection, quantisation, tokenizer export and bundle writers."""
