"""Resuming: a `kg build` killed mid-run and restarted with --resume gives the bytes of an uninterrupted run."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.checkpoint import FILE_NAME, Checkpoint, document_key, result_from_json, result_to_json
from kg.cli import cli
from kg.errors import CheckpointError
from kg.pipeline import build
from kg.settings import Settings
from sample_graph import sample_result
from synthetic_articles import articles, write_jsonl

OUTPUTS = ("graph.json", "graph.graphml", "graph.cypher", "merges.tsv")


def kg_build(*args: str) -> subprocess.Popen:
    command = [sys.executable, "-c", "from kg.cli import main; main()", "build", *args, "--quiet"]
    return subprocess.Popen(command,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def results_in(checkpoint: Path) -> int:
    if not checkpoint.exists():
        return 0
    return sum(1 for line in checkpoint.read_bytes().splitlines()[1:] if line.endswith(b"}"))


@pytest.mark.slow
def test_killed_build_resumes_to_the_same_bytes_without_losing_or_repeating(tmp_path):
    source = write_jsonl(tmp_path / "news.jsonl", articles(120, sentences=12))
    full, cut = tmp_path / "full", tmp_path / "cut"
    done = kg_build(str(source), "--out", str(full), "--batch-size", "4")
    assert done.wait(timeout=300) == 0, done.stdout.read()

    running = kg_build(str(source), "--out", str(cut), "--batch-size", "4")
    deadline = time.monotonic() + 120
    while results_in(cut / FILE_NAME) < 12 and running.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    running.send_signal(signal.SIGKILL)
    running.wait()
    finished_before_kill = results_in(cut / FILE_NAME)
    assert 12 <= finished_before_kill < 120, "the build was not killed half-way; make the corpus bigger"
    assert not (cut / "graph.json").exists()

    resumed = kg_build(str(source), "--out", str(cut), "--batch-size", "4", "--resume")
    output = resumed.communicate(timeout=300)[0]
    assert resumed.returncode == 0, output
    assert "read 120 document(s)" in output
    for name in OUTPUTS:
        assert (cut / name).read_bytes() == (full / name).read_bytes(), name
    lines = (cut / FILE_NAME).read_text(encoding="utf-8").splitlines()[1:]
    keys = [json.loads(line)["key"] for line in lines]
    assert len(keys) == len(set(keys)) == 120   # nothing extracted twice, nothing lost


def test_resume_uses_the_checkpoint_and_extracts_only_new_documents(tmp_path):
    rows = articles(6)
    first = write_jsonl(tmp_path / "in" / "a.jsonl", rows[:4])
    out = tmp_path / "out"
    build([first.parent], Settings(batch_size=2), checkpoint=out / FILE_NAME)
    write_jsonl(tmp_path / "in" / "b.jsonl", rows[4:])
    again = build([first.parent], Settings(batch_size=2), checkpoint=out / FILE_NAME, resume=True)
    assert (again.report.resumed, len(again.report.documents)) == (4, 6)
    fresh = build([first.parent], Settings(batch_size=2))
    assert again.report.facts == fresh.report.facts
    from kg.graph import dumps
    assert dumps(again.graph) == dumps(fresh.graph)


def test_a_line_cut_short_by_a_kill_is_dropped_and_cut_off(tmp_path):
    path = tmp_path / FILE_NAME
    result = sample_result()
    with Checkpoint(path, Settings()) as checkpoint:
        checkpoint.write([result])
    whole = path.read_bytes()
    path.write_bytes(whole + b'{"key":"abc","result":{"docu')
    assert Checkpoint(path, Settings(), resume=True).lookup(result.document) == result
    assert path.read_bytes() == whole


@pytest.mark.parametrize("cut", [1, 40, "half"])
def test_a_build_resumed_from_a_checkpoint_torn_mid_line_notes_it_once_and_gives_the_same_bytes(tmp_path, cut):
    source = write_jsonl(tmp_path / "news.jsonl", articles(6))
    out = tmp_path / "out"
    first = CliRunner().invoke(cli, ["build", str(source), "--out", str(out), "--batch-size", "2", "--quiet"])
    assert first.exit_code == 0, first.output
    whole = {name: (out / name).read_bytes() for name in OUTPUTS}
    checkpoint = (out / FILE_NAME).read_bytes()
    last_line = len(checkpoint.splitlines(keepends=True)[-1])
    cut = last_line // 2 if cut == "half" else cut
    (out / FILE_NAME).write_bytes(checkpoint[:-cut])   # a kill -9 in the middle of writing the last line

    resumed = CliRunner().invoke(cli, ["build", str(source), "--out", str(out), "--batch-size", "2", "--resume"])
    assert resumed.exit_code == 0, resumed.output
    notes = [line for line in resumed.output.splitlines() if line.startswith("warning:")]
    assert len(notes) == 1 and "dropped its last line" in notes[0] and f"({last_line - cut} bytes)" in notes[0]
    assert "6 documents, 5 resumed" in resumed.output and "read 6 document(s)" in resumed.output
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == whole
    assert (out / FILE_NAME).read_bytes().count(b"\n") == 7   # the header and six whole lines
    keys = [json.loads(line)["key"] for line in (out / FILE_NAME).read_bytes().splitlines()[1:]]
    assert len(set(keys)) == 6


def test_results_round_trip_exactly():
    result = sample_result()
    assert result_from_json(json.loads(json.dumps(result_to_json(result)))) == result
    assert document_key(result.document) != document_key(result.document.__class__(id="other", path="x"))


def test_a_checkpoint_of_other_code_or_data_is_refused(tmp_path):
    path = tmp_path / FILE_NAME
    with Checkpoint(path, Settings()) as checkpoint:
        checkpoint.write([sample_result()])
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(json.dumps({"format": "news-kg-checkpoint/1", "fingerprint": "old"}) + "\n" + "".join(lines[1:]),
                    encoding="utf-8")
    with pytest.raises(CheckpointError):
        Checkpoint(path, Settings(), resume=True)
    result = CliRunner().invoke(cli, ["build", str(Path(__file__).parent.parent / "seeds"), "--out", str(tmp_path),
                                      "--resume", "--quiet"])
    assert result.exit_code == 1
    assert "cannot be mixed with this run's" in result.output and "without --resume" in result.output
