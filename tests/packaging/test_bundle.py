"""The PyInstaller bundle built from build.spec: it plans a request with its own models and leaves training out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1200)]  # the build takes minutes on a busy machine

ROOT = Path(__file__).resolve().parents[2]
LEFT_OUT = ("training", "torch", "transformers", "onnx", "onnxscript", "safetensors", "gguf", "peft", "pytest",
            "PyInstaller", "scipy", "PIL")


def bundle_env(tmp_path: Path) -> dict[str, str]:
    """A display-less environment with a fresh home, so nothing of the user's (or this checkout's) is used."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), ERRAND_HOME=str(tmp_path / "errand"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("DISPLAY", None)
    return env


def test_self_test_passes_inside_the_bundle(bundle: Path, tmp_path: Path) -> None:
    run = subprocess.run([str(bundle), "--self-test"], cwd=tmp_path, env=bundle_env(tmp_path), capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert [line.split()[:2] for line in lines[1:5]] == [
        ["load", "ok"], ["toolrag", "ok"], ["planner", "ok"], ["validator", "ok"]]
    internal = bundle.parent / "_internal"
    assert f"ToolRAG {internal / 'models' / 'default' / 'toolrag'}" in lines[1]  # the bundle's copy, not the repo's
    assert "get_phone_number, send_sms" in lines[2]
    assert lines[5].startswith("self-test passed in ")


def test_the_cli_answers_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    run = subprocess.run([str(bundle), "models", "list"], cwd=tmp_path, env=bundle_env(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "errand-planner" in run.stdout and "tinyagent-1.1b" in run.stdout  # the shipped manifests are read


def test_training_code_and_its_dependencies_stay_out(bundle: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(bundle)).open_embedded_archive("PYZ.pyz").toc)
    packaged = {name.split(".")[0] for name in modules}
    assert {"app", "agent", "tools", "models", "llama_cpp", "onnxruntime", "PySide6", "faster_whisper"} <= packaged
    assert "app.selftest" in modules and "app.gui.main" in modules
    assert packaged.isdisjoint(LEFT_OUT), sorted(packaged & set(LEFT_OUT))
    folders = {path.name for path in (bundle.parent / "_internal").iterdir()}
    assert folders.isdisjoint(LEFT_OUT), sorted(folders & set(LEFT_OUT))


def test_models_libraries_and_resources_are_inside(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    assert list((internal / "models" / "default" / "planner").glob("*.gguf"))
    assert (internal / "models" / "default" / "toolrag" / "model.onnx").is_file()
    assert (internal / "models" / "manifests" / "errand-planner.json").is_file()
    assert (internal / "app" / "resources" / "errand.png").is_file()
    assert list(internal.rglob("libllama*.so*")) and list(internal.rglob("libonnxruntime*.so*"))
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so").is_file()


@pytest.mark.skipif(not all(shutil.which(tool) for tool in ("Xvfb", "trayer", "xwininfo")),
                    reason="needs Xvfb, trayer and x11-utils (scripts/system-deps test)")
def test_startup_benchmark_reports_both_starts(bundle: Path) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_startup.py"), "--bundle", str(bundle),
                          "--runs", "1", "--warmup", "0"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[1].startswith("venv    median ") and lines[2].startswith("bundle  median ")
    assert lines[3].startswith("bundle/venv ")
    print(run.stdout)  # the numbers, for the log (`-s`); no assertion on speed
