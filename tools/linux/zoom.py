"""Meeting links: a Zoom meeting through Zoom's REST API, or a Jitsi Meet link that needs no account.

Platform-neutral (urllib only), so macOS uses it too. The Zoom token is an OAuth access token in the keyring
(service ZOOM_SERVICE, account ZOOM_ACCOUNT); the API base URL is a setting so tests can use a local server.
The observation is the join link itself, so later steps can put it into an email, an SMS or an event.
"""

from __future__ import annotations

import json
import re
import secrets
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import UTC
from typing import Any

from tools.backends import Meeting, ToolError
from tools.config import ZoomConfig
from tools.undo import UndoJournal

ZOOM_SERVICE = "errand-zoom"
ZOOM_ACCOUNT = "api-token"
DELETE_MEETING = "zoom.delete_meeting"
TIMEOUT_S = 20.0
_TOKEN_HINT = (f"store a Zoom OAuth access token in the keyring (service {ZOOM_SERVICE!r}, account {ZOOM_ACCOUNT!r}; "
               f"`errand secret set {ZOOM_SERVICE} {ZOOM_ACCOUNT}`)")


def jitsi_room(topic: str) -> str:
    """A readable, unguessable room name: the topic's words in CamelCase plus 64 random bits."""
    words = re.findall(r"[A-Za-z0-9]+", topic)[:6]
    readable = "".join(word[:1].upper() + word[1:] for word in words) or "Meeting"
    return f"{readable}-{secrets.token_hex(8)}"


class JitsiMeetings:
    def __init__(self, config: ZoomConfig) -> None:
        self.base = config.jitsi_base.rstrip("/")

    def meeting_link(self, meeting: Meeting) -> str:
        return f"{self.base}/{jitsi_room(meeting.topic)}"


class ZoomMeetings:
    def __init__(self, config: ZoomConfig, *, token: Callable[[], str | None], journal: UndoJournal) -> None:
        self.config = config
        self.base = config.api_base.rstrip("/")
        self.token = token
        self.journal = journal
        journal.register(DELETE_MEETING, self._delete)

    def meeting_link(self, meeting: Meeting) -> str:
        body = {
            "topic": meeting.topic or "Meeting",
            "type": 2,  # a scheduled meeting
            "start_time": self._start_time(meeting),
            "duration": meeting.duration_minutes,
            "settings": {"meeting_invitees": [{"email": address} for address in meeting.invitees]},
        }
        if self.config.timezone:
            body["timezone"] = self.config.timezone
        created = self._call("POST", "/users/me/meetings", body)
        link = str(created.get("join_url", ""))
        if not link:
            raise ToolError("Zoom created the meeting but returned no join link.")
        if "id" in created:
            self.journal.record(DELETE_MEETING, f"Created the Zoom meeting {meeting.topic!r}",
                                {"api_base": self.base, "meeting_id": created["id"]})
        return link

    def _start_time(self, meeting: Meeting) -> str:
        if self.config.timezone:
            return meeting.start.strftime("%Y-%m-%dT%H:%M:%S")
        return meeting.start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _delete(self, payload: dict[str, Any]) -> str:
        self._call("DELETE", f"/meetings/{int(payload['meeting_id'])}", None, base=payload["api_base"])
        return f"Deleted the Zoom meeting {payload['meeting_id']}."

    def _call(self, method: str, path: str, body: dict[str, Any] | None, *, base: str | None = None) -> dict:
        token = self.token()
        if not token:
            raise ToolError(f"Zoom needs an API token: {_TOKEN_HINT}, or set zoom.service to 'jitsi'.")
        url = (base or self.base) + path
        request = urllib.request.Request(
            url, method=method, data=json.dumps(body).encode() if body is not None else None,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                     "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            raise _http_error(error) from error
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise ToolError(f"Could not reach Zoom at {self.base} ({reason}); check the network connection, or "
                            "set zoom.service to 'jitsi'.") from error
        try:
            return json.loads(raw) if raw.strip() else {}
        except json.JSONDecodeError as error:
            raise ToolError(f"Zoom answered {url} with something that is not JSON.") from error


def _http_error(error: urllib.error.HTTPError) -> ToolError:
    try:
        detail = str(json.loads(error.read() or b"{}").get("message", ""))
    except (json.JSONDecodeError, AttributeError, OSError):
        detail = ""
    suffix = f": {detail}" if detail else ""
    if error.code == 401:
        return ToolError(f"Zoom rejected the API token (401{suffix}); it may have expired: {_TOKEN_HINT}.")
    if error.code == 404:
        return ToolError(f"Zoom has no such meeting or user (404{suffix}).")
    if error.code == 429:
        return ToolError(f"Zoom's rate limit was reached (429{suffix}); try again later.")
    return ToolError(f"Zoom refused the request (HTTP {error.code}{suffix}).")
