"""The default ToolRAG: MiniLM + multi-label head, trained on synthetic data, packaged as an ONNX folder."""
