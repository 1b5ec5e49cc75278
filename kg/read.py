"""Reading stage: paths -> :class:`~kg.records.Document` records, or :class:`~kg.records.Skipped` ones.

A bad file never stops the others: every problem becomes a ``Skipped(path, reason)`` with a one-line
reason, yielded in input order alongside the good documents.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.records import Document, Skipped

#: spaCy's default ``nlp.max_length``: longer texts are not single articles.
MAX_CHARS = 1_000_000
TEXT_SUFFIXES = (".txt",)
_HTML = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<\?xml)|<(head|body|div|p|script)[\s>]", re.IGNORECASE)
_TITLE_MAX_CHARS = 200


def read_documents(paths: Iterable[Path], *, max_chars: int = MAX_CHARS) -> Iterator[Document | Skipped]:
    """Documents from files and folders (folders searched recursively for ``*.txt``), in sorted order."""
    for root in paths:
        root = Path(root)
        if not root.exists():
            yield Skipped(str(root), "no such file or directory")
        elif root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                yield Skipped(str(root), "folder holds no .txt files")
            for path in files:
                yield read_text_file(path, doc_id=path.relative_to(root).as_posix(), max_chars=max_chars)
        else:
            yield read_text_file(root, doc_id=root.name, max_chars=max_chars)


def read_text_file(path: Path, *, doc_id: str, max_chars: int = MAX_CHARS) -> Document | Skipped:
    """One UTF-8 text file as a Document, or the reason it cannot be one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), f"cannot read: {exc.strerror or exc}")
    return document_from_bytes(data, doc_id=doc_id, path=str(path), max_chars=max_chars)


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
                       title: str = "", **meta: str) -> Document | Skipped:
    """Validate decoded text into a Document; the title defaults to the first line when it is headline-sized."""
    if not text.strip():
        return Skipped(path, "empty file")
    if _HTML.search(text[:4096]):
        return Skipped(path, "an HTML page, not article text; save the article's text as .txt")
    if len(text) > max_chars:
        return Skipped(path, f"too long for one article ({len(text):,} characters > {max_chars:,}); split it into articles")
    if not title:
        first = text.strip().splitlines()[0].strip()
        title = first if len(first) <= _TITLE_MAX_CHARS else ""
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=doc_id, path=path, text=text, title=title, sha256=digest, **meta)
