"""Plan -> DAG, and validation against the tool registry before anything runs.

Every problem is a sentence the planner can act on: it is shown to the user and fed back as an error
observation when the session replans.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from agent.plans.plan import JOIN, Plan, Step, ref_indices
from tools.spec import Arg, Registry, ToolSpec


@dataclass(frozen=True)
class ValidationProblem:
    message: str
    step: int | None = None  # the step the problem is about, None for plan-wide problems


@dataclass(frozen=True)
class Validation:
    plan: Plan
    graph: nx.DiGraph
    problems: tuple[ValidationProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def messages(self) -> tuple[str, ...]:
        return tuple(p.message for p in self.problems)


def build_dag(plan: Plan) -> nx.DiGraph:
    """One node per step (attribute `tool`); an edge k -> i when step i uses `$k`; join depends on every earlier step.

    References to steps that do not exist are left out (validation reports them).
    """
    graph = nx.DiGraph()
    for step in plan.steps:
        graph.add_node(step.index, tool=step.tool)
    for position, step in enumerate(plan.steps):
        sources = [s.index for s in plan.steps[:position]] if step.tool == JOIN else [r.step for r in step.refs]
        for source in sources:
            if source in graph and source != step.index:
                graph.add_edge(source, step.index)
    return graph


def validate(plan: Plan, registry: Registry) -> Validation:
    """Check syntax problems, numbering, join placement, tools, arity, types and references."""
    problems: list[ValidationProblem] = [
        ValidationProblem(f"Could not parse the line `{p.line}`: {p.message}.") for p in plan.problems
    ]
    problems += _numbering_problems(plan)
    problems += _join_problems(plan)
    indices = {s.index for s in plan.steps}
    for step in plan.steps:
        if step.tool == JOIN:
            continue
        problems += _reference_problems(step, indices)
        if step.tool not in registry:
            available = ", ".join(registry.names) or "none"
            problems.append(ValidationProblem(
                f"Step {step.index} calls `{step.tool}`, which is not an available tool (available: {available}).",
                step.index))
            continue
        problems += _argument_problems(step, registry[step.tool])
    graph = build_dag(plan)
    if not nx.is_directed_acyclic_graph(graph):
        cycle = " -> ".join(str(source) for source, _ in nx.find_cycle(graph))
        problems.append(ValidationProblem(f"The steps depend on each other in a cycle ({cycle})."))
    return Validation(plan, graph, tuple(problems))


_FIND_FILE = "open_and_get_file_path"
_ATTACHING_TOOLS = frozenset({"compose_new_email", "reply_to_email", "forward_email"})


def redundancies(plan: Plan, registry: Registry) -> tuple[str, ...]:
    """Steps a valid plan does not need (COMPAT section 8: one lookup per person and kind, none unused):
    a call repeated with the same arguments, or, in a plan that acts (a step with side effects), a contact
    lookup whose result no step uses ("what's Ana's email?" is a lookup whose result is the answer), or, in a
    plan that sends email, a file found but never attached or summarised (no dev gold plan does this; a small
    planner that forgets the attachment does; docs/adr/planner-resampling.md). The plan still runs; the session
    uses these to prefer another sample of the plan."""
    found = []
    first_of: dict[tuple[str, str], int] = {}
    for step in plan.steps:
        key = (step.tool, repr(step.args))
        if step.tool != JOIN and key in first_of:
            found.append(f"Step {step.index} repeats step {first_of[key]}.")
        first_of.setdefault(key, step.index)
    used = {ref.step for step in plan.steps for ref in step.refs}
    acts = any(step.tool in registry and registry[step.tool].side_effects for step in plan.steps)
    sends_email = any(step.tool in _ATTACHING_TOOLS for step in plan.steps)
    for step in plan.steps:
        if step.index in used or step.tool not in registry:
            continue
        if acts and registry[step.tool].app == "contacts":
            found.append(f"Step {step.index} looks up a contact that no step uses.")
        elif sends_email and step.tool == _FIND_FILE:
            found.append(f"Step {step.index} finds a file that no step uses, in a plan that sends email.")
    return tuple(found)


def misused_results(plan: Plan, registry: Registry) -> tuple[str, ...]:
    """Steps that pass on a result no plan should: one that only confirms an action ("Email sent" as a text's
    message), or one of their own tool's (a summary of a summary). Gold plans never do either (0 of 200 dev,
    30 sample and 20,000 synthetic plans); a small planner that loses track of its `$k` numbers does. Like
    redundancies, the plan would run, and the session prefers another sample."""
    tools = {step.index: step.tool for step in plan.steps}
    found = []
    for step in plan.steps:
        for ref in step.refs:
            source = tools.get(ref.step)
            if source is not None and source in registry and registry[source].confirms:
                found.append(f"Step {step.index} passes on step {ref.step}'s result, which only confirms "
                             f"that {source} was done.")
            elif source == step.tool:
                found.append(f"Step {step.index} passes on the result of step {ref.step}, another {source}.")
    return tuple(found)


def _numbering_problems(plan: Plan) -> list[ValidationProblem]:
    if not plan.steps:
        return [ValidationProblem("The plan has no steps; it must at least end with `join()`.")]
    problems = []
    seen: set[int] = set()
    for expected, step in enumerate(plan.steps, start=1):
        if step.index in seen:
            problems.append(ValidationProblem(f"Step number {step.index} is used more than once.", step.index))
        elif step.index != expected:
            problems.append(ValidationProblem(
                f"Step numbers must start at 1 and increase by 1: expected step {expected}, found {step.index}.",
                step.index))
        seen.add(step.index)
    return problems


def _join_problems(plan: Plan) -> list[ValidationProblem]:
    joins = [s for s in plan.steps if s.tool == JOIN]
    problems = []
    if plan.steps and not joins:
        problems.append(ValidationProblem("The plan does not end with `join()`; every plan must end with it."))
    for join in joins:
        if join.args:
            problems.append(ValidationProblem(f"Step {join.index}: `join()` takes no arguments.", join.index))
    if joins and plan.steps[-1] is not joins[0]:
        problems.append(ValidationProblem(
            f"`join()` (step {joins[0].index}) must be the last step and appear only once.", joins[0].index))
    return problems


def _reference_problems(step: Step, indices: set[int]) -> list[ValidationProblem]:
    problems = []
    for ref in step.refs:
        if ref.step not in indices:
            problems.append(ValidationProblem(
                f"Step {step.index} uses ${ref.step}, but there is no step {ref.step}.", step.index))
        elif ref.step >= step.index:
            problems.append(ValidationProblem(
                f"Step {step.index} uses ${ref.step}, but only earlier steps can be referenced.", step.index))
    return problems


def _argument_problems(step: Step, spec: ToolSpec) -> list[ValidationProblem]:
    if len(step.args) != spec.arity:
        return [ValidationProblem(
            f"Step {step.index}: `{spec.signature_line()}` takes {spec.arity} argument"
            f"{'' if spec.arity == 1 else 's'} but {len(step.args)} were given.", step.index)]
    problems = []
    for arg, value in zip(spec.args, step.args, strict=False):
        reason = type_problem(arg, value)
        if reason:
            problems.append(ValidationProblem(
                f"Step {step.index}: argument `{arg.name}` of `{spec.name}` {reason}.", step.index))
    return problems


def type_problem(arg: Arg, value: Any) -> str | None:
    """Why `value` cannot be passed as `arg`, or None when it can.

    A string holding a `$k` reference is accepted for any type: its value comes from an observation and is
    converted when the step runs. None is accepted for strings and lists (it means empty).
    """
    if isinstance(value, str) and ref_indices(value):
        return None
    if arg.type == "str":
        return None if value is None or isinstance(value, str) else f"must be a string, not {_describe(value)}"
    if arg.type == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else f"must be an integer, not {_describe(value)}"
    if arg.type == "bool":
        return None if isinstance(value, bool) else f"must be True or False, not {_describe(value)}"
    if value is None or isinstance(value, str):
        return None  # a single string is a one-element list
    if not isinstance(value, (list, tuple)):
        return f"must be a list of strings, not {_describe(value)}"
    for position, item in enumerate(value, start=1):
        if not isinstance(item, str):
            return f"must be a list of strings, but item {position} is {_describe(item)}"
    return None


def _describe(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list",
             tuple: "a list", dict: "a dictionary", set: "a set", type(None): "None"}
    return f"{names.get(type(value), type(value).__name__)} ({value!r})"


def describe_dag(graph: nx.DiGraph) -> str:
    """The DAG as text, one node per line: `3. send_sms <- 1, 2`."""
    lines = []
    for node in sorted(graph.nodes):
        parents = sorted(graph.predecessors(node))
        suffix = " <- " + ", ".join(str(p) for p in parents) if parents else ""
        lines.append(f"{node}. {graph.nodes[node]['tool']}{suffix}")
    return "\n".join(lines)

