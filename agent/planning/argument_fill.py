"""Structured arguments the request itself decides, set from the request instead of the planner's guess.

COMPAT section 8 fixes how several arguments follow from the request's words, so a small planner has no reason
to choose them, and when it does it is often wrong:

- a file argument is a file the request names, with its extension as written ("the poster fundraiser-poster.svg"
  is `fundraiser-poster.svg`, not "Poster fundraiser-poster.svg"), or as the request calls it ("the pdf called
  choir program");
- an address list (recipients, cc, invitees) holds addresses, phone numbers or `$k` results, never a place or a
  bare name the planner copied in;
- a reminder's priority is 1, 5 or 9 when the request says high, medium or low priority, else 0;
- directions go by the transport the request names last ("driving directions... no, the tube route" is transit);
- a note folder or reminder list is one the request names, else ""; a note step without a folder takes the one
  folder the request names;
- a contact lookup is never for a person the request leaves out ("don't include Ottoline"): it is for the one
  person the request names whom no lookup is for yet, or stays as planned when there is no such single person;
- the people the request copies ("cc my co-investigator, Tobiah") are in cc, the others in recipients, and an
  email's context never holds its own recipient's address.

Each rule only changes an argument the request settles; everything else stays as planned, and the plan view says
what was set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from agent.plans.plan import Plan, Step, ref_indices
from agent.understanding.person_slots import is_ordinary_word, is_role
from agent.understanding.placeholders import mask_request
from tools.catalogue import CATALOGUE

FILE_ARGUMENTS: dict[str, int] = {"open_and_get_file_path": 0, "summarize_pdf": 0}
ADDRESS_LISTS: dict[str, tuple[int, ...]] = {
    "compose_new_email": (0, 1), "reply_to_email": (0,), "forward_email": (0, 1),
    "create_calendar_event": (4,), "get_zoom_meeting_link": (3,), "send_sms": (0,),
}
FOLDERS: dict[str, int] = {"create_note": 2, "open_note": 1, "append_note_content": 2}
LISTS: dict[str, int] = {"create_reminder": 3}
PRIORITY_POSITION = 4  # create_reminder(name, due_date, notes, list_name, priority, all_day)

_PRIORITIES = (
    (re.compile(r"\b(?:high|top|highest)[\s-]+priority\b|\bpriority\s*(?:is\s+|:\s*)?high\b", re.I), 1),
    (re.compile(r"\b(?:medium|normal|moderate)[\s-]+priority\b|\bpriority\s*(?:is\s+|:\s*)?medium\b", re.I), 5),
    (re.compile(r"\b(?:low|lowest)[\s-]+priority\b|\bpriority\s*(?:is\s+|:\s*)?low\b", re.I), 9),
)
_PRIORITY_WORDS = re.compile(r"\b(?:priority|urgent|important|asap)\b", re.I)
_TRANSPORTS = (
    (re.compile(r"\b(?:walk|walking|on foot|stroll)\b", re.I), "w"),
    (re.compile(r"\b(?:transit|public transport(?:ation)?|tube|subway|metro|u-bahn|s-bahn|underground|train|tram|"
                r"bus|light rail)\b", re.I), "r"),
    (re.compile(r"\b(?:drive|driving|car|by road)\b", re.I), "d"),
)
_NAMED_FOLDER = re.compile(r"\b(?:in|into|to|under|from)\s+(?:my|the|our)\s+((?:(?!\bnotes?\b|\blist\b).){1,40}?)"
                           r"\s+folder\b"
                           r"|\bfolder\s*(?:called|named|:|=)\s*['\"\u2018\u201c]?([^'\"\u2019\u201d,.;)]{1,40})"
                           # spoken, the colon lost: "(folder: Misc)" as "folder misc"
                           r"|\(?\bfolder\s+(?!(?:called|named|and|or|to|in|on|for|the|a|my|please|with|is|it)\b)"
                           r"([a-z][\w'-]*)\)?(?=\s*(?:[,.;!?)]|$)|\s+(?:and|also|then|please|pls|asap|thx|thanks|ty|now|too)\b)",
                           re.I)
_NAMED_LIST = re.compile(r"\b(?:on|to|in|into|onto|under)\s+(?:my|the|our)\s+(.{1,40}?)\s+list\b"
                         r"|\blist\s*(?:called|named|:|=)\s*['\"\u2018\u201c]?([^'\"\u2019\u201d,.;)]{1,40})", re.I)
_CLAUSE_END = (r"(?=\s*(?:[,.;!?:)]|$)|\s+(?:and|also|too|please|pls|thx|thanks|ty|if|for|when|then|plus|"
               r"asap|now)\b|\s+[-–—])")
_ADDRESS = re.compile(r"@|^\+?[\d ().-]{7,}$")
# A file named without its extension: "read me the summary of the pdf called choir christmas program".
_CALLED_FILE = re.compile(r"\b(?:pdf|file|document|doc|spreadsheet|presentation|deck|image|photo)\s+(?:called|named|"
                          r"titled)\s+['\"\u2018\u201c]?(.+?)['\"\u2019\u201d]?(?=[,.;!?]|\s+(?:and|to|then|for)\b|$)",
                          re.IGNORECASE)
_LEAVE_OUT = (r"\b(?:(?:don'?t|do not|never)\s+(?:include|invite|add|copy|cc|tell|email|e-mail|text|ask)|not|without|"
              r"except|excluding|minus)\s+{name}\b|\bleave\s+{name}\s+out\b")
LOOKUPS = ("get_email_address", "get_phone_number")
PLACE_ARGUMENTS: dict[str, tuple[int, ...]] = {"maps_open_location": (0,), "maps_show_directions": (0, 1),
                                               "create_calendar_event": (3,)}
CC_LISTS: dict[str, tuple[int, int]] = {"compose_new_email": (0, 1), "forward_email": (0, 1)}  # recipients, cc
CONTEXTS: dict[str, int] = {"compose_new_email": 3}
_CC_WORD = re.compile(r"\b(?:cc|bcc|cc'?ing|cc'?d|copy|copying|copied)\b", re.IGNORECASE)
_ADDRESSING = re.compile(r"\b(?:e-?mail|send|sent|forward|fwd|to|invite|text|with|tell|and\s+(?:also\s+)?(?:e-?mail|"
                         r"text))\b", re.IGNORECASE)
CC_WINDOW = 40  # characters before a name in which a cc word makes it a copied person


@dataclass(frozen=True)
class RequestFacts:
    """What the request settles for the arguments above."""

    request: str
    files: tuple[str, ...]
    names: tuple[str, ...]  # the people and places the request names, in order
    left_out: tuple[str, ...]  # the names it says to leave out
    priority: int | None  # None: the request speaks of priority without saying which
    transport: str | None
    folders: tuple[str, ...]
    lists: tuple[str, ...]


def request_facts(request: str) -> RequestFacts:
    """The files, priority, transport, folders and lists the request names."""
    masked = mask_request(request)
    files = tuple(value for key, value in masked.values.items() if key.startswith("<f")) or tuple(
        match.group(1).strip() for match in _CALLED_FILE.finditer(request))
    names = tuple(dict.fromkeys(value for key, value in masked.values.items() if key.startswith("<n")))
    left_out = tuple(name for name in names if re.search(_LEAVE_OUT.format(name=re.escape(name)), request, re.I))
    return RequestFacts(request, files, names, left_out, _priority(request), _transport(request),
                        _named(_NAMED_FOLDER, request), _named(_NAMED_LIST, request))


def fill_arguments(plan: Plan, request: str, *, existing_names: bool = True) -> tuple[Plan, str] | None:
    """The plan with the arguments the request settles set from it and a note, or None when nothing changed.
    `existing_names` False leaves files, note folders and lists alone: a replan after "no file called X" may
    rightly name another."""
    facts = request_facts(request)
    changed: list[str] = []
    steps = list(plan.steps)
    for rule in _rules(request, existing_names):
        for position, step in enumerate(steps):
            new = rule(step, facts, steps)
            if new is not step and new != step:
                changed.append(f"{_describe(step, new)} of step {step.index}")
                steps[position] = new
    if not changed:
        return None
    return replace(plan, steps=tuple(steps)), "Set from the request: " + ", ".join(dict.fromkeys(changed)) + "."


def _file(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    """A file argument that is not a file the request names becomes the one it contains, or the one named file
    no other step uses."""
    position = FILE_ARGUMENTS.get(step.tool)
    if position is None or len(step.args) <= position or not facts.files:
        return step
    value = step.args[position]
    if not isinstance(value, str) or ref_indices(value) or _fold(value) in {_fold(f) for f in facts.files}:
        return step
    if _named_in_full(value, facts):  # "Audit FINAL 3278.png": a name with spaces, as the request writes it
        return step
    inside = [f for f in facts.files if _fold(f) in _fold(value)]
    if len(inside) == 1:
        return _with(step, position, inside[0])
    used = {_fold(s.args[p]) for s in steps if s is not step
            for p in [FILE_ARGUMENTS.get(s.tool)] if p is not None and len(s.args) > p and isinstance(s.args[p], str)}
    unused = [f for f in facts.files if _fold(f) not in used]
    if not inside and len(unused) == 1 and value.strip():
        return _with(step, position, unused[0])
    return step


def _named_in_full(value: str, facts: RequestFacts) -> bool:
    """True when the value is a file name the request writes out, whose words before the one the masker found are
    part of the name (capitalised or numbers there), not a description ("the poster fundraiser-poster.svg")."""
    found = facts.request.casefold().find(value.casefold()) if "." in value else -1
    if found < 0:
        return False
    written = facts.request[found:found + len(value)]
    words = written.rsplit(" ", 1)[0].split() if " " in written else []
    return bool(words) and all(word[:1].isupper() or word[:1].isdigit() for word in words)


def _addresses(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    """Address lists keep addresses, numbers and results; a place or bare word the planner put in goes, as long
    as something else stays."""
    for position in ADDRESS_LISTS.get(step.tool, ()):
        if len(step.args) <= position or not isinstance(step.args[position], (list, tuple)):
            continue
        items = list(step.args[position])
        kept = [item for item in items if not isinstance(item, str) or ref_indices(item)
                or _ADDRESS.search(item.strip())]
        if kept and len(kept) < len(items):
            step = _with(step, position, kept)
    return step


def _priority_rule(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    if step.tool != "create_reminder" or len(step.args) <= PRIORITY_POSITION or facts.priority is None:
        return step
    return _with(step, PRIORITY_POSITION, facts.priority)


def _transport_rule(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    if step.tool != "maps_show_directions" or len(step.args) < 3 or facts.transport is None:
        return step
    return _with(step, 2, facts.transport)


def _folder_rule(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    """A folder the request does not name is "" (the default); the one folder it names goes to the one note step
    that left it empty ("save it as a note in my reading folder")."""
    position = FOLDERS.get(step.tool)
    note_steps = [s for s in steps if s.tool in FOLDERS]
    if (position is not None and len(step.args) > position and step.args[position] == "" and len(facts.folders) == 1
            and len(note_steps) == 1):
        return _with(step, position, facts.folders[0])
    return _named_or_empty(step, position, facts.folders, facts.request)


def _list_rule(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    return _named_or_empty(step, LISTS.get(step.tool), facts.lists, facts.request)


def _named_or_empty(step: Step, position: int | None, named: tuple[str, ...], request: str) -> Step:
    """A folder or list the request does not name is no folder or list ("" is the default one). A name the
    request puts things "in" or "under" at the end of a clause ("remind me to call the garage under Car")
    is named."""
    if position is None or len(step.args) <= position:
        return step
    value = step.args[position]
    if not isinstance(value, str) or not value.strip() or ref_indices(value):
        return step
    in_own_text = any(isinstance(other, str) and _fold(value) in _fold(other)
                      for index, other in enumerate(step.args) if index != position)  # "lunch in the West End"
    if any(_fold(value) == _fold(name) for name in named) or (_filed_under(value, request) and not in_own_text):
        return step
    return _with(step, position, "")


def _filed_under(value: str, request: str) -> bool:
    words = r"\s+".join(re.escape(word) for word in value.split())
    kind = r"\s+(?:folder|list|category)"  # "in the West End" is a place, "in the Travel folder" a folder
    return re.search(rf"\b(?:in|into|under)\s+(?:(?:(?:my|our)\s+)?{words}(?:{kind})?|the\s+{words}{kind})"
                     rf"{_CLAUSE_END}", request, re.IGNORECASE) is not None


def _repeated_lookup(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    """A lookup that repeats an earlier one (same tool, same person) is for the one person the request names whom
    no lookup is for: "zoom with siobhan and felix" planned as Felix twice is Siobhan and Felix."""
    if step.tool not in LOOKUPS or not step.args or not isinstance(step.args[0], str):
        return step
    earlier = [s for s in steps if s.index < step.index and s.tool == step.tool and s.args
               and isinstance(s.args[0], str) and _fold(s.args[0]) == _fold(step.args[0])]
    if not earlier:
        return step
    looked_up = {_fold(s.args[0]) for s in steps if s.tool in LOOKUPS and s.args and isinstance(s.args[0], str)}
    places = {_fold(value) for s in steps if s.tool in PLACE_ARGUMENTS
              for position in PLACE_ARGUMENTS[s.tool] if len(s.args) > position
              for value in [s.args[position]] if isinstance(value, str)}
    unserved = [name for name in facts.names if name not in facts.left_out and _fold(name) not in looked_up
                and not any(_fold(name) in place for place in places)]
    return _with(step, 0, unserved[0]) if len(unserved) == 1 else step


def _whole_name(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    """A lookup for part of a name the request says in full, or for a role and a name, is for the name as said:
    "email jana chelal" planned as "Jana" is Jana Chelal; "my intern catalina's email" as "Intern Catalina" is
    Catalina. Only words that are no everyday English word join a name (agent.understanding.person_slots)."""
    if step.tool not in LOOKUPS or not step.args or not isinstance(step.args[0], str) or not step.args[0].strip():
        return step
    words = step.args[0].split()
    if len(words) > 1 and is_role(words[0].casefold()):
        return _with(step, 0, " ".join(words[1:]))
    if _fold(step.args[0]) in {_fold(name) for name in facts.names}:
        return step  # a name the request's masking found whole ("shutresta, siddharth and obinna" said without commas)
    said = re.search(rf"(?<![\w'])((?:[a-z][\w'-]+\s+)?){re.escape(step.args[0])}((?:\s+[a-z][\w'-]+)?)(?![\w'])",
                     facts.request, re.IGNORECASE)
    if said is None:
        return step
    before, after = said.group(1).strip(), said.group(2).strip()
    joined = [word for word in (before, after) if word and word.islower() and _name_like(word)]
    if not joined:
        return step
    full = " ".join(part for part in (before if before in joined else "", step.args[0],
                                      after if after in joined else "") if part)
    return _with(step, 0, " ".join(word[:1].upper() + word[1:] for word in full.split()))


_SHORTHAND = frozenset("tmrw tmr tmrow tomoz pls plz thx thnx ty asap abt msg txt btw fyi sched mins hrs appt mtg "
                       "convo".split())


def _name_like(word: str) -> bool:
    return (len(word) >= 3 and word.isalpha() and word.casefold() not in _SHORTHAND and not is_ordinary_word(word)
            and not is_role(word))


def _left_out_lookup(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    if step.tool not in LOOKUPS or not step.args or not isinstance(step.args[0], str):
        return step
    if _fold(step.args[0]) not in {_fold(name) for name in facts.left_out}:
        return step
    looked_up = {_fold(s.args[0]) for s in steps if s.tool == step.tool and s.args and isinstance(s.args[0], str)}
    others = [name for name in facts.names if name not in facts.left_out and _fold(name) not in looked_up]
    return _with(step, 0, others[0]) if len(others) == 1 else step


def _own_address_context(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
    """An email's context that is only the address of one of its own recipients carries nothing: it becomes ""."""
    position = CONTEXTS.get(step.tool)
    if position is None or len(step.args) <= position or not isinstance(step.args[position], str):
        return step
    context = step.args[position].strip()
    recipients = step.args[0] if isinstance(step.args[0], (list, tuple)) else ()
    if re.fullmatch(r"\$\{?\d+\}?", context) and context in recipients:
        return _with(step, position, "")
    return step


def _copied_rule(request: str) -> Callable[[Step, RequestFacts, Sequence[Step]], Step]:
    def copied(step: Step, facts: RequestFacts, steps: Sequence[Step]) -> Step:
        """Recipients and cc split as the request says: whom it copies, whom it writes to."""
        positions = CC_LISTS.get(step.tool)
        if positions is None or len(step.args) <= max(positions):
            return step
        to, cc = (step.args[p] for p in positions)
        if not isinstance(to, (list, tuple)) or not isinstance(cc, (list, tuple)) or not to or not cc:
            return step
        said = {item: _mentioned(item, steps, request) for item in [*to, *cc]}
        if any(position is None for position in said.values()):
            return step
        copied_items = [item for item in [*to, *cc] if _is_copied(request, said[item] or 0)]
        written_to = [item for item in [*to, *cc] if item not in copied_items]
        if not copied_items or not written_to or (set(copied_items), set(written_to)) == (set(cc), set(to)):
            return step
        return _with(_with(step, positions[0], written_to), positions[1], copied_items)
    return copied


def _mentioned(item: Any, steps: Sequence[Step], request: str) -> int | None:
    """Where the request names this address or the person a `$k` lookup is for; None when it does not."""
    if not isinstance(item, str):
        return None
    refs = ref_indices(item)
    if refs:
        looked_up = next((s for s in steps if s.index == refs[0]), None)
        if looked_up is None or looked_up.tool != "get_email_address" or not looked_up.args:
            return None
        item = str(looked_up.args[0])
    found = request.casefold().find(item.casefold()) if item.strip() else -1
    return None if found < 0 else found


def _is_copied(request: str, position: int) -> bool:
    window = request[max(0, position - CC_WINDOW):position]
    marks = list(_CC_WORD.finditer(window))
    return bool(marks) and _ADDRESSING.search(window, marks[-1].end()) is None


def _rules(request: str, existing_names: bool) -> tuple[Callable[[Step, RequestFacts, Sequence[Step]], Step], ...]:
    named = (_file, _folder_rule, _list_rule) if existing_names else ()
    return (*named, _addresses, _left_out_lookup, _repeated_lookup, _whole_name, _priority_rule, _transport_rule,
            _own_address_context, _copied_rule(request))


def _priority(request: str) -> int | None:
    for pattern, value in _PRIORITIES:
        if pattern.search(request):
            return value
    return None if _PRIORITY_WORDS.search(request) else 0


def _transport(request: str) -> str | None:
    """The transport named last: a request that corrects itself means the later one."""
    found = [(match.start(), code) for pattern, code in _TRANSPORTS for match in pattern.finditer(request)]
    return max(found)[1] if found else None


def _named(pattern: re.Pattern[str], request: str) -> tuple[str, ...]:
    return tuple(next(group for group in match.groups() if group).strip() for match in pattern.finditer(request))


def _fold(value: str) -> str:
    return " ".join(value.split()).casefold()


def _with(step: Step, position: int, value: Any) -> Step:
    args = list(step.args)
    if args[position] == value or (isinstance(value, list) and list(args[position]) == value):
        return step
    args[position] = value
    return replace(step, args=tuple(args))


def _describe(old: Step, new: Step) -> str:
    """The names of the arguments that differ ("priority"), as the catalogue declares them."""
    names = [arg.name for arg in CATALOGUE[old.tool].args] if old.tool in CATALOGUE else []
    changed = [k for k, (a, b) in enumerate(zip(old.args, new.args, strict=True)) if a != b]
    return ", ".join(names[k] if k < len(names) else f"argument {k + 1}" for k in changed)
