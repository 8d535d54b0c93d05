"""What Errand leaves on disk when it loads a ToolRAG model: nothing (onnxruntime's telemetry store included)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LOAD_AND_RUN = """
import sys
from pathlib import Path
from agent.toolrag.loader import load_toolrag
selector, retriever = load_toolrag(Path(sys.argv[1]), threads=1)
tools = selector.select("email bob the report", ["get_email_address", "compose_new_email"]).tools
print(tools, len(retriever.retrieve("email bob the report", tools)))
"""

LEFTOVERS = """
from models.onnx_runtime import telemetry_leftovers
import onnxruntime
print([p.name for p in telemetry_leftovers()])
"""


def fresh_home(root: Path) -> dict[str, str]:
    # onnxruntime also stays silent when it sees a CI variable, which would hide what a user's machine gets.
    hidden = {"ORT_DISABLE_TELEMETRY", "CI", "CONTINUOUS_INTEGRATION", "GITHUB_ACTIONS", "BUILD_NUMBER", "TF_BUILD"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    for variable, name in (("HOME", "home"), ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"),
                           ("XDG_DATA_HOME", "data"), ("ERRAND_HOME", "errand"), ("TMPDIR", "tmp")):
        (root / name).mkdir(parents=True)
        env[variable] = str(root / name)
    return env


def files_under(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_loading_and_running_toolrag_writes_nothing(tiny_toolrag, tmp_path):
    env = fresh_home(tmp_path / "sandbox")
    result = subprocess.run([sys.executable, "-c", LOAD_AND_RUN, str(tiny_toolrag.folder)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "('get_email_address', 'compose_new_email') 3" in result.stdout
    assert files_under(tmp_path / "sandbox") == []


def test_a_bare_onnxruntime_import_would_leave_a_device_id(tmp_path):
    """The control: without Errand's import path onnxruntime writes its store, and Errand can name the files."""
    env = fresh_home(tmp_path / "sandbox")
    result = subprocess.run([sys.executable, "-c", LEFTOVERS], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "deviceid" in result.stdout
    assert any(name.endswith("Microsoft/DeveloperTools/.onnxruntime/deviceid")
               for name in files_under(tmp_path / "sandbox"))
