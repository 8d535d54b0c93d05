"""Composing email: sent through a real SMTP server (aiosmtpd) on loopback, or opened in the mail client."""

from __future__ import annotations

import email
import os
from collections.abc import Iterator
from email.policy import default as default_policy
from pathlib import Path

import pytest

from tools.backends import Email, ToolError
from tools.config import MailConfig
from tools.context import request_text
from tools.linux.mail import LinuxMail
from tools.undo import UndoJournal
from tools.writer import LocalWriter

from .conftest import (
    ADDRESS,
    PASSWORD,
    USER,
    MailClientRecorder,
    SmtpInbox,
    StandIn,
    free_port,
    mailto_fields,
)

# Plain SMTP AUTH is fine on loopback; the STARTTLS path is tested with its own server below.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def request_says() -> Iterator[callable]:
    tokens = []

    def say(text: str) -> None:
        tokens.append(request_text.set(text))

    yield say
    for token in reversed(tokens):
        request_text.reset(token)


def mailer(journal: UndoJournal, password: str | None = PASSWORD, **settings) -> LinuxMail:
    config = MailConfig(**settings)
    return LinuxMail(config, passwords=lambda server: password, writer=LocalWriter(), journal=journal)


def smtp_mailer(smtp: SmtpInbox, journal: UndoJournal, **settings) -> LinuxMail:
    return mailer(journal, mode="send", address=ADDRESS, smtp_host=smtp.host, smtp_port=smtp.port,
                  smtp_security="none", smtp_user=USER, **settings)


def test_sends_through_smtp_with_the_written_body_and_attachments(
    smtp: SmtpInbox, journal: UndoJournal, tmp_path: Path, request_says
):
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 test")
    request_says("Email Ann saying the report is ready for review")
    result = smtp_mailer(smtp, journal).compose(Email(
        ("ann@example.org",), ("bob@example.org",), "Report", "Q3 numbers attached.", (report,)))
    sender, recipients, data = smtp.received[-1]
    message = email.message_from_bytes(data, policy=default_policy)
    assert (sender, sorted(recipients)) == (ADDRESS, ["ann@example.org", "bob@example.org"])
    assert (message["To"], message["Cc"], message["Subject"]) == ("ann@example.org", "bob@example.org", "Report")
    body = message.get_body(("plain",)).get_content()
    assert "The report is ready for review." in body and "Q3 numbers attached." in body
    attachment = next(message.iter_attachments())
    assert (attachment.get_filename(), attachment.get_content()) == ("report.pdf", b"%PDF-1.4 test")
    assert "Sent the email to ann@example.org (cc bob@example.org)" in result
    assert "cannot be undone" in result and "The report is ready for review." in result
    assert journal.entries() == []


def test_a_newline_in_the_subject_cannot_add_a_header(smtp: SmtpInbox, journal: UndoJournal):
    smtp_mailer(smtp, journal).compose(Email(("ann@example.org",), (), "Hi\nBcc: evil@example.org", "x"))
    _, recipients, data = smtp.received[-1]
    message = email.message_from_bytes(data, policy=default_policy)
    assert recipients == ["ann@example.org"] and message["Bcc"] is None
    assert message["Subject"] == "Hi Bcc: evil@example.org"


def test_wrong_password_is_a_clear_error(smtp: SmtpInbox, journal: UndoJournal):
    with pytest.raises(ToolError, match="refused the login for 'alice'.*'errand-smtp'"):
        mailer(journal, password="wrong", mode="send", address=ADDRESS, smtp_host=smtp.host, smtp_port=smtp.port,
               smtp_security="none", smtp_user=USER).compose(Email(("ann@example.org",), subject="x"))
    assert smtp.received == []


def test_missing_password_names_the_keyring_entry(smtp: SmtpInbox, journal: UndoJournal):
    with pytest.raises(ToolError, match="No SMTP password in the keyring.*service 'errand-smtp', account 'alice'; "
                                        "`errand secret set errand-smtp alice`"):
        mailer(journal, password=None, mode="send", address=ADDRESS, smtp_host=smtp.host, smtp_port=smtp.port,
               smtp_security="none", smtp_user=USER).compose(Email(("ann@example.org",), subject="x"))


def test_server_down_is_a_clear_error(journal: UndoJournal):
    port = free_port()
    with pytest.raises(ToolError, match=f"Could not connect to the SMTP server 127.0.0.1:{port}"):
        mailer(journal, mode="send", address=ADDRESS, smtp_host="127.0.0.1", smtp_port=port,
               smtp_security="none", smtp_user=USER).compose(Email(("ann@example.org",), subject="x"))


def test_unconfigured_smtp_says_what_to_set(journal: UndoJournal):
    with pytest.raises(ToolError, match="needs an SMTP account: set mail.smtp_host"):
        mailer(journal, mode="send", address=ADDRESS).compose(Email(("ann@example.org",), subject="x"))


def test_a_missing_attachment_stops_the_email(smtp: SmtpInbox, journal: UndoJournal, tmp_path: Path):
    with pytest.raises(ToolError, match="is not a file; find it with open_and_get_file_path"):
        smtp_mailer(smtp, journal).compose(Email(("ann@example.org",), subject="x",
                                                 attachments=(tmp_path / "nope.pdf",)))
    assert smtp.received == []


def test_client_mode_opens_xdg_email_with_argument_list(
    xdg_email: StandIn, journal: UndoJournal, tmp_path: Path, request_says
):
    report = tmp_path / "report.pdf"
    report.write_bytes(b"x")
    request_says("Email Ann that the draft is done")
    result = mailer(journal).compose(Email(("ann@example.org",), ("bob@example.org",), "Draft", "", (report,)))
    assert "in your mail client" in result
    (call,) = xdg_email.calls()
    assert call["argv"][:3] == ["--utf8", "--attach", str(report.resolve())] and len(call["argv"]) == 4
    assert mailto_fields(call["argv"][3]) == {"to": ["ann@example.org"], "cc": ["bob@example.org"],
                                              "subject": ["Draft"], "body": ["The draft is done."]}


def test_client_mode_with_thunderbird_passes_the_body_in_a_file(
    standin_dir: Path, monkeypatch: pytest.MonkeyPatch, journal: UndoJournal
):
    from .conftest import STANDINS, install_standin

    thunderbird = install_standin(standin_dir, "thunderbird", STANDINS / "recorder.py", monkeypatch)
    mailer(journal, client="thunderbird").compose(Email(("ann@example.org",), (), "It's done", "Line 1\nLine 2"))
    argv = thunderbird.calls()[0]["argv"]
    assert argv[0] == "-compose"
    fields = argv[1]
    assert "to='ann@example.org'" in fields and "subject='It\u2019s done'" in fields
    body_file = fields.split("message='")[1].split("'")[0]
    assert Path(body_file).read_text() == "Line 1\nLine 2"


def test_client_failure_is_reported(xdg_email: StandIn, journal: UndoJournal):
    xdg_email.answer({"stderr": "xdg-email: no method available for opening 'mailto:'", "rc": 3})
    with pytest.raises(ToolError, match="could not open a compose window.*no method available"):
        mailer(journal).compose(Email(("ann@example.org",), subject="x"))


def test_an_address_that_looks_like_an_option_is_refused(xdg_email: StandIn, journal: UndoJournal):
    with pytest.raises(ToolError, match="is not an email address"):
        mailer(journal).compose(Email(("--attach=/etc/passwd@x",), subject="x"))
    assert xdg_email.calls() == []


def test_sends_over_starttls_with_a_verified_certificate(smtp_starttls: SmtpInbox, trust_tls,
                                                        journal: UndoJournal):
    backend = mailer(journal, mode="send", address=ADDRESS, smtp_host=smtp_starttls.host,
                     smtp_port=smtp_starttls.port, smtp_security="starttls", smtp_user=USER)
    backend.compose(Email(("ann@example.org",), subject="Over TLS", body="secret plans"))
    assert b"secret plans" in smtp_starttls.received[-1][2]


def test_plain_smtp_to_a_server_that_requires_starttls_is_a_clear_error(smtp_starttls: SmtpInbox,
                                                                        journal: UndoJournal):
    backend = mailer(journal, mode="send", address=ADDRESS, smtp_host=smtp_starttls.host,
                     smtp_port=smtp_starttls.port, smtp_security="none", smtp_user=USER)
    with pytest.raises(ToolError, match="did not accept the email|refused"):
        backend.compose(Email(("ann@example.org",), subject="x"))
    assert smtp_starttls.received == []


def test_a_non_ascii_password_is_a_clear_error(smtp: SmtpInbox, journal: UndoJournal):
    with pytest.raises(ToolError, match="only send a user name and password made of ASCII"):
        mailer(journal, password="pässwörd", mode="send", address=ADDRESS, smtp_host=smtp.host,
               smtp_port=smtp.port, smtp_security="none", smtp_user=USER).compose(Email(("ann@example.org",)))


def test_the_real_xdg_email_hands_everything_to_the_mail_client(
    mail_client: MailClientRecorder, journal: UndoJournal, tmp_path: Path
):
    report = tmp_path / "Q3 report.pdf"
    report.write_bytes(b"x")
    subject = "It's \"done\" & $(id) `id`"
    body = "Line 1\nLine 2; rm -rf ~"
    mailer(journal).compose(Email(("ann@example.org",), ("bob@example.org",), subject, body, (report,)))
    assert mail_client.received() == {"to": ["ann@example.org"], "cc": ["bob@example.org"], "subject": [subject],
                                      "body": [body.replace("\n", "\r\n")], "attach": [str(report.resolve())]}


def test_no_mail_client_on_the_desktop_is_a_clear_error(mail_client: MailClientRecorder, journal: UndoJournal):
    (Path(os.environ["XDG_CONFIG_HOME"]) / "mimeapps.list").unlink()
    (Path(os.environ["XDG_DATA_DIRS"]) / "applications" / "errand-test-mail.desktop").unlink()
    with pytest.raises(ToolError, match="could not open a compose window \\(xdg-email: no method available"):
        mailer(journal).compose(Email(("ann@example.org",), subject="x"))


def test_empty_subject_and_body_are_left_out_for_the_real_xdg_email(mail_client: MailClientRecorder,
                                                                    journal: UndoJournal):
    mailer(journal).compose(Email(("ann@example.org",)))
    assert mail_client.received() == {"to": ["ann@example.org"]}


@pytest.mark.parametrize("recipient", [
    "mailto:ann@example.org?bcc=someone@example.net&subject=Other",
    "ann@example.org?bcc=someone@example.net",
    "ann@example.org&bcc=someone@example.net",
    "ann@example.org\r\nBcc: someone@example.net",
])
def test_a_recipient_cannot_add_a_bcc_or_a_field(xdg_email: StandIn, journal: UndoJournal, recipient: str):
    with pytest.raises(ToolError, match="is not an email address"):
        mailer(journal).compose(Email((recipient,), subject="x"))
    with pytest.raises(ToolError, match="is not an email address"):
        mailer(journal).compose(Email(("ann@example.org",), (recipient,), subject="x"))
    assert xdg_email.calls() == []


@pytest.mark.parametrize("value", ["--help", "--version", "--manual", "-h", "--attach=/etc/passwd"])
def test_option_like_subjects_and_bodies_reach_the_mail_client_as_text(
    mail_client: MailClientRecorder, journal: UndoJournal, value: str
):
    mailer(journal).compose(Email(("ann@example.org",), (), value, value))
    assert mail_client.received() == {"to": ["ann@example.org"], "subject": [value], "body": [value]}


def test_thunderbird_body_files_are_private_and_do_not_pile_up(tmp_path: Path):
    import os
    import time

    from tools.linux.mail_client import BODY_FILE_TTL_S, body_file

    folder = tmp_path / "mail-bodies"
    stale = body_file("old body", folder)
    os.utime(stale, (time.time() - BODY_FILE_TTL_S - 60,) * 2)
    recent = body_file("new body", folder)
    assert not stale.exists() and recent.read_text() == "new body"
    assert oct(folder.stat().st_mode & 0o777) == "0o700" and oct(recent.stat().st_mode & 0o777) == "0o600"
