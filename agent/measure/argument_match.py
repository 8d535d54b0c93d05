"""Argument-aware success (COMPAT section 9): graph, then key (structured arguments exact), then all (free text
close to the gold's words), scored under the best isomorphism between the predicted and the gold plan.

    score = score_arguments(predicted_plan, gold_plan)
    score.graph, score.key, score.all, score.mismatches

Every argument has a kind (`argument_kind`); `$k` references are mapped through the isomorphism wherever they
occur (plain, inside texts, inside lists) and always count at the key level. A mismatch says which step and
argument failed, at which level, and why, so `errand eval --details` can show it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from networkx.algorithms.isomorphism import DiGraphMatcher
from rapidfuzz import fuzz

from agent.measure.metric import plan_graph
from agent.plans.plan import JOIN, Plan, ref_indices

Kind = Literal["date", "person", "address", "reference", "file", "choice", "number", "flag", "folder", "text",
               "place", "ignored"]
Level = Literal["key", "all"]
KINDS: tuple[Kind, ...] = ("date", "person", "address", "reference", "file", "choice", "number", "flag", "folder",
                           "text", "place")
TEXT_THRESHOLD = 60
PLACE_THRESHOLD = 70
DEFAULT_EVENT_MINUTES = 60
MAX_ISOMORPHISMS = 5000  # plans have a handful of steps; this only bounds a pathological gold plan

_BY_NAME: dict[str, Kind] = {
    "start_date": "date", "end_date": "date", "due_date": "date", "start_time": "date", "since": "date",
    "due_before": "date",
    "recipients": "address", "cc": "address", "invitees": "address", "meeting_invitees": "address",
    "email": "address", "phone": "address",
    "attachments": "file", "file_name": "file", "pdf_path": "file",
    "transport": "choice",
    "priority": "number", "duration": "number",
    "all_day": "flag", "unread_only": "flag",
    "folder": "folder", "list_name": "folder",
    "title": "text", "subject": "text", "context": "text", "message": "text", "content": "text", "topic": "text",
    "query": "text",
    "location": "place", "start_location": "place", "end_location": "place",
    "notes": "ignored", "calendar": "ignored",
    "sender": "person",
}
_BY_TOOL: dict[tuple[str, str], Kind] = {
    ("get_phone_number", "name"): "person", ("get_email_address", "name"): "person",
    ("add_contact", "name"): "person",
}
_WHITESPACE = re.compile(r"\s+")
_REF_TOKEN = re.compile(r"\$\{(\d+)\}|\$(\d+)(?!\d)")


def argument_kind(tool: str, argument: str) -> Kind:
    """What kind of value a tool's argument holds, which decides how it is compared (a note's or a
    reminder's `name` is its title, so text)."""
    return _BY_TOOL.get((tool, argument)) or _BY_NAME.get(argument, "text")


@dataclass(frozen=True)
class Mismatch:
    """One argument of one gold step that the prediction got wrong."""

    step: int  # the gold plan's step number
    tool: str
    argument: str
    kind: Kind | Literal["arity"]
    level: Level
    gold: Any
    predicted: Any
    why: str

    def describe(self) -> str:
        return (f"step {self.step} {self.tool}.{self.argument} ({self.kind}, {self.level}): {self.why}; "
                f"gold {self.gold!r}, predicted {self.predicted!r}")


@dataclass(frozen=True)
class ArgumentScore:
    graph: bool
    key: bool
    all: bool
    mismatches: tuple[Mismatch, ...] = ()


def score_arguments(predicted: Plan, gold: Plan, names: Mapping[str, tuple[str, ...]] | None = None
                    ) -> ArgumentScore:
    """Graph, key and all for one predicted plan (COMPAT section 9). `names` maps each tool to its argument
    names (the catalogue's signatures); a tool missing from it is compared by position only."""
    if predicted.problems or not predicted.steps or gold.problems:
        return ArgumentScore(False, False, False)
    best: tuple[int, int, tuple[Mismatch, ...]] | None = None
    for mapping in _isomorphisms(predicted, gold):
        found = tuple(_plan_mismatches(predicted, gold, mapping, names or {}))
        keyed = sum(m.level == "key" for m in found)
        rank = (keyed, len(found) - keyed, found)
        if best is None or rank[:2] < best[:2]:
            best = rank
        if not found:
            break
    if best is None:
        return ArgumentScore(False, False, False)
    keyed, loose, found = best
    return ArgumentScore(True, keyed == 0, keyed == 0 and loose == 0, found)


def _isomorphisms(predicted: Plan, gold: Plan) -> Iterator[dict[int, int]]:
    """Each way to map predicted step numbers onto gold ones that keeps tools and dependencies."""
    matcher = DiGraphMatcher(plan_graph(predicted), plan_graph(gold), node_match=lambda a, b: a["tool"] == b["tool"])
    for count, mapping in enumerate(matcher.isomorphisms_iter()):
        if count >= MAX_ISOMORPHISMS:
            return
        yield dict(mapping)


def _plan_mismatches(predicted: Plan, gold: Plan, mapping: Mapping[int, int],
                     names: Mapping[str, tuple[str, ...]]) -> Iterator[Mismatch]:
    by_gold = {mapping[s.index]: s for s in predicted.steps}
    for gold_step in gold.steps:
        if gold_step.tool == JOIN:
            continue
        step = by_gold[gold_step.index]
        arg_names = names.get(gold_step.tool, ())
        if len(step.args) != len(gold_step.args):
            yield Mismatch(gold_step.index, gold_step.tool, "*", "arity", "key", len(gold_step.args), len(step.args),
                           "a different number of arguments")
            continue
        gold_args = _with_default_end(gold_step.tool, gold_step.args)
        pred_args = _with_default_end(step.tool, step.args)
        for position, (want, got) in enumerate(zip(gold_args, pred_args, strict=True)):
            argument = arg_names[position] if position < len(arg_names) else f"#{position + 1}"
            kind = argument_kind(gold_step.tool, argument)
            got = _map_refs(got, mapping)
            if kind == "ignored":
                continue
            if _refs(want) != _refs(got):
                yield Mismatch(gold_step.index, gold_step.tool, argument, "reference", "key",
                               gold_step.args[position], step.args[position], "references differ")
                continue
            why = _compare(kind, want, got)
            if why is not None:
                level: Level = "all" if kind in ("text", "place") else "key"
                yield Mismatch(gold_step.index, gold_step.tool, argument, kind, level, gold_step.args[position],
                               step.args[position], why)


def _compare(kind: Kind, want: Any, got: Any) -> str | None:
    """Why two values of this kind differ, or None when they match; their references already agree."""
    if kind not in ("text", "place") and (isinstance(want, (list, tuple)) or isinstance(got, (list, tuple))):
        return None if _items(want) == _items(got) else f"a different {kind} list"
    if kind == "date":
        return None if _date(want) == _date(got) else "a different date or time"
    if kind in ("person", "file", "folder"):
        return None if _fold(want) == _fold(got) else f"a different {kind}"
    if kind == "address":
        return None if _items(want) == _items(got) else "a different address"
    if kind == "choice":
        return None if _transport(want) == _transport(got) else "a different choice"
    if kind == "number":
        return None if _number(want) == _number(got) else "a different number"
    if kind == "flag":
        return None if _fold(want) == _fold(got) else "a different flag"
    threshold = PLACE_THRESHOLD if kind == "place" else TEXT_THRESHOLD
    return None if _similar(want, got, threshold) else f"the words differ (similarity below {threshold})"


def _with_default_end(tool: str, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """An event's empty end date is its start plus 60 minutes (COMPAT section 9)."""
    if tool != "create_calendar_event" or len(args) < 3 or str(args[2]).strip():
        return args
    start = _date(args[1])
    if not isinstance(start, datetime):
        return args
    end = (start + timedelta(minutes=DEFAULT_EVENT_MINUTES)).strftime("%Y-%m-%d %H:%M:%S")
    return args[:2] + (end,) + args[3:]


def _map_refs(value: Any, mapping: Mapping[int, int]) -> Any:
    """The value with every predicted `$k` renamed to the gold step it maps to (unknown steps become `$?k`)."""
    if isinstance(value, str):
        return _REF_TOKEN.sub(lambda m: _mapped(int(m.group(1) or m.group(2)), mapping), value)
    if isinstance(value, (list, tuple)):
        return [_map_refs(item, mapping) for item in value]
    return value


def _mapped(step: int, mapping: Mapping[int, int]) -> str:
    return f"${mapping[step]}" if step in mapping else f"$?{step}"


def _refs(value: Any) -> Counter[str]:
    """The references a value holds, wherever they are, as a multiset."""
    found: Counter[str] = Counter()
    if isinstance(value, str):
        found.update(f"${k}" for k in ref_indices(value))
        found.update(f"$?{k}" for k in re.findall(r"\$\?(\d+)", value))
    elif isinstance(value, (list, tuple)):
        for item in value:
            found.update(_refs(item))
    return found


def _fold(value: Any) -> str:
    return _WHITESPACE.sub(" ", str(value)).strip().casefold()


def _items(value: Any) -> Counter[str]:
    items = value if isinstance(value, (list, tuple)) else [value] if str(value).strip() else []
    return Counter(_fold(item) for item in items)


def _date(value: Any) -> datetime | str:
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return text


def _transport(value: Any) -> str:
    text = _fold(value)
    return text if text in ("w", "r") else "d"


def _number(value: Any) -> int | str:
    try:
        return int(str(value).strip())
    except ValueError:
        return _fold(value)


def _similar(want: Any, got: Any, threshold: int) -> bool:
    a, b = _fold(_plain(want)), _fold(_plain(got))
    if not a or not b:
        return a == b
    return fuzz.token_set_ratio(a, b) >= threshold


def _plain(value: Any) -> str:
    return " ".join(str(v) for v in value) if isinstance(value, (list, tuple)) else str(value)
