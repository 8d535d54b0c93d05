"""The user's settings: one typed object, stored as JSON (`settings.json`) in the config folder.

Which apps are enabled lives in the `tools` section (each app's `enabled`, tools.config.ToolsConfig), so there
is one switch per app, not two. No secret is ever stored here: passwords and tokens go to the OS keyring, and
there is no field for one (unknown keys are refused). A file that cannot be read raises SettingsError naming
the problem; nothing is overwritten until the user saves valid settings.
"""

from __future__ import annotations

import json
import os
import tempfile
import typing
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, Literal

from tools.config import ConfigError, ToolsConfig
from tools.paths import config_dir

SETTINGS_FILE_NAME = "settings.json"


class SettingsError(ValueError):
    """Settings that cannot be loaded or saved; the message names the setting to fix."""


@dataclass
class PlannerSettings:
    """Which planner runs: a local GGUF (empty path = the bundled default model) or an OpenAI-compatible server."""

    kind: Literal["llama", "openai"] = "llama"
    model_path: str = ""
    profile: str = ""  # empty: the profile the model's manifest names, else the default profile
    endpoint: str = ""  # e.g. http://127.0.0.1:8080/v1 for kind "openai"
    endpoint_model: str = ""
    grammar: bool = True  # constrain local generation with a grammar built from the selected tools
    grammar_first: bool = False  # False: use the grammar only to regenerate a plan that came out invalid
    resamples: int = 3  # sampled plans tried when the greedy one is invalid or has redundant steps (0: off)
    # ...or when it calls a tool ToolRAG scores below doubt_below, or leaves out one it scores above expect_above
    # (agent/planning/agreement.py; 0 and 1 turn each check off)
    doubt_below: float = 0.3  # both chosen on the synthetic held-out split (docs/adr/planner-tool-agreement.md)
    expect_above: float = 0.95
    # a plan that stops without a tool ToolRAG scores above this is taken up again
    # (agent/planning/continuation.py; 1: off)
    continue_above: float = 0.995
    # dates set from the request's resolved moment, invented free text replaced by the request's words
    # (agent/planning/date_fill.py, text_fill.py; docs/adr/date-resolution.md, request-texts.md)
    resolve_dates: bool = True
    request_texts: bool = True
    # files, address lists, priority, transport, folders and lists set from the request (argument_fill.py)
    request_arguments: bool = True
    # drop side effects a question or a removal did not ask for (docs/adr/act-only-on-request.md)
    scope_check: bool = True
    # questions and removals planned from the request's words (agent/planning/routes.py)
    read_routes: bool = True
    context_tokens: int = 4096


@dataclass
class WriterSettings:
    """The model that writes email bodies, notes and PDF summaries (agent/running/subagents.py): "none" writes them on
    device without a model (tools/writer.py), "llama" runs a GGUF, "openai" asks an OpenAI-compatible server
    (its API key, if any, is in the keyring: service "errand-openai", account the endpoint URL)."""

    kind: Literal["none", "llama", "openai"] = "none"
    model_path: str = ""
    endpoint: str = ""
    endpoint_model: str = ""
    context_tokens: int = 4096  # the llama context size; for a server, the context assumed when splitting text

    def __post_init__(self) -> None:
        if self.context_tokens < 256:
            raise SettingsError("setting writer.context_tokens must be at least 256")


@dataclass
class ToolRagSettings:
    model_dir: str = ""  # empty: the bundled default ToolRAG model
    examples: int = 6  # in-context examples retrieved per request


@dataclass
class VoiceSettings:
    push_to_talk: str = "Ctrl+Alt+Space"
    global_talk: bool = True  # hold the shortcut anywhere on the desktop, where the desktop allows it
    microphone: str = ""  # empty: the system's default input device


@dataclass
class Settings:
    custom_instructions: str = ""
    planner: PlannerSettings = field(default_factory=PlannerSettings)
    toolrag: ToolRagSettings = field(default_factory=ToolRagSettings)
    writer: WriterSettings = field(default_factory=WriterSettings)
    n_threads: int = 0  # 0: let llama.cpp / onnxruntime choose
    replan_budget: int = 1  # replans allowed after the first plan
    step_timeout: float = 60.0  # seconds one tool may run
    always_allow: list[str] = field(default_factory=list)  # tools with side effects that never ask for approval
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    tools: ToolsConfig = field(default_factory=ToolsConfig)

    def __post_init__(self) -> None:
        if self.n_threads < 0 or self.replan_budget < 0:
            raise SettingsError("settings n_threads and replan_budget cannot be negative")
        if self.step_timeout <= 0:
            raise SettingsError("setting step_timeout must be a positive number of seconds")
        if not 0 <= self.planner.resamples <= 10:
            raise SettingsError("setting planner.resamples must be between 0 and 10")
        if not all(0 <= p <= 1 for p in (self.planner.doubt_below, self.planner.expect_above,
                                         self.planner.continue_above)):
            raise SettingsError("settings planner.doubt_below, planner.expect_above and planner.continue_above "
                                "must be between 0 and 1")

    @property
    def enabled_apps(self) -> tuple[str, ...]:
        return self.tools.enabled_apps()

    def enable_every_app(self) -> None:
        """Offer every app's tools whatever the user switched off (evaluation scores the planner, not that
        choice)."""
        for section in fields(self.tools):
            getattr(self.tools, section.name).enabled = True

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tools"] = self.tools.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        return _build(cls, data, "")


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE_NAME


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults when nothing was saved yet."""
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsError(f"cannot read the settings file {path}: {exc}") from exc
    return Settings.from_dict(data)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write atomically (a crash never leaves half a file); what is saved can always be loaded again."""
    data = settings.to_dict()
    Settings.from_dict(data)
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as tmp:
        json.dump(data, tmp, indent=2)
        tmp.write("\n")
    os.replace(tmp.name, path)
    return path


def _build(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise SettingsError(f"setting {where or 'settings'} must be an object, not {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        name = f"{where}.{unknown[0]}" if where else unknown[0]
        raise SettingsError(f"unknown setting {name} (known: {', '.join(sorted(known))})")
    return cls(**{name: _convert(hints[name], value, f"{where}.{name}" if where else name)
                  for name, value in data.items()})


def _convert(hint: Any, value: Any, where: str) -> Any:
    if hint is ToolsConfig:
        try:
            return ToolsConfig.from_dict(value)
        except ConfigError as exc:
            raise SettingsError(f"in the tools section: {exc}") from None
    if isinstance(hint, type) and is_dataclass(hint):
        return _build(hint, value, where)
    origin = typing.get_origin(hint)
    if origin is Literal:
        choices = typing.get_args(hint)
        if value not in choices:
            raise SettingsError(f"setting {where} must be one of {', '.join(map(str, choices))}, not {value!r}")
        return value
    if origin is list:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise SettingsError(f"setting {where} must be a list of strings")
        return list(value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, bool) and hint is not bool or not isinstance(value, hint):
        raise SettingsError(f"setting {where} must be {hint.__name__}, not {type(value).__name__}")
    return value
