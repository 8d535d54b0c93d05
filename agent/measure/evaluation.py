"""Scoring a planner configuration on COMPAT section 7 items (`errand eval`, and training's reports).

    items = load_items(path)
    report = evaluate(items, plan_item)          # plan_item(item) -> Attempt
    print(format_report(report))
    comparison = compare(report_a, report_b)     # McNemar on the paired successes

`plan_item` is any function that plans one item; it never needs the session (training calls its own model).
An exception raised while planning one item scores that item as a failure and keeps its message.
"""

from __future__ import annotations

import json
import math
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from agent.measure.action_score import SECTION_10_SIDE_EFFECTS, ActionLabels, ActionTotals, judge
from agent.measure.argument_match import KINDS, ArgumentScore, score_arguments
from agent.measure.metric import mcnemar, plans_match, tool_recall
from agent.plans.plan import parse_plan
from agent.session import Session
from agent.toolrag.base import ToolSelection
from tools.catalogue import CATALOGUE

Level = Literal["graph", "key", "all"]
LEVELS: tuple[Level, ...] = ("graph", "key", "all")
SIDE_EFFECTS = frozenset(name for name in CATALOGUE.names if CATALOGUE[name].side_effects) | SECTION_10_SIDE_EFFECTS
ARGUMENT_NAMES = {name: tuple(arg.name for arg in CATALOGUE[name].args) for name in CATALOGUE.names}


class EvalDataError(ValueError):
    """An evaluation file that cannot be read; the message names the file, line and problem."""


@dataclass(frozen=True)
class EvalItem:
    id: str
    now: datetime
    query: str
    plan: str
    tools: tuple[str, ...]
    category: str
    labels: ActionLabels | None = None  # COMPAT section 10 labels of a real request (expect, allow, ...)


@dataclass(frozen=True)
class Attempt:
    """What a configuration produced for one item."""

    plan_text: str
    selected_tools: tuple[str, ...]
    seconds: float  # planning latency (ToolRAG + prompt + generation)
    error: str = ""
    fallback: bool = False  # ToolRAG chose no tool, so every enabled tool was offered (COMPAT section 4)


@dataclass(frozen=True)
class ItemResult:
    item: EvalItem
    attempt: Attempt
    success: bool
    recalled: bool
    arguments: ArgumentScore = ArgumentScore(False, False, False)
    actions: dict[str, bool] | None = None  # served, harmful... for items with action labels


@dataclass(frozen=True)
class EvalReport:
    name: str
    results: tuple[ItemResult, ...]

    @property
    def n(self) -> int:
        return len(self.results)

    @property
    def success_rate(self) -> float:
        return _mean([r.success for r in self.results])

    @property
    def actions(self) -> ActionTotals | None:
        """Action-level figures (COMPAT section 10), when the items carry `expect` / `allow` labels."""
        if not any(r.item.labels for r in self.results):
            return None
        return ActionTotals.of((r.item.category, r.actions) for r in self.results if r.item.labels)

    @property
    def args_key_rate(self) -> float:
        return _mean([r.arguments.key for r in self.results])

    @property
    def args_all_rate(self) -> float:
        return _mean([r.arguments.all for r in self.results])

    @property
    def per_category_levels(self) -> dict[str, tuple[int, int, int, int]]:
        """category -> (graph, key, all successes, items), categories sorted by name."""
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for r in self.results:
            row = counts[r.item.category]
            row[0] += r.success
            row[1] += r.arguments.key
            row[2] += r.arguments.all
            row[3] += 1
        return {name: (g, k, a, n) for name, (g, k, a, n) in sorted(counts.items())}

    @property
    def mismatch_kinds(self) -> dict[str, tuple[int, int]]:
        """argument kind -> (mismatched arguments, items with one), over the plans whose graph is right."""
        arguments: dict[str, int] = defaultdict(int)
        items: dict[str, int] = defaultdict(int)
        for r in self.results:
            kinds = [m.kind for m in r.arguments.mismatches]
            for kind in kinds:
                arguments[kind] += 1
            for kind in set(kinds):
                items[kind] += 1
        order = [*KINDS, "arity"]
        return {kind: (arguments[kind], items[kind]) for kind in order if arguments[kind]}

    @property
    def tool_recall(self) -> float:
        return _mean([r.recalled for r in self.results])

    @property
    def mean_tools(self) -> float:
        return _mean([len(r.attempt.selected_tools) for r in self.results])

    @property
    def classifier_mean_tools(self) -> float:
        """Tools ToolRAG itself chose per request: a fallback to every tool counts as the none it chose."""
        return _mean([0 if r.attempt.fallback else len(r.attempt.selected_tools) for r in self.results])

    @property
    def classifier_recall(self) -> float:
        """Tool recall of ToolRAG's own choice, before the fallback to every tool."""
        return _mean([r.recalled and not (r.attempt.fallback and r.item.tools) for r in self.results])

    @property
    def per_category(self) -> dict[str, tuple[int, int]]:
        """category -> (successes, items), categories sorted by name."""
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for result in self.results:
            counts[result.item.category][0] += result.success
            counts[result.item.category][1] += 1
        return {name: (ok, total) for name, (ok, total) in sorted(counts.items())}

    def latency(self, quantile: float) -> float:
        return percentile([r.attempt.seconds for r in self.results], quantile)

    @property
    def successes(self) -> list[bool]:
        return [r.success for r in self.results]

    def successes_at(self, level: Level) -> list[bool]:
        """Per item: graph success, or key / all argument success (COMPAT section 9)."""
        if level == "graph":
            return self.successes
        return [r.arguments.key if level == "key" else r.arguments.all for r in self.results]


@dataclass(frozen=True)
class Comparison:
    a: str
    b: str
    only_a: int
    only_b: int
    p_value: float
    n: int
    level: Level = "graph"


def load_items(path: Path) -> list[EvalItem]:
    """Read a JSONL file of items (keys id, now, query, plan, tools, category)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalDataError(f"cannot read {path}: {exc}") from None
    items = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            items.append(_item(line, f"{path}:{number}"))
    if not items:
        raise EvalDataError(f"{path} has no items")
    return items


def _item(line: str, where: str) -> EvalItem:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EvalDataError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise EvalDataError(f"{where}: expected an object")
    missing = [key for key in ("id", "now", "query", "plan", "tools", "category") if key not in data]
    if missing:
        raise EvalDataError(f"{where}: missing {', '.join(missing)}")
    try:
        now = datetime.fromisoformat(str(data["now"]))
    except ValueError:
        raise EvalDataError(f"{where}: `now` is not a date and time ({data['now']!r})") from None
    if parse_plan(str(data["plan"])).problems:
        raise EvalDataError(f"{where}: the gold plan does not parse")
    labels = None
    if "expect" in data and "allow" in data:
        labels = ActionLabels(tuple(map(str, data["expect"])), tuple(map(str, data["allow"])),
                              str(data.get("intent", "")), str(data.get("gold_day", "")),
                              str(data.get("gold_when", "")))
    return EvalItem(str(data["id"]), now, str(data["query"]), str(data["plan"]),
                    tuple(str(t) for t in data["tools"]), str(data["category"]), labels)


def session_attempt(session: Session, item: EvalItem, oracle_tools: bool = False) -> Attempt:
    """Plan one item exactly as the app plans a request: ToolRAG (or the gold tools), examples, the session's
    prompt profile, placeholders, and its grammar policy."""
    started = time.perf_counter()
    if oracle_tools:
        selection = ToolSelection(tuple(name for name in session.enabled_tools if name in item.tools))
    else:
        selection = session.select(item.query)
    tools = selection.tools
    examples = session.examples_for(item.query, tools)
    attempt = session.plan(item.query, tools=tools, examples=examples, now=item.now,
                           probabilities=selection.probabilities)
    return Attempt(attempt.text, tools, time.perf_counter() - started, fallback=selection.fallback)


def score(item: EvalItem, attempt: Attempt) -> ItemResult:
    success = not attempt.error and plans_match(attempt.plan_text, item.plan)
    arguments = (score_arguments(parse_plan(attempt.plan_text), parse_plan(item.plan), ARGUMENT_NAMES)
                 if success else ArgumentScore(False, False, False))
    actions = (judge(parse_plan(attempt.plan_text), item.category, item.labels, SIDE_EFFECTS)
               if item.labels else None)
    return ItemResult(item, attempt, success, tool_recall(set(attempt.selected_tools), set(item.tools)), arguments,
                      actions)


def evaluate(items: Sequence[EvalItem], plan_item: Callable[[EvalItem], Attempt], *, name: str = "",
             progress: Callable[[ItemResult], None] | None = None) -> EvalReport:
    results = []
    for item in items:
        try:
            attempt = plan_item(item)
        except Exception as exc:  # one broken item is a failure of that item, not of the run
            attempt = Attempt("", (), 0.0, f"{type(exc).__name__}: {exc}")
        result = score(item, attempt)
        results.append(result)
        if progress is not None:
            progress(result)
    return EvalReport(name, tuple(results))


def write_details(report: EvalReport, path: Path) -> None:
    """One JSON object per item: what was asked, the gold and predicted plans, the tools, and the scores."""
    with path.open("w", encoding="utf-8") as out:
        for r in report.results:
            out.write(json.dumps({
                "id": r.item.id, "category": r.item.category, "query": r.item.query, "gold": r.item.plan,
                "predicted": r.attempt.plan_text, "gold_tools": list(r.item.tools),
                "selected_tools": list(r.attempt.selected_tools), "fallback": r.attempt.fallback,
                "success": r.success, "args_key": r.arguments.key, "args_all": r.arguments.all,
                "mismatches": [{"step": m.step, "tool": m.tool, "argument": m.argument, "kind": m.kind,
                                "level": m.level, "gold": m.gold, "predicted": m.predicted, "why": m.why}
                               for m in r.arguments.mismatches],
                "recalled": r.recalled,
                "seconds": round(r.attempt.seconds, 4), "error": r.attempt.error,
            }, ensure_ascii=False) + "\n")


def compare(a: EvalReport, b: EvalReport, level: Level = "graph") -> Comparison:
    if [r.item.id for r in a.results] != [r.item.id for r in b.results]:
        raise ValueError("both reports must cover the same items in the same order")
    only_a, only_b, p_value = mcnemar(a.successes_at(level), b.successes_at(level))
    return Comparison(a.name, b.name, only_a, only_b, p_value, a.n, level)


def percentile(values: Sequence[float], quantile: float) -> float:
    """Linear-interpolated percentile (quantile in 0..1); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * quantile
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary_line(report: EvalReport) -> str:
    """The machine-readable last line of `errand eval`."""
    actions = report.actions
    served = (f"served={_rate(actions.rate('served'))} harmful={_rate(actions.rate('harmful'))} "
              if actions is not None else "")
    return (f"success={report.success_rate:.4f} recall={report.tool_recall:.4f} "
            f"tools={report.mean_tools:.2f} args_key={report.args_key_rate:.4f} args_all={report.args_all_rate:.4f} "
            f"{served}n={report.n}")


def _rate(value: float | None) -> str:
    return "nan" if value is None else f"{value:.4f}"


def format_report(report: EvalReport) -> str:
    """The human-readable metrics (the caller prints which configuration they belong to)."""
    lines = [
        f"items: {report.n}",
        f"success rate: {report.success_rate:.1%}",
        f"argument success (COMPAT section 9): key {report.args_key_rate:.1%}, all {report.args_all_rate:.1%}",
        f"tool recall: {report.tool_recall:.1%}",
        f"mean tools selected: {report.mean_tools:.2f}",
        (f"ToolRAG alone (before the fallback to every tool): recall {report.classifier_recall:.1%}, "
         f"{report.classifier_mean_tools:.2f} tools"),
        f"planning latency: p50 {report.latency(0.5):.3f} s, p95 {report.latency(0.95):.3f} s",
        "per category:",
    ]
    for category, (ok, total) in report.per_category.items():
        lines.append(f"  {category}: {ok}/{total} ({ok / total:.0%})")
    lines.append("per category, graph / key / all:")
    for category, (graph, key, everything, total) in report.per_category_levels.items():
        lines.append(f"  {category}: {graph / total:.0%} / {key / total:.0%} / {everything / total:.0%} of {total}")
    kinds = report.mismatch_kinds
    if kinds:
        lines.append("argument mismatches in plans with the right graph (arguments, items):")
        lines.extend(f"  {kind}: {count}, {items}" for kind, (count, items) in kinds.items())
    if report.actions is not None:
        lines.append("action level (COMPAT section 10; served, harmful, harmful_scope, clean, day, when):")
        lines.extend(report.actions.lines())
    errors = [r for r in report.results if r.attempt.error]
    if errors:
        lines.append(f"errors: {len(errors)} (first: {errors[0].item.id}: {errors[0].attempt.error})")
    return "\n".join(lines)


def format_comparison(comparison: Comparison) -> str:
    level = "" if comparison.level == "graph" else f" ({comparison.level})"
    return (f"McNemar{level} {comparison.a} vs {comparison.b} on {comparison.n} items: only {comparison.a} succeeded "
            f"{comparison.only_a}, only {comparison.b} succeeded {comparison.only_b}, p = {comparison.p_value:.4f}")


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
