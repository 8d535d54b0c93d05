"""Noise real requests have: lower case, dropped punctuation, typos, fillers, texting shorthand, voice transcripts.

Typos only touch plain lower-case words, never names, numbers, addresses or file names, so the gold arguments
stay what the person meant.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_KEYBOARD = {c: n for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm") for i, c in enumerate(row)
             for n in [row[max(0, i - 1)] + row[min(len(row) - 1, i + 1)]]}
_SHORTHAND = {"please": ("pls", "plz"), "you": ("u",), "your": ("ur",), "thanks": ("thx", "thnx"),
              "tomorrow": ("tmrw", "tmr"), "message": ("msg",), "minutes": ("mins",), "because": ("bc", "cuz"),
              "tonight": ("tonite",), "with": ("w/",), "about": ("abt",), "text": ("txt",)}
# Terse, note-to-self writing: "mtg w/ ana & ben mon 11am abt grant, send invites"
_TERSE = {"monday": ("mon",), "tuesday": ("tue", "tues"), "wednesday": ("wed",), "thursday": ("thu", "thurs"),
          "friday": ("fri",), "saturday": ("sat",), "sunday": ("sun",), "meeting": ("mtg", "meetng"),
          "appointment": ("appt",), "minutes": ("min", "mins"), "with": ("w/", "w"), "about": ("abt", "re"),
          "and": ("&", "+"), "before": ("b4",), "tomorrow": ("tmrw", "tmr"), "message": ("msg",),
          "people": ("ppl",), "please": ("pls",), "tonight": ("tonite",), "invitations": ("invites", "invits"),
          "information": ("info",), "directions": ("dirs",), "schedule": ("sched",)}
_DROPPED = {"the": 0.8, "a": 0.7, "an": 0.7, "my": 0.3, "please": 0.5, "to": 0.15, "for": 0.15}
_QUOTED = re.compile(r"\"[^\"]*\"|(?<!\w)'[^']+'(?!\w)")
_FILLERS = ("um", "uh", "like", "so", "okay so", "hmm", "er", "you know")
_VOICE_OPENERS = ("okay ", "hey ", "um ", "so ", "alright ", "uh ", "")


@dataclass(frozen=True)
class NoiseResult:
    text: str
    voice: bool
    typos: bool


def add_noise(
    rng: random.Random, text: str, voice: bool = False, protected: frozenset[str] = frozenset()
) -> NoiseResult:
    """Noisy text; words in `protected` (lower case: names, files, places) never get typos or fillers inside."""
    if voice:
        return NoiseResult(_voice(rng, text, protected), True, False)
    typos = False
    if rng.random() < 0.05:
        text, typos = _terse(rng, text, protected), True
    if rng.random() < 0.09:
        text, typos = _typos(rng, text, rng.choice((1, 1, 2, 3)), protected)
    if rng.random() < 0.08:
        text = _shorthand(rng, text)
    if rng.random() < 0.04:
        text = _filler(rng, text, protected)
    if rng.random() < 0.16:
        text = text.lower()
        if rng.random() < 0.3:
            text = re.sub(r"(?<=[a-z])'(?=(s|t|m|re|ll|ve|d)\b)", "", text)
    if rng.random() < 0.1:
        text = re.sub(r"[.!?,;](?=\s|$)", "", text)
    return NoiseResult(text, False, typos)


def _plain(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) > 3


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(len(word))
    kind = rng.random()
    if kind < 0.3 and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.55:
        return word[:i] + word[i + 1:]
    if kind < 0.75:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice(_KEYBOARD.get(word[i], word[i])) + word[i + 1:]


def _typos(rng: random.Random, text: str, count: int, protected: frozenset[str]) -> tuple[str, bool]:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if _plain(w) and _bare(w) not in protected]
    if not candidates:
        return text, False
    for i in rng.sample(candidates, min(count, len(candidates))):
        words[i] = _typo(rng, words[i])
    return " ".join(words), True


def _shorthand(rng: random.Random, text: str) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        options = _SHORTHAND.get(word.lower())
        return rng.choice(options) if options and rng.random() < 0.7 else word

    return re.sub(r"(?<![\w.@/-])[A-Za-z]+(?![\w.@/-])", swap, text)


def _terse(rng: random.Random, text: str, protected: frozenset[str]) -> str:
    """Lower case, few articles, abbreviations and no closing stop, as in a note to oneself; quoted titles and
    protected words stay as they are."""
    def shorten(part: str) -> str:
        words = []
        for word in part.split(" "):
            bare = word.lower()
            if bare in protected or not bare.isalpha():
                words.append(word)
            elif rng.random() < _DROPPED.get(bare, 0.0):
                continue
            elif bare in _TERSE and rng.random() < 0.75:
                words.append(rng.choice(_TERSE[bare]))
            else:
                words.append(bare)
        return " ".join(words)

    pieces, position = [], 0
    for match in _QUOTED.finditer(text):
        pieces += [shorten(text[position:match.start()]), match.group(0)]
        position = match.end()
    pieces.append(shorten(text[position:]))
    return re.sub(r"[.!]$", "", re.sub(r" {2,}", " ", "".join(pieces)).strip())


def entity_words(text: str) -> set[str]:
    """The words of an entity (name, file, place, address) as `protected` expects them."""
    return {_bare(w) for w in text.split()}


def _bare(word: str) -> str:
    word = word.strip(".,!?;:'\"()").lower()
    return word.removesuffix("'s")


def _gaps(words: list[str], protected: frozenset[str]) -> list[int]:
    """Positions a filler can go without splitting a name, file or place."""
    return [i for i in range(len(words) + 1)
            if i == 0 or i == len(words) or not (_bare(words[i - 1]) in protected and _bare(words[i]) in protected)]


def _filler(rng: random.Random, text: str, protected: frozenset[str]) -> str:
    words = text.split(" ")
    at = rng.choice(_gaps(words, protected))
    words.insert(at, rng.choice(_FILLERS) + ("," if rng.random() < 0.5 else ""))
    return " ".join(words)


def _voice(rng: random.Random, text: str, protected: frozenset[str]) -> str:
    """A speech-to-text transcript: lower case, little punctuation, fillers, sometimes a repeated word."""
    text = re.sub(r"[!?;\"()]|(?<!\d):|:(?!\d)", "", text.lower())
    text = re.sub(r"[.,](?=\s|$)", "", text) if rng.random() < 0.8 else text
    words = text.split()
    for _ in range(rng.choice((0, 1, 1, 2))):
        words.insert(rng.choice(_gaps(words, protected)), rng.choice(_FILLERS))
    if rng.random() < 0.15 and words:
        at = rng.randrange(len(words))
        if _bare(words[at]) not in protected:
            words.insert(at, words[at])
    text = " ".join(words)
    if rng.random() < 0.5:
        text = re.sub(r"(?<=[a-z])'(?=(s|t|m|re|ll|ve|d)\b)", "", text)
    return rng.choice(_VOICE_OPENERS) + text
