"""A message goes to the kind of address its tool uses: a text to a phone number, a mail or an invite to an email
address (COMPAT section 8).

A small planner that loses track of its `$k` numbers sometimes texts the result of `get_email_address` or invites
the result of `get_phone_number`; the step would fail or, worse, reach the wrong person. Each such reference is
set to the same person's lookup of the right kind when the plan has one; a lookup that only such steps use
becomes a lookup of the right kind. Anything else is left as written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from agent.planning.argument_fill import ADDRESS_LISTS
from agent.plans.plan import Plan, Step, ref_indices

EMAIL, PHONE = "get_email_address", "get_phone_number"


def mend_lookup_kinds(plan: Plan) -> tuple[Plan, str] | None:
    """The plan with every address list's lookups of the kind its tool needs, and a note; None when it has none
    of the other kind."""
    lookups = {step.index: step for step in plan.steps if step.tool in (EMAIL, PHONE)}
    wrong = {(step.index, k) for step in plan.steps for k in _listed_refs(step) if k in lookups
             and lookups[k].tool != _needed(step.tool)}
    if not wrong:
        return None
    users = {k: {step.index for step in plan.steps for ref in step.refs if ref.step == k} for k in lookups}
    wrong_users = {k: {index for index, ref in wrong if ref == k} for k in lookups}
    steps = {step.index: step for step in plan.steps}
    notes = []
    for index, k in sorted(wrong):
        kind = _needed(steps[index].tool)
        twin = next((i for i, s in lookups.items() if s.tool == kind and s.args == lookups[k].args and i < index),
                    None)
        if twin is not None:
            steps[index] = _referring(steps[index], k, twin)
            notes.append(f"step {index} now uses step {twin}")
        elif users[k] == wrong_users[k]:
            steps[k] = replace(steps[k], tool=kind)
            lookups[k] = steps[k]
            notes.append(f"step {k} looks up {'a phone number' if kind == PHONE else 'an email address'}")
    if not notes:
        return None
    mended = Plan(tuple(steps[step.index] for step in plan.steps), plan.problems, plan.complete)
    return mended, "Texts go to phone numbers and mails to email addresses: " + "; ".join(notes) + "."


def _needed(tool: str) -> str:
    return PHONE if tool == "send_sms" else EMAIL


def _listed_refs(step: Step) -> list[int]:
    """The `$k` the step's address lists hold (recipients, cc, invitees)."""
    found = []
    for position in ADDRESS_LISTS.get(step.tool, ()):
        value = step.args[position] if position < len(step.args) else ()
        for item in value if isinstance(value, (list, tuple)) else ():
            if isinstance(item, str):
                found += ref_indices(item)
    return found


def _referring(step: Step, old: int, new: int) -> Step:
    """`step` with `$old` in its address lists replaced by `$new`."""
    def swapped(value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return type(value)(f"${new}" if isinstance(item, str) and ref_indices(item) == [old] else item
                               for item in value)
        return value
    positions = ADDRESS_LISTS.get(step.tool, ())
    return replace(step, args=tuple(swapped(a) if i in positions else a for i, a in enumerate(step.args)))
