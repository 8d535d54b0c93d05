"""The model-backed writer: exact prompts (scripted backend), chunked summaries that read every word, the
material kept word for word, the on-device fallback, the real tiny GGUF, and an OpenAI-compatible server with
its API key from the keyring (loopback server)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.planning.backends.base import GenerationOptions, PlannerError
from agent.planning.backends.llama import LlamaBackend
from agent.planning.backends.scripted import ScriptedBackend
from agent.planning.prompts.templates import InstructionTemplate
from agent.running.subagents import (
    ModelWriter,
    email_prompt,
    note_prompt,
    split_to_fit,
    summary_prompt,
    with_material,
)
from agent.setup.assembly import build_session, keyring_api_key, load_planner, load_writer, writer_backend
from agent.setup.settings import PlannerSettings, Settings, WriterSettings
from tools.context import request_text
from tools.linux.pdf import PdfSummarizer
from tools.secrets import SecretStore
from tools.writer import LocalWriter, WritingTask

from ..planning.backends.conftest import CompletionServer

REQUEST = "email Ann saying the meeting moved to Friday"
LINK = "https://zoom.example/j/42"


def rendered(prompt) -> str:
    return InstructionTemplate().render(prompt.system, prompt.user)


def scripted(*responses, context_tokens: int = 4096) -> tuple[ModelWriter, ScriptedBackend]:
    backend = ScriptedBackend(list(responses))
    return ModelWriter(lambda: backend, context_tokens=context_tokens), backend


def long_text(paragraphs: int = 12, words: int = 60) -> str:
    return "\n\n".join(" ".join(f"w{p}x{i}" for i in range(words)) + "." for p in range(paragraphs))



# prompts and the material ------------------------------------------------------------------------------------

def test_email_body_prompt_is_exact_and_the_material_is_kept() -> None:
    writer, backend = scripted("Hi Ann, the meeting moved to Friday.")
    body = writer.write(WritingTask("email_body", REQUEST, LINK))
    assert backend.prompts == [rendered(email_prompt(REQUEST, LINK))]
    assert backend.prompts[0] == (
        "### Instruction:\nYou write the body of an email the user asked for, in the user's voice. Write only the "
        "body: no subject line, no signature with a name. Say what the request asks to say, briefly and politely, "
        "and invent no facts, names, dates or places.\n\n### Input:\nThe user's request: email Ann saying the "
        "meeting moved to Friday\n\nText the email must include word for word:\nhttps://zoom.example/j/42\n\n"
        "Email body:\n\n### Response:\n")
    assert body == f"Hi Ann, the meeting moved to Friday.\n\n{LINK}"
    assert backend.options[0].max_tokens == 400 and "### Instruction:" in backend.options[0].stop


def test_material_already_written_is_not_repeated() -> None:
    writer, _ = scripted(f"Hi Ann,\nhere is the link:   {LINK}\nSee you.")
    assert writer.write(WritingTask("email_body", REQUEST, LINK)).count(LINK) == 1
    assert with_material("text", "") == "text"


def test_note_prompt() -> None:
    writer, backend = scripted("# Groceries\n- milk")
    note = writer.write(WritingTask("note", "note that we need milk", ""))
    assert backend.prompts == [rendered(note_prompt("note that we need milk", ""))]
    assert "Markdown" in backend.prompts[0] and note == "# Groceries\n- milk"


def test_nothing_to_write_asks_no_model() -> None:
    writer, backend = scripted()
    assert writer.write(WritingTask("email_body", "", "")) == ""
    assert writer.write(WritingTask("summary", "summarise it", "   ")) == ""
    assert backend.prompts == []


def test_material_too_long_for_the_prompt_follows_the_written_text_uncut() -> None:
    material = long_text(paragraphs=6)
    writer, backend = scripted("Hi Ann, the report is below.", context_tokens=700)
    body = writer.write(WritingTask("email_body", REQUEST, material))
    assert backend.prompts == [rendered(email_prompt(REQUEST, "", material_follows=True))]
    assert body == f"Hi Ann, the report is below.\n\n{material}"


# summaries ---------------------------------------------------------------------------------------------------

def test_a_short_text_is_summarised_in_one_prompt() -> None:
    writer, backend = scripted("The plan is fine.")
    assert writer.write(WritingTask("summary", "summarise plan.pdf", "The plan.", 50)) == "The plan is fine."
    assert backend.prompts == [rendered(summary_prompt("summarise plan.pdf", "The plan.", 50))]
    assert backend.options[0].max_tokens == 50 * 2 + 16


def test_a_long_text_is_summarised_in_parts_and_every_word_is_read() -> None:
    text = long_text()
    words = text.split()
    writer, backend = scripted(*[f"part summary {i}." for i in range(1, 30)], context_tokens=700)
    summary = writer.write(WritingTask("summary", "summarise it", text, 20))
    part_prompts = [p for p in backend.prompts if "of a longer text:" in p]
    n = len(part_prompts)
    assert n >= 3 and len(backend.prompts) == n + 1
    assert summary == f"part summary {n + 1}."
    read = []
    for i, prompt in enumerate(part_prompts, start=1):
        assert f"Part {i} of {n} of a longer text:\n" in prompt
        body = prompt.split("of a longer text:\n", 1)[1].rsplit("\n\nSummary:", 1)[0]
        read += body.split()
        assert backend.count_tokens(prompt) + backend.options[i - 1].max_tokens <= 700
    assert read == words  # nothing cut, nothing reordered
    final = backend.prompts[-1]
    assert "Summaries of consecutive parts of one text, in order:\n" in final
    assert all(f"part summary {i}." in final for i in range(1, n + 1))


def test_split_to_fit_keeps_every_word_in_order_within_the_budget() -> None:
    count = ScriptedBackend([]).count_tokens
    text = "alpha beta\ngamma delta epsilon\n\n" + "zeta " * 40 + "\n\nomega."
    pieces = split_to_fit(text, 20, count)
    assert len(pieces) > 1 and all(count(piece) <= 20 for piece in pieces)
    assert " ".join(pieces).split() == text.split()
    assert split_to_fit("short text", 20, count) == ["short text"]
    by_characters = split_to_fit("x" * 90, 25, len)  # one run with no break in it is cut in halves
    assert "".join(by_characters) == "x" * 90 and all(len(piece) <= 25 for piece in by_characters)


def test_summarize_pdf_goes_through_the_model(make_pdf, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "budget.pdf", [["The budget is 40,000 euros."], ["Travel is cut by half."]])
    writer, backend = scripted("Budget 40,000 euros; travel halved.")
    token = request_text.set("summarize budget.pdf")
    try:
        observation = PdfSummarizer(writer).summarize(pdf)
    finally:
        request_text.reset(token)
    assert observation == "Summary of budget.pdf (all 2 pages):\nBudget 40,000 euros; travel halved."
    assert "The user's request: summarize budget.pdf" in backend.prompts[0]
    assert "The budget is 40,000 euros." in backend.prompts[0] and "Travel is cut by half." in backend.prompts[0]


# falling back to the on-device writer ------------------------------------------------------------------------

def test_a_model_that_cannot_load_is_tried_once_and_the_text_is_written_on_device(caplog) -> None:
    attempts = []

    def load():
        attempts.append(1)
        raise PlannerError("/models/writer.gguf does not exist")

    writer = ModelWriter(load)
    task = WritingTask("email_body", "tell Ann that I'm late", "")
    with caplog.at_level(logging.WARNING, logger="agent.running.subagents"):
        assert writer.write(task) == LocalWriter().write(task) == "I'm late."
        assert writer.write(WritingTask("summary", "", "One. Two.", 10)) == "One. Two."
    assert len(attempts) == 1
    assert "could not write the email body (it could not be loaded: /models/writer.gguf does not exist)" in caplog.text


@pytest.mark.parametrize(("response", "reason"), [
    (PlannerError("cannot reach the planner server"), "cannot reach the planner server"),
    ("   ", "it wrote nothing"),
])
def test_a_failing_model_falls_back(response, reason: str, caplog) -> None:
    writer, _ = scripted(response)
    with caplog.at_level(logging.WARNING, logger="agent.running.subagents"):
        assert writer.write(WritingTask("email_body", "tell Ann that I'm late", LINK)) == f"I'm late.\n\n{LINK}"
    assert reason in caplog.text


def test_a_context_too_small_to_summarise_in_parts_falls_back(caplog) -> None:
    writer, backend = scripted(context_tokens=300)
    text = long_text(paragraphs=3)
    with caplog.at_level(logging.WARNING, logger="agent.running.subagents"):
        summary = writer.write(WritingTask("summary", "", text, 100))
    assert summary == LocalWriter().write(WritingTask("summary", "", text, 100))
    assert "context of 300 tokens is too small to summarise in parts" in caplog.text and backend.prompts == []


# the real tiny GGUF ------------------------------------------------------------------------------------------

class Recording:
    """The real backend, with the prompts it was given kept for the assertions."""

    def __init__(self, backend: LlamaBackend) -> None:
        self.backend = backend
        self.prompts: list[str] = []
        self.n_ctx = backend.n_ctx
        self.chat_template = backend.chat_template

    def stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        self.prompts.append(prompt)
        return self.backend.stream(prompt, options)

    def count_tokens(self, text: str) -> int:
        return self.backend.count_tokens(text)


@pytest.fixture(scope="module")
def tiny_writer_model(tiny_gguf: Path) -> Iterator[LlamaBackend]:
    backend = LlamaBackend(tiny_gguf, n_ctx=1024, n_threads=1)
    yield backend
    backend.close()


def test_tiny_gguf_summarises_a_long_text_in_parts(tiny_writer_model: LlamaBackend, caplog) -> None:
    recording = Recording(tiny_writer_model)
    writer = ModelWriter(lambda: recording)
    text = long_text(paragraphs=10, words=40)
    with caplog.at_level(logging.WARNING, logger="agent.running.subagents"):
        summary = writer.write(WritingTask("summary", "summarise the report", text, 12))
    assert caplog.text == ""  # the model wrote it, no fallback
    assert summary.strip() and summary != LocalWriter().write(WritingTask("summary", "", text, 12))
    parts = [p for p in recording.prompts if "of a longer text:" in p]
    assert len(parts) >= 2 and len(recording.prompts) >= len(parts) + 1
    assert all(tiny_writer_model.count_tokens(p) + 12 * 2 + 16 <= 1024 for p in recording.prompts)


def test_tiny_gguf_email_keeps_the_link(tiny_writer_model: LlamaBackend) -> None:
    writer = ModelWriter(lambda: tiny_writer_model)
    body = writer.write(WritingTask("email_body", "send Ann the zoom link", LINK))
    assert LINK in body and body.strip() != LINK


def test_writer_settings_load_a_gguf_on_first_use(tiny_gguf: Path, tmp_path: Path) -> None:
    assert load_writer(WriterSettings(), 1, SecretStore()) is None
    settings = WriterSettings(kind="llama", model_path=str(tiny_gguf), context_tokens=1024)
    writer = load_writer(settings, 1, SecretStore())
    assert isinstance(writer, ModelWriter) and writer._backend is None  # nothing loaded yet
    assert writer.write(WritingTask("note", "note that the roof leaks", "")).strip()
    with pytest.raises(PlannerError, match="no model path is set"):
        writer_backend(WriterSettings(kind="llama"), 1, SecretStore())
    with pytest.raises(PlannerError, match="model file not found"):
        writer_backend(WriterSettings(kind="llama", model_path=str(tmp_path / "missing.gguf")), 1, SecretStore())


def test_build_session_gives_the_writer_to_the_mail_backend(tiny_gguf: Path) -> None:
    settings = Settings(n_threads=1)
    settings.planner.model_path = str(tiny_gguf)
    settings.writer = WriterSettings(kind="llama", model_path=str(tiny_gguf), context_tokens=1024)
    assert isinstance(build_session(settings, toolrag=False).executor.backends.mail.writer, ModelWriter)
    without = build_session(Settings(planner=settings.planner), toolrag=False)
    assert isinstance(without.executor.backends.mail.writer, LocalWriter)


# an OpenAI-compatible server and its API key in the keyring --------------------------------------------------

def test_the_server_key_comes_from_the_keyring(completion_server: CompletionServer, memory_keyring) -> None:
    completion_server.behaviour.required_key = "sk-local"
    completion_server.behaviour.generate = lambda body: ["Hi Ann, ", "running late."]
    endpoint = completion_server.url + "/v1/"
    writer = load_writer(WriterSettings(kind="openai", endpoint=endpoint, endpoint_model="m"), 0, SecretStore())
    assert writer.write(WritingTask("email_body", "tell Ann that I'm late", "")) == "I'm late."  # 401: on device
    memory_keyring.set_password("errand-openai", completion_server.url, "sk-local")
    writer = load_writer(WriterSettings(kind="openai", endpoint=endpoint, endpoint_model="m"), 0, SecretStore())
    assert writer.write(WritingTask("email_body", "tell Ann that I'm late", "")) == "Hi Ann, running late."
    assert completion_server.requests[-1][1]["Authorization"] == "Bearer sk-local"


def test_a_refused_key_names_the_command_that_stores_it(completion_server: CompletionServer,
                                                         memory_keyring) -> None:
    completion_server.behaviour.required_key = "sk-local"
    planner = load_planner(PlannerSettings(kind="openai", endpoint=completion_server.url + "/v1", endpoint_model="m"),
                           None, 0)
    with pytest.raises(PlannerError) as error:
        planner.stream("Question: hi", GenerationOptions())
    assert str(error.value) == (
        "the planner server answered HTTP 401: invalid api key; if the server needs an API key, store it in the "
        f"keyring with `errand secret set errand-openai {completion_server.url}`")
    memory_keyring.set_password("errand-openai", completion_server.url, "sk-local")
    assert "".join(planner.stream("Question: hi", GenerationOptions())) == "1. join()"


def test_no_keyring_means_no_key_not_a_failure() -> None:
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        assert keyring_api_key("http://127.0.0.1:8080/v1", SecretStore())() is None
    finally:
        keyring.set_keyring(previous)
