"""In-context example retrieval: an example pool (JSON + a .npy matrix, no pickle) ranked by cosine similarity.

`retrieve` keeps the examples whose tools are all among the selected tools, ranks them by the cosine
similarity of their stored embedding to the query's, and returns the top k (6), most similar first. It is a
plain blocking call for a worker thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from agent.toolrag.base import Example
from agent.toolrag.config import ToolRAGError
from tools.catalogue import TOOL_NAMES

EXAMPLES_JSON = "examples.json"
EXAMPLES_NPY = "examples.npy"
DEFAULT_K = 6


@dataclass(frozen=True)
class ExamplePool:
    examples: tuple[Example, ...]
    vectors: np.ndarray  # float32 [n, d], rows L2-normalised

    @property
    def dimension(self) -> int:
        return int(self.vectors.shape[1])


def has_pool(folder: Path) -> bool:
    return (folder / EXAMPLES_JSON).is_file() or (folder / EXAMPLES_NPY).is_file()


def load_pool(folder: Path, repair: str) -> ExamplePool:
    json_path, npy_path = folder / EXAMPLES_JSON, folder / EXAMPLES_NPY
    try:
        raw = json.loads(json_path.read_text(encoding="utf-8"))
        vectors = np.load(npy_path, allow_pickle=False)
    except FileNotFoundError as exc:
        raise ToolRAGError(f"{exc.filename} is missing (the example pool needs both files): {repair}") from None
    except (OSError, ValueError) as exc:
        raise ToolRAGError(f"the example pool in {folder} cannot be read ({str(exc)[:120]}): {repair}") from None
    if not isinstance(raw, list):
        raise ToolRAGError(f"{json_path} must hold a list of examples: {repair}")
    examples = tuple(_example(item, json_path, repair) for item in raw)
    if vectors.ndim != 2 or vectors.shape[0] != len(examples) or vectors.dtype != np.float32:
        raise ToolRAGError(f"{npy_path} holds {vectors.dtype} {vectors.shape}, expected float32 "
                           f"[{len(examples)}, d]: {repair}")
    norms = np.linalg.norm(vectors, axis=1)
    if len(norms) and not np.allclose(norms, 1.0, atol=1e-3):
        raise ToolRAGError(f"{npy_path} rows are not L2-normalised: {repair}")
    return ExamplePool(examples, vectors)


def _example(item: object, path: Path, repair: str) -> Example:
    if not isinstance(item, dict) or not isinstance(item.get("query"), str) or not isinstance(item.get("plan"), str):
        raise ToolRAGError(f"{path}: each example needs 'query' and 'plan' strings: {repair}")
    tools = item.get("tools", [])
    if not isinstance(tools, list) or any(t not in TOOL_NAMES for t in tools):
        raise ToolRAGError(f"{path}: example '{item['query'][:40]}' names unknown tools {tools}: {repair}")
    return Example(item["query"], item["plan"], tuple(tools))


class EmbeddingRetriever:
    """Ranks a pool with `embed(query)`, which must come from the model that embedded the pool."""

    def __init__(self, pool: ExamplePool, embed: Callable[[str], np.ndarray]) -> None:
        self.pool = pool
        self.embed = embed
        self.problem = ""

    def retrieve(self, query: str, tools: Sequence[str], k: int = DEFAULT_K) -> list[Example]:
        allowed = set(tools)
        keep = [i for i, example in enumerate(self.pool.examples) if set(example.tools) <= allowed]
        if not keep or k <= 0:
            return []
        vector = np.asarray(self.embed(query), dtype=np.float32)
        vector = vector / max(float(np.linalg.norm(vector)), 1e-12)
        scores = self.pool.vectors[keep] @ vector
        order = np.argsort(-scores, kind="stable")[:k]
        return [self.pool.examples[keep[i]] for i in order]


class NoExamples:
    """Retrieval that is off; `problem` says why (empty when the model simply ships no pool)."""

    def __init__(self, problem: str = "") -> None:
        self.problem = problem

    def retrieve(self, query: str, tools: Sequence[str], k: int = DEFAULT_K) -> list[Example]:
        return []
