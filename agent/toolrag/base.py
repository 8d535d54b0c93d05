"""The ToolRAG interfaces the session depends on; implementations live beside this module."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol


@dataclass(frozen=True)
class ToolSelection:
    tools: tuple[str, ...]  # canonical order
    probabilities: Mapping[str, float] = field(default_factory=dict)
    fallback: bool = False  # True when nothing passed the threshold and every enabled tool was offered
    seconds: float = 0.0


@dataclass(frozen=True)
class Example:
    query: str
    plan: str
    tools: tuple[str, ...]


class ToolSelector(Protocol):
    def select(self, query: str, enabled_tools: Sequence[str]) -> ToolSelection: ...


class ExampleRetriever(Protocol):
    def retrieve(self, query: str, tools: Sequence[str], k: int = 6) -> list[Example]: ...


def select_tools(selector: ToolSelector | None, text: str, enabled: Sequence[str]) -> ToolSelection:
    """ToolRAG's choice among the enabled tools, in their order; every enabled tool when it chooses none or is not
    loaded (COMPAT section 4's fallback)."""
    enabled = tuple(enabled)
    if selector is None:
        return ToolSelection(enabled, fallback=True)
    selection = selector.select(text, enabled)
    chosen = tuple(name for name in enabled if name in set(selection.tools))
    if not chosen:
        return ToolSelection(enabled, selection.probabilities, fallback=True, seconds=selection.seconds)
    return replace(selection, tools=chosen)
