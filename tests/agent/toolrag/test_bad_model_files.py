"""Broken ToolRAG folders give one ToolRAGError line naming the file and what to do."""

from __future__ import annotations

import shutil

import pytest

from agent.toolrag.config import ToolRAGError
from agent.toolrag.loader import load_toolrag


@pytest.fixture
def copy(tiny_toolrag, tmp_path):
    folder = tmp_path / "copy"
    shutil.copytree(tiny_toolrag.folder, folder)
    return folder


def test_missing_folder(tmp_path):
    with pytest.raises(ToolRAGError, match="ToolRAG folder .* is missing: run `errand models verify`"):
        load_toolrag(tmp_path / "nowhere")


@pytest.mark.parametrize("name", ["model.onnx", "tokenizer.json", "toolrag.json"])
def test_missing_file(copy, name):
    (copy / name).unlink()
    with pytest.raises(ToolRAGError, match=f"{name} is missing: run `errand models verify`"):
        load_toolrag(copy, threads=1)


def test_truncated_onnx(copy):
    data = (copy / "model.onnx").read_bytes()
    (copy / "model.onnx").write_bytes(data[: len(data) // 2])
    with pytest.raises(ToolRAGError, match=r"model.onnx could not be loaded \(truncated or corrupted\?"):
        load_toolrag(copy, threads=1)


def test_garbage_onnx(copy):
    (copy / "model.onnx").write_bytes(b"<html>rate limited</html>")
    with pytest.raises(ToolRAGError, match="could not be loaded"):
        load_toolrag(copy, threads=1)


def test_corrupted_tokenizer(copy):
    (copy / "tokenizer.json").write_text('{"version": "1.0", "model": ')
    with pytest.raises(ToolRAGError, match="tokenizer.json is not a valid tokenizer"):
        load_toolrag(copy, threads=1)


def test_corrupted_config(copy):
    (copy / "toolrag.json").write_text("{labels")
    with pytest.raises(ToolRAGError, match="toolrag.json cannot be read"):
        load_toolrag(copy, threads=1)


def test_custom_repair_hint(copy):
    (copy / "model.onnx").unlink()
    with pytest.raises(ToolRAGError, match="run `errand models download x --force`"):
        load_toolrag(copy, threads=1, repair="run `errand models download x --force`")
