"""Meeting links: Zoom's REST API against a local server speaking its endpoints, and Jitsi Meet links."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from tools.backends import Meeting, ToolError
from tools.config import ZoomConfig
from tools.linux.zoom import JitsiMeetings, ZoomMeetings, jitsi_room
from tools.undo import UndoJournal

from .conftest import VALID_TOKEN, ZoomApi, free_port

MEETING = Meeting("Budget review", datetime(2026, 12, 1, 15, 30), 45, ("ann@example.org", "bob@example.org"))


def zoom(api_base: str, journal: UndoJournal, token: str | None = VALID_TOKEN, **settings) -> ZoomMeetings:
    return ZoomMeetings(ZoomConfig(api_base=api_base, **settings), token=lambda: token, journal=journal)


def test_creates_a_meeting_and_returns_its_join_link(zoom_api: ZoomApi, journal: UndoJournal):
    link = zoom(zoom_api.base, journal, timezone="Europe/Berlin").meeting_link(MEETING)
    assert re.fullmatch(r"https://zoom\.example/j/\d+", link)
    request = zoom_api.requests[-1]
    assert request["path"] == "/v2/users/me/meetings"
    assert request["authorization"] == f"Bearer {VALID_TOKEN}"
    assert request["body"] == {
        "topic": "Budget review", "type": 2, "start_time": "2026-12-01T15:30:00", "duration": 45,
        "timezone": "Europe/Berlin",
        "settings": {"meeting_invitees": [{"email": "ann@example.org"}, {"email": "bob@example.org"}]},
    }


def test_without_a_timezone_the_start_is_sent_in_utc(zoom_api: ZoomApi, journal: UndoJournal):
    zoom(zoom_api.base, journal).meeting_link(MEETING)
    expected = MEETING.start.astimezone()  # the naive start is local time
    sent = zoom_api.requests[-1]["body"]["start_time"]
    assert sent.endswith("Z")
    assert datetime.fromisoformat(sent.replace("Z", "+00:00")) == expected


def test_undo_deletes_the_created_meeting(zoom_api: ZoomApi, journal: UndoJournal):
    zoom(zoom_api.base, journal).meeting_link(MEETING)
    assert len(zoom_api.meetings) == 1
    assert "Deleted the Zoom meeting" in journal.undo_last()
    assert zoom_api.meetings == {} and zoom_api.requests[-1]["method"] == "DELETE"


def test_no_token_says_how_to_store_one(zoom_api: ZoomApi, journal: UndoJournal):
    with pytest.raises(ToolError, match="needs an API token.*`errand secret set errand-zoom api-token`.*jitsi"):
        zoom(zoom_api.base, journal, token=None).meeting_link(MEETING)
    assert zoom_api.requests == []


def test_a_rejected_token_is_reported_as_such(zoom_api: ZoomApi, journal: UndoJournal):
    with pytest.raises(ToolError, match=r"rejected the API token \(401: Invalid access token\.\)"):
        zoom(zoom_api.base, journal, token="expired").meeting_link(MEETING)


def test_an_unreachable_server_is_a_clear_error(journal: UndoJournal):
    base = f"http://127.0.0.1:{free_port()}/v2"
    with pytest.raises(ToolError, match="Could not reach Zoom at http://127.0.0.1:.*check the network"):
        zoom(base, journal).meeting_link(MEETING)


def test_other_http_errors_carry_zooms_message(zoom_api: ZoomApi, journal: UndoJournal):
    with pytest.raises(ToolError, match="404: User does not exist"):
        zoom(zoom_api.base + "/wrong", journal).meeting_link(MEETING)


def test_jitsi_links_are_readable_and_unguessable():
    first = JitsiMeetings(ZoomConfig(service="jitsi")).meeting_link(MEETING)
    second = JitsiMeetings(ZoomConfig(service="jitsi")).meeting_link(MEETING)
    assert re.fullmatch(r"https://meet\.jit\.si/BudgetReview-[0-9a-f]{16}", first)
    assert first != second


def test_jitsi_room_names_keep_only_letters_and_digits():
    assert re.fullmatch(r"RmRfHome1-[0-9a-f]{16}", jitsi_room('"; rm -rf ~/home 1'))
    assert jitsi_room("").startswith("Meeting-")
