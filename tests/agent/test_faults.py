"""Faults survived, with a record (issue 26 point 4): one test per fault, end to end through a real Session.

Each request runs a several-step plan from a scripted planner against the real Linux backends
(`tools.platform.build_backends`) pointed at loopback servers and temporary folders. Whatever the fault, the
request ends normally with a message that says what to check and no traceback, the dependants of the failed step
are skipped, the history holds exactly what ran, what was done can be undone, and the same session takes the
next request. The planning checks that rewrite a plan from the request's words are off: the faults are in
running a plan, and the plans here must run exactly as written.

Already covered elsewhere: an SMTP server that never answers
(tests/tools/comms/test_mail_imap.py::test_a_hanging_smtp_server_times_out_and_the_message_is_kept).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from typing import Any

import caldav
import pytest

from agent.planning.backends.scripted import ScriptedBackend
from agent.planning.prompts import get_profile
from agent.record.history import HistoryStore, StepEntry
from agent.record.result import RequestResult
from agent.running.events import Approval, Event, NeedsApproval, StepFinished
from agent.session import Session, SessionConfig
from agent.setup.assembly import AssemblyError, build_session
from agent.setup.settings import Settings
from models.paths import models_home
from tools.catalogue import CATALOGUE
from tools.linux import caldav_backend
from tools.linux.caldav_backend import SECRET_SERVICE
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal

from ..tools.conftest import (
    RADICALE_PASSWORD,
    RADICALE_USER,
    RadicaleServer,
    _free_port,
    _wait_for,
    radicale,  # noqa: F401 (a fixture)
)

NOW = datetime(2026, 11, 20, 10, 0)
CARD_PLAN = ('1. create_calendar_event("Dentist", "2026-12-01 09:00:00", "", "", [], "", "")\n'
             '2. create_reminder("Bring the insurance card: $1", "2026-12-01 08:00:00", "", "", 0, False)\n'
             '3. create_note("Dentist", "$2", "")\n'
             "4. join()<END_OF_PLAN>")
EVENT_PLAN = ('1. create_calendar_event("Dentist", "2026-12-01 09:00:00", "", "", [], "", "")\n'
              '2. create_note("Dentist", "$1", "")\n'
              '3. create_note("Groceries", "milk", "")\n'
              "4. join()<END_OF_PLAN>")
NOTE_PLAN = '1. create_note("Afterwards", "still here", "")\n2. join()<END_OF_PLAN>'


def approve(request: NeedsApproval) -> Approval:
    return Approval(True)


@dataclass
class Rig:
    """Settings, undo journal and history in a temporary folder; `session()` wires the real backends."""

    root: Path
    settings: Settings
    journal: UndoJournal
    history: HistoryStore

    def session(self, *plans: str, step_timeout: float = 60.0) -> Session:
        backends = build_backends(self.settings.tools, secrets=SecretStore(), journal=self.journal,
                                  opener=lambda target: None)
        config = SessionConfig(enabled_apps=self.settings.enabled_apps, grammar=False, replan_budget=0,
                               step_timeout=step_timeout, resolve_dates=False, request_texts=False,
                               scope_check=False, read_routes=False)
        return Session(registry=CATALOGUE, backends=backends, selector=None, retriever=None,
                       profile=get_profile("errand-compact"), planner=ScriptedBackend(list(plans)), config=config,
                       history=self.history)

    def steps(self, result: RequestResult) -> list[StepEntry]:
        """The steps the history recorded for the request's only round."""
        found = self.history.details(result.request_id)
        assert found is not None, "the request is missing from the history"
        _, rounds = found
        assert len(rounds) == 1
        return rounds[0].steps

    def notes(self) -> list[str]:
        return sorted(path.stem for path in (self.root / "notes").glob("*.md"))


@pytest.fixture
def rig(tmp_path: Path, memory_keyring: Any) -> Rig:
    SecretStore().set(SECRET_SERVICE, RADICALE_USER, RADICALE_PASSWORD)
    settings = Settings()
    settings.tools.notes.folder = str(tmp_path / "notes")
    settings.tools.calendar.folder = str(tmp_path / "calendars")
    settings.tools.reminders.folder = str(tmp_path / "calendars")
    settings.tools.contacts.vcard_paths = [str(tmp_path / "contacts.vcf")]
    settings.tools.files.roots = [str(tmp_path)]
    return Rig(tmp_path, settings, UndoJournal(tmp_path / "undo.sqlite3"), HistoryStore(tmp_path / "history.sqlite3"))


def use_caldav(settings: Settings, app: str, url: str, collection: str) -> None:
    """Point the calendar or the reminders at a CalDAV server, with `collection` as the default one."""
    config = settings.tools.calendar if app == "calendar" else settings.tools.reminders
    config.backend, config.caldav_url, config.caldav_user = "caldav", url, RADICALE_USER
    if app == "calendar":
        settings.tools.calendar.default_calendar = collection
    else:
        settings.tools.reminders.default_list = collection


def dav_principal(server: RadicaleServer) -> Any:
    return caldav.DAVClient(server.url, username=server.user, password=server.password).principal()


@pytest.fixture
def work_calendar(radicale: RadicaleServer) -> Iterator[Any]:  # noqa: F811 (the fixture imported above)
    """A fresh events calendar on the shared Radicale server."""
    calendar = dav_principal(radicale).make_calendar(name=f"Work {uuid.uuid4().hex[:6]}",
                                                     supported_calendar_component_set=["VEVENT"])
    yield calendar
    calendar.delete()


@dataclass
class OwnRadicale:
    """A Radicale server this test may stop."""

    server: RadicaleServer
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture
def doomed_radicale(tmp_path: Path) -> Iterator[OwnRadicale]:
    folder = tmp_path / "doomed-radicale"
    folder.mkdir()
    port = _free_port()
    (folder / "users").write_text(f"{RADICALE_USER}:{RADICALE_PASSWORD}\n")
    (folder / "config").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
        f"delay = 0\n[storage]\nfilesystem_folder = {folder / 'collections'}\n"
        "[rights]\ntype = owner_only\n[logging]\nlevel = warning\n")
    log = folder / "radicale.log"
    with log.open("wb") as sink:
        process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(folder / "config")],
                                   stdout=sink, stderr=sink)
    own = OwnRadicale(RadicaleServer(f"http://127.0.0.1:{port}/", RADICALE_USER, RADICALE_PASSWORD), process)
    try:
        _wait_for(port, process, log)
        yield own
    finally:
        if process.poll() is None:
            own.stop()


@pytest.fixture
def junk_server() -> Iterator[str]:
    """An HTTP server that answers every request with 200 and a body that is not WebDAV XML."""

    class Junk(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def answer(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            body = b"%%% <<<garbage \x00\xff"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_PUT = do_PROPFIND = do_REPORT = do_OPTIONS = do_DELETE = answer

    server = ThreadingHTTPServer(("127.0.0.1", 0), Junk)
    thread = Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A port whose connections complete (the kernel's listen queue) but never get a byte back: a hung server."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    finally:
        listener.close()


def assert_readable(message: str) -> None:
    """A message for a person: no traceback, no bare exception of Python's."""
    assert "Traceback" not in message and 'File "' not in message
    assert "AttributeError" not in message and "NoneType" not in message


def assert_still_up(rig: Rig, session: Session) -> None:
    """The same session answers the next request."""
    result = session.handle("note that I am still here", sink=lambda event: None, approver=approve, now=NOW)
    assert result.status == "answered", result.answer
    assert "Afterwards" in rig.notes()


def test_a_server_that_dies_mid_plan_stops_the_dependants_and_what_ran_can_be_undone(
        rig: Rig, radicale: RadicaleServer, work_calendar: Any, doomed_radicale: OwnRadicale) -> None:  # noqa: F811
    dying = dav_principal(doomed_radicale.server).make_calendar(name="Errands",
                                                                supported_calendar_component_set=["VTODO"])
    assert dying.todos() == []  # the reminders' server is up when the request starts
    use_caldav(rig.settings, "calendar", radicale.url, work_calendar.get_display_name())
    use_caldav(rig.settings, "reminders", doomed_radicale.server.url, "Errands")
    session = rig.session(CARD_PLAN, NOTE_PLAN)

    def sink(event: Event) -> None:
        # The coordinator publishes step 1's end before it starts step 2, which needs step 1's result.
        if isinstance(event, StepFinished) and event.index == 1:
            doomed_radicale.stop()

    result = session.handle("dentist on 1 December at 9, a reminder to bring the card, and a note",
                            sink=sink, approver=approve, now=NOW)

    assert result.status == "answered"
    assert_readable(result.answer)
    assert f"Cannot reach the CalDAV server {doomed_radicale.server.url}" in result.answer
    assert "Check that it is running" in result.answer
    assert "Not run because step 2 (`create_reminder`) failed." in result.answer
    steps = rig.steps(result)
    assert [(s.step, s.tool, s.outcome) for s in steps] == [
        (1, "create_calendar_event", "ok"), (2, "create_reminder", "failed"), (3, "create_note", "skipped")]
    assert steps[0].observation.startswith("Event 'Dentist' on 2026-12-01 09:00-10:00")
    assert steps[1].observation.startswith(f"Error: Cannot reach the CalDAV server {doomed_radicale.server.url}")
    assert len(work_calendar.events()) == 1 and rig.notes() == []

    assert rig.journal.undo_last().startswith("Deleted ")  # what `errand undo` does
    assert work_calendar.events() == []
    assert_still_up(rig, session)


def test_a_server_that_answers_garbage_is_a_message_that_says_what_to_check(rig: Rig, junk_server: str) -> None:
    use_caldav(rig.settings, "calendar", junk_server, "Work")
    session = rig.session(EVENT_PLAN, NOTE_PLAN)

    result = session.handle("dentist on 1 December at 9 with a note, and a groceries note", sink=lambda e: None,
                            approver=approve, now=NOW)

    assert result.status == "answered"
    assert_readable(result.answer)
    assert (f"The CalDAV server {junk_server} gave an answer Errand cannot read when asked to list the calendars"
            in result.answer)
    assert "Check that the URL in settings is your calendar server's CalDAV address." in result.answer
    assert [(s.step, s.outcome) for s in rig.steps(result)] == [(1, "failed"), (2, "skipped"), (3, "ok")]
    assert rig.notes() == ["Groceries"]
    assert rig.journal.entries()[0].description.startswith("Created note")  # only what ran is undoable
    assert len(rig.journal.entries()) == 1
    assert_still_up(rig, session)


@pytest.mark.parametrize("limit", ["step", "network"])
def test_a_server_that_hangs_times_out_and_says_so(rig: Rig, silent_server: str, limit: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`step`: the step timeout from the settings runs out first; `network`: the CalDAV client's own timeout
    (the default case, 15 s against the step's 60 s)."""
    if limit == "network":
        monkeypatch.setattr(caldav_backend, "TIMEOUT_SECONDS", 1)
    use_caldav(rig.settings, "calendar", silent_server, "Work")
    session = rig.session(EVENT_PLAN, NOTE_PLAN, step_timeout=1.0 if limit == "step" else 60.0)

    started = time.monotonic()
    result = session.handle("dentist on 1 December at 9 with a note, and a groceries note", sink=lambda e: None,
                            approver=approve, now=NOW)
    waited = time.monotonic() - started

    assert 1.0 <= waited < 30  # the timeout ran out, and nothing waited for the hung server beyond it
    assert result.status == "answered"
    assert_readable(result.answer)
    said = {"step": "`create_calendar_event` did not finish within 1 second.",
            "network": f"The CalDAV server {silent_server} did not answer within 1 seconds when asked to list the "
                       "calendars. Check that it is running and responding, then try again."}[limit]
    assert said in result.answer
    assert [(s.step, s.outcome) for s in rig.steps(result)] == [(1, "failed"), (2, "skipped"), (3, "ok")]
    assert rig.notes() == ["Groceries"]
    assert_still_up(rig, session)


def truncated_copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    with target.open("r+b") as handle:
        handle.truncate(target.stat().st_size * 2 // 3)
    return target


def test_a_truncated_planner_file_is_one_line_naming_it_and_the_fix_and_the_cli_stays_up(
        tiny_gguf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    installed = truncated_copy(tiny_gguf, models_home() / "tinyagent-1.1b" / "model.gguf")  # as if downloaded
    settings = Settings()
    settings.planner.model_path = str(installed)
    with pytest.raises(AssemblyError) as error:
        build_session(settings, execute=False, toolrag=False)
    message = str(error.value)
    assert len(message.splitlines()) == 1 and message.startswith(f"{installed} is truncated (")
    assert message.endswith("; download it again (run `errand models verify tinyagent-1.1b`; if it is damaged, "
                            "`errand models download tinyagent-1.1b --force`)")

    own = truncated_copy(tiny_gguf, tmp_path / "mine.gguf")  # a file of the user's: only "download it again"
    code = main(["plan", "text Ann", "--tools", "send_sms", "--model", str(own)])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert err.startswith(f"errand: {own} is truncated (") and err.rstrip().endswith("; download it again")
    assert len(err.strip().splitlines()) == 1
