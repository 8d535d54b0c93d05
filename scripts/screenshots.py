"""Drives the real tray app under a display and saves what a user sees into docs/screenshots/.

Run it through `scripts/screenshots` (which starts Xvfb and a tray host). Everything is real except the
planner's text: a fixed plan is replayed (agent/planning/backends/scripted.py) so the pictures do not depend on which
planner model happens to be installed. The tools run against files in a temporary folder.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HOME = Path(tempfile.mkdtemp(prefix="errand-screenshots-"))
for variable, folder in (("ERRAND_HOME", "errand"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                         ("XDG_CACHE_HOME", "cache")):
    (HOME / folder).mkdir()
    os.environ[variable] = str(HOME / folder)
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agent.planning.backends.scripted import ScriptedBackend  # noqa: E402
from agent.planning.prompts import get_profile  # noqa: E402
from agent.record.history import HistoryStore  # noqa: E402
from agent.session import Session, SessionConfig  # noqa: E402
from agent.setup.settings import Settings  # noqa: E402
from app.gui.application import Assistant, Dependencies, ErrandApp  # noqa: E402
from tools.backends import Backends, Event  # noqa: E402
from tools.catalogue import CATALOGUE  # noqa: E402
from tools.platform import build_backends  # noqa: E402
from tools.secrets import SecretStore  # noqa: E402
from tools.undo import UndoJournal  # noqa: E402

REQUEST = ("Set up a project sync with Anna and Ben on Tuesday at 10 in room 4, and make a note for the agenda in "
           "my Work folder")
PLAN = (
    "Thought: look up both addresses, then create the event and the note.\n"
    '1. get_email_address("Anna Berg")\n'
    '2. get_email_address("Ben Okafor")\n'
    '3. create_calendar_event("Project sync", "{day} 10:00:00", "", "Room 4", ["$1", "$2"], "", "")\n'
    '4. create_note("Project sync agenda", "Invitees: $1, $2", "Work")\n'
    "5. join()<END_OF_PLAN>"
)
FAILING_REQUEST = "Text Anna the minutes note from my Work folder"
FAILING_PLAN = ('1. get_phone_number("Anna Berg")\n2. open_note("Minutes", "Work")\n3. send_sms(["$1"], "$2")\n'
                "4. join()<END_OF_PLAN>")
FIXED_PLAN = ('1. get_phone_number("Anna Berg")\n2. open_note("Project sync agenda", "Work")\n'
              '3. send_sms(["$1"], "$2")\n4. join()<END_OF_PLAN>')
CONTACTS = "".join(
    f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nEMAIL:{mail}\nTEL:{phone}\nEND:VCARD\n"
    for name, mail, phone in (("Anna Berg", "anna@example.org", "+46 70 123 45 67"),
                              ("Ben Okafor", "ben@example.org", "+44 7700 900123")))


def demo_settings() -> Settings:
    settings = Settings()
    (HOME / "contacts.vcf").write_text(CONTACTS)
    settings.tools.contacts.vcard_paths = [str(HOME / "contacts.vcf")]
    settings.tools.notes.folder = str(HOME / "notes")
    settings.tools.calendar.folder = str(HOME / "calendars")
    settings.tools.reminders.folder = str(HOME / "calendars")
    settings.tools.files.roots = [str(HOME)]
    return settings


def demo_assistant(settings: Settings) -> Assistant:
    journal = UndoJournal(HOME / "undo.sqlite3")
    backends = build_backends(demo_settings().tools, secrets=SecretStore(), journal=journal, opener=lambda target: None)
    seed_calendar(backends)
    day = time.strftime("%Y-%m-%d", time.localtime(time.time() + 2 * 86400))
    session = Session(registry=CATALOGUE, backends=backends, selector=None, retriever=None,
                      profile=get_profile("errand-compact"),
                      planner=ScriptedBackend([PLAN.format(day=day), FAILING_PLAN, FIXED_PLAN]),
                      config=SessionConfig(enabled_apps=settings.enabled_apps, replan_budget=1, grammar=False),
                      history=HistoryStore(HOME / "history.sqlite3"))
    return Assistant(functools.partial(session.handle, tools=CATALOGUE.names), session.history, journal)


def seed_calendar(backends: Backends) -> None:
    """Tomorrow's events, for the read answer and the removal's approval."""
    tomorrow = datetime.combine(date.today() + timedelta(days=1), datetime.min.time())
    for title, start, minutes, place in (("Stand-up", 9, 30, ""), ("Lunch with Ann", 13, 60, "Cafe Bleu"),
                                         ("Dentist", 16, 45, "Dr Lee")):
        at = tomorrow + timedelta(hours=start)
        backends.calendar.create_event(Event(title, at, at + timedelta(minutes=minutes), place))


class HummingMicrophone:
    """A microphone that hears a steady hum, so the level meter moves while "listening" is pictured."""

    def input_devices(self) -> list[str]:
        return ["Built-in microphone"]

    def native_rate(self, device: str | None) -> int:
        return 16_000

    def open_input(self, device, rate, on_block):  # noqa: ANN001
        return HumStream(on_block)


class HumStream:
    def __init__(self, on_block: Callable[[np.ndarray], None]) -> None:
        self.on_block = on_block
        self.running = False
        self.thread = threading.Thread(target=self._play, daemon=True)

    def _play(self) -> None:
        block = (0.2 * np.sin(2 * np.pi * 220 * np.arange(1600) / 16_000)).astype(np.float32)
        while self.running:
            self.on_block(block)
            time.sleep(0.1)

    def start(self) -> None:
        self.running = True
        self.thread.start()

    def stop(self) -> None:
        self.running = False
        self.thread.join()

    def close(self) -> None:
        self.running = False


def wait_until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):  # let painting settle
        QApplication.processEvents()
        time.sleep(0.01)


def ask(window: Any, text: str) -> None:
    window.input.setText(text)
    window.submit()
    wait_until(window.send_button.isEnabled)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication(sys.argv[:1])
    errand = ErrandApp(Dependencies(build_assistant=demo_assistant, audio=HummingMicrophone()))
    errand.start()
    print(f"system tray available: {errand.tray is not None}")
    window = errand.window
    errand.open_chat()
    window.resize(1240, 760)
    wait_until(window.send_button.isEnabled)
    window.input.setText(REQUEST)
    window.submit()
    view = window.plan_view
    wait_until(view.approve_button.isEnabled)
    wait_until(lambda: all(view.nodes[i].status.value == "done" for i in (1, 2)))
    view.select(4)
    view.edit(4, 1, "Invitees: $1, $2. Bring the Q4 numbers.")
    view.grab().save(str(out / "plan-view.png"))
    view.approve()
    wait_until(window.send_button.isEnabled)
    window.grab().save(str(out / "chat-window.png"))
    if errand.tray is not None:
        qt_app.primaryScreen().grabWindow(0).save(str(out / "desktop-with-tray.png"))
    settings = errand.open_settings()
    settings.tabs.setCurrentIndex(1)
    wait_until(settings.isVisible)
    settings.grab().save(str(out / "settings.png"))
    settings.reject()
    models = errand.open_models()
    models.resize(1000, 360)
    wait_until(models.isVisible)
    models.grab().save(str(out / "models.png"))
    models.close()
    ask(window, "what's on my calendar tomorrow")
    window.grab().save(str(out / "read-answer.png"))
    window.input.setText("remove tomorrow's lunch from my calendar")
    window.submit()
    wait_until(view.approve_button.isEnabled)
    window.grab().save(str(out / "removal-approval.png"))
    view.approve()
    wait_until(window.send_button.isEnabled)
    window.input.setText(FAILING_REQUEST)
    window.submit()
    wait_until(lambda: view.approve_button.isEnabled() and 2 in view.nodes
               and view.nodes[2].status.value == "failed")  # no note called Minutes
    view.select(2)
    window.grab().save(str(out / "failed-step.png"))
    view.approve()
    wait_until(lambda: view.approve_button.isEnabled() and 2 in view.nodes
               and "Project sync agenda" in str(view.nodes[2].step.args))  # the plan made again
    window.grab().save(str(out / "replanned.png"))
    view.cancel()
    wait_until(window.send_button.isEnabled)
    window.voice.press()
    wait_until(lambda: window.level_meter.value() > 0)
    window.grab().save(str(out / "listening.png"))
    window.voice.release()
    wait_until(lambda: not window.voice.busy, seconds=120)
    history = errand.open_history()
    wait_until(lambda: history is not None and history.isVisible())
    history.grab().save(str(out / "history.png"))
    for path in sorted(out.glob("*.png")):
        print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    errand.jobs.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
