"""Errand's request language model for pocketsphinx: an ARPA trigram built from the project's synthetic requests.

    .venv/bin/python -m training.speech.lm --n 30000 --seed 51 --out models/default/speech/errand-requests.lm

pocketsphinx's general English model knows little of "text Ana the Acme budget spreadsheet"; this one is counted
from fresh generated requests (training/data; never the eval sets), each rendered as it would be spoken
(agent.measure.speech_style: lower case, no punctuation, numbers and times in words, and here also file names and
addresses spelt out as words: "budget_v2.xlsx" -> "budget v two dot xlsx"). Only words in pocketsphinx's
dictionary are kept (the rest could never be recognised); n-grams that would span a dropped word are not counted,
and the share of dropped words is reported as the OOV rate.

Smoothing is interpolated Witten-Bell, written in backoff form: for a history h seen c(h) times with T(h) distinct
next words, P(w|h) = (c(h,w) + T(h) P(w|h')) / (c(h) + T(h)), and the backoff weight of h is whatever probability
the kept n-grams leave, divided by what the lower order gives those same words. Singletons of the top order are
pruned (their mass goes to the backoff) to keep the file small.

Names and cities are classes for the unigrams: the count of all members of a pool (first names, surnames, cities
from training/data/pools, those in the dictionary) is shared evenly among them, so a name the generator happened
to draw rarely, or never, is as likely on its own as any other. Higher orders keep the words as drawn: expanding a
class into every trigram would multiply the file by the class size, and a history followed by many different names
("text ...") has a large Witten-Bell backoff weight anyway.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from num2words import num2words

from agent.measure.speech_style import speech_style

Ngram = tuple[str, ...]
START, END = "<s>", "</s>"
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "models" / "default" / "speech" / "errand-requests.lm"
NO_PROBABILITY = -99.0  # ARPA's log10 for <s>, which is never predicted

_SPELT = {"@": "at", ".": "dot", "+": "plus", "&": "and", "%": "percent", "#": "number"}
_PIECES = re.compile(r"[A-Za-z']+|\d+|[@.+&%#]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_WORD = re.compile(r"[a-z][a-z']*")
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().-]{6,}\d(?![\w])")  # as agent.measure.speech_style keeps them


# --- requests as spoken words -------------------------------------------------------------------------------------

def spoken_words(query: str) -> list[str]:
    """The words someone would say for a request, lower case, with kept file names and addresses spelt out."""
    words: list[str] = []
    spoken = _PHONE.sub(_phone_words, speech_style(_ascii(query)))
    for token in spoken.split():
        words.extend(_token_words(token))
    return words


def _ascii(text: str) -> str:
    """"José" -> "Jose": the dictionary is plain ASCII."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _phone_words(match: re.Match[str]) -> str:
    """A phone number is read digit by digit."""
    plus = "plus " if match.group(0).startswith("+") else ""
    return plus + " ".join(num2words(int(digit)) for digit in match.group(0) if digit.isdigit())


def _token_words(token: str) -> list[str]:
    if _WORD.fullmatch(token):
        return [token.strip("'")] if token.strip("'") else []
    words: list[str] = []
    for piece in _PIECES.findall(_CAMEL.sub(" ", token)):
        if piece in _SPELT:
            words.append(_SPELT[piece])
        elif piece.isdigit():
            words.extend(_number_words(piece))
        else:
            words.extend(part for part in piece.lower().split("'") if part)
    return words


def _number_words(digits: str) -> list[str]:
    """"2024" as a year, "007" digit by digit, anything else as a number."""
    if digits.startswith("0") and len(digits) > 1:
        spoken = " ".join(num2words(int(digit)) for digit in digits)
    elif len(digits) == 4 and 1900 <= int(digits) <= 2099:
        spoken = num2words(int(digits), to="year")
    else:
        spoken = num2words(int(digits))
    return re.sub(r"[^a-z']+", " ", spoken.lower()).split()


# --- the dictionary and the classes -------------------------------------------------------------------------------

def dictionary_path() -> Path:
    from pocketsphinx import get_model_path

    return Path(get_model_path()) / "en-us" / "cmudict-en-us.dict"


def load_dictionary(path: Path) -> frozenset[str]:
    """The words of a CMU-style dictionary ("read(2)" is "read")."""
    words: set[str] = set()
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.strip():
                words.add(re.sub(r"\(\d+\)$", "", line.split(maxsplit=1)[0]))
    return frozenset(words)


def word_classes(dictionary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """First names, surnames and cities from the generator's pools, as single dictionary words."""
    from training.data.pools.names import FEMININE_NAMES, MASCULINE_NAMES, NEUTRAL_NAMES, SURNAME_POOL
    from training.data.pools.places import CITIES

    def members(pool: Iterable[str]) -> tuple[str, ...]:
        words = (_ascii(name).lower() for name in pool)
        return tuple(sorted({word for word in words if word in dictionary}))

    first = members((*FEMININE_NAMES, *MASCULINE_NAMES, *NEUTRAL_NAMES))
    surnames = tuple(word for word in members(SURNAME_POOL) if word not in first)
    cities = tuple(word for word in members(CITIES) if word not in first and word not in surnames)
    return {"first names": first, "surnames": surnames, "cities": cities}


# --- counting -----------------------------------------------------------------------------------------------------

@dataclass
class Counts:
    order: int
    ngrams: list[Counter[Ngram]]  # ngrams[k - 1]: the k-grams
    tokens: int = 0  # spoken words seen, in the dictionary or not
    oov_tokens: int = 0
    oov: Counter[str] = field(default_factory=Counter)
    sentences: int = 0

    @property
    def oov_rate(self) -> float:
        return self.oov_tokens / self.tokens if self.tokens else 0.0


def count_ngrams(sentences: Iterable[Sequence[str]], dictionary: frozenset[str], order: int = 3) -> Counts:
    """k-gram counts, k = 1..order, over <s> sentence </s>; an n-gram containing a word outside the dictionary
    is not counted (nor is <s> as a unigram: it is never predicted)."""
    counts = Counts(order, [Counter() for _ in range(order)])
    for words in sentences:
        counts.sentences += 1
        counts.tokens += len(words)
        padded: list[str | None] = [START]
        for word in words:
            if word in dictionary:
                padded.append(word)
            else:
                padded.append(None)
                counts.oov_tokens += 1
                counts.oov[word] += 1
        padded.append(END)
        for end in range(1, len(padded)):
            for k in range(1, order + 1):
                if end - k + 1 < 0:
                    break
                gram = padded[end - k + 1:end + 1]
                if None in gram:
                    break  # a longer n-gram here would contain it too
                counts.ngrams[k - 1][tuple(word for word in gram if word is not None)] += 1
    return counts


# --- smoothing ----------------------------------------------------------------------------------------------------

@dataclass
class LanguageModel:
    """Probabilities and backoff weights (natural, not log) per order, as written to ARPA."""
    probabilities: list[dict[Ngram, float]]
    backoffs: list[dict[Ngram, float]]

    @property
    def order(self) -> int:
        return len(self.probabilities)

    def probability(self, ngram: Ngram) -> float:
        """P(last word | the words before it), backing off as a decoder would."""
        if ngram in self.probabilities[len(ngram) - 1]:
            return self.probabilities[len(ngram) - 1][ngram]
        if len(ngram) == 1:
            return 0.0
        return self.backoffs[len(ngram) - 2].get(ngram[:-1], 1.0) * self.probability(ngram[1:])


def smooth(counts: Counts, classes: dict[str, tuple[str, ...]] | None = None,
           min_counts: Sequence[int] = (1, 1, 2)) -> LanguageModel:
    """Interpolated Witten-Bell in backoff form; k-grams (k >= 2) seen fewer than min_counts[k - 1] times are
    pruned, and so is any whose history was pruned."""
    model = LanguageModel([_unigrams(counts.ngrams[0], classes or {})], [])
    for k in range(2, counts.order + 1):
        kept = _higher_order(counts.ngrams[k - 1], model, min_counts[k - 1])
        model.backoffs.append(_backoff_weights(kept, model))
        model.probabilities.append(kept)
    model.backoffs.append({})
    return model


def _unigrams(unigrams: Counter[Ngram], classes: dict[str, tuple[str, ...]]) -> dict[Ngram, float]:
    """Witten-Bell against a uniform distribution over the vocabulary; class members share their class's count."""
    count = {gram[0]: float(seen) for gram, seen in unigrams.items()}
    for members in classes.values():
        share = sum(count.get(word, 0.0) for word in members) / len(members) if members else 0.0
        for word in members:
            count[word] = share
    vocabulary = sorted(word for word in count if word != START)
    total = sum(count[word] for word in vocabulary)
    types = sum(1 for word in vocabulary if count[word] > 0)
    uniform = 1.0 / len(vocabulary)
    probabilities: dict[Ngram, float] = {(word,): (count[word] + types * uniform) / (total + types)
                                         for word in vocabulary}
    probabilities[(START,)] = 0.0
    return probabilities


def _higher_order(grams: Counter[Ngram], model: LanguageModel, min_count: int) -> dict[Ngram, float]:
    history_total: Counter[Ngram] = Counter()
    history_types: Counter[Ngram] = Counter()
    for gram, seen in grams.items():
        history_total[gram[:-1]] += seen
        history_types[gram[:-1]] += 1
    lower = model.probabilities[-1]
    kept: dict[Ngram, float] = {}
    for gram, seen in grams.items():
        history = gram[:-1]
        if seen < min_count or history not in lower:
            continue
        types = history_types[history]
        kept[gram] = (seen + types * model.probability(gram[1:])) / (history_total[history] + types)
    return kept


def _backoff_weights(kept: dict[Ngram, float], model: LanguageModel) -> dict[Ngram, float]:
    """For each history of the lower order: the mass its kept continuations leave, over what the lower order gives
    the same words; 1 where nothing follows it."""
    left: dict[Ngram, float] = {}
    lower_left: dict[Ngram, float] = {}
    for gram, probability in kept.items():
        history = gram[:-1]
        left[history] = left.get(history, 1.0) - probability
        lower_left[history] = lower_left.get(history, 1.0) - model.probability(gram[1:])
    weights: dict[Ngram, float] = {}
    for history in model.probabilities[-1]:
        if history[-1] == END:
            continue
        if history in left:
            weights[history] = max(left[history], 1e-12) / max(lower_left[history], 1e-12)
        else:
            weights[history] = 1.0
    return weights


# --- ARPA ---------------------------------------------------------------------------------------------------------

def arpa_lines(model: LanguageModel) -> Iterator[str]:
    """The model in ARPA format, n-grams sorted, log10 to four decimals."""
    yield "\\data\\"
    for k, probabilities in enumerate(model.probabilities, start=1):
        yield f"ngram {k}={len(probabilities)}"
    for k, probabilities in enumerate(model.probabilities, start=1):
        yield ""
        yield f"\\{k}-grams:"
        backoffs = model.backoffs[k - 1] if k < model.order else {}
        for gram in sorted(probabilities):
            probability = probabilities[gram]
            logp = NO_PROBABILITY if probability <= 0.0 else min(0.0, math.log10(probability))
            line = f"{logp:.4f}\t{' '.join(gram)}"
            if gram in backoffs:
                line += f"\t{math.log10(backoffs[gram]):.4f}"
            yield line
    yield ""
    yield "\\end\\"


def write_arpa(model: LanguageModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(arpa_lines(model)) + "\n", encoding="ascii")


# --- the recipe ---------------------------------------------------------------------------------------------------

def generated_queries(n: int, seed: int) -> Iterator[str]:
    from training.data.generator import generate

    for generated in generate(n, seed):
        yield generated.item.query


def file_queries(path: Path) -> Iterator[str]:
    """Queries of a JSONL file of generated requests; the eval sets are refused (measure on them, never train)."""
    if "eval" in path.resolve().parts:
        raise ValueError(f"{path} is an eval set: the language model is built from synthetic requests only")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield str(json.loads(line)["query"])


def build(queries: Iterable[str], order: int = 3, min_counts: Sequence[int] = (1, 1, 2),
          dictionary: frozenset[str] | None = None) -> tuple[LanguageModel, Counts, dict[str, tuple[str, ...]]]:
    dictionary = dictionary if dictionary is not None else load_dictionary(dictionary_path())
    counts = count_ngrams((spoken_words(query) for query in queries), dictionary, order)
    classes = word_classes(dictionary)
    return smooth(counts, classes, min_counts), counts, classes


def recipe(args: argparse.Namespace, model: LanguageModel, counts: Counts, classes: dict[str, tuple[str, ...]],
           out: Path) -> dict[str, object]:
    source = f"--data {args.data}" if args.data else f"--n {args.n} --seed {args.seed}"
    shown = out.resolve().relative_to(ROOT) if out.resolve().is_relative_to(ROOT) else out
    return {
        "command": f".venv/bin/python -m training.speech.lm {source} --order {args.order} "
                   f"--min-counts {' '.join(map(str, args.min_counts))} --out {shown}",
        "source": "training.data.generator (synthetic requests; no eval item)" if not args.data else str(args.data),
        "n": None if args.data else args.n,
        "seed": None if args.data else args.seed,
        "order": args.order,
        "smoothing": "interpolated Witten-Bell, backoff form",
        "min_counts": list(args.min_counts),
        "sentences": counts.sentences,
        "tokens": counts.tokens,
        "oov_tokens": counts.oov_tokens,
        "oov_rate": round(counts.oov_rate, 5),
        "oov_types": len(counts.oov),
        "top_oov": [word for word, _ in sorted(counts.oov.items(), key=lambda item: (-item[1], item[0]))[:20]],
        "ngrams": {f"{k}": len(table) for k, table in enumerate(model.probabilities, start=1)},
        "classes": {name: len(members) for name, members in classes.items()},
        "bytes": out.stat().st_size,
        "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m training.speech.lm", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=30000, help="synthetic requests to generate")
    parser.add_argument("--seed", type=int, default=51, help="generator seed (same seed, same file)")
    parser.add_argument("--data", type=Path, help="read requests from this generated JSONL instead")
    parser.add_argument("--order", type=int, default=3)
    parser.add_argument("--min-counts", type=int, nargs="+", default=[1, 1, 2],
                        help="least count kept per order (the unigram entry is ignored)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if len(args.min_counts) != args.order:
        parser.error("--min-counts needs one number per order")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    queries = file_queries(args.data) if args.data else generated_queries(args.n, args.seed)
    model, counts, classes = build(queries, args.order, args.min_counts)
    write_arpa(model, args.out)
    summary = recipe(args, model, counts, classes, args.out)
    args.out.with_name("recipe.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({key: summary[key] for key in ("ngrams", "oov_rate", "tokens", "bytes")}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
