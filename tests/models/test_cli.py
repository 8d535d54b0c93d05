"""`errand models ...` end to end against the loopback hub, with a user manifest pointing at it."""

from __future__ import annotations

import json
import os

import pytest

from app.cli import main
from app.commands.models import progress_line
from models.paths import models_home, user_manifests_dir
from models.progress import Progress

WEIGHTS = os.urandom(300_000)


@pytest.fixture
def hub(fake_hub, monkeypatch):
    fake_hub.add("tester/tiny-gguf", "tiny.gguf", b"GGUF" + (3).to_bytes(4, "little") + (2).to_bytes(8, "little")
                 + (1).to_bytes(8, "little") + WEIGHTS)
    monkeypatch.setenv("ERRAND_HUB_ENDPOINT", fake_hub.hub_url)
    user_manifests_dir().mkdir(parents=True)
    (user_manifests_dir() / "tiny.json").write_text(json.dumps({
        "name": "tiny", "kind": "planner-gguf", "prompt_profile": "errand-compact", "download_mb": 1,
        "hub": {"repo_id": "tester/tiny-gguf", "files": [{"path": "tiny.gguf"}]}}))
    return fake_hub


def test_list_download_verify_remove(hub, capsys):
    assert main(["models", "list"]) == 0
    listed = capsys.readouterr().out
    assert "tinyagent-1.1b" in listed and "whisper-small.en" in listed
    assert [line.split()[-2:] for line in listed.splitlines() if line.startswith("tiny ")] == [["not", "installed"]]

    assert main(["models", "download", "tiny"]) == 0
    assert "tiny: downloaded and verified" in capsys.readouterr().out
    assert main(["models", "verify", "tiny"]) == 0
    assert capsys.readouterr().out.strip() == "tiny: ready"

    assert main(["models", "remove", "tiny"]) == 0
    assert not (models_home() / "tiny").exists()


def test_verify_reports_a_file_corrupted_after_download(hub, capsys):
    assert main(["models", "download", "tiny"]) == 0
    path = models_home() / "tiny" / "tiny.gguf"
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["models", "verify"]) == 1
    out = capsys.readouterr().out
    assert "tiny: corrupt: tiny.gguf is corrupted (sha256" in out
    assert "run `errand models download tiny --force`" in out
    assert main(["models", "download", "tiny", "--force"]) == 0
    assert main(["models", "verify", "tiny"]) == 0


def test_truncated_gguf_is_reported_with_its_sizes(hub, capsys):
    assert main(["models", "download", "tiny"]) == 0
    path = models_home() / "tiny" / "tiny.gguf"
    full = path.stat().st_size
    path.write_bytes(path.read_bytes()[:1000])
    capsys.readouterr()
    assert main(["models", "list"]) == 0
    assert f"tiny.gguf is truncated (1000 of {full} bytes): run `errand models download tiny --force`" in (
        capsys.readouterr().out)


def test_unknown_model_and_shipped_model_errors(hub, capsys):
    assert main(["models", "download", "nope"]) == 1
    assert "no model named 'nope'; known models:" in capsys.readouterr().err
    assert main(["models", "remove", "errand-toolrag"]) == 1
    assert "is not a downloaded model" in capsys.readouterr().err
    assert main(["models", "download", "errand-toolrag"]) == 1
    assert "is shipped with Errand or is an endpoint" in capsys.readouterr().err


def test_offline_download_is_one_line(hub, capsys, monkeypatch):
    monkeypatch.setenv("ERRAND_HUB_ENDPOINT", "http://127.0.0.1:9")
    assert main(["models", "download", "tiny"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot reach http://127.0.0.1:9: you seem to be offline" in err


def test_bad_user_manifest_is_a_warning_and_the_rest_still_lists(hub, capsys):
    (user_manifests_dir() / "broken.json").write_text("{not json")
    assert main(["models", "list"]) == 0
    captured = capsys.readouterr()
    assert "broken.json: not valid JSON" in captured.err
    assert "tinyagent-7b" in captured.out and "tiny " in captured.out


def test_models_folder_that_is_a_file(hub, capsys):
    models_home().parent.mkdir(parents=True, exist_ok=True)
    for child in sorted(models_home().rglob("*"), reverse=True):
        child.unlink() if child.is_file() else child.rmdir()
    models_home().rmdir()
    models_home().write_text("oops")
    assert main(["models", "list"]) == 0  # lists the shipped models, the app keeps going
    assert "tinyagent-1.1b" in capsys.readouterr().out
    assert main(["models", "download", "tinyagent-1.1b"]) == 1
    assert "set ERRAND_HOME" in capsys.readouterr().err


def test_add_and_remove_endpoint(capsys):
    assert main(["models", "add-endpoint", "local-llm", "http://localhost:8080/v1", "tinyagent",
                 "--keyring-entry", "errand-llm"]) == 0
    saved = json.loads((user_manifests_dir() / "local-llm.json").read_text())
    assert saved["endpoint"] == {"base_url": "http://localhost:8080/v1", "model": "tinyagent",
                                 "keyring_entry": "errand-llm"}
    capsys.readouterr()
    main(["models", "list"])
    assert any(line.startswith("local-llm") and line.endswith("remote")
               for line in capsys.readouterr().out.splitlines())
    assert main(["models", "add-endpoint", "bad", "ftp://x", "m"]) == 1
    assert main(["models", "remove", "local-llm"]) == 0
    assert not (user_manifests_dir() / "local-llm.json").exists()


def test_progress_line():
    line = progress_line(Progress("model.bin", 50_000_000, 200_000_000, 10_000_000, 15.0))
    assert line.startswith("[#######---------------------]  25.0% 50.0/200.0 MB  10.0 MB/s  ETA 00:00:15")
    assert line.endswith("model.bin")
    assert "  ?  " in progress_line(Progress("x", 10, None, 0.0, None))


def test_checkpoint_download_says_how_to_convert(fake_hub, monkeypatch, capsys):
    fake_hub.add("tester/deberta", "model.safetensors", os.urandom(5000))
    monkeypatch.setenv("ERRAND_HUB_ENDPOINT", fake_hub.hub_url)
    user_manifests_dir().mkdir(parents=True)
    (user_manifests_dir() / "cls.json").write_text(json.dumps({
        "name": "cls", "kind": "toolrag-checkpoint",
        "hub": {"repo_id": "tester/deberta", "files": [{"path": "model.safetensors"}, {"path": "spm.model",
                                                                                         "optional": True}]}}))
    assert main(["models", "download", "cls"]) == 0
    assert "python -m training.export.toolrag_onnx" in capsys.readouterr().out
