"""What a backend factory receives: the services every backend may need besides its own settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tools.config import ToolsConfig
from tools.opener import Opener
from tools.secrets import SecretStore
from tools.undo import UndoJournal
from tools.writer import TextWriter


@dataclass(frozen=True)
class Services:
    """What backends may need besides their own settings."""

    config: ToolsConfig
    secrets: SecretStore
    journal: UndoJournal
    writer: TextWriter
    opener: Opener
    platform: str


Factory = Callable[[Services], Any]
