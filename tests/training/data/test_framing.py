"""Request framing: prefixes only on imperatives, no doubled words from joining, to-do lists stay parseable."""

from __future__ import annotations

import random
import re
from datetime import datetime

from training.data.context import Clause, Gen
from training.data.framing import frame
from training.data.generator import Generated

_DOUBLED = re.compile(r"\b(and and|can you can you|please please|could you can you|would you can you|"
                      r"help me \w+ me|the the)\b", re.IGNORECASE)


def test_no_doubled_glue_words(generated: list[Generated]) -> None:
    for g in generated:
        if not {"voice", "typo"} & g.request.features:  # transcripts repeat words; a typo can make "the the"
            assert not _DOUBLED.search(g.item.query), g.item.query


def test_questions_and_statements_take_no_polite_prefix() -> None:
    for seed in range(200):
        g = Gen(random.Random(seed), datetime(2026, 11, 20, 10, 0))
        question = frame(g, [Clause("what's Ana's number?", "get_phone_number", "t")])
        statement = frame(g, [Clause("Ana needs the file", "compose_new_email", "t", sentence=True)])
        assert re.match(r"(.*[.!:,] )?What's Ana's number\?", question), question
        assert re.match(r"(.*[.!:,] )?Ana needs the file", statement), statement
