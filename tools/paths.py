"""Where Errand keeps its settings, data and caches.

`ERRAND_HOME` (used by tests and portable installs) puts everything under one folder; otherwise the
platform's user directories are used (XDG on Linux, ~/Library on macOS).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "errand"


def _home_override() -> Path | None:
    value = os.environ.get("ERRAND_HOME", "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    home = _home_override()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME))
