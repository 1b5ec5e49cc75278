"""The HTML viewer's page builder, without a browser: data embedded, hostile names inert, top-N stable."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from sample_graph import SENTENCES, sample_graph

from kg.cli import cli
from kg.graph import write_graph
from kg.viz import WHOLE_GRAPH_LIMIT, script_json, to_html, top_nodes, view_data, write_html

HOSTILE = "</script><script>alert(1)</script>"


def embedded(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "no data block in the page"
    return json.loads(match.group(1))


def star_graph(order: list[str]) -> nx.MultiDiGraph:
    """hub-a links to everyone; b and c tie on degree and are told apart by mentions, d and e by id."""
    edges = [("hub-a", "n-b"), ("hub-a", "n-c"), ("hub-a", "n-d"), ("hub-a", "n-e"), ("n-b", "n-c")]
    mentions = {"hub-a": 1, "n-b": 2, "n-c": 5, "n-d": 1, "n-e": 1, "n-z": 9}
    graph = nx.MultiDiGraph()
    for node in order:
        graph.add_node(node, label="Person", name=node.upper(), aliases=[], mention_count=mentions[node], documents=[])
    for i, (source, target) in enumerate(sorted(edges, key=lambda e: order.index(e[0]))):
        graph.add_edge(source, target, key=f"rel-{i}", id=f"rel-{source}-{target}", type="MET", status="asserted", evidence=[])
    return graph


def test_page_embeds_every_entity_relation_and_sentence():
    graph = sample_graph()
    data = embedded(to_html(graph))
    assert [n["id"] for n in data["nodes"]] == sorted(graph.nodes)
    assert sorted(e["id"] for e in data["edges"]) == sorted(k for _, _, k in graph.edges(keys=True))
    kim = next(n for n in data["nodes"] if n["name"] == "Kim Jong Un")
    assert kim["aliases"] == ["Kim", "ruler Kim"] and kim["mentions"] == 3
    supply = next(e for e in data["edges"] if e["type"] == "SUPPLIED_ARMS_TO")
    assert supply["status"] == "alleged"
    assert supply["attributed_to"] == ["United States"] and supply["denied_by"] == ["North Korea", "Russia"]
    assert supply["evidence"][0]["sentence"] == SENTENCES["accuse"]
    assert data["documents"]["sample.txt"]["title"] == SENTENCES["attend"]
    assert data["note"] == "" and data["shown"] == data["total"] == {"nodes": 10, "edges": 9}
    assert data["labels"] == ["Person", "State", "Organization", "Event", "Location"]
    assert data["open"] == {"view": "whole", "entity": top_nodes(graph, 1)[0]}


def test_relations_carry_dates_sources_and_contest_and_default_when_the_graph_has_none():
    graph = star_graph(["hub-a", "n-b", "n-c", "n-d", "n-e", "n-z"])
    dated = {"first_date": "2017-02", "last_date": "2017-03-01", "sources": ["Reuters", "TASS"], "source_count": 2,
             "contested": True, "affirmed_in": ["d1"], "disputed_in": ["d2"]}
    graph.edges["hub-a", "n-b", "rel-0"].update(dated)
    edges = {(e["from"], e["to"]): e for e in view_data(graph)["edges"]}
    assert {k: edges["hub-a", "n-b"][k] for k in dated} == dated
    assert {k: edges["hub-a", "n-c"][k] for k in dated} == {
        "first_date": "", "last_date": "", "sources": [], "source_count": 0, "contested": False, "affirmed_in": [], "disputed_in": []}


def test_a_big_graph_opens_on_the_best_connected_entity_a_small_one_whole():
    hubs = nx.MultiDiGraph()
    for i in range(WHOLE_GRAPH_LIMIT + 1):   # one more entity with a relation than the page opens whole
        hubs.add_node(f"n{i:03d}", label="Person", name=f"N{i}", aliases=[], mention_count=1, documents=[])
    for i in range(1, WHOLE_GRAPH_LIMIT + 1):
        hubs.add_edge("n007" if i != 7 else "n000", f"n{i:03d}", key=f"r{i}", id=f"r{i}", type="MET", evidence=[])
    assert view_data(hubs)["open"] == {"view": "focus", "entity": "n007"}
    hubs.remove_node("n100")
    assert view_data(hubs)["open"] == {"view": "whole", "entity": "n007"}
    assert view_data(nx.MultiDiGraph())["open"] == {"view": "whole", "entity": ""}


def test_page_is_self_contained():
    page = to_html(sample_graph())
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=|<link\b", page, re.I)
    assert "default-src 'none'" in page  # the browser itself refuses any request the page might try
    assert "@version 10.1.5" in page and "sourceMappingURL" not in page


def test_hostile_names_and_sentences_stay_data():
    graph = nx.MultiDiGraph(documents=[{"id": "d<!--", "title": "</SCRIPT >"}])
    graph.add_node("a", label="Person", name=HOSTILE, aliases=["<!-- x", "a & b"], mention_count=1, documents=["d<!--"])
    graph.add_node("b", label="Person", name="\u2028B\u2029", aliases=[], mention_count=1, documents=[])
    evidence = [{"doc_id": "d<!--", "sentence": f"He said {HOSTILE} -->", "start": 0, "end": 9, "rule": "r", "status": "asserted"}]
    graph.add_edge("a", "b", key="rel-1", id="rel-1", type="MET", status="asserted", evidence=evidence)
    page = to_html(graph, title="<b>Kim's</b> graph")

    assert page.lower().count("</script") == page.lower().count("<script")  # only the page's own tags
    assert page.count("<!--") == 1  # the template's own comment
    assert "<b>Kim" not in page and "&lt;b&gt;Kim&#x27;s&lt;/b&gt; graph" in page
    data = embedded(page)
    assert data["title"] == "<b>Kim's</b> graph"
    assert [n["name"] for n in data["nodes"]] == [HOSTILE, "\u2028B\u2029"]
    assert data["nodes"][0]["aliases"] == ["<!-- x", "a & b"]
    assert data["edges"][0]["evidence"][0]["sentence"] == f"He said {HOSTILE} -->"
    assert data["documents"] == {"d<!--": {"title": "</SCRIPT >", "date": "", "source": "", "url": "", "path": ""}}


@pytest.mark.parametrize("text", [HOSTILE, "<!--", "a & b", "\u2028\u2029", "ok"])
def test_script_json_round_trips_without_markup(text):
    encoded = script_json({"v": text})
    assert not set("<>&\u2028\u2029") & set(encoded)
    assert json.loads(encoded) == {"v": text}


def test_top_n_ranks_by_degree_then_mentions_then_id_whatever_the_insertion_order():
    nodes = ["hub-a", "n-b", "n-c", "n-d", "n-e", "n-z"]
    expected = ["hub-a", "n-c", "n-b", "n-d", "n-e", "n-z"]
    assert top_nodes(star_graph(nodes)) == expected
    assert top_nodes(star_graph(nodes[::-1])) == expected
    assert top_nodes(star_graph(nodes), 3) == expected[:3]
    assert to_html(star_graph(nodes), top=4) == to_html(star_graph(nodes[::-1]), top=4)


def test_top_n_keeps_relations_between_kept_entities_and_says_what_it_left_out():
    data = view_data(star_graph(["hub-a", "n-b", "n-c", "n-d", "n-e", "n-z"]), top=3)
    assert data["open"] == {"view": "whole", "entity": "hub-a"}
    assert [n["id"] for n in data["nodes"]] == ["hub-a", "n-b", "n-c"]
    assert [(e["from"], e["to"]) for e in data["edges"]] == [("hub-a", "n-b"), ("hub-a", "n-c"), ("n-b", "n-c")]
    assert data["shown"] == {"nodes": 3, "edges": 3} and data["total"] == {"nodes": 6, "edges": 5}
    assert data["note"].startswith("Showing the 3 best-connected of 6 entities: 3 entities and 2 relations left out.")


def test_top_zero_draws_everything_and_negative_is_refused():
    graph = star_graph(["hub-a", "n-b", "n-c", "n-d", "n-e", "n-z"])
    assert view_data(graph, top=0)["shown"] == {"nodes": 6, "edges": 5}
    with pytest.raises(ValueError, match="top must be"):
        top_nodes(graph, -1)


def test_same_graph_same_page_and_empty_graph_renders():
    assert to_html(sample_graph()) == to_html(sample_graph())
    data = embedded(to_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["note"] == ""


def test_write_html_creates_folders_and_reports_counts(tmp_path):
    summary = write_html(sample_graph(), tmp_path / "deep" / "graph.html", top=3)
    assert summary.path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (summary.nodes, summary.total_nodes, summary.total_edges) == (3, 10, 9)
    assert not list(tmp_path.rglob("*.tmp"))


def test_cli_viz_writes_next_to_the_graph_by_default(tmp_path):
    write_graph(sample_graph(), tmp_path / "graph.json")
    result = CliRunner().invoke(cli, ["viz", str(tmp_path / "graph.json")])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {tmp_path / 'graph.html'}: 10 of 10 entities, 9 of 9 relations\n"
    assert embedded((tmp_path / "graph.html").read_text(encoding="utf-8"))["shown"]["nodes"] == 10


def test_cli_viz_top_and_title(tmp_path):
    write_graph(sample_graph(), tmp_path / "graph.json")
    out = tmp_path / "view.html"
    result = CliRunner().invoke(cli, ["viz", str(tmp_path / "graph.json"), "--out", str(out), "--top", "4", "--title", "Seeds"])
    assert result.exit_code == 0, result.output
    assert "4 of 10 entities" in result.output and "use --top 0 to draw all" in result.output
    assert "<title>Seeds</title>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["missing.json"], 1, "error: missing.json: no such file"),
    (["graph.json", "--top", "-1"], 2, "Invalid value for '--top'"),
])
def test_cli_viz_errors(tmp_path, monkeypatch, args, code, message):
    monkeypatch.chdir(tmp_path)
    write_graph(sample_graph(), tmp_path / "graph.json")
    result = CliRunner().invoke(cli, ["viz", *args])
    assert result.exit_code == code
    assert message in result.output
