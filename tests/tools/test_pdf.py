from __future__ import annotations

import pytest

from tools.backends import ToolError
from tools.context import request_text
from tools.linux.pdf import PdfSummarizer, chunk_pages
from tools.writer import LocalWriter, WritingTask

FILLER = "The committee met on Tuesday and reviewed routine matters of the previous week."
KEY = "The solar battery project cuts energy costs by forty percent across all solar battery sites."


class RecordingWriter:
    """A TextWriter that records its tasks and answers with a marker (a model stand-in for chunking tests)."""

    def __init__(self) -> None:
        self.tasks: list[WritingTask] = []

    def write(self, task: WritingTask) -> str:
        self.tasks.append(task)
        return f"summary {len(self.tasks)} ({len(task.material.split())} words)"


def test_short_pdf_gets_an_extractive_summary_with_page_coverage(tmp_path, make_pdf) -> None:
    pages = [[FILLER, KEY, FILLER], [KEY, "Solar battery sites expand next year."]]
    path = make_pdf(tmp_path / "minutes.pdf", pages)
    answer = PdfSummarizer(LocalWriter()).summarize(path)
    assert answer.startswith("Summary of minutes.pdf (all 2 pages):\n")
    assert "solar battery" in answer.lower()


def test_long_pdf_is_chunked_and_summarised_in_two_rounds(tmp_path, make_pdf) -> None:
    page = [FILLER] * 40  # about 560 words per page
    path = make_pdf(tmp_path / "long.pdf", [page] * 12)
    writer = RecordingWriter()
    token = request_text.set("summarise long.pdf for the board")
    try:
        answer = PdfSummarizer(writer).summarize(path)
    finally:
        request_text.reset(token)
    chunk_tasks, final = writer.tasks[:-1], writer.tasks[-1]
    assert len(chunk_tasks) == 3  # 12 pages of ~560 words in chunks of at most ~3000 words
    assert all(t.kind == "summary" and t.request == "summarise long.pdf for the board" for t in writer.tasks)
    assert final.material.count("summary ") == 3
    final_words = len(final.material.split())
    assert answer == f"Summary of long.pdf (all 12 pages):\nsummary {len(writer.tasks)} ({final_words} words)"


def test_pages_past_the_limit_are_reported_not_silently_dropped(tmp_path, make_pdf) -> None:
    path = make_pdf(tmp_path / "book.pdf", [[KEY]] * 5)
    answer = PdfSummarizer(LocalWriter(), max_pages=2).summarize(path)
    assert answer.startswith("Summary of book.pdf (pages 1-2 of 5; the rest was not read):")


def test_chunks_keep_whole_pages() -> None:
    pages = ["a " * 1000, "b " * 1000, "c " * 1500, "d " * 10]
    chunks = chunk_pages(pages, chunk_words=2500)
    assert [len(c.split()) for c in chunks] == [2000, 1510]


def test_pdf_without_text_and_non_pdf_files(tmp_path, make_pdf) -> None:
    blank = make_pdf(tmp_path / "scan.pdf", [[]])
    with pytest.raises(ToolError, match="no text to summarise"):
        PdfSummarizer(LocalWriter()).summarize(blank)
    fake = tmp_path / "notes.pdf"
    fake.write_text("not a pdf at all")
    with pytest.raises(ToolError, match="could not be read as a PDF"):
        PdfSummarizer(LocalWriter()).summarize(fake)
