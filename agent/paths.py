"""Where Errand keeps its files: config, data (history) and cache folders.

`ERRAND_HOME` overrides the base folder (tests, portable installs): the folders become
`$ERRAND_HOME/config`, `$ERRAND_HOME/data` and `$ERRAND_HOME/cache`. Otherwise platformdirs picks the
platform's usual places. Nothing is created until a caller asks for a folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "errand"
HOME_VARIABLE = "ERRAND_HOME"


def _folder(kind: str) -> Path:
    base = os.environ.get(HOME_VARIABLE, "").strip()
    if base:
        return Path(base).expanduser() / kind
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME))
    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME))
    return Path(platformdirs.user_cache_dir(APP_NAME))


def config_dir(*, create: bool = False) -> Path:
    return _ensure(_folder("config"), create)


def data_dir(*, create: bool = False) -> Path:
    return _ensure(_folder("data"), create)


def cache_dir(*, create: bool = False) -> Path:
    return _ensure(_folder("cache"), create)


def _ensure(path: Path, create: bool) -> Path:
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path
