"""Fixtures shared by the whole suite.

- Every test runs with ERRAND_HOME and the XDG folders pointed at temporary paths, never the real home.
- `tiny_random_planner` / `tiny_gguf` / `tiny_gguf_q4`: a tiny random llama-architecture planner (f32 and Q4_K_M,
  see training/export/tiny_planner.py), built once per session in about a second.
- `memory_keyring`: an in-memory keyring service installed with keyring.set_keyring and restored afterwards, the
  tests' stand-in for GNOME Keyring / Keychain.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path_factory.mktemp("home")
    for var, sub in (("ERRAND_HOME", "errand"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache")):
        (root / sub).mkdir()
        monkeypatch.setenv(var, str(root / sub))


@pytest.fixture(scope="session")
def tiny_random_planner(tmp_path_factory: pytest.TempPathFactory):  # -> training.export.tiny_planner.TinyPlanner
    from training.export.tiny_planner import build_tiny_planner

    return build_tiny_planner(tmp_path_factory.mktemp("tiny-planner"))


@pytest.fixture(scope="session")
def tiny_gguf(tiny_random_planner) -> Path:
    return tiny_random_planner.gguf


@pytest.fixture(scope="session")
def tiny_gguf_q4(tiny_random_planner) -> Path:
    from training.export.quantize import quantize_gguf

    return quantize_gguf(tiny_random_planner.gguf, tiny_random_planner.gguf.with_name("tiny-q4_k_m.gguf"), "Q4_K_M")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring service that keeps secrets in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("no such password")
        del self.store[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
