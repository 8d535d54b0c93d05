"""A GBNF grammar, generated from the selected tools, that only admits parseable, valid plans.

What it guarantees (even for a model with random weights):
- optional `Thought: ...` lines, then steps numbered 1, 2, 3... with no gaps (step rules are enumerated up
  to `max_steps`), each calling one of the selected tools with its exact arity and each argument in the shape
  of its declared type: a string literal (with `\\\\ \\" \\n \\t` escapes), a list of strings, an int, a bool;
- a string may hold one `$k` reference, k an earlier step, alone (`"$1"`) or within text
  (`"Her number: $1"`); the character after the number is never a digit, so `$1` cannot become `$10`;
- a continuation (the rest of a plan whose first steps are written) starts at the next number with a call to
  one of the tools it must use, then goes on as above;
- the plan ends with `M. join()<END_OF_PLAN>`, so the stop string ends the generation;
- every string, list, thought and the number of steps is bounded, so the language is finite and generation
  terminates. Strings cannot contain `$` except as that one reference, nor `<` except in a placeholder
  such as `<n1>` (`agent.understanding.placeholders`), so the stop string can never appear inside an argument;
  given the request's placeholders, only those can be written (a model cannot count on to `<n2>`).

Every generated grammar is checked by `agent.planning.gbnf.validate_gbnf(finite=True)` before it is returned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from agent.planning.gbnf import validate_gbnf
from agent.plans.plan import END_OF_PLAN
from agent.understanding.placeholders import PLACEHOLDER
from tools.spec import Arg, ToolSpec

_TERMINALS = re.compile(r'"(?:\\.|[^"\\])*"|\[(?:\\.|[^\]\\])*\]')  # literals and classes
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")


@dataclass(frozen=True)
class Continuation:
    """Where a partly written plan goes on: its next step number and the tools that step must call."""

    step: int
    tools: tuple[str, ...]


@dataclass(frozen=True)
class GrammarLimits:
    max_steps: int = 12  # tool calls; join may then be step max_steps + 1
    max_string: int = 64  # characters inside a string literal
    max_list: int = 6  # items in a list argument
    max_thought: int = 120  # characters of a Thought line; 0 disables Thought lines
    max_int_digits: int = 5

    def __post_init__(self) -> None:
        if self.max_steps < 0 or self.max_string < 1 or self.max_list < 1 or self.max_int_digits < 1:
            raise ValueError(f"grammar limits must be positive: {self}")


def plan_grammar(tools: Sequence[ToolSpec], limits: GrammarLimits = GrammarLimits(),
                 placeholders: Sequence[str] | None = None, continuation: Continuation | None = None) -> str:
    """The GBNF text for plans over `tools` (already validated). `placeholders`: the ones strings may hold
    (none: no `<` at all); None admits any well-formed placeholder. `continuation`: the grammar of the rest of
    a plan whose first steps are already written, starting with a call to one of the tools it names."""
    first = continuation.step if continuation else 1
    last = limits.max_steps + 1
    selected = {spec.name for spec in tools}
    if continuation and not (1 <= first < last and continuation.tools and set(continuation.tools) <= selected):
        raise ValueError(f"cannot continue at step {first} with {continuation.tools}")
    lines = [f"root ::= step-{first}"]
    chars = f"char{{0,{limits.max_string}}}"
    thought = "thought? " if limits.max_thought else ""
    for k in range(first, last + 1):
        join = '"join()" end'
        if k == last or not tools:
            lines.append(f'step-{k} ::= {thought}"{k}. " {join}')
            continue
        callers = tools
        if continuation and k == first:  # the forced step: one of the named tools, never the end
            callers = [spec for spec in tools if spec.name in continuation.tools]
            lines.append(f'step-{k} ::= {thought}"{k}. " call-{k} "\\n" step-{k + 1}')
        else:
            lines.append(f'step-{k} ::= {thought}"{k}. " ( call-{k} "\\n" step-{k + 1} | {join} )')
        lines.append(f"call-{k} ::= " + " | ".join(_rule_name(spec.name, k) for spec in callers))
        for spec in callers:
            lines.append(f"{_rule_name(spec.name, k)} ::= {_call(spec, k)}")
        if any(a.type == "str" or a.is_list for spec in tools for a in spec.args):
            strings = "plain" if k == 1 else f"plain | ref-{k}"
            lines.append(f"str-{k} ::= {strings}")
            items = f"str-{k} (\", \" str-{k}){{0,{limits.max_list - 1}}}"
            lines.append(f'list-{k} ::= "[]" | "[" {items} "]"')
        if k > 1:
            earlier = " | ".join(f'"{i}"' for i in range(1, k))
            lines.append(f'ref-{k} ::= "\\"" {chars} "$" ( {earlier} ) after? "\\""')
    lines += [
        f'end ::= "{END_OF_PLAN}"',
        f'plain ::= "\\"" {chars} "\\""',
        f'after ::= [^"\\\\\\x00-\\x1F$<0-9] {chars} | "\\\\" ["\\\\nt] {chars}{_or_placeholder(placeholders, chars)}',
        f'char ::= [^"\\\\\\x00-\\x1F$<] | "\\\\" ["\\\\nt]{_or_placeholder(placeholders)}',
        f"placeholder ::= {_placeholder_rule(placeholders)}",
        f'int ::= "0" | "-"? [1-9] [0-9]{{0,{limits.max_int_digits - 1}}}',
        'bool ::= "True" | "False"',
    ]
    if limits.max_thought:
        lines.append(f'thought ::= "Thought: " [^\\x00-\\x1F<] [^\\x00-\\x1F<]{{0,{limits.max_thought - 1}}} "\\n"')
    grammar = "\n".join(_used_only(lines)) + "\n"
    validate_gbnf(grammar, finite=True)
    return grammar


def _or_placeholder(placeholders: Sequence[str] | None, then: str = "") -> str:
    if placeholders is not None and not placeholders:
        return ""
    return f" | placeholder {then}".rstrip()


def _placeholder_rule(placeholders: Sequence[str] | None) -> str:
    if placeholders is None:
        return '"<" [efnpq] [1-9] [0-9]? ">"'
    bad = [p for p in placeholders if not PLACEHOLDER.fullmatch(p)]
    if bad:
        raise ValueError(f"not placeholders: {bad}")
    # With no placeholders nothing refers to this rule and `_used_only` drops it; it only has to parse.
    return " | ".join(f'"{p}"' for p in sorted(placeholders)) or '"<>"'


def _rule_name(tool: str, step: int) -> str:
    return f"{tool.replace('_', '-')}-{step}"


def _call(spec: ToolSpec, step: int) -> str:
    if not spec.args:
        return f'"{spec.name}()"'
    parts = ' ", " '.join(_arg(a, step) for a in spec.args)
    return f'"{spec.name}(" {parts} ")"'


def _arg(arg: Arg, step: int) -> str:
    if arg.is_list:
        return f"list-{step}"
    return {"str": f"str-{step}", "int": "int", "bool": "bool"}[arg.type]


def _used_only(lines: list[str]) -> list[str]:
    """Drop helper rules nothing refers to (e.g. `int` when no selected tool takes an int)."""
    bodies = dict(line.split(" ::= ", 1) for line in lines)
    used, frontier = {"root"}, ["root"]
    while frontier:
        for name in _references(bodies[frontier.pop()]):
            if name in bodies and name not in used:
                used.add(name)
                frontier.append(name)
    return [line for line in lines if line.split(" ::= ", 1)[0] in used]


def _references(body: str) -> set[str]:
    """Rule names in `body` (words outside literals and character classes)."""
    return set(_WORD.findall(_TERMINALS.sub(" ", body)))
