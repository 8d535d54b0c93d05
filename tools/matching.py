"""Which items a read or a removal acts on: events matching a query, the reminder a name means, the note lines
an item list names. One implementation for every platform, so a preview and the removal it announces select
the same items whatever the backend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from tools.backends import FoundEvent, OpenReminder, ToolError

# Words a query may carry that no title needs to contain ("my lunch", "the meeting with Ann").
_FILLER = frozenset("a an the my our all any every of on in at for to with and event events appointment "
                    "appointments calendar".split())
_LIST_MARK = re.compile(r"^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?")
_REMINDER_CUTOFF = 70


def query_words(query: str) -> list[str]:
    return [w for w in re.findall(r"[\w'@.+-]+", query.casefold()) if w not in _FILLER]


def event_matches(event: FoundEvent, query: str) -> bool:
    """Every meaningful word of the query is in the title, the location or an attendee (case-insensitive);
    an empty query matches every event. A query without a letter or digit ("*", "%") names no event: it must not
    match them all."""
    if query.strip() and not re.search(r"[^\W_]", query):
        return False
    words = query_words(query)
    haystack = " ".join((event.title, event.location, *event.attendees)).casefold()
    return all(w in haystack for w in words)


def matching_events(events: Sequence[FoundEvent], query: str) -> list[FoundEvent]:
    return sorted((e for e in events if event_matches(e, query)), key=lambda e: (e.start, e.end, e.title))


def best_reminder(reminders: Sequence[OpenReminder], name: str) -> OpenReminder:
    """The open reminder `name` means: an exact title, else the single best fuzzy match; several equally good
    ones or none give an error that names them, so nothing is marked done by guess."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        raise ToolError("Say which reminder to mark as done.", fixable=True)
    if not reminders:
        raise ToolError("There are no open reminders to mark as done.")
    exact = [r for r in reminders if r.name.casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    candidates = exact or reminders
    scored = process.extract(wanted, {i: r.name.casefold() for i, r in enumerate(candidates)},
                             scorer=fuzz.WRatio, score_cutoff=_REMINDER_CUTOFF, limit=5)
    if not scored:
        names = ", ".join(repr(r.name) for r in reminders[:10])
        raise ToolError(f"No open reminder matches {name!r}; the open ones are: {names}.", fixable=True)
    best = scored[0][1]
    top = [candidates[i] for _, score, i in scored if score == best]
    if len(top) > 1:
        names = ", ".join(repr(r.name) + (f" [{r.list_name}]" if r.list_name else "") for r in top)
        raise ToolError(f"Several open reminders match {name!r}: {names}. Say which one.", fixable=True)
    return top[0]


def note_items(content: str) -> list[str]:
    """The items a removal names: "milk, eggs and bread" -> ["milk", "eggs", "bread"]."""
    parts = re.split(r",|;|\n|\band\b", content)
    return [" ".join(_LIST_MARK.sub("", p).split()) for p in parts if p.strip() and _LIST_MARK.sub("", p).strip()]


def line_item(line: str) -> str:
    """A note line without its list marker ("- [ ] 2 milk" -> "2 milk")."""
    return " ".join(_LIST_MARK.sub("", line).split())


def matching_lines(note: str, items: Sequence[str]) -> tuple[list[str], list[str]]:
    """The lines of `note` each item names (an equal line first, else lines containing the item as whole words),
    and the items no line matches."""
    lines = [line for line in note.splitlines() if line_item(line)]
    chosen: list[str] = []
    missing: list[str] = []
    for item in items:
        wanted = item.casefold()
        equal = [line for line in lines if line_item(line).casefold() == wanted]
        pattern = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
        found = equal or [line for line in lines if pattern.search(line_item(line).casefold())]
        if not found:
            missing.append(item)
        chosen.extend(line for line in found if line not in chosen)
    return chosen, missing
