"""Model status for shipped folders: missing files, bad GGUF/ONNX headers, recipe hashes, main file."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path

import pytest

from models.manifest import parse_manifest
from models.store import State, check, main_file, remove
from models.verify import format_problem

GGUF = b"GGUF" + struct.pack("<IQQ", 3, 2, 1) + b"\0" * 100


def shipped(folder: Path, kind: str = "toolrag-onnx", files: list | None = None, recipe: bool = False):
    data = {"name": "local", "kind": kind, "local_dir": str(folder)}
    if kind == "planner-gguf":
        data["prompt_profile"] = "errand-compact"
    if files is not None:
        data["files"] = files
    if recipe:
        data["recipe"] = str(folder / "recipe.json")
    return parse_manifest(data, folder / "local.json")


def write_toolrag_files(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.onnx").write_bytes(b"\x08\x08rest")
    (folder / "tokenizer.json").write_text("{}")
    (folder / "toolrag.json").write_text("{}")


FILES = [{"path": "model.onnx"}, {"path": "tokenizer.json"}, {"path": "toolrag.json"},
         {"path": "examples.json", "optional": True}]


def test_shipped_folder_ready_and_missing_file(tmp_path):
    folder = tmp_path / "toolrag"
    assert check(shipped(folder, files=FILES)).state is State.NOT_INSTALLED
    write_toolrag_files(folder)
    assert check(shipped(folder, files=FILES), hashes=True).state is State.READY
    (folder / "tokenizer.json").unlink()
    status = check(shipped(folder, files=FILES))
    assert status.state is State.INCOMPLETE
    assert status.message.startswith(f"{folder}/tokenizer.json is missing: reinstall Errand or rebuild 'local'")


def test_non_onnx_file_is_corrupt(tmp_path):
    folder = tmp_path / "toolrag"
    write_toolrag_files(folder)
    (folder / "model.onnx").write_text("<html>Too many requests</html>")
    status = check(shipped(folder, files=FILES))
    assert status.state is State.CORRUPT and "model.onnx is not an ONNX model" in status.message


def test_recipe_hashes_are_checked(tmp_path):
    folder = tmp_path / "toolrag"
    write_toolrag_files(folder)
    good = hashlib.sha256((folder / "model.onnx").read_bytes()).hexdigest()
    (folder / "recipe.json").write_text(json.dumps({"seed": 1, "files": {"model.onnx": good}}))
    assert check(shipped(folder, files=FILES, recipe=True), hashes=True).state is State.READY
    (folder / "model.onnx").write_bytes(b"\x08\x08changed")
    status = check(shipped(folder, files=FILES, recipe=True), hashes=True)
    assert status.state is State.CORRUPT and "model.onnx is corrupted (sha256" in status.message


def test_planner_folder_finds_its_gguf(tmp_path):
    folder = tmp_path / "planner"
    folder.mkdir()
    manifest = shipped(folder, kind="planner-gguf")
    assert check(manifest).state is State.INCOMPLETE
    (folder / "errand-planner-q4_k_m.gguf").write_bytes(GGUF)
    assert check(manifest).state is State.READY
    assert main_file(manifest) == folder / "errand-planner-q4_k_m.gguf"
    (folder / "errand-planner-q4_k_m.gguf").write_bytes(b"GGUF\x03\x00")
    status = check(manifest)
    assert status.state is State.CORRUPT and "is truncated" in status.message


def test_gguf_header_checks(tmp_path):
    path = tmp_path / "m.gguf"
    path.write_bytes(GGUF)
    assert format_problem(path) is None
    path.write_bytes(b"PK\x03\x04" + GGUF[4:])
    assert "is not a GGUF file" in format_problem(path)
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 9, 2, 1))
    assert "GGUF version 9" in format_problem(path)
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, 1))
    assert "corrupted GGUF header" in format_problem(path)


def test_shipped_models_cannot_be_removed(tmp_path):
    folder = tmp_path / "toolrag"
    write_toolrag_files(folder)
    with pytest.raises(ValueError, match="is not a downloaded model"):
        remove(shipped(folder, files=FILES))
    assert (folder / "model.onnx").exists()


def test_downloaded_model_whose_folder_is_a_file_is_unreadable():
    from models.paths import models_home

    manifest = parse_manifest({"name": "gone", "kind": "speech-ct2",
                               "hub": {"repo_id": "a/b", "files": [{"path": "model.bin"}]}}, Path("gone.json"))
    models_home().mkdir(parents=True)
    (models_home() / "gone").write_text("")
    status = check(manifest)
    assert status.state is State.UNREADABLE and not status.usable
    assert "is not a folder: move it away, then run `errand models download gone`" in status.message
