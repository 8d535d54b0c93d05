"""Many requests through one session: is it stable? (`errand bench --load N`)

Each request is planned, approved and executed against real local backends (the caller gives the session;
`errand bench --load` builds one on a throw-away home folder with a vdir calendar, a notes folder and a contacts
file). Reported: memory (RSS) at the start, after the first tenth and at the end; threads and open file
descriptors before and after; latency p50/p95 of the first and the last tenth of the requests; and how the
requests ended. A leak shows as RSS, threads or descriptors growing with the number of requests, a slowdown as
the last tenth's p95 above the first's.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from agent.measure.evaluation import percentile
from agent.running.events import Approval, NeedsApproval
from agent.session import Session

LOAD_REQUESTS = (
    "remind me tomorrow at 9am to water the plants",
    "put lunch with Ann Lee on my calendar on Friday at noon",
    "make a note called Groceries with milk, eggs and bread",
    "add olive oil to my Groceries note",
    "what's Ann Lee's phone number",
    "remind me on Monday to call the dentist",
    "schedule a meeting with Ann Lee next Tuesday at 3pm for an hour",
    "note to self: the spare key is under the blue pot",
    "what is the weather like tomorrow",
    "remove thursday's lunch from my calendar",
)


@dataclass(frozen=True)
class LoadReport:
    requests: int
    statuses: dict[str, int]
    rss_mib: tuple[float, float, float]  # start, after the first tenth, end
    threads: tuple[int, int]
    descriptors: tuple[int, int]
    first_tenth_ms: tuple[float, float]  # p50, p95
    last_tenth_ms: tuple[float, float]
    seconds: float


def run_load(session: Session, count: int, *, now: datetime, requests: Sequence[str] = LOAD_REQUESTS) -> LoadReport:
    """`count` requests (cycling through `requests`), each approved and run to its end."""
    tenth = max(1, count // 10)
    threads_before, fds_before, rss_start = threading.active_count(), open_descriptors(), rss_mib()
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    rss_early = rss_start
    started = time.perf_counter()
    for index in range(count):
        began = time.perf_counter()
        result = session.handle(requests[index % len(requests)], sink=_ignore, approver=_approve, now=now)
        latencies.append(time.perf_counter() - began)
        statuses[result.status] += 1
        if index + 1 == tenth:
            rss_early = rss_mib()
    return LoadReport(
        count, dict(statuses), (rss_start, rss_early, rss_mib()), (threads_before, threading.active_count()),
        (fds_before, open_descriptors()), _spread(latencies[:tenth]), _spread(latencies[-tenth:]),
        time.perf_counter() - started)


def report_lines(report: LoadReport) -> list[str]:
    start, early, end = report.rss_mib
    ends = ", ".join(f"{status} {n}" for status, n in sorted(report.statuses.items()))
    return [
        f"{report.requests} requests in {report.seconds:.1f} s ({ends})",
        f"RSS: {start:.1f} MiB at the start, {early:.1f} MiB after the first tenth, {end:.1f} MiB at the end "
        f"({end - early:+.1f} MiB over the last nine tenths)",
        f"threads: {report.threads[0]} before, {report.threads[1]} after",
        f"open file descriptors: {report.descriptors[0]} before, {report.descriptors[1]} after",
        f"latency, first tenth: p50 {report.first_tenth_ms[0]:.1f} ms, p95 {report.first_tenth_ms[1]:.1f} ms",
        f"latency, last tenth:  p50 {report.last_tenth_ms[0]:.1f} ms, p95 {report.last_tenth_ms[1]:.1f} ms",
    ]


def rss_mib() -> float:
    """The resident memory of this process now (Linux /proc; 0 where it cannot be read)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def open_descriptors() -> int:
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            return len(os.listdir(folder))
        except OSError:
            continue
    return -1


def _spread(seconds: Sequence[float]) -> tuple[float, float]:
    return percentile(seconds, 0.5) * 1000, percentile(seconds, 0.95) * 1000


def _ignore(event: object) -> None:
    return None


def _approve(request: NeedsApproval) -> Approval:
    return Approval(True)
