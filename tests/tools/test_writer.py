from __future__ import annotations

import pytest

from tools.summary import extractive_summary, split_sentences
from tools.writer import LocalWriter, WritingTask, words_from_request


@pytest.mark.parametrize(("request_text", "words"), [
    ("Email Anna saying the report is ready", "The report is ready."),
    ("Tell Bob that I'll be ten minutes late.", "I'll be ten minutes late."),
    ("Send an email to Carol", ""),
    ("Email the file that I saved to Ann saying it is final", "It is final."),
    ("Write to Ed about the budget", "The budget."),
])
def test_words_from_request(request_text: str, words: str) -> None:
    assert words_from_request(request_text) == words


def test_local_writer_email_uses_request_words_and_context() -> None:
    task = WritingTask("email_body", "Email Dan that the slides are attached", "Summary: revenue grew.")
    assert LocalWriter().write(task) == "The slides are attached.\n\nSummary: revenue grew."
    assert LocalWriter().write(WritingTask("note", "Make a note", "")) == ""


def test_extractive_summary_prefers_distinctive_sentences_and_keeps_order() -> None:
    text = (
        "Quarterly revenue from the orchard cooperative rose sharply this spring. "
        "It was a normal week in the office with the usual meetings. "
        "The orchard cooperative plans to double revenue by selling cider. "
        "People had coffee and talked about the weather in the office."
    )
    summary = extractive_summary(text, max_words=25)
    assert summary.startswith("Quarterly revenue from the orchard cooperative")
    assert "cider" in summary and "coffee" not in summary
    assert len(summary.split()) <= 25
    assert len(split_sentences(text)) == 4
