"""The scripted backend: replays responses in their chunking, records prompts, raises scripted failures."""

from __future__ import annotations

import pytest

from agent.planning.backends.base import GenerationOptions, PlannerError, complete
from agent.planning.backends.scripted import ScriptedBackend


def test_replays_responses_in_order_with_their_chunking() -> None:
    backend = ScriptedBackend([["1. jo", "in()"], "2. join()"], chunk_size=4)
    assert list(backend.stream("first", GenerationOptions())) == ["1. jo", "in()"]
    assert list(backend.stream("second", GenerationOptions())) == ["2. j", "oin(", ")"]
    assert backend.prompts == ["first", "second"]
    with pytest.raises(PlannerError, match="no responses left"):
        backend.stream("third", GenerationOptions())


def test_scripted_exceptions_are_raised() -> None:
    backend = ScriptedBackend([PlannerError("model crashed"), "1. join()"])
    with pytest.raises(PlannerError, match="model crashed"):
        backend.stream("p", GenerationOptions())
    assert complete(backend, "p", GenerationOptions()) == "1. join()"


def test_options_are_recorded() -> None:
    backend = ScriptedBackend(["x"])
    options = GenerationOptions(stop=("<END_OF_PLAN>",), max_tokens=9)
    complete(backend, "p", options)
    assert backend.options == [options]
