"""Showing plan arguments as text and reading the user's edits back as typed values (no Qt)."""

from __future__ import annotations

import ast
from typing import Any

from tools.spec import Arg

MAX_SHOWN = 60


def show(value: Any) -> str:
    """The editable text for a value: strings as they are, everything else as a Python literal."""
    return value if isinstance(value, str) else repr(value)


def short(value: Any) -> str:
    text = show(value).replace("\n", " ")
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def parse(arg: Arg | None, text: str) -> Any:
    """The value for `text` typed into argument `arg`; ValueError with a reason the user can act on."""
    kind = arg.type if arg is not None else "str"
    if kind == "str":
        return text
    if kind == "int":
        try:
            return int(text.strip())
        except ValueError:
            raise ValueError(f"{arg.name if arg else 'value'} must be a whole number, not {text!r}") from None
    if kind == "bool":
        lowered = text.strip().lower()
        if lowered in ("true", "yes", "1"):
            return True
        if lowered in ("false", "no", "0"):
            return False
        raise ValueError(f"{arg.name if arg else 'value'} must be true or false, not {text!r}")
    return _parse_list(arg, text)


def _parse_list(arg: Arg | None, text: str) -> list[str]:
    stripped = text.strip()
    if not stripped.startswith("["):
        return [part.strip() for part in stripped.split(",") if part.strip()]
    try:
        value = ast.literal_eval(stripped)
    except (ValueError, SyntaxError):
        raise ValueError(f"{arg.name if arg else 'value'}: write a list like [\"a\", \"b\"] or a, b") from None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{arg.name if arg else 'value'} must be a list of strings")
    return value
