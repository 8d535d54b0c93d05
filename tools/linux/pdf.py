"""summarize_pdf: text from the PDF (pypdf), summarised by the injected writer in chunks.

Long documents are split into chunks of whole pages; each chunk is summarised, then the chunk summaries are
summarised together. Pages past `max_pages` are not read, and the observation always says which pages the
summary covers, so nothing is cut silently.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from tools.backends import ToolError
from tools.context import request_text
from tools.writer import TextWriter, WritingTask

CHUNK_WORDS = 3000  # about what a small model's context can summarise at once
SUMMARY_WORDS = 200


def read_pages(path: Path, max_pages: int) -> tuple[list[str], int]:
    """The text of the first `max_pages` pages and the total page count."""
    if not path.is_file():
        raise ToolError(f"{path} is not a file.", fixable=True)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ToolError(f"{path.name} is password-protected; open it and save an unprotected copy.")
        total = len(reader.pages)
        return [page.extract_text() or "" for page in reader.pages[:max_pages]], total
    except (PdfReadError, OSError, ValueError) as exc:
        raise ToolError(f"{path.name} could not be read as a PDF ({exc}).", fixable=True) from exc


def chunk_pages(pages: list[str], chunk_words: int = CHUNK_WORDS) -> list[str]:
    """Consecutive pages joined into chunks of at most about `chunk_words` words (a page is never split)."""
    chunks: list[str] = []
    current: list[str] = []
    words = 0
    for page in pages:
        size = len(page.split())
        if current and words + size > chunk_words:
            chunks.append("\n".join(current))
            current, words = [], 0
        current.append(page)
        words += size
    if current:
        chunks.append("\n".join(current))
    return chunks


class PdfSummarizer:
    def __init__(self, writer: TextWriter, *, max_pages: int = 300) -> None:
        self.writer = writer
        self.max_pages = max_pages

    def _summary(self, text: str, words: int) -> str:
        return self.writer.write(WritingTask("summary", request_text.get(), text, words)).strip()

    def summarize(self, path: Path) -> str:
        pages, total = read_pages(path, self.max_pages)
        if not any(page.strip() for page in pages):
            raise ToolError(f"{path.name} has no text to summarise (it may be a scanned image).")
        chunks = chunk_pages(pages)
        if len(chunks) == 1:
            summary = self._summary(chunks[0], SUMMARY_WORDS)
        else:
            partial = [self._summary(chunk, SUMMARY_WORDS) for chunk in chunks]
            summary = self._summary("\n\n".join(partial), SUMMARY_WORDS)
        covered = len(pages)
        if covered == total:
            scope = "1 page" if total == 1 else f"all {total} pages"
        else:
            scope = f"pages 1-{covered} of {total}; the rest was not read"
        return f"Summary of {path.name} ({scope}):\n{summary}"
