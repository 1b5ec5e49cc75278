"""Graph -> CSV files for ``neo4j-admin database import full``, and back (for round trips).

One file per label and per relationship type, each with a neo4j-admin header::

    nodes_Document.csv        id:ID(Document),path,title,sha256,source,date:date,date_precision,date_text,url,words:int,:LABEL
    nodes_Person.csv          id:ID(Entity),name,aliases:string[],mention_count:int,documents:string[],:LABEL
    relationships_MET.csv     :START_ID(Entity),:END_ID(Entity),:TYPE,id,type,status,...,first_date:date,...,evidence_starts:int[],...
    relationships_MENTIONS.csv  :START_ID(Document),:END_ID(Entity),:TYPE

Property names and values are those of :mod:`loaders.properties`, so a CSV import and a Bolt load give
the same properties. Two id spaces (``Entity``, ``Document``) keep a document id from ever colliding
with an entity id.

Conventions the import command must match (:func:`import_command` writes it):

- Arrays are joined with U+001F (ASCII "unit separator"), passed as ``--array-delimiter=U+001F``.
  Names and sentences may contain ``;`` (neo4j-admin's default) or ``|``; a control character cannot
  come out of the text pipeline, and a value that holds one anyway is refused (:class:`ExportError`)
  rather than split.
- Every data cell is quoted, so an empty string stays ``""`` (an unquoted empty cell would be null).
- Sentences may hold line breaks: ``--multiline-fields=true``.
- neo4j-admin stores no empty arrays: an empty list is absent after import (read it with
  ``coalesce(n.aliases, [])``), and so is a list of one empty string (``evidence_attributed_to`` of
  one unattributed evidence item). :func:`loads` restores both.
- Dates (an edge's ``first_date``/``last_date``, a document's ``date``) are ``:date`` columns holding
  ``YYYY-MM-DD``; an undated edge or document has an empty cell there, which neo4j-admin leaves out.
"""
from __future__ import annotations

import csv
import datetime
import io
import re
import shlex
from collections.abc import Iterable, Mapping
from pathlib import Path

import networkx as nx

from kg.errors import ExportError, GraphFileError
from loaders.neo4j_rows import (
    ALL_LABELS, DOCUMENT_LABEL, MENTIONS, RelationshipRow, document_fields, document_rows, mention_rows, node_rows,
    relationship_rows,
)
from loaders.properties import EDGE_TYPES, EVIDENCE_FIELDS, edge_attributes

ARRAY_DELIMITER = "\x1f"
ENTITY_IDS = "Entity"
DOCUMENT_IDS = "Document"
#: Options every import of these files needs (the rest of the command lists the files).
IMPORT_OPTIONS = ("--array-delimiter=U+001F", "--multiline-fields=true")

_SCALAR_TYPES = {bool: "boolean", int: "int", float: "double", str: "", datetime.date: "date"}
_PARSERS = {
    "": str, "string": str, "int": int, "long": int, "double": float, "float": float,
    "boolean": lambda cell: cell == "true", "date": lambda cell: datetime.date.fromisoformat(cell) if cell else None,
}
_HEADER_FIELD = re.compile(r"(?P<name>[^:]*)(?::(?P<type>[A-Za-z_]+(?:\[\])?)(?:\((?P<space>[^)]*)\))?)?\Z")


def _column_type(values: list) -> str:
    """neo4j-admin type suffix of a column (``""``, ``:int``, ``:string[]`` ...), from its values.

    A list column that is empty in every row is typed ``string[]``: neo4j-admin stores nothing for
    an empty array, so its element type never matters. A property is None only where a date is
    missing (:mod:`loaders.properties`): a column of Nones is a ``date`` column.
    """
    if isinstance(values[0], list):
        first = next((item for value in values for item in value), "")
        return f":{_SCALAR_TYPES[type(first)] or 'string'}[]"
    kind = _SCALAR_TYPES[type(next((value for value in values if value is not None), datetime.date.min))]
    return f":{kind}" if kind else ""


def _cell(value, where: str) -> str:
    if isinstance(value, list):
        items = [_cell(item, where) for item in value]
        clash = next((item for item in items if ARRAY_DELIMITER in item), None)
        if clash is not None:
            raise ExportError(f"{where}: {clash!r} contains U+001F, the CSV array delimiter")
        return ARRAY_DELIMITER.join(items)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _table(id_column: str, rows: list[dict], label: str) -> list[list[str]]:
    columns = [name for name in rows[0] if name != "id"]
    header = [f"id:ID({id_column})"] + [name + _column_type([row[name] for row in rows]) for name in columns]
    body = [
        [row["id"]] + [_cell(row[name], f"{label} {row['id']!r} {name}") for name in columns] + [label]
        for row in rows
    ]
    return [header + [":LABEL"], *body]


def _relationship_table(rel_type: str, rows: list[RelationshipRow], start_ids: str) -> list[list[str]]:
    columns = list(rows[0].properties)
    header = [f":START_ID({start_ids})", f":END_ID({ENTITY_IDS})", ":TYPE"] + [
        name + _column_type([row.properties[name] for row in rows]) for name in columns
    ]
    body = [
        [row.start, row.end, rel_type]
        + [_cell(row.properties[name], f"{rel_type} {row.start}->{row.end} {name}") for name in columns]
        for row in rows
    ]
    return [header, *body]


def file_names() -> frozenset[str]:
    """Every name an export may write: the files of a folder that belong to an import."""
    return frozenset(
        [f"nodes_{label}.csv" for label in ALL_LABELS]
        + [f"relationships_{rel_type}.csv" for rel_type in (*EDGE_TYPES, MENTIONS)]
    )


def to_data(graph: nx.MultiDiGraph) -> dict[str, list[list[str]]]:
    """File name -> rows of cells (the header first): every file of one import, in command order."""
    tables = {}
    documents = document_rows(graph)
    if documents:
        tables[f"nodes_{DOCUMENT_LABEL}.csv"] = _table(DOCUMENT_IDS, documents, DOCUMENT_LABEL)
    for label, rows in node_rows(graph).items():
        tables[f"nodes_{label}.csv"] = _table(ENTITY_IDS, rows, label)
    for rel_type, rows in relationship_rows(graph).items():
        tables[f"relationships_{rel_type}.csv"] = _relationship_table(rel_type, rows, ENTITY_IDS)
    mentions = mention_rows(graph)
    if mentions:
        tables[f"relationships_{MENTIONS}.csv"] = _relationship_table(MENTIONS, mentions, DOCUMENT_IDS)
    return tables


def dumps(graph: nx.MultiDiGraph) -> dict[str, str]:
    """File name -> CSV text (UTF-8, ``\\n`` line ends, header unquoted, every data cell quoted)."""
    files = {}
    for name, (header, *rows) in to_data(graph).items():
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(header)
        csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
        files[name] = buffer.getvalue()
    return files


def import_command(files: Iterable[Path], database: str = "neo4j") -> str:
    """The ``neo4j-admin database import full`` command line that loads ``files`` into ``database``."""
    # the database goes first: --nodes/--relationships take several values and would swallow it
    args = ["neo4j-admin", "database", "import", "full", database, *IMPORT_OPTIONS]
    for path in files:
        kind = "relationships" if Path(path).name.startswith("relationships_") else "nodes"
        args.append(f"--{kind}={Path(path).resolve()}")  # neo4j-admin may run from another folder
    return shlex.join(args)


def _parse_header(header: list[str], name: str) -> list[tuple[str, str]]:
    fields = []
    for field in header:
        match = _HEADER_FIELD.match(field)
        if match is None:
            raise GraphFileError(f"{name}: bad header field {field!r}")
        fields.append((match["name"] or ":" + (match["type"] or ""), match["type"] or ""))
    return fields


def _parse_cell(cell: str, kind: str):
    if kind.endswith("[]"):
        parse = _PARSERS[kind[:-2]]
        return [parse(item) for item in cell.split(ARRAY_DELIMITER)] if cell else []
    return _PARSERS.get(kind, str)(cell)


def _records(name: str, text: str) -> list[dict]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise GraphFileError(f"{name}: empty file, expected a neo4j-admin header")
    fields = _parse_header(rows.pop(0), name)
    try:
        return [
            {field: _parse_cell(cell, kind) for (field, kind), cell in zip(fields, row, strict=True)}
            for row in rows
        ]
    except (KeyError, ValueError) as exc:
        raise GraphFileError(f"{name}: cannot read a row ({exc})") from None


def _edge_attributes(record: dict) -> dict:
    props = {key: value for key, value in record.items() if not key.startswith(":")}
    count = len(props.get(EVIDENCE_FIELDS["doc_id"], []))
    for key, prop in EVIDENCE_FIELDS.items():
        if key not in ("start", "end", "date_since") and not props.get(prop):
            props[prop] = [""] * count  # neo4j-admin has no one-empty-string array: it was written as ""
    return edge_attributes(props)


def loads(files: Mapping[str, str]) -> nx.MultiDiGraph:
    """Inverse of :func:`dumps`: rebuild the graph (nodes, edges, documents) from the CSV texts."""
    graph = nx.MultiDiGraph()
    node_files = sorted(name for name in files if name.startswith("nodes_"))
    relationship_files = sorted(name for name in files if name.startswith("relationships_"))
    documents = []
    for name in node_files:
        for record in _records(name, files[name]):
            label = record.pop(":LABEL")
            if label == DOCUMENT_LABEL:
                documents.append(document_fields(record))
            else:
                graph.add_node(record.pop("id"), label=label, **record)
    for name in relationship_files:
        for record in _records(name, files[name]):
            if record[":TYPE"] != MENTIONS:
                attrs = _edge_attributes(record)
                graph.add_edge(record[":START_ID"], record[":END_ID"], key=attrs["id"], **attrs)
    graph.graph["documents"] = documents
    return graph


def read_csv_import(directory: Path) -> nx.MultiDiGraph:
    """Read the files :func:`dumps` wrote into ``directory`` back into a graph."""
    paths = sorted(path for path in Path(directory).glob("*.csv") if path.name in file_names())
    if not paths:
        raise GraphFileError(f"{directory}: no nodes_*.csv or relationships_*.csv files")
    try:
        return loads({path.name: path.read_text(encoding="utf-8") for path in paths})
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphFileError(f"{directory}: cannot read the CSV files ({exc})") from None
