"""While push-to-talk records, the tray icon shows it (a red dot), whatever started the recording."""

from __future__ import annotations


def test_the_tray_icon_shows_listening_and_goes_back(qtbot) -> None:
    from PySide6.QtGui import QIcon

    from app import desktop
    from app.gui.tray import Tray, TrayActions

    nothing = TrayActions(*(lambda: None for _ in range(6)))
    tray = Tray(QIcon(str(desktop.ICON_PNG)), nothing)
    normal = tray.icon.icon().cacheKey()
    tray.set_listening(True)
    assert tray.icon.icon().cacheKey() != normal and tray.icon.toolTip() == "Errand: listening…"
    picture = tray.icon.icon().pixmap(64, 64).toImage()
    red = picture.pixelColor(52, 52)
    assert red.red() > 180 and red.green() < 90  # the dot in the corner
    tray.set_listening(False)
    assert tray.icon.icon().cacheKey() == normal and tray.icon.toolTip() == "Errand"
