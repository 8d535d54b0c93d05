"""Imports point one way: app -> agent -> tools, models; training -> agent, tools, models.

Nothing imports app or training (tests may import anything). tools and models are independent of each other:
tools are the user's actions and models are the files the agent loads, so neither needs the other; the agent
is where they meet. Every import statement is checked, including lazy ones inside functions.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "agent", "tools", "models", "training")
ALLOWED: dict[str, set[str]] = {
    "app": {"app", "agent", "tools", "models"},
    "agent": {"agent", "tools", "models"},
    "tools": {"tools"},
    "models": {"models"},
    "training": {"training", "agent", "tools", "models"},
}


def imported_packages(source: str, module: str) -> Iterator[tuple[int, str]]:
    """(line, top-level project package) for every import in `source` of the module named `module`."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's own package
                base = module.split(".")[: -node.level]
                names = [".".join(base + ([node.module] if node.module else []))]
            else:
                names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in PACKAGES:
                yield node.lineno, top


def violations(path: Path, root: Path = ROOT) -> list[str]:
    relative = path.relative_to(root).with_suffix("")
    module = ".".join(relative.parts)
    package = relative.parts[0]
    return [f"{path.relative_to(root)}:{line} imports {target} ({package} may import only "
            f"{', '.join(sorted(ALLOWED[package]))})"
            for line, target in imported_packages(path.read_text(encoding="utf-8"), module)
            if target not in ALLOWED[package]]


def project_files(root: Path = ROOT) -> list[Path]:
    return sorted(p for package in PACKAGES if (root / package).is_dir() for p in (root / package).rglob("*.py"))


def test_every_module_imports_in_the_allowed_direction() -> None:
    files = project_files()
    assert any(p.parts[-2] == "agent" for p in files)
    problems = [problem for path in files for problem in violations(path)]
    assert problems == []


@pytest.mark.parametrize(("package", "source", "bad"), [
    ("tools", "def f():\n    from agent.plan import Plan\n", "agent"),
    ("agent", "import app.cli\n", "app"),
    ("models", "from tools import spec\n", "tools"),
    ("agent", "from training.items import x\n", "training"),
    ("app", "from ...training import x\n", "training"),
])
def test_a_wrong_import_is_detected(tmp_path: Path, package: str, source: str, bad: str) -> None:
    module = tmp_path / package / "sub" / "bad.py"
    module.parent.mkdir(parents=True)
    module.write_text(source)
    (problem,) = violations(module, tmp_path)
    assert problem.startswith(f"{package}/sub/bad.py:") and f"imports {bad}" in problem


def test_allowed_imports_pass(tmp_path: Path) -> None:
    module = tmp_path / "training" / "x.py"
    module.parent.mkdir()
    module.write_text("import agent.plan\nfrom tools.spec import Registry\nfrom models import paths\nimport json\n")
    assert violations(module, tmp_path) == []
