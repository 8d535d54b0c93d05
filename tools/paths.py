"""Where Errand keeps its files: config, data (history, undo journal) and cache folders.

`ERRAND_HOME` overrides the base folder (tests, portable installs): the folders become
`$ERRAND_HOME/config`, `$ERRAND_HOME/data` and `$ERRAND_HOME/cache`. Otherwise platformdirs picks the
platform's usual places (XDG on Linux, ~/Library on macOS). Nothing is created here; whoever writes a file
creates its folder. This is the one definition: tools/paths.py re-exports it (models/paths.py, which may not
import tools/, repeats only the data folder rule).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "errand"
HOME_VARIABLE = "ERRAND_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_VARIABLE, "").strip()
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
