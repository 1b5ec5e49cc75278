"""Tables: a graph as pandas DataFrames, for notebooks and ad-hoc analysis.

* :func:`entities` - one row per node: id, label, name, aliases, mentions, documents, and how many
  relations and distinct neighbours it has (the numbers ``kg query most-connected`` ranks by);
* :func:`claims` - one row per relation (edge): subject, relation, object, claim status,
  attribution, denials, role, the rule behind it and its first evidence sentence;
* :func:`evidence` - one row per evidence sentence of every relation, with its own status.

Names stand next to node ids (``subject`` / ``subject_id``), lists stay lists, and rows come in a
fixed order, so the same graph gives equal frames. Needs pandas: ``pip install "news-kg[notebook]"``.
"""
from __future__ import annotations

import networkx as nx
import pandas as pd

from kg.records import LABELS

ENTITY_COLUMNS = ["id", "label", "name", "aliases", "mentions", "documents", "relations", "neighbours"]
CLAIM_COLUMNS = [
    "subject", "relation", "object", "status", "attributed_to", "denied_by", "role", "modality", "rule",
    "evidence", "sentences", "doc_ids", "subject_label", "object_label", "subject_id", "object_id", "id",
]
EVIDENCE_COLUMNS = [
    "subject", "relation", "object", "status", "attributed_to", "sentence", "doc_id", "start", "end", "rule",
    "claim_status", "claim_id",
]


def _triple(graph: nx.MultiDiGraph, source: str, target: str, attrs: dict) -> dict:
    """Subject, relation and object of an edge, by name."""
    return {
        "subject": graph.nodes[source].get("name", source),
        "relation": attrs.get("type", ""),
        "object": graph.nodes[target].get("name", target),
    }


def _label_rank(label: str) -> int:
    return LABELS.index(label) if label in LABELS else len(LABELS)


def entities(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per entity, by label (Person, State, Organization, Event, Location) and name.

    ``relations`` counts edges in and out (a node's degree), ``neighbours`` the distinct entities at
    the other end of them; ``documents`` is the number of documents that mention the entity.
    """
    rows = []
    for node, attrs in graph.nodes(data=True):
        neighbours = (set(graph.predecessors(node)) | set(graph.successors(node))) - {node}
        rows.append({
            "id": node,
            "label": attrs.get("label", ""),
            "name": attrs.get("name", node),
            "aliases": list(attrs.get("aliases", [])),
            "mentions": int(attrs.get("mention_count", 0)),
            "documents": len(attrs.get("documents", [])),
            "relations": graph.degree(node),
            "neighbours": len(neighbours),
        })
    rows.sort(key=lambda row: (_label_rank(row["label"]), row["name"], row["id"]))
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def claims(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per relation, by relation type, subject and object (the order of ``kg query facts``).

    ``evidence`` is the first evidence sentence (evidence is kept in document and offset order),
    ``sentences`` how many there are.
    """
    rows = []
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        items = attrs.get("evidence", [])
        rows.append({
            **_triple(graph, source, target, attrs),
            "status": attrs.get("status", ""),
            "attributed_to": list(attrs.get("attributed_to", [])),
            "denied_by": list(attrs.get("denied_by", [])),
            "role": attrs.get("role", ""),
            "modality": attrs.get("modality", ""),
            "rule": attrs.get("rule", ""),
            "evidence": items[0].get("sentence", "") if items else "",
            "sentences": len(items),
            "doc_ids": list(attrs.get("doc_ids", [])),
            "subject_label": graph.nodes[source].get("label", ""),
            "object_label": graph.nodes[target].get("label", ""),
            "subject_id": source,
            "object_id": target,
            "id": attrs.get("id", key),
        })
    rows.sort(key=lambda row: (row["relation"], row["subject"], row["object"], row["id"]))
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def evidence(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per evidence sentence, by document, offset and relation.

    ``status`` and ``attributed_to`` are the sentence's own ("reported" by KCNA in one sentence,
    asserted in another); ``claim_status`` is the relation's, the strongest over its sentences.
    """
    rows = []
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        for item in attrs.get("evidence", []):
            rows.append({
                **_triple(graph, source, target, attrs),
                "status": item.get("status", ""),
                "attributed_to": list(item.get("attributed_to", [])),
                "sentence": item.get("sentence", ""),
                "doc_id": item.get("doc_id", ""),
                "start": int(item.get("start", 0)),
                "end": int(item.get("end", 0)),
                "rule": item.get("rule", ""),
                "claim_status": attrs.get("status", ""),
                "claim_id": attrs.get("id", key),
            })
    rows.sort(key=lambda row: (row["doc_id"], row["start"], row["relation"], row["subject"], row["object"], row["rule"]))
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)
