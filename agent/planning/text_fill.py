"""Free text in a plan that the request does not say is replaced by the words the request does say.

A small planner writes fluent titles and messages about the wrong errand ("Pick up the prescription" for "remind
me that morning to print the agenda"). When the request gives words for a free-text argument
(agent.understanding.spans), they replace the planner's text if that text has mostly words the request never uses,
is a generic "Meeting with X", or shares too few words with them (SPAN_AGREEMENT); the name of a note to open or
add to is replaced at any word the request does not say. A tool used in several steps takes each clause's words
in turn when the request asks for it in as many clauses. An email that sends a meeting's link gets the subject
"Zoom link for <topic>"; a new note the request does not name, with an invented name, is titled by its first
words. The plan view says what was replaced. Text that carries a `$k`, or has no span to replace it with, is left
as the planner wrote it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from rapidfuzz import fuzz

from agent.plans.plan import Plan, Step, ref_indices
from agent.understanding.spans import Span, clause_spans, file_title, text_spans

POSITIONS: dict[Span, int] = {
    ("create_reminder", "name"): 0, ("send_sms", "message"): 1, ("compose_new_email", "subject"): 2,
    ("get_zoom_meeting_link", "topic"): 0, ("create_note", "name"): 0, ("create_note", "content"): 1,
    ("create_calendar_event", "title"): 0,
}
# Arguments left empty that the request gives words for ("dinner at the Okonkwo house": the event's location).
EMPTY_FILLED = frozenset({("create_calendar_event", "location")})
# Texts a request rarely words as they should read (a subject sums up): only invented or generic ones give way.
PARAPHRASED = frozenset({("compose_new_email", "subject")})
# Names of existing notes: the note is found by its name, so any word the request does not say is a wrong name.
NOTE_NAMES: dict[Span, int] = {("append_note_content", "name"): 0, ("open_note", "name"): 0}
# What a small planner writes when it has no title: "Meeting with Ann", "Zoom link: Meeting with Ann and Bo".
_GENERIC = re.compile(r"^(?:zoom(?:\s+link)?\s*:?\s*)?(?:meeting|call|zoom|chat|catch-up)\s+with\b", re.IGNORECASE)
# A place keeps the parts the request names and loses the ones the planner added ("Uluru, London" -> "Uluru").
PLACES: dict[Span, int] = {
    ("maps_open_location", "location"): 0, ("maps_show_directions", "start_location"): 0,
    ("maps_show_directions", "end_location"): 1, ("create_calendar_event", "location"): 3,
}
UNGROUNDED_SHARE = 0.5
SPAN_AGREEMENT = 50  # rapidfuzz token_set_ratio (0-100) below which text is not the request's words for it
_STOPWORDS = frozenset("the and for with from that this your you our are was but not have has had about into "
                       "just meeting call note reminder".split())
_WORD = re.compile(r"[^\W\d_]{3,}")


def fill_texts(plan: Plan, request: str, *, existing_names: bool = True) -> tuple[Plan, str] | None:
    """The plan with its invented free text replaced by the request's words and a note, or None.
    `existing_names` False leaves the names of notes to open or add to alone: a replan that picks another note
    after "no note called X" knows better than the request's words."""
    keys = {**POSITIONS, **PLACES, **(NOTE_NAMES if existing_names else {})}
    per_step = _spans_per_step(plan, request, keys)
    said = {w.casefold() for w in _WORD.findall(request)}
    changed: list[str] = []
    steps = []
    for step in plan.steps:
        new = step
        for (tool, argument), position in keys.items():
            if tool != step.tool or (step.index, (tool, argument)) not in per_step or len(new.args) <= position:
                continue
            span = per_step[step.index, (tool, argument)]
            value = new.args[position]
            if (tool, argument) in EMPTY_FILLED and value == "" and span:
                new = _with(new, position, span)
                changed.append(f"{argument} of step {step.index}")
                continue
            if not isinstance(value, str) or not value.strip() or ref_indices(value):
                continue
            if (tool, argument) in PLACES:
                replacement = _named_parts(value, said) or span
            else:
                unlike = (span is not None and invented(value, said, strict=True) and _unlike(value, span)
                          and ((tool, argument) not in PARAPHRASED or _stated(span, request)))
                strict = (tool, argument) in NOTE_NAMES
                generic = bool(_GENERIC.match(value)) and span is not None and not _GENERIC.match(span)
                wrong = invented(value, said, strict=strict) or generic or unlike
                replacement = span if wrong else None
            if replacement is not None and replacement != value:
                new = _with(new, position, replacement)
                changed.append(f"{argument} of step {step.index}")
        steps.append(new)
    steps, linked = _zoom_link_subjects(steps, said)
    changed += linked
    steps, filed = _file_subjects(steps, said)
    changed += filed
    if not any(key == ("create_note", "name") and span for (_, key), span in per_step.items()):
        steps, titled = _titled_by_first_words(steps, said)
        changed += titled
    if not changed:
        return None
    return replace(plan, steps=tuple(steps)), "Text taken from the request's words: " + ", ".join(changed) + "."


def _spans_per_step(plan: Plan, request: str, keys: Mapping[Span, int]) -> dict[tuple[int, Span], str | None]:
    """(step, argument) -> the request's words for it. A tool used once takes the request's words for it; a tool
    used n times takes, step by step, the words of the n clauses that ask for it, or none when the request does
    not ask for it in n clauses (which step means which clause is then unclear)."""
    whole, by_clause = text_spans(request), clause_spans(request)
    counts = Counter(step.tool for step in plan.steps)
    seen: Counter[Span] = Counter()
    found: dict[tuple[int, Span], str | None] = {}
    for step in plan.steps:
        for key in (key for key in keys if key[0] == step.tool):
            if counts[step.tool] == 1:
                found[step.index, key] = whole.get(key)
            elif len(said := by_clause.get(key, [])) == counts[step.tool]:
                found[step.index, key] = said[seen[key]]
            seen[key] += 1
    return found


def _zoom_link_subjects(steps: list[Step], said: set[str]) -> tuple[list[Step], list[str]]:
    """An email that sends a meeting's link, with an invented or generic subject, is "Zoom link for <topic>"."""
    topics = _first_arguments(steps, "get_zoom_meeting_link")
    changed = []
    for position, step in enumerate(steps):
        if step.tool != "compose_new_email" or len(step.args) < 4 or not isinstance(step.args[2], str):
            continue
        subject, context = step.args[2], step.args[3]
        linked = [k for k in ref_indices(context) if k in topics] if isinstance(context, str) else []
        if not linked or not (invented(subject, said) or _GENERIC.match(subject.removeprefix("Zoom link:").strip())):
            continue
        topic = topics[linked[0]].strip()
        steps[position] = _with(step, 2, f"Zoom link for {topic}" if topic else "Zoom link")
        changed.append(f"subject of step {step.index}")
    return steps, changed


def _file_subjects(steps: list[Step], said: set[str]) -> tuple[list[Step], list[str]]:
    """An email that sends a file, with a subject the request never says, is about that file: its name without
    the extension, in words ("Could Frank get globex-timesheet.CSV in their inbox" -> "Globex timesheet")."""
    files = _first_arguments(steps, "open_and_get_file_path")
    changed = []
    for position, step in enumerate(steps):
        if step.tool != "compose_new_email" or len(step.args) < 5 or not isinstance(step.args[2], str):
            continue
        attached = [k for item in step.args[4] if isinstance(item, str) for k in ref_indices(item) if k in files] \
            if isinstance(step.args[4], (list, tuple)) else []
        if not attached or not step.args[2].strip() or not invented(step.args[2], said, strict=True):
            continue
        title = file_title(files[attached[0]])
        if not title:
            continue
        steps[position] = _with(step, 2, title)
        changed.append(f"subject of step {step.index}")
    return steps, changed


def _first_arguments(steps: list[Step], tool: str) -> dict[int, str]:
    """Step number -> the first argument of each `tool` step, where it is a string (a topic, a file name)."""
    return {step.index: step.args[0] for step in steps
            if step.tool == tool and step.args and isinstance(step.args[0], str)}


def _titled_by_first_words(steps: list[Step], said: set[str]) -> tuple[list[Step], list[str]]:
    """A new note the request does not name, whose planner-written name is invented, is titled by the first words
    of what it holds ("jot down: lunch budget is 25 per person" -> "Lunch budget is 25"), as the training data titles
    quick notes."""
    changed = []
    for position, step in enumerate(steps):
        if step.tool != "create_note" or len(step.args) < 2 or not all(isinstance(a, str) for a in step.args[:2]):
            continue
        name, content = step.args[0], step.args[1]
        if not invented(name, said) or ref_indices(content) or not content.strip():
            continue
        steps[position] = _with(step, 0, _first_words_title(content))
        changed.append(f"name of step {step.index}")
    return steps, changed


_WEAK_ENDINGS = frozenset("is the a an to about for on of and in at with my".split())


def _first_words_title(content: str) -> str:
    """Up to four first words, without a dangling "is", "the", "to"... at the end."""
    words = content.split()[:4]
    while len(words) > 1 and words[-1].casefold() in _WEAK_ENDINGS:
        words.pop()
    title = " ".join(words).rstrip(",.;:")
    return title[:1].upper() + title[1:]


def _stated(span: str, request: str) -> bool:
    """True when the request gives these words as the value itself: quoted, or after "subject"."""
    return bool(re.search(rf"(?:['\"\u2018\u201c]|\bsubject:?\s+){re.escape(span)}", request, re.IGNORECASE))


def _unlike(value: str, span: str) -> bool:
    return fuzz.token_set_ratio(value.casefold(), span.casefold()) < SPAN_AGREEMENT


def invented(text: str, said: set[str], *, strict: bool = False) -> bool:
    """True when most of the text's content words (`strict`: any of them) are not the request's."""
    words = [w.casefold() for w in _WORD.findall(text) if w.casefold() not in _STOPWORDS]
    if not words:
        return False
    missing = [w for w in words if w not in said and w.rstrip("s") not in said and w + "s" not in said]
    return bool(missing) if strict else len(missing) / len(words) > UNGROUNDED_SHARE


def _named_parts(place: str, said: set[str]) -> str | None:
    """The comma-separated parts of a place that the request names; None when it names none of them (or all)."""
    parts = [part.strip() for part in place.split(",") if part.strip()]
    kept = [part for part in parts if not invented(part, said, strict=True)]
    return ", ".join(kept) if kept and len(kept) < len(parts) else (place if kept else None)


def _with(step: Step, position: int, value: str) -> Step:
    args = list(step.args)
    args[position] = value
    return replace(step, args=tuple(args))
