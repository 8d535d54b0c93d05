"""The ToolRAG interfaces the session depends on; implementations live beside this module."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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
