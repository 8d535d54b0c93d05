"""Fixtures for the tool backends.

- `home`: HOME points at a temporary folder for every test here (plus ERRAND_HOME/XDG from the root conftest).
- `memory_keyring`: an in-memory keyring backend installed with keyring.set_keyring, restored afterwards.
- `recorder`: an opener that records targets instead of launching applications.
- `journal`: an undo journal in the temporary data folder, with the file undo handlers registered.
- `radicale`: a real Radicale server on loopback (htpasswd auth, user alice / password secret), one per session.
- `dead_url`: an http URL on loopback where nothing listens.
- `make_pdf`: writes a real PDF (reportlab), one list of text lines per page.
- `osascript_recorder`: the recording stand-in osascript of tests/tools/comms/standins on PATH (it refuses a script
  that fails the structure check); `answer()` queues its outputs, `calls()` gives (script name, argv after '-').
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tools.fileops import register_file_undo
from tools.macos.scripts import ALL_SCRIPTS
from tools.undo import UndoJournal

RADICALE_USER = "alice"
RADICALE_PASSWORD = "secret"


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("HOME", str(folder))
    return folder



@dataclass
class Recorder:
    opened: list[str] = field(default_factory=list)

    def __call__(self, target: str) -> None:
        self.opened.append(target)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def journal(tmp_path: Path) -> UndoJournal:
    journal = UndoJournal(tmp_path / "undo.sqlite3")
    register_file_undo(journal)
    return journal


@dataclass(frozen=True)
class RadicaleServer:
    url: str
    user: str
    password: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Radicale exited: {log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"Radicale did not start: {log.read_text()}")


@pytest.fixture
def dead_url() -> str:
    return f"http://127.0.0.1:{_free_port()}/"


def _write_pdf(path: Path, pages: list[list[str]]) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 800
        for line in lines:
            pdf.drawString(40, y, line)
            y -= 14
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def make_pdf() -> Callable[[Path, list[list[str]]], Path]:
    return _write_pdf


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    folder = tmp_path_factory.mktemp("radicale")
    port = _free_port()
    (folder / "users").write_text(f"{RADICALE_USER}:{RADICALE_PASSWORD}\n")
    (folder / "config").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
        "delay = 0\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
        "[rights]\ntype = owner_only\n[logging]\nlevel = warning\n"
    )
    log = folder / "radicale.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(folder / "config")], stdout=sink, stderr=sink,
        )
    try:
        _wait_for(port, process, log)
        yield RadicaleServer(f"http://127.0.0.1:{port}/", RADICALE_USER, RADICALE_PASSWORD)
    finally:
        process.terminate()
        process.wait(timeout=10)


STANDINS = Path(__file__).parent / "comms" / "standins"


@dataclass(frozen=True)
class OsascriptRecorder:
    folder: Path

    def answer(self, *stdouts: str) -> None:
        self.replies([{"stdout": text} for text in stdouts])

    def replies(self, replies: list[dict[str, object]]) -> None:
        """Each call's {"stdout", "stderr", "rc"}, in order."""
        (self.folder / "osascript.replies.json").write_text(json.dumps(replies))

    def calls(self) -> list[tuple[str, list[str]]]:
        """(script name, argv after '-') per call; each script must be one of the constants."""
        record = self.folder / "osascript.calls.jsonl"
        names = {text: name for name, text in ALL_SCRIPTS.items()}
        found = []
        for line in (record.read_text().splitlines() if record.exists() else []):
            call = json.loads(line)
            assert call["argv"][0] == "-" and call["script"] in names
            found.append((names[call["script"]], call["argv"][1:]))
        return found


@pytest.fixture
def osascript_recorder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> OsascriptRecorder:
    folder = tmp_path / "osascript-bin"
    folder.mkdir()
    program = folder / "osascript"
    program.write_text(f"#!{sys.executable}\n" + (STANDINS / "osascript.py").read_text())
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("STANDIN_DIR", str(folder))
    monkeypatch.setenv("STANDIN_SOURCES", str(STANDINS))
    return OsascriptRecorder(folder)


@pytest.fixture
def berlin_time() -> Iterator[None]:
    """Local time is Europe/Berlin (UTC+1 in winter, UTC+2 in May) so that zoned and UTC times visibly convert."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    yield
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


def write_items(folder: Path, items: dict[str, bytes]) -> Path:
    """A vdir folder holding `items` (relative path -> bytes); the folder."""
    for name, data in items.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder

