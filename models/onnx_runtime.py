"""The onnxruntime adapter: imported lazily, with its telemetry store switched off, sessions built one way.

Privacy: onnxruntime (1.31 on Linux) writes a device identifier and an SQLite event database under
`$XDG_CACHE_HOME/Microsoft/DeveloperTools/.onnxruntime/` (or `~/.cache/...`) *when the module is imported*.
Setting `ORT_DISABLE_TELEMETRY=1` before that import stops it (measured: nothing is written). Errand imports
onnxruntime only through `import_onnxruntime()`, which sets the variable first. If something else imported
onnxruntime earlier without it, the files may exist already; `telemetry_leftovers()` lists them so the app can
tell the user where they are.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

TELEMETRY_VARIABLE = "ORT_DISABLE_TELEMETRY"


class OnnxLoadError(RuntimeError):
    """An ONNX model that onnxruntime cannot load; the message says which file and what to do."""


def import_onnxruntime() -> ModuleType:
    if "onnxruntime" not in sys.modules:
        os.environ[TELEMETRY_VARIABLE] = "1"
    try:
        import onnxruntime
    except ImportError:
        raise OnnxLoadError("onnxruntime is not installed: reinstall Errand (`scripts/bootstrap`)") from None
    return onnxruntime


def telemetry_dir() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "Microsoft" / "DeveloperTools" / ".onnxruntime"


def telemetry_leftovers() -> list[Path]:
    """Files onnxruntime's telemetry left on disk (empty when Errand's import order was respected)."""
    folder = telemetry_dir()
    try:
        return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    except OSError:
        return []


def open_session(path: Path, *, threads: int, repair: str) -> Any:  # -> onnxruntime.InferenceSession
    """A CPU inference session on `path` with `threads` intra-op threads; `repair` tells the user what to do."""
    ort = import_onnxruntime()
    if not path.is_file():
        raise OnnxLoadError(f"{path} is missing: {repair}")
    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, threads)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # errors only
    try:
        return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own pybind exception types for bad files
        reason = str(exc).splitlines()[0][:200]
        raise OnnxLoadError(f"{path} could not be loaded (truncated or corrupted? {reason}): {repair}") from None
