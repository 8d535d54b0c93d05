"""training.data.mix: a training file that keeps every long request and fills up with the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.data.generate import main as generate
from training.data.jsonl import read_items
from training.data.mix import actions, main


def test_the_mix_keeps_every_long_request_and_is_reproducible(tmp_path: Path) -> None:
    source = tmp_path / "all.jsonl"
    generate(["--n", "600", "--seed", "5", "--out", str(source)])
    items = list(read_items(source))
    long = [item for item in items if actions(item) >= 3]
    assert 0 < len(long) < 300
    for name in ("a", "b"):
        assert main(["--inp", str(source), "--total", "300", "--seed", "9", "--out", str(tmp_path / name)]) == 0
    mixed = list(read_items(tmp_path / "a"))
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()
    assert len(mixed) == 300 and len({item.id for item in mixed}) == 300
    assert {item.id for item in long} <= {item.id for item in mixed}
    assert [item.id for item in mixed] != sorted(item.id for item in mixed)  # shuffled


def test_actions_count_steps_that_are_not_lookups(tmp_path: Path) -> None:
    source = tmp_path / "all.jsonl"
    generate(["--n", "50", "--seed", "1", "--out", str(source)])
    for item in read_items(source):
        tools = [line.split(". ", 1)[1].split("(")[0] for line in item.plan.splitlines() if ". " in line]
        expected = sum(t not in ("get_email_address", "get_phone_number", "open_and_get_file_path", "join")
                       for t in tools)
        assert actions(item) == expected


def test_asking_for_more_than_there_is_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "all.jsonl"
    generate(["--n", "10", "--seed", "1", "--out", str(source)])
    with pytest.raises(SystemExit):
        main(["--inp", str(source), "--total", "11", "--out", str(tmp_path / "mix.jsonl")])
    assert "--total must be between 1 and 10" in capsys.readouterr().err
