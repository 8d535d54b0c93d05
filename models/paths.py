"""Where models live: the shipped ones inside this package, downloaded ones in the user's Errand data folder.

The data folder follows tools/paths.py (which models/ may not import): `$ERRAND_HOME/data` when ERRAND_HOME is
set (tests point it at a temporary folder), else the platform's user data folder. Nothing here creates folders;
callers create what they write into.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SHIPPED_MANIFESTS = PACKAGE_DIR / "manifests"
DEFAULT_HUB_ENDPOINT = "https://huggingface.co"


def data_dir() -> Path:
    override = os.environ.get("ERRAND_HOME", "").strip()
    if override:
        return Path(override).expanduser() / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir("errand"))


def models_home() -> Path:
    """Folder holding one sub-folder per downloaded model."""
    return data_dir() / "models"


def user_manifests_dir() -> Path:
    """Manifests the user added (OpenAI-compatible endpoints); shipped manifests live in SHIPPED_MANIFESTS."""
    return models_home() / "manifests"


def hub_endpoint() -> str:
    """The Hugging Face hub (or a mirror) to download from: ERRAND_HUB_ENDPOINT, else HF_ENDPOINT, else the hub."""
    return (os.environ.get("ERRAND_HUB_ENDPOINT") or os.environ.get("HF_ENDPOINT") or DEFAULT_HUB_ENDPOINT).rstrip("/")
