"""Fixtures shared by the whole suite.

- Every test runs with ERRAND_HOME and the XDG folders pointed at temporary paths, never the real home.
- `tiny_random_planner` / `tiny_gguf` / `tiny_gguf_q4`: a tiny random llama-architecture planner (f32 and Q4_K_M,
  see training/export/tiny_planner.py), built once per session in about a second.
"""

from __future__ import annotations

from pathlib import Path

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
