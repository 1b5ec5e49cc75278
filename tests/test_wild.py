"""devset/wild.py: the judging sheet of precision in the wild (drawn, shown without rule ids, scored)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

DEVSET = Path(__file__).resolve().parents[1] / "devset"


@pytest.fixture(scope="module")
def wild():
    sys.path.insert(0, str(DEVSET))
    try:
        spec = importlib.util.spec_from_file_location("wild", DEVSET / "wild.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(DEVSET))


def graph(n: int) -> dict:
    nodes = [{"id": f"p{i}", "name": f"Person {i}", "label": "Person"} for i in range(n)]
    nodes.append({"id": "s", "name": "Ruritania", "label": "State"})
    edges = [{"id": f"rel-{i:03d}", "source": f"p{i}", "target": "s", "type": "LEADER_OF", "status": "asserted",
              "role": "President", "attributed_to": [], "denied_by": [],
              "evidence": [{"doc_id": "a.txt", "start": 10 * i + 5, "end": 10 * i + 9, "sentence": "text",
                            "rule": "role.title-before-name", "status": "asserted", "attributed_to": []}]}
             for i in range(n)]
    return {"nodes": nodes, "edges": edges}


def test_the_sheet_is_a_fixed_seed_sample_and_the_judges_copy_has_no_rules(wild, tmp_path):
    (tmp_path / "a.txt").write_text("x" * 1000, encoding="utf-8")
    first = wild.sheet_rows(graph(30), tmp_path, 10, seed=7)
    assert first == wild.sheet_rows(graph(30), tmp_path, 10, seed=7)
    assert first != wild.sheet_rows(graph(30), tmp_path, 10, seed=8)
    assert [r["i"] for r in first] == list(range(1, 11)) and len({r["source"] for r in first}) == 10
    assert all(r["rule"] == "role.title-before-name" and r["text_before"] for r in first)
    assert all("rule" not in r for r in wild.judge_view(first))


def test_scores_count_verdicts_and_refuse_incomplete_ones(wild, tmp_path):
    rows = wild.sheet_rows(graph(4), tmp_path, 4, seed=1)
    verdicts = [{"i": 1, "verdict": "correct"}, {"i": 2, "verdict": "correct"},
                {"i": 3, "verdict": "wrong_status"}, {"i": 4, "verdict": "wrong_entity"}]
    report = wild.score(rows, verdicts)
    assert "precision = 0.500 (2 correct)" in report
    assert "(correct + wrong_status) / n = 0.750" in report
    with pytest.raises(SystemExit, match="missing rows \\[4\\]"):
        wild.score(rows, verdicts[:3])
    with pytest.raises(SystemExit, match="unknown verdicts"):
        wild.score(rows, verdicts[:3] + [{"i": 4, "verdict": "maybe"}])
    with pytest.raises(SystemExit, match="judged twice"):
        wild.score(rows, verdicts + [{"i": 4, "verdict": "correct"}])


def test_yield_is_relations_per_thousand_words(wild):
    data = {**graph(6), "graph": {"documents": [{"words": 1500}, {"words": 500}]}}
    assert wild.relation_yield(data).endswith("3.0 relations per 1,000 words")
