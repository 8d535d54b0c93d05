"""The names the user's contacts hold: the first gazetteer for reading a request typed or spoken in lower case
("text matt" names the contact Matt Jones; agent.understanding.placeholders masks it as a name)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

logger = logging.getLogger(__name__)


def contact_names(backends: Any, enabled_apps: Sequence[str]) -> tuple[str, ...]:
    """Every contact's full and given name; none without backends, with contacts off, or when the address book
    cannot be read (a missing or broken address book must not stop planning)."""
    if backends is None or "contacts" not in enabled_apps:
        return ()
    try:
        return tuple(backends.contacts.names())
    except Exception as exc:
        logger.info("contact names unavailable: %s", exc)
        return ()
