"""build_backends with no configuration, with apps disabled, and the catalogue's tools run through it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.backends import ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.linux.contacts import ContactBook
from tools.linux.notes import MarkdownNotes
from tools.paths import data_dir
from tools.platform import build_backends
from tools.secrets import SecretStore

VCARD = "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nN:Lee;Ann;;;\nEMAIL:ann@example.org\nTEL:+1 555 0100\nEND:VCARD\n"


def _call(backends, name: str, *args) -> str:
    return CATALOGUE[name].function(backends, *args)


def test_defaults_work_with_no_configuration(journal, recorder, home) -> None:
    contacts_file = data_dir() / "contacts.vcf"
    contacts_file.parent.mkdir(parents=True)
    contacts_file.write_text(VCARD)
    backends = build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, platform="linux",
                              opener=recorder)

    assert _call(backends, "get_email_address", "Ann") == "ann@example.org"
    answer = _call(backends, "create_calendar_event", "Sync", "2026-05-04 10:00:00", "", "", ["Ann"], "", "")
    assert answer == "Event 'Sync' on 2026-05-04 10:00-11:00 in calendar 'personal' with 1 invitee created."
    assert len(list((data_dir() / "calendars" / "personal").glob("*.ics"))) == 1
    assert _call(backends, "create_reminder", "Water plants", "", "", "", 0, False) == (
        "Reminder 'Water plants' in list 'reminders' created.")
    assert _call(backends, "create_note", "Ideas", "cider", "") == "Note 'Ideas' in the notes folder created."
    assert (data_dir() / "notes" / "Ideas.md").read_text() == "cider\n"
    assert _call(backends, "append_note_content", "ideas", "perry", "").startswith("Appended")
    assert _call(backends, "open_note", "Ideas", "") == "cider\nperry\n"
    (home / "Documents").mkdir()
    (home / "Documents" / "plan.txt").write_text("x")
    assert _call(backends, "open_and_get_file_path", "plan.txt") == str(home / "Documents" / "plan.txt")
    assert _call(backends, "maps_show_directions", "", "Berlin", "r").startswith("Opened transit directions")
    assert recorder.opened[0] == str(home / "Documents" / "plan.txt")
    assert recorder.opened[1].startswith("https://www.openstreetmap.org/directions?")

    for _ in range(4):
        journal.undo_last()
    assert not (data_dir() / "notes" / "Ideas.md").exists()
    assert list((data_dir() / "calendars").rglob("*.ics")) == []


def test_home_notes_folder_is_used_when_it_exists(journal, recorder, home) -> None:
    (home / "Notes").mkdir()
    backends = build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, opener=recorder)
    assert isinstance(backends.notes, MarkdownNotes) and backends.notes.root == home / "Notes"


def test_disabled_apps_answer_that_they_are_disabled(journal, recorder) -> None:
    config = ToolsConfig()
    config.notes.enabled = False
    config.maps.enabled = False
    backends = build_backends(config, secrets=SecretStore(), journal=journal, opener=recorder)
    with pytest.raises(ToolError, match="Notes is disabled in settings"):
        _call(backends, "create_note", "x", "y", "")
    with pytest.raises(ToolError, match="Maps is disabled in settings"):
        _call(backends, "maps_open_location", "Paris")
    assert recorder.opened == []


def test_missing_server_url_says_what_to_configure(journal, recorder) -> None:
    config = ToolsConfig()
    config.calendar.backend = "caldav"
    config.contacts.backend = "carddav"
    backends = build_backends(config, secrets=SecretStore(), journal=journal, opener=recorder)
    with pytest.raises(ToolError, match="CalDAV is selected but no server URL is set"):
        _call(backends, "create_calendar_event", "x", "2026-05-04 10:00:00", "", "", [], "", "")
    with pytest.raises(ToolError, match="CardDAV is selected but no server URL is set"):
        _call(backends, "get_phone_number", "Ann")


def test_platform_is_chosen_once_from_the_tables(journal, recorder) -> None:
    from tools.platform import LINUX, MACOS, PORTABLE, factories_for

    assert factories_for("darwin") == {**PORTABLE, **MACOS}
    assert factories_for("linux") == {**PORTABLE, **LINUX}
    backends = build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, platform="darwin",
                              opener=recorder)
    for app in MACOS:
        backend = getattr(backends, app)
        native = backend.source if isinstance(backend, ContactBook) else backend  # Contacts.app feeds ContactBook
        assert type(native).__module__.startswith("tools.macos"), app
    linux = build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, platform="linux",
                           opener=recorder)
    assert isinstance(linux.contacts, ContactBook) and isinstance(linux.notes, MarkdownNotes)


def test_a_configured_server_wins_over_the_macos_app(journal, recorder) -> None:
    from tools.linux.caldav_backend import CalDavCalendar
    from tools.linux.carddav import CardDavAddressBook

    config = ToolsConfig()
    config.calendar.backend = "caldav"
    config.calendar.caldav_url = "https://dav.example.org/"
    config.contacts.backend = "carddav"
    config.contacts.carddav_url = "https://dav.example.org/"
    backends = build_backends(config, secrets=SecretStore(), journal=journal, platform="darwin", opener=recorder)
    assert isinstance(backends.calendar, CalDavCalendar)
    assert isinstance(backends.contacts.source, CardDavAddressBook)
    assert type(backends.reminders).__module__.startswith("tools.macos")


def test_caldav_backends_built_from_settings(radicale, memory_keyring, journal, recorder) -> None:
    SecretStore().set("errand-caldav", radicale.user, radicale.password)
    config = ToolsConfig()
    config.reminders.backend = "caldav"
    config.reminders.caldav_url = radicale.url
    config.reminders.caldav_user = radicale.user
    backends = build_backends(config, secrets=SecretStore(), journal=journal, opener=recorder)
    import caldav

    principal = caldav.DAVClient(radicale.url, username=radicale.user, password=radicale.password).principal()
    todo_list = principal.make_calendar(name="Errands", supported_calendar_component_set=["VTODO"])
    try:
        answer = _call(backends, "create_reminder", "Buy stamps", "2026-02-01 09:00:00", "", "Errands", 5, False)
        assert answer == "Reminder 'Buy stamps' due 2026-02-01 09:00 in list 'Errands' created."
        assert len(todo_list.todos()) == 1
        assert journal.undo_last().startswith("Deleted")
        assert todo_list.todos() == []
    finally:
        todo_list.delete()


def test_pdf_summary_through_the_catalogue(journal, recorder, home, make_pdf) -> None:
    (home / "Downloads").mkdir()
    lines = ["The solar battery project cuts energy costs by forty percent.", "Solar battery sites grow."]
    make_pdf(home / "Downloads" / "paper.pdf", [lines])
    backends = build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, opener=recorder)
    answer = _call(backends, "summarize_pdf", "paper.pdf")
    assert answer.startswith("Summary of paper.pdf (1 page):\nThe solar battery project")
    assert Path(recorder.opened[0]).name == "paper.pdf"
