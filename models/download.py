"""Download a model's files from the Hugging Face hub (or a mirror) into its folder under ERRAND_HOME.

Uses huggingface_hub's own resolve-URL, metadata (HEAD) and ranged GET helpers, with Errand's folder layout so
partial files survive between runs: each file is fetched into `<file>.part` (beside it `<file>.part.json` holds
the ETag it belongs to) and resumed with an HTTP Range request next time. huggingface_hub itself retries a
dropped connection a few times from where it stopped. Every file is verified before it takes its final name:
against the manifest's sha256, else the hub's LFS sha256 (its ETag), else the git blob sha1 of small files.
The free disk space is checked before the first byte. Failures raise DownloadError with one line that says
what to do; cancellation raises Cancelled and keeps the partial files.

`download` is a plain blocking call: run it on a worker thread in the GUI and cancel it with a CancelToken.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.manifest import Manifest, ModelFile
from models.paths import hub_endpoint
from models.progress import Cancelled, CancelToken, ProgressCallback, ProgressTracker
from models.store import PART_SUFFIX, model_dir, read_record, write_record
from models.verify import sha256_file

SPACE_MARGIN = 64 * 1024 * 1024  # keep this much free beyond the download itself
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SHA1 = re.compile(r"[0-9a-f]{40}")


class DownloadError(Exception):
    """A download that cannot go on; the message is one line saying what to do."""


@dataclass(frozen=True)
class RemoteFile:
    entry: ModelFile
    url: str  # where to GET it (after the hub's redirect)
    size: int | None
    etag: str
    commit: str


def free_bytes(folder: Path) -> int:
    """Free space on the disk holding `folder` (or its nearest existing parent)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return shutil.disk_usage(probe).free


def download(manifest: Manifest, *, endpoint: str | None = None, progress: ProgressCallback | None = None,
             cancel: CancelToken | None = None, force: bool = False) -> Path:
    """Fetch every file of `manifest` that is not already there and verified; returns the model folder."""
    if manifest.hub is None:
        raise DownloadError(f"'{manifest.name}' is not downloaded from the hub; nothing to fetch")
    endpoint = (endpoint or hub_endpoint()).rstrip("/")
    folder = model_dir(manifest)
    _check_writable(folder, manifest.name)
    record = {} if force else (read_record(folder) or {}).get("files", {})
    remote = [r for r in (_resolve(manifest, e, endpoint) for e in manifest.hub.files) if r is not None]
    absent = {e.path for e in manifest.hub.files} - {r.entry.path for r in remote}
    todo = [r for r in remote if not _already_there(folder, r, record.get(r.entry.path))]
    _make_folder(folder, manifest.name)
    partial = {r.entry.path: _usable_part(folder, r) for r in todo}
    needed = sum((r.size or 0) - partial[r.entry.path] for r in todo)
    free = free_bytes(folder)
    if needed + SPACE_MARGIN > free:
        raise DownloadError(
            f"not enough disk space in {folder}: '{manifest.name}' needs {_mb(needed + SPACE_MARGIN)} and "
            f"{_mb(free)} is free; free some space or set ERRAND_HOME to a folder on a larger disk")
    total = sum(r.size or 0 for r in remote) if all(r.size is not None for r in remote) else None
    done = sum(r.size or 0 for r in remote if r not in todo) + sum(partial.values())
    tracker = ProgressTracker(total, done, progress)
    files: dict[str, dict[str, Any]] = {p: {"absent": True} for p in absent}
    for item in remote:
        if item in todo:
            files[item.entry.path] = _fetch(folder, item, tracker, cancel, manifest.name)
        else:
            files[item.entry.path] = record[item.entry.path]
    write_record(folder, manifest, remote[0].commit if remote else None, files)
    return folder


def _mb(count: int) -> str:
    return f"{count / 1e6:,.0f} MB" if count >= 1e6 else f"{count / 1e3:,.1f} kB"


def _check_writable(folder: Path, name: str) -> None:
    """Fail before any network traffic when the model folder cannot be created or written."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir() or not os.access(probe, os.W_OK | os.X_OK):
        reason = "not a folder" if not probe.is_dir() else "permission denied"
        raise DownloadError(f"cannot write to {probe} ({reason}): fix it or set ERRAND_HOME to a writable folder, "
                            f"then download '{name}' again")


def _make_folder(folder: Path, name: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".errand-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DownloadError(f"cannot write to {exc.filename or folder} ({exc.strerror or exc}): fix its permissions "
                            f"or set ERRAND_HOME to a writable folder, then download '{name}' again") from None


def _resolve(manifest: Manifest, entry: ModelFile, endpoint: str) -> RemoteFile | None:
    """HEAD the file's resolve URL; None for an optional file the repository does not have."""
    import httpx2
    from huggingface_hub import errors, get_hf_file_metadata, hf_hub_url

    assert manifest.hub is not None
    repo, revision = manifest.hub.repo_id, manifest.hub.revision
    url = hf_hub_url(repo, entry.path, revision=revision, endpoint=endpoint)
    retry = f"run `errand models download {manifest.name}` again"
    try:
        meta = get_hf_file_metadata(url, token=False, endpoint=endpoint)
    except errors.OfflineModeIsEnabled:
        raise DownloadError(f"offline mode is on (HF_HUB_OFFLINE): unset it to download '{manifest.name}'") from None
    except (httpx2.ConnectError, httpx2.TimeoutException):
        raise DownloadError(f"cannot reach {endpoint}: you seem to be offline; connect and {retry} "
                            "(finished and partial files are kept)") from None
    except errors.RemoteEntryNotFoundError:
        if entry.optional:
            return None
        raise DownloadError(f"{repo} has no file '{entry.path}' at revision {revision}: the manifest "
                            f"{manifest.origin.name} is out of date") from None
    except (errors.RepositoryNotFoundError, errors.RevisionNotFoundError):
        raise DownloadError(f"{endpoint} has no repository {repo} at revision {revision}: the manifest "
                            f"{manifest.origin.name} is out of date, or the hub endpoint is wrong") from None
    except errors.HfHubHTTPError as exc:
        status = exc.response.status_code if exc.response is not None else "an error"
        raise DownloadError(f"the hub answered {status} for {repo}/{entry.path}: try again later") from None
    if meta.commit_hash is None or meta.etag is None:
        raise DownloadError(f"{endpoint} does not answer like a Hugging Face hub (no commit or ETag for "
                            f"{entry.path}): check ERRAND_HUB_ENDPOINT / HF_ENDPOINT")
    if entry.size is not None and meta.size is not None and meta.size != entry.size:
        raise DownloadError(f"{repo}/{entry.path} is {meta.size} bytes on the hub but the manifest says "
                            f"{entry.size}: the manifest {manifest.origin.name} is out of date")
    return RemoteFile(entry, meta.location, meta.size if meta.size is not None else entry.size, meta.etag,
                      meta.commit_hash)


def _already_there(folder: Path, item: RemoteFile, recorded: dict[str, Any] | None) -> bool:
    target = folder / item.entry.path
    return (recorded is not None and recorded.get("etag") == item.etag and target.is_file()
            and target.stat().st_size == recorded.get("size"))


def _part_paths(folder: Path, item: RemoteFile) -> tuple[Path, Path]:
    part = folder / (item.entry.path + PART_SUFFIX)
    return part, part.with_name(part.name + ".json")


def _usable_part(folder: Path, item: RemoteFile) -> int:
    """Bytes of a partial file that belong to this exact remote file; a stale one is deleted."""
    part, state = _part_paths(folder, item)
    try:
        same = json.loads(state.read_text(encoding="utf-8")).get("etag") == item.etag
    except (OSError, ValueError, AttributeError):
        same = False
    size = part.stat().st_size if part.is_file() else 0
    if not same or (item.size is not None and size > item.size):
        part.unlink(missing_ok=True)
        return 0
    return size


def _fetch(folder: Path, item: RemoteFile, tracker: ProgressTracker, cancel: CancelToken | None,
           name: str) -> dict[str, Any]:
    import httpx2
    from huggingface_hub import errors
    from huggingface_hub.file_download import http_get
    from huggingface_hub.utils import build_hf_headers

    part, state = _part_paths(folder, item)
    part.parent.mkdir(parents=True, exist_ok=True)
    resumed = _usable_part(folder, item)
    state.write_text(json.dumps({"etag": item.etag, "commit": item.commit}), encoding="utf-8")
    tracker.file = item.entry.path
    tracker.emit()
    headers = build_hf_headers(token=False, library_name="errand")
    try:
        with open(part, "r+b" if resumed else "wb") as handle:
            handle.seek(0, 2)
            http_get(item.url, handle, resume_size=resumed, headers=headers, expected_size=item.size,
                     displayed_filename=item.entry.path, tqdm_class=_bar_class(tracker, cancel, resumed))
    except Cancelled:
        raise
    except (httpx2.HTTPError, errors.HfHubHTTPError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DownloadError(f"downloading {item.entry.path} failed ({reason}); run `errand models download "
                            f"{name}` again to resume") from None
    return _verify_and_place(folder, item, part, state, name)


def _expected_hash(item: RemoteFile) -> tuple[str, str] | None:
    if item.entry.sha256 is not None:
        return "sha256", item.entry.sha256
    if _SHA256.fullmatch(item.etag):
        return "sha256", item.etag  # the hub's ETag of an LFS file is its sha256
    if _SHA1.fullmatch(item.etag):
        return "git-sha1", item.etag  # the ETag of a small file is its git blob id
    return None


def git_blob_sha1(path: Path) -> str:
    digest = hashlib.sha1(f"blob {path.stat().st_size}\0".encode())
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _verify_and_place(folder: Path, item: RemoteFile, part: Path, state: Path, name: str) -> dict[str, Any]:
    sha256 = sha256_file(part)
    expected = _expected_hash(item)
    if expected is not None:
        algorithm, want = expected
        got = sha256 if algorithm == "sha256" else git_blob_sha1(part)
        if got != want:
            part.unlink(missing_ok=True)
            state.unlink(missing_ok=True)
            raise DownloadError(
                f"{item.entry.path} failed verification ({algorithm} {got[:12]}…, expected {want[:12]}…) and was "
                f"deleted: run `errand models download {name}` again; if it fails again the mirror or the "
                "manifest is wrong")
    target = folder / item.entry.path
    part.replace(target)
    state.unlink(missing_ok=True)
    return {"size": target.stat().st_size, "sha256": sha256, "etag": item.etag}


def _bar_class(tracker: ProgressTracker, cancel: CancelToken | None, resumed: int) -> type:
    """A stand-in for tqdm that huggingface_hub's http_get drives: counts bytes and honours cancellation."""

    class _Bar:
        def __init__(self, *args: Any, initial: int = 0, **kwargs: Any) -> None:
            if initial != resumed:  # the server ignored our Range request and the part file restarted
                tracker.done += initial - resumed

        def update(self, count: int) -> None:
            if cancel is not None and cancel.cancelled:
                raise Cancelled("download cancelled; run it again to resume")
            tracker.advance(count)

        def close(self) -> None:
            pass

        def __enter__(self) -> _Bar:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    return _Bar
