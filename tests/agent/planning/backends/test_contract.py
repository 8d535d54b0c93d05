"""One contract, three backends: the scripted fake, llama.cpp in process, and the OpenAI-compatible client
talking to a loopback server that itself runs the tiny model.

To make a random model say a chosen text, the llama-backed variants get a grammar that admits only that text;
the scripted backend replays it in two-character chunks so stop strings straddle chunk boundaries.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agent.planning.backends.base import GenerationOptions, PlannerBackend, PlannerError
from agent.planning.backends.openai_compat import OpenAICompatBackend
from agent.planning.backends.scripted import ScriptedBackend
from agent.planning.gbnf import gbnf_literal

Forced = Callable[[str], tuple[PlannerBackend, str | None]]


@pytest.fixture(params=["scripted", "llama", "server"])
def forced(request: pytest.FixtureRequest) -> Forced:
    """`forced(text)` -> (backend, grammar): the backend's next generation is `text` when given the grammar."""
    kind = request.param
    if kind == "scripted":
        return lambda text: (ScriptedBackend([text], chunk_size=2), None)
    llama = request.getfixturevalue("tiny_llama")
    if kind == "llama":
        return lambda text: (llama, f"root ::= {gbnf_literal(text)}")
    server = request.getfixturevalue("llama_server")
    client = OpenAICompatBackend(server.url, "tiny")
    return lambda text: (client, f"root ::= {gbnf_literal(text)}")


def run(forced: Forced, text: str, **options) -> list[str]:
    backend, grammar = forced(text)
    chunks = list(backend.stream("Question: plan something\n", GenerationOptions(grammar=grammar, **options)))
    assert all(isinstance(c, str) and c for c in chunks)
    return chunks


def test_generation_ends_at_the_stop_string(forced: Forced) -> None:
    chunks = run(forced, 'Thought: x\n1. join()<END_OF_PLAN>ignored', stop=("<END_OF_PLAN>",))
    assert "".join(chunks) == "Thought: x\n1. join()"


def test_a_stop_string_split_across_chunks_is_found(forced: Forced) -> None:
    assert "".join(run(forced, "abc STOP def", stop=("STOP",))) == "abc "


def test_the_earliest_of_several_stop_strings_wins(forced: Forced) -> None:
    assert "".join(run(forced, "one\n\ntwo ZZ three", stop=("ZZ", "\n\n"))) == "one"


def test_without_a_stop_string_everything_is_returned(forced: Forced) -> None:
    text = '1. get_phone_number("Ann")\n2. join()'
    assert "".join(run(forced, text)) == text


def test_text_that_only_starts_like_a_stop_string_is_kept(forced: Forced) -> None:
    assert "".join(run(forced, "a <END_OF b", stop=("<END_OF_PLAN>",))) == "a <END_OF b"


def test_max_tokens_bounds_the_output(forced: Forced) -> None:
    text = "one two three four five six seven eight nine ten"
    chunks = run(forced, text, max_tokens=3)
    assert 1 <= len(chunks) <= 3
    assert text.startswith("".join(chunks)) and "".join(chunks) != text


def test_count_tokens_grows_with_the_text(forced: Forced) -> None:
    backend, _ = forced("x")
    short, long = backend.count_tokens("hello"), backend.count_tokens("hello world, hello again")
    assert 0 < short < long


def test_an_invalid_grammar_is_a_planner_error_not_a_crash(forced: Forced) -> None:
    backend, _ = forced("x")
    with pytest.raises(PlannerError, match="undefined rule 'foo'"):
        list(backend.stream("prompt", GenerationOptions(grammar="root ::= foo")))


def test_no_token_budget_means_no_text(forced: Forced) -> None:
    backend, grammar = forced("1. join()")
    assert list(backend.stream("prompt", GenerationOptions(max_tokens=0, grammar=grammar))) == []
