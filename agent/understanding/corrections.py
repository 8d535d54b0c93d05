"""The request as the user finally meant it: what they took back while speaking is taken out of its text.

    corrected_request("email Ann and Bo the minutes, scratch Bo").text   # "email Ann the minutes"
    corrected_request("remind me to call mum... no, forget that. text dad I'm late").text   # "text dad I'm late"

People correct themselves mid-request. A small planner reads "scratch Bo" or "actually scratch that" as one more
errand and may write a removal for it (a deletion nobody asked for) or keep the person who was taken back. Two
kinds of correction are rewritten before anything else reads the request:
- an errand taken back as a whole ("... actually, scratch that.", "hmm, cancel that -", "on second thought,
  don't."): its words, from the start of its sentence or clause to the end of the taking back, go;
- one person or item taken back out of a list said earlier ("Ann, Bo and Cy - leave Bo out", "(sorry, without
  Mom)", "Bo doesn't need it", "take Bo off that", "no, scratch the passport", "minus tape, sorry"): the name goes
  from that list and the correction goes. Only a name that is a member of a list said before it counts, so a
  real removal ("I bought milk. remove milk from my list") names a list and is left alone.
What is not plainly one of these is left as it was: the planner and the scope rules read it as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from agent.understanding.placeholders import mask_request

_JOINER = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|plus|n)\s+)"
_INTERJECTIONS = (r"(?:(?:actually|wait|oh|no|nope|sorry|hmm+|um+|uh+|okay|ok|but|and|well|on\s+second\s+thought)"
                  r"[,!]?\s+)*")
# "scratch that" as a whole errand taken back, not "cancel that meeting": followed by punctuation, the end, or a
# word that starts another thought
_ERRAND_TAKEN_BACK = re.compile(
    r"(?:(?:[-–—,;]|\.{2,}|…)\s*)?" + _INTERJECTIONS
    + r"(?:(?:cancel|scratch|scrap|forget|strike|nix|undo|ignore)\s+(?:that|this)(?:\s+(?:last\s+)?(?:one|bit|part))?"
    r"|never\s*mind(?:\s+(?:that|this))?|on\s+second\s+thought,?\s+don'?t|actually,?\s+no(?=\s*[.!;]))"
    r"(?=\s*(?:[-–—,.;:!…]|$)|\s+(?:and|then|i\s+mean|instead|please|ok|okay|oh|no|wait|hmm|um|uh|i|we|let'?s|"
    r"text|e-?mail|mail|send|call|remind|schedule|make|put|add|set|book|plot|map|show|tell|let|get|go|use|do|can|"
    r"could|what|where|when|who|how|is|are|arrange|create|write|compose|draft|forward|reply|respond|find|open|look|"
    r"check|pull|summari[sz]e|zoom|start|note|jot|save|pin|navigate|route|give|share|ask|invite|plan|shoot|fire|"
    r"message|ping|just|my)\b)[-–—,.;:!…\s]*",
    re.IGNORECASE)
# Where an errand begins: the start, a sentence's end, a new line, a numbered item, or "then" / "also" between errands
_ERRAND_START = re.compile(
    r"(?:(?<!\b(?:mr|ms|dr|st))(?<!\bmrs)(?<![ap]\.m)[.!?;]+\s+|\n\s*|\s\d\)\s+|^\s*\d\)\s+"
    r"|(?P<connector>,?\s+(?:and\s+then|then|also|oh\s+and|after\s+that|next|finally)[,:]?\s+))",
    re.IGNORECASE)
_LEAD = r"(?:(?:[-–—,;(]|\.{1,3}|…)\s*)" + _INTERJECTIONS
# dots only inside a word ("ann@x.org", "notes.pdf") or after a title ("Prof."), not a full stop
_WORD = r"(?:(?:dr|mr|mrs|ms|prof|st)\.|[\w'@+-]+(?:\.[\w'@+-]+)*)"
_WORDS = rf"(?P<x>{_WORD}(?:\s+{_WORD}){{0,3}}?)"
_TAIL = (r"(?:\s+(?:out|off\s+(?:that|this|it|the\s+list)|after\s+all|too|either|from\s+that))?(?:,?\s+please)?"
         r"(?:,?\s+(?:sorry|thanks|thx|(?:we|i)\s+(?:already\s+)?(?:have|got)\s+(?:it|some|them|one|that)[^.;!?\n]*))?")
_STOP = r"(?=\s*(?:[-–—,.;:!)…]|$)|\s+(?:and|then|also|but|oh|so|plus)\b)"
# One person or item taken back: the name is group "x"; each form ends where its words end.
_ONE_TAKEN_BACK = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    _LEAD + r"(?:leave|skip|scratch|drop|minus|without|remove|exclude|cut|take\s+out|leave\s+out|cross\s+out|not|"
            r"(?:only|just)\s+[^,.;]+?,\s+not)\s+" + _WORDS + _TAIL + _STOP + r"\)?",
    _LEAD + r"(?:take|leave)\s+" + _WORDS + r"\s+(?:off|out)(?:\s+(?:of\s+)?(?:that|this|it))?" + _TAIL
          + _STOP,
    _LEAD + _WORDS + r"\s+(?:doesn'?t|does\s+not|don'?t|won'?t)\s+need\s+(?:it|one|that|this|to\s+(?:come|know|"
                     r"be\s+(?:on\s+it|included|there)))" + _TAIL + _STOP,
))
# "Ana, Ben and Cy - wait, just Ana": the people kept, in the request with its names, addresses and numbers masked
# (agent.understanding.placeholders); a member may carry its role ("my coworker Prero")
_MEMBER = (r"(?:(?:my|his|her|their|our|your)\s+[\w-]+(?:\s+[\w-]+)?\s+)?<[nep]\d+>"
           r"(?:,\s+(?:my|his|her|their|our)\s+[\w-]+(?=\s*(?:[-–—,.;:!)]|$)|\s+(?:and|&|plus)\b)"
           r"|\s+(?:at|from)\s+(?:the\s+)?[\w-]+)?")  # "Astrid, my partner", "Yinion at the clinic"
_PEOPLE = rf"{_MEMBER}(?:{_JOINER}{_MEMBER})*"
_ONLY_THESE = re.compile(_LEAD + rf"(?:just|only)\s+(?P<x>{_PEOPLE})(?:\s+(?:then|instead|please|thanks))?" + _STOP,
                         re.IGNORECASE)
_PLACEHOLDER = re.compile(r"<[a-z]+\d+>")
_REAL_REMOVAL = re.compile(r"^\s+(?:from|off|of)\s+(?:my|the|our)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|my|our|some|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Corrected:
    text: str
    taken_back: tuple[str, ...] = ()  # the words that went, for the plan's note

    @property
    def note(self) -> str:
        if not self.taken_back:
            return ""
        return "Taken back while speaking: " + "; ".join(f'"{words}"' for words in self.taken_back) + "."


def corrected_request(text: str) -> Corrected:
    """`text` without the errands, people and items its speaker took back (the module docstring says which)."""
    taken: list[str] = []
    for rewrite in (_without_taken_back_errands, _without_taken_back_names, _only_those_kept):
        text, gone = rewrite(text)
        taken += gone
    return Corrected(_tidy(text), tuple(taken)) if taken else Corrected(text)


def _without_taken_back_errands(text: str) -> tuple[str, list[str]]:
    taken: list[str] = []
    while (cancel := _ERRAND_TAKEN_BACK.search(text)) is not None:
        starts = [m for m in _ERRAND_START.finditer(text, 0, cancel.start()) if m.end() <= cancel.start()]
        start = starts[-1].end() if starts else 0
        errand = text[start:cancel.start()].strip(" ,.;-–—…")
        if not errand:  # nothing before it to take back: leave the words to the rules that read them
            break
        taken.append(errand)
        if starts and starts[-1].group("connector"):
            text = text[:starts[-1].start()] + ". " + text[cancel.end():]  # "..., then <errand>": "then" goes too
        else:
            text = text[:start] + text[cancel.end():]
    return text, taken


def _without_taken_back_names(text: str) -> tuple[str, list[str]]:
    taken: list[str] = []
    for pattern in _ONE_TAKEN_BACK:
        position = 0
        while (found := pattern.search(text, position)) is not None:
            rewritten = _dropped_from_list(text, found)
            if rewritten is None:
                position = found.start() + 1
                continue
            text, name = rewritten
            taken.append(name)
            position = 0
    return text, taken


def _only_those_kept(text: str) -> tuple[str, list[str]]:
    """"Ana, Ben and Cy ... just Ana": the list of people said before keeps only those the correction names."""
    if not re.search(r"\b(?:just|only)\b", text, re.IGNORECASE):
        return text, []  # the masking below costs milliseconds; most requests say neither
    masked = mask_request(text)
    if _unmasked(masked.text, masked.values) != text:
        return text, []
    found = _ONLY_THESE.search(masked.text)
    if found is None:
        return text, []
    kept = set(_PLACEHOLDER.findall(found.group("x")))
    lists = [m for m in re.finditer(_PEOPLE, masked.text[:found.start()], re.IGNORECASE)
             if kept < set(_PLACEHOLDER.findall(m.group(0)))]
    if not lists:
        return text, []
    said = lists[-1]
    members = {_PLACEHOLDER.findall(m.group(0))[0]: m.group(0)
               for m in re.finditer(_MEMBER, said.group(0), re.IGNORECASE)}
    staying = [member for placeholder, member in members.items() if placeholder in kept]
    going = [masked.values[placeholder] for placeholder in members if placeholder not in kept]
    listed = ", ".join(staying[:-1]) + " and " + staying[-1] if len(staying) > 1 else staying[0]
    rest = masked.text[found.end():]
    if found.group(0).lstrip()[:1] in "-–—":  # "Ana and Bo - wait, just Ana - a text": both dashes go
        rest = re.sub(r"^\s*[-–—]\s*", " ", rest)
    rewritten = masked.text[:said.start()] + listed + masked.text[said.end():found.start()] + " " + rest
    return _unmasked(rewritten, masked.values), going


def _unmasked(text: str, values: Mapping[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(0), m.group(0)), text)


def _dropped_from_list(text: str, found: re.Match[str]) -> tuple[str, str] | None:
    """`text` without the correction `found` and without its name in the list said before it, or None when no
    earlier list has that name (then it is no correction of this kind)."""
    if _REAL_REMOVAL.match(text, found.end()):
        return None
    words = found.group("x").split()
    before = text[:found.start()]
    for count in range(len(words), 0, -1):
        name = _DETERMINER.sub("", " ".join(words[:count]))
        member = _list_member(before, name)
        if member is None:
            continue
        start, end = member
        return before[:start] + before[end:] + " " + text[found.end():], name
    return None


def _list_member(before: str, name: str) -> tuple[int, int] | None:
    """Where `name` and one of its list's joiners stand in `before` (its last mention), or None when it is not
    one of several names or items joined by commas, "and", "&" or "plus"."""
    escaped = re.escape(name)
    optional_determiner = r"(?:(?:the|my|our|some|a|an)\s+)?"
    patterns = (  # joiner before the name ("Ann and Bo"), else after it ("Bo and Ann")
        rf"{_JOINER}{optional_determiner}{escaped}(?!['\w])",
        rf"(?<![\w'])(?<!'s\s){optional_determiner}{escaped}{_JOINER}(?=\w)",
    )
    for pattern in patterns:
        matches = list(re.finditer(pattern, before, re.IGNORECASE))
        if matches:
            return matches[-1].start(), matches[-1].end()
    return None


def _tidy(text: str) -> str:
    """Spaces and punctuation left over where words went: doubled spaces, a space before a comma or full stop,
    a comma before a full stop, and a sentence that now starts with its punctuation."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?=[.!?])", "", text)
    text = re.sub(r"^[\s,.;:!?-]+", "", text)
    return text.strip()
