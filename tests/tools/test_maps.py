from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tools.backends import ToolError
from tools.linux.maps import WebMaps


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_osm_place_is_opened_and_returned(recorder) -> None:
    answer = WebMaps("osm", recorder).open_location("Café de Flore, Paris")
    url = recorder.opened[0]
    assert url.startswith("https://www.openstreetmap.org/search?")
    assert _query(url) == {"query": ["Café de Flore, Paris"]}
    assert answer == f"Opened Café de Flore, Paris on OpenStreetMap: {url}"


@pytest.mark.parametrize(("mode", "engine"), [
    ("driving", "fossgis_osrm_car"), ("walking", "fossgis_osrm_foot"), ("transit", "fossgis_osrm_foot"),
])
def test_osm_directions_modes(recorder, mode: str, engine: str) -> None:
    answer = WebMaps("osm", recorder).show_directions("Berkeley", "San Francisco", mode)
    assert _query(recorder.opened[0]) == {"engine": [engine], "from": ["Berkeley"], "to": ["San Francisco"]}
    assert ("no public-transit routing" in answer) == (mode == "transit")


@pytest.mark.parametrize("mode", ["driving", "walking", "transit"])
def test_google_directions_modes_and_current_location(recorder, mode: str) -> None:
    answer = WebMaps("google", recorder).show_directions("", "SFO", mode)
    url = recorder.opened[0]
    assert url.startswith("https://www.google.com/maps/dir/?")
    assert _query(url) == {"api": ["1"], "destination": ["SFO"], "travelmode": [mode]}
    assert "from your location to SFO on Google Maps" in answer


def test_google_place(recorder) -> None:
    WebMaps("google", recorder).open_location("Golden Gate Park")
    assert _query(recorder.opened[0]) == {"api": ["1"], "query": ["Golden Gate Park"]}


def test_empty_destination_is_an_error(recorder) -> None:
    with pytest.raises(ToolError, match="No destination"):
        WebMaps("osm", recorder).show_directions("here", " ", "driving")
    assert recorder.opened == []
