"""Graph -> a Cypher script that loads it into an empty Neo4j (``cypher-shell -f graph.cypher``).

The script runs the same statements the Bolt loader sends, with each ``$rows`` parameter written out
as a literal: uniqueness constraints and indexes first, then ``UNWIND [...] AS row MERGE`` on ``id`` for
documents and entities, then relationships. MERGE on deterministic ids makes a second run change
nothing. Values go through :func:`cypher_literal`, the only place that turns data into Cypher text;
labels and types come from the whitelists and are backtick-escaped. Dates are ``date('2017-02-01')``.
"""
from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable, Iterator, Mapping

import networkx as nx

from kg.errors import ExportError
from loaders.neo4j_rows import (
    DOCUMENT_LABEL, MENTIONS, RelationshipRow, constraint_statements, document_rows, index_statements, mention_rows,
    node_rows, relationship_rows,
)
from loaders.properties import escape_name

#: Rows per UNWIND statement: big enough to load fast, small enough for one transaction each.
BATCH_SIZE = 500

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_INT64 = range(-(2**63), 2**63)


def _escape_char(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if ch.isprintable():
        return ch
    code = ord(ch)
    if code > 0xFFFF:  # Cypher strings are UTF-16: an astral character is a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04X}\\u{0xDC00 + (code & 0x3FF):04X}"
    return f"\\u{code:04X}"


def _string_literal(text: str) -> str:
    # Control, format (bidi overrides ...) and separator characters are written as \u escapes so
    # the script shows every character it stores and no string spans lines.
    if text.isprintable() and "\\" not in text and "'" not in text:
        return f"'{text}'"
    return "'" + "".join(_escape_char(ch) for ch in text) + "'"


def _map_key(key: str) -> str:
    return key if _IDENTIFIER.match(key) else escape_name(key)


def cypher_literal(value) -> str:
    """A Cypher literal that evaluates to ``value`` (str, int, float, bool, None, dates, lists and maps).

    >>> cypher_literal(["O'Brien", 3, None])
    "['O\\\\'Brien', 3, null]"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if value not in _INT64:
            raise ExportError(f"integer {value} does not fit Neo4j's 64-bit integers")
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"{value} cannot be stored in Neo4j")
        return repr(value).replace("e+", "e")
    if isinstance(value, str):
        return _string_literal(value)
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return f"date('{value.isoformat()}')"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(item) for item in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_map_key(str(k))}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise ExportError(f"cannot write a {type(value).__name__} value as Cypher: {value!r}")


def _unwind(rows: list, body: str) -> Iterator[str]:
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start:start + BATCH_SIZE]
        items = ",\n".join(f"  {cypher_literal(row)}" for row in batch)
        yield f"UNWIND [\n{items}\n] AS row\n{body}"


def _merge_nodes(label: str, rows: list[dict]) -> Iterator[str]:
    yield from _unwind(rows, f"MERGE (n:{escape_name(label)} {{id: row.id}})\nSET n += row")


def _merge_relationships(rel_type: str, rows: Iterable[RelationshipRow]) -> Iterator[str]:
    groups: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        groups.setdefault((row.start_label, row.end_label), []).append(
            {"start": row.start, "end": row.end, "props": row.properties}
        )
    # a relation is merged on its id; a document mentions an entity at most once
    key = "" if rel_type == MENTIONS else " {id: row.props.id}"
    for (start_label, end_label), items in sorted(groups.items()):
        yield from _unwind(items, (
            f"MATCH (a:{escape_name(start_label)} {{id: row.start}})\n"
            f"MATCH (b:{escape_name(end_label)} {{id: row.end}})\n"
            f"MERGE (a)-[r:{escape_name(rel_type)}{key}]->(b)\n"
            "SET r += row.props"
        ))


def to_data(graph: nx.MultiDiGraph) -> list[str]:
    """The script's statements, without the trailing ``;``: constraints and indexes, nodes, relationships."""
    statements = constraint_statements() + index_statements()
    statements += _merge_nodes(DOCUMENT_LABEL, document_rows(graph))
    for label, rows in node_rows(graph).items():
        statements += _merge_nodes(label, rows)
    for rel_type, rows in relationship_rows(graph).items():
        statements += _merge_relationships(rel_type, rows)
    statements += _merge_relationships(MENTIONS, mention_rows(graph))
    return statements


def dumps(graph: nx.MultiDiGraph) -> str:
    """The script as text: a header comment, then one statement per paragraph, each ending in ``;``."""
    documents = len(graph.graph.get("documents", []))
    header = (
        "// news-kg graph as Cypher: loads into an empty Neo4j database; a second run changes nothing.\n"
        f"// {graph.graph.get('generator', 'news-kg')}: entities {graph.number_of_nodes()}, "
        f"relations {graph.number_of_edges()}, documents {documents}. No parameters.\n"
        "// Example (cypher-shell reads the password from NEO4J_PASSWORD):\n"
        "//   cypher-shell -a \"$NEO4J_URI\" -u \"$NEO4J_USER\" -f graph.cypher\n"
    )
    return header + "".join(f"\n{statement};\n" for statement in to_data(graph))
