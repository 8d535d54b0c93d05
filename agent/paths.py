"""Where Errand keeps its files: config, data (history) and cache folders.

`ERRAND_HOME` overrides the base folder (tests, portable installs): the folders become
`$ERRAND_HOME/config`, `$ERRAND_HOME/data` and `$ERRAND_HOME/cache`. Otherwise platformdirs picks the
platform's usual places. Nothing is created here; whoever writes a file creates its folder. (tools/ and
models/ may not import agent/, so tools/paths.py and models/paths.py follow the same rule.)
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "errand"
HOME_VARIABLE = "ERRAND_HOME"


def _home() -> Path | None:
    base = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(base).expanduser() if base else None


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME))
