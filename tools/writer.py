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


# Words after which a request states its message, strongest first: "email Anna saying ...", "tell Bob that ...".
_MESSAGE_STARTS = tuple(re.compile(rf"\b(?:{words})\b[:,]?\s+", re.IGNORECASE) for words in (
    r"saying|that says|to say|telling (?:him|her|them)|with the message|letting (?:him|her|them) know",
    r"that",
    r"about",
))


def words_from_request(request: str) -> str:
    """The part of a request that states the message ("tell Ann that I'm late" -> "I'm late.")."""
    text = " ".join(request.split())
    match = next((m for pattern in _MESSAGE_STARTS if (m := pattern.search(text))), None)
    message = text[match.end():].strip(" .") if match else ""
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
