"""A structural check of AppleScript text, for the scripts Errand sends to osascript (no Mac here to compile them).

It strips string literals and comments, then checks: the script starts with `on run argv` (exactly one run
handler), every block (on/tell/if/repeat/try/considering/ignoring/using terms from/with timeout/with transaction)
is closed by its matching `end`, `else`/`on error` appear only where they belong, string literals are closed,
and no command that runs other code appears (do shell script, run script, load script, store script).
"""

import re

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_FORBIDDEN = re.compile(r"\b(do shell script|run script|load script|store script)\b", re.IGNORECASE)
_BLOCK_STARTS = (
    ("using terms from", "using terms from"), ("with timeout", "timeout"), ("with transaction", "transaction"),
    ("considering", "considering"), ("ignoring", "ignoring"), ("repeat", "repeat"), ("try", "try"),
)


def code_lines(script):
    """(line number, code without strings and comments) for each non-blank line; errors for open strings."""
    lines, errors = [], []
    for number, raw in enumerate(script.splitlines(), 1):
        code = _STRING.sub('""', raw)
        if '"' in code.replace('""', ""):
            errors.append(f"line {number}: unterminated string")
        code = code.split("--", 1)[0].strip()
        if "(*" in code or "¬" in code:
            errors.append(f"line {number}: block comments and continuations are not used")
        if code:
            lines.append((number, code))
    return lines, errors


def structure_errors(script):
    lines, errors = code_lines(script)
    if not lines or lines[0][1] != "on run argv":
        errors.append("the script must start with 'on run argv'")
    stack, run_handlers = [], 0
    for number, code in lines:
        lower = code.lower()
        if _FORBIDDEN.search(lower):
            errors.append(f"line {number}: forbidden command {_FORBIDDEN.search(lower).group(1)!r}")
        first = lower.split()[0]
        if first == "end":
            expected = stack.pop() if stack else None
            closing = lower[3:].strip()
            if expected is None:
                errors.append(f"line {number}: 'end' without an open block")
            elif closing and closing != expected:
                errors.append(f"line {number}: '{code}' closes '{expected}'")
        elif lower.startswith("on error"):
            if not stack or stack[-1] != "try":
                errors.append(f"line {number}: 'on error' outside a try block")
        elif first == "on":
            name = re.match(r"on\s+(\w+)", lower).group(1)
            if stack:
                errors.append(f"line {number}: handler '{name}' inside a block")
            run_handlers += name == "run"
            stack.append(name)
        elif first == "tell":
            if not re.search(r"\bto\b", lower):
                stack.append("tell")
        elif lower.startswith("else"):
            if not stack or stack[-1] != "if":
                errors.append(f"line {number}: 'else' outside an if block")
        elif first == "if":
            if not re.search(r"\bthen\b", lower):
                errors.append(f"line {number}: 'if' without 'then'")
            elif lower.endswith("then"):
                stack.append("if")
        else:
            for start, block in _BLOCK_STARTS:
                if lower == start or lower.startswith(start + " "):
                    stack.append(block)
                    break
    if stack:
        errors.append(f"unclosed blocks at the end: {', '.join(stack)}")
    if run_handlers != 1:
        errors.append(f"expected exactly one run handler, found {run_handlers}")
    return errors
