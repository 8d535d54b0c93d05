"""Manifests: the shipped ones load, malformed ones are reported with file and field, never crash listing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.manifest import Kind, ManifestError, load_all, load_manifest, parse_manifest
from models.paths import SHIPPED_MANIFESTS, models_home, user_manifests_dir


def test_every_shipped_manifest_loads():
    manifests, problems = load_all()
    assert problems == []
    names = {m.name: m for m in manifests}
    assert {"tinyagent-1.1b", "tinyagent-7b", "tinyagent-toolrag", "whisper-tiny.en", "whisper-base.en",
            "whisper-small.en", "errand-toolrag", "errand-planner"} <= set(names)
    tiny = names["tinyagent-1.1b"]
    assert tiny.kind is Kind.PLANNER_GGUF and tiny.prompt_profile == "tinyagent"
    assert tiny.hub.files[0].path == "TinyAgent-1.1B-Q4_K_M.gguf"
    assert names["errand-planner"].prompt_profile == "errand-compact"
    assert names["errand-toolrag"].local_dir == SHIPPED_MANIFESTS.parent / "default" / "toolrag"
    assert all(m.prompt_profile for m in manifests if m.is_planner)


def test_user_manifests_live_under_errand_home(tmp_path):
    assert models_home().is_relative_to(Path(__import__("os").environ["ERRAND_HOME"]))
    assert user_manifests_dir() == models_home() / "manifests"


@pytest.mark.parametrize(("data", "message"), [
    ([], "a manifest is a JSON object"),
    ({"kind": "speech-ct2"}, "missing field 'name'"),
    ({"name": "Bad Name", "kind": "speech-ct2"}, "may only hold lowercase"),
    ({"name": "x", "kind": "teleporter"}, "kind must be one of"),
    ({"name": "x", "kind": "planner-gguf", "hub": {"repo_id": "a/b", "files": [{"path": "m.gguf"}]}},
     "a planner needs a prompt_profile"),
    ({"name": "x", "kind": "speech-ct2", "prompt_profile": "chatml"}, "prompt_profile must be one of"),
    ({"name": "x", "kind": "speech-ct2"}, "give exactly one of 'hub', 'endpoint' or 'local_dir'"),
    ({"name": "x", "kind": "speech-ct2", "hub": {"repo_id": "a/b", "files": []}}, "'hub' lists no files"),
    ({"name": "x", "kind": "speech-ct2", "hub": {"repo_id": "a/b", "files": [{"path": "../../etc/passwd"}]}},
     "must be relative and stay inside"),
    ({"name": "x", "kind": "speech-ct2", "hub": {"repo_id": "a/b", "files": [{"path": "m", "sha256": "abc"}]}},
     "is not 64 lowercase hex digits"),
    ({"name": "x", "kind": "speech-ct2", "ram_mb": "lots", "hub": {"repo_id": "a/b", "files": [{"path": "m"}]}},
     "field 'ram_mb' has the wrong type"),
    ({"name": "x", "kind": "speech-ct2", "endpoint": {"base_url": "http://x", "model": "m"}},
     "kind planner-endpoint goes with an 'endpoint' source"),
])
def test_malformed_manifest_names_file_and_field(data, message):
    with pytest.raises(ManifestError, match=message) as caught:
        parse_manifest(data, Path("/somewhere/x.json"))
    assert str(caught.value).startswith("/somewhere/x.json: ")


def test_unreadable_and_invalid_json(tmp_path):
    with pytest.raises(ManifestError, match="cannot be read"):
        load_manifest(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text('{"name": ')
    with pytest.raises(ManifestError, match="not valid JSON"):
        load_manifest(tmp_path / "bad.json")


def test_bad_and_duplicate_user_manifests_become_problems(tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "a-bad.json").write_text("[]")
    (user / "dup.json").write_text(json.dumps({"name": "whisper-tiny.en", "kind": "speech-ct2",
                                               "hub": {"repo_id": "a/b", "files": [{"path": "m"}]}}))
    manifests, problems = load_all([SHIPPED_MANIFESTS, user])
    assert "whisper-tiny.en" in {m.name for m in manifests}
    assert len(problems) == 2
    assert "is already used by" in problems[1].message and problems[1].path == user / "dup.json"


def test_manifest_folder_that_is_a_file_is_a_problem(tmp_path):
    (tmp_path / "user").write_text("")
    manifests, problems = load_all([SHIPPED_MANIFESTS, tmp_path / "user"])
    assert manifests and "is not a folder" in problems[0].message
