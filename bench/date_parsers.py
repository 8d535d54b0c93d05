"""Which date parser finds the day and time a request names? Compares candidates on an eval set's gold dates.

    .venv/bin/python bench/date_parsers.py ../shared/eval/dev.jsonl

For each item whose gold plan has an event start, reminder due date or meeting start, the first such date is
the answer. Each candidate reads the request with the item's clock and gives its first date and time:
correct (the same minute), wrong (another one), or missed (none). Also ms per request. The candidates are the
raw libraries (dateparser's search_dates, parsedatetime's nlp) and Errand's resolver (parsedatetime for
calendar dates plus COMPAT section 8's conventions); for the resolver a request with several moments counts as
missed, since it leaves those to the planner.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import dateparser.search
import parsedatetime

from agent.plans.plan import parse_plan
from agent.understanding.dates import resolve_dates

DATE_ARGUMENT = {"create_calendar_event": 1, "create_reminder": 1, "get_zoom_meeting_link": 1}
Parser = Callable[[str, datetime], datetime | None]


def gold_date(plan_text: str) -> datetime | None:
    for step in parse_plan(plan_text).steps:
        position = DATE_ARGUMENT.get(step.tool)
        if position is not None and str(step.args[position]).strip():
            return datetime.fromisoformat(str(step.args[position]))
    return None


def with_dateparser(text: str, now: datetime) -> datetime | None:
    found = dateparser.search.search_dates(text, languages=["en"],
                                           settings={"RELATIVE_BASE": now, "PREFER_DATES_FROM": "future"})
    return found[0][1] if found else None


_CALENDAR = parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)


def with_parsedatetime(text: str, now: datetime) -> datetime | None:
    found = _CALENDAR.nlp(text, sourceTime=now)
    return found[0][0] if found else None


def with_errand(text: str, now: datetime) -> datetime | None:
    moment = resolve_dates(text, now).moment
    return moment.start if moment is not None else None


CANDIDATES: dict[str, Parser] = {"dateparser": with_dateparser, "parsedatetime": with_parsedatetime,
                                 "errand resolver": with_errand}


def main(path: Path) -> None:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [(item["query"], datetime.fromisoformat(item["now"]), gold_date(item["plan"])) for item in items]
    cases = [(q, now, gold) for q, now, gold in cases if gold is not None]
    print(f"{len(cases)} requests with a gold date in {path.name}")
    print("| candidate | correct | wrong | missed | ms per request |")
    print("|---|---|---|---|---|")
    for name, parse in CANDIDATES.items():
        correct = wrong = missed = 0
        started = time.perf_counter()
        for query, now, gold in cases:
            found = parse(query, now)
            if found is None:
                missed += 1
            elif found.replace(second=0, microsecond=0, tzinfo=None) == gold:
                correct += 1
            else:
                wrong += 1
        ms = (time.perf_counter() - started) * 1000 / len(cases)
        print(f"| {name} | {correct} | {wrong} | {missed} | {ms:.2f} |")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/dev.jsonl"))
