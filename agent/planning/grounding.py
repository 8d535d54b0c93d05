"""Lookups must be about something the request names.

COMPAT section 8: a contact is looked up for a person the request names, and a file is found by the name the
request gives. A small planner sometimes invents one ("Rewsletter", "Mr. Farah") to fill a slot it expects; the
plan is valid and would run, but it asks the user to approve a lookup of someone they never mentioned. The
session treats such a plan like a redundant one and samples another (docs/adr/planner-resampling.md).
"""

from __future__ import annotations

import re

from agent.plans.plan import Plan, ref_indices

GROUNDED_TOOLS = ("get_email_address", "get_phone_number", "open_and_get_file_path")
# Written with or without a period, or spelled out, so a plan's "Dr." matches a request's "doctor".
_TITLES = frozenset({"dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir"})
# A contact lookup of a pronoun ("She") has copied the request's words but names no one.
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "hers", "their", "me", "i", "you", "we"})
CONTACT_TOOLS = ("get_email_address", "get_phone_number")
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def ungrounded(plan: Plan, request: str) -> tuple[str, ...]:
    """Sentences naming each lookup whose name or file name has a word the request does not contain, or whose
    contact name is only a pronoun."""
    return tuple(ungrounded_lookups(plan, request).values())


def request_words(request: str) -> set[str]:
    return set(_words(request))


def unknown_words(name: str, said: set[str]) -> list[str]:
    """Words of a looked-up name the request (its `request_words`) lacks; titles, and a possessive typed
    without its apostrophe ("bartholomews email" names Bartholomew), count as given."""
    return [w for w in _words(name) if w not in _TITLES and w not in said and w + "s" not in said]


def ungrounded_lookups(plan: Plan, request: str) -> dict[int, str]:
    """The steps `ungrounded` reports: step index -> the sentence."""
    said = request_words(request)
    found = {}
    for step in plan.steps:
        if step.tool not in GROUNDED_TOOLS or not step.args or not isinstance(step.args[0], str):
            continue
        if ref_indices(step.args[0]):  # a value another step found, not a name the planner wrote
            continue
        words = _words(step.args[0])
        if unknown_words(step.args[0], said):
            found[step.index] = f"Step {step.index} looks up {step.args[0]!r}, which the request does not name."
        elif step.tool in CONTACT_TOOLS and words and all(w in _PRONOUNS for w in words):
            found[step.index] = f"Step {step.index} looks up {step.args[0]!r}, a pronoun rather than a name."
    return found
