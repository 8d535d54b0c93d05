"""The mail, SMS and meeting backends as build_backends wires them: settings, keyring secrets, contacts, undo."""

from __future__ import annotations

import email
from email.policy import default as default_policy
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from tools.backends import ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal

from .conftest import (
    ADDRESS,
    PASSWORD,
    USER,
    VALID_TOKEN,
    SmtpInbox,
    StandIn,
    ZoomApi,
    mailto_fields,
)

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

VCARD = ("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nN:Lee;Ann;;;\nEMAIL:ann@example.org\nTEL:+1 555 0100\n"
         "END:VCARD\n")


def call(backends, name: str, *args) -> str:
    return CATALOGUE[name].function(backends, *args)


@pytest.fixture
def contacts_file(home: Path) -> Path:
    path = home / "people.vcf"
    path.write_text(VCARD)
    return path


def test_compose_resolves_the_contact_and_sends_with_the_keyring_password(
    smtp: SmtpInbox, memory_keyring, contacts_file: Path, journal: UndoJournal
):
    memory_keyring.set_password("errand-smtp", USER, PASSWORD)
    config = ToolsConfig.from_dict({
        "contacts": {"vcard_paths": [str(contacts_file)]},
        "mail": {"mode": "send", "address": ADDRESS, "smtp_host": smtp.host, "smtp_port": smtp.port,
                 "smtp_security": "none", "smtp_user": USER},
    })
    backends = build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")
    result = call(backends, "compose_new_email", ["Ann"], [], "Plans", "See you at 6.", [])
    assert result.startswith("Sent the email to ann@example.org, subject 'Plans'.")
    message = email.message_from_bytes(smtp.received[-1][2], policy=default_policy)
    assert message["To"] == "ann@example.org" and "See you at 6." in message.get_body(("plain",)).get_content()


def test_sms_resolves_the_contact_number(kdeconnect: StandIn, contacts_file: Path, journal: UndoJournal):
    config = ToolsConfig.from_dict({"contacts": {"vcard_paths": [str(contacts_file)]}})
    backends = build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")
    call(backends, "send_sms", ["Ann"], "Dinner at 8?")
    assert kdeconnect.calls()[-1]["argv"] == ["-d", "phone1", "--send-sms", "Dinner at 8?", "--destination",
                                             "+1 555 0100"]


def test_zoom_uses_the_keyring_token_and_undo_deletes_the_meeting(
    zoom_api: ZoomApi, memory_keyring, contacts_file: Path, journal: UndoJournal
):
    memory_keyring.set_password("errand-zoom", "api-token", VALID_TOKEN)
    config = ToolsConfig.from_dict({"contacts": {"vcard_paths": [str(contacts_file)]},
                                    "zoom": {"api_base": zoom_api.base}})
    backends = build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")
    link = call(backends, "get_zoom_meeting_link", "Sync", "2026-12-01 10:00:00", 30, ["Ann"])
    assert link.startswith("https://zoom.example/j/")
    assert zoom_api.requests[-1]["body"]["settings"]["meeting_invitees"] == [{"email": "ann@example.org"}]
    assert journal.undo_last().startswith("Deleted the Zoom meeting")
    assert zoom_api.meetings == {}


def test_jitsi_needs_no_configuration_beyond_choosing_it(journal: UndoJournal):
    backends = build_backends(ToolsConfig.from_dict({"zoom": {"service": "jitsi"}}), secrets=SecretStore(),
                              journal=journal, platform="linux")
    assert call(backends, "get_zoom_meeting_link", "Retro", "2026-12-01 10:00:00", 30, []).startswith(
        "https://meet.jit.si/Retro-")


def test_zoom_without_a_keyring_service_says_so(journal: UndoJournal):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        backends = build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, platform="linux")
        with pytest.raises(ToolError, match="No system keyring"):
            call(backends, "get_zoom_meeting_link", "Sync", "2026-12-01 10:00:00", 30, [])
    finally:
        keyring.set_keyring(previous)


def test_default_mail_mode_opens_the_compose_window(xdg_email: StandIn, journal: UndoJournal):
    backends = build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, platform="linux")
    assert "in your mail client" in call(backends, "compose_new_email", ["ann@example.org"], [], "Hi", "", [])
    assert mailto_fields(xdg_email.calls()[0]["argv"][-1])["to"] == ["ann@example.org"]
