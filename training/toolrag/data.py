"""ToolRAG training examples: request text -> 16-way multi-hot label vector in catalogue order.

Long multi-intent requests are what a single mean-pooled embedding blurs (feasibility note), so training adds
joined pairs of requests whose label is the union: a label-exact way to show the head long, mixed requests.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np

from agent.measure.evaluation import EvalItem as Item
from tools.catalogue import TOOL_NAMES

_JOINERS = (" ", ". ", ", and ", " and also ", ". Also ", "; ", ", then ", " oh and ")


def label_vector(tools: Sequence[str]) -> np.ndarray:
    vector = np.zeros(len(TOOL_NAMES), dtype=np.float32)
    for name in tools:
        if name not in TOOL_NAMES:
            raise ValueError(f"unknown tool {name!r} in a training item")
        vector[TOOL_NAMES.index(name)] = 1.0
    return vector


def examples(items: Sequence[Item], joined_fraction: float, seed: int) -> tuple[list[str], np.ndarray]:
    """Texts and labels: every item once, plus `joined_fraction * len(items)` joined pairs."""
    rng = random.Random(seed)
    texts = [item.query for item in items]
    labels = [label_vector(item.tools) for item in items]
    for _ in range(int(joined_fraction * len(items))):
        first, second = rng.sample(list(items), 2)
        texts.append(first.query.rstrip() + rng.choice(_JOINERS) + second.query.strip())
        labels.append(np.maximum(label_vector(first.tools), label_vector(second.tools)))
    return texts, np.stack(labels)
