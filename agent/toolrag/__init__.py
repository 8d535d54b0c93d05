"""ToolRAG: which tools a request needs (an ONNX classifier), and which in-context examples to show the
planner (embedding similarity). Uses nothing else in `agent`; the models come from `training/toolrag`."""
