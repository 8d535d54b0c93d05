"""`errand secret set|delete` with an in-memory keyring, and the one-line error when there is no keyring."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from app.cli import main


@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()

    def install(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def test_set_and_delete(memory_keyring, monkeypatch, capsys) -> None:
    backend = memory_keyring
    monkeypatch.setattr("getpass.getpass", lambda prompt: "hunter2")
    assert main(["secret", "set", "errand-caldav", "alice"]) == 0
    assert backend.store == {("errand-caldav", "alice"): "hunter2"}
    assert "hunter2" not in capsys.readouterr().out
    assert main(["secret", "delete", "errand-caldav", "alice"]) == 0
    assert main(["secret", "delete", "errand-caldav", "alice"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Deleted the secret for alice (errand-caldav).", "There was no secret for alice (errand-caldav).",
    ]


def test_no_keyring_is_one_clear_line(use_keyring, monkeypatch, capsys) -> None:
    use_keyring(fail.Keyring())
    monkeypatch.setattr("getpass.getpass", lambda prompt: "hunter2")
    assert main(["secret", "set", "errand-caldav", "alice"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("errand: No system keyring is available") and err.count("\n") == 1
