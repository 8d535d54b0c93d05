"""Which models are installed, as the settings dialog and the speech pipeline need them."""

from __future__ import annotations

from pathlib import Path

from models.manifest import Kind, load_all
from models.store import check, main_file


def installed(*kinds: Kind) -> list[Path]:
    """The file or folder a loader opens, for each usable model of these kinds (shipped ones first)."""
    manifests, _problems = load_all()
    return [main_file(m) for m in manifests if m.kind in kinds and check(m).usable]


def speech_model() -> Path | None:
    """The smallest installed speech model (manifests list tiny before base before small)."""
    found = installed(Kind.SPEECH_CT2)
    return found[0] if found else None
