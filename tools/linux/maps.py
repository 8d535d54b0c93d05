"""Maps as URLs opened in the default browser: OpenStreetMap (default) or Google Maps.

The planner's transport (driving/walking/transit, already normalised) maps to each service's routing mode.
OpenStreetMap has no public-transit router, so transit falls back to walking and the observation says so.
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlencode

from tools.backends import ToolError
from tools.opener import Opener

MapService = Literal["osm", "google"]

_OSM_ENGINES = {"driving": "fossgis_osrm_car", "walking": "fossgis_osrm_foot", "transit": "fossgis_osrm_foot"}
_GOOGLE_MODES = {"driving": "driving", "walking": "walking", "transit": "transit"}
_SERVICE_NAMES = {"osm": "OpenStreetMap", "google": "Google Maps"}


def place_url(service: MapService, location: str) -> str:
    if service == "google":
        return "https://www.google.com/maps/search/?" + urlencode({"api": "1", "query": location})
    return "https://www.openstreetmap.org/search?" + urlencode({"query": location})


def directions_url(service: MapService, start: str, end: str, mode: str) -> str:
    """An empty start means "here": Google uses the device location; OpenStreetMap leaves the field to fill."""
    if service == "google":
        params = {"api": "1", "origin": start, "destination": end, "travelmode": _GOOGLE_MODES[mode]}
        return "https://www.google.com/maps/dir/?" + urlencode({k: v for k, v in params.items() if v})
    params = {"engine": _OSM_ENGINES[mode], "from": start, "to": end}
    return "https://www.openstreetmap.org/directions?" + urlencode(params)


class WebMaps:
    def __init__(self, service: MapService, opener: Opener) -> None:
        self.service = service
        self.opener = opener

    def open_location(self, location: str) -> str:
        if not location.strip():
            raise ToolError("No location given to show on the map.", fixable=True)
        url = place_url(self.service, location.strip())
        self.opener(url)
        return f"Opened {location.strip()} on {_SERVICE_NAMES[self.service]}: {url}"

    def show_directions(self, start: str, end: str, mode: str) -> str:
        if not end.strip():
            raise ToolError("No destination given for directions.", fixable=True)
        if mode not in _GOOGLE_MODES:
            raise ToolError(f"Unknown transport mode {mode!r}; use driving, walking or transit.", fixable=True)
        url = directions_url(self.service, start.strip(), end.strip(), mode)
        self.opener(url)
        origin = start.strip() or "your location"
        note = ""
        if self.service == "osm" and mode == "transit":
            note = " (OpenStreetMap has no public-transit routing, so it shows walking directions)"
        service = _SERVICE_NAMES[self.service]
        return f"Opened {mode} directions from {origin} to {end.strip()} on {service}: {url}{note}"
