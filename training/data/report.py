"""Diversity statistics of a generated set: plan graphs, n-grams, intents, tool combinations, categories."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from agent.plans.plan import parse_plan
from tools.catalogue import TOOL_NAMES
from training.data.generator import Generated

_WORD = re.compile(r"[\w'@.\-]+")
_CONTACT = re.compile(r'get_(?:email_address|phone_number)\("((?:[^"\\]|\\.)*)"\)')
_FILE = re.compile(r'open_and_get_file_path\("((?:[^"\\]|\\.)*)"\)')


def graph_signature(plan_text: str) -> tuple[str, ...]:
    """A label per step built from its tool and its ancestors' labels; isomorphic plans share the multiset."""
    steps = parse_plan(plan_text).steps
    labels: dict[int, str] = {}
    for step in steps:
        parents = sorted(labels[r.step] for r in step.refs if r.step in labels)
        labels[step.index] = f"{step.tool}({','.join(parents)})"
    return tuple(sorted(labels.values()))


@dataclass
class DiversityReport:
    n: int = 0
    queries: set[str] = field(default_factory=set)
    graphs: Counter = field(default_factory=Counter)
    ngrams: dict[int, set[tuple[str, ...]]] = field(default_factory=lambda: {k: set() for k in (1, 2, 3, 4)})
    categories: Counter = field(default_factory=Counter)
    intents: Counter = field(default_factory=Counter)
    intent_combinations: Counter = field(default_factory=Counter)
    tools: Counter = field(default_factory=Counter)
    tool_sets: Counter = field(default_factory=Counter)
    tool_pairs: set[tuple[str, str]] = field(default_factory=set)
    templates: Counter = field(default_factory=Counter)
    intent_templates: dict[str, set[str]] = field(default_factory=dict)
    steps: int = 0
    contact_names: set[str] = field(default_factory=set)
    file_names: set[str] = field(default_factory=set)

    def add(self, generated: Generated) -> None:
        item, request = generated.item, generated.request
        self.n += 1
        self.queries.add(item.query)
        self.graphs[graph_signature(item.plan)] += 1
        words = _WORD.findall(item.query.lower())
        for k, seen in self.ngrams.items():
            seen.update(tuple(words[i:i + k]) for i in range(len(words) - k + 1))
        self.categories[item.category] += 1
        self.intents.update(request.intents)
        self.intent_combinations[tuple(sorted(request.intents))] += 1
        self.tools.update(item.tools)
        self.tool_sets[tuple(item.tools)] += 1
        self.tool_pairs.update(combinations(item.tools, 2))
        self.templates.update(request.templates)
        for intent, template in zip(request.intents, request.templates, strict=True):
            self.intent_templates.setdefault(intent, set()).add(template)
        self.steps += item.plan.count("\n") + 1
        self.contact_names.update(_CONTACT.findall(item.plan))
        self.file_names.update(_FILE.findall(item.plan))

    def as_dict(self) -> dict[str, object]:
        top_template, top_count = self.templates.most_common(1)[0] if self.templates else ("", 0)
        top_graph_count = self.graphs.most_common(1)[0][1] if self.graphs else 0
        return {
            "examples": self.n,
            "distinct_queries": len(self.queries),
            "distinct_plan_graphs": len(self.graphs),
            "largest_plan_graph_share": round(top_graph_count / max(self.n, 1), 4),
            "distinct_ngrams": {str(k): len(v) for k, v in self.ngrams.items()},
            "mean_steps_with_join": round(self.steps / max(self.n, 1), 2),
            "distinct_contact_names_looked_up": len(self.contact_names),
            "distinct_file_names": len(self.file_names),
            "tools_covered": f"{len(self.tools)}/{len(TOOL_NAMES)}",
            "tool_counts": dict(sorted(self.tools.items())),
            "tool_pairs_covered": f"{len(self.tool_pairs)}/{len(TOOL_NAMES) * (len(TOOL_NAMES) - 1) // 2}",
            "distinct_tool_sets": len(self.tool_sets),
            "intent_counts": dict(self.intents.most_common()),
            "distinct_intent_combinations": len(self.intent_combinations),
            "distinct_templates": len(self.templates),
            "templates_per_intent": {k: len(v) for k, v in sorted(self.intent_templates.items())},
            "top_template": top_template,
            "top_template_share_of_clauses": round(top_count / max(sum(self.templates.values()), 1), 4),
            "categories": dict(self.categories.most_common()),
        }


def diversity(items: Iterable[Generated]) -> DiversityReport:
    report = DiversityReport()
    for generated in items:
        report.add(generated)
    return report
