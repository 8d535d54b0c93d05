"""A file outside the shared folders is never used silently: the approval view names it, and only an approval
lets the plan use it, for that request only (issue 26 point 1). Real file backends, scripted planner."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from agent.planning.backends.scripted import ScriptedBackend
from agent.planning.prompts import get_profile
from agent.running.events import Approval, NeedsApproval
from agent.session import Session, SessionConfig
from tests.agent.conftest import Collector
from tools.backends import Email
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal


@dataclass
class Outbox:
    sent: list[Email] = field(default_factory=list)

    def compose(self, email: Email) -> str:
        self.sent.append(email)
        return "Sent."


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Outbox, object]:
    (tmp_path / "Documents").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "budget.txt").write_text("numbers")
    (tmp_path / ".ssh").mkdir()
    (tmp_path / ".ssh" / "id_rsa").write_text("KEY")
    config = ToolsConfig()
    config.files.roots = [str(tmp_path / "Documents")]
    outbox = Outbox()
    backends = replace(build_backends(config, secrets=SecretStore(), journal=UndoJournal(tmp_path / "undo.db"),
                                      platform="linux", opener=lambda target: None), mail=outbox)
    return tmp_path, outbox, backends


def session(backends: object, plan: str, always_allow: frozenset[str] = frozenset()) -> Session:
    return Session(registry=CATALOGUE, backends=backends, selector=None, retriever=None,
                   profile=get_profile("errand-compact"), planner=ScriptedBackend([plan]),
                   config=SessionConfig(enabled_apps=("mail", "files"), replan_budget=0, grammar=False,
                                        always_allow=always_allow, read_routes=False))


def mail_plan(path: Path) -> str:
    return f'1. compose_new_email(["ann@example.org"], [], "Budget", "", ["{path}"])\n2. join()<END_OF_PLAN>'


def test_the_approval_names_the_outside_file_and_approving_sends_it(world) -> None:
    home, outbox, backends = world
    budget = home / "elsewhere" / "budget.txt"
    events = Collector()
    result = session(backends, mail_plan(budget)).handle("email ann the budget", sink=events,
                                                         approver=lambda request: Approval(True))
    asked = events.of(NeedsApproval)[0]
    assert str(budget) in asked.previews[1] and "outside the folders you share" in asked.previews[1]
    assert result.status == "answered" and outbox.sent[0].attachments == (budget,)


def test_declining_sends_nothing_and_the_grant_does_not_outlive_the_request(world) -> None:
    home, outbox, backends = world
    budget = home / "elsewhere" / "budget.txt"
    session(backends, mail_plan(budget)).handle("email ann the budget", sink=Collector(),
                                                approver=lambda request: Approval(False))
    assert outbox.sent == []
    later = CATALOGUE["compose_new_email"]
    with pytest.raises(Exception, match="outside the folders you share"):
        later.function(backends, ["ann@example.org"], [], "Budget", "", [str(budget)])


def test_always_allow_does_not_skip_the_question_for_an_outside_file(world) -> None:
    home, outbox, backends = world
    events = Collector()
    session(backends, mail_plan(home / "elsewhere" / "budget.txt"), frozenset({"compose_new_email"})).handle(
        "email ann the budget", sink=events, approver=lambda request: Approval(False))
    assert events.of(NeedsApproval) and outbox.sent == []


def test_a_secret_is_never_offered_for_approval(world) -> None:
    home, outbox, backends = world
    events = Collector()
    result = session(backends, mail_plan(home / ".ssh" / "id_rsa")).handle(
        "email ann my key", sink=events, approver=lambda request: Approval(True))
    assert all(not request.previews for request in events.of(NeedsApproval))
    assert outbox.sent == [] and "secrets are kept" in result.answer


def test_a_read_only_step_on_an_outside_file_waits_for_approval_too(world) -> None:
    home, _, backends = world
    report = home / "elsewhere" / "report.pdf"
    report.write_bytes(b"%PDF-1.4 not really")
    events = Collector()
    plan = f'1. summarize_pdf("{report}")\n2. join()<END_OF_PLAN>'
    result = session(backends, plan).handle("summarise the report", sink=events,
                                            approver=lambda request: Approval(False))
    assert events.of(NeedsApproval)[0].side_effect_steps == (1,)
    assert result.status == "cancelled"
