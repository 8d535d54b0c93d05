"""Builds a Session from the user's settings: ToolRAG, planner, prompt profile, backends and history.

Defaults: the planner is the GGUF in `models/default/planner/` with its manifest's profile, ToolRAG is
`models/default/toolrag/`. A missing or corrupt model raises AssemblyError with one line naming the file and
the fix. Loading takes seconds: call this off the UI thread, once, and reuse the session.
The writer model (settings `writer`, agent/running/subagents.py) is loaded later, by the first step that writes text;
when it cannot be, that text is written on device. An OpenAI-compatible server's API key is read from the
keyring (service "errand-openai", account the server's root URL) at each request.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from agent.planning.agreement import AgreementPolicy
from agent.planning.backends.base import PlannerBackend, PlannerError
from agent.planning.backends.openai_compat import (
    API_KEY_SERVICE,
    ApiKey,
    OpenAICompatBackend,
    api_key_account,
)
from agent.planning.grammar import plan_grammar
from agent.planning.prompts import get_profile
from agent.record.history import HistoryStore
from agent.running.subagents import ModelWriter
from agent.session import Session, SessionConfig
from agent.setup.settings import PlannerSettings, Settings, WriterSettings
from agent.toolrag.base import ExampleRetriever, ToolSelector
from agent.toolrag.config import ToolRAGError
from models.manifest import load_all
from models.paths import PACKAGE_DIR as MODELS_DIR
from models.store import model_dir
from tools.backends import Backends
from tools.catalogue import CATALOGUE
from tools.secrets import KeyringUnavailable, SecretStore
from tools.undo import UndoJournal
from tools.writer import TextWriter

log = logging.getLogger(__name__)

DEFAULT_PLANNER_DIR = MODELS_DIR / "default" / "planner"
DEFAULT_TOOLRAG_DIR = MODELS_DIR / "default" / "toolrag"
DEFAULT_PROFILE = "errand-compact"  # the profile of the default planner (models/manifests/errand-planner.json)
TINYAGENT_PROFILE = "tinyagent"


class AssemblyError(RuntimeError):
    """A session cannot be built; the message is one line saying what is wrong and what to do."""


@dataclass(frozen=True)
class Overrides:
    """Per-command replacements for saved settings (`errand plan --model ...`); None keeps the setting."""

    model: str | None = None
    profile: str | None = None
    endpoint: str | None = None
    endpoint_model: str | None = None
    toolrag: str | None = None
    grammar: bool | None = None
    threads: int | None = None
    resamples: int | None = None
    doubt_below: float | None = None
    expect_above: float | None = None
    continue_above: float | None = None
    resolve_dates: bool | None = None
    request_texts: bool | None = None
    request_arguments: bool | None = None
    scope_check: bool | None = None
    read_routes: bool | None = None


def effective_planner(settings: PlannerSettings, overrides: Overrides) -> PlannerSettings:
    planner = replace(settings)
    if overrides.model:
        planner = replace(planner, kind="llama", model_path=overrides.model)
    if overrides.endpoint:
        planner = replace(planner, kind="openai", endpoint=overrides.endpoint)
    if overrides.endpoint_model:
        planner = replace(planner, endpoint_model=overrides.endpoint_model)
    if overrides.profile:
        planner = replace(planner, profile=overrides.profile)
    for switch in ("grammar", "resolve_dates", "request_texts", "request_arguments", "scope_check", "read_routes"):
        if getattr(overrides, switch) is not None:
            planner = replace(planner, **{switch: getattr(overrides, switch)})
    for name in ("resamples", "doubt_below", "expect_above", "continue_above"):
        if getattr(overrides, name) is not None:
            planner = replace(planner, **{name: getattr(overrides, name)})
    if not 0 <= planner.resamples <= 10:
        raise AssemblyError("resamples must be between 0 and 10")
    if not all(0 <= p <= 1 for p in (planner.doubt_below, planner.expect_above, planner.continue_above)):
        raise AssemblyError("doubt-below, expect-above and continue-above must be probabilities between 0 and 1")
    return planner


def build_session(settings: Settings, overrides: Overrides = Overrides(), *, execute: bool = True,
                  toolrag: bool = True, backends: Backends | None = None) -> Session:
    """`execute=False` builds a planning-only session (no backends, no history); `toolrag=False` skips ToolRAG
    (every enabled tool is offered unless the caller passes tools, e.g. `errand eval --oracle-tools`);
    `backends` replaces the ones built from `settings.tools` (the app shares its own undo journal this way)."""
    planner_settings = effective_planner(settings.planner, overrides)
    threads = overrides.threads if overrides.threads is not None else settings.n_threads
    model = planner_path(planner_settings) if planner_settings.kind == "llama" else None
    planner = load_planner(planner_settings, model, threads)
    profile_name = planner_settings.profile or default_profile(planner_settings, model)
    try:
        profile = get_profile(profile_name, getattr(planner, "chat_template", None))
    except ValueError as exc:  # unknown name, or a chat-template profile for a model without one
        raise AssemblyError(str(exc)) from None
    selector, retriever = load_selector(Path(overrides.toolrag or settings.toolrag.model_dir or DEFAULT_TOOLRAG_DIR),
                                        threads) if toolrag else (None, None)
    config = SessionConfig(
        enabled_apps=settings.enabled_apps, always_allow=frozenset(settings.always_allow),
        custom_instructions=settings.custom_instructions, replan_budget=settings.replan_budget,
        examples=settings.toolrag.examples, step_timeout=settings.step_timeout,
        grammar=planner_settings.grammar and planner_settings.kind == "llama",
        grammar_first=planner_settings.grammar_first, resamples=planner_settings.resamples,
        agreement=AgreementPolicy(planner_settings.doubt_below, planner_settings.expect_above,
                                  planner_settings.continue_above),
        resolve_dates=planner_settings.resolve_dates, request_texts=planner_settings.request_texts,
        request_arguments=planner_settings.request_arguments,
        scope_check=planner_settings.scope_check, read_routes=planner_settings.read_routes)
    return Session(
        registry=CATALOGUE, backends=(backends or load_backends(settings)) if execute else None, selector=selector,
        retriever=retriever, profile=profile, planner=planner, config=config, grammar=plan_grammar,
        history=HistoryStore() if execute else None)


def default_profile(planner: PlannerSettings, model: Path | None = None) -> str:
    """The profile a model's manifest names; else `tinyagent` for the released TinyAgent models (by name), else
    the compact profile of Errand's own planner."""
    manifests, _ = load_all()
    for manifest in manifests:
        if not manifest.prompt_profile:
            continue
        if model is not None and planner.kind == "llama" and model.resolve().parent == model_dir(manifest).resolve():
            return manifest.prompt_profile
        endpoint = manifest.endpoint
        if planner.kind == "openai" and endpoint is not None and (endpoint.base_url.rstrip("/"), endpoint.model) == (
                planner.endpoint.rstrip("/"), planner.endpoint_model):
            return manifest.prompt_profile
    name = model.name if model is not None else planner.endpoint_model
    return TINYAGENT_PROFILE if "tinyagent" in name.lower() else DEFAULT_PROFILE


def default_planner_path() -> Path:
    models = sorted(DEFAULT_PLANNER_DIR.glob("*.gguf"))
    if not models:
        raise AssemblyError(f"the default planner is missing: no .gguf file in {DEFAULT_PLANNER_DIR} "
                            "(run `errand models verify`, or pass --model / --endpoint)")
    return models[0]


def planner_path(planner: PlannerSettings) -> Path:
    path = Path(planner.model_path).expanduser() if planner.model_path else default_planner_path()
    if not path.is_file():
        raise AssemblyError(f"the planner model {path} does not exist")
    return path


def load_planner(planner: PlannerSettings, model: Path | None, threads: int) -> PlannerBackend:
    try:
        if model is None:
            if not planner.endpoint:
                raise AssemblyError("the planner is set to an OpenAI-compatible server but no endpoint URL is set")
            return OpenAICompatBackend(planner.endpoint, planner.endpoint_model,
                                       api_key=keyring_api_key(planner.endpoint, SecretStore()))
        from agent.planning.backends.llama import LlamaBackend

        return LlamaBackend(model, n_ctx=planner.context_tokens, n_threads=threads or planner_threads(model))
    except PlannerError as exc:
        raise AssemblyError(f"{exc}{repair_hint(model)}") from None


def repair_hint(model: Path | None) -> str:
    """For a model file Errand installed (one of the manifests), the commands that check and replace it."""
    if model is None:
        return ""
    manifests, _ = load_all()
    for manifest in manifests:
        if model.resolve().parent != model_dir(manifest).resolve():
            continue
        if manifest.local_dir is not None:  # shipped inside the package: nothing to download
            return f" (run `errand models verify {manifest.name}`; if it is damaged, reinstall Errand)"
        return (f" (run `errand models verify {manifest.name}`; if it is damaged, "
                f"`errand models download {manifest.name} --force`)")
    return ""


SMALL_MODEL_BYTES = 100 * 1024 * 1024


def planner_threads(model: Path) -> int | None:
    """One thread for a small planner, llama.cpp's choice for a big one.

    llama.cpp's worker threads spin at every synchronisation point; when other programs keep the cores busy, a
    tiny model on two threads measured 0.7 s per plan against 0.02 s on one thread (`errand plan --threads N`).
    """
    try:
        small = model.stat().st_size < SMALL_MODEL_BYTES
    except OSError:
        return None
    return 1 if small else None


def load_selector(folder: Path, threads: int) -> tuple[ToolSelector, ExampleRetriever]:
    from agent.toolrag.loader import load_toolrag

    try:
        return load_toolrag(folder, threads=threads or 2)
    except ToolRAGError as exc:
        raise AssemblyError(str(exc)) from None


def keyring_api_key(endpoint: str, secrets: SecretStore) -> ApiKey:
    """The server's API key from the keyring, looked up at each request; None when there is none (or no keyring:
    a local server needs no key, and one that does answers 401 with the command that stores it)."""
    account = api_key_account(endpoint)

    def api_key() -> str | None:
        try:
            return secrets.get(API_KEY_SERVICE, account)
        except KeyringUnavailable as exc:
            log.debug("No API key for %s: %s", account, exc)
            return None

    return api_key


def load_writer(writer: WriterSettings, threads: int, secrets: SecretStore) -> TextWriter | None:
    """The writer model the settings choose, loaded by its first use; None when none is chosen."""
    if writer.kind == "none":
        return None
    return ModelWriter(partial(writer_backend, writer, threads, secrets), context_tokens=writer.context_tokens)


def writer_backend(writer: WriterSettings, threads: int, secrets: SecretStore) -> PlannerBackend:
    """Raises PlannerError, which the writer logs before writing on device."""
    if writer.kind == "openai":
        if not writer.endpoint.strip():
            raise PlannerError("the writer is set to an OpenAI-compatible server but no endpoint URL is set")
        return OpenAICompatBackend(writer.endpoint, writer.endpoint_model,
                                   api_key=keyring_api_key(writer.endpoint, secrets))
    if not writer.model_path.strip():
        raise PlannerError("the writer is set to a GGUF model but no model path is set")
    from agent.planning.backends.llama import LlamaBackend

    return LlamaBackend(Path(writer.model_path).expanduser(), n_ctx=writer.context_tokens, n_threads=threads or None)


def load_backends(settings: Settings) -> Backends:
    from tools.platform import build_backends

    secrets = SecretStore()
    return build_backends(settings.tools, secrets=secrets, journal=UndoJournal.default(),
                          writer=load_writer(settings.writer, settings.n_threads, secrets))
