"""Fixtures for the packaging tests: a pair of tiny default models and the PyInstaller bundle built with them.

The bundle is built once per session from build.spec into a temporary folder (about a minute on an idle
2-core machine, several under load); ERRAND_BUNDLE_MODELS makes it ship the tiny models, so the tests do not
depend on the trained default models being in models/default. Tests that need it carry the `packaging` marker:
select them with `-m packaging`, leave them out with `-m "not packaging"`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..agent.toolrag.conftest import write_toolrag

ROOT = Path(__file__).resolve().parents[2]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "packaging: builds the PyInstaller bundle from build.spec (a minute or more)")


@pytest.fixture(scope="session")
def tiny_default_models(tmp_path_factory: pytest.TempPathFactory, tiny_gguf_q4: Path) -> Path:
    """A folder laid out like models/default: planner/<one .gguf> and toolrag/<ONNX model folder>."""
    folder = tmp_path_factory.mktemp("default-models")
    (folder / "planner").mkdir()
    shutil.copy(tiny_gguf_q4, folder / "planner" / "errand-tiny-q4_k_m.gguf")
    write_toolrag(folder / "toolrag")
    return folder


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory, tiny_default_models: Path) -> Path:
    """The bundle's executable (dist/errand/errand under a temporary folder)."""
    out = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "ERRAND_BUNDLE_MODELS": str(tiny_default_models), "XDG_CACHE_HOME": str(out / "cache")}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "build.spec")]
    build = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-3000:]
    return out / "dist" / "errand" / "errand"
