"""How a request is framed around its clauses: polite prefixes, connectives, endings, context sentences."""

from __future__ import annotations

import re

from training.data.context import CONTEXT, Clause, Gen
from training.data.pools.places import city
from training.data.pools.things import topic
from training.data.stories import story
from training.data.text import first_upper

_CONNECTIVES = (", and ", " and ", ". Also, ", ". Then ", "; also ", ", then ", ". And ", ". Oh and ", " - and ",
                ". After that, ", ", plus ", ". Next, ", ". Finally, ", ". One more thing: ", " and also ", "\n")
_PREFIXES = ("", "", "", "", "Please ", "Can you ", "Could you ", "Hey, ", "I need you to ", "Would you ",
             "Quick favor: ", "Pls ", "Go ahead and ", "I'd like you to ", "Help me ", "Okay, ", "Hi! ", "Yo, ",
             "I want to ", "I'd like to ", "Let's ", "Need to ", "Can you please ", "Kindly ")
_SELF_PREFIXES = ("Help me ", "I want to ", "I'd like to ", "Let's ", "Need to ")
_AWKWARD = ((" in for in ", " in "), (" for in ", " in "), (" for at ", " at "), (" on at ", " at "), (" for on ",
                                                                                                       " on "),
            (" please please", " please"))
_TRAILERS = ("It's urgent.", "No rush.", "Thanks a lot!", "Traffic is insane today.", "Appreciate it.",
             "That's all for now.", "I'll be offline after that.", "Cheers.", "Thank you!", "Much appreciated.")
_CONTEXTS = (
    "I'm swamped today.", "Quick one.", "Okay, a few things.", "Heads up, I'm traveling this week.",
    "My phone is about to die.", "I'm in a cab right now.", "Long day.", "Morning!", "Before I forget:",
    "We have guests coming over tonight.", "I'm working from home today.", "Ugh, Mondays.",
    "The {topic} went well.", "{p} just got back from {city}.", "{p} asked me about this earlier.",
    "I just got out of the {topic}.", "Things are hectic with the {topic}.", "So, about the {topic}.",
    "I'm at the airport.", "I'm running between meetings.", "Busy week ahead.", "Small errand for you.",
    "I promised {p} I'd sort this out.", "{p} and I were talking about this yesterday.",
    "Trying to get organized.", "Weekend prep time.", "It's been a crazy morning.", "While I remember:",
    "I'm helping {p} with the move.", "Following up on the {topic}.",
)
_NO_PREFIX = frozenset({"my", "i", "i'm", "i'll", "i've", "i'd", "i'm,", "the", "this", "there's", "new", "tl;dr",
                        "txt", "sms", "zoom", "reminder", "calendar", "in", "today", "tomorrow", "tonight",
                        "directions", "fwd", "short", "quick", "can", "could", "would", "please", "pls"})
_QUESTION_WORDS = ("what", "how", "where", "who", "which", "do i", "can i", "is ", "are ", "will ", "why", "when")
_SUFFIXES = (".", ".", ".", "", "!", " please.", ", thanks!", " thx", ", ty", " asap.", " when you get a chance.",
             " :)", " 🙏", " for me.", " if you can.")


def frame(g: Gen, clauses: list[Clause]) -> str:
    """The request text: clauses joined with connectives, a polite prefix, an ending, maybe context."""
    rng = g.rng
    parts: list[str] = []
    for i, clause in enumerate(clauses):
        words = clause.text
        if i == 0:
            prefix = "" if clause.sentence or not _takes_prefix(words) else rng.choice(_PREFIXES)
            if prefix in _SELF_PREFIXES and " me " in f" {words[:24]} ":
                prefix = "Please "
            words = first_upper(prefix + words) if prefix else first_upper(words)
            parts.append(words)
            continue
        glue = rng.choice(_CONNECTIVES)
        if glue.endswith((". ", ": ", "\n")) or clause.sentence:
            glue = glue if not clause.sentence or glue.endswith((". ", "\n")) else ". "
            words = first_upper(words)
        parts.append(glue + words)
    text = _enumerated(g, clauses) if len(clauses) > 1 and rng.random() < 0.05 else "".join(parts)
    suffix = rng.choice(_SUFFIXES)
    last_words = suffix.strip(" .,!").lower()
    if last_words and text.lower().rstrip(".!? ").endswith(last_words):
        suffix = "."
    if text.endswith(("?", ".", "!")):  # after a full stop only a sign-off can follow
        suffix = "" if rng.random() < 0.7 else " " + rng.choice(("thx", "ty", "Thanks!", ":)", "🙏"))
    text = (text + suffix).strip()
    if text.startswith(("Can you ", "Could you ", "Would you ")) and text.endswith("."):
        text = text[:-1] + "?"
    for awkward, plain in _AWKWARD:
        text = text.replace(awkward, plain)
    text = re.sub(r"\b(the|a|to|and|with|also) \1\b", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(notes?)(['\"]?) note\b", r"\1\2", text, flags=re.IGNORECASE)
    text = re.sub(r"\b([Aa]) (?=[aeioAEIO]\w)", r"\1n ", text)
    if rng.random() < 0.04:
        text = text.rstrip(".") + ". " + rng.choice(_TRAILERS)
    if g.intro:
        text = g.intro + " " + text
    elif rng.random() < 0.2:
        text = _context_sentence(g) + " " + text
    elif rng.random() < 0.1:
        text = story(g) + " " + text
    return text


def _enumerated(g: Gen, clauses: list[Clause]) -> str:
    """A to-do list style request: "A few things: 1) ... 2) ..." or one line per task."""
    head = g.rng.choice(("A few things: ", "To do: ", "Can you handle these: ", "", "Couple of tasks:\n"))
    if g.rng.random() < 0.5:
        return head + " ".join(f"{n}) {c.text}" for n, c in enumerate(clauses, 1))
    return head + "\n".join(f"- {c.text}" for c in clauses)


def _takes_prefix(words: str) -> bool:
    """Only an imperative clause takes "Please"/"Can you": not a question, a statement or a heading."""
    first = words.split(" ", 1)[0].lower()
    return not words.lower().startswith(_QUESTION_WORDS) and first not in _NO_PREFIX and not first.endswith(":")


def _context_sentence(g: Gen) -> str:
    g.features.add(CONTEXT)
    template = g.rng.choice(_CONTEXTS)
    if "{p}" in template:
        return template.format(p=g.mention(), city=city(g.rng), topic=topic(g.rng))
    return template.format(city=city(g.rng), topic=topic(g.rng))
