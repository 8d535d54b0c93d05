"""Files stay inside the folders the user shares: one path check for every tool that touches a file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from tools.backends import Email, ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.shared_folders import SharedFolders


@pytest.fixture
def shared_home(home: Path) -> Path:
    for name in ("Documents", "Downloads", ".ssh", "Documents/.private", "Documents/project", "elsewhere"):
        (home / name).mkdir(parents=True, exist_ok=True)
    (home / "Documents" / "Q3_report.pdf").write_text("report")
    (home / "Documents" / ".env").write_text("API_KEY=1")
    (home / "Documents" / ".private" / "diary.txt").write_text("diary")
    (home / "Documents" / "project" / ".env").write_text("TOKEN=2")
    (home / ".ssh" / "id_rsa").write_text("PRIVATE KEY")
    (home / "elsewhere" / "plans.txt").write_text("plans")
    os.symlink(home / ".ssh" / "id_rsa", home / "Documents" / "key.txt")
    os.symlink(home / "elsewhere" / "plans.txt", home / "Documents" / "plans.txt")
    return home


def test_a_shared_file_is_given_resolved(shared_home: Path) -> None:
    shared = SharedFolders([shared_home / "Documents"])
    target = shared_home / "Documents" / "Q3_report.pdf"
    assert shared.check(str(target)) == target
    assert shared.check(str(shared_home / "Documents" / "project" / ".." / "Q3_report.pdf")) == target


@pytest.mark.parametrize(("path", "why"), [
    ("~/.ssh/id_rsa", "secrets are kept"),
    ("{home}/Documents/key.txt", "secrets are kept"),  # a link to the key
    ("{home}/Documents/plans.txt", "outside the folders you share"),  # a link out of the shared folder
    ("{home}/Documents/../elsewhere/plans.txt", "outside the folders you share"),
    ("{home}/Documents/.env", "secrets are kept"),
    ("{home}/Documents/project/.env", "secrets are kept"),
    ("{home}/Documents/.private/diary.txt", "hidden"),
    ("/etc/passwd", "system file"),
    ("/etc/shadow", "system file"),
    ("/proc/self/environ", "system file"),
    ("../../../../etc/passwd", "not a full path"),
    ("| cat /etc/passwd", "not a full path"),
    ("{home}/Documents/missing.pdf", "There is no file"),
    ("{home}/Documents", "is a folder"),
    ("{home}/Documents/" + "x" * 300 + ".pdf", "cannot use"),
    ("{home}/Documents/a\x00b.pdf", "NUL"),
    ("", "No file"),
])
def test_everything_else_is_refused_with_a_sentence(shared_home: Path, path: str, why: str) -> None:
    shared = SharedFolders([shared_home / "Documents"])
    with pytest.raises(ToolError, match=why):
        shared.check(path.replace("{home}", str(shared_home)))


@dataclass
class RecordingMail:
    sent: list[Email] = field(default_factory=list)

    def compose(self, email: Email) -> str:
        self.sent.append(email)
        return "Sent."

    def reply(self, cc, body, attachments) -> str:  # noqa: ANN001 - the MailBackend protocol
        self.sent.append(Email((), cc, "", body, attachments))
        return "Replied."

    def forward(self, recipients, cc, body, attachments) -> str:  # noqa: ANN001
        self.sent.append(Email(recipients, cc, "", body, attachments))
        return "Forwarded."


@pytest.mark.parametrize("tool", ["compose_new_email", "reply_to_email", "forward_email"])
def test_no_mail_tool_attaches_a_file_the_user_does_not_share(shared_home: Path, journal, recorder,
                                                              tool: str) -> None:
    mail = RecordingMail()
    backends = replace(build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, platform="linux",
                                      opener=recorder), mail=mail)
    arguments = {"compose_new_email": (["ann@example.org"], [], "Key", "", ["~/.ssh/id_rsa"]),
                 "reply_to_email": ([], "", [str(shared_home / "Documents" / "plans.txt")]),
                 "forward_email": (["ann@example.org"], [], "", ["../../../../etc/passwd"])}[tool]
    with pytest.raises(ToolError):
        CATALOGUE[tool].function(backends, *arguments)
    assert mail.sent == []
    shared = str(shared_home / "Documents" / "Q3_report.pdf")
    ok = {"compose_new_email": (["ann@example.org"], [], "Q3", "", [shared]),
          "reply_to_email": ([], "", [shared]), "forward_email": (["ann@example.org"], [], "", [shared])}[tool]
    CATALOGUE[tool].function(backends, *ok)
    assert mail.sent[0].attachments == (Path(shared),)


def test_file_tools_find_and_summarise_only_shared_files(shared_home: Path, journal, recorder) -> None:
    backends = build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, platform="linux",
                              opener=recorder)
    with pytest.raises(ToolError, match="secrets are kept"):
        CATALOGUE["open_and_get_file_path"].function(backends, str(shared_home / ".ssh" / "id_rsa"))
    with pytest.raises(ToolError, match="No file named 'id_rsa'"):
        CATALOGUE["open_and_get_file_path"].function(backends, "id_rsa")  # the link in Documents is not offered
    with pytest.raises(ToolError, match="system file"):
        CATALOGUE["summarize_pdf"].function(backends, "/proc/self/environ")
    assert recorder.opened == []
    found = CATALOGUE["open_and_get_file_path"].function(backends, "Q3_report.pdf")
    assert found == str(shared_home / "Documents" / "Q3_report.pdf")


def test_outside_names_only_ordinary_files_the_user_may_approve(shared_home: Path) -> None:
    shared = SharedFolders([shared_home / "Documents"])
    assert shared.outside(str(shared_home / "elsewhere" / "plans.txt")) == shared_home / "elsewhere" / "plans.txt"
    assert shared.outside(str(shared_home / "Documents" / "plans.txt")) == shared_home / "elsewhere" / "plans.txt"
    for never in ("~/.ssh/id_rsa", f"{shared_home}/Documents/key.txt", "/etc/passwd", "/proc/self/environ",
                  f"{shared_home}/Documents/Q3_report.pdf", f"{shared_home}/missing.txt", "relative.txt", "",
                  f"{shared_home}/Documents/.private/diary.txt", f"{shared_home}/elsewhere"):
        assert shared.outside(never) is None, never


def test_a_granted_file_is_used_for_that_request_only(shared_home: Path) -> None:
    from tools.context import granted_files

    shared = SharedFolders([shared_home / "Documents"])
    plans = shared_home / "elsewhere" / "plans.txt"
    token = granted_files.set(frozenset({plans}))
    try:
        assert shared.check(str(plans)) == plans
        with pytest.raises(ToolError, match="secrets are kept"):  # a grant never opens a secret
            shared.check("~/.ssh/id_rsa")
    finally:
        granted_files.reset(token)
    with pytest.raises(ToolError, match="outside the folders you share"):
        shared.check(str(plans))
