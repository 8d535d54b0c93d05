"""On-device extractive summary: the sentences that carry the document's most distinctive words.

Each sentence is scored by the TF-IDF weight of its content words (IDF over the document's sentences),
normalised by length, with a small bonus for sentences near the start; the best ones are returned in their
original order until the word budget is used.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_STOPWORDS = frozenset(
    "a an and are as at be been but by can could did do does for from had has have he her his how i if in into "
    "is it its may might more most must no not of on or our she should so such than that the their them then "
    "there these they this those to too us was we were what when where which while who will with would you your "
    "also other all any each many much only over some very".split()
)


def split_sentences(text: str) -> list[str]:
    flat = " ".join(text.split())
    return [s.strip() for s in _SENTENCE_END.split(flat) if len(s.split()) >= 4]


def _terms(sentence: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(sentence) if w.lower() not in _STOPWORDS and len(w) > 2]


def extractive_summary(text: str, *, max_words: int = 200) -> str:
    sentences = split_sentences(text)
    if not sentences:
        return " ".join(text.split()[:max_words])
    terms = [_terms(s) for s in sentences]
    document_frequency = Counter(t for ts in terms for t in set(ts))
    total_frequency = Counter(t for ts in terms for t in ts)
    count = len(sentences)

    def score(index: int) -> float:
        if not terms[index]:
            return 0.0
        weight = sum(
            total_frequency[t] * math.log(1 + count / document_frequency[t]) for t in set(terms[index])
        )
        position_bonus = 1.0 + 0.5 / (1 + index)
        return weight / math.sqrt(len(terms[index])) * position_bonus

    ranked = sorted(range(count), key=score, reverse=True)
    chosen: list[int] = []
    used = 0
    for index in ranked:
        length = len(sentences[index].split())
        if chosen and used + length > max_words:
            continue
        chosen.append(index)
        used += length
        if used >= max_words:
            break
    return " ".join(sentences[i] for i in sorted(chosen))
