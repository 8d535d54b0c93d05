"""Who a spoken request invites or writes to, read from the words after "with", "invite" or "email".

    invitees("set up a meeting with john and sarah friday at noon")   # ["John", "Sarah"]
    recipients("email my landlord that the sink is leaking")          # ["Landlord"]

Spoken requests carry no capitals, so common given names ("john", "grace") cannot be told from words by their
spelling (agent.understanding.person_slots finds only rare ones). Here the slot decides: the words right after
"with" or "invite" in an event, or after the sending verb of an email, up to a word that says when, what or
why ("on", "at", "that", "about", "tomorrow"...). A group ("the team", "my friends") is invited by nobody: there
is no address to look up for it; an email to "the client" or "my landlord" looks up the role ("Client"), as the
planner does for "mom". Names are written as a contact would be ("John", "Ann Lee").
"""

from __future__ import annotations

import re

from agent.understanding.scope import spoken_form

# Words that end a name: when, what, why, or the next errand
_END = frozenset("""
on at for about to in from by this next every coming today tonight tomorrow morning afternoon evening night noon
that saying say says asking ask telling tell regarding re if whether so because please asap and or with the a an
some my our his her their your it this these those re: subject letting let see check remind invite send make put
add book schedule set then also get text email e-mail mail call cc copy over via before after until till
monday tuesday wednesday thursday friday saturday sunday weekend week month of me us you him them i we
address addresses id account accounts inbox app box
""".split())
_DETERMINERS = frozenset("the my our".split())
# Groups and things that have no address of their own
_GROUPS = frozenset("""
team teams friends family everyone everybody colleagues coworkers co-workers kids parents guys folks people girls
boys class group department office staff crew gang family's company committee board
""".split())
_AND = frozenset(("and", ",", "&"))
_WORD = re.compile(r"[a-z][a-z'-]*|,|&")
_MOST = 4  # more names than this in one slot is not a list of people
_NAME_WORDS = 2  # "ann lee"; a third word is the message ("email kevin happy birthday")
_INVITED = re.compile(r"\b(?:with|invite|invites|inviting)\s+")
_SENDING = re.compile(r"\b(?:e-?mail|mail|write)(?:\s+to)?\s+")


def invitees(text: str) -> list[str]:
    """The people an event is with or invites ("lunch with mom", "invite mary to lunch"); none for a group."""
    lowered = spoken_form(text)
    found: list[str] = []
    for match in _INVITED.finditer(lowered):
        found += [name for name in _names_at(lowered, match.end(), organisations=False) if name not in found]
    return found[:_MOST]


def recipients(text: str) -> list[str]:
    """The people the first email of the request goes to ("email dave and sue that ...", "send an email to my
    boss"), or none when it names nobody there."""
    lowered = spoken_form(text)
    for match in _SENDING.finditer(lowered):  # "write an email to sarah": the names follow the second word
        names = _names_at(lowered, match.end(), organisations=True)
        if names:
            return names[:_MOST]
    return []


def _names_at(lowered: str, start: int, *, organisations: bool) -> list[str]:
    """The names in the slot that starts at `start`: "john and sarah friday" -> John, Sarah. "my boss" is the
    role "Boss"; "the client" is "Client" only where `organisations` may be written to (an email), and a group
    ("the team", "friends") is nobody to invite."""
    words = _WORD.findall(lowered[start:])
    names: list[str] = []
    index = 0
    while index < len(words):
        determiner = words[index] if words[index] in _DETERMINERS else ""
        index += bool(determiner)
        taken: list[str] = []
        while index < len(words) and words[index] not in _END and words[index] not in _AND \
                and not (taken and words[index].endswith("ing")):  # "grandma thanking her": the message
            taken.append(words[index])
            index += 1
        if len(taken) > _NAME_WORDS:
            taken = taken[:_NAME_WORDS] if determiner else taken[:1]
            index = len(words)  # the rest is the message, not more names
        if taken and (organisations or determiner != "the" and not _GROUPS.intersection(taken)):
            names.append(" ".join(word.capitalize() for word in taken))
        if not taken or index + 1 >= len(words) or words[index] not in _AND or words[index + 1] in _END - _DETERMINERS:
            break
        index += 1
    return names
