from __future__ import annotations

import pytest

from tools.config import ConfigError, ToolsConfig


def test_defaults_enable_every_app_with_local_backends() -> None:
    config = ToolsConfig()
    assert config.enabled_apps() == (
        "calendar", "contacts", "files", "mail", "maps", "notes", "reminders", "sms", "zoom",
    )
    assert (config.calendar.backend, config.contacts.backend, config.maps.service) == ("vdir", "vcard", "osm")


def test_round_trip_through_a_dict() -> None:
    config = ToolsConfig()
    config.contacts.backend = "carddav"
    config.contacts.carddav_url = "https://dav.example.org/"
    config.files.roots = ["~/Documents", "/srv/shared"]
    config.sms.enabled = False
    again = ToolsConfig.from_dict(config.to_dict())
    assert again == config
    assert again.enabled_apps().count("sms") == 0


def test_partial_dict_keeps_the_other_defaults() -> None:
    config = ToolsConfig.from_dict({"maps": {"service": "google"}})
    assert config.maps.service == "google"
    assert config.notes == ToolsConfig().notes


@pytest.mark.parametrize(("data", "message"), [
    ({"maps": {"service": "bing"}}, "setting maps.service must be one of osm, google, not 'bing'"),
    ({"files": {"roots": "~"}}, "setting files.roots must be a list of strings"),
    ({"files": {"max_entries": True}}, "setting files.max_entries must be int, not bool"),
    ({"notes": {"folder": 3}}, "setting notes.folder must be str, not int"),
    ({"calender": {}}, "unknown setting calender"),
    ({"contacts": {"password": "x"}}, "unknown setting contacts.password"),
    ({"notes": []}, "setting notes must be an object"),
    ({"files": {"pdf_max_pages": 0}}, "setting files.pdf_max_pages must be at least 1"),
])
def test_bad_values_name_the_setting(data: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(".", r"\.")):
        ToolsConfig.from_dict(data)
