"""Lint and types are part of the test command: ruff with the rule set in pyproject.toml on the whole project,
and mypy on agent/ and tools/ (the packages every request runs through)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(tool: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / tool), *arguments], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    result = run("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_agent_and_tools() -> None:
    result = run("mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "agent" in (ROOT / "pyproject.toml").read_text() and "no issues found" in result.stdout


def test_ruff_would_catch_an_unused_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("import os\n")
    result = run("ruff", "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), str(module))
    assert result.returncode != 0 and "F401" in result.stdout
