"""An email body written by the writer model (agent.running.subagents.ModelWriter) through the real Session: in "send"
mode nothing is written or sent before the compose step is approved, and what was sent is in the observation;
in "client" mode the written text opens in the mail client for the user to read, edit and send."""

from __future__ import annotations

import email
from email.policy import default as default_policy

import pytest

from agent.planning.backends.scripted import ScriptedBackend
from agent.planning.prompts import get_profile
from agent.planning.prompts.templates import InstructionTemplate
from agent.running.events import Approval, NeedsApproval, StepFinished, observation_text
from agent.running.subagents import ModelWriter, email_prompt
from agent.session import Session, SessionConfig
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal

from .conftest import ADDRESS, PASSWORD, USER, SmtpInbox, StandIn, mailto_fields

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

REQUEST = "email ann@example.org that the meeting moved, with the link https://zoom.example/j/42"
PLAN = ('1. compose_new_email(["ann@example.org"], [], "Meeting moved", "https://zoom.example/j/42", [])\n'
        "2. join()<END_OF_PLAN>")
WRITTEN = "Hi Ann, the meeting moved to Friday. Here is the new link."


def session_with_writer(mail: dict, journal: UndoJournal) -> tuple[Session, ScriptedBackend]:
    writer_model = ScriptedBackend([WRITTEN])
    backends = build_backends(ToolsConfig.from_dict({"mail": mail}), secrets=SecretStore(), journal=journal,
                              platform="linux", writer=ModelWriter(lambda: writer_model))
    config = SessionConfig(enabled_apps=("mail", "contacts"), replan_budget=0, grammar=False)
    session = Session(registry=CATALOGUE, backends=backends, selector=None, retriever=None,
                      profile=get_profile("errand-compact"), planner=ScriptedBackend([PLAN]), config=config)
    return session, writer_model


def smtp_settings(smtp: SmtpInbox) -> dict:
    return {"mode": "send", "address": ADDRESS, "smtp_host": smtp.host, "smtp_port": smtp.port,
            "smtp_security": "none", "smtp_user": USER}


def test_declined_compose_step_writes_and_sends_nothing(smtp: SmtpInbox, memory_keyring, journal: UndoJournal):
    memory_keyring.set_password("errand-smtp", USER, PASSWORD)
    session, writer_model = session_with_writer(smtp_settings(smtp), journal)
    asked: list[NeedsApproval] = []
    session.handle(REQUEST, sink=lambda event: None, approver=lambda need: asked.append(need) or Approval(False),
                   tools=("compose_new_email",))
    assert [need.side_effect_steps for need in asked] == [(1,)]
    assert smtp.received == [] and writer_model.prompts == []


def test_approved_compose_step_sends_the_written_body_and_reports_it(smtp: SmtpInbox, memory_keyring,
                                                                     journal: UndoJournal):
    memory_keyring.set_password("errand-smtp", USER, PASSWORD)
    session, writer_model = session_with_writer(smtp_settings(smtp), journal)
    finished: list[StepFinished] = []
    session.handle(REQUEST, sink=lambda event: finished.append(event) if isinstance(event, StepFinished) else None,
                   approver=lambda need: Approval(True), tools=("compose_new_email",))
    prompt = email_prompt(REQUEST, "https://zoom.example/j/42")
    assert writer_model.prompts == [InstructionTemplate().render(prompt.system, prompt.user)]
    message = email.message_from_bytes(smtp.received[-1][2], policy=default_policy)
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n").strip()
    # Trailing spaces at line ends depend on the transfer encoding the email package picks; words must not.
    assert [line.rstrip() for line in body.split("\n")] == f"{WRITTEN}\n\nhttps://zoom.example/j/42".split("\n")
    observation = observation_text(finished[0].outcome)
    assert "A sent email cannot be undone. The text sent:" in observation
    assert " ".join(body.split()) in " ".join(observation.split())


def test_client_mode_opens_the_written_body_for_editing(xdg_email: StandIn, journal: UndoJournal):
    session, _ = session_with_writer({"mode": "client", "client": "xdg-email"}, journal)
    session.handle(REQUEST, sink=lambda event: None, approver=lambda need: Approval(True),
                   tools=("compose_new_email",))
    fields = mailto_fields(xdg_email.calls()[-1]["argv"][-1])
    assert fields["body"] == [f"{WRITTEN}\r\n\r\nhttps://zoom.example/j/42"]
    assert fields["to"] == ["ann@example.org"]

