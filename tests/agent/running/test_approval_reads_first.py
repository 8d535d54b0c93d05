"""A removal that takes what an earlier read found shows exactly what will go before approval: the read runs first
(it has no side effects), and the removal names its lines. Real notes folder backend, routed plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.planning.backends.scripted import ScriptedBackend
from agent.planning.prompts import get_profile
from agent.running.events import Approval, NeedsApproval
from agent.session import Session, SessionConfig
from tests.agent.conftest import Collector
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal


@pytest.fixture
def notes_root(tmp_path: Path) -> Path:
    root = tmp_path / "Notes"
    root.mkdir()
    (root / "Shopping list.md").write_text("- eggs\n- milk\n- bread\n")
    return root


def session(notes_root: Path) -> Session:
    config = ToolsConfig()
    config.notes.folder = str(notes_root)
    config.files.roots = [str(notes_root)]
    backends = build_backends(config, secrets=SecretStore(), journal=UndoJournal(notes_root.parent / "undo.db"),
                              platform="linux", opener=lambda target: None)
    return Session(registry=CATALOGUE, backends=backends, selector=None, retriever=None,
                   profile=get_profile("errand-compact"), planner=ScriptedBackend(["1. join()<END_OF_PLAN>"]),
                   config=SessionConfig(enabled_apps=("notes",), replan_budget=0, grammar=False))


class Asked:
    def __init__(self, approved: bool) -> None:
        self.approved = approved
        self.requests: list[NeedsApproval] = []

    def __call__(self, request: NeedsApproval) -> Approval:
        self.requests.append(request)
        return Approval(self.approved)


def test_clearing_a_list_shows_its_lines_before_anything_goes(notes_root: Path) -> None:
    asked = Asked(approved=False)
    session(notes_root).handle("clear my shopping list", sink=Collector(), approver=asked)
    assert len(asked.requests) == 1
    (shown,) = asked.requests[0].previews.values()
    assert all(item in shown for item in ("eggs", "milk", "bread"))
    assert (notes_root / "Shopping list.md").read_text() == "- eggs\n- milk\n- bread\n"  # declined: nothing went


def test_approving_removes_exactly_the_lines_shown(notes_root: Path) -> None:
    asked = Asked(approved=True)
    session(notes_root).handle("clear my shopping list", sink=Collector(), approver=asked)
    assert len(asked.requests) == 1
    assert "eggs" not in (notes_root / "Shopping list.md").read_text()
    assert "milk" not in (notes_root / "Shopping list.md").read_text()
