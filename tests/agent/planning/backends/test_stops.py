"""Stop strings over a stream: found across chunk boundaries, never emitted, and no text is lost."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from agent.planning.backends.stops import StopScanner

STOPS = ("<END_OF_PLAN>", "\n\n")


def scan(chunks: list[str], stops=STOPS) -> str:
    scanner = StopScanner(stops)
    out = "".join(scanner.feed(c) for c in chunks)
    return out + scanner.flush()


def reference(text: str, stops=STOPS) -> str:
    hits = [i for i in (text.find(s) for s in stops) if i != -1]
    return text[: min(hits)] if hits else text


@given(st.text(alphabet="<>END_OFPLA\n x", max_size=60), st.lists(st.integers(0, 60), max_size=8))
def test_any_chunking_gives_the_text_up_to_the_first_stop(text: str, cuts: list[int]) -> None:
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    chunks = [text[a:b] for a, b in pairwise(bounds)]
    assert scan(chunks) == reference(text)


def test_partial_stop_is_held_back_until_decided() -> None:
    scanner = StopScanner(["<END_OF_PLAN>"])
    assert scanner.feed("join()<END") == "join()"
    assert scanner.feed("_OF_PLAN>tail") == ""
    assert scanner.stopped and scanner.flush() == ""
    other = StopScanner(["<END_OF_PLAN>"])
    assert other.feed("a <END") == "a "
    assert other.feed(" x") == "<END x"
    assert not other.stopped


def test_no_stops_passes_everything() -> None:
    assert scan(["a", "", "b"], stops=()) == "ab"
