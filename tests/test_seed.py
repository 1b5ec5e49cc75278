"""The seed article against its hand-made gold annotation (a copy of ../shared/gold/seed.gold.json).

The accuracy bar of the core issue, measured by the project's scorer (kg.evaluate, the matching
rules of ../shared/eval/score.py): entities F1 >= 0.97, relations F1 >= 0.90, status accuracy >= 0.9.
A regression in any extraction stage fails here.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import load_gold, score_graph
from kg.pipeline import build

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"


@pytest.fixture(scope="module")
def seed_score():
    gold = load_gold(HERE / "data" / "seed.gold.json")
    graph = build([SEEDS / gold.document]).graph
    return score_graph(gold, graph, document=gold.document)


def test_seed_entities(seed_score):
    assert seed_score.entity_counts.f1 >= 0.97, seed_score.mistakes


def test_seed_relations(seed_score):
    assert seed_score.relation_counts.f1 >= 0.90, seed_score.mistakes


def test_seed_status_accuracy(seed_score):
    assert seed_score.status_accuracy is not None and seed_score.status_accuracy >= 0.9, seed_score.mistakes


def test_seed_key_facts():
    graph = build([SEEDS]).graph
    name = {n: d["name"] for n, d in graph.nodes(data=True)}
    facts = {(name[u], d["type"], name[v]): d for u, v, d in graph.edges(data=True)}
    alleged = facts[("North Korea", "SUPPLIED_ARMS_TO", "Russia")]
    assert alleged["status"] == "alleged" and alleged["attributed_to"] == ["United States"]
    assert set(alleged["denied_by"]) == {"North Korea", "Russia"}
    assert facts[("Sergei Shoigu", "MINISTER_OF", "Russia")]["role"] == "Defense Minister"
    attendees = {s for (s, t, o) in facts if t == "ATTENDED" and o == "military parade"}
    assert attendees == {"Kim Jong Un", "Sergei Shoigu", "Li Hongzhong"}
    li = facts[("Li Hongzhong", "ATTENDED", "military parade")]
    assert li["status"] == "reported"
