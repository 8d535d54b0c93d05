"""TinyAgent's success metric (COMPAT section 5): labelled-graph isomorphism of predicted and gold plans."""

from __future__ import annotations

import math

import networkx as nx

from agent.plans.plan import Plan, parse_plan


def plan_graph(plan: Plan) -> nx.DiGraph:
    """One node per step (join included) labelled with its tool; an edge k -> i when step i uses `$k`."""
    graph = nx.DiGraph()
    for step in plan.steps:
        graph.add_node(step.index, tool=step.tool)
    for step in plan.steps:
        for ref in step.refs:
            if ref.step in graph:
                graph.add_edge(ref.step, step.index)
    return graph


def plans_match(predicted: Plan | str, gold: Plan | str) -> bool:
    """True when both parse cleanly and their labelled dependency graphs are isomorphic."""
    pred = parse_plan(predicted) if isinstance(predicted, str) else predicted
    ref = parse_plan(gold) if isinstance(gold, str) else gold
    if pred.problems or not pred.steps:
        return False
    return nx.is_isomorphic(
        plan_graph(pred), plan_graph(ref), node_match=lambda a, b: a["tool"] == b["tool"]
    )


def tool_recall(selected: set[str] | frozenset[str], gold: set[str] | frozenset[str]) -> bool:
    """A query is recalled when the selection contains every gold tool."""
    return set(gold) <= set(selected)


def mcnemar(a: list[bool], b: list[bool]) -> tuple[int, int, float]:
    """Exact two-sided McNemar test on paired successes: (only_a, only_b, p-value)."""
    if len(a) != len(b):
        raise ValueError("McNemar needs paired results of equal length")
    only_a = sum(x and not y for x, y in zip(a, b, strict=True))
    only_b = sum(y and not x for x, y in zip(a, b, strict=True))
    n = only_a + only_b
    if n == 0:
        return 0, 0, 1.0
    k = min(only_a, only_b)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2**n
    return only_a, only_b, min(1.0, 2 * tail)
