"""Where a request's time and memory go: ToolRAG, prompt size, prefill, generation speed, time to the first
parsed step and total planning time, each with a cold and a warm KV cache, plus peak memory.

Cold: the planner's KV cache is cleared before every request, so the whole prompt is evaluated.
Warm: requests follow each other as in a session, so the part of each prompt shared with the previous one
(the template head, and with the same tool selection the tool descriptions) is served from the cache.
The planner runs in process (llama.cpp); `errand bench` prints the report.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from statistics import fmean

from agent.measure.evaluation import percentile
from agent.planning.backends.base import GenerationOptions
from agent.planning.backends.llama import LlamaBackend
from agent.planning.grammar import plan_grammar
from agent.planning.prompts import PlanRequest, PromptProfile
from agent.plans.plan import StreamingParser
from agent.toolrag.base import Example, ExampleRetriever, ToolSelector
from tools.catalogue import CATALOGUE

# Used when no query file is given and the development sample set is not next to the repository.
BUILTIN_QUERIES: tuple[str, ...] = (
    "Text Mia that the train is running twenty minutes late",
    "Put a dentist appointment in my calendar for Thursday at 3pm",
    "Find the quarterly report PDF and summarise it for me",
    "Email Omar and Lucia the budget spreadsheet and cc Priya",
    "How do I get to the central library by bike?",
    "Remind me to water the plants tomorrow morning",
)


@dataclass(frozen=True)
class BenchQuery:
    query: str
    now: datetime
    tools: tuple[str, ...] | None = None  # the query file's tools, used when ToolRAG is not measured


@dataclass(frozen=True)
class Spread:
    p50: float
    p95: float
    mean: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        return cls(percentile(values, 0.5), percentile(values, 0.95), fmean(values) if values else 0.0)


@dataclass(frozen=True)
class ToolRagBench:
    load_seconds: float
    select_seconds: Spread  # classifier, per query
    retrieve_seconds: Spread  # example retrieval, per query
    tools_selected: Spread
    examples: Spread


@dataclass(frozen=True)
class CacheBench:
    prompt_tokens: Spread
    reused_prefix_tokens: Spread
    prefill_seconds: Spread
    generated_tokens: Spread
    generation_tokens_per_second: Spread
    first_step_seconds: Spread  # over the requests that produced at least one step
    planning_seconds: Spread
    requests_with_a_step: int
    complete_plans: int


@dataclass(frozen=True)
class BenchReport:
    planner: str
    profile: str
    grammar: bool
    queries: int
    tools_source: str  # "toolrag", "query file" or "all tools"
    model_load_seconds: float
    cpu_count: int
    load_average: float  # 1-minute load average when the bench started: other work skews the timings
    toolrag: ToolRagBench | None
    cold: CacheBench
    warm: CacheBench
    peak_rss_bytes: int

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)


@dataclass(frozen=True)
class _Prepared:
    request: PlanRequest
    grammar: str | None


@dataclass(frozen=True)
class _Sample:
    prompt_tokens: int
    reused: int
    prefill: float
    generated: int
    speed: float
    first_step: float | None  # None when no step was parsed
    seconds: float
    complete: bool


def load_queries(path: Path | None, limit: int | None = None) -> list[BenchQuery]:
    """Queries from a JSONL file (`query`, optional `now` and `tools`), or the built-in ones when path is None."""
    if path is None:
        items = [BenchQuery(q, datetime(2026, 11, 20, 10, 0)) for q in BUILTIN_QUERIES]
        return items[:limit] if limit else items
    items = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            now = datetime.fromisoformat(data["now"]) if data.get("now") else datetime.now()
            tools = tuple(data["tools"]) if isinstance(data.get("tools"), list) else None
            items.append(BenchQuery(str(data["query"]), now, tools))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}, line {number}: not a query object ({exc})") from None
        if limit and len(items) >= limit:
            break
    if not items:
        raise ValueError(f"{path} contains no queries")
    return items


def bench_planner(
    model: Path, profile: PromptProfile, queries: Sequence[BenchQuery], *,
    toolrag: tuple[ToolSelector, ExampleRetriever] | None = None, toolrag_load_seconds: float = 0.0,
    grammar: bool = True, threads: int | None = None, max_tokens: int = 512, examples: int = 6,
    n_ctx: int = 4096,
) -> BenchReport:
    load_average = os.getloadavg()[0]
    started = time.perf_counter()
    backend = LlamaBackend(model, n_ctx=n_ctx, n_threads=threads)
    load_seconds = time.perf_counter() - started
    try:
        prepared, rag, source = _prepare(queries, toolrag, toolrag_load_seconds, examples, grammar)
        cold = []
        for item in prepared:
            backend.reset_cache()
            cold.append(_plan_once(backend, profile, item, max_tokens))
        warm = [_plan_once(backend, profile, item, max_tokens) for item in prepared]
    finally:
        backend.close()
    return BenchReport(
        planner=str(model), profile=profile.name, grammar=grammar, queries=len(prepared), tools_source=source,
        model_load_seconds=load_seconds, cpu_count=os.cpu_count() or 1, load_average=load_average, toolrag=rag,
        cold=_summary(cold), warm=_summary(warm),
        peak_rss_bytes=peak_rss_bytes(),
    )


def _prepare(
    queries: Sequence[BenchQuery], toolrag: tuple[ToolSelector, ExampleRetriever] | None, load_seconds: float,
    k: int, grammar: bool,
) -> tuple[list[_Prepared], ToolRagBench | None, str]:
    enabled = CATALOGUE.names
    prepared, select, retrieve, counts, found = [], [], [], [], []
    for item in queries:
        shots: list[Example] = []
        if toolrag is not None:
            selector, retriever = toolrag
            start = time.perf_counter()
            tools = selector.select(item.query, enabled).tools or enabled
            select.append(time.perf_counter() - start)
            start = time.perf_counter()
            shots = list(retriever.retrieve(item.query, tools, k=k)) if k else []
            retrieve.append(time.perf_counter() - start)
            counts.append(len(tools))
            found.append(len(shots))
        else:
            tools = item.tools if item.tools is not None else enabled
        specs = CATALOGUE.subset(tools)
        request = PlanRequest(item.query, specs, shots, item.now)
        prepared.append(_Prepared(request, plan_grammar(specs) if grammar else None))
    if toolrag is None:
        source = "query file" if all(q.tools is not None for q in queries) else "all tools"
        return prepared, None, source
    rag = ToolRagBench(load_seconds, Spread.of(select), Spread.of(retrieve), Spread.of(counts), Spread.of(found))
    return prepared, rag, "toolrag"


def _plan_once(backend: LlamaBackend, profile: PromptProfile, item: _Prepared, max_tokens: int) -> _Sample:
    prompt = profile.plan_prompt(item.request)
    options = GenerationOptions(stop=tuple(profile.stop), max_tokens=max_tokens, grammar=item.grammar)
    parser = StreamingParser()
    first: float | None = None
    start = time.perf_counter()
    for chunk in backend.stream(prompt, options):
        if parser.feed(chunk) and first is None:
            first = time.perf_counter() - start
    plan = parser.finish()
    seconds = time.perf_counter() - start
    if first is None and plan.steps:  # the only step ended without a newline, at the end of the output
        first = seconds
    stats = backend.last_stats
    assert stats is not None
    return _Sample(stats.prompt_tokens, stats.reused_prefix_tokens, stats.prefill_seconds, stats.generated_tokens,
                   stats.tokens_per_second, first, seconds, plan.complete)


def _summary(samples: Sequence[_Sample]) -> CacheBench:
    return CacheBench(
        prompt_tokens=Spread.of([s.prompt_tokens for s in samples]),
        reused_prefix_tokens=Spread.of([s.reused for s in samples]),
        prefill_seconds=Spread.of([s.prefill for s in samples]),
        generated_tokens=Spread.of([s.generated for s in samples]),
        generation_tokens_per_second=Spread.of([s.speed for s in samples]),
        first_step_seconds=Spread.of([s.first_step for s in samples if s.first_step is not None]),
        planning_seconds=Spread.of([s.seconds for s in samples]),
        requests_with_a_step=sum(s.first_step is not None for s in samples),
        complete_plans=sum(s.complete for s in samples),
    )


def peak_rss_bytes() -> int:
    """This process's peak resident memory so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


def report_lines(report: BenchReport) -> list[str]:
    """The report as aligned text lines for the terminal."""
    lines = [
        f"planner: {report.planner} (profile {report.profile}, grammar {'on' if report.grammar else 'off'})",
        f"queries: {report.queries}; tools from {report.tools_source}",
        f"machine: {report.cpu_count} CPUs, load average {report.load_average:.2f} at the start",
        f"model load: {report.model_load_seconds:.3f} s",
    ]
    if report.toolrag is None:
        lines.append("toolrag: not measured (give --toolrag DIR)")
    else:
        r = report.toolrag
        lines += [
            f"toolrag load: {r.load_seconds:.3f} s",
            f"toolrag select: p50 {_ms(r.select_seconds.p50)}, p95 {_ms(r.select_seconds.p95)}; "
            f"retrieve: p50 {_ms(r.retrieve_seconds.p50)}, p95 {_ms(r.retrieve_seconds.p95)}; "
            f"{r.tools_selected.mean:.2f} tools, {r.examples.mean:.2f} examples per query",
        ]
    for name, run in (("cold cache", report.cold), ("warm cache", report.warm)):
        lines += [
            f"{name}:",
            f"  prompt tokens     mean {run.prompt_tokens.mean:.0f} (reused from cache: mean "
            f"{run.reused_prefix_tokens.mean:.0f})",
            f"  prefill           p50 {_ms(run.prefill_seconds.p50)}, p95 {_ms(run.prefill_seconds.p95)}",
            f"  generation        {run.generation_tokens_per_second.mean:.1f} tokens/s "
            f"(mean {run.generated_tokens.mean:.0f} tokens)",
            f"  first step        p50 {_ms(run.first_step_seconds.p50)}, p95 {_ms(run.first_step_seconds.p95)} "
            f"({run.requests_with_a_step}/{report.queries} requests produced a step)",
            f"  planning total    p50 {_ms(run.planning_seconds.p50)}, p95 {_ms(run.planning_seconds.p95)}",
            f"  complete plans    {run.complete_plans}/{report.queries}",
        ]
    lines.append(f"peak memory (RSS): {report.peak_rss_bytes / 2**20:.1f} MiB")
    return lines


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"

