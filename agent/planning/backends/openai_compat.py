"""A planner running elsewhere, behind an OpenAI-compatible completions endpoint.

Works with the llama.cpp server, Ollama and LM Studio (`POST <base>/v1/completions`, streamed as server-sent
events). The base URL may be given with or without the trailing `/v1`. Stop strings are sent to the server
and also applied here, so a server that ignores some of them (OpenAI allows four) still stops in time.
A grammar is sent as the llama.cpp server's `grammar` field (other servers ignore it).
The API key, when one is needed, comes from a callable (the keyring lookup) at each request and is never
stored on the object or logged. Its keyring entry is service API_KEY_SERVICE, account `api_key_account(url)` (the
server's root URL); a server that refuses the request (401/403) gets an error naming the command that stores it.
Connection problems raise PlannerError from `stream()` itself; a failure in the middle of the stream raises
PlannerError from the iterator.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

from agent.planning.backends.base import GenerationOptions, PlannerError
from agent.planning.backends.stops import StopScanner
from agent.planning.gbnf import GrammarError, validate_gbnf

ApiKey = Callable[[], str | None]

API_KEY_SERVICE = "errand-openai"


def server_root(base_url: str) -> str:
    """The server's URL without a trailing slash or `/v1`: `http://host:8080/v1/` -> `http://host:8080`."""
    base = base_url.strip().rstrip("/")
    return base[: -len("/v1")] if base.endswith("/v1") else base


def api_key_account(base_url: str) -> str:
    """The keyring account of a server's API key (service API_KEY_SERVICE): its root URL."""
    return server_root(base_url)


class OpenAICompatBackend:
    name = "openai-compatible"

    def __init__(self, base_url: str, model: str, *, api_key: ApiKey | None = None, timeout: float = 60.0) -> None:
        if not base_url.strip().startswith(("http://", "https://")):
            raise PlannerError(f"planner server URL must start with http:// or https://, got {base_url!r}")
        self._root = server_root(base_url)
        self.model = model
        self._api_key = api_key
        self.timeout = timeout

    @property
    def completions_url(self) -> str:
        return f"{self._root}/v1/completions"

    def stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        if options.max_tokens < 1:
            return iter(())
        body: dict[str, Any] = {
            "model": self.model, "prompt": prompt, "max_tokens": options.max_tokens,
            "temperature": options.temperature, "stream": True,
        }
        if options.seed is not None:
            body["seed"] = options.seed
        if options.stop:
            body["stop"] = list(options.stop[:4])
        if options.grammar is not None:
            try:
                validate_gbnf(options.grammar)
            except GrammarError as exc:
                raise PlannerError(str(exc)) from None
            body["grammar"] = options.grammar
        response = self._post(self.completions_url, body)
        return self._events(response, StopScanner(options.stop))

    def count_tokens(self, text: str) -> int:
        """The llama.cpp server's `/tokenize`; elsewhere the prompt token count of a one-token completion."""
        try:
            with self._post(f"{self._root}/tokenize", {"content": text}, quiet_404=True) as response:
                return len(json.load(response)["tokens"])
        except _NotFound:
            pass
        body = {"model": self.model, "prompt": text, "max_tokens": 1, "temperature": 0.0}
        with self._post(self.completions_url, body) as response:
            try:
                return int(json.load(response)["usage"]["prompt_tokens"])
            except (ValueError, KeyError, TypeError):
                raise PlannerError("the planner server does not report token counts") from None

    def _post(self, url: str, body: dict[str, Any], quiet_404: bool = False) -> Any:
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream, application/json"}
        key = self._api_key() if self._api_key else None
        if key:
            headers["Authorization"] = f"Bearer {key}"
        request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            if quiet_404 and exc.code == 404:
                raise _NotFound from None
            hint = _key_hint(self._root) if exc.code in (401, 403) else ""
            raise PlannerError(f"the planner server answered HTTP {exc.code}: {_error_text(exc)}{hint}") from None
        except TimeoutError:
            raise PlannerError(f"the planner server at {self._root} did not answer within {self.timeout:g} s") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PlannerError(f"cannot reach the planner server at {self._root}: {reason}") from None

    def _events(self, response: Any, stops: StopScanner) -> Iterator[str]:
        with response:
            try:
                for raw in response:
                    line = raw.decode("utf-8", errors="replace").strip()
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    text = stops.feed(_choice_text(data))
                    if text:
                        yield text
                    if stops.stopped:
                        return
            except TimeoutError:
                raise PlannerError(f"the planner server stopped sending for {self.timeout:g} s") from None
            except OSError as exc:
                raise PlannerError(f"the connection to the planner server broke: {exc}") from None
            tail = stops.flush()
            if tail:
                yield tail


class _NotFound(Exception):
    pass


def _choice_text(data: str) -> str:
    try:
        event = json.loads(data)
    except ValueError:
        raise PlannerError(f"the planner server sent an event that is not JSON: {data[:80]!r}") from None
    if isinstance(event, dict) and "error" in event:
        error = event["error"]
        message = error.get("message", error) if isinstance(error, dict) else error
        raise PlannerError(f"the planner server reported: {message}")
    try:
        return event["choices"][0].get("text") or ""
    except (KeyError, IndexError, TypeError, AttributeError):
        raise PlannerError(f"the planner server sent an unexpected event: {data[:80]!r}") from None


def _key_hint(root: str) -> str:
    return (f"; if the server needs an API key, store it in the keyring with "
            f"`errand secret set {API_KEY_SERVICE} {api_key_account(root)}`")


def _error_text(exc: urllib.error.HTTPError) -> str:
    try:
        payload = json.loads(exc.read() or b"{}")
        error = payload.get("error", payload)
        return str(error.get("message", error) if isinstance(error, dict) else error)[:200]
    except (ValueError, AttributeError, OSError):
        return exc.reason if isinstance(exc.reason, str) else "error"
