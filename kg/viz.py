"""Viewer: draw a graph as one self-contained HTML page (no network, opens from a ``file://`` URL).

:func:`view_data` picks what goes into the page (every entity, or the ``top`` best-connected ones and
the relations between them), shapes it for the page and says what the page opens on: the whole graph
when it is small enough to read (:data:`WHOLE_GRAPH_LIMIT` entities with a relation), else the
neighbourhood of the best-connected entity, from which the page expands on click and the whole graph
is one click away. :func:`to_html` fills the page template
(``kg/data/viz_template.html``) with that data and the vendored vis-network library
(``kg/data/vendor/``); :func:`write_html` writes the page.

The data is embedded as JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and
``&`` written as ``\\u003c`` ... so no name or sentence can close the block (``</script>``) or open an
HTML comment (``<!--``); the page puts text on screen with ``textContent`` only.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import networkx as nx

from kg.records import LABELS, RELATION_TYPES, STATUSES, SYMMETRIC_TYPES

#: How many entities go into the page unless told otherwise: 0, all of them (the page draws a part).
DEFAULT_TOP = 0
#: Up to this many entities with a relation, the page opens on the whole graph; above, on a neighbourhood.
WHOLE_GRAPH_LIMIT = 100
DEFAULT_TITLE = "News knowledge graph"

_TEMPLATE = "viz_template.html"
_LIBRARY = "vendor/vis-network.min.js"
_SOURCE_MAP = re.compile(r"\n//# sourceMappingURL=\S+\s*$")
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
# JSON is valid JavaScript only once these are escaped; "<", ">" and "&" keep it inert inside <script>.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


@dataclass(frozen=True)
class ViewSummary:
    """What a written page shows, out of what the graph holds."""

    path: Path
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int


def top_nodes(graph: nx.MultiDiGraph, top: int = DEFAULT_TOP) -> list[str]:
    """The ``top`` best-connected node ids (all of them when ``top`` is 0), best first.

    Ranked by degree (edges in and out), then mentions, then id, so the choice never depends on the
    order nodes were added in.
    """
    if top < 0:
        raise ValueError(f"top must be 0 (all) or positive, not {top}")
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), -graph.nodes[n].get("mention_count", 0), n))
    return ranked[:top] if top else ranked


def view_data(graph: nx.MultiDiGraph, *, top: int = DEFAULT_TOP, title: str = DEFAULT_TITLE) -> dict:
    """Everything the page needs, as JSON-ready data: nodes, edges with evidence, documents, legend."""
    keep = set(top_nodes(graph, top))
    nodes = [
        {
            "id": node_id,
            "label": attrs.get("label", ""),
            "name": attrs.get("name", node_id),
            "aliases": list(attrs.get("aliases", ())),
            "mentions": attrs.get("mention_count", 0),
            "documents": list(attrs.get("documents", ())),
            "degree": graph.degree(node_id),
        }
        for node_id, attrs in sorted(graph.nodes(data=True))
        if node_id in keep
    ]
    edges = [
        {
            "id": attrs.get("id", key),
            "from": source,
            "to": target,
            "type": attrs.get("type", ""),
            "status": attrs.get("status", "asserted"),
            "attributed_to": list(attrs.get("attributed_to", ())),
            "denied_by": list(attrs.get("denied_by", ())),
            "role": attrs.get("role", ""),
            "modality": attrs.get("modality", ""),
            "rule": attrs.get("rule", ""),
            "rules": list(attrs.get("rules", ())),
            "evidence": list(attrs.get("evidence", ())),
            # When and by whom (absent from graphs written before dates and sources: the page copes).
            "first_date": attrs.get("first_date", ""),
            "last_date": attrs.get("last_date", ""),
            "sources": list(attrs.get("sources", ())),
            "source_count": attrs.get("source_count", len(attrs.get("sources", ()))),
            "contested": bool(attrs.get("contested", False)),
            "affirmed_in": list(attrs.get("affirmed_in", ())),
            "disputed_in": list(attrs.get("disputed_in", ())),
        }
        for source, target, key, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
        if source in keep and target in keep
    ]
    doc_ids = {d for node in nodes for d in node["documents"]} | {
        ev.get("doc_id") for edge in edges for ev in edge["evidence"]
    }
    documents = {
        doc["id"]: {k: doc.get(k, "") for k in ("title", "date", "source", "url", "path")}
        for doc in graph.graph.get("documents", ())
        if doc.get("id") in doc_ids
    }
    labels = {node["label"] for node in nodes}
    types = {edge["type"] for edge in edges}
    return {
        "title": title,
        "labels": [label for label in LABELS if label in labels] + sorted(labels - set(LABELS)),
        "statuses": list(STATUSES),
        "types": [t for t in RELATION_TYPES if t in types] + sorted(types - set(RELATION_TYPES)),
        "symmetric": sorted(SYMMETRIC_TYPES),
        "nodes": nodes,
        "edges": edges,
        "documents": documents,
        "shown": {"nodes": len(nodes), "edges": len(edges)},
        "total": {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()},
        "note": _left_out_note(len(nodes), len(edges), graph.number_of_nodes(), graph.number_of_edges()),
        "open": opening_view(nodes, edges),
    }


def opening_view(nodes: list[dict], edges: list[dict]) -> dict:
    """What the page opens on: ``{"view": "whole"}`` when at most :data:`WHOLE_GRAPH_LIMIT` entities
    have a relation, else ``{"view": "focus", "entity": id}`` on the best-connected entity (ranked as
    :func:`top_nodes` ranks). ``entity`` is always the best-connected one, for the page's hop buttons."""
    linked = {edge["from"] for edge in edges} | {edge["to"] for edge in edges}
    best = min(nodes, key=lambda n: (-n["degree"], -n["mentions"], n["id"]), default=None)
    entity = best["id"] if best else ""
    return {"view": "whole" if len(linked) <= WHOLE_GRAPH_LIMIT else "focus", "entity": entity}


def _left_out_note(nodes: int, edges: int, total_nodes: int, total_edges: int) -> str:
    if nodes == total_nodes:
        return ""
    return (
        f"Showing the {nodes:,} best-connected of {total_nodes:,} entities: {total_nodes - nodes:,} entities "
        f"and {total_edges - edges:,} relations left out. Write the page again with kg viz --top N "
        f"(0 for all) to put more in."
    )


def to_html(graph: nx.MultiDiGraph, *, top: int = DEFAULT_TOP, title: str = DEFAULT_TITLE) -> str:
    """The whole page as one string: template, inlined library, and the graph's data."""
    return _fill(view_data(graph, top=top, title=title))


def write_html(
    graph: nx.MultiDiGraph, path: Path, *, top: int = DEFAULT_TOP, title: str = DEFAULT_TITLE
) -> ViewSummary:
    """Write the page to ``path`` (atomically, creating folders) and say what it shows."""
    data = view_data(graph, top=top, title=title)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(_fill(data), encoding="utf-8")
    tmp.replace(path)
    return ViewSummary(path, data["shown"]["nodes"], data["shown"]["edges"], data["total"]["nodes"], data["total"]["edges"])


def script_json(data: object) -> str:
    """JSON text that can sit inside an HTML ``<script>`` element without ending or commenting it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _fill(data: dict) -> str:
    values = {
        "title": html.escape(data["title"]),
        "data": script_json(data),
        "library": _library(),
    }
    # One pass over the template only: text that goes in is never scanned for placeholders again.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template())


@cache
def _template() -> str:
    return files("kg").joinpath("data", _TEMPLATE).read_text(encoding="utf-8")


@cache
def _library() -> str:
    code = files("kg").joinpath("data", *_LIBRARY.split("/")).read_text(encoding="utf-8")
    if "</script" in code.lower():
        raise ValueError(f"kg/data/{_LIBRARY} contains '</script' and cannot be inlined")
    return _SOURCE_MAP.sub("\n", code)
