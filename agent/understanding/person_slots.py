"""Lower-case names in the places a request names a person: "fwd this to tadeusz", "txt oluwaseun cn u bring
my charger", "cc his assistant marzena", "whats bartholomews email", "email professor oyelaran".

Requests typed in a hurry or spoken carry no capitals, so agent.understanding.placeholders cannot tell a name by
its spelling there; the user's contacts (`known_names`) are the first gazetteer. For anyone else this module
reads context: a word in a person slot that is not an ordinary English word is a name.

- A person slot is the word right after a verb that takes a person (text, email, call, cc...), after "to" once
  a sending verb came before it in the sentence, after "with", after "my/his/her/our/their/your <role>"
  ("my bookkeeper"), after a title ("doctor", "mrs"), before "email/number/phone/address", and after "and", ","
  or "or" that follow a name found this way ("text tadeusz and marzena").
- Ordinary English words are pyspellchecker's English word list, except the rarest entries: words seen about
  once in its sources are mostly names from subtitles ("bartholomew", "delacroix"), and in a person slot a
  rare word is far more likely a person than a word. A word one edit away from a frequent word is a typo
  ("asistant", "teh"), never a name.
- A name goes on over the following non-ordinary words ("tadeusz kowalski"). Common given names that are also
  frequent in the word list ("john", "grace") are not found; the planner copies those well enough.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# Seen at most this often in pyspellchecker's English sources: a name as often as a word (see the docstring).
RARE_FREQUENCY = 50
# A word one edit from a word seen at least this often is read as that word misspelt.
TYPO_NEIGHBOUR_FREQUENCY = 1000

_PERSON_VERBS = frozenset(
    "text txt msg message email e-mail mail call ring phone tell ask invite cc bcc fwd forward send".split())
_SENDING_VERBS = frozenset("text txt msg message email e-mail mail fwd forward send share reply".split())
_OWNERS = frozenset("my his her our their your".split())
_ROLES = frozenset("""
assistant secretary boss manager supervisor colleague coworker co-worker teammate partner friend bff buddy mate
sister brother sis bro mom mum mother dad father parent son daughter child kid wife husband fiance fiancee
girlfriend boyfriend aunt auntie uncle cousin niece nephew grandma grandpa granny grandmother grandfather
stepmom stepmother stepdad stepfather stepson stepdaughter bookkeeper accountant lawyer attorney landlord landlady
tenant neighbour neighbor roommate flatmate housemate babysitter nanny tutor teacher coach trainer doctor dentist
therapist advisor adviser mentor client customer contractor plumber electrician cleaner agent realtor editor
intern student classmate pastor
""".split())
# Spoken titles and the way a name is written with them ("doctor mbeki" is Dr. Mbeki).
TITLES: Mapping[str, str] = {
    "mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "mx": "Mx.", "dr": "Dr.", "doctor": "Dr.", "prof": "Prof.",
    "professor": "Professor",
}
_CONTACT_WORDS = frozenset("email e-mail emails number phone cell mobile address adress contact details".split())
_JOINERS = frozenset(("and", ",", "or", "&"))
_SLOT_WORDS = _PERSON_VERBS | _SENDING_VERBS | _OWNERS | _ROLES | frozenset(TITLES) | _CONTACT_WORDS | _JOINERS

_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*|[^\w\s]")
# Three letters at least: two-letter lower-case words in hurried text are shorthand ("cn u", "ur") more often
# than names.
_NAME_WORD = re.compile(r"[^\W\d_]{3,}(?:['\u2019-][^\W\d_]+)*|[^\W\d_]+(?:['\u2019-][^\W\d_]+)+")
_SENTENCE_BREAK = frozenset(".!?;:\n")
_LONGEST_WORD = 30  # longer "words" are not names, and are never searched for typos (that grows with length²)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.casefold()


@functools.cache
def _frequencies() -> Mapping[str, int] | None:
    """pyspellchecker's English word frequencies (loaded on first use, about 0.2 s), or None where its data
    cannot be read (a bundle that left it out): then every word counts as English and no name is found."""
    try:
        from spellchecker import SpellChecker

        return SpellChecker(language="en", distance=1).word_frequency.dictionary
    except Exception as exc:
        logger.warning("English word list unavailable, lower-case names are not found: %s", exc)
        return None


def is_english_word(word: str) -> bool:
    """Whether `word` (any case, with or without "'s") is in the English word list, the rarest entries left out."""
    folded = re.sub(r"['\u2019]s$", "", word.casefold())
    frequencies = _frequencies()
    if folded in _SLOT_WORDS or frequencies is None:
        return True
    return any(len(part) > 1 and frequencies.get(part, 0) > RARE_FREQUENCY for part in (folded, *folded.split("-")))


@functools.lru_cache(maxsize=4096)
def is_ordinary_word(word: str) -> bool:
    """Whether `word` is an everyday English word or a misspelling of one ("asistant", "teh"), not a name."""
    return is_english_word(word) or _misspelt(word.casefold(), _frequencies() or {})


def _misspelt(word: str, frequencies: Mapping[str, int]) -> bool:
    return 2 < len(word) <= _LONGEST_WORD and any(
        frequencies.get(near, 0) >= TYPO_NEIGHBOUR_FREQUENCY for near in _edits(word))


def _edits(word: str) -> Iterable[str]:
    """Every string one deletion, transposition, replacement or insertion away from `word`."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
            yield from (left + c + right[1:] for c in letters)
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
        yield from (left + c + right for c in letters)


def is_role(word: str) -> bool:
    """A role noun, also misspelt ("asistant") when long enough for that to be safe."""
    return word in _ROLES or (6 <= len(word) <= _LONGEST_WORD and any(near in _ROLES for near in _edits(word)))


def _is_name(token: Token) -> bool:
    return (token.text[0].islower() and len(token.text) <= _LONGEST_WORD
            and _NAME_WORD.fullmatch(token.text) is not None and not is_ordinary_word(token.text))


@dataclass(frozen=True)
class NameSpan:
    """A name found by context: where it is in the request, and how a plan should write it."""

    start: int
    end: int
    value: str


def lower_case_names(text: str) -> list[NameSpan]:
    """Lower-case names in person slots of `text`, left to right, not overlapping."""
    tokens = [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    found: list[NameSpan] = []
    index = 0
    while index < len(tokens):
        span = _name_at(text, tokens, index)
        if span is None:
            index += 1
            continue
        found.append(span)
        index = _after(tokens, span)
        while index + 1 < len(tokens) and tokens[index].lower in _JOINERS and _is_name(tokens[index + 1]):
            span = _name_from(text, tokens, index + 1)
            found.append(span)
            index = _after(tokens, span)
    return found


def _after(tokens: list[Token], span: NameSpan) -> int:
    return next((i for i, token in enumerate(tokens) if token.start >= span.end), len(tokens))


def _name_at(text: str, tokens: list[Token], index: int) -> NameSpan | None:
    """The name that starts at `tokens[index]` (a title, or a word in a person slot), or None."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if token.lower in TITLES and token.text[0].islower():
        after = index + 2 if following is not None and following.text == "." else index + 1
        if after < len(tokens) and _is_name(tokens[after]) and _spaced(text, tokens, index, after):
            name = _name_from(text, tokens, after)
            return NameSpan(token.start, name.end, f"{TITLES[token.lower]} {name.value}")
        return None
    if (_in_person_slot(tokens, index) or _possessive_slot(tokens, index)) and _is_name(token):
        return _name_from(text, tokens, index)
    return None


def _spaced(text: str, tokens: list[Token], first: int, last: int) -> bool:
    return all(text[tokens[i].end:tokens[i + 1].start] in ("", " ") for i in range(first, last))


def _name_from(text: str, tokens: list[Token], index: int) -> NameSpan:
    """The name starting at `tokens[index]` and going on over non-ordinary words joined by one space."""
    last = index
    while (last + 1 < len(tokens) and text[tokens[last].end:tokens[last + 1].start] == " "
           and _is_name(tokens[last + 1])):
        last += 1
    start, end = tokens[index].start, tokens[last].end
    following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    end = _without_possessive(text, start, end, following)
    return NameSpan(start, end, _display(text[start:end]))


def _without_possessive(text: str, start: int, end: int, following: str) -> int:
    """"bartholomew's" is Bartholomew; "bartholomews email" too, but only where the word without its s is
    itself a name and a word for contact details follows."""
    word = text[start:end]
    apostrophe = re.search(r"['\u2019]s?$", word)
    if apostrophe:
        return start + apostrophe.start()
    if following in _CONTACT_WORDS and word.endswith("s") and len(word) > 3 and not is_ordinary_word(word[:-1]):
        return end - 1
    return end


def _display(name: str) -> str:
    """A lower-case name as a plan shows it: each word capitalised ("tadeusz kowalski" -> "Tadeusz Kowalski")."""
    return re.sub(r"(?<![\w'\u2019])[^\W\d_]", lambda m: m.group(0).upper(), name)


def _in_person_slot(tokens: list[Token], index: int) -> bool:
    previous = tokens[index - 1].lower if index > 0 else ""
    if previous in _PERSON_VERBS or previous == "with":
        return True
    if previous == "to":
        return any(t.lower in _SENDING_VERBS for t in _sentence_before(tokens, index - 1))
    return index >= 2 and is_role(previous) and tokens[index - 2].lower in _OWNERS


def _possessive_slot(tokens: list[Token], index: int) -> bool:
    """"whats tadeusz email", "bartholomews number" (but not "send the email": "the" is a word)."""
    return index + 1 < len(tokens) and tokens[index + 1].lower in _CONTACT_WORDS


def _sentence_before(tokens: list[Token], index: int) -> Iterable[Token]:
    for token in reversed(tokens[:index]):
        if token.text in _SENTENCE_BREAK:
            return
        yield token
