"""Apple Maps: a place or directions URL (https://maps.apple.com, which opens the Maps app) opened with `open`."""

from __future__ import annotations

from urllib.parse import urlencode

from tools.backends import ToolError
from tools.opener import Opener

APPLE_MAPS = "https://maps.apple.com/"
DIRECTION_FLAGS = {"driving": "d", "walking": "w", "transit": "r"}


def place_url(location: str) -> str:
    return APPLE_MAPS + "?" + urlencode({"q": location})


def directions_url(start: str, end: str, mode: str) -> str:
    """An empty start leaves saddr out, which Apple Maps reads as the current location."""
    params = {"saddr": start, "daddr": end, "dirflg": DIRECTION_FLAGS[mode]}
    return APPLE_MAPS + "?" + urlencode({k: v for k, v in params.items() if v})


class AppleMaps:
    def __init__(self, opener: Opener) -> None:
        self.opener = opener

    def open_location(self, location: str) -> str:
        if not location.strip():
            raise ToolError("No location given to show on the map.", fixable=True)
        url = place_url(location.strip())
        self.opener(url)
        return f"Opened {location.strip()} in Apple Maps: {url}"

    def show_directions(self, start: str, end: str, mode: str) -> str:
        if not end.strip():
            raise ToolError("No destination given for directions.", fixable=True)
        if mode not in DIRECTION_FLAGS:
            raise ToolError(f"Unknown transport mode {mode!r}; use driving, walking or transit.", fixable=True)
        url = directions_url(start.strip(), end.strip(), mode)
        self.opener(url)
        origin = start.strip() or "your location"
        return f"Opened {mode} directions from {origin} to {end.strip()} in Apple Maps: {url}"
