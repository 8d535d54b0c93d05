"""Seeded generation of items: the same seed always gives byte-identical output."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from training.data.checks import plan_problems
from training.data.compose import Request, compose_request
from training.data.dates import DATE_FORMAT, random_now
from training.data.jsonl import Item


@dataclass(frozen=True)
class Generated:
    item: Item
    request: Request


class GenerationError(RuntimeError):
    """A generated plan broke the plan format: a bug in the generator, never silently written."""


def generate(n: int, seed: int, id_prefix: str = "syn", reads: float = 0.0) -> Iterator[Generated]:
    """`reads`: the share of requests that ask COMPAT section 10's questions and removals (0: TinyAgent's 16 tools
    only, byte-identical to the output before those tools existed)."""
    rng = random.Random(seed)
    for index in range(n):
        now = random_now(rng)
        request = compose_request(rng, now, reads)
        problems = plan_problems(request.plan)
        if problems:
            raise GenerationError(f"item {index} (seed {seed}): {'; '.join(problems)}\n{request.plan}")
        item = Item(f"{id_prefix}-{seed}-{index:06d}", now.strftime(DATE_FORMAT), request.query, request.plan,
                    request.tools, request.category)
        yield Generated(item, request)
