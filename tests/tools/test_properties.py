"""Properties of the checks that guard tools, tried on generated values (hypothesis)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.addresses import checked_address
from tools.backends import ToolError
from tools.file_names import fitted
from tools.linux.mail_client import mailto_uri
from tools.shared_folders import SharedFolders

ADDRESS = st.from_regex(r"[a-z][a-z0-9.+-]{0,10}@[a-z](?:[a-z0-9-]{0,6}[a-z0-9])?\.[a-z]{2,6}", fullmatch=True)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


@given(st.text(max_size=300), st.integers(min_value=1, max_value=255))
def test_a_fitted_name_never_exceeds_its_byte_budget_and_is_a_prefix(name: str, budget: int) -> None:
    cut = fitted(name, budget)
    assert len(cut.encode("utf-8")) <= budget or cut == name
    assert name.startswith(cut)


@given(TEXT)
def test_an_address_check_never_lets_through_a_field_or_an_option(value: str) -> None:
    try:
        address = checked_address(value)
    except ToolError:
        return
    assert not address.startswith("-") and address.count("@") == 1
    assert not any(ch in address for ch in "?&=:/%#,;<>\"' \r\n\t\x00")


@given(st.lists(ADDRESS, min_size=1, max_size=3), st.lists(ADDRESS, max_size=2), TEXT, TEXT)
def test_a_mailto_uri_carries_exactly_the_fields_given(to: list[str], cc: list[str], subject: str, body: str) -> None:
    uri = mailto_uri(tuple(to), tuple(cc), subject, body)
    path, _, query = uri.removeprefix("mailto:").partition("?")
    fields = parse_qs(query, keep_blank_values=True)
    assert [unquote(a) for a in path.split(",")] == to
    assert set(fields) <= {"cc", "subject", "body"}  # nothing can add a bcc or another field
    assert fields.get("subject", [""]) == [subject] if subject else "subject" not in fields
    expected_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    assert fields.get("body", [""])[0] == expected_body if body else "body" not in fields


NAMES = st.lists(st.sampled_from(["a", "b", "..", ".", ".ssh", "x.pdf", "link", "Documents", "…", "~"]), max_size=5)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(NAMES)
def test_a_shared_file_is_always_inside_a_shared_folder_and_never_hidden(tmp_path: Path, parts: list[str]) -> None:
    shared_root = tmp_path / "Documents"
    (shared_root / "a").mkdir(parents=True, exist_ok=True)
    (shared_root / "a" / "x.pdf").write_text("x")
    (tmp_path / ".ssh").mkdir(exist_ok=True)
    (tmp_path / ".ssh" / "x.pdf").write_text("key")
    link = shared_root / "link"
    if not link.exists():
        os.symlink(tmp_path / ".ssh", link)
    candidate = shared_root.joinpath(*parts) if parts else shared_root
    try:
        found = SharedFolders([shared_root]).check(str(candidate))
    except ToolError:
        return
    resolved_root = shared_root.resolve()
    assert found.is_relative_to(resolved_root) and found.is_file()
    assert not any(part.startswith(".") for part in found.relative_to(resolved_root).parts)
