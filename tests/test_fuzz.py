"""Property tests (issue 11): readers and the pipeline on arbitrary input.

Whatever the bytes or the text, nothing raises: every input either becomes a Document or is reported
as Skipped with a one-line reason, and the graph stays valid (each edge's evidence points into its
document: ``sentence`` is the cleaned text between ``start`` and ``end``, stripped). Examples are
drawn from RTL scripts, emoji, zero-width and control characters as well as any code point, and
(JSON Lines) lone surrogates written as ``\\ud800`` escapes. Deterministic (``derandomize``), no
example database; inputs that once failed stay as explicit ``@example``s.
"""
from __future__ import annotations

import csv
import io
import json
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.clean import clean_text
from kg.graph import dumps, to_data
from kg.pipeline import build
from kg.read import read_documents
from kg.records import Document, Skipped

FUZZ = settings(derandomize=True, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
READERS = settings(FUZZ, max_examples=60)
PIPELINE = settings(FUZZ, max_examples=50)

SPECIAL = [
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff",   # zero-width, bidi
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\r", "\n", "\t", "\x0b", "\x0c",  # controls, breaks
    "\U0001f600", "\U0001f1fa\U0001f1f8", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\u2764\ufe0f",   # emoji
    "\u0645\u0648\u0633\u0643\u0648", "\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd", "\u0640", "\u0301", "\ufdfd",  # RTL, marks
]
NEWS = ["Emmanuel Macron", "Vladimir Putin", "Angela Merkel", "met", "visited", "accused", "said", "Russia",
        "France", "Germany", "Berlin", "the", "Foreign Minister", "President", "in", "on Monday", "of", "and",
        ".", ",", "\"", "'s", "\n", "\n\n", " ", "NATO", "the United Nations", "summit", "he", "they"]



def strings(max_size: int, min_size: int = 0) -> st.SearchStrategy[str]:
    """Any code point but a surrogate (``st.characters()``), and the special pieces above."""
    return st.lists(st.one_of(st.characters(), st.sampled_from(SPECIAL)), min_size=min_size, max_size=max_size) \
        .map("".join)


texts = strings(200)
# News words between arbitrary pieces, so the rules have sentences, names and verbs to work on.
articles = st.lists(st.one_of(st.sampled_from(NEWS), strings(6)), max_size=60).map(" ".join)


def read_bytes(name: str, data: bytes) -> list[Document | Skipped]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items = list(read_documents([path]))
    assert_reported(items)
    return items


def assert_reported(items: list) -> None:
    for item in items:
        assert isinstance(item, (Document, Skipped)), item
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason and "\r" not in item.reason, item
        else:
            assert item.text.strip() and len(item.text) <= 1_000_000
            item.text.encode("utf-8"), item.title.encode("utf-8")   # writable: no lone surrogates


# --- readers -------------------------------------------------------------------------------------------

@READERS
@given(text=texts, bom=st.booleans())
def test_a_text_file_is_one_document_or_one_skipped(text, bom):
    [item] = read_bytes("a.txt", (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    if isinstance(item, Document):
        assert item.text == text and item.id == "a.txt"


@READERS
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".csv", ".jsonl", ".zip"]))
def test_any_bytes_in_any_format_are_read_or_skipped(data, suffix):
    read_bytes("a" + suffix, data)


@READERS
@given(rows=st.lists(st.tuples(texts, texts), max_size=6))
def test_csv_rows_of_any_text_are_documents_or_skipped_rows(rows):
    stream = io.StringIO()
    writer = csv.writer(stream)
    writer.writerow(["title", "text"])
    writer.writerows(rows)
    items = read_bytes("a.csv", stream.getvalue().encode("utf-8"))
    documents = [i for i in items if isinstance(i, Document)]
    assert {d.text for d in documents} <= {text for _, text in rows}
    assert len(documents) <= len(rows)


@READERS
@given(records=st.lists(st.fixed_dictionaries({
    "article_id": strings(5),
    "title": st.text(max_size=20),
    "text": st.one_of(texts, st.text(alphabet=st.characters(categories=["Cs"]), min_size=1, max_size=3)),
}), max_size=6))
@example(records=[{"article_id": "a", "title": "", "text": "\ud800"}])   # a lone surrogate, escaped
@example(records=[{"article_id": "a", "title": "\udfff", "text": "Macron met Putin."}])
def test_jsonl_records_of_any_text_are_one_item_a_line(records):
    lines = [json.dumps(record) for record in records]   # ensure_ascii: lone surrogates become \ud800 escapes
    items = read_bytes("a.jsonl", "\n".join(lines).encode("utf-8"))
    assert len(items) == len(records)
    for number, item in enumerate(items, 1):
        if isinstance(item, Skipped):
            assert item.path.endswith(f"a.jsonl line {number}")
        else:
            assert item.text == json.loads(lines[number - 1])["text"]   # an escaped pair is one character


@READERS
@given(members=st.dictionaries(strings(8, min_size=1).filter(lambda n: "\x00" not in n),
                               texts, max_size=5))
def test_zip_members_with_any_names_and_text_are_read_or_skipped(members):
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name + ".txt", text.encode("utf-8"))
    items = read_bytes("a.zip", stream.getvalue())
    assert len(items) <= max(1, len(members))


# --- the pipeline --------------------------------------------------------------------------------------

def assert_valid_graph(graph, texts_by_id: dict[str, str]) -> None:
    data = to_data(graph)
    assert json.loads(dumps(graph)) == json.loads(json.dumps(data))   # serialisable, surrogate-free
    nodes = {node["id"] for node in data["nodes"]}
    for edge in data["edges"]:
        assert edge["source"] in nodes and edge["target"] in nodes
        assert edge["evidence"], edge
        for evidence in edge["evidence"]:
            text = texts_by_id[evidence["doc_id"]]
            start, end = evidence["start"], evidence["end"]
            assert 0 <= start < end <= len(text), evidence
            assert evidence["sentence"] == clean_text(text)[start:end], evidence
            assert evidence["sentence"] == evidence["sentence"].strip(), evidence


@PIPELINE
@given(text=articles)
@example(text="Emmanuel Macron met Vladimir Putin in Berlin on Monday .")
@example(text="\u200f\u0645\u0648\u0633\u0643\u0648 Emmanuel Macron \U0001f600 met \u2028 Vladimir Putin .")
def test_the_pipeline_builds_any_text_into_a_valid_graph(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_bytes(text.encode("utf-8"))
        result = build([path])
    report = result.report
    assert len(report.documents) + len(report.skipped) == 1
    for skipped in report.skipped:   # only the reader may refuse it (empty, ...), never extraction
        assert "extraction failed" not in skipped.reason and "\n" not in skipped.reason, skipped
    assert_valid_graph(result.graph, {"a.txt": text})
