"""Opening a filled-in compose window in the user's mail client, where they read, edit and send it.

Commands are argument lists (never a shell). Addresses are checked so that none can pose as an option.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from tools.addresses import checked_address
from tools.argv import checked_argv
from tools.backends import ToolError
from tools.paths import cache_dir

MailClient = Literal["xdg-email", "thunderbird"]

BODY_FILE_TTL_S = 3600.0
LAUNCH_WAIT_S = 10.0
"""How long to wait for the launcher to report a failure; a client still running then has its window open."""


def checked_attachment(path: Path) -> Path:
    checked_argv([str(path)])
    resolved = path.expanduser().resolve()
    if not resolved.is_file():
        raise ToolError(f"Attachment {str(path)!r} is not a file; find it with open_and_get_file_path.",
                        fixable=True)
    return resolved


def xdg_email_argv(
    recipients: tuple[str, ...], cc: tuple[str, ...], subject: str, body: str, attachments: tuple[Path, ...]
) -> list[str]:
    """Addresses, subject and body travel in one mailto: URI that Errand builds and percent-encodes itself, so
    no value can be read as an option of xdg-email ("--help" as a subject) or add a field ("?bcc=" in an
    address). Attachments are absolute paths (they start with "/"), passed with --attach."""
    argv = ["xdg-email", "--utf8"]
    for path in attachments:
        argv += ["--attach", str(checked_attachment(path))]
    return argv + [mailto_uri(recipients, cc, " ".join(subject.split()), body)]


def mailto_uri(recipients: tuple[str, ...], cc: tuple[str, ...], subject: str, body: str) -> str:
    """An RFC 6068 mailto: URI; empty fields are left out (xdg-email refuses an empty value), and the body's line
    breaks are CRLF as the RFC asks."""
    to = ",".join(quote(checked_address(a), safe="@") for a in recipients)
    crlf_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    fields = [("cc", ",".join(checked_address(a) for a in cc)), ("subject", subject), ("body", crlf_body)]
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields if value)
    return f"mailto:{to}" + (f"?{query}" if query else "")


def thunderbird_argv(
    recipients: tuple[str, ...], cc: tuple[str, ...], subject: str, body_file: Path, attachments: tuple[Path, ...]
) -> list[str]:
    """Thunderbird's -compose field list; values are single-quoted there, so the body travels in a file
    (message=...) and a quote in the subject becomes a typographic apostrophe."""
    fields = [
        f"to='{','.join(checked_address(a) for a in recipients)}'",
        f"subject='{' '.join(subject.split()).replace(chr(39), chr(8217))}'",
        f"message='{body_file}'",
    ]
    if cc:
        fields.append(f"cc='{','.join(checked_address(a) for a in cc)}'")
    if attachments:
        files = ",".join(checked_attachment(p).as_uri() for p in attachments)
        fields.append(f"attachment='{files}'")
    return ["thunderbird", "-compose", ",".join(fields)]


def body_file(body: str, folder: Path | None = None) -> Path:
    """The body in a private file Thunderbird reads when its compose window opens. Thunderbird may read it any
    time after the launcher returns, so it cannot be removed at once: files older than BODY_FILE_TTL_S are
    removed each time a new one is written, and the folder is Errand's own cache, readable only by the user."""
    folder = folder or cache_dir() / "mail-bodies"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = time.time()
    for old in folder.glob("errand-mail-*.txt"):
        try:
            if now - old.stat().st_mtime > BODY_FILE_TTL_S:
                old.unlink()
        except OSError:  # removed meanwhile by another compose
            pass
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", prefix="errand-mail-", suffix=".txt", delete=False,
                                         dir=folder)
    with handle:
        handle.write(body)
    return Path(handle.name)


def open_compose_window(
    client: MailClient, recipients: tuple[str, ...], cc: tuple[str, ...], subject: str, body: str,
    attachments: tuple[Path, ...],
) -> None:
    if client == "thunderbird":
        argv = thunderbird_argv(recipients, cc, subject, body_file(body), attachments)
    else:
        argv = xdg_email_argv(recipients, cc, subject, body, attachments)
    argv = checked_argv(argv)
    package = "xdg-utils" if client == "xdg-email" else "thunderbird"
    try:
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, start_new_session=True)
    except OSError as error:
        raise ToolError(f"Could not open the mail client with {argv[0]} ({error.strerror}); install {package} "
                        "or set mail.mode to 'send' with an SMTP account.") from error
    try:
        _, errors = process.communicate(timeout=LAUNCH_WAIT_S)
    except subprocess.TimeoutExpired:
        return  # the client is running with the compose window open
    if process.returncode != 0:
        lines = [line for line in errors.decode(errors="replace").splitlines()
                 if line.strip() and not line.startswith("Try '")]
        detail = lines[-1].strip() if lines else f"exit status {process.returncode}"
        raise ToolError(f"{argv[0]} could not open a compose window ({detail}); set a default mail client "
                        "or set mail.mode to 'send' with an SMTP account.")
