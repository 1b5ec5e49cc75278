"""Read a graph as plain text: one entity's relations with status and evidence, or a summary.

``kg show GRAPH`` lists the entities by label with their degree; ``kg show GRAPH ENTITY`` finds the
entity by id, name or alias (compared with :func:`kg.names.norm`, so case, "the" and possessives do
not matter) and prints a header and a table of its relations in both directions; ``--timeline``
prints its facts in date order instead (:func:`timeline_lines`). Everything here returns lines of
text; printing them is the CLI's job.
"""
from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx

from kg.errors import KGError
from kg.graph import incident_edges
from kg.names import norm
from kg.records import LABELS, STATUSES

#: Widest a column other than the evidence may get; longer cells wrap.
MAX_WIDTHS = {"type": 20, "entity": 30, "status": 26}
MIN_EVIDENCE_WIDTH = 30
#: Evidence items shown per relation, and characters shown per sentence.
MAX_EVIDENCE = 5
MAX_SENTENCE = 300
#: Document ids shown in an entity's header; candidates named in an ambiguity error.
MAX_DOCUMENTS = 10
MAX_CANDIDATES = 8


class EntityNotFoundError(KGError):
    """No entity of the graph has that id, name or alias."""

    hint = "run kg show with only the graph file to list the entities"


class AmbiguousEntityError(KGError):
    """A name or alias matches several entities."""

    hint = "repeat with the full name or with the id shown in parentheses"


@dataclass(frozen=True)
class RelationRow:
    """One relation of the shown entity, seen from it (``->`` outgoing, ``<-`` incoming, ``<->`` symmetric)."""

    direction: str
    type: str
    other: str
    status: str
    evidence: str
    sort_key: tuple = ()


def find_entity(graph: nx.MultiDiGraph, query: str) -> str:
    """The node id for ``query``: an id, else a canonical name, else an alias (case-insensitive)."""
    if query in graph:
        return query
    key = norm(query)
    nodes = list(graph.nodes(data=True))
    matches = [n for n, attrs in nodes if key and norm(str(attrs.get("name", ""))) == key]
    if not matches:
        matches = [n for n, attrs in nodes if key and any(norm(a) == key for a in attrs.get("aliases", []))]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise EntityNotFoundError(f"no entity named {query!r} in the graph")
    shown = "; ".join(_describe(graph, n) for n in sorted(matches)[:MAX_CANDIDATES])
    more = f"; and {len(matches) - MAX_CANDIDATES} more" if len(matches) > MAX_CANDIDATES else ""
    raise AmbiguousEntityError(f"{query!r} matches {len(matches)} entities: {shown}{more}")


def _describe(graph: nx.MultiDiGraph, node_id: str) -> str:
    attrs = graph.nodes[node_id]
    return f"{attrs.get('name', node_id)} ({attrs.get('label', '?')}, {node_id})"


def _status(attrs: dict) -> str:
    lines = [attrs.get("status", "")]
    if attrs.get("modality"):
        lines[0] += f", {attrs['modality']}"
    if attrs.get("attributed_to"):
        lines.append("per " + ", ".join(attrs["attributed_to"]))
    if attrs.get("denied_by"):
        lines.append("denied by " + ", ".join(attrs["denied_by"]))
    return "\n".join(lines)


def _evidence(attrs: dict) -> str:
    items = attrs.get("evidence", [])
    lines = []
    for item in items[:MAX_EVIDENCE]:
        where = f"{item.get('doc_id', '?')}:{item.get('start', '?')}-{item.get('end', '?')}"
        if item.get("status") and item["status"] != attrs.get("status"):
            where += f", {item['status']}"
        if item.get("attributed_to"):
            where += " per " + ", ".join(item["attributed_to"])
        sentence = " ".join(str(item.get("sentence", "")).split())
        if len(sentence) > MAX_SENTENCE:
            sentence = sentence[:MAX_SENTENCE - 3].rstrip() + "..."
        lines.append(f"[{where}] {sentence}")
    if len(items) > MAX_EVIDENCE:
        lines.append(f"... and {len(items) - MAX_EVIDENCE} more")
    return "\n".join(lines)


def relation_rows(graph: nx.MultiDiGraph, node_id: str) -> list[RelationRow]:
    """The entity's relations in both directions, by type, direction and other entity."""
    rows = []
    for direction, key, other, attrs in incident_edges(graph, node_id):
        rel_type = attrs.get("type", "")
        type_cell = rel_type + (f"\nas {attrs['role']}" if attrs.get("role") else "")
        other_name = graph.nodes[other].get("name", other)
        rows.append(RelationRow(
            direction, type_cell, f"{other_name} ({graph.nodes[other].get('label', '?')})", _status(attrs),
            _evidence(attrs), (rel_type, direction, str(other_name).casefold(), key),
        ))
    return sorted(rows, key=lambda row: row.sort_key)


def _wrap(cell: str, width: int) -> list[str]:
    lines = []
    for paragraph in str(cell).split("\n"):
        lines += textwrap.wrap(paragraph, width, break_on_hyphens=False, subsequent_indent="  ") or [""]
    return lines


def table(headers: Sequence[str], rows: Sequence[Sequence], widths: Sequence[int], *,
          right: Sequence[int] = (), gap: bool = False) -> list[str]:
    """Plain-text table: cells wrapped to their column width, columns two spaces apart.

    ``right`` lists the columns aligned right (numbers); ``gap`` puts a blank line between rows.
    """
    def render(cells: Sequence) -> list[str]:
        wrapped = [_wrap(str(cell), width) for cell, width in zip(cells, widths)]
        out = []
        for i in range(max(len(lines) for lines in wrapped)):
            parts = [lines[i] if i < len(lines) else "" for lines in wrapped]
            out.append("  ".join(
                part.rjust(width) if col in right else part.ljust(width)
                for col, (part, width) in enumerate(zip(parts, widths))
            ).rstrip())
        return out

    lines = render(headers) + ["  ".join("-" * width for width in widths)]
    for index, row in enumerate(rows):
        if gap and index:
            lines.append("")
        lines += render(row)
    return lines


def _count(number: int, singular: str, plural: str = "") -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def _natural_width(cells: Sequence[str], cap: int) -> int:
    return min(cap, max(len(line) for cell in cells for line in str(cell).split("\n")))


def entity_lines(graph: nx.MultiDiGraph, node_id: str, *, width: int = 100) -> list[str]:
    """An entity's header (name, label, id, aliases, documents) and the table of its relations."""
    attrs = graph.nodes[node_id]
    documents = list(attrs.get("documents", []))
    shown_docs = ", ".join(documents[:MAX_DOCUMENTS])
    if len(documents) > MAX_DOCUMENTS:
        shown_docs += f" ... ({len(documents)} in all)"
    facts = [
        ("aliases", ", ".join(attrs.get("aliases", [])) or "-"),
        ("documents", shown_docs or "-"),
        ("mentions", str(attrs.get("mention_count", 0))),
    ]
    lines = [f"{attrs.get('name', node_id)} ({attrs.get('label', '?')}, {node_id})"]
    for name, value in facts:
        lines += textwrap.wrap(f"{name + ':':<11}{value}", width, subsequent_indent=" " * 11) or [name]
    rows = relation_rows(graph, node_id)
    if not rows:
        return lines + ["", "no relations"]
    headers = ("", "TYPE", "OTHER ENTITY", "STATUS", "EVIDENCE")
    cells = [(r.direction, r.type, r.other, r.status) for r in rows]
    widths = [3] + [
        _natural_width([headers[col], *(c[col] for c in cells)], cap)
        for col, cap in ((1, MAX_WIDTHS["type"]), (2, MAX_WIDTHS["entity"]), (3, MAX_WIDTHS["status"]))
    ]
    widths.append(max(MIN_EVIDENCE_WIDTH, width - sum(widths) - 2 * len(widths)))
    body = [(r.direction, r.type, r.other, r.status, r.evidence) for r in rows]
    return lines + ["", _count(len(rows), "relation")] + table(headers, body, widths, gap=True)


@dataclass(frozen=True)
class TimelineRow:
    """One dated step of an entity's timeline: a fact as the evidence items sharing one date and
    basis give it (several outlets reporting it the same day are one row)."""

    date: str
    basis: str
    fact: str
    status: str
    sources: str
    evidence: str
    sort_key: tuple = ()


def _date_cell(date: str, since: bool) -> str:
    if not date:
        return "undated"
    return f"since {date}" if since else date


def timeline_rows(graph: nx.MultiDiGraph, node_id: str) -> list[TimelineRow]:
    """The entity's facts in date order (ISO dates at any precision sort as text: 2017 < 2017-02 <
    2017-02-13), one row per fact and (date, basis, start) of its evidence; undated evidence last."""
    rows = []
    for direction, key, other, attrs in incident_edges(graph, node_id):
        rel_type = attrs.get("type", "")
        other_name = str(graph.nodes[other].get("name", other))
        fact = f"{direction} {rel_type}" + (f" as {attrs['role']}" if attrs.get("role") else "") + f"\n{other_name}"
        groups: dict[tuple, list[dict]] = {}
        for item in attrs.get("evidence", []):
            when = (str(item.get("date") or ""), str(item.get("date_basis") or ""), bool(item.get("date_since")))
            groups.setdefault(when, []).append(item)
        for (date, basis, since), items in groups.items():
            status = min((str(i.get("status", "")) for i in items),
                         key=lambda s: STATUSES.index(s) if s in STATUSES else len(STATUSES))
            sources = sorted({str(i.get("source") or i.get("doc_id", "")) for i in items})
            rows.append(TimelineRow(
                _date_cell(date, since), basis or "-", fact, status + (", contested" if attrs.get("contested") else ""),
                ", ".join(sources), _evidence({"evidence": items, "status": status}),
                (date == "", date, rel_type, direction, other_name.casefold(), key, basis, since),
            ))
    return sorted(rows, key=lambda row: row.sort_key)


def timeline_lines(graph: nx.MultiDiGraph, node_id: str, *, width: int = 100) -> list[str]:
    """An entity's header and its facts in date order: date (``since`` for a start), basis
    (``stated`` in the sentence or ``published``: the article's date), the fact, its status (and
    whether it is contested), the outlets and the evidence."""
    attrs = graph.nodes[node_id]
    lines = [f"{attrs.get('name', node_id)} ({attrs.get('label', '?')}, {node_id})"]
    rows = timeline_rows(graph, node_id)
    if not rows:
        return lines + ["", "no relations"]
    dated = sum(row.date != "undated" for row in rows)
    headers = ("DATE", "BASIS", "FACT", "STATUS", "SOURCES", "EVIDENCE")
    cells = [(r.date, r.basis, r.fact, r.status, r.sources) for r in rows]
    widths = [
        _natural_width([headers[col], *(c[col] for c in cells)], cap)
        for col, cap in ((0, 16), (1, 9), (2, MAX_WIDTHS["type"] + 10), (3, MAX_WIDTHS["status"]), (4, 24))
    ]
    widths.append(max(MIN_EVIDENCE_WIDTH, width - sum(widths) - 2 * len(widths)))
    body = [(r.date, r.basis, r.fact, r.status, r.sources, r.evidence) for r in rows]
    summary = f"{_count(len(rows), 'step')}, {dated} dated"
    return lines + ["", summary] + table(headers, body, widths, gap=True)


def summary_lines(graph: nx.MultiDiGraph, *, width: int = 100, limit: int | None = 25) -> list[str]:
    """Entities by label (in :data:`kg.records.LABELS` order), most connected first, with their degree."""
    documents = len(graph.graph.get("documents", []))
    lines = [", ".join((
        _count(graph.number_of_nodes(), "entity", "entities"), _count(graph.number_of_edges(), "relation"),
        _count(documents, "document"),
    ))]
    by_label: dict[str, list[str]] = {}
    for node_id, attrs in graph.nodes(data=True):
        by_label.setdefault(str(attrs.get("label", "?")), []).append(node_id)
    order = [label for label in LABELS if label in by_label] + sorted(set(by_label) - set(LABELS))
    headers = ("NAME", "DEGREE", "MENTIONS", "DOCS", "ID")
    for label in order:
        nodes = sorted(by_label[label], key=lambda n: (
            -graph.degree(n), str(graph.nodes[n].get("name", n)).casefold(), n,
        ))
        shown = nodes[:limit] if limit else nodes
        rows = [(
            graph.nodes[n].get("name", n), graph.degree(n), graph.nodes[n].get("mention_count", 0),
            len(graph.nodes[n].get("documents", [])), n,
        ) for n in shown]
        lines += ["", f"{label} ({len(nodes)})"]
        ids = _natural_width([n for n in shown], width)
        names = _natural_width([headers[0], *(row[0] for row in rows)], max(8, min(40, width - ids - 28)))
        lines += table(headers, rows, (names, 6, 8, 4, ids), right=(1, 2, 3))
        if len(nodes) > len(shown):
            lines.append(f"... and {len(nodes) - len(shown)} more (--limit 0 lists all)")
    return lines


def show_lines(graph: nx.MultiDiGraph, query: str | None = None, *, width: int = 100, limit: int | None = 25,
               timeline: bool = False) -> list[str]:
    """What ``kg show`` prints: the entity matching ``query`` (its timeline with ``timeline``), or
    without one the summary."""
    if query is None:
        return summary_lines(graph, width=width, limit=limit)
    if timeline:
        return timeline_lines(graph, find_entity(graph, query), width=width)
    return entity_lines(graph, find_entity(graph, query), width=width)
