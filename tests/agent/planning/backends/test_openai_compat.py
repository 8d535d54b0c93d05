"""The OpenAI-compatible client against a real HTTP server on loopback: SSE streaming, errors, keys."""

from __future__ import annotations

import json
import socket

import pytest

from agent.planning.backends.base import GenerationOptions, PlannerError
from agent.planning.backends.openai_compat import OpenAICompatBackend

PLAN_CHUNKS = ["1. get_phone", "_number(\"Ann\")\n2. join()<END_", "OF_PLAN>\nafterwards"]


def test_streams_server_sent_events_and_sends_the_request(completion_server) -> None:
    completion_server.behaviour.generate = lambda body: PLAN_CHUNKS
    backend = OpenAICompatBackend(completion_server.url + "/v1/", "tinyagent-1.1b")
    options = GenerationOptions(stop=("<END_OF_PLAN>", "@1", "@2", "@3", "@4"), max_tokens=77, grammar='root ::= "x"')
    chunks = list(backend.stream("Question: call Ann", options))
    assert "".join(chunks) == '1. get_phone_number("Ann")\n2. join()'
    assert chunks[0] == "1. get_phone"  # streamed, not collected first
    path, headers, body = completion_server.requests[-1]
    assert path == "/v1/completions"
    assert body == {"model": "tinyagent-1.1b", "prompt": "Question: call Ann", "max_tokens": 77,
                    "temperature": 0.0, "stream": True, "stop": ["<END_OF_PLAN>", "@1", "@2", "@3"],
                    "grammar": 'root ::= "x"'}
    assert "Authorization" not in headers


def test_api_key_comes_from_the_callable_at_each_request_and_is_not_kept(completion_server) -> None:
    completion_server.behaviour.required_key = "s3cret-key"
    asked = []

    def key() -> str:
        asked.append(1)
        return "s3cret-key"

    backend = OpenAICompatBackend(completion_server.url, "m", api_key=key)
    assert "".join(backend.stream("p", GenerationOptions())) == "1. join()"
    assert "".join(backend.stream("p", GenerationOptions())) == "1. join()"
    assert len(asked) == 2
    assert "s3cret-key" not in repr(vars(backend))
    wrong = OpenAICompatBackend(completion_server.url, "m", api_key=lambda: "guess")
    with pytest.raises(PlannerError, match="HTTP 401: invalid api key"):
        wrong.stream("p", GenerationOptions())


def test_http_errors_are_one_clear_message(completion_server) -> None:
    completion_server.behaviour.status = 503
    with pytest.raises(PlannerError, match="HTTP 503: model is loading"):
        OpenAICompatBackend(completion_server.url, "m").stream("p", GenerationOptions())


def test_unreachable_server() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    backend = OpenAICompatBackend(f"http://127.0.0.1:{port}", "m", timeout=2)
    with pytest.raises(PlannerError, match=f"cannot reach the planner server at http://127.0.0.1:{port}"):
        backend.stream("p", GenerationOptions())


def test_a_server_that_goes_quiet_times_out(completion_server) -> None:
    completion_server.behaviour.delay = 1.0
    backend = OpenAICompatBackend(completion_server.url, "m", timeout=0.2)
    with pytest.raises(PlannerError, match=r"(stopped sending for|did not answer within) 0\.2 s"):
        list(backend.stream("p", GenerationOptions()))


@pytest.mark.parametrize(("events", "message"), [
    (["not json"], "not JSON"),
    ([json.dumps({"error": {"message": "context overflow"}})], "reported: context overflow"),
    ([json.dumps({"choices": []})], "unexpected event"),
])
def test_malformed_streams_are_planner_errors(completion_server, events: list[str], message: str) -> None:
    completion_server.behaviour.raw_events = events
    with pytest.raises(PlannerError, match=message):
        list(OpenAICompatBackend(completion_server.url, "m").stream("p", GenerationOptions()))


def test_count_tokens_uses_tokenize_or_falls_back_to_usage(completion_server) -> None:
    backend = OpenAICompatBackend(completion_server.url, "m")
    assert backend.count_tokens("one two three") == 3
    assert completion_server.requests[-1][0] == "/tokenize"
    completion_server.behaviour.tokenize_endpoint = False  # e.g. Ollama
    assert backend.count_tokens("one two three four") == 4
    assert [r[0] for r in completion_server.requests[-2:]] == ["/tokenize", "/v1/completions"]
    assert completion_server.requests[-1][2]["max_tokens"] == 1


def test_url_must_be_http() -> None:
    with pytest.raises(PlannerError, match="must start with http"):
        OpenAICompatBackend("localhost:8080", "m")


def test_server_running_the_tiny_model_writes_a_grammar_plan(llama_server) -> None:
    from agent.planning.grammar import GrammarLimits, plan_grammar
    from agent.plans.plan import END_OF_PLAN, parse_plan
    from tools.catalogue import CATALOGUE

    grammar = plan_grammar(CATALOGUE.subset(["get_email_address", "compose_new_email"]),
                           GrammarLimits(max_steps=3, max_string=16, max_list=2, max_thought=0))
    backend = OpenAICompatBackend(llama_server.url, "tiny")
    text = "".join(backend.stream("Question: email Ann", GenerationOptions(stop=(END_OF_PLAN,), max_tokens=1500,
                                                                          grammar=grammar)))
    plan = parse_plan(text)
    assert plan.complete and plan.steps[-1].tool == "join" and not plan.problems


def test_a_sampling_seed_is_sent_to_the_server(completion_server) -> None:
    completion_server.behaviour.generate = lambda body: PLAN_CHUNKS
    backend = OpenAICompatBackend(completion_server.url, "m")
    list(backend.stream("p", GenerationOptions(temperature=0.7, seed=3)))
    body = completion_server.requests[-1][2]
    assert (body["temperature"], body["seed"]) == (0.7, 3)
