"""Write a graph as JSON, GraphML, neo4j-admin CSV or a Cypher script: the writers behind ``kg export``.

Each format module turns the graph into text with pure functions (``to_data``/``dumps``) and can read
it back; this module only picks the format and writes the files, each one atomically (a temporary
file flushed to disk and renamed into place: :func:`kg.output.write_text`), so an interrupted export
never leaves half a file behind; a file that cannot be written is an :class:`~kg.errors.OutputError`.
"""
from __future__ import annotations

import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.errors import ExportError
from kg.graph import dumps as json_dumps
from kg.output import write_text
from loaders import csv_import, cypher_script, graphml

#: Format names, as ``kg export --format`` takes them.
FORMATS = ("json", "graphml", "csv", "cypher")


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote, and the command that uses it (empty when there is none)."""

    files: tuple[Path, ...]
    nodes: int
    relationships: int
    next_step: str = ""


def _remove(paths: Iterable[Path]) -> None:
    """Delete what an earlier export wrote and this one did not (a type no longer in the graph), so
    the folder holds one import and nothing stale is loaded with it."""
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise ExportError(f"{path}: cannot remove a stale file ({exc.strerror})") from None


def export_graph(graph: nx.MultiDiGraph, fmt: str, out: Path) -> ExportResult:
    """Write ``graph`` in format ``fmt`` (a key of :data:`FORMATS`) to ``out``: a file, or for csv a directory."""
    out = Path(out)
    counts = {"nodes": graph.number_of_nodes(), "relationships": graph.number_of_edges()}
    if fmt == "csv":
        texts = csv_import.dumps(graph)
        files = tuple(write_text(out / name, text) for name, text in texts.items())
        _remove(out / name for name in csv_import.file_names() - set(texts))
        return ExportResult(files, **counts, next_step=csv_import.import_command(files))
    if fmt == "cypher":
        path = write_text(out, cypher_script.dumps(graph))
        load = f'cypher-shell -a "$NEO4J_URI" -u "$NEO4J_USER" -f {shlex.quote(str(path))}'
        return ExportResult((path,), **counts, next_step=load)
    if fmt == "graphml":
        return ExportResult((write_text(out, graphml.dumps(graph)),), **counts)
    if fmt == "json":
        return ExportResult((write_text(out, json_dumps(graph)),), **counts)
    raise ExportError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
