"""Writing text for tools: PDF summaries, email bodies and notes.

A `TextWriter` is injected into the backends that need one. The app/agent layer implements it with a
configured model (a GGUF or OpenAI-compatible planner backend); without one, `LocalWriter` writes on device:
an extractive summary, or the body/note taken from the request's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

from tools.summary import extractive_summary

WritingKind = Literal["summary", "email_body", "note"]


@dataclass(frozen=True)
class WritingTask:
    kind: WritingKind
    request: str  # the user's request text (tools.context.request_text)
    material: str  # the text to summarise, or the plan's context (earlier results) for an email or note
    max_words: int = 200


class TextWriter(Protocol):
    def write(self, task: WritingTask) -> str: ...


# "email Anna saying ...", "tell Bob that ...", "... about the budget": what follows is the message itself.
_MESSAGE_START = re.compile(
    r"\b(?:saying|that says|to say|telling (?:him|her|them)|that|about|with the message)\b[:,]?\s+",
    re.IGNORECASE,
)


def words_from_request(request: str) -> str:
    """The part of a request that states the message ("tell Ann that I'm late" -> "I'm late.")."""
    text = " ".join(request.split())
    match = _MESSAGE_START.search(text)
    message = text[match.end():] if match else ""
    message = message.strip(" .")
    if not message:
        return ""
    return message[0].upper() + message[1:] + "."


class LocalWriter:
    """The on-device writer used when no model is configured."""

    def write(self, task: WritingTask) -> str:
        if task.kind == "summary":
            return extractive_summary(task.material, max_words=task.max_words)
        own_words = words_from_request(task.request)
        parts = [part for part in (own_words, task.material.strip()) if part]
        return "\n\n".join(parts)
