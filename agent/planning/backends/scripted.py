"""A planner backend that replays scripted outputs, for tests of everything above the planner.

Each call to `stream` takes the next scripted response: a string (yielded in chunks of `chunk_size`
characters), a sequence of strings (yielded exactly in that chunking), or an exception (raised, to test how
callers survive a failing planner). Stop strings and `max_tokens` behave as in the real backends, with each
chunk counting as one token. The prompts it received are kept in `prompts`, in order.
It honours the same contract as the llama.cpp and server backends (tests/agent/planning/backends/test_contract.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from agent.planning.backends.base import GenerationOptions, PlannerError
from agent.planning.backends.stops import StopScanner
from agent.planning.gbnf import GrammarError, validate_gbnf

Response = str | Sequence[str] | BaseException

_TOKEN = re.compile(r"\w+|[^\w\s]|\s+")


class ScriptedBackend:
    name = "scripted"

    def __init__(self, responses: Sequence[Response], chunk_size: int = 3) -> None:
        self._responses = list(responses)
        self._chunk_size = chunk_size
        self.prompts: list[str] = []
        self.options: list[GenerationOptions] = []

    def count_tokens(self, text: str) -> int:
        """Words, punctuation marks and whitespace runs: a stand-in for a real tokenizer."""
        return len(_TOKEN.findall(text))

    def stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        if options.grammar is not None:
            try:
                validate_gbnf(options.grammar)
            except GrammarError as exc:
                raise PlannerError(str(exc)) from None
        if not self._responses:
            raise PlannerError("the scripted planner has no responses left")
        self.prompts.append(prompt)
        self.options.append(options)
        response = self._responses.pop(0)
        if isinstance(response, BaseException):
            raise response
        if isinstance(response, str):
            step = self._chunk_size
            response = [response[i:i + step] for i in range(0, len(response), step)]
        return self._replay(list(response), options)

    @staticmethod
    def _replay(chunks: list[str], options: GenerationOptions) -> Iterator[str]:
        stops = StopScanner(options.stop)
        for chunk in chunks[: options.max_tokens]:
            text = stops.feed(chunk)
            if text:
                yield text
            if stops.stopped:
                return
        tail = stops.flush()
        if tail:
            yield tail
