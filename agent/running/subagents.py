"""Sub-agents that write text for the tools: email bodies, notes and document summaries.

`ModelWriter` implements tools.writer.TextWriter (the seam the mail and PDF backends write through) with any
PlannerBackend: a GGUF run by llama.cpp or an OpenAI-compatible server, chosen by the `writer` settings
(agent/setup/settings.py, wired in agent/setup/assembly.py). Each kind of text has its own prompt, built from the
request text (tools.context.request_text, which the executor sets for every step) and the material the tool passes:
the plan's `context` argument for an email or a note, the document's text for a summary.

- Nothing is cut to fit: a text longer than the model's context is split at paragraph, line or word
  boundaries, each part is summarised, and the part summaries are summarised again until one prompt holds them.
- An email body or a note always contains its material word for word: the model writes around it, and when its
  text leaves the material out, the material is appended after it (a Zoom link or a summary is never lost).
- Any failure (no model file, a corrupt one, a server that is down or refuses the key, a context too small,
  an empty answer) is logged with its reason and the text is written on device by tools.writer.LocalWriter;
  a request never fails because the writer model did.
- The model is loaded on first use, once, inside the step that needs it (never on the UI thread).

What the user sees of a written email body before it leaves is decided by the mail mode, not here; see
docs/adr/writer-subagents.md.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from agent.planning.backends.base import GenerationOptions, PlannerBackend, PlannerError, complete
from agent.planning.prompts.templates import ChatTemplate, ChatTemplateError, InstructionTemplate, PromptTemplate
from tools.writer import LocalWriter, TextWriter, WritingTask

log = logging.getLogger(__name__)

Loader = Callable[[], PlannerBackend]
TokenCounter = Callable[[str], int]

LETTER_TOKENS = 400  # the longest email body or note the model may write
TOKENS_PER_WORD = 2  # a generous bound for English text, so a summary of N words fits in its token budget
MAX_SUMMARY_ROUNDS = 8  # map-reduce rounds before giving up (each round must shorten the text, else it stops)
_MARGIN = 16  # tokens kept free: counts of joined pieces may differ a little from the sum of their counts
_STOPS = ("### Instruction:", "### Input:", "### Response:")  # a model that starts a new turn has finished

_WHAT = {"summary": "summary", "email_body": "email body", "note": "note"}


class WriterError(RuntimeError):
    """The writer model cannot write this text; the caller writes it on device instead."""


@dataclass(frozen=True)
class Prompt:
    system: str
    user: str
    max_tokens: int


def _request_line(request: str) -> str:
    return f"The user's request: {request.strip()}\n\n" if request.strip() else ""


def email_prompt(request: str, material: str, *, material_follows: bool = False) -> Prompt:
    system = ("You write the body of an email the user asked for, in the user's voice. Write only the body: "
              "no subject line, no signature with a name. Say what the request asks to say, briefly and politely, "
              "and invent no facts, names, dates or places.")
    user = _request_line(request)
    if material:
        user += f"Text the email must include word for word:\n{material}\n\n"
    elif material_follows:
        user += "A long text is added after the body; do not repeat it, introduce it in one sentence.\n\n"
    return Prompt(system, user + "Email body:", LETTER_TOKENS)


def note_prompt(request: str, material: str, *, material_follows: bool = False) -> Prompt:
    system = ("You write a note for the user in Markdown: a title line and short lines or bullet points that record "
              "what the request asks to note. Write only the note; add nothing the request and the text do not say.")
    user = _request_line(request)
    if material:
        user += f"Text the note must include word for word:\n{material}\n\n"
    elif material_follows:
        user += "A long text is added after the note; do not repeat it.\n\n"
    return Prompt(system, user + "Note:", LETTER_TOKENS)


def summary_prompt(request: str, text: str, max_words: int, *, part: tuple[int, int] | None = None,
                   of_summaries: bool = False) -> Prompt:
    """The summary of `text`; `part=(i, n)` marks part i of n of a longer text, `of_summaries` a text made of
    the summaries of consecutive parts."""
    system = (f"You summarise documents. Write a summary of at most {max_words} words that keeps the main points "
              "and the names, numbers and dates that matter. Write only the summary.")
    if part is not None:
        label = f"Part {part[0]} of {part[1]} of a longer text"
    elif of_summaries:
        label = "Summaries of consecutive parts of one text, in order"
    else:
        label = "Text"
    user = f"{_request_line(request)}{label}:\n{text}\n\nSummary:"
    return Prompt(system, user, max_words * TOKENS_PER_WORD + _MARGIN)


def with_material(text: str, material: str) -> str:
    """The written text, followed by the material when the text does not already contain it word for word."""
    if not material or " ".join(material.split()) in " ".join(text.split()):
        return text
    return f"{text}\n\n{material}"


def split_to_fit(text: str, budget: int, count: TokenCounter) -> list[str]:
    """Consecutive pieces of `text` of at most about `budget` tokens each, cut at paragraph breaks, else at line
    breaks, else between words (a single run longer than the budget is cut in halves). Every word is kept, in order."""
    if count(text) <= budget:
        return [text]
    for separator in ("\n\n", "\n", " "):
        pieces = [piece for piece in text.split(separator) if piece.strip()]
        if len(pieces) > 1:
            return _pack([small for piece in pieces for small in split_to_fit(piece, budget, count)],
                         separator, budget, count)
    middle = len(text) // 2
    return split_to_fit(text[:middle], budget, count) + split_to_fit(text[middle:], budget, count)


def _pack(pieces: list[str], separator: str, budget: int, count: TokenCounter) -> list[str]:
    """Neighbouring pieces joined while their summed token counts stay within the budget."""
    packed: list[str] = []
    current: list[str] = []
    size = 0
    for piece in pieces:
        tokens = count(piece) + 1
        if current and size + tokens > budget:
            packed.append(separator.join(current))
            current, size = [], 0
        current.append(piece)
        size += tokens
    if current:
        packed.append(separator.join(current))
    return packed


def template_for(backend: PlannerBackend) -> PromptTemplate:
    """The model's own chat template when its GGUF carries one, else the plain instruction format."""
    source = getattr(backend, "chat_template", None)
    return ChatTemplate(source) if source else InstructionTemplate()


class ModelWriter:
    """A TextWriter backed by a model, loaded by `load` on first use; `context_tokens` is the context size
    assumed for a backend that does not report one (a server)."""

    def __init__(self, load: Loader, *, context_tokens: int = 4096, fallback: TextWriter | None = None) -> None:
        self._load = load
        self.context_tokens = context_tokens
        self.fallback = fallback or LocalWriter()
        self._backend: PlannerBackend | None = None
        self._load_error = ""
        self._loading = threading.Lock()

    def write(self, task: WritingTask) -> str:
        try:
            return self._write(self._model(), task)
        except WriterError as exc:
            log.warning("The writer model could not write the %s (%s); writing it on device instead.",
                        _WHAT[task.kind], exc)
            return self.fallback.write(task)

    def _model(self) -> PlannerBackend:
        with self._loading:
            if self._backend is None and not self._load_error:
                try:
                    self._backend = self._load()
                except (PlannerError, OSError, ValueError) as exc:
                    self._load_error = f"it could not be loaded: {exc}"
            if self._backend is None:
                raise WriterError(self._load_error)
            return self._backend

    def _write(self, backend: PlannerBackend, task: WritingTask) -> str:
        material = task.material.strip()
        if task.kind == "summary":
            return self._summary(backend, task.request, material, task.max_words) if material else ""
        if not task.request.strip() and not material:
            return ""
        make = email_prompt if task.kind == "email_body" else note_prompt
        prompt = make(task.request, material)
        if not self._fits(backend, prompt):  # the material is added after the text as it is, never cut
            prompt = make(task.request, "", material_follows=True)
        return with_material(self._complete(backend, prompt), material)

    def _summary(self, backend: PlannerBackend, request: str, text: str, max_words: int) -> str:
        of_summaries = False
        for _ in range(MAX_SUMMARY_ROUNDS):
            whole = summary_prompt(request, text, max_words, of_summaries=of_summaries)
            if self._fits(backend, whole):
                return self._complete(backend, whole)
            parts = self._parts(backend, text, self._room_for_part(backend, request, max_words))
            log.info("Summarising %d parts of a text too long for the writer model's context.", len(parts))
            summaries = [self._complete(backend, summary_prompt(request, part, max_words, part=(i, len(parts))))
                         for i, part in enumerate(parts, start=1)]
            shorter = "\n\n".join(summaries)
            if self._count(backend, shorter) >= self._count(backend, text):
                raise WriterError("the summaries of the parts are no shorter than the text")
            text, of_summaries = shorter, True
        raise WriterError(f"the text was still too long after {MAX_SUMMARY_ROUNDS} rounds of summaries")

    def _parts(self, backend: PlannerBackend, text: str, room: int) -> list[str]:
        """The text in parts of at most `room` tokens. Pieces are sized by the text's tokens per character (one
        count, not one per word: a server counts over HTTP); a part that still does not fit is split by real counts."""
        per_char = self._count(backend, text) / max(len(text), 1)
        parts: list[str] = []
        for part in split_to_fit(text, room, lambda piece: int(len(piece) * per_char) + 1):
            fits = self._count(backend, part) <= room
            parts += [part] if fits else split_to_fit(part, room, lambda piece: self._count(backend, piece))
        return parts

    def _room_for_part(self, backend: PlannerBackend, request: str, max_words: int) -> int:
        """Tokens of text one part's prompt can hold; too little room to shorten anything is an error."""
        empty = summary_prompt(request, "", max_words, part=(999, 999))
        room = self._context(backend) - self._prompt_tokens(backend, empty) - empty.max_tokens - _MARGIN
        if room < 2 * empty.max_tokens:
            raise WriterError(f"its context of {self._context(backend)} tokens is too small to summarise in parts")
        return room

    def _context(self, backend: PlannerBackend) -> int:
        return getattr(backend, "n_ctx", None) or self.context_tokens

    def _render(self, backend: PlannerBackend, prompt: Prompt) -> str:
        try:
            return template_for(backend).render(prompt.system, prompt.user)
        except ChatTemplateError as exc:
            raise WriterError(str(exc)) from None

    def _count(self, backend: PlannerBackend, text: str) -> int:
        try:
            return backend.count_tokens(text)
        except PlannerError as exc:
            raise WriterError(str(exc)) from None

    def _prompt_tokens(self, backend: PlannerBackend, prompt: Prompt) -> int:
        return self._count(backend, self._render(backend, prompt))

    def _fits(self, backend: PlannerBackend, prompt: Prompt) -> bool:
        return self._prompt_tokens(backend, prompt) + prompt.max_tokens <= self._context(backend)

    def _complete(self, backend: PlannerBackend, prompt: Prompt) -> str:
        if not self._fits(backend, prompt):
            raise WriterError(f"a prompt does not fit its context of {self._context(backend)} tokens")
        options = GenerationOptions(stop=_STOPS, max_tokens=prompt.max_tokens)
        try:
            text = complete(backend, self._render(backend, prompt), options).strip()
        except PlannerError as exc:
            raise WriterError(str(exc)) from None
        if not text:
            raise WriterError("it wrote nothing")
        return text
