"""Graph attributes -> property maps Neo4j can store (and CSV/Cypher exports write).

Neo4j properties are scalars or homogeneous lists of scalars: no nulls inside lists, no maps. The
evidence list of an edge therefore becomes parallel lists (``evidence_doc_ids[i]``,
``evidence_sentences[i]``, ``evidence_starts[i]`` ... describe evidence *i*). Every exporter and
the loader use these functions, so a property has the same name everywhere.

Dates: the graph writes them as ISO text at their own precision (``2017-02-15``, ``2017-02``,
``2017``). An edge's ``first_date``/``last_date`` and a document's ``date`` become Cypher ``date``
values, a month or a year stored as the first day of its period, with the precision beside them
(``first_date_precision``: ``day``/``month``/``year``), so ``r.first_date >= date('2017-02-01')``
compares dates; an undated edge has no ``first_date`` property (None here). Evidence dates stay ISO
text in ``evidence_dates`` ("" when undated): a list cannot hold a null, so a list of dates could not
say which item is undated; ``date(r.evidence_dates[i])`` reads one in Cypher.
"""
from __future__ import annotations

import datetime
import re
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
    "denied_by": "evidence_denied_by",          # "; "-joined names per evidence item
    "modality": "evidence_modalities",
    "source": "evidence_sources",
    "date": "evidence_dates",                   # ISO text at its precision, "" when undated
    "date_precision": "evidence_date_precisions",
    "date_basis": "evidence_date_bases",
    "date_since": "evidence_date_since",        # booleans
}
#: evidence keys holding a list of names (joined with ``NAME_SEPARATOR`` in their property)
EVIDENCE_NAME_LISTS = frozenset({"attributed_to", "denied_by"})
NAME_SEPARATOR = "; "
NODE_FIELDS = ("id", "name", "aliases", "mention_count", "documents")
#: edge dates: Cypher ``date`` (or absent) plus ``<name>_precision``
EDGE_DATES = ("first_date", "last_date")
EDGE_SCALARS = ("id", "type", "status", "role", "modality", "rule", "first_date", "first_date_precision",
                "last_date", "last_date_precision", "source_count", "contested")
EDGE_LISTS = ("attributed_to", "denied_by", "rules", "doc_ids", "sources", "affirmed_in", "disputed_in")

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
_PRECISIONS = ("year", "month", "day")


def to_cypher_date(text: str) -> tuple[datetime.date | None, str]:
    """``"2017-02"`` -> ``(date(2017, 2, 1), "month")``: an ISO date at its precision as the first day
    of its period and the precision; ``(None, "")`` for "" or text that is not such a date."""
    match = _ISO.match(str(text or "").strip())
    if not match:
        return None, ""
    parts = [int(part) for part in match.groups() if part is not None]
    try:
        value = datetime.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        return None, ""
    return value, _PRECISIONS[len(parts) - 1]


def from_cypher_date(value, precision: str) -> str:
    """Inverse of :func:`to_cypher_date`: a date (Python's, or the driver's ``neo4j.time.Date``) at
    ``precision`` as ISO text; "" for None."""
    if value is None:
        return ""
    iso = value.isoformat() if isinstance(value, datetime.date) else value.iso_format()
    return iso[:{"year": 4, "month": 7}.get(precision, 10)]


def node_properties(node_id: str, attrs: Mapping) -> dict:
    """Properties of an entity node (the label is not a property; see :data:`NODE_LABELS`)."""
    return {
        "id": node_id,
        "name": str(attrs.get("name", node_id)),
        "aliases": [str(a) for a in attrs.get("aliases", [])],
        "mention_count": int(attrs.get("mention_count", 0)),
        "documents": [str(d) for d in attrs.get("documents", [])],
    }


def _evidence_column(key: str, values: list) -> list:
    if key in ("start", "end"):
        return [int(v) for v in values]
    if key in EVIDENCE_NAME_LISTS:
        return [NAME_SEPARATOR.join(v or []) for v in values]
    if key == "date_since":
        return [bool(v) for v in values]
    return [str(v or "") for v in values]


def edge_properties(attrs: Mapping) -> dict:
    """Properties of a relation edge, evidence flattened into parallel lists, dates as Cypher dates."""
    props = {}
    for key in EDGE_SCALARS:
        if key in EDGE_DATES:
            props[key], props[f"{key}_precision"] = to_cypher_date(attrs.get(key, ""))
        elif key == "source_count":
            props[key] = int(attrs.get(key) or 0)
        elif key == "contested":
            props[key] = bool(attrs.get(key, False))
        elif not key.endswith("_precision"):
            props[key] = str(attrs.get(key) or "")
    props.update({key: [str(v) for v in attrs.get(key, [])] for key in EDGE_LISTS})
    evidence = attrs.get("evidence", [])
    for key, prop in EVIDENCE_FIELDS.items():
        props[prop] = _evidence_column(key, [item.get(key) for item in evidence])
    return props


def edge_attributes(props: Mapping) -> dict:
    """Inverse of :func:`edge_properties` for the edge's own fields (dates back to ISO text at their
    precision); the evidence is :func:`evidence_from_properties`."""
    attrs = {key: value for key, value in props.items() if key not in EVIDENCE_FIELDS.values()}
    for key in EDGE_DATES:
        attrs[key] = from_cypher_date(attrs.get(key), attrs.pop(f"{key}_precision", ""))
    attrs["evidence"] = evidence_from_properties(props)
    return attrs


def evidence_from_properties(props: Mapping) -> list[dict]:
    """Inverse of the flattening in :func:`edge_properties` (for round trips, readers and the loader's
    merges). A list missing from ``props`` (written before it existed) reads as empty values, and a
    missing ``evidence_sources`` as the documents, which is what the graph stage falls back to."""
    count = len(props.get(EVIDENCE_FIELDS["doc_id"]) or [])
    empty = {"start": 0, "end": 0, "date_since": False}
    columns = {
        key: list(props.get(prop) or [empty.get(key, "")] * count) for key, prop in EVIDENCE_FIELDS.items()
    }
    if not props.get(EVIDENCE_FIELDS["source"]):
        columns["source"] = list(columns["doc_id"])   # no outlet known: the document is its own (as kg.graph)
    items = []
    for i in range(count):
        item = {key: values[i] for key, values in columns.items()}
        for key in EVIDENCE_NAME_LISTS:
            item[key] = [name for name in str(item[key]).split(NAME_SEPARATOR) if name]
        items.append(item)
    return items


def escape_name(name: str) -> str:
    """Backtick-escape a label or relationship type for Cypher (after checking it is whitelisted)."""
    return "`" + name.replace("`", "``") + "`"
