"""Placeholders for the words a small planner must copy: names, files, addresses, numbers, quoted text.

Errand's default planner has a few million parameters; copying an unseen name letter by letter is what it
does worst (it wrote "Sunita" for "Sunniva" and looked her up twice). So before planning, the compact
profile replaces each such span of the request by a short placeholder, and restores the values in the
parsed plan afterwards:

    masked = mask_request("Email Eilidh the file 'Q3 report.pdf'")
    masked.text                    # "Email <n1> the file '<f1>'"
    masked.restore(plan)           # every "<n1>" inside an argument becomes "Eilidh" again

Training masks its requests with this same function (and the gold plans with `mask_values`), so the model
sees at run time exactly what it learned from. Detection is deliberately simple and predictable:

- `e` e-mail addresses, `p` phone numbers (7+ digits, not a date), `f` file names (a known extension),
- `q` quoted text ('...', "...", curly quotes),
- `n` runs of capitalised words that do not start a sentence and are not weekdays, months, holidays or
  words such as "I" or "Zoom" (they carry meaning the planner needs).

A request that already contains placeholder-like text (`<n1>`) has that text masked too, so restoring can
never turn the user's own words into something else.
"""

from __future__ import annotations

import functools
import json
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from agent.plans.plan import Plan, Step, strings_in
from agent.understanding.person_slots import is_english_word, lower_case_names

PLACEHOLDER = re.compile(r"<[efnpq]\d{1,2}>")

_FILE_EXTENSIONS = (
    "pdf docx doc xlsx xls csv pptx ppt txt md rtf odt ods odp numbers pages key png jpg jpeg gif svg heic "
    "webp zip mp3 mp4 mov wav m4a json ics vcf epub tex py html"
).split()
_EXTENSION = "(?:" + "|".join(_FILE_EXTENSIONS) + ")"
_QUOTES = (("'", "'"), ('"', '"'), ("\u2018", "\u2019"), ("\u201c", "\u201d"))

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # starts a run only: linear in long words
_QUOTED_FILE = re.compile(
    "|".join(rf"(?<![\w]){re.escape(a)}([^{re.escape(a + b)}\n]+?\.{_EXTENSION}){re.escape(b)}(?!\w)"
             for a, b in _QUOTES),
    re.IGNORECASE,
)
_BARE_FILE = re.compile(rf"(?<![\w/.-])[\w][\w.()\-]*\.{_EXTENSION}(?![\w])", re.IGNORECASE)
# Any other "name.ext" (1-5 letters or digits), checked by `_looks_like_file`: "bracket_rev4.step", "site.3mf".
_ANY_FILE = re.compile(r"(?<![\w/.@:-])(\w[\w()\-]*(?:\.[\w()\-]+)*)\.([A-Za-z0-9]{1,5})(?![\w/@]|\.\w)")
_NOT_FILE_NAMES = frozenset("""
mr mrs ms mx dr prof st sr jr vs etc eg ie no nos vol fig figs ch sec approx dept est inc ltd co mt ave rd www
""".split())
_DOMAINS = frozenset("""
com org net edu gov mil int io co uk us de fr nl es it eu ch at be se no dk fi ie pl ru cn jp in au ca nz br mx
info biz app dev ai me tv ly gg xyz online site tech cloud email
""".split())
# A closing quote is followed by a non-word character, so "Mateus's" inside quoted text does not close it.
_QUOTED = re.compile(
    "|".join(rf"(?<![\w]){re.escape(a)}(?=\S)((?:[^{re.escape(b)}\n]|{re.escape(b)}(?=\w))+?)(?<=\S)"
             rf"{re.escape(b)}(?!\w)" for a, b in _QUOTES)
)
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().-]{5,}\d(?![\w])")
_DATE_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
_WORD = re.compile(r"(?<!\w)[^\W\d_][\w'\u2019-]*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_ABBREVIATION_END = re.compile(r"\b(?:mr|mrs|ms|mx|dr|prof|st|sr|jr)\.$", re.IGNORECASE)

# Capitalised words the planner must read as words, not copy as values.
_KEEP = frozenset("""
i i'm i'll i've i'd im ill ive id
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter thanksgiving halloween hanukkah diwali eid new year year's eve day
zoom pdf ok okay am pm asap fyi pls please thanks thank hi hey hello also oh and then but or so no yes
email e-mail text sms call remind reminder note notes calendar map maps directions send reply forward
tell ask let ping message msg txt invite book schedule share loop cc add put create make get find show open check
read write drop shoot bug buzz nudge set plan arrange
mr mrs ms mx dr prof st
""".split())


@dataclass(frozen=True)
class MaskedRequest:
    """The request as the planner sees it, and the placeholder -> original text map to undo it."""

    text: str
    values: Mapping[str, str] = field(default_factory=dict)
    applied: bool = False  # False for profiles whose models read the raw request

    def unknown_placeholders(self, plan: Plan) -> list[tuple[int, str]]:
        """(step, placeholder) for each placeholder the model wrote that stands for nothing in the request
        (checked on the plan as written, before restoring)."""
        if not self.applied:
            return []
        found = []
        for step in plan.steps:
            for text in strings_in(step.args):
                found += [(step.index, p) for p in PLACEHOLDER.findall(text) if p not in self.values]
        return list(dict.fromkeys(found))

    def restore(self, plan: Plan) -> Plan:
        if not self.values:
            return plan
        return replace(plan, steps=tuple(self.restore_step(step) for step in plan.steps))

    def restore_text(self, plan_text: str) -> str:
        """Plan text with placeholders replaced by their values, escaped for the string literals they sit in."""
        if not self.values:
            return plan_text
        return PLACEHOLDER.sub(lambda m: _escaped(self.values.get(m.group(0), m.group(0))), plan_text)

    def restore_step(self, step: Step) -> Step:
        if not self.values:
            return step
        return replace(step, args=tuple(restore_value(a, self.values) for a in step.args))


def restore_value(value: Any, values: Mapping[str, str]) -> Any:
    """`value` with every known placeholder inside its strings replaced by the original text, in one pass."""
    if isinstance(value, str):
        return PLACEHOLDER.sub(lambda m: values.get(m.group(0), m.group(0)), value)
    if isinstance(value, (list, tuple)):
        return type(value)(restore_value(v, values) for v in value)
    return value


def _escaped(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]  # the plan's string literals use JSON escapes


def mask_request(text: str, rng: random.Random | None = None, known_names: Sequence[str] = ()) -> MaskedRequest:
    """Replace names, files, addresses, numbers and quoted text in `text` by numbered placeholders.

    `known_names` (the user's contacts) are names wherever they appear, in any case ("text matt" names the contact
    Matt Jones), except the few that are also common words ("will", "may").

    At run time each kind is numbered 1, 2, 3... in order of appearance. Training passes `rng` to number
    them in a random order instead, so the model learns to copy the placeholders the request has rather than
    to count on from `<n1>` to an `<n2>` that does not exist."""
    if rng is None:  # planning, argument filling and text spans all read one request: mask it once
        return _masked_once(text, tuple(known_names))
    return _masked(text, rng, known_names)


@functools.lru_cache(maxsize=32)
def _masked_once(text: str, known_names: tuple[str, ...]) -> MaskedRequest:
    return _masked(text, None, known_names)


def _masked(text: str, rng: random.Random | None, known_names: Sequence[str]) -> MaskedRequest:
    spans = _find_spans(text, known_names)
    numbers = _numbering(text, spans, rng)
    values: dict[str, str] = {}
    by_value: dict[tuple[str, str], str] = {}
    pieces: list[str] = []
    position = 0
    for index, span in enumerate(spans):
        original = text[span.start:span.end]
        key = (span.kind, original)
        if key not in by_value:
            by_value[key] = f"<{span.kind}{numbers[span.kind].pop(0)}>"
            values[by_value[key]] = original if span.value is None else span.value
        pieces.append(_list_gap(text, spans, index, position))
        pieces.append(by_value[key])
        position = span.end
    pieces.append(text[position:])
    return MaskedRequest("".join(pieces), values, applied=True)


_LIST_JOINERS = frozenset(("", ",", "and", ", and", "or", "plus", "&"))


def _list_gap(text: str, spans: list[Span], index: int, position: int) -> str:
    """The text between the span before `spans[index]` and it. Two people said one after the other, as speech
    gives a list without its commas, are joined as a written list has them: "<n1>, <n2> and <n3>"."""
    between = text[position:spans[index].start]
    if between != " " or index == 0 or not spans[index - 1].kind == spans[index].kind == "n":
        return between
    following = spans[index + 1] if index + 1 < len(spans) else None
    listed = following is not None and following.kind == "n" and (
        text[spans[index].end:following.start].strip().casefold() in _LIST_JOINERS)
    return ", " if listed else " and "


def _numbering(text: str, spans: list[Span], rng: random.Random | None) -> dict[str, list[int]]:
    """Per kind, the numbers its distinct values get, in order of first appearance."""
    distinct: dict[str, set[str]] = {}
    for span in spans:
        distinct.setdefault(span.kind, set()).add(text[span.start:span.end])
    numbers = {}
    for kind, values in distinct.items():
        pool = list(range(1, max(len(values), _RANDOM_RANGE) + 1))
        numbers[kind] = rng.sample(pool, len(values)) if rng is not None else pool[:len(values)]
    return numbers


_RANDOM_RANGE = 9  # training draws each kind's numbers from 1..9 (more when a request has more values)


def mask_values(value: Any, values: Mapping[str, str]) -> Any:
    """The inverse of `restore_value` for training: each original text (any case, whole words) becomes its
    placeholder inside the strings of `value`; longer originals are replaced first."""
    if isinstance(value, str):
        for placeholder, original in sorted(values.items(), key=lambda item: -len(item[1])):
            pattern = re.compile(rf"(?<!\w){re.escape(original)}(?!\w)", re.IGNORECASE)
            value = pattern.sub(functools.partial(_constant, placeholder), value)
        return value
    if isinstance(value, (list, tuple)):
        return type(value)(mask_values(v, values) for v in value)
    return value


@dataclass(frozen=True)
class Span:
    """A stretch of the request to mask; `value` is how a plan writes it when that is not the text itself
    ("doctor mbeki" is "Dr. Mbeki")."""

    start: int
    end: int
    kind: str
    value: str | None = None


def _find_spans(text: str, known_names: Sequence[str] = ()) -> list[Span]:
    taken: list[Span] = []
    for span in _candidates(text, known_names):
        if span.start < span.end and all(span.end <= t.start or span.start >= t.end for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda span: span.start)


def _candidates(text: str, known_names: Sequence[str] = ()) -> Iterable[Span]:
    """Spans in priority order: earlier kinds win over later, overlapping ones."""
    for match in PLACEHOLDER.finditer(text):
        yield Span(match.start(), match.end(), "q")
    for match in _EMAIL.finditer(text):
        yield Span(match.start(), match.end(), "e")
    for match in _QUOTED_FILE.finditer(text):
        group = next(i for i in range(1, len(_QUOTES) + 1) if match.group(i) is not None)
        yield Span(match.start(group), match.end(group), "f")
    for match in _BARE_FILE.finditer(text):
        yield Span(_file_start(text, match.start()), match.end(), "f")
    for match in _ANY_FILE.finditer(text):
        if _looks_like_file(match.group(1), match.group(2)):
            yield Span(_file_start(text, match.start()), match.end(), "f")
    for match in _QUOTED.finditer(text):
        group = next(i for i in range(1, len(_QUOTES) + 1) if match.group(i) is not None)
        yield Span(match.start(group), match.end(group), "q")
    for match in _PHONE.finditer(text):
        digits = sum(c.isdigit() for c in match.group(0))
        if digits >= 7 and not _DATE_LIKE.match(match.group(0).strip()):
            yield Span(match.start(), match.end(), "p")
    for name in sorted((n for n in known_names if _usable_name(n)), key=len, reverse=True):  # "ann lee" before "ann"
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
            yield Span(match.start(), match.end(), "n")
    for start, end in _name_runs(text):
        yield Span(_with_title(text, start), end, "n")
    for found in lower_case_names(text):
        yield Span(found.start, found.end, "n", found.value)


# Given names that are also everyday words: in lower case they are more often the word than the person.
_COMMON_WORDS = frozenset("""will may june april august bill mark rose grace hope faith joy sunny summer art pat sue
dawn jack frank ray rich drew chase max dean gene guy hunter iris ivy jay jean lane lily long miles page penny
pearl reed rod sky star storm violet wade ward""".split())


def _looks_like_file(name: str, extension: str) -> bool:
    """Whether "name.extension" is a file name rather than an abbreviation ("e.g", "U.S.A"), a number ("3.5",
    "10.30am"), a domain ("example.co.uk") or two words with the space left out ("late.see", "Ann.She")."""
    last = name.rsplit(".", 1)[-1]
    lettered = any(c.isalpha() for c in name) and any(c.isalpha() for c in extension)
    if not lettered or len(last) < 2 or not (extension.islower() or extension.isupper()):
        return False
    if last.casefold() in _NOT_FILE_NAMES or name.casefold().startswith("www.") or extension.casefold() in _DOMAINS:
        return False
    file_like_name = any(c.isdigit() or c in "_-()." for c in name)
    return file_like_name or not is_english_word(extension)


# Words that end the words said before a file name: they belong to the request, not to the name.
_BEFORE_FILE_NAME = frozenset("""
a an the my your his her our their this that these those its it me you of to for from in on at by with about abt
re and or plus but then also as file files doc document attachment attached attaching attach called named titled
open find show send email mail text forward fwd share print read summarize summarise summary include including
launch upload download save check review sign is was what whats what's does say says go over up bring get pull
see look view display grab give into out off through via using use need want please pls just quick favor favour
""".split())
_LAST_WORD_OF_FILE = re.compile(r"[A-Z][a-z]+|[A-Z]+\d*|[vV]?\d+")  # "Newsletter", "V2", "2025", not "ReceiptUpdated"
_WORDS_BEFORE_FILE = 3


def _file_start(text: str, start: int) -> int:
    """Where a file name said in lower case begins. A speech recogniser writes "Mockup V2.pdf" as "mockup
    V2.pdf" and "Newsletter Nobionek 2025.pdf" as "newsletter nobionek 2025.pdf": where the name before the
    extension is a single capitalised word, a version or a number, the plain lower-case words before it are
    part of the name, back to a word of the request ("find", "the", "of") and three words at most. Before any
    other name, only words with a digit are ("q3 report.pdf")."""
    stem = text[start:].split(".", 1)[0]
    any_word = _LAST_WORD_OF_FILE.fullmatch(stem) is not None
    names = [(span.start, span.end) for span in lower_case_names(text[:start])] if any_word else []
    for _ in range(_WORDS_BEFORE_FILE):
        word = re.search(r"(?<![^ ])([a-z0-9]+) $", text[:start])
        if (word is None or word.group(1) in _BEFORE_FILE_NAME or any(a <= word.start(1) < b for a, b in names)
                or not (any_word or any(c.isdigit() for c in word.group(1)))):
            break
        start = word.start(1)
    return start


def _usable_name(name: str) -> bool:
    folded = name.strip().casefold()
    return len(folded) >= 2 and folded not in _COMMON_WORDS


def _name_runs(text: str) -> Iterable[tuple[int, int]]:
    """Runs of name words joined by single spaces, without a trailing possessive."""
    run: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        if not _is_name_word(text, match.start(), match.group(0)):
            yield from _finish(text, run)
            run = []
        elif run and text[run[-1][1]:match.start()] != " ":
            yield from _finish(text, run)
            run = [match.span()]
        else:
            run.append(match.span())
    yield from _finish(text, run)


_ROLE_OWNER = re.compile(r"(?<!\w)(?:my|his|her|their|our|your|the)\s+$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"(?<!\w)(?:mr|mrs|ms|mx|dr|prof|professor|doctor)\.? $", re.IGNORECASE)


def _with_title(text: str, start: int) -> int:
    """Where a name starting at `start` begins with its title: "Mrs. Adebayo-Fischer" is one person, and
    "Mr. <n1>" would let the planner pick the wrong title."""
    title = _TITLE_BEFORE.search(text, max(0, start - 11), start)
    if title is None or _ROLE_OWNER.search(text, max(0, title.start() - 7), title.start()):
        return start  # "his doctor Mehmet" is Mehmet, who is his doctor
    return title.start()


def _finish(text: str, run: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    if run:
        start, end = run[0][0], run[-1][1]
        possessive = _POSSESSIVE.search(text, start, end)
        yield start, possessive.start() if possessive else end


def _is_name_word(text: str, start: int, word: str) -> bool:
    return word[0].isupper() and not _sentence_start(text, start) and not _lower_or_kept(word)


def _sentence_start(text: str, start: int) -> bool:
    """Whether `start` begins a sentence (looking back over a few characters only: requests may be long)."""
    before = text[:start]
    stripped = before.rstrip()
    if stripped and stripped[-1] not in ".!?:;" and "\n" not in before[len(stripped):]:
        return False
    return not _ABBREVIATION_END.search(stripped[-8:])


def _lower_or_kept(word: str) -> bool:
    lower = word.lower()
    return not word[0].isupper() or lower in _KEEP or _POSSESSIVE.sub("", lower) in _KEEP


def _constant(text: str, _match: re.Match[str]) -> str:
    """A replacement that is `text` as written (re.sub would read backslashes in a replacement string)."""
    return text
