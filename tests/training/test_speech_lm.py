"""Errand's pocketsphinx language model (training/speech/lm.py): well-formed ARPA, proper probabilities, loadable by
pocketsphinx, the same file for the same seed, and the shipped file as its recipe says."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from training.speech.lm import (
    DEFAULT_OUT,
    END,
    START,
    LanguageModel,
    build,
    dictionary_path,
    file_queries,
    generated_queries,
    load_dictionary,
    main,
    spoken_words,
)

pocketsphinx = pytest.importorskip("pocketsphinx")


@pytest.fixture(scope="module")
def dictionary() -> frozenset[str]:
    return load_dictionary(dictionary_path())


@pytest.fixture(scope="module")
def small(dictionary: frozenset[str]) -> LanguageModel:
    model, _, _ = build(generated_queries(300, seed=7), dictionary=dictionary)
    return model


def parse_arpa(path: Path) -> tuple[dict[int, int], dict[int, dict[tuple[str, ...], tuple[float, float | None]]]]:
    """(header counts, n-grams per order with (log10 p, log10 backoff or None)); asserts the layout on the way."""
    lines = path.read_text(encoding="ascii").splitlines()
    assert lines[0] == "\\data\\" and lines[-1] == "\\end\\"
    header: dict[int, int] = {}
    sections: dict[int, dict[tuple[str, ...], tuple[float, float | None]]] = {}
    order = 0
    for line in lines[1:-1]:
        if match := re.fullmatch(r"ngram (\d+)=(\d+)", line):
            header[int(match.group(1))] = int(match.group(2))
        elif match := re.fullmatch(r"\\(\d+)-grams:", line):
            order = int(match.group(1))
            sections[order] = {}
        elif line:
            fields = line.split("\t")
            assert len(fields) in (2, 3), line
            gram = tuple(fields[1].split(" "))
            assert len(gram) == order and gram not in sections[order], line
            sections[order][gram] = (float(fields[0]), float(fields[2]) if len(fields) == 3 else None)
    return header, sections


def check_arpa(path: Path) -> dict[int, int]:
    header, sections = parse_arpa(path)
    top = max(header)
    assert sorted(header) == sorted(sections) == list(range(1, top + 1))
    for order, grams in sections.items():
        assert len(grams) == header[order]
        for gram, (logp, backoff) in grams.items():
            assert logp <= 0.0
            assert backoff is None or order < top
            if order > 1:
                assert gram[:-1] in sections[order - 1], f"history of {gram} is missing"
                assert gram[1:] in sections[order - 1], f"lower order of {gram} is missing"
    assert sections[1][(START,)][0] == -99.0 and (END,) in sections[1]
    return header


def test_requests_are_spoken_words() -> None:
    assert spoken_words("Email ann@acme.io the Q3_report.pdf at 3:30pm on Dec 14th!") == [
        "email", "ann", "at", "acme", "dot", "io", "the", "q", "three", "report", "dot", "pdf", "at", "three",
        "thirty", "pm", "on", "dec", "fourteenth"]
    assert spoken_words("Text José on +1 555-0199") == ["text", "jose", "on", "plus", "one", "five", "five", "five",
                                                        "zero", "one", "nine", "nine"]


def test_the_arpa_file_is_well_formed_and_pocketsphinx_loads_it(tmp_path: Path) -> None:
    out = tmp_path / "requests.lm"
    assert main(["--n", "300", "--seed", "7", "--out", str(out)]) == 0
    header = check_arpa(out)
    recipe = json.loads((tmp_path / "recipe.json").read_text())
    assert recipe["ngrams"] == {str(k): v for k, v in header.items()} and recipe["seed"] == 7
    assert 0.0 < recipe["oov_rate"] < 0.2
    decoder = pocketsphinx.Decoder(lm=str(out), loglevel="FATAL")
    assert decoder is not None


def test_the_same_seed_gives_the_same_file(tmp_path: Path) -> None:
    files = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        out = tmp_path / name / "requests.lm"
        main(["--n", "120", "--seed", str(seed), "--out", str(out)])
        files.append(out.read_bytes())
    assert files[0] == files[1] != files[2]


def test_each_history_is_a_distribution(small: LanguageModel) -> None:
    """Backed-off probabilities over the vocabulary sum to one, for the start and for frequent histories."""
    vocabulary = [gram[0] for gram in small.probabilities[0] if gram != (START,)]
    bigrams = [gram for gram in small.probabilities[1] if gram[-1] != END]
    bigrams = sorted(bigrams, key=lambda gram: -small.probabilities[1][gram])[:3]
    for history in [(START,), ("the",), *bigrams, ("unseen", "history")]:
        total = sum(small.probability((*history[-2:], word)) for word in vocabulary)
        assert math.isclose(total, 1.0, abs_tol=1e-6), (history, total)


def test_pool_names_share_their_class(small: LanguageModel, dictionary: frozenset[str]) -> None:
    """A first name the generator never drew in 300 requests is as likely on its own as one it drew."""
    names = [name for name in ("ana", "zofia", "igor", "tova") if name in dictionary]
    assert len({round(small.probabilities[0][(name,)], 12) for name in names}) == 1


def test_eval_sets_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "eval"
    folder.mkdir()
    (folder / "dev.jsonl").write_text('{"query": "text Ana"}\n')
    with pytest.raises(ValueError, match="eval set"):
        list(file_queries(folder / "dev.jsonl"))


@pytest.mark.skipif(not DEFAULT_OUT.is_file(), reason="the shipped language model is not built")
def test_the_shipped_model_matches_its_recipe() -> None:
    header = check_arpa(DEFAULT_OUT)
    recipe = json.loads(DEFAULT_OUT.with_name("recipe.json").read_text())
    assert recipe["ngrams"] == {str(k): v for k, v in header.items()}
    assert recipe["bytes"] == DEFAULT_OUT.stat().st_size < 5_000_000
    assert "--seed" in recipe["command"] and recipe["oov_rate"] < 0.1
