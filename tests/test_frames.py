"""kg.frames: the graph as pandas tables, checked against the hand-made sample graph."""
from __future__ import annotations

import networkx as nx
import pytest

pd = pytest.importorskip("pandas", reason='pandas is in the notebook and test extras: pip install -e ".[test]"')

from kg import frames  # noqa: E402  (after the importorskip)
from sample_graph import sample_graph  # noqa: E402


def test_entities_one_row_per_node_with_degree_and_neighbours():
    graph = sample_graph()
    table = frames.entities(graph)
    assert list(table.columns) == frames.ENTITY_COLUMNS
    assert len(table) == graph.number_of_nodes()
    assert table["label"].tolist()[:4] == ["Person"] * 4  # labels in LABELS order, names sorted inside
    assert table["name"].tolist()[:4] == sorted(["Kim Jong Un", "Sergei Shoigu", "O'Brien", "Back`tick"])

    shoigu = table.set_index("name").loc["Sergei Shoigu"]
    assert shoigu["aliases"] == ["Shoigu"]
    assert shoigu["mentions"] == 2 and shoigu["documents"] == 1
    assert shoigu["relations"] == 2   # ATTENDED (two sentences, one edge) and MINISTER_OF
    north_korea = table.set_index("name").loc["North Korea"]
    assert north_korea["relations"] == 3 and north_korea["neighbours"] == 2  # ACCUSED, SUPPLIED_ARMS_TO, DENIED: US twice
    assert table.set_index("name").loc["Dublin", "relations"] == 0


def test_claims_one_row_per_edge_with_status_attribution_and_first_sentence():
    graph = sample_graph()
    table = frames.claims(graph)
    assert list(table.columns) == frames.CLAIM_COLUMNS
    assert len(table) == graph.number_of_edges()
    assert table["relation"].tolist() == sorted(table["relation"])

    (arms,) = table[table["relation"] == "SUPPLIED_ARMS_TO"].to_dict("records")
    assert (arms["subject"], arms["object"], arms["status"]) == ("North Korea", "Russia", "alleged")
    assert arms["attributed_to"] == ["United States"] and arms["denied_by"] == ["North Korea", "Russia"]
    assert arms["evidence"].startswith("The United States has accused")
    assert (arms["subject_label"], arms["object_label"]) == ("State", "State")
    assert graph.has_edge(arms["subject_id"], arms["object_id"], key=arms["id"])

    (shoigu,) = table[(table["relation"] == "ATTENDED") & (table["subject"] == "Sergei Shoigu")].to_dict("records")
    assert shoigu["sentences"] == 2 and shoigu["evidence"] == "Kim and Shoigu inspect military parade"
    assert table.set_index("relation").loc["MINISTER_OF", "role"] == "Defense Minister"


def test_evidence_one_row_per_sentence_in_document_order():
    graph = sample_graph()
    table = frames.evidence(graph)
    assert list(table.columns) == frames.EVIDENCE_COLUMNS
    assert len(table) == sum(len(attrs["evidence"]) for _, _, attrs in graph.edges(data=True))
    assert table["start"].tolist() == sorted(table["start"])
    alleged = table[table["status"] == "alleged"].iloc[0]
    assert alleged["attributed_to"] == ["United States"] and alleged["claim_status"] == "alleged"
    assert set(table["claim_id"]) == {attrs["id"] for _, _, attrs in graph.edges(data=True)}


def test_same_graph_same_frames_and_an_empty_graph_gives_empty_frames_with_columns():
    assert frames.claims(sample_graph()).equals(frames.claims(sample_graph()))
    empty = nx.MultiDiGraph()
    for make, columns in [(frames.entities, frames.ENTITY_COLUMNS), (frames.claims, frames.CLAIM_COLUMNS),
                          (frames.evidence, frames.EVIDENCE_COLUMNS)]:
        table = make(empty)
        assert table.empty and list(table.columns) == columns
