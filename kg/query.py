"""Named Cypher queries: the ``.cypher`` files shipped in the ``queries`` package, and running them.

Each file starts with a header of ``//`` comment lines::

    // name: attendees
    // answers: who attended an event, with the evidence sentence
    // params: event (string, case-insensitive substring of an event name or alias)
    // example: kg query attendees --param event=parade

A ``params`` line lists parameters as ``NAME (TYPE[ = DEFAULT], DESCRIPTION)`` separated by ``;``,
or ``none``; TYPE is ``string``, ``int`` or ``float``, and a parameter with a default is optional.
A ``//`` line without a ``key:`` continues the previous field. The query text after the header is
sent as it is, with the parameters as query parameters (never spliced into the text).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources

import neo4j

from kg.errors import QueryError
from loaders.neo4j import DEFAULT_URI, DEFAULT_USER, connect

QUERY_PACKAGE = "queries"
TABLE_CELL_WIDTH = 80
_HEADER_LINE = re.compile(r"^//\s*(\w+)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*\(\s*(?P<type>\w+)\s*(?:=\s*(?P<default>[^,]*?)\s*)?(?:,\s*(?P<doc>.*))?\)$")
_PARAM_SEPARATOR = re.compile(r";\s*(?=[A-Za-z_]\w*\s*\()")  # "; name (" starts the next parameter
_CONVERTERS = {"string": str, "int": int, "float": float}


@dataclass(frozen=True)
class Param:
    """One declared parameter of a query."""

    name: str
    type: str
    doc: str = ""
    default: str | None = None

    @property
    def required(self) -> bool:
        return self.default is None

    def convert(self, value: str, query: str):
        try:
            return _CONVERTERS[self.type](value)
        except ValueError:
            raise QueryError(f"query '{query}': parameter {self.name} must be {self.type}, got {value!r}") from None

    def signature(self) -> str:
        """``(type[ = default], description)``."""
        default = "" if self.required else f' = "{self.default}"' if self.type == "string" else f" = {self.default}"
        return f"({self.type}{default}{', ' + self.doc if self.doc else ''})"

    def describe(self) -> str:
        return f"{self.name} {self.signature()}"


@dataclass(frozen=True)
class NamedQuery:
    """A ``.cypher`` file: its header and its Cypher text."""

    name: str
    answers: str
    params: tuple[Param, ...]
    example: str
    text: str
    path: str = ""

    def bind(self, given: dict[str, str]) -> dict:
        """Typed query parameters from ``--param key=value`` strings, defaults filled in."""
        declared = {p.name: p for p in self.params}
        unknown = sorted(set(given) - declared.keys())
        if unknown:
            accepted = "; ".join(p.describe() for p in self.params) or "none"
            raise QueryError(f"query '{self.name}' has no parameter {', '.join(unknown)}; it takes: {accepted}")
        missing = [p for p in self.params if p.required and p.name not in given]
        if missing:
            needed = " ".join(f"--param {p.name}=..." for p in missing)
            raise QueryError(
                f"query '{self.name}' needs {needed} ({'; '.join(p.describe() for p in missing)})",
                hint=f"example: {self.example}" if self.example else None,
            )
        return {
            p.name: p.convert(given[p.name] if p.name in given else p.default, self.name) for p in self.params
        }


@dataclass
class QueryResult:
    """Column names and rows (lists of plain Python values) of one query run."""

    query: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_json(self) -> str:
        """The rows as a JSON list of objects (column -> value), full values."""
        return json.dumps(self.records(), ensure_ascii=False, indent=1)

    def to_table(self, width: int = TABLE_CELL_WIDTH) -> str:
        """The rows as an aligned text table; lists joined with ", ", cells cut at ``width`` characters."""
        cells = [[_cell(value, width) for value in row] for row in self.rows]
        widths = [max([len(col)] + [len(row[i]) for row in cells]) for i, col in enumerate(self.columns)]
        lines = [self.columns, ["-" * w for w in widths], *cells]
        return "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() for line in lines)


def _cell(value, width: int) -> str:
    if value is None:
        text = ""
    elif isinstance(value, list):
        text = ", ".join("" if v is None else json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else str(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def parse_query(text: str, source: str = "") -> NamedQuery:
    """Split a ``.cypher`` file into its header fields and its query text."""
    header: dict[str, list[str]] = {}
    lines = text.splitlines()
    body_start, last_key = 0, ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            body_start = i
            break
        match = _HEADER_LINE.match(stripped)
        if match:
            last_key = match.group(1)
            header.setdefault(last_key, []).append(match.group(2))
        elif header and stripped.lstrip("/ ").strip():  # continues the previous field's text
            header[last_key][-1] += " " + stripped.lstrip("/ ").strip()
    else:
        body_start = len(lines)
    where = source or "query"
    for key in ("name", "answers", "params"):
        if key not in header:
            raise QueryError(f"{where}: header lacks '// {key}: ...'")
    params = []
    for line in header["params"]:
        if line.strip().lower() in ("", "none"):
            continue
        for item in (part.strip() for part in _PARAM_SEPARATOR.split(line)):
            match = _PARAM.match(item)
            if not match or match.group("type") not in _CONVERTERS:
                raise QueryError(f"{where}: bad parameter declaration {item!r}: expected NAME (string|int|float[ = DEFAULT], description)")
            default = match.group("default")
            if default is not None:
                default = default.strip().strip("'\"")
            params.append(Param(match.group("name"), match.group("type"), (match.group("doc") or "").strip(), default))
    body = "\n".join(lines[body_start:]).strip()
    if not body:
        raise QueryError(f"{where}: no Cypher after the header")
    return NamedQuery(
        name=header["name"][0], answers=" ".join(header["answers"]), params=tuple(params),
        example=" ".join(header.get("example", [])), text=body, path=source,
    )


def available_queries() -> dict[str, NamedQuery]:
    """Every query shipped in the ``queries`` package, by name."""
    found = {}
    for entry in sorted(resources.files(QUERY_PACKAGE).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            query = parse_query(entry.read_text(encoding="utf-8"), entry.name)
            if query.name != entry.name.removesuffix(".cypher"):
                raise QueryError(f"{entry.name}: header names it '{query.name}'; the name must match the file name")
            found[query.name] = query
    return found


def get_query(name: str) -> NamedQuery:
    """The named query, or :class:`QueryError` listing the names that exist."""
    queries = available_queries()
    if name not in queries:
        raise QueryError(f"no query named '{name}'; available: {', '.join(queries)}", hint="list them with: kg query --list")
    return queries[name]


def _plain(value):
    """Driver values (nodes, relationships, paths, temporal types) as JSON-friendly Python values."""
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return [_plain(node) for node in value.nodes]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def run_query(
    name: str,
    params: dict[str, str] | None = None,
    *,
    uri: str = DEFAULT_URI,
    user: str = DEFAULT_USER,
    password: str,
    database: str | None = None,
) -> QueryResult:
    """Run a named query with ``--param``-style string parameters; rows as plain Python values."""
    query = get_query(name)
    bound = query.bind(params or {})
    with connect(uri, user, password, database) as driver:
        records, _, keys = driver.execute_query(
            query.text, parameters_=bound, database_=database, routing_=neo4j.RoutingControl.READ,
        )
    return QueryResult(query.name, list(keys), [[_plain(record[key]) for key in keys] for record in records])
