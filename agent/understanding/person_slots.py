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

from agent.understanding.given_names import given_names, surnames

logger = logging.getLogger(__name__)

# Seen at most this often in pyspellchecker's English sources: a name as often as a word (see the docstring).
RARE_FREQUENCY = 50
# A word one edit from a word seen at least this often is read as that word misspelt.
TYPO_NEIGHBOUR_FREQUENCY = 1000

_PERSON_VERBS = frozenset("""
text txt msg message email e-mail mail call ring phone tell ask invite cc bcc fwd forward send cc'ing ccing cc'd
remind ping notify inform let loop shoot drop nudge buzz
""".split())
_SENDING_VERBS = frozenset("text txt msg message email e-mail mail fwd forward send share reply pass bounce".split())
_OWNERS = frozenset("my his her our their your".split())
_ROLES = frozenset("""
assistant secretary boss manager supervisor colleague coworker co-worker teammate partner friend bff buddy mate
sister brother sis bro mom mum mother dad father parent son daughter child kid wife husband fiance fiancee
girlfriend boyfriend aunt auntie uncle cousin niece nephew grandma grandpa granny grandmother grandfather
stepmom stepmother stepdad stepfather stepson stepdaughter bookkeeper accountant lawyer attorney landlord landlady
tenant neighbour neighbor roommate flatmate housemate babysitter nanny tutor teacher coach trainer doctor dentist
therapist advisor adviser mentor client customer contractor plumber electrician cleaner agent realtor editor
intern student classmate pastor founder cofounder co-founder
""".split())
# People named by their relation alone: in a list of names they stand for one more person ("text dad, vera and ruth").
_RELATIONS = frozenset("""
mom mum mother dad father sister brother sis bro wife husband son daughter grandma grandpa granny aunt auntie uncle
boss
""".split())
# Words of dates that may follow a name and are never a surname ("with taylor oct sixteen").
_CALENDAR_WORDS = frozenset("""
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun tmrw tonite
""".split())
# Chat shorthand that is no English word and no name either ("lorena tmrw").
_SHORTHAND = frozenset("""
tmrw tmr tmrrw tmw tmoro tomoz tonite thx thnx tnx pls plz abt asap btw fyi lmk tysm sms mms dm msg txt
""".split())
# Spoken titles and the way a name is written with them ("doctor mbeki" is Dr. Mbeki).
TITLES: Mapping[str, str] = {
    "mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "mx": "Mx.", "dr": "Dr.", "doctor": "Dr.", "prof": "Prof.",
    "professor": "Professor",
}
_CONTACT_WORDS = frozenset("email e-mail emails number phone cell mobile address adress contact details".split())
_JOINERS = frozenset(("and", ",", "or", "&", "plus"))
_SLOT_WORDS = (_PERSON_VERBS | _SENDING_VERBS | _OWNERS | _ROLES | frozenset(TITLES) | _CONTACT_WORDS | _JOINERS
               | _SHORTHAND)

_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*|[^\w\s]")
# Three letters at least: two-letter lower-case words in hurried text are shorthand ("cn u", "ur") more often
# than names.
_NAME_WORD = re.compile(r"[^\W\d_]{3,}(?:['\u2019-][^\W\d_]+)*|[^\W\d_]+(?:['\u2019-][^\W\d_]+)+")
_SENTENCE_BREAK = frozenset(".!?;:\n")
_LONGEST_WORD = 30  # longer "words" are not names, and are never searched for typos (that grows with length²)
# A given name that is also an English word is a name in a person slot up to this frequency in the word list:
# "heidi", "laura" and "tom" are names after "text", while "will", "drew" and "grace" stay words. After "with",
# or before "email", where a word is more often a thing, the bound is lower ("with olive oil").
GIVEN_NAME_FREQUENCY = 10_000
LOOSE_SLOT_GIVEN_NAME_FREQUENCY = 3_000
# A surname that is also an English word goes on a name up to this frequency ("thaheitrail gallagher", never
# "khohei park"); any word does up to the lower one ("antonio banda").
SURNAME_FREQUENCY = 3_000
RARE_WORD_AFTER_NAME = 100


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


def _bare(word: str) -> str:
    return re.sub(r"['\u2019]s$", "", word.casefold())


def _word_frequency(word: str) -> int:
    return (_frequencies() or {}).get(_bare(word), 0)


def _name_shaped(token: Token) -> bool:
    return (token.text[0].islower() and len(token.text) <= _LONGEST_WORD
            and _NAME_WORD.fullmatch(token.text) is not None)


def _is_given_name(word: str, bound: int) -> bool:
    """A given name of the gazetteer that is an English word at most `bound` times in the word list."""
    folded = _bare(word)
    return (_frequencies() is not None and folded in given_names() and folded not in _SLOT_WORDS
            and _word_frequency(folded) <= bound)


def _is_name(token: Token, bound: int = GIVEN_NAME_FREQUENCY) -> bool:
    return _name_shaped(token) and (not is_ordinary_word(token.text) or _is_given_name(token.text, bound))


def _goes_on_name(token: Token) -> bool:
    """Whether `token` is the next word of a name: a rare word (also one edit from a frequent word: "zaprak
    hoang") or a surname seldom used as a word ("gallagher"). A given name that is no surname starts the next
    person instead: speech loses the commas of "shutresta, siddharth and obinna"."""
    folded = _bare(token.text)
    if not _name_shaped(token) or _frequencies() is None or (folded in given_names() and folded not in surnames()):
        return False
    if folded in _SLOT_WORDS or folded in _CALENDAR_WORDS:
        return False
    bound = SURNAME_FREQUENCY if folded in surnames() else RARE_WORD_AFTER_NAME
    return _word_frequency(folded) <= bound


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
        if span is not None:
            found.append(span)
            index = _after(tokens, span)
        elif (tokens[index].lower in _RELATIONS and _slot_bound(tokens, index) is not None
              and _next_in_list(text, tokens, index + 1) is not None):
            found.append(_relation_span(tokens[index]))  # "text dad vera and ruth", as "Dad, Vera and Ruth"
            index += 1
        else:
            index += 1
            continue
        while (member := _next_in_list(text, tokens, index)) is not None:
            span = (_relation_span(tokens[member]) if tokens[member].lower in _RELATIONS
                    else _name_from(text, tokens, member))
            found.append(span)
            index = _after(tokens, span)
    return found


def _relation_span(token: Token) -> NameSpan:
    """A relation in a list of names is one of the people, written as a written list has it ("Dad")."""
    return NameSpan(token.start, token.end, _display(token.text))


def _after(tokens: list[Token], span: NameSpan) -> int:
    return next((i for i, token in enumerate(tokens) if token.start >= span.end), len(tokens))


def _next_in_list(text: str, tokens: list[Token], index: int) -> int | None:
    """Where the next person of a list starts, right after a person that ends before `tokens[index]`: after
    "and", ",", "or" or "plus", also past a person named by relation ("natalia, my mom and joanna"), or straight
    on where speech lost the comma ("noor, maja and ben" said as "noor maja and ben"). A relation alone is a
    person of the list too ("ash and dad")."""
    owned = index + 1 < len(tokens) and tokens[index].lower in _OWNERS and is_role(tokens[index + 1].lower)
    position = index + 2 * owned
    joined = position < len(tokens) and tokens[position].lower in _JOINERS
    position += joined
    if position >= len(tokens) or not (joined or not owned) or not _spaced(text, tokens, index - 1, index):
        return None
    return position if _is_name(tokens[position]) or tokens[position].lower in _RELATIONS else None


def _name_at(text: str, tokens: list[Token], index: int) -> NameSpan | None:
    """The name that starts at `tokens[index]` (a title, or a word in a person slot), or None."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if token.lower in TITLES and token.text[0].islower():
        after = index + 2 if following is not None and following.text == "." else index + 1
        if after < len(tokens) and _after_title(tokens[after]) and _spaced(text, tokens, index, after):
            name = _name_from(text, tokens, after)
            return NameSpan(token.start, name.end, f"{TITLES[token.lower]} {name.value}")
        return None
    bound = _slot_bound(tokens, index)
    if ((bound is not None and _is_name(token, bound)) or _surname_before_possessive(tokens, index)
            or (_after_role(tokens, index) and _after_title(token))):
        return _name_from(text, tokens, index)
    return None


def _surname_before_possessive(tokens: list[Token], index: int) -> bool:
    """"look up tryprer brodial's number": a whole name before a word for contact details, its first word a given
    name or no English word."""
    return (index + 2 < len(tokens) and _possessive_slot(tokens, index + 1) and _name_shaped(tokens[index])
            and (not is_english_word(tokens[index].text)
                 or _is_given_name(tokens[index].text, LOOSE_SLOT_GIVEN_NAME_FREQUENCY))
            and _goes_on_name(tokens[index + 1]))


def _after_title(token: Token) -> bool:
    """A name after a title or a role: also a word one edit from a frequent one ("prof ncube", not "cube"; "my
    supervisor lemond", not "lemon")."""
    return _is_name(token) or (_name_shaped(token) and _frequencies() is not None and not is_english_word(token.text))


def _spaced(text: str, tokens: list[Token], first: int, last: int) -> bool:
    return all(text[tokens[i].end:tokens[i + 1].start] in ("", " ") for i in range(max(first, 0), last))


def _name_from(text: str, tokens: list[Token], index: int) -> NameSpan:
    """The name starting at `tokens[index]`: a given name and its surname at most ("tadeusz kowalski"), as
    people say them in a request. A hyphenated given name said as two words is one ("jean pierre" is
    Jean-Pierre)."""
    compound = _compound_given_name(text, tokens, index)
    last = index + compound
    if last + 1 < len(tokens) and _spaced(text, tokens, last, last + 1) and _goes_on_name(tokens[last + 1]):
        last += 1
    start, end = tokens[index].start, tokens[last].end
    following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    end = _without_possessive(text, start, end, following)
    said = text[start:end]
    if compound:
        said = said[:tokens[index].end - start] + "-" + said[tokens[index + 1].start - start:]
    return NameSpan(start, end, _display(said))


def _compound_given_name(text: str, tokens: list[Token], index: int) -> int:
    """1 where `tokens[index]` and the next word are a hyphenated given name said without its hyphen."""
    if index + 1 >= len(tokens) or not _spaced(text, tokens, index, index + 1):
        return 0
    return int(f"{tokens[index].lower}-{_bare(tokens[index + 1].text)}" in given_names())


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


def _slot_bound(tokens: list[Token], index: int) -> int | None:
    """Whether a person goes at `tokens[index]`, and if so how frequent an English word a given name there may
    be (GIVEN_NAME_FREQUENCY, or LOOSE_SLOT_GIVEN_NAME_FREQUENCY where things go as often as people)."""
    previous = tokens[index - 1].lower if index > 0 else ""
    if previous in _PERSON_VERBS or (previous == "to" and any(
            t.lower in _SENDING_VERBS for t in _sentence_before(tokens, index - 1))) or _after_role(tokens, index):
        return GIVEN_NAME_FREQUENCY
    if previous == "with" or _possessive_slot(tokens, index):
        return LOOSE_SLOT_GIVEN_NAME_FREQUENCY
    return None


def _after_role(tokens: list[Token], index: int) -> bool:
    """"my bookkeeper yevgenia", also with a word or two before the role ("my office manager blessing", "my co
    founder caleb", said without its hyphen)."""
    if index < 2 or not is_role(tokens[index - 1].lower):
        return False
    before = [t.lower for t in tokens[max(0, index - 4):index - 1]]
    return any(word in _OWNERS and all(w.isalpha() for w in before[i + 1:]) for i, word in enumerate(before))


def _possessive_slot(tokens: list[Token], index: int) -> bool:
    """"whats tadeusz email", "bartholomews number" (but not "send the email": "the" is a word)."""
    return index + 1 < len(tokens) and tokens[index + 1].lower in _CONTACT_WORDS


def _sentence_before(tokens: list[Token], index: int) -> Iterable[Token]:
    for token in reversed(tokens[:index]):
        if token.text in _SENTENCE_BREAK:
            return
        yield token
