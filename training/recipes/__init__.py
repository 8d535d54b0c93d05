"""Reproduction recipes for the released TinyAgent models (GPU runs, dry-run tested on CPU)."""
