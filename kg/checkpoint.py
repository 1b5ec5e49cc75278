"""Resume state: an append-only JSON Lines file of finished document results.

Every build writes one (``<out>/checkpoint.jsonl``), a batch of results at a time, flushed to disk
before the batch counts as done. ``kg build --resume`` reads it back and extracts only the documents
whose key is not in it, so an interrupted run loses at most the batch in flight, and a finished run
can be extended with new files. The key (:func:`document_key`) is a hash of everything the graph
keeps about a document (id, path, content hash, title, source, date, url, words): a changed or moved
file is extracted again. The first line holds a :func:`fingerprint` of the code, data files and model
the results came from; resuming with different ones is refused rather than mixing results.

A run killed while writing leaves at most one partial last line: reading drops it, cuts it off the
file before more is appended and logs one warning (``kg build`` shows it as one ``warning:`` line);
the documents it held are extracted again. The first line is written whole (:func:`kg.output.write_text`),
so a kill can never leave a file that is not a checkpoint. Results round-trip exactly (:func:`result_to_json`,
:func:`result_from_json`), so a resumed build gives the same bytes as an uninterrupted one.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import os
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import spacy

import kg
from kg.errors import CheckpointError
from kg.output import write_text
from kg.records import DocumentInfo, DocumentResult
from kg.settings import Settings

FORMAT = "news-kg-checkpoint/1"
FILE_NAME = "checkpoint.jsonl"
#: Files whose content decides what a document yields: the package's code and data.
_SOURCE_SUFFIXES = (".py", ".toml", ".tsv", ".jsonl", ".json", ".txt", ".csv")
_log = logging.getLogger(__name__)


def document_key(info: DocumentInfo) -> str:
    """Content hash of a document's metadata and text hash: equal keys give equal results."""
    data = json.dumps(dataclasses.asdict(info), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def fingerprint(settings: Settings) -> str:
    """Hash of what per-document results depend on: kg's code and data, the rule files, the model."""
    digest = hashlib.sha256(_package_digest().encode())
    try:
        model_version = spacy.util.get_package_version(settings.model) or ""
    except Exception:  # a model given as a path has no package version
        model_version = ""
    digest.update(f"{settings.model}\0{model_version}\0{spacy.__version__}".encode())
    for path in (settings.states_file, settings.lexicon_file, settings.frames_file):
        digest.update(b"\0" + (Path(path).read_bytes() if path else b""))
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def _package_digest() -> str:
    root = Path(kg.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in _SOURCE_SUFFIXES
                       and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def result_to_json(result: DocumentResult) -> dict:
    return dataclasses.asdict(result)


def result_from_json(data: dict) -> DocumentResult:
    return _decode(DocumentResult, data)


def _decode(kind: Any, value: Any) -> Any:
    """Rebuild a value of type ``kind`` (a record dataclass, a tuple of them, ``X | None``, a scalar)."""
    if value is None:
        return None
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: _decode(hints[name], item) for name, item in value.items()})
    origin = typing.get_origin(kind)
    if origin is tuple:
        item_kind = typing.get_args(kind)[0]
        return tuple(_decode(item_kind, item) for item in value)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        return _decode(options[0], value)
    return value


@functools.lru_cache(maxsize=None)
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


class Checkpoint:
    """The checkpoint file of one build: results already done, and a writer for new ones.

    Without ``resume`` the file is started afresh; with it, its results are loaded and new ones are
    appended after them.
    """

    def __init__(self, path: Path, settings: Settings, *, resume: bool = False) -> None:
        self.path = Path(path)
        self.fingerprint = fingerprint(settings)
        self.resume = resume and self.path.exists()
        self.done: dict[str, DocumentResult] = self._load() if self.resume else {}
        self._file: IO[str] | None = None

    def lookup(self, info: DocumentInfo) -> DocumentResult | None:
        """The finished result of this document, if an earlier run extracted it."""
        return self.done.get(document_key(info))

    def write(self, results: Iterable[DocumentResult]) -> None:
        """Append results and flush them to disk; once this returns they survive a kill."""
        if self._file is None:
            self._file = self._open()
        lines = [json.dumps({"key": document_key(r.document), "result": result_to_json(r)},
                            ensure_ascii=False, separators=(",", ":")) + "\n" for r in results]
        self._file.write("".join(lines))
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> "Checkpoint":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _open(self) -> IO[str]:
        if not self.resume:
            write_text(self.path, json.dumps({"format": FORMAT, "fingerprint": self.fingerprint}) + "\n")
        return self.path.open("a", encoding="utf-8")

    def _load(self) -> dict[str, DocumentResult]:
        """Results of the checkpoint file by document key; a partial last line is cut off the file."""
        done: dict[str, DocumentResult] = {}
        with self.path.open("rb") as stream:
            try:
                meta = json.loads(stream.readline())
            except (json.JSONDecodeError, UnicodeDecodeError):
                meta = None
            if not isinstance(meta, dict) or meta.get("format") != FORMAT:
                raise CheckpointError(f"{self.path}: not a kg build checkpoint")
            if meta.get("fingerprint") != self.fingerprint:
                raise CheckpointError(f"{self.path} was written by another version of kg, of its data files "
                                      "or of the model; its results cannot be mixed with this run's")
            good_end = stream.tell()
            for raw in stream:
                try:
                    if not raw.endswith(b"\n"):
                        raise ValueError("no line end")
                    line = json.loads(raw)
                    done[line["key"]] = result_from_json(line["result"])
                except (ValueError, KeyError, TypeError) as exc:
                    if stream.read(1):   # not the last line: damaged, not merely cut short by a kill
                        raise CheckpointError(f"{self.path}: damaged line at byte {good_end} ({exc})") from None
                    break
                good_end = stream.tell()
        size = self.path.stat().st_size
        if good_end < size:
            with self.path.open("r+b") as stream:
                stream.truncate(good_end)
            _log.warning("%s: dropped its last line (%d bytes), cut short when a run was interrupted; "
                         "the documents in it are extracted again", self.path, size - good_end)
        return done
