from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail, null

from tools.secrets import KeyringUnavailable, SecretStore


def test_set_get_delete_in_the_keyring(memory_keyring) -> None:
    store = SecretStore()
    assert store.get("errand-caldav", "alice") is None
    store.set("errand-caldav", "alice", "s3cret")
    assert memory_keyring.store == {("errand-caldav", "alice"): "s3cret"}
    assert store.get("errand-caldav", "alice") == "s3cret"
    assert store.delete("errand-caldav", "alice") is True
    assert store.delete("errand-caldav", "alice") is False
    assert store.get("errand-caldav", "alice") is None


def test_empty_secret_is_refused(memory_keyring) -> None:
    with pytest.raises(Exception, match="empty secret"):
        SecretStore().set("errand-caldav", "alice", "")
    assert memory_keyring.store == {}


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_no_keyring_service_says_so(backend) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend())
    try:
        store = SecretStore()
        calls = (lambda: store.get("s", "a"), lambda: store.set("s", "a", "pw"), lambda: store.delete("s", "a"))
        for call in calls:
            with pytest.raises(KeyringUnavailable, match="No system keyring is available.*never stores passwords"):
                call()
    finally:
        keyring.set_keyring(previous)
