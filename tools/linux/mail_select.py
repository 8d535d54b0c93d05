"""Which inbox message is "the current email": the most recent, unless the request names a sender or subject.

A message matches the request when the request contains its sender's name or address (a whole word) or most of
its subject's content words. The best match wins, the newest among equals; no match means the newest message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr

_WORD = re.compile(r"[\w'.@+-]+", re.UNICODE)
_GENERIC = frozenset(
    "the and for you your with from about this that email mail message reply forward re fwd fw to of on in "
    "please thanks hello hi".split()
)


@dataclass(frozen=True)
class MessageSummary:
    """What identifies an inbox message to the user: sender, subject, date; `key` finds it again."""

    key: str
    sender: str
    subject: str
    date: datetime | None

    def describe(self) -> str:
        local = self.date.astimezone() if self.date and self.date.tzinfo else self.date
        when = local.strftime("%Y-%m-%d %H:%M") if local else "unknown date"
        return f"from {self.sender}, subject {self.subject!r}, {when}"


def _words(text: str) -> set[str]:
    """Lower-case words; a possessive also counts as its name ("Carol's" -> "carol's", "carol")."""
    words = {w.strip(".'").lower() for w in _WORD.findall(text.replace("\u2019", "'"))}
    return (words | {w[:-2] for w in words if w.endswith("'s")}) - {""}


def _sender_tokens(sender: str) -> set[str]:
    name, address = parseaddr(sender)
    local = address.partition("@")[0]
    tokens = _words(name) | {address.lower()} | set(re.split(r"[._+-]", local.lower()))
    return {t for t in tokens if len(t) >= 3 and t not in _GENERIC}


def _subject_tokens(subject: str) -> set[str]:
    return {t for t in _words(subject) if len(t) >= 4 and t not in _GENERIC}


def match_score(summary: MessageSummary, request: str) -> float:
    words = _words(request)
    score = 2.0 if _sender_tokens(summary.sender) & words else 0.0
    subject = _subject_tokens(summary.subject)
    if subject:
        overlap = len(subject & words) / len(subject)
        if overlap >= 0.5:
            score += 1.0 + overlap
    return score


def _recency(summary: MessageSummary) -> float:
    return summary.date.timestamp() if summary.date else float("-inf")


def current_message(summaries: list[MessageSummary], request: str) -> MessageSummary | None:
    """The message the request means; None for an empty inbox. `summaries` are in arrival order."""
    if not summaries:
        return None
    ranked = [(match_score(s, request), _recency(s), index, s) for index, s in enumerate(summaries)]
    return max(ranked, key=lambda item: item[:3])[3]
