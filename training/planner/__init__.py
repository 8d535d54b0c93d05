"""The default planner: a small llama model trained from scratch on synthetic data, exported to 4-bit GGUF."""
