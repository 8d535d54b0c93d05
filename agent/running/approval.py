"""Approval: which steps wait for the user, asking once per plan, and applying the user's edits.

Steps with side effects (`ToolSpec.side_effects`) and every step that depends on one are held until the
approver answers; read-only steps that depend on no held step start at once. Tools the user chose to always
allow never ask. A step whose tool has a preview (a removal) shows exactly what it would change; one whose
preview finds nothing to change does not ask: it runs, changes nothing and says so. A removal that takes what an
earlier read found ("clear my shopping list": open_note, then remove its lines) has that read run first, before
the question, and names what it read: the approval shows, and the removal removes, exactly those lines. A step
that would read or send a file outside the folders the user shares asks too, naming the file, whatever its tool
(issue 26): once approved, that file is granted for this request only. A declined plan runs nothing with side
effects, and edits may only touch held steps (the others may already have run).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import networkx as nx

from agent.plans.plan import JOIN, Plan, Step, substitute
from agent.plans.validate import validate
from agent.running.answers import preview_words
from agent.running.cancel import CancelToken
from agent.running.events import Approval, Approver, Event, NeedsApproval
from agent.running.executor import ArgumentError, Executor, StepRecord, prepare_args
from tools.backends import ToolError
from tools.spec import Preview, Registry

DECLINED_MESSAGE = "You cancelled the plan; nothing with side effects was done."


class EditError(ValueError):
    """An argument edit that cannot be applied; the message says why."""


@dataclass(frozen=True)
class Execution:
    """What running one plan gave: the approval (None when nothing asked), every step's record, and why the
    plan was declined ('' if it was not)."""

    approval: Approval | None
    records: Mapping[int, StepRecord]
    declined: str
    seconds: float


def needs_approval(plan: Plan, registry: Registry, always_allow: frozenset[str]) -> set[int]:
    """The steps whose tool has side effects and is not always allowed; a removal (a tool with a preview)
    always asks, whatever the settings say."""
    return {s.index for s in plan.steps
            if s.tool != JOIN and registry[s.tool].side_effects
            and (s.tool not in always_allow or registry[s.tool].preview is not None)}


def previews(plan: Plan, asking: set[int], registry: Registry, backends: Any) -> dict[int, Preview]:
    """What each asking step with a preview would change. Only steps whose arguments are all known now (no `$k`)
    can be previewed; a preview that fails says why instead."""
    found: dict[int, Preview] = {}
    for step in plan.steps:
        spec = registry[step.tool] if step.index in asking else None
        if spec is None or spec.preview is None or step.refs:
            continue
        try:
            found[step.index] = spec.preview(backends, *prepare_args(spec, step.args, {}))
        except (ToolError, ArgumentError) as exc:
            found[step.index] = Preview(f"Cannot tell yet what this step would change: {exc}")
        except Exception as exc:  # a broken backend must not hide the approval question
            found[step.index] = Preview(f"Cannot tell yet what this step would change ({type(exc).__name__}).")
    return found


def read_first(plan: Plan, asking: set[int], registry: Registry, backends: Any) -> Plan:
    """The plan with each asking removal's `$k` replaced by what the steps it depends on read, run now. Only reads
    run early: steps without side effects whose own arguments are all written out; a removal that depends on
    anything else, or on a read that fails, keeps its `$k` (and its preview says it cannot tell yet)."""
    steps = {step.index: step for step in plan.steps}
    read: dict[int, str | None] = {}
    for step in plan.steps:
        spec = registry[step.tool] if step.index in asking and step.tool in registry else None
        if spec is None or spec.preview is None or not step.refs:
            continue
        sources = [steps.get(ref.step) for ref in step.refs]
        if not all(s is not None and s.tool in registry and not registry[s.tool].side_effects and not s.refs
                   for s in sources):
            continue
        for source in sources:
            if source is not None and source.index not in read:
                read[source.index] = _read_now(source, registry, backends)
        found = {ref.step: read[ref.step] for ref in step.refs}
        if all(text is not None for text in found.values()):
            known = {index: text for index, text in found.items() if text is not None}
            steps[step.index] = replace(step, args=tuple(substitute(arg, known) for arg in step.args))
    return replace(plan, steps=tuple(steps[s.index] for s in plan.steps))


def _read_now(step: Step, registry: Registry, backends: Any) -> str | None:
    """What a read-only step observes, or None when it fails (the removal then waits for the run as before)."""
    spec = registry[step.tool]
    try:
        result = spec.function(backends, *prepare_args(spec, step.args, {}))
    except Exception:  # a failed read is reported when the plan runs it; here it only leaves the `$k` unresolved
        return None
    return result if isinstance(result, str) else str(result)


def outside_files(plan: Plan, registry: Registry, backends: Any) -> dict[int, tuple[Path, ...]]:
    """Per step, the files its arguments name (literally, not through `$k`) that exist outside the shared
    folders and are neither hidden nor secret: the user may approve those by name."""
    found: dict[int, tuple[Path, ...]] = {}
    outside = getattr(getattr(backends, "files", None), "outside_shared", None)
    if outside is None:
        return found
    for step in plan.steps:
        spec = registry[step.tool] if step.tool in registry else None
        if spec is None or not spec.files or step.refs:
            continue
        named = [step.args[i] for i, arg in enumerate(spec.args) if arg.name in spec.files and i < len(step.args)]
        paths = [p for value in named for p in ([value] if isinstance(value, str) else list(value or []))]
        files = tuple(f for f in (outside(str(p)) for p in paths if str(p).strip()) if f is not None)
        if files:
            found[step.index] = files
    return found


def held_steps(graph: nx.DiGraph, asking: set[int]) -> frozenset[int]:
    """The steps that ask, with every step that depends on one (join excepted)."""
    held = set(asking)
    for index in asking:
        held |= nx.descendants(graph, index)
    return frozenset(i for i in held if graph.nodes[i]["tool"] != JOIN)


def apply_edits(plan: Plan, edits: Mapping[tuple[int, int], Any], editable: frozenset[int],
                registry: Registry) -> Plan:
    """The plan with the user's argument edits, re-validated; only held (not yet run) steps may change."""
    if not edits:
        return plan
    steps = {s.index: s for s in plan.steps}
    for (index, position), value in sorted(edits.items()):
        step = steps.get(index)
        if step is None or step.tool == JOIN or not 0 <= position < len(step.args):
            raise EditError(f"step {index} has no argument {position + 1} to edit")
        if index not in editable:
            raise EditError(f"step {index} may already have run, so its arguments cannot be edited")
        args = list(step.args)
        args[position] = value
        steps[index] = replace(step, args=tuple(args))
    edited = replace(plan, steps=tuple(steps[s.index] for s in plan.steps))
    problems = validate(edited, registry).messages
    if problems:
        raise EditError("the edited plan is invalid: " + " ".join(problems))
    return edited


def execute_with_approval(executor: Executor, plan: Plan, graph: nx.DiGraph, *, asking: set[int],
                          approver: Approver, emit: Callable[[Event], None], request_id: str, request_text: str,
                          cancel: CancelToken, registry: Registry) -> Execution:
    """Run the plan, holding the asking steps and their dependants until the approver answers."""
    plan = read_first(plan, asking, registry, executor.backends)
    shown = previews(plan, asking, registry, executor.backends)
    asking = {index for index in asking if index not in shown or shown[index].changes}
    outside = outside_files(plan, registry, executor.backends)
    for index, files in outside.items():
        names = ", ".join(str(f) for f in files)
        note = (f"Uses {names}, outside the folders you share with Errand. Approving lets Errand use "
                f"{'these files' if len(files) > 1 else 'this file'} for this request only.")
        earlier = shown.get(index)
        shown[index] = Preview(f"{earlier.text}\n{note}" if earlier is not None else note)
        asking.add(index)
    held = held_steps(graph, asking)
    started = time.perf_counter()
    run = executor.start(plan, sink=emit, request_id=request_id, request_text=request_text, cancel=cancel,
                         held=held)
    approval: Approval | None = None
    declined = ""
    if asking:
        need = NeedsApproval(request_id, plan, tuple(sorted(asking)),
                             {index: preview_words(preview) for index, preview in shown.items() if index in asking})
        emit(need)
        try:
            approval = approver(need)
            edited = apply_edits(plan, approval.edits, held, registry) if approval.approved else None
        except Exception as exc:  # an edit that cannot apply, or a broken approver: run nothing held
            approval, edited, declined = Approval(False), None, f"The plan was not run: {exc}"
        if edited is not None:
            run.grant(frozenset(f for files in outside.values() for f in files))
            run.release(edited)
        else:
            declined = declined or DECLINED_MESSAGE
            run.withhold("You did not approve this step.")
    records = run.wait()
    return Execution(approval, records, declined, time.perf_counter() - started)
