"""Plain-text summary of a build: nodes per label, relations per type and status, files skipped."""
from __future__ import annotations

from collections import Counter

import networkx as nx

from kg.records import LABELS, STATUSES, BuildReport


def summary_lines(graph: nx.MultiDiGraph, report: BuildReport) -> list[str]:
    """Lines for the terminal after ``kg build`` (no trailing newline characters)."""
    labels = Counter(data.get("label") for _, data in graph.nodes(data=True))
    types = Counter(data.get("type") for _, _, data in graph.edges(data=True))
    statuses = Counter(data.get("status") for _, _, data in graph.edges(data=True))
    lines = [
        f"read {len(report.documents)} document(s), {report.words:,} words; skipped {len(report.skipped)} input(s)",
        f"entities: {graph.number_of_nodes()}  "
        + "  ".join(f"{label} {labels[label]}" for label in LABELS if labels[label]),
        f"relations: {graph.number_of_edges()}  "
        + "  ".join(f"{status} {statuses[status]}" for status in STATUSES if statuses[status]),
    ]
    width = max((len(t) for t in types), default=0)
    lines += [f"  {rel_type:<{width}}  {count}" for rel_type, count in sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))]
    return lines
