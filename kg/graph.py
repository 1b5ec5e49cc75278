"""Graph stage: merge per-document results into one networkx MultiDiGraph, and read/write it as JSON.

Nodes are keyed by :func:`kg.names.entity_id` of (label, canonical name), so the same input always
gives the same ids and byte-identical files. One edge per (source, type, target); every piece of
evidence is kept on it with its own claim status, and the edge's ``status`` is the strongest one seen
(asserted > reported > alleged > denied > negated).

The JSON file is written whole or not at all (:func:`kg.output.write_text`).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import networkx as nx

from kg import __version__
from kg.errors import GraphFileError
from kg.names import entity_id, norm, relation_id
from kg.output import write_text
from kg.records import (
    GUESSED_ROLE_RULES, ROLE_TYPES, STATUSES, SYMMETRIC_TYPES, DocumentInfo, DocumentResult, Entity, Ref, Relation,
)

GRAPH_FORMAT = "news-kg/1"


@dataclass
class _NodeAcc:
    label: str
    name: str
    aliases: set[str] = field(default_factory=set)
    mention_count: int = 0
    documents: set[str] = field(default_factory=set)
    scope: str = ""
    alias_documents: Counter = field(default_factory=Counter)   # norm(alias) -> documents it was an alias in


@dataclass
class _EdgeAcc:
    relations: list[Relation] = field(default_factory=list)


class GraphBuilder:
    """Accumulates document results (in any order) and folds them into a graph.

    Memory grows with the number of distinct entities and facts, not with the text.
    ``resolver`` maps each entity reference to its canonical reference across documents; it is
    applied in :meth:`graph`, after every document is in, so it can look at the whole corpus.
    """

    def __init__(self) -> None:
        self.documents: dict[str, DocumentInfo] = {}
        self._entities: dict[tuple[Ref, str], _NodeAcc] = {}
        self._relations: list[Relation] = []

    def add(self, result: DocumentResult) -> None:
        doc_id = result.document.id
        self.documents[doc_id] = result.document
        for entity in result.entities:
            scope = doc_id if entity.generic else ""
            acc = self._entities.setdefault((entity.ref, scope), _NodeAcc(entity.label, entity.name, scope=scope))
            acc.aliases.update(entity.aliases)
            acc.alias_documents.update({norm(a) for a in entity.aliases})
            acc.mention_count += entity.mention_count
            acc.documents.add(doc_id)
        self._relations.extend(result.relations)

    def entity_names(self) -> dict[Ref, _NodeAcc]:
        """Corpus-wide entities by reference (generic events excluded): what a resolver decides on."""
        return {ref: acc for (ref, scope), acc in self._entities.items() if not scope}

    def graph(self, resolver: Callable[[Ref], Ref] | None = None) -> nx.MultiDiGraph:
        resolve = resolver or (lambda ref: ref)
        nodes: dict[str, _NodeAcc] = {}
        node_of: dict[tuple[Ref, str], str] = {}
        for (ref, scope), acc in sorted(self._entities.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            canonical = ref if scope else resolve(ref)
            node_id = entity_id(canonical.label, canonical.name, scope)
            node_of[(ref, scope)] = node_id
            merged = nodes.setdefault(node_id, _NodeAcc(canonical.label, canonical.name, scope=scope))
            merged.aliases.update(acc.aliases)
            if ref.name != canonical.name:
                merged.aliases.add(ref.name)
            merged.mention_count += acc.mention_count
            merged.documents.update(acc.documents)

        edges: dict[tuple[str, str, str], _EdgeAcc] = defaultdict(_EdgeAcc)
        for rel in self._relations:
            source = self._node_for(rel.source, rel.evidence.doc_id, node_of)
            target = self._node_for(rel.target, rel.evidence.doc_id, node_of)
            if source is None or target is None or source == target:
                continue
            if rel.type in SYMMETRIC_TYPES and target < source:
                source, target = target, source
            edges[(source, rel.type, target)].relations.append(rel)
        for key in _contradicted_guesses(edges, nodes):
            del edges[key]

        graph = nx.MultiDiGraph(
            generator=f"news-kg {__version__}",
            format=GRAPH_FORMAT,
            documents=[asdict(self.documents[d]) for d in sorted(self.documents)],
        )
        for node_id in sorted(nodes):
            acc = nodes[node_id]
            graph.add_node(
                node_id,
                label=acc.label,
                name=acc.name,
                aliases=sorted(a for a in acc.aliases if a != acc.name),
                mention_count=acc.mention_count,
                documents=sorted(acc.documents),
            )
        outlets = {doc_id: info.source or doc_id for doc_id, info in self.documents.items()}
        for (source, rel_type, target) in sorted(edges):
            attrs = _edge_attributes(rel_type, edges[(source, rel_type, target)].relations, outlets)
            attrs.update(evidence_summary(attrs["evidence"], (nodes[source].name, nodes[target].name)))
            key = relation_id(source, rel_type, target)
            graph.add_edge(source, target, key=key, id=key, **attrs)
        return graph

    @staticmethod
    def _node_for(ref: Ref, doc_id: str, node_of: dict[tuple[Ref, str], str]) -> str | None:
        return node_of.get((ref, doc_id)) or node_of.get((ref, ""))


def _contradicted_guesses(edges: dict[tuple[str, str, str], _EdgeAcc], nodes: dict[str, _NodeAcc]) -> list[tuple]:
    """Role edges to a state resting only on guesses (:data:`GUESSED_ROLE_RULES`) for a person whose
    role in another state some article states outright: "US President Donald Trump" in one article
    outweighs "Russia ... President Donald Trump" read as Russia's president in another."""
    stated: dict[str, set[str]] = defaultdict(set)
    guessed = []
    for key, acc in edges.items():
        source, rel_type, target = key
        if rel_type not in ROLE_TYPES or nodes[target].label != "State":
            continue
        if all(rel.rule in GUESSED_ROLE_RULES for rel in acc.relations):
            guessed.append(key)
        else:
            stated[source].add(target)
    return [key for key in guessed if stated[key[0]] - {key[2]}]


def _edge_attributes(rel_type: str, relations: list[Relation], outlets: dict[str, str]) -> dict:
    relations = sorted(relations, key=lambda r: (r.evidence.doc_id, r.evidence.start, r.evidence.rule, r.status))
    status = min((r.status for r in relations), key=STATUSES.index)
    strongest = [r for r in relations if r.status == status]
    roles = Counter(r.role for r in relations if r.role)
    modalities = {r.modality for r in relations}
    evidence, seen = [], set()
    for rel in relations:
        ev = rel.evidence
        item = {
            "doc_id": ev.doc_id, "sentence": ev.sentence, "start": ev.start, "end": ev.end,
            "rule": ev.rule, "status": rel.status, "attributed_to": sorted(set(rel.attributed_to)),
            "denied_by": sorted(set(rel.denied_by)), "modality": rel.modality,
            "source": outlets.get(ev.doc_id, ev.doc_id),
            "date": ev.date, "date_precision": ev.date_precision, "date_basis": ev.date_basis,
            "date_since": ev.date_since,
        }
        marker = (ev.doc_id, ev.start, ev.rule, rel.status)
        if marker not in seen:
            seen.add(marker)
            evidence.append(item)
    return {
        "type": rel_type,
        "status": status,
        "attributed_to": sorted({a for r in strongest for a in r.attributed_to}),
        "denied_by": sorted({d for r in relations for d in r.denied_by}),
        "role": max(roles, key=lambda role: (roles[role], len(role), role)) if roles else "",
        "modality": modalities.pop() if len(modalities) == 1 else "",
        "rule": strongest[0].evidence.rule,
        "rules": sorted({r.evidence.rule for r in relations}),
        "doc_ids": sorted({r.evidence.doc_id for r in relations}),
        "evidence": evidence,
    }


#: Evidence statuses that say the fact holds, and those that dispute it (a plan or a possibility
#: negated by its modality disputes nothing).
AFFIRMING = frozenset({"asserted", "reported", "alleged"})


def disputes(item: dict, endpoints: tuple[str, str]) -> bool:
    """An evidence item that denies the fact, negates it outright, or records a denial by one of
    the fact's own parties."""
    if item["status"] == "denied" or (item["status"] == "negated" and not item.get("modality")):
        return True
    return bool(set(item.get("denied_by", ())) & set(endpoints))


def evidence_summary(evidence: list[dict], endpoints: tuple[str, str]) -> dict:
    """What a fact's evidence items say together: when (``first_date``/``last_date``), who says so
    (``sources``/``source_count``) and whether they disagree (:func:`contest`). Computed from the
    items alone, so a store that holds the items (Neo4j) recomputes it when documents come and go."""
    dates = sorted(item["date"] for item in evidence if item.get("date"))
    sources = sorted({item["source"] for item in evidence})
    return {
        "first_date": dates[0] if dates else "",
        "last_date": dates[-1] if dates else "",
        "sources": sources,
        "source_count": len(sources),
        **contest(evidence, endpoints),
    }


def contest(evidence: list[dict], endpoints: tuple[str, str]) -> dict:
    """Whether sources disagree on a fact, from its evidence items alone (so a store holding the
    items can recompute it when documents come and go): ``contested`` when one source affirms it and
    another disputes it, or one of its parties denies it; ``affirmed_in`` and ``disputed_in`` list the
    documents on each side."""
    affirming = [item for item in evidence if item["status"] in AFFIRMING and not disputes(item, endpoints)]
    disputing = [item for item in evidence if disputes(item, endpoints)]
    by_party = any(set(item.get("denied_by", ())) & set(endpoints) for item in evidence)
    across = {i["source"] for i in affirming} and {i["source"] for i in disputing} - {i["source"] for i in affirming}
    return {
        "contested": bool(by_party or (affirming and across)),
        "affirmed_in": sorted({item["doc_id"] for item in affirming}),
        "disputed_in": sorted({item["doc_id"] for item in disputing}),
    }


def incident_edges(graph: nx.MultiDiGraph, node_id: str) -> list[tuple[str, str, str, dict]]:
    """An entity's relations in both directions as (direction, key, other node, attributes):
    "->" out, "<-" in, "<->" for symmetric types."""
    edges = [("->", key, target, attrs) for _, target, key, attrs in graph.out_edges(node_id, keys=True, data=True)]
    edges += [("<-", key, source, attrs) for source, _, key, attrs in graph.in_edges(node_id, keys=True, data=True)]
    return [("<->" if attrs.get("type") in SYMMETRIC_TYPES else direction, key, other, attrs)
            for direction, key, other, attrs in edges]


def build_graph(results: Iterable[DocumentResult], resolver: Callable[[Ref], Ref] | None = None) -> nx.MultiDiGraph:
    """Merge document results into one graph (see :class:`GraphBuilder`)."""
    builder = GraphBuilder()
    for result in results:
        builder.add(result)
    return builder.graph(resolver)


def to_data(graph: nx.MultiDiGraph) -> dict:
    """The graph as node-link data (key ``edges``), nodes and edges in id order."""
    return nx.node_link_data(graph, edges="edges")


def from_data(data: dict) -> nx.MultiDiGraph:
    """Inverse of :func:`to_data`."""
    if not isinstance(data, dict) or "nodes" not in data or not ({"edges", "links"} & data.keys()):
        raise GraphFileError("not a node-link graph: expected keys 'nodes' and 'edges'")
    edges = "edges" if "edges" in data else "links"
    return nx.node_link_graph(data, directed=True, multigraph=True, edges=edges)


def dumps(graph: nx.MultiDiGraph) -> str:
    """Canonical JSON text of the graph: same graph, same bytes."""
    return json.dumps(to_data(graph), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_graph(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write the graph's JSON (:func:`dumps`) to ``path``, atomically."""
    return write_text(path, dumps(graph))


def read_graph(path: Path) -> nx.MultiDiGraph:
    """Load a graph JSON file written by :func:`write_graph` (or any node-link JSON)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GraphFileError(f"{path}: no such file") from None
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFileError(f"{path}: not a JSON graph ({exc})") from None
    try:
        return from_data(data)
    except GraphFileError as exc:
        raise GraphFileError(f"{path}: {exc}") from None
