"""find_emails through the tool function: on Linux against a real IMAP server (Dovecot) on loopback, on macOS
against the recording stand-in osascript (the script is checked as in test_macos.py; no Mac here to run it)."""

from __future__ import annotations

import imaplib
import re
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from tools.backends import Backends, MailQuery, ToolError
from tools.config import MailConfig
from tools.linux.mail import LinuxMail
from tools.macos.mail import AppleMail
from tools.macos.osascript import FIELD, RECORD
from tools.macos.scripts import MAIL_FIND
from tools.reads_and_removals import find_emails
from tools.undo import UndoJournal
from tools.writer import LocalWriter

from .conftest import ADDRESS, PASSWORD, USER, ImapAccount, StandIn, free_port


@dataclass(frozen=True)
class Seeded:
    message: EmailMessage
    arrived: datetime  # naive local time, as the planner writes dates
    seen: bool = False


def mail(sender: str, subject: str, body: str, *, html: str = "", attachment: bytes = b"") -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, ADDRESS, subject
    message.set_content(body)
    if html:
        message.add_alternative(html, subtype="html")
    if attachment:
        message.add_attachment(attachment, maintype="application", subtype="pdf", filename="trip.pdf")
    return message


def seed(imap: ImapAccount, *items: Seeded) -> None:
    """Append the messages to INBOX in one session, each with its arrival time and \\Seen flag."""
    connection = imap.server.login()
    try:
        for item in items:
            item.message["Date"] = format_datetime(item.arrived.astimezone())
            flags = r"(\Seen)" if item.seen else None
            stamp = imaplib.Time2Internaldate(item.arrived.astimezone().timestamp())
            status, _ = connection.append("INBOX", flags, stamp, item.message.as_bytes())
            assert status == "OK"
    finally:
        connection.logout()


def seen_flags(imap: ImapAccount) -> dict[str, bool]:
    """Each INBOX message's UID and whether it is \\Seen, read without touching any flag."""
    connection = imap.server.login()
    try:
        connection.select("INBOX", readonly=True)
        _, data = connection.uid("FETCH", "1:*", "(UID FLAGS)")
        lines = [line for line in data if isinstance(line, bytes)]
        return {re.search(rb"UID (\d+)", line).group(1).decode(): b"\\Seen" in line for line in lines}
    finally:
        connection.logout()


def mailer(imap: ImapAccount, journal: UndoJournal, *, password: str = PASSWORD) -> LinuxMail:
    config = MailConfig(address=ADDRESS, imap_host=imap.host, imap_port=imap.port, imap_security="none",
                        imap_user=USER)
    return LinuxMail(config, passwords=lambda server: password, writer=LocalWriter(), journal=journal)


class NotUsed:
    """Every backend but mail: find_emails must not touch them."""

    def __getattr__(self, name: str) -> None:
        raise AssertionError(f"find_emails used {name}")


def backends_with(mail_backend: LinuxMail | AppleMail) -> Backends:
    others = {f.name: NotUsed() for f in fields(Backends) if f.name != "mail"}
    return Backends(mail=mail_backend, **others)


@pytest.fixture
def find(imap: ImapAccount, journal: UndoJournal):
    backends = backends_with(mailer(imap, journal))

    def run(sender: str = "", query: str = "", since: str = "", unread_only: bool = False) -> str:
        return find_emails.function(backends, sender, query, since, unread_only)

    return run


@pytest.fixture
def inbox(imap: ImapAccount) -> ImapAccount:
    seed(
        imap,
        Seeded(mail("Eve Stone <eve@example.org>", "Photos from the trip", "The photos are attached.\nSee you!",
                    html="<p>The photos are <b>attached</b>.</p>", attachment=b"%PDF-1.4 trip"),
               datetime(2026, 11, 18, 10, 0), seen=True),
        Seeded(mail("José Núñez <jose@example.org>", "Café mañana ☕", "¿Nos vemos en el café?\nUn abrazo"),
               datetime(2026, 11, 19, 18, 0)),
        Seeded(mail("Carol Diaz <carol@example.org>", "Budget for Q3", "Can you check the budget?"),
               datetime(2026, 11, 20, 9, 0), seen=True),
        Seeded(mail("Carol Diaz <carol@example.org>", "Budget follow-up", "The numbers are in the sheet."),
               datetime(2026, 11, 21, 8, 30), seen=True),
        Seeded(mail("dan@example.org", "Lunch on Friday", "Pizza at noon?\n\nDan"), datetime(2026, 11, 21, 12, 0)),
    )
    return imap


def subjects(listing: str) -> list[str]:
    """The subjects of a find_emails observation, in its order."""
    return re.findall(r"^- .*? from .*?: (.*?)(?: - .*)?$", listing, re.MULTILINE)


def test_by_sender_name_newest_first_with_date_and_first_lines(inbox: ImapAccount, find):
    listing = find(sender="Carol")
    assert listing.startswith("2 emails from Carol:")
    assert subjects(listing) == ["Budget follow-up", "Budget for Q3"]
    assert "- 2026-11-21 08:30 from Carol Diaz <carol@example.org>: Budget follow-up - The numbers are in the " \
           "sheet." in listing
    assert listing.kind == "emails" and listing.items[0].date == datetime(2026, 11, 21, 8, 30).astimezone()
    assert subjects(find(sender="carol diaz")) == ["Budget follow-up", "Budget for Q3"]


def test_by_address_and_a_sender_without_a_name(inbox: ImapAccount, find):
    assert subjects(find(sender="carol@example.org")) == ["Budget follow-up", "Budget for Q3"]
    listing = find(sender="dan@example.org")
    assert "from dan@example.org (unread): Lunch on Friday - Pizza at noon? Dan" in listing


def test_by_words_in_the_subject_or_the_body_all_words_needed(inbox: ImapAccount, find):
    assert subjects(find(query="budget")) == ["Budget follow-up", "Budget for Q3"]
    assert subjects(find(query="numbers sheet")) == ["Budget follow-up"]
    assert subjects(find(query="budget pizza")) == []
    assert subjects(find(sender="Carol", query="check")) == ["Budget for Q3"]


def test_non_ascii_sender_subject_and_words(inbox: ImapAccount, find):
    listing = find(sender="Núñez")
    assert "from José Núñez <jose@example.org> (unread): Café mañana ☕ - ¿Nos vemos en el café? Un abrazo" in listing
    assert subjects(find(query="mañana")) == ["Café mañana ☕"]
    assert subjects(find(query="café")) == ["Café mañana ☕"]


def test_a_multipart_message_shows_its_plain_text(inbox: ImapAccount, find):
    listing = find(sender="eve")
    assert "from Eve Stone <eve@example.org>: Photos from the trip - The photos are attached. See you!" in listing
    assert "<p>" not in listing and "PDF" not in listing


def test_an_html_only_message_shows_its_text_without_tags(imap: ImapAccount, find):
    message = EmailMessage()
    message["From"], message["Subject"] = "Fay <fay@example.org>", "Newsletter"
    message.set_content("<html><style>p {color: red}</style><p>Big &amp; <b>bold</b> news</p>"
                        "<p>Second line</p></html>", subtype="html")
    seed(imap, Seeded(message, datetime(2026, 11, 22, 9, 0)))
    [found] = find(query="bold").items
    assert found.first_lines == "Big & bold news\nSecond line"


def test_since_a_time_excludes_a_message_earlier_that_day(inbox: ImapAccount, find):
    listing = find(since="2026-11-21 10:00:00")
    assert listing.startswith("1 email since 2026-11-21 10:00:")
    assert subjects(listing) == ["Lunch on Friday"]
    assert subjects(find(since="2026-11-21 08:30:00")) == ["Lunch on Friday", "Budget follow-up"]
    assert subjects(find(sender="Carol", since="2026-11-20 09:00:00")) == ["Budget follow-up", "Budget for Q3"]


def test_unread_only(inbox: ImapAccount, find):
    listing = find(unread_only=True)
    assert listing.startswith("2 emails unread:")
    assert subjects(listing) == ["Lunch on Friday", "Café mañana ☕"]
    assert all(item.unread for item in listing.items)
    assert subjects(find(sender="Carol", unread_only=True)) == []


def test_nothing_found_says_so(inbox: ImapAccount, find):
    assert find(sender="Mallory", query="invoice") == "No emails from Mallory about 'invoice'."
    assert find(since="2026-12-01 00:00:00") == "No emails since 2026-12-01 00:00."


def test_at_most_ten_newest_first(imap: ImapAccount, find):
    start = datetime(2026, 10, 1, 7, 0)
    # Appended out of order, so the newest are not simply the highest UIDs.
    order = [5, 11, 0, 7, 2, 9, 1, 10, 3, 8, 6, 4]
    seed(imap, *(Seeded(mail("News <news@example.org>", f"Issue {n}", f"Issue {n} text"), start + timedelta(days=n))
                 for n in order))
    listing = find(sender="news")
    assert listing.startswith("10 emails from news:")
    assert subjects(listing) == [f"Issue {n}" for n in range(11, 1, -1)]


def test_the_limit_of_the_query_is_kept(inbox: ImapAccount, journal: UndoJournal):
    found = mailer(inbox, journal).find(MailQuery(limit=2))
    assert [f.subject for f in found] == ["Lunch on Friday", "Budget follow-up"]
    assert mailer(inbox, journal).find(MailQuery(limit=0)) == []


def test_reading_leaves_every_seen_flag_as_it_was(inbox: ImapAccount, find):
    before = seen_flags(inbox)
    assert sorted(before.values()) == [False, False, True, True, True]
    find()
    find(query="budget", unread_only=True)
    find(sender="Núñez")
    assert seen_flags(inbox) == before


HOSTILE = [
    '") OR ALL ("',
    ") OR ALL (",
    'x" ALL "',
    "carol\r\nA999 LOGOUT",
    "carol\r\n) OR ALL (",
    "zebra\x00) OR ALL (",
    "(ALL)",
    "--x",
    "{5}\r\nALL",
    '\\" ALL \\',
    "x" * 20_000,
]


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_searched_for_never_run(inbox: ImapAccount, find, hostile: str):
    assert find(sender=hostile).startswith("No emails from ")
    assert find(query=hostile).startswith("No emails about ")
    assert find(sender=hostile, query=hostile, unread_only=True).startswith("No emails unread from ")
    assert subjects(find(sender="carol")) == ["Budget follow-up", "Budget for Q3"]  # the server is unharmed


def test_too_many_words_is_an_error_the_planner_can_fix(inbox: ImapAccount, find):
    with pytest.raises(ToolError, match="at most 10 words") as error:
        find(query=" ".join(f"word{n}" for n in range(4000)))
    assert error.value.fixable


def test_without_imap_settings_reading_mail_says_which_setting(journal: UndoJournal):
    for client in ("xdg-email", "thunderbird"):
        backend = LinuxMail(MailConfig(client=client), passwords=lambda server: PASSWORD, writer=LocalWriter(),
                            journal=journal)
        with pytest.raises(ToolError, match=r"Reading email needs an IMAP account \(mail.imap_host is not set\)"):
            find_emails.function(backends_with(backend), "Carol", "", "", False)


def test_a_wrong_password_is_a_clear_error(inbox: ImapAccount, journal: UndoJournal):
    with pytest.raises(ToolError, match="refused the login for 'alice'"):
        mailer(inbox, journal, password="wrong").find(MailQuery())


def test_a_server_that_is_down_is_a_clear_error(journal: UndoJournal):
    config = MailConfig(imap_host="127.0.0.1", imap_port=free_port(), imap_security="none", imap_user=USER)
    backend = LinuxMail(config, passwords=lambda server: PASSWORD, writer=LocalWriter(), journal=journal)
    with pytest.raises(ToolError, match="Could not connect to the IMAP server"):
        backend.find(MailQuery(sender="Carol"))


# macOS: Mail.app through MAIL_FIND --------------------------------------------------------------------------

def find_arguments(osascript: StandIn) -> list[list[str]]:
    """The argv of each osascript call, checking each ran the constant MAIL_FIND text."""
    calls = osascript.calls()
    assert all(call["argv"][0] == "-" and call["script"] == MAIL_FIND for call in calls)
    return [call["argv"][1:] for call in calls]


def apple_find(sender: str = "", query: str = "", since: str = "", unread_only: bool = False) -> str:
    return find_emails.function(backends_with(AppleMail(MailConfig(), LocalWriter())), sender, query, since,
                                unread_only)


def test_mail_app_gets_the_query_as_arguments_and_its_answer_is_read_back(osascript: StandIn):
    osascript.answer({"stdout": RECORD.join(FIELD.join(fields) for fields in [
        ["Carol Diaz <carol@example.org>", "2026-11-20 09:00:00", "Budget for Q3",
         "Can you check\n\nthe budget?\nLine 3\nLine 4", "1"],
        ["Carol Diaz <carol@example.org>", "2026-11-21 08:30:00", "Budget follow-up", "Numbers", "0"],
    ])})
    listing = apple_find("Carol", "budget  Q3 Budget", "2026-11-20 08:00:00", True)
    assert find_arguments(osascript) == [["Carol", "budget\nQ3", "2026", "11", "20", str(8 * 3600), "1", "10"]]
    assert subjects(listing) == ["Budget follow-up", "Budget for Q3"]  # newest first, whatever Mail's order
    assert [(f.date, f.unread) for f in listing.items] == [(datetime(2026, 11, 21, 8, 30), True),
                                                           (datetime(2026, 11, 20, 9, 0), False)]
    assert listing.items[1].first_lines == "Can you check\nthe budget?\nLine 3"


def test_mail_app_without_bounds_and_with_nothing_found(osascript: StandIn):
    osascript.answer({"stdout": ""})
    assert apple_find() == "No emails in the inbox."
    assert find_arguments(osascript) == [["", "", "", "", "", "", "0", "10"]]


def test_mail_app_reads_back_a_short_record(osascript: StandIn):
    osascript.answer({"stdout": FIELD.join(["dan@example.org", "not a date", "Lunch"])})
    [found] = AppleMail(MailConfig(), LocalWriter()).find(MailQuery())
    assert (found.sender, found.date, found.subject, found.first_lines, found.unread) == \
        ("dan@example.org", None, "Lunch", "", True)


def test_mail_app_script_keeps_separators_out_of_every_field():
    for field in ("theSender", "theSubject", "theContent"):
        assert f"my clean({field})" in MAIL_FIND
    assert "{character id 30, character id 31}" in MAIL_FIND


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_mail_app_hostile_text_stays_an_argument(osascript: StandIn, hostile: str):
    osascript.answer({"stdout": ""}, {"stdout": ""})
    assert apple_find(sender=hostile).startswith("No emails from ")
    assert apple_find(query=hostile).startswith("No emails about ")
    sender, words = find_arguments(osascript)[0][0], find_arguments(osascript)[1][1]
    assert sender == " ".join(hostile.replace("\x00", " ").split())
    assert words.split("\n") == hostile.replace("\x00", " ").split()
