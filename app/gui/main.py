"""Starting the tray app: one instance per user, the real dependencies, the Qt event loop."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app.gui.application import Dependencies, ErrandApp
from app.gui.installed_models import installed, speech_model
from app.gui.single_instance import InstanceServer, send_to_running
from models.manifest import Kind


def run_app(*, no_tray: bool = False, talk: bool = False) -> int:
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Errand")
    qt_app.setDesktopFileName("errand")
    if send_to_running("talk" if talk else "show"):
        return 0
    from app.gui.assistant import build_assistant

    errand = ErrandApp(Dependencies(
        build_assistant=build_assistant, speech_model=speech_model,
        planner_models=lambda: [str(p) for p in installed(Kind.PLANNER_GGUF)],
        toolrag_models=lambda: [str(p) for p in installed(Kind.TOOLRAG_ONNX)],
        use_tray=False if no_tray else None))
    server = InstanceServer()
    server.received.connect(lambda message: errand.push_to_talk() if message == "talk" else errand.open_chat())
    server.listen()
    errand.start()
    if talk:
        errand.push_to_talk()
    try:
        return qt_app.exec()
    finally:
        server.close()
