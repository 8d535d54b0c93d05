"""Model export: GGUF writing for planners and 4-bit quantisation."""
