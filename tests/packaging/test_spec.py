"""build.spec refuses to build a bundle that could not plan: both default models must be there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build(models: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ERRAND_BUNDLE_MODELS": str(models), "XDG_CACHE_HOME": str(out / "cache")}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
               str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "build.spec")]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_a_missing_planner_stops_the_build_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "models" / "toolrag").mkdir(parents=True)
    (tmp_path / "models" / "toolrag" / "model.onnx").write_bytes(b"")
    run = build(tmp_path / "models", tmp_path)
    assert run.returncode != 0
    assert (f"build.spec: no *.gguf in {tmp_path / 'models' / 'planner'}; train or copy the default models first "
            "(see README, Packaging), or set ERRAND_BUNDLE_MODELS") in run.stderr
    assert not (tmp_path / "dist" / "errand").exists()


def test_a_missing_toolrag_stops_the_build(tmp_path: Path) -> None:
    (tmp_path / "models" / "planner").mkdir(parents=True)
    (tmp_path / "models" / "planner" / "errand.gguf").write_bytes(b"")
    run = build(tmp_path / "models", tmp_path)
    assert run.returncode != 0
    assert f"build.spec: no model.onnx in {tmp_path / 'models' / 'toolrag'}" in run.stderr
