"""Builds a gold plan as a small DAG of tool calls, then numbers it in a dependency-respecting order.

Arguments hold `Out(node)` where an earlier result is used, either as a whole string argument or as a list item,
so a string never carries more than one reference. Lookups are shared: one per person and kind, one file search
per file name (COMPAT section 8).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from agent.plans.plan import END_OF_PLAN, Step


@dataclass(frozen=True)
class Out:
    """The observation of node `node` (a builder-local id, not a step number)."""

    node: int


@dataclass
class Node:
    tool: str
    args: list[Any]

    def deps(self) -> set[int]:
        found: set[int] = set()
        for arg in self.args:
            items = arg if isinstance(arg, list) else [arg]
            found.update(item.node for item in items if isinstance(item, Out))
        return found


@dataclass
class PlanBuilder:
    nodes: list[Node] = field(default_factory=list)
    _shared: dict[tuple[str, str], Out] = field(default_factory=dict)

    def add(self, tool: str, *args: Any) -> Out:
        self.nodes.append(Node(tool, list(args)))
        return Out(len(self.nodes) - 1)

    def _once(self, tool: str, key: str, value: str) -> Out:
        shared_key = (tool, key.casefold())
        if shared_key not in self._shared:
            self._shared[shared_key] = self.add(tool, value)
        return self._shared[shared_key]

    def email_of(self, name: str) -> Out:
        return self._once("get_email_address", name, name)

    def phone_of(self, name: str) -> Out:
        return self._once("get_phone_number", name, name)

    def file_path(self, file_name: str) -> Out:
        return self._once("open_and_get_file_path", file_name, file_name)

    @property
    def tools(self) -> list[str]:
        return sorted({n.tool for n in self.nodes})

    def order(self, rng: random.Random) -> list[int]:
        """A dependency-respecting order: lookups first, as created, or a random topological order."""
        style = rng.random()
        created = list(range(len(self.nodes)))
        if style < 0.5:
            first = [i for i in created if not self.nodes[i].deps()]
            lookups = [i for i in first if self.nodes[i].tool.startswith(("get_", "open_and"))]
            rest = [i for i in created if i not in lookups]
            return self._topological(lookups + rest)
        if style < 0.8:
            return self._topological(created)
        shuffled = created[:]
        rng.shuffle(shuffled)
        return self._topological(shuffled)

    def _topological(self, preference: list[int]) -> list[int]:
        """Kahn's algorithm that always takes the most preferred ready node."""
        placed: list[int] = []
        done: set[int] = set()
        pending = preference[:]
        while pending:
            for i in pending:
                if self.nodes[i].deps() <= done:
                    placed.append(i)
                    done.add(i)
                    pending.remove(i)
                    break
        return placed

    def render(self, rng: random.Random) -> str:
        """The plan text, `join()` last and `<END_OF_PLAN>` appended."""
        order = self.order(rng)
        number = {node: position + 1 for position, node in enumerate(order)}
        steps = [Step(number[i], self.nodes[i].tool, tuple(_resolve(a, number) for a in self.nodes[i].args))
                 for i in order]
        steps.append(Step(len(steps) + 1, "join", ()))
        return "\n".join(step.render() for step in steps) + END_OF_PLAN


def _resolve(arg: Any, number: dict[int, int]) -> Any:
    if isinstance(arg, Out):
        return f"${number[arg.node]}"
    if isinstance(arg, list):
        return [_resolve(item, number) for item in arg]
    return arg
