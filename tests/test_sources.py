"""Reading CSV, JSON Lines and zip inputs: ids, metadata, and one Skipped line per bad file or row."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from kg.read import Columns, iso_date, read_documents
from kg.records import Document, Skipped

HEADER = ["article_id", "publish_date", "article_source_link", "title", "subtitle", "text"]
ROWS = [
    ["1", "2017/2/7", "http://www.example.com/a", "Macron meets Scholz", "", "Emmanuel Macron met Olaf Scholz.\n"],
    ["2", "2017-03-01", "https://news.example.org/b", "Quoted, \"title\"", "", "Line one.\nLine two, with \"quotes\"."],
]


def csv_bytes(rows: list[list[str]], header: list[str] = HEADER) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, Document)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    return docs, skipped


def test_csv_rows_become_documents_with_their_metadata(tmp_path):
    path = tmp_path / "news.csv"
    path.write_bytes(csv_bytes(ROWS))
    docs, skipped = split(read_documents([path]))
    assert skipped == []
    assert [d.id for d in docs] == ["news.csv#1", "news.csv#2"]
    first, second = docs
    assert (first.title, first.date, first.url, first.source) == (
        "Macron meets Scholz", "2017-02-07", "http://www.example.com/a", "example.com")
    assert first.path == str(path) and first.text == ROWS[0][5] and len(first.sha256) == 64
    assert second.text == ROWS[1][5] and second.title == 'Quoted, "title"' and second.source == "news.example.org"


def test_a_zip_gives_the_same_ids_as_its_unpacked_csv(tmp_path):
    (tmp_path / "news.csv").write_bytes(csv_bytes(ROWS))
    with zipfile.ZipFile(tmp_path / "news.zip", "w") as archive:
        archive.writestr("news.csv", csv_bytes(ROWS))
        archive.writestr("more/one.txt", "Headline\n\nA text article.\n")
        archive.writestr("lines.jsonl", json.dumps({"article_id": "x", "text": "From JSON Lines."}) + "\n")
        archive.writestr("notes.md", "not an article")
    unpacked, _ = split(read_documents([tmp_path / "news.csv"]))
    zipped, skipped = split(read_documents([tmp_path / "news.zip"]))
    assert skipped == []
    assert [d.id for d in zipped] == ["lines.jsonl#x", "more/one.txt", "news.csv#1", "news.csv#2"]
    assert [(d.id, d.text, d.sha256) for d in zipped[2:]] == [(d.id, d.text, d.sha256) for d in unpacked]
    assert zipped[1].path == f"{tmp_path / 'news.zip'}/more/one.txt" and zipped[1].title == "Headline"


def test_a_folder_reads_every_format_and_prefixes_ids_with_the_relative_path(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "news.csv").write_bytes(csv_bytes(ROWS[:1]))
    with zipfile.ZipFile(tmp_path / "sub" / "pack.zip", "w") as archive:
        archive.writestr("a.txt", "Text in a zip.")
    (tmp_path / "z.txt").write_text("Plain text.", encoding="utf-8")
    docs, skipped = split(read_documents([tmp_path]))
    assert skipped == []
    assert [d.id for d in docs] == ["sub/news.csv#1", "sub/pack.zip/a.txt", "z.txt"]


def test_jsonl_objects_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"article_id": 7, "title": "Seven", "text": "Seven is a number.", "publish_date": "2020-1-2"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"article_id": 8, "text": {"nested": True}}),
        json.dumps({"text": "No id: numbered by its line."}),
        json.dumps({"article_id": 7, "text": "Same id again."}),
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"article_id": 9, "text": "caf\xe9"}\n')
    docs, skipped = split(read_documents([path]))
    assert [(d.id, d.title, d.date) for d in docs] == [
        ("feed.jsonl#7", "Seven", "2020-01-02"), ("feed.jsonl#line-6", "No id: numbered by its line.", "")]
    reasons = {s.path.rpartition(" ")[2]: s.reason for s in skipped}
    assert set(reasons) == {"3", "4", "5", "7", "8"}
    assert reasons["3"].startswith("not JSON")
    assert reasons["4"] == "a JSON list, not an object"
    assert "'text' is a JSON dict" in reasons["5"]
    assert reasons["7"] == "duplicate id '7' (first seen at line 1)"
    assert reasons["8"].startswith("not UTF-8 text (byte 0xe9")
    assert all(s.path.startswith(f"{path} line ") for s in skipped)


def test_bad_csv_rows_are_skipped_one_line_each_and_the_rest_is_read(tmp_path):
    path = tmp_path / "news.csv"
    rows = [
        ["1", "2017/2/7", "", "Fine", "", "A good article."],
        ["2", "", "", "Empty", "", "   "],
        ["", "", "", "No id", "", "Text without an id."],
        ["1", "", "", "Again", "", "Duplicate id."],
        ["3", "", "", "Short row"],
        ["4", "", "", "", "", "<html><body><p>a page</p></body></html>"],
        ["5", "not a date", "", "", "", "Last good one.\nSecond line."],
    ]
    data = csv_bytes(rows).replace(b"Duplicate id.", b"Duplicate \xff id.")
    path.write_bytes(data)
    docs, skipped = split(read_documents([path]))
    assert [(d.id, d.title, d.date) for d in docs] == [("news.csv#1", "Fine", "2017-02-07"),
                                                      ("news.csv#5", "Last good one.", "not a date")]
    assert [(s.path.rpartition(" ")[2], s.reason.split(" (")[0]) for s in skipped] == [
        ("2", "empty text"),
        ("3", "empty id in 'article_id'"),
        ("4", "not UTF-8 text in 'text'; re-save the file as UTF-8"),
        ("5", "4 fields, the header has 6"),
        ("6", "an HTML page, not article text; save the article's text as .txt"),
    ]
    assert all(s.path.startswith(f"{path} row ") and "\n" not in s.reason for s in skipped)


def test_columns_are_chosen_by_name_and_a_missing_text_column_skips_the_file(tmp_path):
    path = tmp_path / "other.csv"
    path.write_bytes(csv_bytes([["a1", "Body text here.", "Head"]], header=["key", "body", "headline"]))
    docs, _ = split(read_documents([path], columns=Columns(text="body", title="headline", id="key")))
    assert [(d.id, d.title, d.text) for d in docs] == [("other.csv#a1", "Head", "Body text here.")]
    docs, skipped = split(read_documents([path]))
    assert docs == [] and len(skipped) == 1 and skipped[0].path == str(path)
    assert "no column 'text' in the header ('key', 'body', 'headline')" in skipped[0].reason
    assert "--text-column" in skipped[0].reason


def test_without_an_id_column_rows_are_numbered(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_bytes(csv_bytes([["First."], ["Second."]], header=["text"]))
    docs, _ = split(read_documents([path]))
    assert [d.id for d in docs] == ["plain.csv#row-1", "plain.csv#row-2"]


@pytest.mark.parametrize("name, data, reason", [
    ("broken.zip", b"PK\x03\x04 not really", "not a readable zip archive"),
    ("empty.csv", b"", "empty file"),
])
def test_a_bad_file_is_skipped_and_the_next_one_is_read(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "z.txt").write_text("Still read.", encoding="utf-8")
    docs, skipped = split(read_documents([tmp_path / name, tmp_path / "z.txt"]))
    assert [d.id for d in docs] == ["z.txt"]
    assert len(skipped) == 1 and reason in skipped[0].reason


def test_an_archive_without_articles_says_so(tmp_path):
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as archive:
        archive.writestr("readme.md", "nothing")
    assert list(read_documents([tmp_path / "a.zip"])) == [
        Skipped(str(tmp_path / "a.zip"), "archive holds no .txt, .csv or .jsonl files")]


@pytest.mark.parametrize("value, expected", [
    ("2017/2/7", "2017-02-07"), ("2017-02-07T10:00:00Z", "2017-02-07"), (" 2016.12.31 ", "2016-12-31"),
    ("2017/2/30", "2017/2/30"), ("Feb 7, 2017", "Feb 7, 2017"), ("", ""),
])
def test_dates_are_iso_when_they_can_be_read(value, expected):
    assert iso_date(value) == expected


def test_kg_build_takes_the_column_options_and_reports_bad_rows(tmp_path):
    import json as json_module

    from click.testing import CliRunner

    from kg.cli import cli

    path = tmp_path / "feed.csv"
    path.write_bytes(csv_bytes([["a1", "2017/2/7", "Macron meets Scholz", "Emmanuel Macron met Olaf Scholz in Berlin."],
                                ["a2", "", "Nothing", ""]], header=["key", "day", "headline", "body"]))
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--quiet",
                                      "--text-column", "body", "--title-column", "headline", "--id-column", "key",
                                      "--date-column", "day"])
    assert result.exit_code == 1, result.output
    assert f"skipped {path} row 2: empty text" in result.output
    graph = json_module.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    [document] = graph["graph"]["documents"]
    assert (document["id"], document["title"], document["date"]) == ("feed.csv#a1", "Macron meets Scholz", "2017-02-07")
    assert any(e["type"] == "MET" and e["evidence"][0]["doc_id"] == "feed.csv#a1" for e in graph["edges"])
