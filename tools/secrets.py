"""Passwords and tokens in the OS keyring (Secret Service / KWallet on Linux, Keychain on macOS).

There is deliberately no fallback: when no keyring service is running (keyring's `fail` backend on a headless
Linux machine) or the only one is a plain-text file store, every call raises `KeyringUnavailable` saying so.
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors

from tools.backends import ToolError

# Backends that do not keep a secret safely: the "no keyring" stand-ins and keyrings.alt's plain-text file.
_UNSAFE_BACKENDS = frozenset({
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
})

_NO_KEYRING = (
    "No system keyring is available to hold secrets ({backend}). On Linux start and unlock a Secret Service "
    "(GNOME Keyring or KWallet) in your desktop session; Errand never stores passwords in plain files."
)


class KeyringUnavailable(ToolError):
    """No safe keyring service exists on this machine."""


class SecretStore:
    """get/set/delete a secret by (service, account), e.g. ("errand-caldav", "alice")."""

    def _backend(self) -> keyring.backend.KeyringBackend:
        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__qualname__}"
        if name in _UNSAFE_BACKENDS:
            raise KeyringUnavailable(_NO_KEYRING.format(backend=name))
        return backend

    def get(self, service: str, account: str) -> str | None:
        try:
            return self._backend().get_password(service, account)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(_NO_KEYRING.format(backend=exc)) from exc

    def set(self, service: str, account: str, secret: str) -> None:
        if not secret:
            raise ToolError(f"refusing to store an empty secret for {account} ({service})", fixable=True)
        try:
            self._backend().set_password(service, account, secret)
        except keyring.errors.PasswordSetError as exc:
            raise KeyringUnavailable(f"The keyring refused to store the secret for {account}: {exc}") from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(_NO_KEYRING.format(backend=exc)) from exc

    def delete(self, service: str, account: str) -> bool:
        """Remove a secret; False when there was none."""
        backend = self._backend()
        try:
            backend.delete_password(service, account)
        except keyring.errors.PasswordDeleteError:
            return False
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(_NO_KEYRING.format(backend=exc)) from exc
        return True
