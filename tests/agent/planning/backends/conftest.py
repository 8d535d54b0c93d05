"""Planner-test fixtures: the tiny GGUF loaded once, and a real HTTP server on loopback that speaks the
OpenAI-compatible completions endpoint (streamed as server-sent events) plus the llama.cpp server's /tokenize.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from agent.planning.backends.base import GenerationOptions

Generate = Callable[[dict[str, Any]], Iterable[str]]


@dataclass
class ServerBehaviour:
    generate: Generate = lambda body: ["1. join()"]
    count: Callable[[str], int] = lambda text: len(text.split())
    tokenize_endpoint: bool = True
    status: int = 200
    required_key: str | None = None
    delay: float = 0.0  # seconds before each streamed event
    raw_events: list[str] | None = None  # sent verbatim instead of generated chunks


@dataclass
class CompletionServer:
    url: str
    behaviour: ServerBehaviour
    requests: list[tuple[str, dict[str, str], dict[str, Any]]] = field(default_factory=list)


def _handler(server: CompletionServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
            server.requests.append((self.path, dict(self.headers), body))
            b = server.behaviour
            if b.required_key and self.headers.get("Authorization") != f"Bearer {b.required_key}":
                return self._json(401, {"error": {"message": "invalid api key"}})
            if b.status != 200:
                return self._json(b.status, {"error": {"message": "model is loading"}})
            if self.path == "/tokenize" and b.tokenize_endpoint:
                return self._json(200, {"tokens": list(range(b.count(body["content"])))})
            if self.path != "/v1/completions":
                return self._json(404, {"error": {"message": f"no route {self.path}"}})
            if not body.get("stream"):
                text = "".join(b.generate(body))
                usage = {"prompt_tokens": b.count(body["prompt"]), "completion_tokens": 1}
                return self._json(200, {"choices": [{"text": text, "index": 0}], "usage": usage})
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            events = b.raw_events if b.raw_events is not None else [
                json.dumps({"choices": [{"text": chunk, "index": 0, "finish_reason": None}]})
                for chunk in b.generate(body)
            ] + ["[DONE]"]
            try:
                for event in events:
                    time.sleep(b.delay)
                    self.wfile.write(f"data: {event}\n\n".encode())
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading (stop string seen)

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@pytest.fixture
def completion_server() -> Iterator[CompletionServer]:
    state = CompletionServer(url="", behaviour=ServerBehaviour())
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def tiny_llama(tiny_gguf):  # -> LlamaBackend
    from agent.planning.backends.llama import LlamaBackend

    backend = LlamaBackend(tiny_gguf, n_ctx=2048, n_threads=1)
    yield backend
    backend.close()


@pytest.fixture
def llama_server(completion_server: CompletionServer, tiny_llama) -> CompletionServer:
    """The loopback server answering from the tiny model, honouring max_tokens, stop and grammar."""

    def generate(body: dict[str, Any]) -> Iterable[str]:
        options = GenerationOptions(stop=tuple(body.get("stop", ())), max_tokens=body["max_tokens"],
                                    temperature=body.get("temperature", 0.0), grammar=body.get("grammar"))
        return tiny_llama.stream(body["prompt"], options)

    completion_server.behaviour.generate = generate
    completion_server.behaviour.count = tiny_llama.count_tokens
    return completion_server
