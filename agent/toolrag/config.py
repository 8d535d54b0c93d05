"""`toolrag.json`: the settings stored beside a ToolRAG classifier (format in models/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tools.catalogue import TINYAGENT_TOOL_NAMES, TOOL_NAMES

CONFIG_NAME = "toolrag.json"
DEFAULT_THRESHOLD = 0.5
MAX_TOKENS = 512


class ToolRAGError(RuntimeError):
    """A ToolRAG model that cannot be used; the message names the file and says what to do."""


@dataclass(frozen=True)
class ToolRAGConfig:
    labels: tuple[str, ...]
    threshold: float = DEFAULT_THRESHOLD
    max_length: int = MAX_TOKENS
    embedding_model: str | None = None  # the model that embedded examples.npy (and embeds queries)


def read_config(folder: Path, repair: str) -> ToolRAGConfig:
    path = folder / CONFIG_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ToolRAGError(f"{path} is missing: {repair}") from None
    except (OSError, ValueError) as exc:
        raise ToolRAGError(f"{path} cannot be read ({exc}): {repair}") from None
    if not isinstance(data, dict):
        raise ToolRAGError(f"{path} must hold a JSON object: {repair}")
    labels = tuple(data.get("labels") or ())
    if labels not in (TINYAGENT_TOOL_NAMES, TOOL_NAMES):
        raise ToolRAGError(
            f"{path}: the classifier's labels are neither TinyAgent's 16 tools nor Errand's {len(TOOL_NAMES)}, in "
            f"registry order (got {list(labels)[:3]}…); this model was trained for a different tool list: {repair}")
    threshold = data.get("threshold", DEFAULT_THRESHOLD)
    max_length = data.get("max_length", MAX_TOKENS)
    embedding_model = data.get("embedding_model")
    if not isinstance(threshold, int | float) or not 0 < threshold < 1:
        raise ToolRAGError(f"{path}: threshold must be a number between 0 and 1: {repair}")
    if not isinstance(max_length, int) or max_length < 1:
        raise ToolRAGError(f"{path}: max_length must be a positive integer: {repair}")
    if embedding_model is not None and not isinstance(embedding_model, str):
        raise ToolRAGError(f"{path}: embedding_model must be a name or null: {repair}")
    return ToolRAGConfig(labels, float(threshold), min(max_length, MAX_TOKENS), embedding_model)
