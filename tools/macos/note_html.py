"""Removing lines from a Notes.app body, which is HTML: one block element (<div>, <li>, <p>, <h1>...) per line of
the note's plain text.

A line is removed by cutting the innermost block whose text is that line out of the HTML, together with the
blocks around it that held nothing else (the <div> around a <h1>, a <ul> whose last item went), so the rest of
the body (formatting, attachments, other lines) is kept byte for byte.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser

from tools.backends import ToolError
from tools.matching import line_item

_BLOCKS = frozenset("div p li ul ol h1 h2 h3 h4 h5 h6 blockquote pre".split())


@dataclass
class _Block:
    start: int  # offset of "<tag"
    inner: int  # offset just after the start tag
    tag: str
    end: int = -1  # offset just after the end tag
    close: int = -1  # offset of "</tag"
    text: list[str] = field(default_factory=list)
    parent: _Block | None = None
    has_blocks: bool = False


class _BlockParser(HTMLParser):
    """Every closed block element with its span in the source and the text inside it."""

    def __init__(self, body: str) -> None:
        super().__init__(convert_charrefs=True)
        self.body = body
        self._line_starts = [0] + [i + 1 for i, c in enumerate(body) if c == "\n"]
        self._open: list[_Block] = []
        self.blocks: list[_Block] = []
        self.feed(body)
        self.close()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _BLOCKS:
            return
        start = self._offset()
        text = self.get_starttag_text() or ""
        parent = self._open[-1] if self._open else None
        if parent is not None:
            parent.has_blocks = True
        self._open.append(_Block(start, start + len(text), tag, parent=parent))

    def handle_endtag(self, tag: str) -> None:
        if tag not in _BLOCKS or not any(b.tag == tag for b in self._open):
            return
        while self._open:  # an unclosed inner block ends with its parent, as browsers do
            block = self._open.pop()
            block.close = self._offset()
            block.end = self.body.index(">", block.close) + 1
            self.blocks.append(block)
            if block.tag == tag:
                return

    def handle_data(self, data: str) -> None:
        for block in self._open:
            block.text.append(data)


def _leaf_blocks(body: str) -> list[_Block]:
    return sorted((b for b in _BlockParser(body).blocks if not b.has_blocks), key=lambda b: b.start)


def _showing(blocks: list[_Block], line: str) -> _Block | None:
    """The first block whose text is `line`, else the first with the same item (plain text may lose a list
    marker the HTML shows as text, or the other way round)."""
    def text(block: _Block) -> str:
        return " ".join("".join(block.text).split())

    wanted = " ".join(line.split())
    return next((b for b in blocks if text(b) == wanted), None) or \
        next((b for b in blocks if text(b) and line_item(text(b)) == line_item(line)), None)


def _span(body: str, line: str) -> tuple[int, int] | None:
    """Where the first block showing `line` starts and ends, widened to the enclosing blocks left empty."""
    block = _showing(_leaf_blocks(body), line)
    if block is None:
        return None
    start, end, parent = block.start, block.end, block.parent
    while parent is not None and parent.close >= 0 and not (body[parent.inner:start] + body[end:parent.close]).strip():
        start, end, parent = parent.start, parent.end, parent.parent
    return start, end


def body_without_lines(body: str, lines: Sequence[str], title: str) -> str:
    """`body` less the block of each line (the first one still there); a line not found changes nothing."""
    for line in lines:
        span = _span(body, line)
        if span is None:
            raise ToolError(f"The note {title!r} no longer has the line {line!r}; nothing was removed.",
                            fixable=True)
        body = body[:span[0]] + body[span[1]:]
    return body
