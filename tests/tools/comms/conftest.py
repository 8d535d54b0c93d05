"""Servers and stand-ins for the mail, SMS, meeting and macOS tests.

- `smtp`: a real SMTP server (aiosmtpd) on loopback with AUTH (alice / secret) and the messages it received.
- `dovecot`: a real IMAP server (Dovecot from Debian) on loopback, one per session, run from a generated
  config in a temporary folder: passwd-file user alice / secret, plaintext auth, Maildir. `imap` empties the
  mailbox before each test and offers `deliver()` to put messages into the inbox (over IMAP APPEND).
- `tls_certificate`: a self-signed certificate for 127.0.0.1; `trust_tls` makes Python's default SSL context trust
  it (SSL_CERT_FILE), so the STARTTLS/SSL code paths run exactly as they do against a real provider.
- `smtp_starttls`: a second aiosmtpd server that requires STARTTLS before AUTH. Dovecot also offers STARTTLS on
  its plain port and IMAP over SSL on `dovecot.ssl_port`.
- `zoom_api`: a local HTTP server speaking the two Zoom endpoints Errand uses (create and delete a meeting).
- `mail_client`: the real xdg-email (xdg-utils) with a recording program registered as the desktop's mailto:
  handler, so a test sees the mailto: URL a real mail client would receive.
- `kdeconnect` / `osascript`: recording stand-ins put on PATH (these programs cannot run here); each records
  its argv (and osascript its stdin script) as JSON lines and answers as the real program does.
"""

from __future__ import annotations

import imaplib
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "alice"
PASSWORD = "secret"
ADDRESS = "alice@example.org"
STANDINS = Path(__file__).with_name("standins")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# TLS ----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TlsCertificate:
    cert: Path
    key: Path


@pytest.fixture(scope="session")
def tls_certificate() -> Iterator[TlsCertificate]:
    import ipaddress
    from datetime import timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = Path(tempfile.mkdtemp(prefix="errand-tls-"))
    folder.chmod(0o755)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    files = TlsCertificate(folder / "cert.pem", folder / "key.pem")
    files.cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()))
    files.key.chmod(0o644)  # Dovecot's config process reads it; the folder is private to this test run
    try:
        yield files
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def trust_tls(tls_certificate: TlsCertificate, monkeypatch: pytest.MonkeyPatch) -> TlsCertificate:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_certificate.cert))
    return tls_certificate


# SMTP ---------------------------------------------------------------------------------------------------------

@dataclass
class SmtpInbox:
    host: str
    port: int
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)  # (mail from, rcpt tos, data)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() and \
        auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpInbox]:
    inbox = SmtpInbox("127.0.0.1", free_port())
    controller = Controller(inbox, hostname=inbox.host, port=inbox.port, authenticator=_authenticate,
                            auth_required=True, auth_require_tls=False)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def smtp(smtp_server: SmtpInbox) -> SmtpInbox:
    smtp_server.received.clear()
    return smtp_server


@pytest.fixture
def smtp_starttls(tls_certificate: TlsCertificate) -> Iterator[SmtpInbox]:
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tls_certificate.cert, tls_certificate.key)
    inbox = SmtpInbox("127.0.0.1", free_port())
    controller = Controller(inbox, hostname=inbox.host, port=inbox.port, authenticator=_authenticate,
                            auth_required=True, tls_context=context, require_starttls=True)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


# IMAP (Dovecot) -----------------------------------------------------------------------------------------------

_DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    auto = create
    special_use = \\Drafts
  }}
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {ssl_port}
    ssl = yes
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
"""


def _dovecot_identity() -> dict[str, Any]:
    """As root Dovecot needs its unprivileged users (the Debian package makes them); otherwise it runs as us."""
    if os.geteuid() != 0:
        import grp
        import pwd

        me, group = pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name
        return {"internal_user": me, "internal_group": group, "login_user": me, "uid": os.getuid(),
                "gid": os.getgid()}
    import pwd

    dovecot = pwd.getpwnam("dovecot")
    return {"internal_user": "dovecot", "internal_group": "dovecot", "login_user": "dovenull",
            "uid": dovecot.pw_uid, "gid": dovecot.pw_gid}


@dataclass
class DovecotServer:
    host: str
    port: int
    ssl_port: int
    root: Path

    def login(self) -> imaplib.IMAP4:
        connection = imaplib.IMAP4(self.host, self.port, timeout=10)
        connection.login(USER, PASSWORD)
        return connection

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _wait_for_port(port: int, process: subprocess.Popen[bytes], describe: Any) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {describe()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the server did not start: {describe()}")


@pytest.fixture(scope="session")
def dovecot(tls_certificate: TlsCertificate) -> Iterator[DovecotServer]:
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd; scripts/system-deps test does it)")
    # Not under pytest's basetemp: that folder is private to us, and as root Dovecot's users must reach it.
    root = Path(tempfile.mkdtemp(prefix="errand-dovecot-"))
    root.chmod(0o755)
    identity = _dovecot_identity()
    for sub in ("run", "state", "home"):
        (root / sub).mkdir()
    os.chown(root / "home", identity["uid"], identity["gid"])
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
    port, ssl_port = free_port(), free_port()
    (root / "dovecot.conf").write_text(_DOVECOT_CONF.format(
        root=root, port=port, ssl_port=ssl_port, cert=tls_certificate.cert, key=tls_certificate.key, **identity))
    process = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    server = DovecotServer("127.0.0.1", port, ssl_port, root)
    try:
        _wait_for_port(port, process, server.log)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class ImapAccount:
    server: DovecotServer

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    def deliver(self, sender: str, subject: str, body: str, *, date: datetime, message_id: str,
                to: str = ADDRESS, references: str = "", arrived: datetime | None = None) -> None:
        """Append a message to INBOX; it arrived at `arrived` (default: its Date header)."""
        message = EmailMessage()
        message["From"] = sender
        message["To"] = to
        message["Subject"] = subject
        message["Date"] = format_datetime(date)
        message["Message-ID"] = message_id
        if references:
            message["References"] = references
        message.set_content(body)
        connection = self.server.login()
        try:
            stamp = imaplib.Time2Internaldate((arrived or date).timestamp())
            connection.append("INBOX", None, stamp, message.as_bytes())
        finally:
            connection.logout()

    def messages(self, folder: str) -> list[bytes]:
        connection = self.server.login()
        try:
            connection.select(f'"{folder}"', readonly=True)
            _, data = connection.uid("SEARCH", "ALL")
            found = []
            for uid in (data[0] or b"").split():
                _, parts = connection.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
                found += [part[1] for part in parts if isinstance(part, tuple)]
            return found
        finally:
            connection.logout()

    def clear(self) -> None:
        connection = self.server.login()
        try:
            for folder in ("INBOX", "Drafts"):
                _, count = connection.select(f'"{folder}"')
                if int(count[0] or 0):
                    connection.store("1:*", "+FLAGS", r"(\Deleted)")
                    connection.expunge()
        finally:
            connection.logout()


@pytest.fixture
def imap(dovecot: DovecotServer) -> ImapAccount:
    account = ImapAccount(dovecot)
    account.clear()
    return account


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


# Zoom ---------------------------------------------------------------------------------------------------------

VALID_TOKEN = "zoom-test-token"


@dataclass
class ZoomApi:
    base: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    meetings: dict[int, dict[str, Any]] = field(default_factory=dict)


def _zoom_handler(api: ZoomApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _answer(self, status: int, body: dict[str, Any] | None) -> None:
            raw = json.dumps(body).encode() if body is not None else b""
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def _authorised(self) -> bool:
            if self.headers.get("Authorization") == f"Bearer {VALID_TOKEN}":
                return True
            self._answer(401, {"code": 124, "message": "Invalid access token."})
            return False

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            api.requests.append({"method": "POST", "path": self.path, "body": body,
                                 "authorization": self.headers.get("Authorization")})
            if not self._authorised():
                return
            if self.path != "/v2/users/me/meetings":
                self._answer(404, {"code": 1001, "message": "User does not exist."})
                return
            meeting_id = 85000000000 + len(api.meetings) + 1
            meeting = {"id": meeting_id, "topic": body.get("topic"), "start_time": body.get("start_time"),
                       "duration": body.get("duration"), "join_url": f"https://zoom.example/j/{meeting_id}"}
            api.meetings[meeting_id] = meeting
            self._answer(201, meeting)

        def do_DELETE(self) -> None:
            api.requests.append({"method": "DELETE", "path": self.path})
            if not self._authorised():
                return
            meeting_id = int(self.path.rsplit("/", 1)[-1])
            if api.meetings.pop(meeting_id, None) is None:
                self._answer(404, {"code": 3001, "message": "Meeting does not exist."})
                return
            self._answer(204, None)

    return Handler


@pytest.fixture
def zoom_api() -> Iterator[ZoomApi]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _zoom_handler(ZoomApi("")))
    api = ZoomApi(f"http://127.0.0.1:{server.server_address[1]}/v2")
    server.RequestHandlerClass = _zoom_handler(api)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()


# Recording stand-ins on PATH ----------------------------------------------------------------------------------

@dataclass
class StandIn:
    """A stand-in program on PATH: `calls()` are its recorded invocations; `answer()` queues its replies."""

    folder: Path
    name: str

    @property
    def record(self) -> Path:
        return self.folder / f"{self.name}.calls.jsonl"

    @property
    def replies(self) -> Path:
        return self.folder / f"{self.name}.replies.json"

    def calls(self) -> list[dict[str, Any]]:
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text().splitlines() if line]

    def answer(self, *replies: dict[str, Any]) -> None:
        """Replies used in order, one per call: {"stdout": ..., "stderr": ..., "rc": ...}."""
        self.replies.write_text(json.dumps(list(replies)))


def install_standin(folder: Path, name: str, source: Path, monkeypatch: pytest.MonkeyPatch) -> StandIn:
    program = folder / name
    program.write_text(f"#!{sys.executable}\n" + source.read_text())
    program.chmod(program.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("STANDIN_DIR", str(folder))
    monkeypatch.setenv("STANDIN_SOURCES", str(STANDINS))
    return StandIn(folder, name)


@pytest.fixture
def standin_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    return folder


@pytest.fixture
def kdeconnect(standin_dir: Path, monkeypatch: pytest.MonkeyPatch) -> StandIn:
    """Devices: KDECONNECT_DEVICES (comma-separated reachable ids) — set with `monkeypatch.setenv`."""
    monkeypatch.setenv("KDECONNECT_DEVICES", "phone1")
    return install_standin(standin_dir, "kdeconnect-cli", STANDINS / "kdeconnect_cli.py", monkeypatch)


@pytest.fixture
def osascript(standin_dir: Path, monkeypatch: pytest.MonkeyPatch) -> StandIn:
    return install_standin(standin_dir, "osascript", STANDINS / "osascript.py", monkeypatch)


@pytest.fixture
def xdg_email(standin_dir: Path, monkeypatch: pytest.MonkeyPatch) -> StandIn:
    return install_standin(standin_dir, "xdg-email", STANDINS / "recorder.py", monkeypatch)


# The real xdg-email, with a recording mailto: handler ------------------------------------------------------

_MAILTO_HANDLER = """[Desktop Entry]
Type=Application
Name=Errand test mail client
Exec={program} %u
MimeType=x-scheme-handler/mailto;
"""


@dataclass
class MailClientRecorder:
    record: Path

    def received(self) -> dict[str, list[str]]:
        """The mailto: URL the mail client was started with, as {"to": [...], "cc": [...], "subject": [...]...}."""
        deadline = time.monotonic() + 30
        while not self.record.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        return mailto_fields(self.record.read_bytes().split(b"\0")[0].decode())


@pytest.fixture
def mail_client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MailClientRecorder:
    if shutil.which("xdg-email") is None:
        pytest.skip("xdg-email is not installed (apt-get install xdg-utils; scripts/system-deps test does it)")
    data, config = tmp_path / "xdg-data", Path(os.environ["XDG_CONFIG_HOME"])
    (data / "applications").mkdir(parents=True)
    record = tmp_path / "mail-client.argv"
    program = tmp_path / "mail-client"
    program.write_text(f"#!/bin/sh\nprintf '%s\\0' \"$@\" > {record}\n")
    program.chmod(0o755)
    (data / "applications" / "errand-test-mail.desktop").write_text(_MAILTO_HANDLER.format(program=program))
    config.mkdir(parents=True, exist_ok=True)
    (config / "mimeapps.list").write_text("[Default Applications]\nx-scheme-handler/mailto=errand-test-mail.desktop\n")
    monkeypatch.setenv("XDG_DATA_DIRS", str(data))
    monkeypatch.setenv("DISPLAY", ":errand-test")  # xdg-open only starts handlers inside a graphical session
    for variable in ("XDG_CURRENT_DESKTOP", "DE", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID",
                     "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "BROWSER"):
        monkeypatch.delenv(variable, raising=False)
    return MailClientRecorder(record)


def mailto_fields(uri: str) -> dict[str, list[str]]:
    """The fields of the mailto: URI Errand hands to xdg-email, decoded ("to" from the path)."""
    scheme, _, rest = uri.partition(":")
    assert scheme == "mailto"
    path, _, query = rest.partition("?")
    fields = {"to": [unquote(address) for address in path.split(",") if address]}
    fields.update({name: values for name, values in parse_qs(query, keep_blank_values=True).items()})
    return fields
