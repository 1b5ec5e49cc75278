"""Graph attributes -> property maps Neo4j can store (and CSV/Cypher exports write).

Neo4j properties are scalars or homogeneous lists of scalars: no nulls inside lists, no maps. The
evidence list of an edge therefore becomes parallel lists (``evidence_doc_ids[i]``,
``evidence_sentences[i]``, ``evidence_starts[i]`` ... describe evidence *i*). Every exporter and
the loader use these two functions, so a property has the same name everywhere.
"""
from __future__ import annotations

from collections.abc import Mapping

from kg.records import LABELS, RELATION_TYPES

NODE_LABELS = frozenset(LABELS)
EDGE_TYPES = frozenset(RELATION_TYPES)

#: evidence item key -> flattened property name
EVIDENCE_FIELDS = {
    "doc_id": "evidence_doc_ids",
    "sentence": "evidence_sentences",
    "start": "evidence_starts",
    "end": "evidence_ends",
    "rule": "evidence_rules",
    "status": "evidence_statuses",
    "attributed_to": "evidence_attributed_to",  # "; "-joined names per evidence item
}
NODE_FIELDS = ("id", "name", "aliases", "mention_count", "documents")
EDGE_SCALARS = ("id", "type", "status", "role", "modality", "rule")
EDGE_LISTS = ("attributed_to", "denied_by", "rules", "doc_ids")


def node_properties(node_id: str, attrs: Mapping) -> dict:
    """Properties of an entity node (the label is not a property; see :data:`NODE_LABELS`)."""
    return {
        "id": node_id,
        "name": str(attrs.get("name", node_id)),
        "aliases": [str(a) for a in attrs.get("aliases", [])],
        "mention_count": int(attrs.get("mention_count", 0)),
        "documents": [str(d) for d in attrs.get("documents", [])],
    }


def edge_properties(attrs: Mapping) -> dict:
    """Properties of a relation edge, evidence flattened into parallel lists."""
    props = {key: str(attrs.get(key) or "") for key in EDGE_SCALARS}
    props.update({key: [str(v) for v in attrs.get(key, [])] for key in EDGE_LISTS})
    evidence = attrs.get("evidence", [])
    for key, prop in EVIDENCE_FIELDS.items():
        values = [item.get(key) for item in evidence]
        if key in ("start", "end"):
            props[prop] = [int(v) for v in values]
        elif key == "attributed_to":
            props[prop] = ["; ".join(v or []) for v in values]
        else:
            props[prop] = [str(v or "") for v in values]
    return props


def evidence_from_properties(props: Mapping) -> list[dict]:
    """Inverse of the flattening in :func:`edge_properties` (for round trips and readers)."""
    columns = {key: list(props.get(prop, [])) for key, prop in EVIDENCE_FIELDS.items()}
    items = []
    for i in range(len(columns["doc_id"])):
        item = {key: values[i] for key, values in columns.items()}
        item["attributed_to"] = [a for a in str(item["attributed_to"]).split("; ") if a]
        items.append(item)
    return items


def escape_name(name: str) -> str:
    """Backtick-escape a label or relationship type for Cypher (after checking it is whitelisted)."""
    return "`" + name.replace("`", "``") + "`"
