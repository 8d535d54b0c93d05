"""Shared fixtures: one generated set per session, reused by the rule, report and leak tests."""

from __future__ import annotations

import pytest

from training.data.generator import Generated, generate


@pytest.fixture(scope="session")
def generated() -> list[Generated]:
    return list(generate(4000, 17))
