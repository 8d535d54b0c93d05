"""Stop strings over a stream: text is released only once it cannot be the start of a stop string."""

from __future__ import annotations

from collections.abc import Sequence

from agent.planning.backends.base import first_stop


class StopScanner:
    """Feed chunks; get back the text that is safe to emit. A stop string split across chunks is found.

    After a stop string is seen, `stopped` is True and nothing more is emitted (the stop string itself never is).
    """

    def __init__(self, stops: Sequence[str]) -> None:
        self._stops = tuple(s for s in stops if s)
        self._held = ""
        self.stopped = False

    def feed(self, chunk: str) -> str:
        if self.stopped:
            return ""
        text = self._held + chunk
        hit = first_stop(text, self._stops)
        if hit != -1:
            self.stopped = True
            self._held = ""
            return text[:hit]
        keep = self._partial_suffix(text)
        self._held = text[len(text) - keep:] if keep else ""
        return text[: len(text) - keep]

    def flush(self) -> str:
        """The held-back text, at the end of the stream (it turned out not to be a stop string)."""
        held, self._held = ("" if self.stopped else self._held), ""
        return held

    def _partial_suffix(self, text: str) -> int:
        """Length of the longest suffix of `text` that is a proper prefix of some stop string."""
        best = 0
        for stop in self._stops:
            for size in range(min(len(stop) - 1, len(text)), best, -1):
                if text.endswith(stop[:size]):
                    best = size
                    break
        return best
