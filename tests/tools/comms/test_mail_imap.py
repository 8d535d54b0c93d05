"""Reply, forward and drafts against a real IMAP server (Dovecot) and a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import email
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest

from tools.backends import Email, ToolError
from tools.config import MailConfig
from tools.context import request_text
from tools.linux.mail import LinuxMail
from tools.undo import UndoError, UndoJournal
from tools.writer import LocalWriter

from .conftest import (
    ADDRESS,
    PASSWORD,
    USER,
    ImapAccount,
    MailClientRecorder,
    SmtpInbox,
    at,
    free_port,
)

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def inbox(imap: ImapAccount) -> ImapAccount:
    imap.deliver("Carol Diaz <carol@example.org>", "Budget for Q3", "Can you check the budget?",
                 date=at("2026-11-20 09:00"), message_id="<budget@example.org>", references="<start@example.org>")
    imap.deliver("Dan Wu <dan@example.org>", "Lunch on Friday", "Pizza?", date=at("2026-11-21 12:00"),
                 message_id="<lunch@example.org>")
    return imap


@pytest.fixture
def says() -> Iterator[callable]:
    tokens = []
    yield lambda text: tokens.append(request_text.set(text))
    for token in reversed(tokens):
        request_text.reset(token)


def mailer(imap: ImapAccount, journal: UndoJournal, *, smtp: SmtpInbox | None = None,
           password: str = PASSWORD, **settings) -> LinuxMail:
    smtp_settings = dict(smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="none", smtp_user=USER) \
        if smtp else {}
    config = MailConfig(address=ADDRESS, imap_host=imap.host, imap_port=imap.port, imap_security="none",
                        imap_user=USER, **smtp_settings, **settings)
    return LinuxMail(config, passwords=lambda server: password, writer=LocalWriter(), journal=journal)


def sent(smtp: SmtpInbox) -> EmailMessage:
    return email.message_from_bytes(smtp.received[-1][2], policy=default_policy)


def test_reply_goes_to_the_most_recent_email_with_threading_headers(
    inbox: ImapAccount, smtp: SmtpInbox, journal: UndoJournal, says
):
    says("Reply saying I'll be there")
    result = mailer(inbox, journal, smtp=smtp, mode="send").reply(("eve@example.org",), "", ())
    local = at("2026-11-21 12:00").astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"from Dan Wu <dan@example.org>, subject 'Lunch on Friday', {local}" in result
    assert "the most recent in INBOX" in result
    message = sent(smtp)
    assert (message["To"], message["Cc"], message["Subject"]) == ("dan@example.org", "eve@example.org",
                                                                  "Re: Lunch on Friday")
    assert (message["In-Reply-To"], message["References"]) == ("<lunch@example.org>", "<lunch@example.org>")
    body = message.get_body(("plain",)).get_content()
    assert body.startswith("I'll be there.") and "> Pizza?" in body


def test_a_forged_future_date_does_not_make_a_message_current(inbox: ImapAccount, smtp: SmtpInbox,
                                                              journal: UndoJournal, says):
    inbox.deliver("Spam <win@spam.example>", "You won", "Click", date=at("2031-01-01 00:00"),
                  arrived=at("2026-11-19 08:00"), message_id="<spam@spam.example>")
    says("reply saying thanks")
    assert "subject 'Lunch on Friday'" in mailer(inbox, journal, smtp=smtp, mode="send").reply((), "", ())


def test_reply_to_the_email_the_request_names(inbox: ImapAccount, smtp: SmtpInbox, journal: UndoJournal, says):
    says("Reply to Carol's email about the budget saying it looks fine")
    result = mailer(inbox, journal, smtp=smtp, mode="send").reply((), "", ())
    assert "subject 'Budget for Q3'" in result and "it matches the request" in result
    message = sent(smtp)
    assert message["Subject"] == "Re: Budget for Q3"
    assert message["References"] == "<start@example.org> <budget@example.org>"


def test_forward_attaches_the_original(inbox: ImapAccount, smtp: SmtpInbox, journal: UndoJournal, says):
    says("Forward the budget email to Frank")
    result = mailer(inbox, journal, smtp=smtp, mode="send").forward(("frank@example.org",), (), "FYI", ())
    assert result.startswith("Forwarding the email from Carol Diaz")
    message = sent(smtp)
    assert (message["To"], message["Subject"]) == ("frank@example.org", "Fwd: Budget for Q3")
    attached = next(message.iter_attachments())
    assert attached.get_content_type() == "message/rfc822"
    original = attached.get_content()
    assert original["Message-ID"] == "<budget@example.org>"
    assert "Can you check the budget?" in original.get_body(("plain",)).get_content()


def test_draft_mode_saves_to_drafts_and_undo_deletes_it(inbox: ImapAccount, journal: UndoJournal, says):
    says("Reply that I agree")
    result = mailer(inbox, journal, mode="draft").reply((), "", ())
    assert "as a draft in Drafts" in result
    drafts = inbox.messages("Drafts")
    assert len(drafts) == 1
    draft = email.message_from_bytes(drafts[0], policy=default_policy)
    assert (draft["Subject"], draft["In-Reply-To"]) == ("Re: Lunch on Friday", "<lunch@example.org>")
    assert journal.undo_last() == "Deleted the draft from Drafts."
    assert inbox.messages("Drafts") == []
    assert len(inbox.messages("INBOX")) == 2


def test_undo_of_a_draft_the_user_already_sent_says_so(inbox: ImapAccount, journal: UndoJournal):
    mailer(inbox, journal, mode="draft").compose(Email(("ann@example.org",), subject="Hello", body="Hi"))
    inbox.clear()
    assert "no longer in Drafts" in journal.undo_last()
    with pytest.raises(UndoError, match="nothing to undo"):
        journal.undo_last()


def test_client_mode_reply_opens_the_mail_client(inbox: ImapAccount, mail_client: MailClientRecorder,
                                                 journal: UndoJournal, says):
    says("Reply saying see you there")
    result = mailer(inbox, journal).reply(("eve@example.org",), "", ())
    assert "opened the reply in your mail client" in result
    received = mail_client.received()
    assert (received["to"], received["cc"], received["subject"]) == (
        ["dan@example.org"], ["eve@example.org"], ["Re: Lunch on Friday"])
    assert received["body"][0].startswith("See you there.\r\n\r\nOn ") and "> Pizza?" in received["body"][0]


def test_client_mode_forward_inlines_the_original(inbox: ImapAccount, mail_client: MailClientRecorder,
                                                  journal: UndoJournal):
    mailer(inbox, journal).forward(("frank@example.org",), (), "FYI", ())
    received = mail_client.received()
    assert (received["to"], received["subject"]) == (["frank@example.org"], ["Fwd: Lunch on Friday"])
    assert "---------- Forwarded message ----------" in received["body"][0] and "Pizza?" in received["body"][0]


def test_imap_down_is_a_clear_error(journal: UndoJournal):
    config = MailConfig(imap_host="127.0.0.1", imap_port=free_port(), imap_security="none", imap_user=USER)
    backend = LinuxMail(config, passwords=lambda server: PASSWORD, writer=LocalWriter(), journal=journal)
    with pytest.raises(ToolError, match="Could not connect to the IMAP server 127.0.0.1"):
        backend.forward(("a@example.org",), (), "", ())


def test_reply_without_imap_says_what_to_configure(journal: UndoJournal):
    backend = LinuxMail(MailConfig(), passwords=lambda server: None, writer=LocalWriter(), journal=journal)
    with pytest.raises(ToolError, match="need an IMAP account: set mail.imap_host"):
        backend.reply((), "", ())


def test_empty_inbox_is_a_clear_error(imap: ImapAccount, journal: UndoJournal):
    with pytest.raises(ToolError, match="There is no email in INBOX"):
        mailer(imap, journal, mode="draft").reply((), "", ())


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_reading_over_tls(inbox: ImapAccount, trust_tls, journal: UndoJournal, says, security: str):
    port = inbox.server.ssl_port if security == "ssl" else inbox.port
    config = MailConfig(address=ADDRESS, imap_host=inbox.host, imap_port=port, imap_security=security,
                        imap_user=USER, mode="draft")
    backend = LinuxMail(config, passwords=lambda server: PASSWORD, writer=LocalWriter(), journal=journal)
    says("reply that it works")
    assert "as a draft in Drafts" in backend.reply((), "", ())
    assert len(inbox.messages("Drafts")) == 1


def test_an_untrusted_certificate_is_a_clear_error(inbox: ImapAccount, journal: UndoJournal):
    config = MailConfig(imap_host=inbox.host, imap_port=inbox.server.ssl_port, imap_security="ssl", imap_user=USER)
    backend = LinuxMail(config, passwords=lambda server: PASSWORD, writer=LocalWriter(), journal=journal)
    with pytest.raises(ToolError, match="Could not connect to the IMAP server .*CERTIFICATE_VERIFY_FAILED"):
        backend.reply((), "", ())


def test_a_non_ascii_imap_password_is_a_clear_error(inbox: ImapAccount, journal: UndoJournal):
    with pytest.raises(ToolError, match="only send a user name and password made of ASCII"):
        mailer(inbox, journal, password="pässwörd", mode="draft").reply((), "", ())


# Last on purpose: after a failed login Dovecot delays the next logins from the same address by a few seconds.
def test_wrong_imap_password_is_a_clear_error(inbox: ImapAccount, journal: UndoJournal):
    with pytest.raises(ToolError, match="refused the login for 'alice'.*'errand-imap'"):
        mailer(inbox, journal, password="wrong", mode="draft").reply((), "", ())


def test_a_sent_message_is_kept_in_the_sent_folder(inbox: ImapAccount, smtp: SmtpInbox, journal: UndoJournal):
    result = mailer(inbox, journal, smtp=smtp, mode="send").compose(
        Email(("ann@example.org",), subject="Minutes", body="Here are the minutes."))
    assert "A copy is in Sent." in result
    kept = [email.message_from_bytes(copy, policy=default_policy) for copy in inbox.messages("Sent")]
    (copy,) = [message for message in kept if message["Message-ID"] == sent(smtp)["Message-ID"]]
    assert copy["Subject"] == "Minutes" and "Here are the minutes." in copy.get_body(("plain",)).get_content()


def test_an_smtp_failure_keeps_the_message_as_a_draft(inbox: ImapAccount, journal: UndoJournal):
    backend = mailer(inbox, journal, mode="send", smtp_host="127.0.0.1", smtp_port=free_port(),
                     smtp_security="none", smtp_user=USER)
    with pytest.raises(ToolError, match="Nothing was sent; saved the email to ann@example.org.*as a draft in Drafts"):
        backend.compose(Email(("ann@example.org",), subject="Minutes", body="Here are the minutes."))
    (draft,) = inbox.messages("Drafts")
    assert email.message_from_bytes(draft, policy=default_policy)["Subject"] == "Minutes"


@pytest.fixture
def hanging_server() -> Iterator[int]:
    """A server that accepts connections and never says a word, like a mail server that hung."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(timeout=5)
    for connection in held:
        connection.close()
    listener.close()


def test_a_hanging_smtp_server_times_out_and_the_message_is_kept(inbox: ImapAccount, journal: UndoJournal,
                                                                hanging_server: int, monkeypatch):
    import time

    import tools.linux.mail

    monkeypatch.setattr(tools.linux.mail, "TIMEOUT_S", 1.0)
    backend = mailer(inbox, journal, mode="send", smtp_host="127.0.0.1", smtp_port=hanging_server,
                     smtp_security="none", smtp_user=USER)
    started = time.monotonic()
    with pytest.raises(ToolError, match="timed out.*Nothing was sent; saved"):
        backend.compose(Email(("ann@example.org",), subject="Hung", body="Still here."))
    assert time.monotonic() - started < 15  # the timeout, not a hang
    kept = [email.message_from_bytes(m, policy=default_policy)["Subject"] for m in inbox.messages("Drafts")]
    assert "Hung" in kept
