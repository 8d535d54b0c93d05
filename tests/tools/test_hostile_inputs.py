"""Hostile values fed to every tool, on the Linux and the macOS backends, through the real tool functions.

Each value goes into each argument of each tool in turn (the other arguments benign). The test proves:
- nothing reaches a shell: every subprocess gets an argument list and shell=False, os.system/os.popen are never
  used, and the canary file that every injection attempt would create never appears;
- nothing reaches AppleScript as code: every script osascript receives is one of the constant scripts in
  tools/macos/scripts.py (the values only travel in argv);
- files stay inside their folders: after all the calls, no file exists outside the notes, calendar, data and
  stand-in folders (path traversal in note, folder and calendar names is rejected or neutralised);
- no call crashes: each returns an observation or raises ToolError.

The external programs (osascript, mdfind, open, xdg-open, xdg-email, kdeconnect-cli) are tiny /bin/sh stand-ins
on PATH that record their argv (NUL-separated) and stdin, so that what they receive can be inspected.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tools.backends import Backends, ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.macos.scripts import ALL_SCRIPTS
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.spec import ToolSpec
from tools.undo import UndoJournal

CANARY_NAME = "INJECTED"


def hostile_values(canary: Path) -> list[str]:
    touch = f"touch {canary}"
    return [
        "O'Brien \"quoted\" \\ back\\\\slash",
        "line one\nline two\r\nline three",
        f"$({touch}) `{touch}`; {touch} && {touch} | cat; rm -rf ~",
        f'" & do shell script "{touch}" & "',
        f'"\n\tdo shell script "{touch}"\nend tell\n--',
        "-e",
        "../../../../../outside",
        "/etc/passwd",
        "%s %n {0} ${HOME} %(x)s Zoë 東京 🙂 \u202egnp.exe",
        "nul\x00byte",
        "",
    ]


_STANDIN = """#!/bin/sh
record=$(mktemp "$STANDIN_DIR/$(basename "$0").XXXXXX")
printf '%s\\0' "$@" > "$record"
case "$(basename "$0")" in
  osascript) cat > "$record.stdin" ;;
  kdeconnect-cli) [ "$1" = "--list-available" ] && echo phone1 ;;
esac
exit 0
"""
PROGRAMS = ("osascript", "mdfind", "open", "xdg-open", "xdg-email", "kdeconnect-cli", "thunderbird")


@dataclass
class Sandbox:
    root: Path
    records: Path
    notes: Path
    calendars: Path
    canary: Path

    def argvs(self) -> list[list[str]]:
        found = []
        for path in self.records.iterdir():
            if path.suffix != ".stdin" and "." in path.name:
                found.append(path.read_bytes().split(b"\0")[:-1])
        return [[part.decode("utf-8", "surrogateescape") for part in argv] for argv in found]

    def scripts(self) -> list[str]:
        return [p.read_text() for p in self.records.glob("osascript.*.stdin")]


@pytest.fixture
def sandbox(tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    bin_dir = tmp_path / "bin"
    records = tmp_path / "records"
    for folder in (bin_dir, records):
        folder.mkdir()
    for name in PROGRAMS:
        program = bin_dir / name
        program.write_text(_STANDIN)
        program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("STANDIN_DIR", str(records))
    root = tmp_path / "sandbox"
    box = Sandbox(root, records, root / "notes", root / "calendars", tmp_path / CANARY_NAME)
    box.notes.mkdir(parents=True)
    (box.notes / "x.md").write_text("existing\n")
    (home / "contacts.vcf").write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nN:Example;Ann;;;\r\nEMAIL:ann@example.org\r\n"
        "TEL;TYPE=cell:+15550100\r\nEND:VCARD\r\n")
    (home / "report.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    return box


@dataclass
class Guard:
    calls: list[tuple[Any, bool]]


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> Guard:
    """Record every subprocess and forbid the shell-based APIs outright (and skip fsync: durability is not
    what this test is about, and hundreds of fsyncs make it slow)."""
    monkeypatch.setattr(os, "fsync", lambda descriptor: None)
    guard = Guard([])
    original = subprocess.Popen.__init__

    def recording_init(self: subprocess.Popen, args: Any, *rest: Any, **kwargs: Any) -> None:
        guard.calls.append((args, bool(kwargs.get("shell", False))))
        original(self, args, *rest, **kwargs)

    def forbidden(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"a shell API was used: {args!r}")

    monkeypatch.setattr(subprocess.Popen, "__init__", recording_init)
    monkeypatch.setattr(os, "system", forbidden)
    monkeypatch.setattr(os, "popen", forbidden)
    return guard


def make_backends(box: Sandbox, home: Path, platform: str, journal: UndoJournal) -> Backends:
    config = ToolsConfig.from_dict({
        "contacts": {"vcard_paths": [str(home / "contacts.vcf")]},
        "calendar": {"folder": str(box.calendars)},
        "reminders": {"folder": str(box.calendars)},
        "notes": {"folder": str(box.notes)},
        "files": {"roots": [str(home)], "open_found": True},
        "zoom": {"service": "jitsi"},
    })
    return build_backends(config, secrets=SecretStore(), journal=journal, platform=platform)


_BENIGN: dict[str, Any] = {
    "start_date": "2026-12-01 10:00:00", "end_date": "", "due_date": "2026-12-02 09:00:00",
    "start_time": "2026-12-01 10:00:00", "invitees": ["ann@example.org"], "recipients": ["ann@example.org"],
    "cc": [], "meeting_invitees": ["ann@example.org"], "attachments": [], "file_name": "report.pdf",
    "pdf_path": "report.pdf", "name": "x", "folder": "", "transport": "d", "priority": 0, "all_day": False,
    "duration": 30, "due_before": "2026-12-03 00:00:00", "list_name": "",
}


def benign_arguments(spec: ToolSpec) -> list[Any]:
    values = [_BENIGN.get(arg.name, "x") for arg in spec.args]
    if spec.name == "send_sms":
        values[0] = ["+15550100"]
    return values


def hostile_variants(spec: ToolSpec, value: str) -> list[list[Any]]:
    """One argument list per str/list argument, with `value` in that position."""
    variants = []
    for index, arg in enumerate(spec.args):
        if arg.type in ("int", "bool"):
            continue
        arguments = benign_arguments(spec)
        arguments[index] = [value] if arg.is_list else value
        variants.append(arguments)
    return variants


def allowed_file(path: Path, box: Sandbox, home: Path, tmp_root: Path) -> bool:
    inside = (box.notes, box.calendars, box.records, tmp_root / "bin", home, Path(os.environ["ERRAND_HOME"]))
    return any(path.is_relative_to(folder) for folder in inside) or path.name == "undo.sqlite3"


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_hostile_values_never_run_as_code(platform: str, sandbox: Sandbox, guard: Guard, home: Path,
                                          tmp_path: Path, journal: UndoJournal):
    backends = make_backends(sandbox, home, platform, journal)
    values = hostile_values(sandbox.canary)
    crashes = []
    for spec in CATALOGUE:
        for value in values:
            for arguments in hostile_variants(spec, value):
                try:
                    observation = spec.function(backends, *arguments)
                    assert isinstance(observation, str)
                except ToolError:
                    pass
                except Exception as error:  # noqa: BLE001 - every other exception is a crash to report
                    crashes.append(f"{spec.name}{tuple(arguments)!r}: {type(error).__name__}: {error}")
    assert crashes == [], "\n".join(crashes)

    assert not sandbox.canary.exists(), "an injected command ran"
    assert guard.calls, "the backends were expected to run programs"
    for args, shell in guard.calls:
        assert not shell and isinstance(args, (list, tuple)), f"not an argument list: {args!r}"
    constants = set(ALL_SCRIPTS.values())
    scripts = sandbox.scripts()
    assert all(script in constants for script in scripts)
    if platform == "darwin":
        assert len(scripts) > 100  # the AppleScript backends really were exercised

    arguments = {part for argv in sandbox.argvs() for part in argv}
    for value in values:  # each value reached some program whole, as one argument: not split, not expanded
        if value and "\0" not in value:
            assert value in arguments, f"{value!r} never arrived as one whole argument"
    escaped = [p for p in tmp_path.rglob("*") if p.is_file() and not allowed_file(p, sandbox, home, tmp_path)]
    assert escaped == []
    assert (sandbox.notes / "x.md").read_text().startswith("existing\n")


def test_hostile_note_names_stay_inside_the_notes_folder(sandbox: Sandbox, home: Path, journal: UndoJournal):
    notes = make_backends(sandbox, home, "linux", journal).notes
    for name, folder in [("../../../../../outside", ""), ("/etc/passwd", ""), ("..\\..\\win", ""),
                         ("a/../../b", ""), ("n", ".."), ("n", "../.."), ("n", "/etc"), ("n", "a/../..")]:
        try:
            notes.create(name, "text", folder)
        except ToolError:
            continue
    created = [p for p in sandbox.root.parent.rglob("*.md")]
    assert len(created) > 1 and all(p.is_relative_to(sandbox.notes) for p in created)
    with pytest.raises(ToolError, match="not a notes folder name"):
        notes.create("n", "text", "../..")


def test_hostile_values_arrive_as_single_arguments(sandbox: Sandbox, home: Path, journal: UndoJournal):
    """The recorded argv shows each value whole: quotes, newlines and $(...) are data, not syntax."""
    backends = make_backends(sandbox, home, "darwin", journal)
    value = f'" & do shell script "touch {sandbox.canary}" & "\n$(id)`id`'
    with pytest.raises(ToolError):  # the stand-in returns nothing, so Notes says it cannot find the note
        backends.notes.open(value, value)
    backends.sms.send(("+15550100",), value)
    argvs = sandbox.argvs()
    assert ["-", value] in argvs  # NOTES_LIST gets the folder as its only argument
    assert ["-", value, "+15550100"] in argvs
    assert not sandbox.canary.exists()



def test_hostile_values_cannot_add_mail_recipients_or_headers(sandbox: Sandbox, home: Path, journal: UndoJournal):
    """Mail sent through a real SMTP server (aiosmtpd on loopback): every hostile value in every argument of
    compose_new_email either is refused or ends up as data, with the envelope and headers unchanged."""
    import email
    import socket
    from email.policy import default as default_policy

    from aiosmtpd.controller import Controller

    received: list[tuple[list[str], bytes]] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            received.append((list(envelope.rcpt_tos), envelope.original_content))
            return "250 OK"

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        config = ToolsConfig.from_dict({"mail": {"mode": "send", "address": "me@example.org",
                                                  "smtp_host": "127.0.0.1", "smtp_port": port,
                                                  "smtp_security": "none"}})
        backends = build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")
        spec = CATALOGUE["compose_new_email"]
        for value in hostile_values(sandbox.canary) + ["a@b.org\nBcc: evil@example.org", "x@y.org, evil@z.org"]:
            for arguments in hostile_variants(spec, value):
                try:
                    spec.function(backends, *arguments)
                except ToolError:
                    pass
    finally:
        controller.stop()
    assert received
    for recipients, data in received:
        message = email.message_from_bytes(data, policy=default_policy)
        assert recipients == ["ann@example.org"] and message["To"] == "ann@example.org"
        assert message["Cc"] is None and message["Bcc"] is None
        assert "\n" not in message["Subject"]
