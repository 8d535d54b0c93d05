"""A plan may only create or send what the request asks for.

When a request gives evidence that it is a question, a removal or something no tool does
(agent.understanding.scope), every step with side effects whose tool the request's acting errands do not name
is dropped, together with the steps that depend on it and the lookups no remaining step uses. A plan left with
nothing to do becomes `1. join()`, and the answer says what Errand can do instead. A request for something no
tool does that names nothing a tool works with ("play some jazz", "what's the weather tomorrow") keeps no step at
all: a read of the calendar or a map answers none of it. A request without such evidence ("mtg w/ ana mon 3pm")
is left to the planner.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from agent.plans.plan import JOIN, Plan, Step, renumbered
from agent.understanding.scope import RequestScope
from tools.spec import Registry

REMOVAL_ANSWER = ("I could not tell what to remove, so nothing was changed. Name the event, reminder or list item, "
                  "e.g. \"cancel Friday's lunch\" or \"take milk off my shopping list\".")
QUESTION_ANSWER = ("I could not tell what to look up. Errand can read your calendar, mail, reminders and notes, "
                   "e.g. \"what's on my calendar tomorrow\" or \"any new mail from Tom\".")
OUT_OF_SCOPE_ANSWER = ("That is not something Errand can do. It works with your calendar, mail, messages, notes, "
                       "reminders, contacts, files, Zoom and maps.")


@dataclass(frozen=True)
class ScopeCheck:
    plan: Plan
    note: str
    answer: str  # for a plan left with nothing to do; "" otherwise


def check_scope(plan: Plan, scope: RequestScope, registry: Registry) -> ScopeCheck | None:
    """The plan without the side effects the request did not ask for, or None when it has none."""
    if not scope.restricts:
        return None
    if scope.unserved and plan.tools:
        names = ", ".join(sorted(set(plan.tools)))
        return ScopeCheck(Plan((Step(1, JOIN, ()),), plan.problems, True),
                          f"Dropped what no tool does for this request: {names}.", OUT_OF_SCOPE_ANSWER)
    unasked = {s.index for s in plan.steps if s.tool != JOIN and s.tool in registry
               and registry[s.tool].side_effects and s.tool not in scope.licensed}
    if not unasked:
        return None
    graph = nx.DiGraph()
    graph.add_nodes_from(s.index for s in plan.steps)
    graph.add_edges_from((ref.step, s.index) for s in plan.steps for ref in s.refs if ref.step in graph)
    dropped = set(unasked)
    for index in unasked:
        dropped |= nx.descendants(graph, index)
    kept = [s for s in plan.steps if s.index not in dropped or s.tool == JOIN]
    kept = _without_unused_lookups(kept, plan.steps, dropped, registry)
    names = ", ".join(sorted({s.tool for s in plan.steps if s.index in unasked}))
    note = f"Dropped what the request did not ask for: {names}."
    if all(s.tool == JOIN for s in kept):
        join = Step(1, JOIN, ())
        return ScopeCheck(Plan((join,), plan.problems, True), note, scope_answer(scope))
    return ScopeCheck(renumbered(Plan(tuple(kept), plan.problems, plan.complete)), note, "")


def _without_unused_lookups(kept: list[Step], original: tuple[Step, ...], dropped: set[int],
                            registry: Registry) -> list[Step]:
    """Read-only steps whose only users were dropped go too: their result would serve nothing."""
    used_by_dropped = {ref.step for s in original if s.index in dropped for ref in s.refs}
    used_by_kept = {ref.step for s in kept for ref in s.refs}
    return [s for s in kept if s.tool == JOIN or registry[s.tool].side_effects
            or s.index not in used_by_dropped or s.index in used_by_kept]


def scope_answer(scope: RequestScope) -> str:
    """What to tell a user whose request leads to no step: what Errand cannot do yet, and what it can. Empty
    when the request gives no evidence either way (the joiner's own answer stands)."""
    if scope.unserved:
        return OUT_OF_SCOPE_ANSWER
    if scope.removal:
        return REMOVAL_ANSWER
    if scope.question:
        return QUESTION_ANSWER
    return OUT_OF_SCOPE_ANSWER if scope.out_of_scope else ""
