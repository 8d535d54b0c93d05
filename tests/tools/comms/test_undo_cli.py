"""`errand undo` reverts what the comms backends recorded: a saved draft (Dovecot) and a Zoom meeting."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.setup.settings import Settings, save_settings
from app.cli import main
from tools.backends import Email, Meeting
from tools.config import ToolsConfig
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal

from .conftest import ADDRESS, PASSWORD, USER, VALID_TOKEN, ImapAccount, ZoomApi


def test_errand_undo_deletes_the_saved_draft(imap: ImapAccount, memory_keyring, capsys: pytest.CaptureFixture):
    memory_keyring.set_password("errand-imap", USER, PASSWORD)
    tools = ToolsConfig.from_dict({"mail": {"mode": "draft", "address": ADDRESS, "imap_host": imap.host,
                                            "imap_port": imap.port, "imap_security": "none", "imap_user": USER}})
    save_settings(Settings(tools=tools))
    backends = build_backends(tools, secrets=SecretStore(), journal=UndoJournal.default(), platform="linux")
    backends.mail.compose(Email(("ann@example.org",), subject="Plans", body="Dinner?"))
    assert len(imap.messages("Drafts")) == 1

    assert main(["undo"]) == 0
    assert "Deleted the draft from Drafts." in capsys.readouterr().out
    assert imap.messages("Drafts") == []


def test_errand_undo_deletes_the_zoom_meeting(zoom_api: ZoomApi, memory_keyring, capsys: pytest.CaptureFixture):
    memory_keyring.set_password("errand-zoom", "api-token", VALID_TOKEN)
    tools = ToolsConfig.from_dict({"zoom": {"api_base": zoom_api.base}})
    save_settings(Settings(tools=tools))
    backends = build_backends(tools, secrets=SecretStore(), journal=UndoJournal.default(), platform="linux")
    backends.zoom.meeting_link(Meeting("Sync", datetime(2026, 12, 1, 10), 30))
    assert len(zoom_api.meetings) == 1

    assert main(["undo"]) == 0
    assert "Deleted the Zoom meeting" in capsys.readouterr().out
    assert zoom_api.meetings == {}
