"""The whole tray app with the real Session: background loading, the no-tray fallback, the tray menu,
notifications while hidden, 'always allow' saved to settings, and the single-instance channel."""

from __future__ import annotations

from agent.setup.settings import load_settings
from app.gui.application import Assistant, Dependencies, ErrandApp
from app.gui.jobs import JobRunner
from app.gui.single_instance import InstanceServer, send_to_running
from app.gui.tray import NO_TRAY_NOTICE

LOOKUP_PLAN = '1. get_phone_number("Anna")\n2. join()<END_OF_PLAN>'
NOTE_PLAN = '1. create_note("Milk", "buy milk", "")\n2. join()<END_OF_PLAN>'


class NoMicrophones:
    def input_devices(self) -> list[str]:
        return []

    def native_rate(self, device):
        from app.voice.errors import NoMicrophone

        raise NoMicrophone("Could not open a microphone: none is connected.")

    def open_input(self, device, rate, on_block):
        raise AssertionError("never reached")


def make_app(qtbot, world, jobs: JobRunner, *plans: str, use_tray: bool = False, factory=None) -> ErrandApp:
    def build(settings) -> Assistant:
        return Assistant(world.handler(*plans), world.history, world.journal)

    app = ErrandApp(Dependencies(build_assistant=factory or build, jobs=jobs, audio=NoMicrophones(),
                                 use_tray=use_tray))
    qtbot.addWidget(app.window)
    return app


def test_usable_at_once_and_the_session_arrives_in_the_background(qtbot, world, manual_executor) -> None:
    app = make_app(qtbot, world, JobRunner(manual_executor), LOOKUP_PLAN)
    app.start()
    assert app.window.isVisible()
    assert NO_TRAY_NOTICE in app.window.notice.text()  # no tray here: the window says why it opened
    assert "Loading the models" in app.window.readiness.text()
    assert not app.window.send_button.isEnabled()
    assert "Loading models" in app.window.statusBar().currentMessage()
    app.window.input.setText("too early")
    app.window.submit()  # Enter before the models are loaded: kept, and the reason is shown
    assert app.window.input.text() == "too early"
    assert "cannot take requests yet" in app.window.statusBar().currentMessage()
    assert manual_executor.run_all() == 2  # the session, and the speech model preload
    assert app.window.send_button.isEnabled() and not app.window.readiness.isVisible()
    app.window.input.setText("What is Anna's number?")
    app.window.submit()
    manual_executor.run_all()  # a read-only plan: no approval needed, the whole request runs here
    assert "+46 70 123 45 67" in app.window.conversation.toPlainText()


def test_a_model_that_cannot_load_is_explained(qtbot, world, manual_executor) -> None:
    def broken(settings):
        raise RuntimeError("the planner model /nowhere.gguf does not exist.")

    app = make_app(qtbot, world, JobRunner(manual_executor), factory=broken)
    app.start()
    manual_executor.run_all()
    assert "/nowhere.gguf does not exist" in app.window.readiness.text()
    assert not app.window.send_button.isEnabled()


def test_tray_menu_and_notification_when_the_window_is_hidden(qtbot, world, manual_executor) -> None:
    app = make_app(qtbot, world, JobRunner(manual_executor), LOOKUP_PLAN, use_tray=True)
    app.start()
    manual_executor.run_all()
    assert app.tray.icon.toolTip() == "Errand: ready"
    assert app.tray.action_texts() == ["Open chat", "Push-to-talk (start / stop)", "Settings…", "Models…",
                                       "History…", "Quit Errand"]
    assert not app.window.isVisible()  # the tray is the entry point
    shown: list[tuple[str, str]] = []
    app.tray.icon.showMessage = lambda title, message, *rest: shown.append((title, message))
    app.window.input.setText("What is Anna's number?")
    app.window.submit()
    manual_executor.run_all()
    assert shown and shown[0][0] == "Errand" and "+46" in shown[0][1]
    app.open_chat()
    assert app.window.isVisible()


def test_push_to_talk_without_a_microphone_says_so(qtbot, world, manual_executor) -> None:
    app = make_app(qtbot, world, JobRunner(manual_executor), use_tray=True)
    app.start()
    app.push_to_talk()  # the tray menu entry
    assert app.window.isVisible()
    assert "none is connected" in app.window.conversation.toPlainText()
    assert not app.voice.recording


def test_always_allow_from_the_plan_view_is_saved(qtbot, world, jobs) -> None:
    app = make_app(qtbot, world, jobs, NOTE_PLAN)
    app.start()
    qtbot.waitUntil(app.window.send_button.isEnabled, timeout=20_000)
    app.window.input.setText("Note: buy milk")
    app.window.submit()
    qtbot.waitUntil(app.window.plan_view.approve_button.isEnabled, timeout=20_000)
    app.window.plan_view.always_allow_boxes["create_note"].setChecked(True)
    app.window.plan_view.approve_button.click()
    qtbot.waitUntil(app.window.send_button.isEnabled, timeout=20_000)
    assert load_settings().always_allow == ["create_note"]
    assert (world.notes / "Milk.md").is_file()


def test_history_and_models_open_from_the_app(qtbot, world, manual_executor) -> None:
    app = make_app(qtbot, world, JobRunner(manual_executor))
    app.start()
    assert app.open_history() is None  # not before the models have loaded
    manual_executor.run_all()
    history = app.open_history()
    assert history is not None and history.isVisible()
    models = app.open_models()
    assert models.table.rowCount() >= 1
    models.close()
    assert app.open_models() is models  # reopened, with any download still shown
    assert app.open_history() is history
    settings = app.open_settings()
    assert settings.isVisible()


def test_a_second_launch_reaches_the_running_app(qtbot) -> None:
    assert not send_to_running("show")  # nothing is running yet
    server = InstanceServer()
    assert server.listen()
    try:
        with qtbot.waitSignal(server.received, timeout=30_000) as got:
            assert send_to_running("talk")
        assert got.args == ["talk"]
    finally:
        server.close()


def test_a_speech_model_installed_while_running_is_picked_up(qtbot, world, manual_executor, tmp_path) -> None:
    found: list = [None]
    app = ErrandApp(Dependencies(build_assistant=lambda s: Assistant(world.handler(), world.history, world.journal),
                                 jobs=JobRunner(manual_executor), audio=NoMicrophones(), use_tray=False,
                                 speech_model=lambda: found[0]))
    qtbot.addWidget(app.window)
    assert app.voice.transcriber.model_dir is None
    found[0] = tmp_path / "whisper-tiny.en"  # e.g. downloaded in the Models window
    found[0].mkdir()
    (found[0] / "model.bin").write_bytes(b"")  # what an installed faster-whisper model has
    models = app.open_models()
    models.close()
    assert app.voice.transcriber.model_dir == tmp_path / "whisper-tiny.en"


def test_errand_app_is_a_command() -> None:
    from app.cli import build_parser
    from app.commands import app_cmd

    args = build_parser().parse_args(["app", "--no-tray", "--talk"])
    assert args.func is app_cmd.run and args.no_tray and args.talk
