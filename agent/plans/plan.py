"""Plans as data: the planner's text is parsed once into frozen steps with structured references.

Format (COMPAT section 2): optional `Thought: ...` lines, then `N. tool_name(python literals)` lines,
ending with `N. join()` and the stop string `<END_OF_PLAN>`.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

END_OF_PLAN = "<END_OF_PLAN>"
JOIN = "join"

_STEP_LINE = re.compile(r"^\s*(\d+)\.\s?([A-Za-z_]\w*)\((.*)\)\s*$")
_NUMBERED = re.compile(r"^\s*\d+\.")
_THOUGHT = re.compile(r"^\s*Thought:\s?(.*)$")
_REF = re.compile(r"\$\{(\d+)\}|\$(\d+)(?!\d)")


@dataclass(frozen=True)
class Ref:
    """A reference to the observation of an earlier step."""

    step: int


@dataclass(frozen=True)
class Step:
    index: int
    tool: str
    args: tuple[Any, ...]
    thought: str = ""

    @property
    def refs(self) -> tuple[Ref, ...]:
        """Every `$k` this step uses, in order of first appearance, without repeats."""
        seen: dict[int, None] = {}
        for text in strings_in(self.args):
            for k in ref_indices(text):
                seen.setdefault(k, None)
        return tuple(Ref(k) for k in seen)

    def render(self) -> str:
        inner = ", ".join(_render_literal(a) for a in self.args)
        return f"{self.index}. {self.tool}({inner})"


@dataclass(frozen=True)
class PlanProblem:
    """A syntax problem found while parsing one line."""

    line: str
    message: str


@dataclass(frozen=True)
class Plan:
    steps: tuple[Step, ...]
    problems: tuple[PlanProblem, ...] = field(default=())
    complete: bool = False  # True when join() or the stop string was seen

    @property
    def tools(self) -> tuple[str, ...]:
        return tuple(s.tool for s in self.steps if s.tool != JOIN)

    def render(self) -> str:
        lines = []
        for step in self.steps:
            if step.thought:
                lines.append(f"Thought: {step.thought}")
            lines.append(step.render())
        return "\n".join(lines) + END_OF_PLAN


def ref_indices(text: str) -> list[int]:
    """Step numbers referenced in `text` (`$1`, `${1}`; `$1` never matches inside `$10`)."""
    return [int(a or b) for a, b in _REF.findall(text)]


def substitute(value: Any, observations: dict[int, str]) -> Any:
    """Replace every `$k` / `${k}` in strings and list items by observation k (exact, never a prefix)."""
    if isinstance(value, str):
        return _REF.sub(lambda m: observations[int(m.group(1) or m.group(2))], value)
    if isinstance(value, (list, tuple)):
        return type(value)(substitute(v, observations) for v in value)
    return value


def renumbered(plan: Plan) -> Plan:
    """The plan with its steps numbered 1, 2, ... in order and every `$k` following its step (after steps were
    dropped or respelt); a `$k` of a step that is gone is left as written."""
    numbers = {step.index: position for position, step in enumerate(plan.steps, start=1)}

    def renumber(value: Any) -> Any:
        if isinstance(value, str):
            return _REF.sub(lambda m: f"${numbers.get(int(m.group(1) or m.group(2)), m.group(0)[1:])}", value)
        if isinstance(value, (list, tuple)):
            return type(value)(renumber(item) for item in value)
        return value

    steps = tuple(Step(numbers[step.index], step.tool, tuple(renumber(a) for a in step.args), step.thought)
                  for step in plan.steps)
    return Plan(steps, plan.problems, plan.complete)


def strings_in(values: Iterable[Any]) -> Iterable[str]:
    """Every string inside argument values, lists included."""
    for value in values:
        if isinstance(value, str):
            yield value
        elif isinstance(value, (list, tuple)):
            yield from strings_in(value)


def _render_literal(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON string escapes are valid Python escapes
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_render_literal(v) for v in value) + "]"
    return repr(value)


def parse_args(text: str) -> tuple[Any, ...]:
    """Parse a positional argument list of Python literals; raise ValueError with a precise reason."""
    if not text.strip():
        return ()
    try:
        tree = ast.parse(f"f({text})", mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        reason = exc.msg if isinstance(exc, SyntaxError) else "too deeply nested"
        raise ValueError(f"arguments are not valid Python literals ({reason})") from None
    call = tree.body
    # `1. a("x") + b("y")` matches the line pattern but is not one call: reject anything but f(...).
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "f"):
        raise ValueError("the line holds more than one call; write exactly one tool call per step")
    if call.keywords:
        names = ", ".join(k.arg or "**" for k in call.keywords)
        raise ValueError(f"named arguments are not allowed ({names}); pass every argument by position")
    try:
        return tuple(ast.literal_eval(node) for node in call.args)
    except (ValueError, TypeError, RecursionError, MemoryError):  # TypeError: e.g. {[1]: 2} is unhashable
        raise ValueError("arguments must be literals (strings, numbers, booleans, None, lists) or \"$k\" "
                         "references") from None


class StreamingParser:
    """Turns planner text, arriving in chunks of any size, into steps as soon as each line is complete.

    The result never depends on how the text was chunked: only complete lines (or the final remainder at
    `finish()`) are parsed, and the stop string may be split across chunks.
    """

    def __init__(self) -> None:
        self._buffer = ""
        self._thought = ""
        self._steps: list[Step] = []
        self._problems: list[PlanProblem] = []
        self._done = False

    def feed(self, chunk: str) -> list[Step]:
        """Add text; return the steps completed by it."""
        if self._done:
            return []
        self._buffer += chunk
        new: list[Step] = []
        while not self._done:
            stop = self._buffer.find(END_OF_PLAN)
            newline = self._buffer.find("\n")
            if stop != -1 and (newline == -1 or stop < newline):
                line, self._buffer = self._buffer[:stop], ""
                self._done = True
            elif newline != -1:
                line, self._buffer = self._buffer[:newline], self._buffer[newline + 1:]
            else:
                break
            new.extend(self._line(line))
        return new

    def finish(self) -> Plan:
        """Parse whatever remains and return the plan."""
        if not self._done and self._buffer.strip():
            self._line(self._buffer)
        self._buffer = ""
        complete = self._done or bool(self._steps and self._steps[-1].tool == JOIN)
        self._done = True
        return Plan(tuple(self._steps), tuple(self._problems), complete)

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    def _line(self, line: str) -> list[Step]:
        if not line.strip():
            return []
        thought = _THOUGHT.match(line)
        if thought:
            self._thought = thought.group(1).strip()
            return []
        match = _STEP_LINE.match(line)
        if not match:
            if _NUMBERED.match(line):
                self._problems.append(PlanProblem(line.strip(), "is not of the form `N. tool_name(arguments)`"))
            return []  # free text outside the format is ignored
        index, tool, raw_args = int(match.group(1)), match.group(2), match.group(3)
        try:
            args = parse_args(raw_args)
        except ValueError as exc:
            self._problems.append(PlanProblem(line.strip(), f"step {index}: {exc}"))
            return []
        step = Step(index, tool, args, self._thought)
        self._thought = ""
        self._steps.append(step)
        if tool == JOIN:
            self._done = True
        return [step]


def parse_plan(text: str) -> Plan:
    parser = StreamingParser()
    parser.feed(text)
    return parser.finish()
