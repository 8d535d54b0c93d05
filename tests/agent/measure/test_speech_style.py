"""Requests rendered as people speak them: lower case, no punctuation, numbers in words, files and addresses kept."""

from __future__ import annotations

import pytest

from agent.measure.speech_style import speech_style


@pytest.mark.parametrize(("written", "spoken"), [
    ("Email Ann the Q3_report.pdf at 3:30pm on Dec 14th!", "email ann the Q3_report.pdf at three thirty pm on dec "
                                                           "fourteenth"),
    ("Text +1 555 0100 that I'm 5 minutes late.", "text +1 555 0100 that i'm five minutes late"),
    ("Remind me at 7:00 to call Mum - it's her 60th birthday.",
     "remind me at seven o'clock to call mum it's her sixtieth birthday"),
    ("cc ana.luisa@example.org on Invoice-2026-118.pdf", "cc ana.luisa@example.org on Invoice-2026-118.pdf"),
    ("Zoom 'Board pre-read' at 6:05am, 30 mins.", "zoom board pre read at six oh five am thirty mins"),
])
def test_speech_style(written: str, spoken: str) -> None:
    assert speech_style(written) == spoken


def test_already_spoken_text_is_unchanged() -> None:
    text = "remind me tomorrow at five to call mum"
    assert speech_style(text) == text
