"""Progress display: a bar on a terminal, plain lines in a log, nothing with --quiet."""
from __future__ import annotations

import io

from click.testing import CliRunner

from kg.cli import cli
from kg.progress import Progress
from kg.records import BuildReport, DocumentInfo, Skipped
from synthetic_articles import articles, write_jsonl


def report(documents: int, resumed: int = 0) -> BuildReport:
    infos = [DocumentInfo(id=str(n), path="x", words=100) for n in range(documents)]
    return BuildReport(documents=infos, skipped=[Skipped("bad.csv row 3", "empty text")], words=100 * documents,
                       facts=7 * documents, resumed=resumed, resumed_words=100 * resumed)


def test_plain_lines_when_not_a_terminal():
    stream = io.StringIO()
    with Progress(stream, tty=False, every=0) as progress:
        progress(report(3))
        progress(report(5, resumed=2))
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3   # one per call (every=0) and the final one
    assert lines[0].startswith("kg build: ") and "3 documents" in lines[0] and "21 facts" in lines[0]
    assert "5 documents, 2 resumed" in lines[-1] and "1 skipped" in lines[-1] and "words/s" in lines[-1]


def test_plain_lines_wait_for_the_interval():
    stream = io.StringIO()
    progress = Progress(stream, tty=False, every=3600)
    progress(report(1))
    assert stream.getvalue() == ""
    progress.close()
    assert stream.getvalue().count("\n") == 1


def test_a_bar_on_a_terminal():
    stream = io.StringIO()
    with Progress(stream, tty=True) as progress:
        progress(report(4))
    assert "kg build" in stream.getvalue() and "4" in stream.getvalue() and "28 facts" in stream.getvalue()


def test_quiet_prints_no_progress(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", articles(2))
    loud = CliRunner().invoke(cli, ["build", str(source), "--out", str(tmp_path / "a")])
    quiet = CliRunner().invoke(cli, ["build", str(source), "--out", str(tmp_path / "b"), "--quiet"])
    assert loud.exit_code == quiet.exit_code == 0
    assert "kg build: " in loud.output and "kg build: " not in quiet.output
    assert "read 2 document(s)" in quiet.output
