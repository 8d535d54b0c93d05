"""The model manager against a loopback server that answers like the Hugging Face hub (tests/models/conftest.py)."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

from app.gui.models_dialog import ModelsDialog
from models.paths import models_home, user_manifests_dir

REPO = "tester/tiny-speech"
WEIGHTS = os.urandom(400_000)


def _fake_hub_module():
    if "models_fake_hub" in sys.modules:
        return sys.modules["models_fake_hub"]
    path = Path(__file__).parents[1] / "models" / "conftest.py"
    spec = importlib.util.spec_from_file_location("models_fake_hub", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def hub(monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "DOWNLOAD_CHUNK_SIZE", 64 * 1024)  # several progress reports
    server = _fake_hub_module().FakeHub()
    server.add(REPO, "model.bin", WEIGHTS)
    server.add(REPO, "config.json", b"{}\n", lfs=False)
    monkeypatch.setenv("ERRAND_HUB_ENDPOINT", server.hub_url)
    user_manifests_dir().mkdir(parents=True, exist_ok=True)
    (user_manifests_dir() / "tiny-speech.json").write_text(json.dumps({
        "name": "tiny-speech", "kind": "speech-ct2", "description": "a test model", "download_mb": 1,
        "hub": {"repo_id": REPO, "revision": "main", "files": [{"path": "model.bin"}, {"path": "config.json"}]},
    }))
    yield server
    server.close()


def test_download_with_progress_then_verify_and_remove(qtbot, jobs, hub) -> None:
    dialog = ModelsDialog(jobs, confirm=lambda question: True)
    qtbot.addWidget(dialog)
    row = dialog.row_of("tiny-speech")
    assert dialog.status_text("tiny-speech").startswith("not installed")
    assert dialog.status_text("errand-planner")  # shipped manifests are listed with a status too
    dialog.table.selectRow(row)
    formats: list[str] = []
    dialog._relay.progress.connect(lambda name, progress: formats.append(dialog.bars[name].format()))
    assert dialog.download_button.isEnabled()
    dialog.download_button.click()
    assert dialog.cancel_button.isEnabled() and not dialog.download_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.status_text("tiny-speech") == "ready", timeout=30_000)
    assert (models_home() / "tiny-speech" / "model.bin").read_bytes() == WEIGHTS
    assert dialog.bars["tiny-speech"].value() == 100
    assert formats and any("MB/s" in text for text in formats)
    assert "tiny-speech is ready" in dialog.message.text()

    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.status_text("tiny-speech") == "ready", timeout=30_000)
    (models_home() / "tiny-speech" / "model.bin").write_bytes(b"x" * len(WEIGHTS))
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.status_text("tiny-speech").startswith("corrupt"), timeout=30_000)

    dialog.remove_button.click()
    assert dialog.status_text("tiny-speech").startswith("not installed")
    assert not (models_home() / "tiny-speech").exists()


def test_an_unreachable_hub_is_a_clear_message(qtbot, jobs, hub, monkeypatch) -> None:
    monkeypatch.setenv("ERRAND_HUB_ENDPOINT", "http://127.0.0.1:9")  # nothing listens on the discard port
    dialog = ModelsDialog(jobs)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(dialog.row_of("tiny-speech"))
    dialog.download_button.click()
    qtbot.waitUntil(lambda: "tiny-speech:" in dialog.message.text(), timeout=30_000)
    assert "cannot reach" in dialog.message.text()
    assert dialog.bars["tiny-speech"].format() == "stopped"
    assert dialog.download_button.isEnabled()
