"""Mending a plan whose only flaw is a contact lookup of a name the request never gives.

A small planner sometimes misspells a name it copies ("Ms. Rezuzo" for "ms. rezofo") or invents one to fill a
slot ("Trod Groposal" as a cc). When every sampled plan has such a lookup, the session can still offer a plan
without the flaw (docs/adr/planner-resampling.md):
- a misspelt name whose every unknown word is close to exactly one word of the request is spelt as there;
- otherwise the lookup is dropped, if nothing else changes: its `$k` may only be a whole item of a list (cc,
  invitees), and a `recipients` list must keep another item. A lookup used any other way is left alone.
Lookups whose result no step uses are never dropped: a request may ask for a number besides other errands.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from typing import Any

from agent.planning.grounding import CONTACT_TOOLS, request_words, ungrounded_lookups, unknown_words
from agent.plans.plan import JOIN, Plan, Step, ref_indices, renumbered
from tools.spec import Registry

RECIPIENTS = "recipients"  # the one list argument a message cannot go without
SIMILAR = 0.65  # difflib ratio from which a written word is taken for a misspelling of the request's word
SHORTEST = 4  # shorter words are too easily close to anything
_WHOLE_REF = re.compile(r"\$\{?(\d+)\}?")


@dataclass(frozen=True)
class Repair:
    plan: Plan
    notes: tuple[str, ...]  # one sentence per mended step, for the user and the history


def mend_ungrounded_lookups(plan: Plan, request: str, registry: Registry) -> Repair | None:
    """The valid `plan` with its ungrounded contact lookups respelt or dropped and the steps renumbered; None
    when it has none or one can be neither."""
    stray = {index: why for index, why in ungrounded_lookups(plan, request).items()
             if _step(plan, index).tool in CONTACT_TOOLS}
    if not stray:
        return None
    said = request_words(request)
    notes: list[str] = []
    steps: list[Step] = []
    dropped: set[int] = set()
    for step in plan.steps:
        if step.index in stray:
            respelt = _respelt(step.args[0], said)
            if respelt is None:
                dropped.add(step.index)
                notes.append(f"Dropped: {stray[step.index]}")
                continue
            notes.append(f"Respelt step {step.index}: {step.args[0]!r} as {respelt!r}.")
            step = replace(step, args=(respelt, *step.args[1:]))
        steps.append(step)
    if dropped:
        steps = [_without_dropped(step, dropped, registry) for step in steps]  # type: ignore[misc]
        if any(step is None for step in steps):
            return None
    return Repair(renumbered(Plan(tuple(steps), plan.problems, plan.complete)), tuple(notes))


def _step(plan: Plan, index: int) -> Step:
    return next(step for step in plan.steps if step.index == index)


def _respelt(name: str, said: set[str]) -> str | None:
    """`name` with each word the request lacks replaced by the one request word it resembles; None if a word
    resembles none or several, or the name is a pronoun (no unknown word to respell)."""
    words = name.split()
    unknown = set(unknown_words(name, said))
    if not unknown:
        return None
    candidates = [w for w in said if len(w) >= SHORTEST]
    for position, word in enumerate(words):
        key = word.casefold().strip(".,'")
        if key not in unknown:
            continue
        close = difflib.get_close_matches(key, candidates, n=2, cutoff=SIMILAR) if len(key) >= SHORTEST else []
        if len(close) != 1:
            return None
        words[position] = close[0].capitalize() if word[:1].isupper() else close[0]
    return " ".join(words)


def _without_dropped(step: Step, dropped: set[int], registry: Registry) -> Step | None:
    if step.tool == JOIN:
        return step
    names = [arg.name for arg in registry[step.tool].args] if step.tool in registry else []
    args = tuple(_without_refs(arg, dropped, may_empty=position >= len(names) or names[position] != RECIPIENTS)
                 for position, arg in enumerate(step.args))
    return None if any(arg is None for arg in args) else replace(step, args=args)


def _without_refs(value: Any, dropped: set[int], may_empty: bool) -> Any:
    """`value` with list items that are exactly a dropped `$k` removed; None if a dropped step is used any other
    way, or a list that may not be empty would be left empty."""
    if isinstance(value, str):
        return None if dropped & set(ref_indices(value)) else value
    if isinstance(value, list):
        items = [item for item in value if not (isinstance(item, str) and _whole_ref(item) in dropped)]
        if value and not items and not may_empty:
            return None
        cleaned = [_without_refs(item, dropped, may_empty) for item in items]
        return None if any(item is None for item in cleaned) else cleaned
    return value


def _whole_ref(text: str) -> int | None:
    match = _WHOLE_REF.fullmatch(text.strip())
    return int(match.group(1)) if match else None
