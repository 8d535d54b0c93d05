"""Builds what the app needs from the agent once the models are loaded (runs on the job runner)."""

from __future__ import annotations

from agent.record.history import HistoryStore
from agent.setup.assembly import build_session
from agent.setup.settings import Settings
from agent.understanding.contact_names import contact_names
from app.gui.application import Assistant
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal


def build_assistant(settings: Settings) -> Assistant:
    """The session (raises AssemblyError with one line when a model is missing) plus history and undo journal."""
    session = build_session(settings)
    journal = UndoJournal.default()
    build_backends(settings.tools, secrets=SecretStore(), journal=journal)  # registers every app's undo handler
    return Assistant(session.handle, session.history or HistoryStore(), journal,
                     lambda: contact_names(session.backends, settings.enabled_apps))
