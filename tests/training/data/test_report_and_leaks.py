"""The diversity report, and the leak check: no generated request copies or closely paraphrases an eval item."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from training.data.generator import Generated
from training.data.report import diversity, graph_signature

EVAL_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "eval"


def test_report_fields_describe_the_set(generated: list[Generated]) -> None:
    report = diversity(generated).as_dict()
    assert report["examples"] == len(generated)
    # by default the generator writes TinyAgent's 16 tools; COMPAT section 10's seven come only with --reads
    assert report["tools_covered"] == "16/23"
    assert report["tool_pairs_covered"] == "120/253"
    assert report["distinct_plan_graphs"] > 500
    assert report["distinct_contact_names_looked_up"] > 1500 and report["distinct_file_names"] > 700
    assert report["largest_plan_graph_share"] < 0.1
    assert report["top_template_share_of_clauses"] < 0.02
    assert set(report["distinct_ngrams"]) == {"1", "2", "3", "4"}
    assert report["distinct_ngrams"]["4"] > report["distinct_ngrams"]["1"]
    categories = {"mention_no_lookup", "explicit_contact", "dependency", "correction", "multi", "zoom", "pdf",
                  "no_tool", "attachment", "context", "voice", "typo", "parallel", "single", "relative_date",
                  "indirect"}
    assert set(report["categories"]) == categories


def test_graph_signature_ignores_step_order_and_arguments() -> None:
    a = ('1. get_email_address("A")\n2. open_and_get_file_path("x.pdf")\n'
         '3. compose_new_email(["$1"], [], "s", "", ["$2"])\n4. join()')
    b = ('1. open_and_get_file_path("y.pdf")\n2. get_email_address("B")\n'
         '3. compose_new_email(["$2"], [], "t", "", ["$1"])\n4. join()')
    c = ('1. get_email_address("A")\n2. open_and_get_file_path("x.pdf")\n'
         '3. compose_new_email(["$1"], [], "s", "", [])\n4. join()')
    assert graph_signature(a) == graph_signature(b) != graph_signature(c)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[\w']+", text.casefold())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


@pytest.mark.parametrize("which", ["generated", "generated_reads"])
def test_no_generated_request_leaks_an_eval_request(which: str, request: pytest.FixtureRequest) -> None:
    files = sorted(EVAL_DIR.glob("*.jsonl")) if EVAL_DIR.is_dir() else []
    if not files:
        pytest.skip(f"no eval files under {EVAL_DIR}")
    generated: list[Generated] = request.getfixturevalue(which)
    eval_queries = [json.loads(line)["query"] for f in files for line in f.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
    ours = {" ".join(g.item.query.casefold().split()) for g in generated}
    leaked = sorted(ours & {" ".join(q.casefold().split()) for q in eval_queries})
    assert not leaked, leaked
    index: dict[tuple[str, ...], list[int]] = {}
    our_grams = [_trigrams(g.item.query) for g in generated]
    for n, grams in enumerate(our_grams):
        for gram in grams:
            index.setdefault(gram, []).append(n)
    for query in eval_queries:
        grams = _trigrams(query)
        if len(grams) < 4:
            continue
        shared: dict[int, int] = {}
        for gram in grams:
            for n in index.get(gram, ()):
                shared[n] = shared.get(n, 0) + 1
        for n, count in shared.items():
            jaccard = count / len(grams | our_grams[n])
            assert jaccard < 0.5, generated[n].item.query  # the eval wording is never printed
