"""The settings dialog round trip: values to settings.json, secrets to the keyring and never to a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from agent.setup.settings import Settings, load_settings, save_settings, settings_path
from app import desktop
from app.gui.settings_dialog import DEFAULT_CHOICE, SettingsDialog
from tools.linux.caldav_backend import SECRET_SERVICE as CALDAV
from tools.linux.mail_settings import SMTP_SERVICE
from tools.secrets import SecretStore


def account_fields(dialog: SettingsDialog, label: str):
    index = [a.label for a in dialog._accounts].index(label)
    return dialog.account_fields[index]


def test_round_trip_with_secrets_in_the_keyring(qtbot, memory_keyring, tmp_path: Path) -> None:
    original = Settings()
    original.always_allow = ["create_note"]
    save_settings(original)
    dialog = SettingsDialog(load_settings(), secrets=SecretStore(), microphones=lambda: ["USB mic", "Built-in"],
                            planner_models=["/models/a.gguf"], toolrag_models=[])
    qtbot.addWidget(dialog)
    assert dialog.keyring_problem == ""
    dialog.app_boxes["sms"].setChecked(False)
    server, user, password = account_fields(dialog, "Calendar (CalDAV)")
    server.setText("https://dav.example.org/cal/")
    user.setText("alice")
    password.setText("s3cret-pass")
    smtp_server, smtp_user, smtp_password = account_fields(dialog, "Mail sending (SMTP)")
    smtp_server.setText("smtp.example.org")
    smtp_user.setText("alice@example.org")
    smtp_password.setText("mail-pass")
    dialog.planner_model.setCurrentText("/models/a.gguf")
    dialog.examples.setValue(4)
    dialog.instructions.setPlainText("Always answer briefly.")
    dialog.allow_boxes["create_note"].setChecked(False)
    dialog.allow_boxes["create_reminder"].setChecked(True)
    dialog.shortcut.setKeySequence(QKeySequence("Ctrl+Shift+T"))
    dialog.microphone.setCurrentText("USB mic")
    dialog.autostart.setChecked(True)
    dialog.shared_folders.setPlainText("~/Documents\n\n  ~/Work/shared  \n")

    assert dialog.save(), dialog.error.text()

    saved = load_settings()
    assert "sms" not in saved.enabled_apps and "calendar" in saved.enabled_apps
    calendar = saved.tools.calendar
    assert (calendar.caldav_url, calendar.caldav_user) == ("https://dav.example.org/cal/", "alice")
    assert saved.tools.mail.smtp_host == "smtp.example.org"
    assert saved.planner.model_path == "/models/a.gguf" and saved.toolrag.examples == 4
    assert saved.custom_instructions == "Always answer briefly."
    assert saved.tools.files.roots == ["~/Documents", "~/Work/shared"]
    assert saved.always_allow == ["create_reminder"]
    assert saved.voice.push_to_talk == "Ctrl+Shift+T" and saved.voice.microphone == "USB mic"
    assert memory_keyring.store[(CALDAV, "alice")] == "s3cret-pass"
    assert memory_keyring.store[(SMTP_SERVICE, "alice@example.org")] == "mail-pass"
    text = settings_path().read_text()
    assert "s3cret-pass" not in text and "mail-pass" not in text
    entry = desktop.autostart_path().read_text()
    assert entry.startswith("[Desktop Entry]") and " app" in entry and str(desktop.ICON_PNG) in entry

    reopened = SettingsDialog(saved, secrets=SecretStore(), microphones=lambda: ["USB mic"])
    qtbot.addWidget(reopened)
    assert not reopened.app_boxes["sms"].isChecked()
    assert account_fields(reopened, "Calendar (CalDAV)")[1].text() == "alice"
    assert account_fields(reopened, "Calendar (CalDAV)")[2].text() == ""  # secrets are never shown
    assert reopened.microphone.currentText() == "USB mic"
    assert reopened.autostart.isChecked()
    reopened.autostart.setChecked(False)
    assert reopened.save()
    assert not desktop.autostart_path().exists()


def test_autostart_respects_xdg_config_home(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    desktop.set_autostart(True)
    assert (tmp_path / "cfg" / "autostart" / "errand.desktop").is_file()
    desktop.set_autostart(False)
    assert not (tmp_path / "cfg" / "autostart" / "errand.desktop").exists()


def test_without_a_keyring_passwords_are_refused_not_stored(qtbot, no_keyring) -> None:
    dialog = SettingsDialog(Settings(), secrets=SecretStore())
    qtbot.addWidget(dialog)
    assert "No system keyring" in dialog.keyring_problem
    assert "No system keyring" in dialog.keyring_label.text()
    server, user, password = account_fields(dialog, "Calendar (CalDAV)")
    assert not password.isEnabled()
    user.setText("alice")
    assert dialog.save()  # everything else is still saved
    assert load_settings().tools.calendar.caldav_user == "alice"


def test_a_bad_value_keeps_the_dialog_open_and_loses_nothing(qtbot, memory_keyring) -> None:
    dialog = SettingsDialog(Settings(), secrets=SecretStore())
    qtbot.addWidget(dialog)
    _server, user, password = account_fields(dialog, "Calendar (CalDAV)")
    password.setText("pw")  # a password without the user it belongs to
    assert not dialog.save()
    assert "user name" in dialog.error.text()
    assert password.text() == "pw"
    assert not settings_path().exists()  # nothing half-saved
    assert dialog.planner_model.currentText() == DEFAULT_CHOICE


def test_no_microphone_is_said_in_the_voice_tab(qtbot) -> None:
    def broken() -> list[str]:
        raise OSError("PortAudio library not found")

    dialog = SettingsDialog(Settings(), secrets=SecretStore(), microphones=broken)
    qtbot.addWidget(dialog)
    assert "PortAudio" in dialog.microphone_problem.text()
    empty = SettingsDialog(Settings(), secrets=SecretStore(), microphones=list)
    qtbot.addWidget(empty)
    assert empty.microphone_problem.text() == "No microphone was found."
