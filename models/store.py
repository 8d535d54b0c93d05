"""What is installed: model folders, their status, removal.

Every check returns a ModelStatus with one line saying what is wrong and what to do, never an exception, so the
app keeps running with the models that work. A downloaded model's folder holds `.errand-download.json`, the
record of what was fetched (revision, commit, size and sha256 of each file) that later checks compare against.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from models.manifest import Kind, Manifest, ModelFile
from models.paths import models_home
from models.verify import format_problem, sha256_file

RECORD_NAME = ".errand-download.json"
PART_SUFFIX = ".part"


class State(StrEnum):
    READY = "ready"
    NOT_INSTALLED = "not installed"
    INCOMPLETE = "incomplete"
    CORRUPT = "corrupt"
    UNREADABLE = "unreadable"
    REMOTE = "remote"


@dataclass(frozen=True)
class ModelStatus:
    name: str
    state: State
    path: Path | None
    message: str = ""  # empty when ready; otherwise what is wrong and what to do

    @property
    def usable(self) -> bool:
        return self.state in (State.READY, State.REMOTE)


def model_dir(manifest: Manifest) -> Path:
    """The folder a model's files live in: shipped inside the package, or downloaded under ERRAND_HOME."""
    return manifest.local_dir if manifest.local_dir is not None else models_home() / manifest.name


def read_record(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("files"), dict) else None


def write_record(folder: Path, manifest: Manifest, commit: str | None, files: dict[str, dict[str, Any]]) -> None:
    record = {"name": manifest.name, "repo_id": manifest.hub.repo_id if manifest.hub else None,
              "revision": manifest.hub.revision if manifest.hub else None, "commit": commit, "files": files}
    temporary = folder / (RECORD_NAME + ".tmp")
    temporary.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    temporary.replace(folder / RECORD_NAME)


def _recipe_hashes(manifest: Manifest) -> dict[str, str]:
    """Shipped models may list {"files": {path: sha256}} in their recipe.json."""
    if manifest.recipe is None:
        return {}
    try:
        files = json.loads(manifest.recipe.read_text(encoding="utf-8")).get("files", {})
    except (OSError, ValueError, AttributeError):
        return {}
    return {k: v for k, v in files.items() if isinstance(v, str)} if isinstance(files, dict) else {}


def _expected(manifest: Manifest, folder: Path) -> tuple[list[ModelFile], str]:
    """Files to check with their known size and hash, and the command that repairs a bad one."""
    name = manifest.name
    if manifest.local_dir is not None:
        hashes = _recipe_hashes(manifest)
        files = [ModelFile(f.path, f.size, f.sha256 or hashes.get(f.path), f.optional) for f in manifest.files]
        if manifest.kind is Kind.PLANNER_GGUF and not files:
            files = [ModelFile(p.name, None, hashes.get(p.name)) for p in sorted(folder.glob("*.gguf"))[:1]]
            if not files:
                files = [ModelFile("model.gguf")]  # reported as missing below
        return files, f"reinstall Errand or rebuild '{name}' as its recipe says ({manifest.recipe or 'training/'})"
    record = read_record(folder) or {"files": {}}
    files = []
    for entry in manifest.expected_files:
        seen = record["files"].get(entry.path, {})
        files.append(ModelFile(entry.path, entry.size or seen.get("size"), entry.sha256 or seen.get("sha256"),
                               entry.optional or seen.get("absent", False)))
    return files, f"run `errand models download {name} --force`"


def check(manifest: Manifest, *, hashes: bool = False, on_bytes: Callable[[int], None] | None = None) -> ModelStatus:
    """The model's state; `hashes=True` also recomputes every file's sha256 (slow for big files)."""
    name = manifest.name
    if manifest.kind is Kind.PLANNER_ENDPOINT:
        return ModelStatus(name, State.REMOTE, None)
    folder = model_dir(manifest)
    try:
        if not folder.exists():
            if manifest.local_dir is not None:
                return ModelStatus(name, State.NOT_INSTALLED, folder,
                                   f"{folder} is missing: reinstall Errand or rebuild it with training/")
            return ModelStatus(name, State.NOT_INSTALLED, folder,
                               f"not downloaded: run `errand models download {name}`")
        if not folder.is_dir():
            return ModelStatus(name, State.UNREADABLE, folder,
                               f"{folder} is not a folder: move it away, then run `errand models download {name}`")
        if manifest.local_dir is None and read_record(folder) is None:
            return ModelStatus(name, State.INCOMPLETE, folder,
                               f"download not finished: run `errand models download {name}` to resume")
        files, repair = _expected(manifest, folder)
        for entry in files:
            problem = _file_problem(folder / entry.path, entry, hashes, on_bytes)
            if problem is not None:
                state, text = problem
                return ModelStatus(name, state, folder, f"{text}: {repair}")
    except OSError as exc:
        return ModelStatus(name, State.UNREADABLE, folder,
                           f"cannot read {exc.filename or folder} ({exc.strerror or exc}): fix its permissions "
                           "or set ERRAND_HOME to a folder you can read and write")
    return ModelStatus(name, State.READY, folder)


def _file_problem(path: Path, entry: ModelFile, hashes: bool,
                  on_bytes: Callable[[int], None] | None) -> tuple[State, str] | None:
    if not path.is_file():
        return None if entry.optional else (State.INCOMPLETE, f"{path} is missing")
    size = path.stat().st_size
    if entry.size is not None and size != entry.size:
        word = "truncated" if size < entry.size else "larger than expected"
        return State.CORRUPT, f"{path.name} is {word} ({size} of {entry.size} bytes)"
    if (problem := format_problem(path)) is not None:
        return State.CORRUPT, problem
    if hashes and entry.sha256 is not None:
        actual = sha256_file(path, on_bytes)
        if actual != entry.sha256:
            return State.CORRUPT, f"{path.name} is corrupted (sha256 {actual[:12]}…, expected {entry.sha256[:12]}…)"
    return None


def main_file(manifest: Manifest) -> Path:
    """The file a loader opens: the .gguf of a planner, the folder itself for folder-shaped models."""
    folder = model_dir(manifest)
    if manifest.kind is Kind.PLANNER_GGUF:
        listed = [f.path for f in manifest.expected_files if f.path.endswith(".gguf")]
        if listed:
            return folder / listed[0]
        found = sorted(folder.glob("*.gguf")) if folder.is_dir() else []
        return found[0] if found else folder / "model.gguf"
    return folder


def remove(manifest: Manifest) -> Path:
    """Delete a downloaded model's folder, partial files included. Shipped models and endpoints are refused."""
    if manifest.local_dir is not None or manifest.kind is Kind.PLANNER_ENDPOINT:
        raise ValueError(f"'{manifest.name}' is not a downloaded model, so there is nothing to remove")
    folder = model_dir(manifest)
    if folder.is_dir():
        shutil.rmtree(folder)
    elif folder.exists():
        folder.unlink()
    return folder
