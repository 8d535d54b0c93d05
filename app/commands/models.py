"""`errand models list | download NAME | verify [NAME] | remove NAME | add-endpoint NAME URL MODEL`.

Downloads run on a worker thread; Ctrl-C cancels through the same CancelToken the GUI's Cancel button uses,
and the partial files are kept so the next `download` resumes.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from typing import TextIO

from app.cli import CommandError
from models.download import DownloadError, download
from models.endpoints import delete_endpoint, save_endpoint
from models.manifest import (
    PROMPT_PROFILES,
    Kind,
    Manifest,
    ManifestError,
    find,
    load_all,
)
from models.onnx_runtime import telemetry_dir, telemetry_leftovers
from models.progress import Cancelled, CancelToken, Progress
from models.store import State, check, remove


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("models", help="list, download, verify and remove models")
    actions = parser.add_subparsers(dest="models_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every known model and its status").set_defaults(func=run_list)
    fetch = actions.add_parser("download", help="download a model (resumes a partial download)")
    fetch.add_argument("name")
    fetch.add_argument("--force", action="store_true", help="fetch every file again")
    fetch.add_argument("--endpoint", help="hub URL (default: ERRAND_HUB_ENDPOINT, HF_ENDPOINT or huggingface.co)")
    fetch.set_defaults(func=run_download)
    verify = actions.add_parser("verify", help="recompute file hashes (all installed models without NAME)")
    verify.add_argument("name", nargs="?")
    verify.set_defaults(func=run_verify)
    drop = actions.add_parser("remove", help="delete a downloaded model or a user-added endpoint")
    drop.add_argument("name")
    drop.set_defaults(func=run_remove)
    endpoint = actions.add_parser("add-endpoint", help="add an OpenAI-compatible planner endpoint")
    endpoint.add_argument("name")
    endpoint.add_argument("url", help="base URL, e.g. http://localhost:8080/v1")
    endpoint.add_argument("model", help="the model name the server expects")
    endpoint.add_argument("--profile", choices=PROMPT_PROFILES, default="tinyagent")
    endpoint.add_argument("--keyring-entry", help="keyring service holding the API key (see `errand secret`)")
    endpoint.set_defaults(func=run_add_endpoint)


def _manifests() -> list[Manifest]:
    manifests, problems = load_all()
    for problem in problems:
        print(f"warning: {problem.message}", file=sys.stderr)
    return manifests


def _named(name: str) -> Manifest:
    manifests = _manifests()
    manifest = find(name, manifests)
    if manifest is None:
        known = ", ".join(m.name for m in manifests)
        raise CommandError(f"no model named '{name}'; known models: {known}")
    return manifest


def _size(manifest: Manifest) -> str:
    if manifest.download_mb is None:
        return "-"
    return f"{manifest.download_mb / 1000:.1f} GB" if manifest.download_mb >= 1000 else f"{manifest.download_mb} MB"


def run_list(args: argparse.Namespace) -> int:
    rows = [("NAME", "KIND", "SIZE", "PROFILE", "STATUS")]
    notes = []
    for manifest in _manifests():
        status = check(manifest)
        rows.append((manifest.name, manifest.kind.value, _size(manifest), manifest.prompt_profile or "-",
                     status.state.value))
        if status.message and status.state is not State.NOT_INSTALLED:
            notes.append(f"{manifest.name}: {status.message}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    for note in notes:
        print(note)
    if leftovers := telemetry_leftovers():
        print(f"note: onnxruntime telemetry files from another program exist in {telemetry_dir()} "
              f"({', '.join(p.name for p in leftovers)}); Errand does not write them, you may delete them")
    return 0


def progress_line(progress: Progress, width: int = 28) -> str:
    """One terminal line: bar, percent, bytes, rate, time left and the current file."""
    fraction = progress.fraction
    filled = int(width * fraction) if fraction is not None else 0
    bar = "#" * filled + "-" * (width - filled)
    percent = f"{fraction * 100:5.1f}%" if fraction is not None else "  ?  "
    total = f"/{progress.total / 1e6:,.1f}" if progress.total else ""
    eta = time.strftime("%H:%M:%S", time.gmtime(progress.eta)) if progress.eta is not None else "--:--:--"
    return (f"[{bar}] {percent} {progress.done / 1e6:,.1f}{total} MB  {progress.rate / 1e6:,.1f} MB/s  "
            f"ETA {eta}  {progress.file}")


class TerminalBar:
    """Redraws one line on a terminal (at most 10 times a second); prints nothing when not a terminal."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self._last = 0.0

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if not self.live or (now - self._last < 0.1 and progress.done != progress.total):
            return
        self._last = now
        self.stream.write("\r" + progress_line(progress) + "\033[K")
        self.stream.flush()

    def finish(self) -> None:
        if self.live:
            self.stream.write("\n")
            self.stream.flush()


def run_download(args: argparse.Namespace) -> int:
    manifest = _named(args.name)
    if manifest.hub is None:
        raise CommandError(f"'{manifest.name}' is not downloaded: it is shipped with Errand or is an endpoint")
    token, bar = CancelToken(), TerminalBar()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["folder"] = download(manifest, endpoint=args.endpoint, progress=bar, cancel=token,
                                         force=args.force)
        except (DownloadError, Cancelled) as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=work, name=f"download-{manifest.name}", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.2)
    except KeyboardInterrupt:
        token.cancel()
        worker.join()
    bar.finish()
    error = outcome.get("error")
    if isinstance(error, Cancelled):
        print(f"errand: cancelled; run `errand models download {manifest.name}` to resume", file=sys.stderr)
        return 130
    if error is not None:
        raise CommandError(str(error))
    print(f"{manifest.name}: downloaded and verified in {outcome['folder']}")
    if manifest.kind is Kind.TOOLRAG_CHECKPOINT:
        print(f"convert it for Errand with: python -m training.export.toolrag_onnx {outcome['folder']} "
              "OUT_FOLDER [--int8] (needs the train extra)")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    targets = [_named(args.name)] if args.name else _manifests()
    failures = 0
    for manifest in targets:
        status = check(manifest)
        if status.state is State.NOT_INSTALLED and not args.name:
            continue
        if status.state is State.READY:
            status = check(manifest, hashes=True)
        line = status.state.value if not status.message else f"{status.state.value}: {status.message}"
        print(f"{manifest.name}: {line}")
        failures += not status.usable
    return 1 if failures else 0


def run_remove(args: argparse.Namespace) -> int:
    manifest = _named(args.name)
    try:
        if manifest.kind is Kind.PLANNER_ENDPOINT:
            path = delete_endpoint(manifest)
        else:
            path = remove(manifest)
    except (ValueError, OSError) as exc:
        raise CommandError(str(exc)) from None
    print(f"{manifest.name}: removed {path}")
    return 0


def run_add_endpoint(args: argparse.Namespace) -> int:
    if find(args.name, _manifests()) is not None:
        raise CommandError(f"a model named '{args.name}' exists already; pick another name")
    try:
        manifest = save_endpoint(args.name, args.url, args.model, args.profile, args.keyring_entry)
    except ManifestError as exc:
        raise CommandError(str(exc)) from None
    print(f"{manifest.name}: added ({manifest.origin})")
    return 0
