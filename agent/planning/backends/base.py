"""The interface every planner backend implements, and the options that travel with a generation."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol


class PlannerError(RuntimeError):
    """The planner could not produce text (model missing or corrupt, server unreachable...)."""


@dataclass(frozen=True)
class GenerationOptions:
    stop: tuple[str, ...] = ()
    max_tokens: int = 512
    temperature: float = 0.0
    grammar: str | None = None  # GBNF text, validated before use
    seed: int | None = None  # for temperature > 0: the same seed and prompt give the same sample


class PlannerBackend(Protocol):
    name: str

    def stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        """Yield generated text chunks until a stop string, max_tokens, or the end of the output."""
        ...

    def count_tokens(self, text: str) -> int: ...


def complete(backend: PlannerBackend, prompt: str, options: GenerationOptions) -> str:
    return "".join(backend.stream(prompt, options))


def first_stop(text: str, stops: Sequence[str]) -> int:
    """Index of the earliest stop string in text, or -1."""
    hits = [i for i in (text.find(s) for s in stops) if i != -1]
    return min(hits) if hits else -1
