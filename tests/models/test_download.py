"""Downloads against the loopback hub: verification, resume, dropped connections, cancellation, bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models import download as download_module
from models.download import DownloadError, download
from models.manifest import Manifest, parse_manifest
from models.paths import models_home
from models.progress import Cancelled, CancelToken, Progress
from models.store import State, check

REPO = "tester/tiny-model"
WEIGHTS = os.urandom(600_000)
CONFIG = b'{"hidden": 8}\n'


def manifest(files: list[dict], name: str = "tiny-model", tmp: Path = Path("/nonexistent")) -> Manifest:
    data = {"name": name, "kind": "toolrag-checkpoint", "hub": {"repo_id": REPO, "revision": "main", "files": files}}
    return parse_manifest(data, tmp / f"{name}.json")


@pytest.fixture
def hub(fake_hub):
    fake_hub.add(REPO, "model.bin", WEIGHTS)
    fake_hub.add(REPO, "config.json", CONFIG, lfs=False)
    return fake_hub


def cdn_gets(hub) -> list:
    return [r for r in hub.requests if r.method == "GET" and r.path.startswith("/blobs/")]


def test_download_fetches_verifies_and_reports_progress(hub):
    reports: list[Progress] = []
    folder = download(manifest([{"path": "model.bin"}, {"path": "config.json"}]), endpoint=hub.hub_url,
                      progress=reports.append)
    assert (folder / "model.bin").read_bytes() == WEIGHTS
    assert (folder / "config.json").read_bytes() == CONFIG
    assert folder == models_home() / "tiny-model"
    assert not list(folder.glob("*.part*"))
    total = len(WEIGHTS) + len(CONFIG)
    assert reports[-1].done == reports[-1].total == total
    assert [r.done for r in reports] == sorted(r.done for r in reports)
    assert reports[-1].rate > 0 and reports[-1].eta == 0
    assert {r.file for r in reports} == {"model.bin", "config.json"}
    assert check(manifest([{"path": "model.bin"}, {"path": "config.json"}]), hashes=True).state is State.READY


def test_second_download_fetches_nothing(hub):
    spec = manifest([{"path": "model.bin"}])
    download(spec, endpoint=hub.hub_url)
    before = len(cdn_gets(hub))
    download(spec, endpoint=hub.hub_url)
    assert len(cdn_gets(hub)) == before


def test_corrupted_file_is_rejected_and_deleted(hub):
    hub.repos[REPO]["model.bin"].corrupt = True
    spec = manifest([{"path": "model.bin"}])
    with pytest.raises(DownloadError, match="model.bin failed verification .*download tiny-model` again"):
        download(spec, endpoint=hub.hub_url)
    folder = models_home() / "tiny-model"
    assert not (folder / "model.bin").exists() and not list(folder.glob("*.part*"))
    assert check(spec).state is State.INCOMPLETE


def test_manifest_with_wrong_hash_is_rejected(hub):
    spec = manifest([{"path": "model.bin", "sha256": "0" * 64}])
    with pytest.raises(DownloadError, match=r"failed verification \(sha256 .*expected 000000000000"):
        download(spec, endpoint=hub.hub_url)
    assert not (models_home() / "tiny-model" / "model.bin").exists()


def test_small_file_is_checked_against_its_git_blob_id(hub):
    hub.repos[REPO]["config.json"].corrupt = True
    with pytest.raises(DownloadError, match="config.json failed verification .git-sha1"):
        download(manifest([{"path": "config.json"}]), endpoint=hub.hub_url)


def test_dropped_connection_resumes_with_a_range_request(hub):
    hub.repos[REPO]["model.bin"].drop_after = [200_000]
    folder = download(manifest([{"path": "model.bin"}]), endpoint=hub.hub_url)
    assert (folder / "model.bin").read_bytes() == WEIGHTS
    ranges = [r.range for r in cdn_gets(hub)]
    assert ranges[0] is None and ranges[1] is not None and ranges[1].startswith("bytes=")
    assert int(ranges[1].removeprefix("bytes=").rstrip("-")) > 0


def test_cancel_keeps_partial_file_and_next_run_resumes(hub):
    spec = manifest([{"path": "model.bin"}])
    token = CancelToken()

    def cancel_midway(report: Progress) -> None:
        if report.done >= 200_000:
            token.cancel()

    with pytest.raises(Cancelled):
        download(spec, endpoint=hub.hub_url, progress=cancel_midway, cancel=token)
    part = models_home() / "tiny-model" / "model.bin.part"
    kept = part.stat().st_size
    assert 0 < kept < len(WEIGHTS)
    assert check(spec).state is State.INCOMPLETE

    reports: list[Progress] = []
    folder = download(spec, endpoint=hub.hub_url, progress=reports.append)
    assert (folder / "model.bin").read_bytes() == WEIGHTS
    assert cdn_gets(hub)[-1].range == f"bytes={kept}-"
    assert reports[0].done == kept


def test_resume_survives_a_server_that_ignores_ranges(hub):
    spec = manifest([{"path": "model.bin"}])
    token = CancelToken()
    with pytest.raises(Cancelled):
        download(spec, endpoint=hub.hub_url, progress=lambda r: token.cancel() if r.done > 100_000 else None,
                 cancel=token)
    hub.repos[REPO]["model.bin"].ignore_range = True
    reports: list[Progress] = []
    folder = download(spec, endpoint=hub.hub_url, progress=reports.append)
    assert (folder / "model.bin").read_bytes() == WEIGHTS
    assert reports[-1].done == len(WEIGHTS)


def test_offline_gives_one_clear_message(hub):
    closed = hub.hub_url  # a port nothing listens on once the hub is closed
    hub.close()
    with pytest.raises(DownloadError, match="cannot reach .* you seem to be offline"):
        download(manifest([{"path": "model.bin"}]), endpoint=closed)


def test_not_enough_disk_space_stops_before_downloading(hub, monkeypatch):
    monkeypatch.setattr(download_module, "free_bytes", lambda folder: 10_000)
    with pytest.raises(DownloadError, match="not enough disk space .* needs 68 MB and 10.0 kB is free"):
        download(manifest([{"path": "model.bin"}]), endpoint=hub.hub_url)
    assert cdn_gets(hub) == []


def test_optional_file_missing_upstream_is_fine(hub):
    spec = manifest([{"path": "model.bin"}, {"path": "spm.model", "optional": True}])
    download(spec, endpoint=hub.hub_url)
    assert check(spec, hashes=True).state is State.READY


def test_required_file_missing_upstream_names_the_manifest(hub):
    with pytest.raises(DownloadError, match="has no file 'weights.gguf' .*manifest tiny-model.json is out of date"):
        download(manifest([{"path": "weights.gguf"}]), endpoint=hub.hub_url)


def test_unknown_repository_is_reported(hub):
    spec = parse_manifest({"name": "x", "kind": "speech-ct2", "hub": {"repo_id": "nobody/nothing",
                                                                      "files": [{"path": "a"}]}}, Path("x.json"))
    with pytest.raises(DownloadError, match="has no repository nobody/nothing"):
        download(spec, endpoint=hub.hub_url)


def test_unwritable_models_folder_is_reported(hub):
    models_home().parent.mkdir(parents=True, exist_ok=True)
    models_home().write_text("not a folder")
    with pytest.raises(DownloadError, match="cannot write to .*set ERRAND_HOME to a writable folder"):
        download(manifest([{"path": "model.bin"}]), endpoint=hub.hub_url)


def test_hub_size_that_disagrees_with_the_manifest_is_refused(hub):
    with pytest.raises(DownloadError, match="is 600000 bytes on the hub but the manifest says 123"):
        download(manifest([{"path": "model.bin", "size": 123}]), endpoint=hub.hub_url)
    assert cdn_gets(hub) == []
