"""The layering in pyproject.toml's import-linter contracts holds for the project, and a wrong import breaks it.

The contracts are run by import-linter itself (`lint-imports`), on the project and on small trees made here
with one import in the wrong direction, so a contract that could never fail would show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
AGENT_STAGES = ("setup", "measure", "record", "running", "planning", "toolrag", "understanding", "plans")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"], cwd=root,
                          env=env, capture_output=True, text=True, timeout=300)


def skeleton(tmp_path: Path) -> Path:
    """The five packages and the agent's stages, empty, with the project's own contracts."""
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for package in ("app", "agent", "tools", "models", "training"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    for stage in AGENT_STAGES:
        (tmp_path / "agent" / stage).mkdir()
        (tmp_path / "agent" / stage / "__init__.py").write_text("")
    (tmp_path / "agent" / "session.py").write_text("")
    return tmp_path


def test_the_project_keeps_its_layers() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_an_empty_tree_keeps_the_layers(tmp_path: Path) -> None:
    result = lint_imports(skeleton(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("module", "source"), [
    ("tools/bad.py", "def f():\n    from agent.plans import x\n"),  # a lazy import counts too
    ("agent/bad.py", "import app\n"),
    ("models/bad.py", "from tools import spec\n"),
    ("agent/running/bad.py", "from training import items\n"),
    ("app/bad.py", "import training\n"),
    ("agent/plans/bad.py", "from agent.planning import grammar\n"),
    ("agent/planning/bad.py", "from agent.running import executor\n"),
    ("agent/toolrag/bad.py", "import agent.session\n"),
    ("agent/running/bad.py", "from agent.setup import settings\n"),
])
def test_a_wrong_import_breaks_a_contract(tmp_path: Path, module: str, source: str) -> None:
    root = skeleton(tmp_path)
    (root / module).write_text(source)
    result = lint_imports(root)
    assert result.returncode != 0
    assert "1 broken" in result.stdout and module.removesuffix(".py").replace("/", ".") in result.stdout


def test_the_allowed_directions_pass(tmp_path: Path) -> None:
    root = skeleton(tmp_path)
    (root / "training" / "ok.py").write_text("import agent.plans\nimport tools\nimport models\n")
    (root / "agent" / "running" / "ok.py").write_text("from agent.planning import x\nimport tools\n")
    (root / "app" / "ok.py").write_text("import agent.setup\nimport tools\n")
    result = lint_imports(root)
    assert result.returncode == 0, result.stdout + result.stderr
