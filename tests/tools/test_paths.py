"""Errand's folders are defined once (tools/paths.py); the agent's paths are the same functions."""

from __future__ import annotations

from pathlib import Path

import pytest

import tools.paths


def test_agent_paths_are_the_tools_definitions() -> None:
    for name in ("config_dir", "data_dir", "cache_dir"):
        assert getattr(tools.paths, name) is getattr(tools.paths, name)


def test_errand_home_puts_every_folder_under_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERRAND_HOME", f" {tmp_path} ")
    assert (tools.paths.config_dir(), tools.paths.data_dir(), tools.paths.cache_dir()) == (
        tmp_path / "config", tmp_path / "data", tmp_path / "cache")


def test_blank_errand_home_means_the_platform_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERRAND_HOME", "  ")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    if not tools.paths.data_dir().is_relative_to(tmp_path):  # macOS ignores XDG variables
        pytest.skip("platform folders are not XDG here")
    assert tools.paths.data_dir() == tmp_path / "xdg-data" / "errand"
