"""A checker for GBNF grammars, run on every grammar before it reaches llama.cpp.

llama.cpp does not report a bad grammar to Python: `llama_sampler_init_grammar` logs the problem and returns
NULL, and llama-cpp-python then uses that NULL sampler and the process segfaults. So the grammar is parsed
here first, with llama.cpp's syntax (rule names of letters, digits and `-`; a rule ends at a newline outside
parentheses; literals, character classes, `.`, groups, `* + ? {m} {m,} {m,n}`), and rejected with every problem
named when:
- the syntax is wrong (unterminated literal or class, unbalanced parentheses, bad escape, reversed range...);
- a rule is referenced but never defined, defined twice, or `root` is missing;
- an alternative is empty, or a repetition's operand can match the empty string (llama.cpp loops on it);
- a rule is left-recursive (llama.cpp refuses those);
- with `finite=True`: any unbounded repetition or any recursion, so the grammar's language is finite and
  generation must end even with random weights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

_NAME = re.compile(r"[A-Za-z0-9-]+")
_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t", "[": "[", "]": "]"}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


class GrammarError(ValueError):
    """The grammar would crash or hang llama.cpp; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid grammar: " + "; ".join(problems))
        self.problems = problems


@dataclass
class _Node:
    """A parsed expression: kind is 'lit', 'class', 'any', 'ref', 'seq', 'alt' or 'rep'."""

    kind: str
    text: str = ""
    items: list[_Node] = field(default_factory=list)
    low: int = 0
    high: int | None = None  # for 'rep'; None = unbounded


class _SyntaxError(Exception):
    pass


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def error(self, message: str) -> _SyntaxError:
        line = self.text.count("\n", 0, self.pos) + 1
        return _SyntaxError(f"line {line}: {message}")

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def space(self, newlines: bool) -> None:
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c in " \t" or (newlines and c in "\r\n"):
                self.pos += 1
            elif c == "#":
                while self.pos < len(self.text) and self.text[self.pos] not in "\r\n":
                    self.pos += 1
            else:
                return

    def name(self) -> str:
        match = _NAME.match(self.text, self.pos)
        if not match:
            raise self.error(f"expected a rule name at {self.text[self.pos:self.pos + 12]!r}")
        self.pos = match.end()
        return match.group()

    def rules(self) -> list[tuple[str, _Node, int]]:
        rules = []
        self.space(True)
        while self.pos < len(self.text):
            start_line = self.text.count("\n", 0, self.pos) + 1
            name = self.name()
            self.space(False)
            if not self.text.startswith("::=", self.pos):
                raise self.error(f"expected '::=' after rule name {name!r}")
            self.pos += 3
            self.space(True)
            body = self.alternatives(nested=False)
            rules.append((name, body, start_line))
            if self.peek() not in ("", "\n", "\r"):
                raise self.error(f"unexpected {self.peek()!r} in rule {name!r}")
            self.space(True)
        return rules

    def alternatives(self, nested: bool) -> _Node:
        options = [self.sequence(nested)]
        while self.peek() == "|":
            self.pos += 1
            self.space(True)
            options.append(self.sequence(nested))
        return options[0] if len(options) == 1 else _Node("alt", items=options)

    def sequence(self, nested: bool) -> _Node:
        items: list[_Node] = []
        while True:
            c = self.peek()
            if c == '"':
                items.append(_Node("lit", text=self.literal()))
            elif c == "[":
                items.append(_Node("class", text=self.char_class()))
            elif c == ".":
                self.pos += 1
                items.append(_Node("any"))
            elif c == "(":
                self.pos += 1
                self.space(True)
                inner = self.alternatives(nested=True)
                if self.peek() != ")":
                    raise self.error("unbalanced '(': expected ')'")
                self.pos += 1
                items.append(inner)
            elif c and _NAME.match(c):
                items.append(_Node("ref", text=self.name()))
            elif c in ("*", "+", "?", "{"):
                if not items:
                    raise self.error(f"{c!r} has nothing to repeat")
                items[-1] = self.repetition(items[-1])
            elif c == ")" and not nested:
                raise self.error("unbalanced ')'")
            else:
                break
            self.space(nested)
        return _Node("seq", items=items)

    def repetition(self, operand: _Node) -> _Node:
        c = self.peek()
        self.pos += 1
        if c == "*":
            return _Node("rep", items=[operand], low=0, high=None)
        if c == "+":
            return _Node("rep", items=[operand], low=1, high=None)
        if c == "?":
            return _Node("rep", items=[operand], low=0, high=1)
        match = re.compile(r"\s*(\d+)\s*(?:(,)\s*(\d*)\s*)?\}").match(self.text, self.pos)
        if not match:
            raise self.error("malformed repetition '{m,n}'")
        self.pos = match.end()
        low = int(match.group(1))
        high: int | None = low if not match.group(2) else (int(match.group(3)) if match.group(3) else None)
        if high is not None and high < low:
            raise self.error(f"repetition {{{low},{high}}} has max < min")
        return _Node("rep", items=[operand], low=low, high=high)

    def char(self, end: str) -> str:
        """One (possibly escaped) character of a literal or class."""
        c = self.peek()
        if not c or c in "\r\n":
            raise self.error(f"unterminated {'literal' if end == chr(34) else 'character class'}")
        self.pos += 1
        if c != "\\":
            return c
        e = self.peek()
        self.pos += 1
        if e in _ESCAPES:
            return _ESCAPES[e]
        if e in _HEX_ESCAPES:
            digits = self.text[self.pos:self.pos + _HEX_ESCAPES[e]]
            if len(digits) != _HEX_ESCAPES[e] or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise self.error(f"bad \\{e} escape")
            self.pos += len(digits)
            return chr(int(digits, 16))
        raise self.error(f"unknown escape '\\{e}'")

    def literal(self) -> str:
        self.pos += 1
        out = []
        while self.peek() != '"':
            out.append(self.char('"'))
        self.pos += 1
        if not out:
            raise self.error('empty literal ""')
        return "".join(out)

    def char_class(self) -> str:
        self.pos += 1
        if self.peek() == "^":
            self.pos += 1
        count = 0
        while self.peek() != "]":
            low = self.char("]")
            if self.peek() == "-" and self.text[self.pos + 1:self.pos + 2] not in ("]", ""):
                self.pos += 1
                high = self.char("]")
                if ord(high) < ord(low):
                    raise self.error(f"reversed range {low!r}-{high!r} in character class")
            count += 1
        self.pos += 1
        if count == 0:
            raise self.error("empty character class")
        return "class"


@lru_cache(maxsize=64)
def validate_gbnf(text: str, *, finite: bool = False) -> None:
    """Raise GrammarError unless `text` is a grammar llama.cpp accepts and can run without looping.

    Grammars that pass are remembered (the same selection's grammar is checked once per process).
    """
    try:
        parsed = _Parser(text).rules()
    except _SyntaxError as exc:
        raise GrammarError([str(exc)]) from None
    problems: list[str] = []
    rules: dict[str, _Node] = {}
    for name, body, line in parsed:
        if name in rules:
            problems.append(f"rule {name!r} is defined twice (line {line})")
        rules[name] = body
    if "root" not in rules:
        problems.append("no 'root' rule")
    for name, body in rules.items():
        for ref in sorted(_refs(body)):
            if ref not in rules:
                problems.append(f"rule {name!r} uses undefined rule {ref!r}")
        if _has_empty_alternative(body):
            problems.append(f"rule {name!r} has an empty alternative")
    if problems:
        raise GrammarError(problems)
    nullable = _nullable_rules(rules)
    for name, body in rules.items():
        if _loops_on_empty(body, nullable):
            problems.append(f"rule {name!r} repeats something that can match nothing (llama.cpp would loop)")
        if finite and _unbounded(body):
            problems.append(f"rule {name!r} has an unbounded repetition")
    problems += [f"rule {name!r} is left-recursive" for name in _left_recursive(rules, nullable)]
    if finite:
        problems += [f"rule {name!r} is recursive" for name in _recursive(rules)]
    if problems:
        raise GrammarError(problems)


def _refs(node: _Node) -> set[str]:
    if node.kind == "ref":
        return {node.text}
    return set().union(*(_refs(i) for i in node.items)) if node.items else set()


def _has_empty_alternative(node: _Node) -> bool:
    if node.kind == "seq" and not node.items:
        return True
    return any(_has_empty_alternative(i) for i in node.items)


def _can_be_empty(node: _Node, nullable: set[str]) -> bool:
    if node.kind == "ref":
        return node.text in nullable
    if node.kind == "seq":
        return all(_can_be_empty(i, nullable) for i in node.items)
    if node.kind == "alt":
        return any(_can_be_empty(i, nullable) for i in node.items)
    if node.kind == "rep":
        return node.low == 0 or _can_be_empty(node.items[0], nullable)
    return False


def _nullable_rules(rules: dict[str, _Node]) -> set[str]:
    nullable: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, body in rules.items():
            if name not in nullable and _can_be_empty(body, nullable):
                nullable.add(name)
                changed = True
    return nullable


def _loops_on_empty(node: _Node, nullable: set[str]) -> bool:
    if node.kind == "rep" and (node.high is None or node.high > 1) and _can_be_empty(node.items[0], nullable):
        return True
    return any(_loops_on_empty(i, nullable) for i in node.items)


def _unbounded(node: _Node) -> bool:
    return (node.kind == "rep" and node.high is None) or any(_unbounded(i) for i in node.items)


def _leftmost_refs(node: _Node, nullable: set[str]) -> set[str]:
    """Rules that can be expanded first, before any character is matched."""
    if node.kind == "ref":
        return {node.text}
    if node.kind == "alt":
        return set().union(*(_leftmost_refs(i, nullable) for i in node.items))
    if node.kind == "rep":
        return _leftmost_refs(node.items[0], nullable)
    if node.kind == "seq":
        out: set[str] = set()
        for item in node.items:
            out |= _leftmost_refs(item, nullable)
            if not _can_be_empty(item, nullable):
                break
        return out
    return set()


def _reaches_itself(edges: dict[str, set[str]]) -> list[str]:
    found = []
    for start in edges:
        seen: set[str] = set()
        stack = list(edges[start])
        while stack:
            current = stack.pop()
            if current == start:
                found.append(start)
                break
            if current not in seen:
                seen.add(current)
                stack.extend(edges.get(current, ()))
    return found


def _left_recursive(rules: dict[str, _Node], nullable: set[str]) -> list[str]:
    return _reaches_itself({name: _leftmost_refs(body, nullable) for name, body in rules.items()})


def _recursive(rules: dict[str, _Node]) -> list[str]:
    return _reaches_itself({name: _refs(body) for name, body in rules.items()})


def gbnf_literal(text: str) -> str:
    """`text` as a quoted GBNF literal (backslash, quote and control characters escaped)."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20:
            out.append(f"\\x{ord(c):02X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'
