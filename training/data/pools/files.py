"""File names with varied stems, separators, casing, dates, versions and extensions."""

from __future__ import annotations

import random

from training.data.pools.names import first_name, surname, syllable_name
from training.data.pools.things import COMPANY_PARTS, PROJECTS

_STEM_WORDS = ("budget", "invoice", "contract", "report", "proposal", "resume", "cv", "slides", "deck", "agenda",
               "minutes", "itinerary", "receipt", "lease", "offer letter", "statement", "tax return", "1099",
               "nda", "brief", "spec", "roadmap", "summary", "research paper", "thesis draft", "syllabus",
               "menu", "floor plan", "quote", "estimate", "timesheet", "payslip", "boarding pass", "ticket",
               "insurance card", "warranty", "manual", "checklist", "schedule", "roster", "newsletter",
               "press release", "case study", "white paper", "audit", "forecast", "portfolio", "headshot",
               "logo", "mockup", "wireframes", "shipping label", "permit", "application", "transcript",
               "medical form", "vaccination record", "permission slip", "recipe", "lab results", "survey results")
_QUALIFIERS = ("final", "v2", "v3", "draft", "signed", "updated", "new", "old", "revised", "FINAL", "copy",
               "2025", "2026", "q1", "Q2", "Q3", "q4", "march", "Nov", "jan", "annual", "weekly", "scan")
PDF_WEIGHT = 0.55
_EXTENSIONS = ("docx", "xlsx", "pptx", "txt", "png", "jpg", "jpeg", "csv", "zip", "key", "pages", "md", "odt",
               "heic", "mp4", "numbers", "rtf", "json")


def _stem_parts(rng: random.Random) -> list[str]:
    parts = rng.choice(_STEM_WORDS).split()
    roll = rng.random()
    if roll < 0.17:
        parts.insert(0, rng.choice(COMPANY_PARTS))
    elif roll < 0.25:
        parts.insert(0, syllable_name(rng))
    elif roll < 0.4:
        parts.insert(0, rng.choice(PROJECTS))
    elif roll < 0.52:
        parts.append(first_name(rng)[0] if rng.random() < 0.5 else surname(rng))
    if rng.random() < 0.45:
        parts.append(rng.choice(_QUALIFIERS))
    if rng.random() < 0.12:
        parts.append(f"{rng.randint(2023, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    elif rng.random() < 0.1:
        parts.append(str(rng.randint(1, 9999)))
    return parts


def _join(rng: random.Random, parts: list[str]) -> str:
    style = rng.random()
    if style < 0.4:
        return "_".join(parts)
    if style < 0.6:
        return "-".join(p.lower() for p in parts)
    if style < 0.75:
        return " ".join(p.capitalize() if p.islower() else p for p in parts)
    if style < 0.88:
        return "".join(p[:1].upper() + p[1:] for p in parts)
    return "_".join(p.capitalize() for p in parts)


def file_name(rng: random.Random, pdf: bool | None = None) -> str:
    """A file name; pdf=True forces a PDF, None picks the extension at random."""
    if rng.random() < 0.05 and not pdf:
        prefix = rng.choice(("IMG", "DSC", "Screenshot", "scan"))
        return f"{prefix}_{rng.randint(100, 9999)}.{rng.choice(('jpg', 'JPG', 'png'))}"
    stem = _join(rng, _stem_parts(rng))
    is_pdf = pdf if pdf is not None else rng.random() < PDF_WEIGHT
    extension = "pdf" if is_pdf else rng.choice(_EXTENSIONS)
    if rng.random() < 0.08:
        extension = extension.upper()
    return f"{stem}.{extension}"


_KINDS = {
    "pdf": ("PDF", "pdf", "document"), "docx": ("doc", "document", "Word file"), "odt": ("document",),
    "pages": ("document",), "rtf": ("document",), "xlsx": ("spreadsheet", "sheet", "Excel file"),
    "numbers": ("spreadsheet",), "csv": ("CSV", "spreadsheet"), "pptx": ("deck", "slides", "presentation"),
    "key": ("deck", "slides"), "png": ("screenshot", "image"), "jpg": ("photo", "picture"), "jpeg": ("photo",),
    "heic": ("photo",), "zip": ("zip", "archive"), "mp4": ("video", "recording"), "txt": ("text file",),
    "md": ("notes file",), "json": ("JSON file",),
}


def file_mention(rng: random.Random, pdf: bool | None = None) -> tuple[str, str]:
    """(how the request names a file, the file_name argument): mostly the exact name, sometimes a description
    such as "the Acme budget spreadsheet" whose words are what the file search looks for."""
    if rng.random() >= 0.15:
        name = file_name(rng, pdf)
        return name, name
    words = rng.choice(_STEM_WORDS)
    if rng.random() < 0.4:
        words = f"{rng.choice(COMPANY_PARTS + PROJECTS)} {words}"
    extension = "pdf" if (pdf if pdf is not None else rng.random() < PDF_WEIGHT) else rng.choice(_EXTENSIONS)
    kind = rng.choice(_KINDS[extension])
    if words.split()[-1].lower() in kind.lower():
        kind = "file"
    said = rng.choice((f"the {words} {kind}", f"my {words} {kind}", f"the {kind} called {words}",
                       f"the {words} {kind}"))
    return said, words
