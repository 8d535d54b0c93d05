"""Creating, appending to (straight to append_note_content) and opening notes (open_note's `$k` is sent on)."""

from __future__ import annotations

from training.data.context import CORRECTION, Clause, Gen, join_words
from training.data.intents.sinks import with_delivery
from training.data.pools.things import LIST_ITEMS, NOTE_FOLDERS, note_line, note_name
from training.data.text import first_upper, quoted

_CREATE = (
    "make a note called {name} with {content}", "create a note titled {name}: {content}",
    "jot down {content} in a new note called {name}", "start a note named {name} that says {content}",
    "new note {name}: {content}", "write a note {name} saying {content}", "save a note called {name} with {content}",
    "put {content} in a new note named {name}", "create a new note, {name}, with the text {content}",
    "open a fresh note called {name} and write {content}", "add a note titled {name} containing {content}",
    "I want a note named {name} that says {content}", "note titled {name}, content: {content}",
    "set up a note {name} with {content} in it", "record {content} in a note called {name}",
)
_CREATE_UNNAMED = ("take a note: {content}", "note down {content}", "make a note that {content}",
                   "I don't want to lose this: {content} - save it as a note", "keep a note of this: {content}",
                   "jot this down: {content}", "write down {content}", "remember this in a note: {content}")
_APPEND = (
    "add {content} to my {name} note", "append {content} to the {name} note", "put {content} on the {name} note",
    "update my {name} note with {content}", "add a line to {name}: {content}", "stick {content} in my {name} note",
    "jot {content} into the {name} note", "in my {name} note, add {content}", "tack {content} onto my {name} note",
    "add {content} at the bottom of the {name} note", "my {name} note needs {content} added",
    "include {content} in the {name} note", "throw {content} into my {name} note", "append to {name}: {content}",
    "save {content} to my {name} note", "log {content} in my {name} note",
)
_OPEN = (
    "open my {name} note", "show me the {name} note", "pull up my note called {name}", "what's in my {name} note?",
    "read me the {name} note", "open the note named {name}", "display my {name} note", "find my {name} note",
    "bring up the {name} note", "let me see my {name} note", "open up notes and show {name}", "get my {name} note",
    "show me what I wrote in my {name} note", "read out my {name} note", "check my {name} note",
    "what did I put in the {name} note?", "look at my {name} note",
)
_TAKE_OUT = (". Oh, take out {item}", " - actually, leave out {item}", ", but not {item} after all",
             "... no, scratch {item}", ". Wait, remove {item}, we already have it", " - minus {item}, sorry")
_NOTE_APPS = (" in Apple Notes", " in my notes app", " in Notes")
_IN_FOLDER = (" in {folder}", " in the {folder} folder", " (folder: {folder})", " under {folder}")


def _folder(g: Gen) -> tuple[str, str]:
    if not g.chance(0.2):
        return "", ""
    folder = g.pick(NOTE_FOLDERS)
    return g.pick(_IN_FOLDER).format(folder=folder), folder


def _content(g: Gen) -> tuple[str, str]:
    """(as written, as the argument): mentioned people stay mentions, never lookups."""
    line = note_line(g.rng)
    if g.chance(0.15):
        about = g.pick(("the deposit", "the trip", "dinner", "the keys"))
        line = f"{g.pick(('ask', 'thank', 'call'))} {g.mention()} about {about}"
    said = g.pick((line, line, f"'{line}'", f'"{line}"'))
    return said, first_upper(line)


def _content_or_corrected_list(g: Gen) -> tuple[str, str]:
    """A correctable clause sometimes lists items and then takes one back out ("...with eggs and rice. Oh, take
    out rice"): the note gets the rest."""
    if not (g.allow_correction and CORRECTION not in g.features and g.chance(0.6)):
        return _content(g)
    g.features.add(CORRECTION)
    items = g.rng.sample(LIST_ITEMS, g.pick((2, 3, 3, 4)))
    dropped = g.pick(items)
    g.trailing_fix = g.pick(_TAKE_OUT).format(item=dropped)
    return join_words(g.rng, items), first_upper(", ".join(item for item in items if item != dropped))


_WEAK_ENDINGS = {"is", "the", "a", "an", "to", "about", "for", "on", "of", "and", "in", "at", "with", "my"}


def _name_from(content: str) -> str:
    """A short note title from its first words: 'Lunch budget is 25...' -> 'Lunch budget'."""
    words = content.split()[:4]
    while len(words) > 1 and words[-1].lower() in _WEAK_ENDINGS:
        words.pop()
    return first_upper(" ".join(words).rstrip(",.;:"))


def create(g: Gen) -> Clause:
    said, content = _content_or_corrected_list(g)
    where, folder = _folder(g)
    if g.chance(0.2):
        template = g.pick(_CREATE_UNNAMED)
        name = _name_from(content)
        text = template.format(content=said) + where
        key = f"notes.quick.{_CREATE_UNNAMED.index(template)}"
    else:
        name = note_name(g.rng)
        template = g.pick(_CREATE)
        text = template.format(name=quoted(g.rng, name), content=said) + where
        key = f"notes.create.{_CREATE.index(template)}"
    g.builder.add("create_note", name, content, folder)
    return Clause(text + g.app_named(_NOTE_APPS), "create_note", key)


def append(g: Gen) -> Clause:
    said, content = _content_or_corrected_list(g)
    name = note_name(g.rng)
    where, folder = _folder(g)
    template = g.pick(_APPEND)
    g.builder.add("append_note_content", name, content, folder)
    text = template.format(name=quoted(g.rng, name), content=said) + where + g.app_named(_NOTE_APPS)
    return Clause(text, "append_note_content", f"notes.append.{_APPEND.index(template)}")


def open_and_maybe_send(g: Gen) -> Clause:
    name = note_name(g.rng)
    where, folder = _folder(g)
    template = g.pick(_OPEN)
    value = g.builder.add("open_note", name, folder)
    text = template.format(name=quoted(g.rng, name)) + where
    clause = Clause(text, "open_note", f"notes.open.{_OPEN.index(template)}")
    return with_delivery(g, clause, value, name, 0.5, ("email", "sms"))
