"""The generator CLI: seeded byte-identical output, every plan well-formed, COMPAT section 7 items."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent.measure.evaluation import load_items
from training.data.checks import plan_problems
from training.data.generate import main


def test_same_seed_gives_identical_bytes_and_other_seed_differs(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    assert main(["--n", "300", "--seed", "5", "--out", str(a)]) == 0
    assert main(["--n", "300", "--seed", "5", "--out", str(b)]) == 0
    assert main(["--n", "300", "--seed", "6", "--out", str(c)]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_output_is_read_by_the_evaluation_loader(tmp_path: Path) -> None:
    out = tmp_path / "train.jsonl"
    main(["--n", "200", "--seed", "3", "--out", str(out)])
    items = load_items(out)
    assert len(items) == 200
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert set(record) == {"id", "now", "query", "plan", "tools", "category"}
        assert plan_problems(record["plan"]) == []


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / f"h{hash_seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-m", "training.data.generate", "--n", "150", "--seed", "4", "--out", str(out)],
                       check=True, env=env, capture_output=True, cwd=Path(__file__).resolve().parents[3])
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_bad_arguments_are_refused_with_a_message(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["--n", "0", "--out", "x.jsonl"])
    assert "--n must be at least 1" in capsys.readouterr().err


def test_reading_a_malformed_item_names_the_file_and_line(tmp_path: Path) -> None:
    from training.data.jsonl import read_items

    path = tmp_path / "items.jsonl"
    path.write_text('{"id": "a", "now": "2026-01-01 09:00:00", "query": "q", "plan": "1. join()", "tools": [], '
                    '"category": "no_tool"}\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"items.jsonl:2: not a COMPAT section 7 item"):
        list(read_items(path))


def test_most_requests_ask_for_one_or_two_things() -> None:
    """People rarely pack four errands into one request: the mix stays mostly single and double requests, with
    long plans (5+ steps) a minority (they were 30 % before the rebalance in 1cdc77f)."""
    import random
    from datetime import datetime

    from training.data.compose import compose_request

    rng = random.Random(7)
    requests = [compose_request(rng, datetime(2026, 11, 20, 10)) for _ in range(1500)]
    clauses = [len(r.intents) for r in requests]
    steps = [r.plan.count("\n") for r in requests]  # lines before join()
    assert sum(c <= 2 for c in clauses) / len(clauses) >= 0.8
    assert sum(s >= 5 for s in steps) / len(steps) <= 0.25
