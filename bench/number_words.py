"""Which number-word normaliser lets the date resolver read spoken times? Compares candidates on an eval set.

    .venv/bin/python bench/number_words.py ../shared/eval/real/real_dev.jsonl
    .venv/bin/python bench/number_words.py ../shared/eval/dev.jsonl --speech-style

Spoken requests say "five thirty pm", "the twenty second of june", "in half an hour". For each item with a gold
day (`gold_day`, and `gold_when` where a time is named), each candidate rewrites the request's number words as
digits and Errand's resolver (agent/understanding/dates.py) reads the result with the item's clock: the day is
right, the minute is right, or nothing was found. Also ms per request for the rewrite. Candidates: none (the
resolver's own few number words), text2num's alpha2digit, number-parser's parse, and word2number applied to
each run of number words. Items without `gold_day` (the hand-written sets) take the first event, reminder or
meeting date of their gold plan; `--speech-style` first renders each request as spoken
(agent/measure/speech_style.py: lower case, no punctuation, numbers in words).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from number_parser import parse as number_parser_parse
from text_to_num import alpha2digit
from word2number import w2n

from agent.measure.speech_style import speech_style
from agent.plans.plan import parse_plan
from agent.understanding.dates import resolve_dates
from agent.understanding.numbers import spoken_numbers_as_digits

_NUMBER_WORD = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred")
_RUN = re.compile(rf"\b(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*\b")

Rewrite = Callable[[str], str]
DATE_ARGUMENT = {"create_calendar_event": 1, "create_reminder": 1, "get_zoom_meeting_link": 1}


def with_word2number(text: str) -> str:
    def digits(match: re.Match[str]) -> str:
        try:
            return str(w2n.word_to_num(match.group(0)))
        except ValueError:
            return match.group(0)
    return _RUN.sub(digits, text)


CANDIDATES: dict[str, Rewrite] = {
    "none (resolver only)": lambda text: text,
    "text2num alpha2digit": lambda text: alpha2digit(text, "en"),
    "number-parser parse": number_parser_parse,
    "word2number (runs)": with_word2number,
    "errand (text2num + clock/ordinal rules)": spoken_numbers_as_digits,
}


def with_gold(item: dict, spoken: bool) -> dict:
    """The item with `gold_day`/`gold_when` from its gold plan when it has none, its query spoken if asked."""
    found = dict(item, query=speech_style(item["query"]) if spoken else item["query"])
    if "gold_day" in item or "plan" not in item:
        return found
    for step in parse_plan(item["plan"]).steps:
        position = DATE_ARGUMENT.get(step.tool)
        if position is not None and str(step.args[position]).strip():
            when = datetime.fromisoformat(str(step.args[position]))
            return dict(found, gold_day=f"{when:%Y-%m-%d}", gold_when=f"{when:%Y-%m-%d %H:%M:%S}")
    return found


def main(path: str, spoken: bool) -> None:
    items = [with_gold(json.loads(line), spoken)
             for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    dated = [i for i in items if "gold_day" in i]
    timed = [i for i in dated if "gold_when" in i]
    print(f"{len(dated)} items with a gold day, {len(timed)} with a gold time\n")
    print("| candidate | day right | time right | nothing found | ms per request |")
    print("|---|---|---|---|---|")
    for name, rewrite in CANDIDATES.items():
        day_right = when_right = missed = 0
        spent = 0.0
        for item in dated:
            now = datetime.fromisoformat(item["now"])
            started = time.perf_counter()
            text = rewrite(item["query"])
            spent += time.perf_counter() - started
            moment = resolve_dates(text, now, spoken_numbers=False).moment
            if moment is None:
                missed += 1
                continue
            day_right += f"{moment.start:%Y-%m-%d}" == item["gold_day"]
            if "gold_when" in item:
                when_right += f"{moment.start:%Y-%m-%d %H:%M:%S}" == item["gold_when"]
        print(f"| {name} | {day_right}/{len(dated)} | {when_right}/{len(timed)} | {missed} | "
              f"{1000 * spent / len(dated):.3f} |")


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--speech-style"]
    main(arguments[0] if arguments else "../shared/eval/real/real_dev.jsonl", "--speech-style" in sys.argv)
