"""Opening files by name and summarising PDFs (the file is always found first; the summary takes its `$k`)."""

from __future__ import annotations

from training.data.context import CORRECTION, PDF, Clause, Gen
from training.data.intents.sinks import with_delivery
from training.data.pools.files import file_mention, file_name
from training.data.pools.things import NOTE_FOLDERS, note_name
from training.data.text import quoted

_OPEN = (
    "open {file}", "find {file}", "pull up {file}", "locate {file} for me", "get me the path to {file}",
    "open the file {file}", "can you find {file} on my computer", "show me {file}", "bring up {file}",
    "where's {file}? open it", "dig up {file}", "open up {file}", "I need {file} open", "fetch {file}",
    "launch {file}", "search for {file} and open it", "I can't find {file}, can you open it?",
    "where did I save {file}? open it", "{file} - open it please", "I need to look at {file}",
)
_SUMMARY = (
    "summarize {file}", "give me a summary of {file}", "what's in {file}?", "tl;dr {file}", "sum up {file}",
    "read {file} and summarize it", "I need the gist of {file}", "break down {file} for me",
    "give me the highlights of {file}", "what does {file} say?", "summarise {file}", "recap {file} for me",
    "can you boil {file} down to the key points", "skim {file} and tell me the main points",
    "short summary of {file} please", "go through {file} and summarize",
)
_SUMMARY_TO = (
    ("email {to} a summary of {file}", "email"), ("send {to} the highlights of {file} by email", "email"),
    ("text {to} a quick summary of {file}", "sms"), ("{To} wants a short version of {file} by text", "sms"),
    ("put a summary of {file} in a note called {note}", "note"),
    ("add the key points of {file} to my {note} note", "append"),
    ("write up a summary of {file} as a new note named {note}", "note"),
    ("summarize {file} into my {note} note", "append"),
    ("mail {to} a recap of {file}", "email"), ("sms {to} the main points of {file}", "sms"),
)


def open_file(g: Gen) -> Clause:
    said, name = file_mention(g.rng)
    if g.allow_correction and g.chance(0.5):
        g.features.add(CORRECTION)
        said = f"{file_name(g.rng)}, {g.pick(('no sorry', 'wait, I mean', 'actually'))} {said}"
    template = g.pick(_OPEN)
    g.builder.file_path(name)
    return Clause(template.format(file=said), "open_and_get_file_path", f"files.open.{_OPEN.index(template)}")


def summarize(g: Gen) -> Clause:
    g.features.add(PDF)
    said, name = file_mention(g.rng, pdf=True)
    summary = g.builder.add("summarize_pdf", g.builder.file_path(name))
    if g.chance(0.35):
        return _summary_to(g, said, name, summary)
    template = g.pick(_SUMMARY)
    clause = Clause(template.format(file=said), "summarize_pdf", f"files.summary.{_SUMMARY.index(template)}")
    return with_delivery(g, clause, summary, f"Summary of {name}", 0.45)


def _summary_to(g: Gen, said: str, name: str, summary) -> Clause:  # type: ignore[no-untyped-def]
    template, kind = g.pick(_SUMMARY_TO)
    key = f"files.summaryto.{_SUMMARY_TO.index((template, kind))}"
    if kind in ("email", "sms"):
        to_text, recipients = g.group(g.email_target if kind == "email" else g.phone_target)
        text = template.format(to=to_text, To=to_text[:1].upper() + to_text[1:], file=said)
        if kind == "email":
            g.builder.add("compose_new_email", recipients, [], f"Summary of {name}", summary, [])
        else:
            g.builder.add("send_sms", recipients, summary)
        return Clause(text, "summarize_pdf+send", key, template[0] == "{")
    note = note_name(g.rng)
    folder = g.pick(NOTE_FOLDERS) if g.chance(0.15) else ""
    text = template.format(file=said, note=quoted(g.rng, note)) + (f" in {folder}" if folder else "")
    g.builder.add("create_note" if kind == "note" else "append_note_content", note, summary, folder)
    return Clause(text, "summarize_pdf+send", key)
