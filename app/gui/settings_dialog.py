"""The settings dialog: apps, accounts (secrets to the keyring only), models, instructions, voice, autostart.

Nothing is lost on a bad value: the dialog stays open with the problem shown. A password is written to the
keyring and never to the settings file; where no keyring service exists the password fields are disabled and
the dialog says why.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import fields

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent.setup.settings import Settings, SettingsError, save_settings
from app import desktop
from app.gui.accounts import Account, accounts
from app.voice.global_shortcut import shortcut_support
from tools.backends import ToolError
from tools.catalogue import CATALOGUE
from tools.secrets import KeyringUnavailable, SecretStore
from tools.shared_folders import default_roots

DEFAULT_CHOICE = "(default)"


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        *,
        secrets: SecretStore,
        microphones: Callable[[], Sequence[str]] = list,
        planner_models: Sequence[str] = (),
        toolrag_models: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Errand settings")
        self.resize(640, 520)
        self.settings = copy.deepcopy(settings)
        self.saved: Settings | None = None
        self._secrets = secrets
        self._accounts = accounts()
        self.keyring_problem = self._keyring_problem()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._apps_tab(), "Apps")
        self.tabs.addTab(self._files_tab(), "Files")
        self.tabs.addTab(self._accounts_tab(), "Accounts")
        self.tabs.addTab(self._models_tab(planner_models, toolrag_models), "Models")
        self.tabs.addTab(self._assistant_tab(), "Assistant")
        self.tabs.addTab(self._voice_tab(microphones), "Voice")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#c62828")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # saving ----------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Write settings and secrets; on a problem keep the dialog open and say what to fix."""
        try:
            updated = self._collected()
            secrets = self._pending_secrets()
            save_settings(updated)
            self._store_secrets(secrets)
            desktop.set_autostart(self.autostart.isChecked())
        except (SettingsError, ToolError, OSError) as exc:
            self.error.setText(str(exc))
            return False
        self.saved = updated
        self.accept()
        return True

    def _collected(self) -> Settings:
        updated = copy.deepcopy(self.settings)
        for app, box in self.app_boxes.items():
            getattr(updated.tools, app).enabled = box.isChecked()
        for account, (server, user, _secret) in zip(self._accounts, self.account_fields, strict=True):
            section = getattr(updated.tools, account.section)
            if server is not None:
                setattr(section, account.server_field, server.text().strip())
            if user is not None:
                setattr(section, account.user_field, user.text().strip())
        updated.tools.files.roots = [line.strip() for line in self.shared_folders.toPlainText().splitlines()
                                     if line.strip()]
        updated.planner.model_path = _choice(self.planner_model)
        updated.planner.endpoint = self.planner_endpoint.text().strip()
        updated.planner.kind = "openai" if updated.planner.endpoint else "llama"
        updated.toolrag.model_dir = _choice(self.toolrag_model)
        updated.toolrag.examples = self.examples.value()
        updated.custom_instructions = self.instructions.toPlainText().strip()
        updated.always_allow = [tool for tool, box in self.allow_boxes.items() if box.isChecked()]
        updated.voice.push_to_talk = self.shortcut.keySequence().toString() or updated.voice.push_to_talk
        updated.voice.microphone = _choice(self.microphone)
        updated.voice.global_talk = self.global_talk.isChecked()
        return Settings.from_dict(updated.to_dict())  # the same validation as loading

    def _pending_secrets(self) -> list[tuple[Account, str, QLineEdit]]:
        """(account, keyring user, field) for every secret typed in; ToolError when its user name is missing."""
        pending = []
        for account, (_server, user, secret) in zip(self._accounts, self.account_fields, strict=True):
            if secret is None or not secret.text():
                continue
            name = account.fixed_user or (user.text().strip() if user is not None else "")
            if not name:
                raise ToolError(f"{account.label}: enter the user name the {account.secret_label.lower()} belongs to")
            pending.append((account, name, secret))
        return pending

    def _store_secrets(self, pending: list[tuple[Account, str, QLineEdit]]) -> None:
        for account, name, secret in pending:
            self._secrets.set(account.service, name, secret.text())
            secret.clear()
            secret.setPlaceholderText("saved in the keyring")

    def _keyring_problem(self) -> str:
        try:
            self._secrets.get("errand-probe", "probe")
        except KeyringUnavailable as exc:
            return str(exc)
        return ""

    # tabs ------------------------------------------------------------------------------------------------
    def _apps_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("Tools of a switched-off app are never offered to the planner."))
        self.app_boxes: dict[str, QCheckBox] = {}
        for section in fields(self.settings.tools):
            box = QCheckBox(section.name.capitalize())
            box.setChecked(getattr(self.settings.tools, section.name).enabled)
            layout.addWidget(box)
            self.app_boxes[section.name] = box
        layout.addStretch(1)
        return page

    def _files_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        explanation = QLabel("Errand finds, attaches and summarises only files in the folders you share, one per "
                             "line. Hidden files and places where secrets are kept (ssh keys, keyrings, browser "
                             "profiles) are never used, even inside them. Leave empty for:")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(QLabel("\n".join(str(root) for root in default_roots())
                                + "\nand the notes folder"))
        self.shared_folders = QPlainTextEdit("\n".join(self.settings.tools.files.roots))
        layout.addWidget(self.shared_folders)
        return page

    def _accounts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.keyring_label = QLabel(
            self.keyring_problem + " Passwords cannot be saved until then." if self.keyring_problem
            else "Passwords and tokens are stored in the system keyring, never in a file.")
        self.keyring_label.setWordWrap(True)
        if self.keyring_problem:
            self.keyring_label.setStyleSheet("color:#c62828")
        layout.addWidget(self.keyring_label)
        self.account_fields: list[tuple[QLineEdit | None, QLineEdit | None, QLineEdit | None]] = []
        for account in self._accounts:
            layout.addWidget(self._account_box(account))
        layout.addStretch(1)
        return page

    def _account_box(self, account: Account) -> QGroupBox:
        box = QGroupBox(account.label)
        form = QFormLayout(box)
        section = getattr(self.settings.tools, account.section)
        server = user = None
        if account.server_field:
            server = QLineEdit(getattr(section, account.server_field))
            form.addRow("Server", server)
        if account.user_field:
            user = QLineEdit(getattr(section, account.user_field))
            form.addRow("User", user)
        secret = QLineEdit()
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret.setEnabled(not self.keyring_problem)
        secret.setPlaceholderText("no keyring available" if self.keyring_problem else "unchanged")
        form.addRow(account.secret_label, secret)
        self.account_fields.append((server, user, secret))
        return box

    def _models_tab(self, planner_models: Sequence[str], toolrag_models: Sequence[str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.planner_model = _choices(planner_models, self.settings.planner.model_path)
        self.planner_endpoint = QLineEdit(self.settings.planner.endpoint)
        self.planner_endpoint.setPlaceholderText("optional: an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1")
        self.toolrag_model = _choices(toolrag_models, self.settings.toolrag.model_dir)
        self.examples = QSpinBox()
        self.examples.setRange(0, 12)
        self.examples.setValue(self.settings.toolrag.examples)
        form.addRow("Planner model", self.planner_model)
        form.addRow("Planner server", self.planner_endpoint)
        form.addRow("ToolRAG model", self.toolrag_model)
        form.addRow("Examples in the prompt", self.examples)
        form.addRow(QLabel("Download or verify models in the Models window; a path may also be typed here."))
        return page

    def _assistant_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("Custom instructions (added to every planner prompt):"))
        self.instructions = QPlainTextEdit(self.settings.custom_instructions)
        layout.addWidget(self.instructions)
        layout.addWidget(QLabel("Run these tools without asking for approval:"))
        self.allow_boxes: dict[str, QCheckBox] = {}
        for spec in CATALOGUE:
            if spec.side_effects:
                box = QCheckBox(spec.name)
                box.setChecked(spec.name in self.settings.always_allow)
                layout.addWidget(box)
                self.allow_boxes[spec.name] = box
        self.autostart = QCheckBox("Start Errand when I log in")
        self.autostart.setChecked(desktop.autostart_enabled())
        self.autostart.setEnabled(desktop.autostart_supported())
        layout.addWidget(self.autostart)
        return page

    def _voice_tab(self, microphones: Callable[[], Sequence[str]]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.shortcut = QKeySequenceEdit(QKeySequence(self.settings.voice.push_to_talk))
        try:
            found = list(microphones())
            problem = "" if found else "No microphone was found."
        except Exception as exc:  # any device-query failure is shown, never fatal to the dialog
            found, problem = [], str(exc)
        self.microphone = _choices(found, self.settings.voice.microphone, editable=False)
        form.addRow("Push-to-talk shortcut", self.shortcut)
        self.global_talk = QCheckBox("Hold it anywhere on the desktop, not only in the chat window")
        self.global_talk.setChecked(self.settings.voice.global_talk)
        form.addRow(self.global_talk)
        self.global_talk_status = QLabel(f"Global shortcut on this desktop: {shortcut_support().kind}")
        self.global_talk_status.setWordWrap(True)
        form.addRow(self.global_talk_status)
        form.addRow("Microphone", self.microphone)
        self.microphone_problem = QLabel(problem)
        self.microphone_problem.setWordWrap(True)
        form.addRow(self.microphone_problem)
        return page


def _choices(options: Sequence[str], current: str, *, editable: bool = True) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    box.addItem(DEFAULT_CHOICE)
    for option in options:
        box.addItem(option)
    if current and box.findText(current) < 0:
        box.addItem(current)
    box.setCurrentText(current or DEFAULT_CHOICE)
    return box


def _choice(box: QComboBox) -> str:
    text = box.currentText().strip()
    return "" if text == DEFAULT_CHOICE else text
