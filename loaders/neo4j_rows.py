"""Graph -> what a Neo4j writer writes: constraints, entity rows per label, relationship rows per
type, document rows and MENTIONS rows.

Every Neo4j writer (neo4j-admin CSV, Cypher script, Bolt loader) walks the graph through these,
so they agree on which labels and types exist, on property names (:mod:`loaders.properties`) and on
row order (graph order: the same graph gives the same rows). Labels and types are checked against
the whitelists here, before any of them reaches a file or a query.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

from kg.errors import ExportError
from kg.records import LABELS, RELATION_TYPES
from loaders.properties import (
    EDGE_TYPES, NODE_LABELS, edge_properties, escape_name, from_cypher_date, node_properties, to_cypher_date,
)

#: Label of the document nodes and type of the document -> entity relationships.
DOCUMENT_LABEL = "Document"
MENTIONS = "MENTIONS"
#: Document fields of ``graph["documents"]`` (see docs/graph-format.md).
DOCUMENT_FIELDS = ("id", "path", "title", "sha256", "source", "date", "url", "words")
#: Document properties, in column order: ``date`` is a Cypher date (absent when the document has
#: none) at ``date_precision``; a date the reader could not make ISO is kept as given in ``date_text``.
DOCUMENT_PROPERTIES = ("id", "path", "title", "sha256", "source", "date", "date_precision", "date_text", "url", "words")
#: Every label an export creates, in the order constraints and files list them.
ALL_LABELS = (DOCUMENT_LABEL, *LABELS)


@dataclass(frozen=True)
class RelationshipRow:
    """One relationship: endpoint ids and labels, and its property map."""

    start: str
    start_label: str
    end: str
    end_label: str
    properties: dict


def document_properties(doc: Mapping) -> dict:
    """Properties of a document node from one ``graph["documents"]`` item."""
    props = {key: str(doc.get(key) or "") for key in DOCUMENT_PROPERTIES}
    given = props["date"]
    props["date"], props["date_precision"] = to_cypher_date(given)
    props["date_text"] = "" if props["date"] else given
    props["words"] = int(doc.get("words") or 0)
    return props


def document_fields(props: Mapping) -> dict:
    """Inverse of :func:`document_properties`: the ``graph["documents"]`` item."""
    fields = {key: props.get(key, "") for key in DOCUMENT_FIELDS}
    fields["date"] = props.get("date_text") or from_cypher_date(props.get("date"), props.get("date_precision", ""))
    fields["words"] = int(props.get("words") or 0)
    return fields


def node_label(graph: nx.MultiDiGraph, node_id: str) -> str:
    """The whitelisted label of a node, or :class:`ExportError` naming the node."""
    label = graph.nodes[node_id].get("label")
    if label not in NODE_LABELS:
        raise ExportError(f"node {node_id!r} has label {label!r}, not one of {', '.join(LABELS)}")
    return label


def node_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """Entity property maps by label (labels in :data:`LABELS` order, nodes in graph order)."""
    rows: dict[str, list[dict]] = {label: [] for label in LABELS}
    for node_id, attrs in graph.nodes(data=True):
        rows[node_label(graph, node_id)].append(node_properties(node_id, attrs))
    return {label: found for label, found in rows.items() if found}


def relationship_rows(graph: nx.MultiDiGraph) -> dict[str, list[RelationshipRow]]:
    """Relationships by type (types sorted, edges in graph order)."""
    rows: dict[str, list[RelationshipRow]] = {}
    labels: dict[str, str] = {}
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        rel_type = attrs.get("type")
        if rel_type not in EDGE_TYPES:
            raise ExportError(f"edge {key!r} has type {rel_type!r}, not a relation type of kg.records")
        for node in (source, target):
            if node not in labels:
                labels[node] = node_label(graph, node)
        props = edge_properties({"id": key, **attrs})
        rows.setdefault(rel_type, []).append(RelationshipRow(source, labels[source], target, labels[target], props))
    return {rel_type: rows[rel_type] for rel_type in sorted(rows)}


def document_rows(graph: nx.MultiDiGraph) -> list[dict]:
    """Document property maps, in ``graph["documents"]`` order."""
    return [document_properties(doc) for doc in graph.graph.get("documents", [])]


def split_count(total: int, parts: int) -> list[int]:
    """``total`` spread over ``parts`` shares that differ by at most one, the larger ones first."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def mention_rows(graph: nx.MultiDiGraph) -> list[RelationshipRow]:
    """(Document)-[:MENTIONS {mention_count, aliases}]->(entity) for each document of an entity
    that the graph lists.

    The graph keeps one mention total per entity; it is split over the entity's documents
    (:func:`split_count`), so the counts on its MENTIONS add up to the entity's ``mention_count``.
    """
    known = {doc["id"] for doc in document_rows(graph)}
    rows = []
    for node_id, attrs in graph.nodes(data=True):
        props = node_properties(node_id, attrs)
        docs = [doc_id for doc_id in props["documents"] if doc_id in known]
        for doc_id, count in zip(docs, split_count(props["mention_count"], len(docs))):
            rows.append(RelationshipRow(doc_id, DOCUMENT_LABEL, node_id, node_label(graph, node_id), {
                "mention_count": count, "aliases": props["aliases"],
            }))
    return rows


def constraint_statements() -> list[str]:
    """``CREATE CONSTRAINT ... IF NOT EXISTS`` on ``id`` for every label: what every load runs first."""
    return [
        f"CREATE CONSTRAINT {escape_name('kg_' + label.lower() + '_id')} IF NOT EXISTS "
        f"FOR (n:{escape_name(label)}) REQUIRE n.id IS UNIQUE"
        for label in ALL_LABELS
    ]


#: Relationship properties with a range index on every relation type: the date filters of the
#: named queries (``timeline``, ``between``) and the ``contested`` and ``corroborated`` ones.
INDEXED_RELATIONSHIP_PROPERTIES = ("first_date", "last_date", "contested", "source_count")


def index_statements() -> list[str]:
    """``CREATE INDEX ... IF NOT EXISTS``: documents by ``date``, and for each relation type the
    properties of :data:`INDEXED_RELATIONSHIP_PROPERTIES` (an index in Neo4j covers one type)."""
    statements = [f"CREATE INDEX {escape_name('kg_document_date')} IF NOT EXISTS "
                  f"FOR (n:{escape_name(DOCUMENT_LABEL)}) ON (n.date)"]
    for rel_type in sorted(RELATION_TYPES):
        for prop in INDEXED_RELATIONSHIP_PROPERTIES:
            statements.append(
                f"CREATE INDEX {escape_name('kg_' + rel_type.lower() + '_' + prop)} IF NOT EXISTS "
                f"FOR ()-[r:{escape_name(rel_type)}]-() ON (r.{prop})"
            )
    return statements
