"""Shared fixtures: one generated set per session, reused by the rule, report and leak tests."""

from __future__ import annotations

import pytest

from training.data.generator import Generated, generate


@pytest.fixture(scope="session")
def generated() -> list[Generated]:
    return list(generate(4000, 17))


@pytest.fixture(scope="session")
def generated_reads() -> list[Generated]:
    """Half of the requests ask COMPAT section 10's questions and removals (`--reads`)."""
    return list(generate(4000, 17, reads=0.5))
