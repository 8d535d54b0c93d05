"""Fixtures the running tests share with the tools and planner-backend tests (a PDF maker, a completion
server), brought in here so test modules use them as plain fixtures."""

from __future__ import annotations

from ...tools.conftest import make_pdf  # noqa: F401 (a fixture)
from ..planning.backends.conftest import completion_server  # noqa: F401 (a fixture)
