"""Where each plan step goes in the DAG drawing: dependency layers, no Qt.

A step's layer is one more than the deepest step it references (`$k`); steps without references sit in layer
0. `join()` depends on every earlier step, so it always gets a layer of its own at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agent.plans.plan import JOIN, Step


@dataclass(frozen=True)
class Edge:
    source: int  # step index whose observation is used
    target: int  # step index that uses it
    implicit: bool = False  # join's dependency on a step nothing else uses


def layers(steps: Sequence[Step]) -> dict[int, int]:
    """Step index -> layer number. References to unknown or later steps are ignored (the validator reports them)."""
    layer: dict[int, int] = {}
    for step in steps:
        if step.tool == JOIN:
            layer[step.index] = max(layer.values(), default=-1) + 1
            continue
        known = [layer[r.step] for r in step.refs if r.step in layer]
        layer[step.index] = max(known, default=-1) + 1
    return layer


def edges(steps: Sequence[Step]) -> list[Edge]:
    """One edge per `$k` reference, plus join's edges from the steps no other step uses."""
    known = {s.index for s in steps}
    found = [Edge(r.step, s.index) for s in steps if s.tool != JOIN for r in s.refs if r.step in known]
    used = {e.source for e in found}
    for join in (s for s in steps if s.tool == JOIN):
        found += [Edge(s.index, join.index, implicit=True)
                  for s in steps if s.index < join.index and s.tool != JOIN and s.index not in used]
    return found
