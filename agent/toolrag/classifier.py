"""The ToolRAG tool selector (COMPAT section 4): raw query -> sigmoid over 16 logits -> tools above threshold.

`select` is a plain blocking call for a worker thread (see encoder.py).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from agent.toolrag.base import ToolSelection
from agent.toolrag.config import ToolRAGConfig, ToolRAGError
from agent.toolrag.encoder import OnnxTextModel


class OnnxToolSelector:
    def __init__(self, model: OnnxTextModel, config: ToolRAGConfig, repair: str) -> None:
        if "logits" not in model.output_names:
            raise ToolRAGError(f"{model.folder}/model.onnx has no 'logits' output: {repair}")
        self.model = model
        self.config = config

    def probabilities(self, query: str) -> dict[str, float]:
        logits = np.asarray(self.model.run(query)["logits"], dtype=np.float64)
        if logits.shape != (len(self.config.labels),):
            raise ToolRAGError(f"{self.model.folder}/model.onnx gives {logits.shape} logits, "
                               f"expected {len(self.config.labels)}")
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        return {name: float(p) for name, p in zip(self.config.labels, probabilities, strict=True)}

    def select(self, query: str, enabled_tools: Sequence[str]) -> ToolSelection:
        """Tools whose probability is above the threshold, among the enabled ones; all enabled when none is."""
        started = time.perf_counter()
        probabilities = self.probabilities(query)
        enabled = set(enabled_tools)
        chosen = tuple(name for name in self.config.labels
                       if name in enabled and probabilities[name] > self.config.threshold)
        fallback = not chosen
        if fallback:
            chosen = tuple(name for name in self.config.labels if name in enabled)
        return ToolSelection(chosen, probabilities, fallback, time.perf_counter() - started)
