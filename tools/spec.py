"""One definition per tool: the typed function, its planner description and its declared arguments.

The prompt, the plan validator, the grammar and the executor all read the same `ToolSpec`. A spec whose
declared arguments disagree with its function's signature is rejected when it is built, never halfway
through a request.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

# Planner-visible type name -> the Python annotation the tool function must use for it.
PLANNER_TYPES: dict[str, Any] = {
    "str": str,
    "int": int,
    "bool": bool,
    "list[str]": list[str],
    "Sequence[str]": Sequence[str],
}

APPS: tuple[str, ...] = (
    "calendar", "contacts", "files", "mail", "maps", "notes", "reminders", "sms", "zoom",
)


@dataclass(frozen=True)
class Preview:
    """What a step would change, found without changing anything: the text the approval view shows, and whether
    there is anything to change at all (a removal that matches nothing runs without asking and says so)."""

    text: str
    changes: bool = True
    events: tuple[Any, ...] = ()  # the calendar events it names (FoundEvent), for a rendering in the user's locale


class ToolContractError(TypeError):
    """A tool definition whose declared arguments and function signature disagree."""


@dataclass(frozen=True)
class Arg:
    """One positional argument as the planner sees it."""

    name: str
    type: str

    def __post_init__(self) -> None:
        if self.type not in PLANNER_TYPES:
            raise ToolContractError(f"argument {self.name!r}: unknown planner type {self.type!r}")

    @property
    def is_list(self) -> bool:
        return self.type in ("list[str]", "Sequence[str]")


@dataclass(frozen=True)
class ToolSpec:
    """A tool: name, planner description, arguments, app group, side effects and implementation.

    `function(backends, *args)` receives the backends object first (injected), then the positional
    arguments in the declared order, and returns the observation string.
    """

    name: str
    description: tuple[str, ...]
    args: tuple[Arg, ...]
    app: str
    side_effects: bool
    function: Callable[..., str]
    confirms: bool = False  # the result only says the action was done ("Email sent"): no step passes it on
    preview: Callable[..., Preview] | None = None  # what the step would change, same arguments, changing nothing
    files: tuple[str, ...] = ()  # arguments that are paths of files the tool reads or sends (the approval checks)

    def __post_init__(self) -> None:
        check_contract(self)

    @property
    def arity(self) -> int:
        return len(self.args)

    def signature_line(self) -> str:
        params = ", ".join(f"{a.name}: {a.type}" for a in self.args)
        return f"{self.name}({params}) -> str"


def check_contract(spec: ToolSpec) -> None:
    """Raise ToolContractError unless `spec.function` takes (backends, *declared args) with matching types."""
    if spec.app not in APPS:
        raise ToolContractError(f"{spec.name}: unknown app group {spec.app!r}")
    if not spec.description:
        raise ToolContractError(f"{spec.name}: a planner description is required")
    params = list(inspect.signature(spec.function).parameters.values())
    if not params:
        raise ToolContractError(f"{spec.name}: the function must take the backends as its first parameter")
    declared = params[1:]
    if [p.name for p in declared] != [a.name for a in spec.args]:
        raise ToolContractError(
            f"{spec.name}: function arguments {[p.name for p in declared]} "
            f"do not match declared arguments {[a.name for a in spec.args]}"
        )
    hints = typing.get_type_hints(spec.function)
    for arg in spec.args:
        expected = PLANNER_TYPES[arg.type]
        actual = hints.get(arg.name)
        if actual != expected:
            raise ToolContractError(
                f"{spec.name}: argument {arg.name!r} is declared {arg.type} but the function annotates {actual!r}"
            )
    if hints.get("return") is not str:
        raise ToolContractError(f"{spec.name}: the function must return str")
    unknown_files = [name for name in spec.files if name not in {a.name for a in spec.args}]
    if unknown_files:
        raise ToolContractError(f"{spec.name}: file arguments {unknown_files} are not among its arguments")
    if spec.preview is not None:
        if not spec.side_effects:
            raise ToolContractError(f"{spec.name}: only a tool with side effects has a preview")
        preview_params = list(inspect.signature(spec.preview).parameters)[1:]
        if preview_params != [a.name for a in spec.args]:
            raise ToolContractError(f"{spec.name}: the preview takes {preview_params}, the tool {list(spec.args)}")


def tool(
    *, app: str, side_effects: bool, description: Sequence[str], args: Sequence[tuple[str, str]],
    confirms: bool = False, preview: Callable[..., Preview] | None = None, files: Sequence[str] = (),
) -> Callable[[Callable[..., str]], ToolSpec]:
    """Decorator that turns a typed function into a checked ToolSpec."""

    def wrap(function: Callable[..., str]) -> ToolSpec:
        return ToolSpec(
            name=function.__name__,
            description=tuple(description),
            args=tuple(Arg(n, t) for n, t in args),
            app=app,
            side_effects=side_effects,
            function=function,
            confirms=confirms,
            preview=preview,
            files=tuple(files),
        )

    return wrap


class Registry:
    """An ordered set of tools. Order is canonical: prompt numbering and classifier label ids follow it."""

    def __init__(self, specs: Sequence[ToolSpec]) -> None:
        self._specs: dict[str, ToolSpec] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: ToolSpec) -> None:
        if not isinstance(spec, ToolSpec):
            raise ToolContractError(f"not a ToolSpec: {spec!r}")
        check_contract(spec)
        if spec.name in self._specs or spec.name == "join":
            raise ToolContractError(f"duplicate or reserved tool name {spec.name!r}")
        self._specs[spec.name] = spec

    def __getitem__(self, name: str) -> ToolSpec:
        return self._specs[name]

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __iter__(self) -> Iterator[ToolSpec]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def label_id(self, name: str) -> int:
        return self.names.index(name)

    def subset(self, names: Sequence[str]) -> list[ToolSpec]:
        """The named tools in canonical order (unknown names are ignored)."""
        wanted = set(names)
        return [s for s in self._specs.values() if s.name in wanted]

    def for_apps(self, apps: Sequence[str]) -> list[ToolSpec]:
        enabled = set(apps)
        return [s for s in self._specs.values() if s.app in enabled]
