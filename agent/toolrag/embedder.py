"""A separate ONNX sentence encoder for example retrieval, for classifiers without an `embedding` output
(the TinyAgent-ToolRAG DeBERTa). Folder format: model.onnx, tokenizer.json, embedder.json
{"name": ..., "max_length": ...}; see models/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from agent.toolrag.config import ToolRAGError
from agent.toolrag.encoder import OnnxTextModel

EMBEDDER_CONFIG = "embedder.json"


class OnnxEmbedder:
    def __init__(self, folder: Path, *, threads: int, repair: str) -> None:
        path = folder / EMBEDDER_CONFIG
        try:
            config = json.loads(path.read_text(encoding="utf-8"))
            self.name = str(config["name"])
            max_length = int(config.get("max_length", 256))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ToolRAGError(f"{path} is missing or invalid ({exc}): {repair}") from None
        self.model = OnnxTextModel(folder, max_length=max_length, threads=threads, repair=repair)

    def embed(self, text: str) -> np.ndarray:
        """L2-normalised sentence vector: the `embedding` output, else the mean of the first output's tokens
        (a batch of one is never padded, so the plain mean is the masked mean)."""
        outputs = self.model.run(text)
        vector = outputs["embedding"] if "embedding" in outputs else outputs[self.model.output_names[0]].mean(axis=0)
        vector = np.asarray(vector, dtype=np.float32)
        return vector / max(float(np.linalg.norm(vector)), 1e-12)
