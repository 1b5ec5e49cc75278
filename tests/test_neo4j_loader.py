"""The Bolt loader against a real Neo4j server (fixtures in conftest.py; never a mock of the database).

The strongest checks compare whole database snapshots: loading documents one at a time, re-loading
a changed document, or re-running a load that was killed half-way must leave exactly the database
that one clean load of the final set of documents leaves.
"""
from __future__ import annotations

import dataclasses
import datetime
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from dated_graph import KCNA, RELATIONS, REUTERS, UNDATED, WAGNER, dated_graph, dated_result
from sample_graph import BACKTICK, INJECTION, OBRIEN, sample_graph, sample_result
from seed_like_graph import ENTITIES, FACTS, SEED, seed_result

from kg.cli import cli
from kg.errors import ExportError, Neo4jAuthError, Neo4jError
from kg.graph import build_graph, write_graph
from kg.records import RELATION_TYPES
from loaders.neo4j import _group_batches, load_graph, merge_edge_properties
from loaders.neo4j_rows import document_properties
from loaders.properties import edge_properties, node_properties

ROOT = Path(__file__).resolve().parent.parent

# Document A (the seed article), document B (the sample, sharing Shoigu, Russia, North Korea, the
# United States and four facts with A), and A changed: three facts gone, Ukraine gone, one fact new.
DOC_A = seed_result("a.txt")
DOC_B = sample_result()
DROPPED = {"ACCUSED", "VISITED", "AT_WAR_WITH"}
NEW_FACT = ("MET", FACTS[0][1], FACTS[1][1], "Shoigu watched the parade standing next to Kim", "meet.next_to",
            "asserted", (), (), "")
DOC_A_CHANGED = seed_result(
    "a.txt",
    text=SEED.read_text(encoding="utf-8").replace("July 27", "July 28"),
    facts=tuple(f for f in FACTS if f[0] not in DROPPED) + (NEW_FACT,),
    entities=tuple(e for e in ENTITIES if e.name != "Ukraine"),
)


def settings_kwargs(settings) -> dict:
    return {"uri": settings.uri, "user": settings.user, "password": settings.password, "database": settings.database}


def snapshot(driver, database: str, mention_properties: bool = True) -> dict:
    """Every node (labels, properties) and relationship (endpoints, type, properties), sorted.

    ``mention_properties=False`` leaves out the properties of MENTIONS: a graph file keeps one mention
    total per entity, so a graph of several documents splits it evenly over their MENTIONS, while
    one-document graphs give each MENTIONS its exact count. Entity properties are the same either way.
    """
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id", database_=database,
    )
    rels, _, _ = driver.execute_query(
        "MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS type, t.id AS t, properties(r) AS props "
        "ORDER BY s, type, t", database_=database,
    )
    return {
        "nodes": [(sorted(r["labels"]), r["props"]) for r in nodes],
        "relationships": [
            (r["s"], r["type"], r["t"], r["props"] if mention_properties or r["type"] != "MENTIONS" else {})
            for r in rels
        ],
    }


def wipe(driver, database: str) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=database)


def snapshot_of_one_load(driver, settings, results) -> dict:
    """The snapshot (MENTIONS properties left out) of one load of ``results`` together; empties the database again."""
    load_graph(build_graph(results), **settings_kwargs(settings))
    snap = snapshot(driver, settings.database, mention_properties=False)
    wipe(driver, settings.database)
    return snap


def load_one_by_one(settings, *results) -> list:
    """Load each document as a graph of its own, in order; the reports."""
    return [load_graph(build_graph([result]), **settings_kwargs(settings)) for result in results]


def stored(props: dict) -> dict:
    """What Neo4j keeps of a property map: a None (an undated edge's ``first_date``) is no property."""
    return {key: value for key, value in props.items() if value is not None}


def counts(snap: dict) -> tuple[int, int]:
    return len(snap["nodes"]), len(snap["relationships"])


# --- pure parts (no server) ------------------------------------------------------------------

def test_evidence_of_two_loads_merges_like_the_graph_stage():
    """A then B on one relationship gives the properties that one graph of A and B has."""
    together = build_graph([DOC_A, DOC_B])
    alone_a, alone_b = build_graph([DOC_A]), build_graph([DOC_B])
    shared = set(alone_a.edges(keys=True)) & set(alone_b.edges(keys=True))
    assert len(shared) >= 4  # MINISTER_OF, ACCUSED, SUPPLIED_ARMS_TO, DENIED x2
    for source, target, key in shared:
        first = edge_properties(alone_a.edges[source, target, key])
        second = edge_properties(alone_b.edges[source, target, key])
        names = (together.nodes[source]["name"], together.nodes[target]["name"])
        merged = merge_edge_properties(first, second, {"sample.txt"}, names)
        assert merged == edge_properties(together.edges[source, target, key])
        # taking B off again gives A's version back
        assert merge_edge_properties(merged, None, {"sample.txt"}, names) == first
        assert merge_edge_properties(first, None, {"a.txt"}, names) is None


def without_role(props: dict) -> dict:
    """The properties but ``role``: a load keeps the newest role, the graph stage the commonest (roles
    are not kept per evidence item)."""
    return {key: value for key, value in props.items() if key != "role"}


def test_dates_sources_and_contest_of_merged_loads_are_the_graph_stages():
    """Every pair of the dated documents merged on a relationship, in either order, and each one
    taken off again: the properties of the one graph of what is left, denials, dates and contest included."""
    docs = {doc_id: dated_result(doc_id) for doc_id in (REUTERS, KCNA, UNDATED)}
    checked = 0
    for one, two in [(REUTERS, KCNA), (KCNA, REUTERS), (REUTERS, UNDATED), (UNDATED, REUTERS)]:
        together = build_graph([docs[one], docs[two]])
        first, second = build_graph([docs[one]]), build_graph([docs[two]])
        for source, target, key in set(first.edges(keys=True)) & set(second.edges(keys=True)):
            names = (together.nodes[source]["name"], together.nodes[target]["name"])
            a, b = edge_properties(first.edges[source, target, key]), edge_properties(second.edges[source, target, key])
            merged = merge_edge_properties(a, b, {two}, names)
            want = edge_properties(together.edges[source, target, key])
            assert without_role(merged) == without_role(want), (one, two, key)
            assert without_role(merge_edge_properties(merged, None, {two}, names)) == without_role(a)
            checked += 1
    assert checked == 6   # VISITED and SUPPLIED_ARMS_TO twice each way, LEADER_OF each way


def test_dropping_the_document_that_disputes_a_fact_uncontests_it():
    graph = build_graph([dated_result(REUTERS), dated_result(KCNA)])
    (source, target, key), = [(s, t, k) for s, t, k, a in graph.edges(keys=True, data=True)
                              if a["type"] == "SUPPLIED_ARMS_TO" and graph.nodes[t]["name"] == "Russia"]
    props = edge_properties(graph.edges[source, target, key])
    assert props["contested"] and props["disputed_in"] == [KCNA]
    left = merge_edge_properties(props, None, {KCNA}, ("North Korea", "Russia"))
    assert (left["contested"], left["affirmed_in"], left["disputed_in"]) == (False, [REUTERS], [])
    assert (left["sources"], left["source_count"], left["last_date"]) == (["Reuters"], 1, datetime.date(2017, 2, 15))
    # the party's own denial goes with the document that recorded it
    wagner = next(edge_properties(a) for s, t, a in graph.edges(data=True) if graph.nodes[t]["name"] == "Wagner")
    assert wagner["denied_by"] == ["North Korea"] and wagner["contested"]
    other = {**wagner, "evidence_doc_ids": [REUTERS, KCNA]}
    for prop in wagner:
        if prop.startswith("evidence_") and prop != "evidence_doc_ids":
            other[prop] = wagner[prop] * 2
    other["evidence_denied_by"] = ["North Korea", ""]
    other["evidence_starts"] = [wagner["evidence_starts"][0], 999]
    left = merge_edge_properties(other, None, {REUTERS}, ("North Korea", "Wagner"))
    assert (left["denied_by"], left["contested"], left["affirmed_in"]) == ([], False, [KCNA])


def test_batches_span_groups_and_keep_every_row_once():
    groups = {("B",): list(range(5)), ("A",): list(range(3)), ("C",): list(range(4))}
    batches = list(_group_batches(groups, 4))
    assert [sum(len(rows) for _, rows in batch) for batch in batches] == [4, 4, 4]
    assert [(key, rows) for batch in batches for key, rows in batch] == [
        (("A",), [0, 1, 2]), (("B",), [0]), (("B",), [1, 2, 3, 4]), (("C",), [0, 1, 2, 3]),
    ]


def test_label_outside_the_whitelist_is_refused_before_connecting():
    graph = sample_graph()
    node = next(iter(graph.nodes))
    graph.nodes[node]["label"] = "Person`) DETACH DELETE n //"
    with pytest.raises(ExportError, match="not one of"):
        load_graph(graph, uri="bolt://127.0.0.1:1", password="unused")


def test_unreachable_server_is_one_line_with_the_uri_and_how_to_start_one():
    with pytest.raises(Neo4jError) as caught:
        load_graph(sample_graph(), uri="bolt://127.0.0.1:1", user="neo4j", password="s3cret-pw")
    assert str(caught.value) == "cannot reach a Neo4j server at bolt://127.0.0.1:1"
    assert "scripts/neo4j-server start" in caught.value.hint


def test_cli_load_without_a_server_exits_1_with_one_error_line(tmp_path):
    graph_file = write_graph(sample_graph(), tmp_path / "graph.json")
    result = CliRunner().invoke(
        cli, ["load", str(graph_file)],
        env={"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "s3cret-pw", "NEO4J_DATABASE": ""},
    )
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "error: cannot reach a Neo4j server at bolt://127.0.0.1:1",
        'hint: start a local server with: eval "$(scripts/neo4j-server start)"',
    ]


def test_missing_password_says_so_without_connecting():
    with pytest.raises(Neo4jAuthError, match="NEO4J_PASSWORD is not set"):
        load_graph(sample_graph(), uri="bolt://127.0.0.1:1", password="")


def test_load_help_has_an_example_and_no_password_option():
    result = CliRunner().invoke(cli, ["load", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "kg load out/graph.json" in result.output
    assert "--password" not in result.output
    assert "NEO4J_URI" in result.output and "NEO4J_PASSWORD" in result.output


# --- against the server ----------------------------------------------------------------------

def test_load_writes_the_graph_property_for_property(clean_neo4j, neo4j_settings):
    graph = build_graph([DOC_A])
    report = load_graph(graph, **settings_kwargs(neo4j_settings))
    assert (report.documents, report.entities, report.relationships) == (1, 13, 16)
    assert report.mentions == 13
    snap = snapshot(clean_neo4j, neo4j_settings.database)
    entities = {props["id"]: (labels, props) for labels, props in snap["nodes"] if labels != ["Document"]}
    assert entities == {
        node: ([attrs["label"]], node_properties(node, attrs)) for node, attrs in graph.nodes(data=True)
    }
    relations = {props["id"]: (s, rel_type, t, props) for s, rel_type, t, props in snap["relationships"]
                 if rel_type != "MENTIONS"}
    assert relations == {
        key: (s, attrs["type"], t, stored(edge_properties(attrs))) for s, t, key, attrs in graph.edges(keys=True, data=True)
    }
    documents = [props for labels, props in snap["nodes"] if labels == ["Document"]]
    assert documents == [stored(document_properties(graph.graph["documents"][0]))]
    mentions = [(s, t) for s, rel_type, t, _ in snap["relationships"] if rel_type == "MENTIONS"]
    assert sorted(mentions) == sorted(("a.txt", node) for node in graph.nodes)


def test_evidence_and_provenance_are_in_the_database(clean_neo4j, neo4j_settings):
    load_graph(build_graph([DOC_A]), **settings_kwargs(neo4j_settings))
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (:State {name: 'North Korea'})-[r:SUPPLIED_ARMS_TO]->(:State {name: 'Russia'}) "
        "RETURN r.status AS status, r.attributed_to AS attributed_to, r.denied_by AS denied_by, r.rules AS rules, "
        "r.doc_ids AS doc_ids, r.evidence_sentences AS sentences, r.evidence_starts AS starts, r.evidence_ends AS ends",
        database_=neo4j_settings.database,
    )
    (record,) = records
    text = SEED.read_text(encoding="utf-8")
    assert record["status"] == "alleged"
    assert record["attributed_to"] == ["United States"]
    assert record["denied_by"] == ["North Korea", "Russia"]
    assert record["rules"] == ["supply.verb"] and record["doc_ids"] == ["a.txt"]
    assert text[record["starts"][0]:record["ends"][0]] == record["sentences"][0]
    assert record["sentences"][0].startswith("The United States has accused North Korea")
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (d:Document {id: 'a.txt'})-[:MENTIONS]->(p:Person) RETURN d.sha256 AS sha, collect(p.name) AS people",
        database_=neo4j_settings.database,
    )
    assert records[0]["sha"] == DOC_A.document.sha256
    assert sorted(records[0]["people"]) == ["Kim Jong Un", "Li Hongzhong", "Sergei Shoigu"]


def test_constraints_come_first_and_are_not_duplicated(clean_neo4j, neo4j_settings):
    load_graph(sample_graph(), **settings_kwargs(neo4j_settings))
    load_graph(sample_graph(), **settings_kwargs(neo4j_settings))
    records, _, _ = clean_neo4j.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name",
        database_=neo4j_settings.database,
    )
    assert [(r["labelsOrTypes"], r["properties"], r["type"]) for r in records] == [
        ([label], ["id"], "UNIQUENESS")
        for label in ("Document", "Event", "Location", "Organization", "Person", "State")
    ]


def test_loading_the_same_graph_twice_changes_nothing(clean_neo4j, neo4j_settings):
    graph = build_graph([DOC_A, DOC_B])
    load_graph(graph, **settings_kwargs(neo4j_settings))
    first = snapshot(clean_neo4j, neo4j_settings.database)
    report = load_graph(graph, **settings_kwargs(neo4j_settings), batch_size=3)
    assert snapshot(clean_neo4j, neo4j_settings.database) == first
    assert (report.removed_relationships, report.removed_entities, report.purged_relationships) == (0, 0, 0)
    mentions = sum(len(attrs["documents"]) for _, attrs in graph.nodes(data=True))
    assert counts(first) == (2 + graph.number_of_nodes(), graph.number_of_edges() + mentions)


def test_names_that_look_like_cypher_come_back_verbatim(clean_neo4j, neo4j_settings):
    load_graph(sample_graph(), **settings_kwargs(neo4j_settings))
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (n) WHERE n.name IN $names RETURN n.name AS name ORDER BY name",
        names=[OBRIEN.name, BACKTICK.name, INJECTION.name], database_=neo4j_settings.database,
    )
    assert [r["name"] for r in records] == sorted([OBRIEN.name, BACKTICK.name, INJECTION.name])
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (a:Person {name: $a})-[:MET]-(b:Person {name: $b}) RETURN count(*) AS n",
        a=OBRIEN.name, b=BACKTICK.name, database_=neo4j_settings.database,
    )
    assert records[0]["n"] == 1
    assert counts(snapshot(clean_neo4j, neo4j_settings.database))[0] == 11  # nothing was deleted


def test_a_second_document_merges_into_the_same_entities(clean_neo4j, neo4j_settings):
    database = neo4j_settings.database
    together = snapshot_of_one_load(clean_neo4j, neo4j_settings, [DOC_A, DOC_B])
    load_one_by_one(neo4j_settings, DOC_A, DOC_B)
    assert snapshot(clean_neo4j, database, mention_properties=False) == together

    records, _, _ = clean_neo4j.execute_query(
        "MATCH (n {name: 'Russia'}) RETURN labels(n) AS labels, n.documents AS documents, n.mention_count AS mentions",
        database_=database,
    )
    assert [(r["labels"], r["documents"], r["mentions"]) for r in records] == [
        (["State"], ["a.txt", "sample.txt"], 7 + 2),
    ]
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (:Person {name: 'Sergei Shoigu'})-[r:MINISTER_OF]->(:State {name: 'Russia'}) "
        "RETURN r.doc_ids AS docs, size(r.evidence_sentences) AS evidence",
        database_=database,
    )
    assert [(r["docs"], r["evidence"]) for r in records] == [(["a.txt", "sample.txt"], 2)]


def test_reloading_a_changed_document_replaces_its_facts(clean_neo4j, neo4j_settings):
    database = neo4j_settings.database
    expected = snapshot_of_one_load(clean_neo4j, neo4j_settings, [DOC_A_CHANGED, DOC_B])
    *_, report = load_one_by_one(neo4j_settings, DOC_A, DOC_B, DOC_A_CHANGED)
    assert snapshot(clean_neo4j, database, mention_properties=False) == expected
    # VISITED and AT_WAR_WITH only had A's evidence: gone; ACCUSED keeps B's; Ukraine has nothing left
    assert report.removed_relationships == 2 and report.purged_relationships == 1
    assert report.removed_entities == 1
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (:State {name: 'United States'})-[r:ACCUSED]->(:State {name: 'North Korea'}) RETURN r.doc_ids AS docs",
        database_=database,
    )
    assert [r["docs"] for r in records] == [["sample.txt"]]
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (d:Document {id: 'a.txt'}) RETURN d.sha256 AS sha", database_=database,
    )
    assert records[0]["sha"] == DOC_A_CHANGED.document.sha256 != DOC_A.document.sha256


KILLED_LOAD = textwrap.dedent("""
    import os, sys, time
    from kg.graph import read_graph
    from loaders.neo4j import load_graph

    def on_batch(stage, rows):
        print(stage, flush=True)
        time.sleep(1.0)  # room for the test to kill us between two batches

    load_graph(read_graph(sys.argv[1]), uri=os.environ["NEO4J_URI"], user=os.environ["NEO4J_USER"],
               password=os.environ["NEO4J_PASSWORD"], database=os.environ["NEO4J_DATABASE"],
               batch_size=2, on_batch=on_batch)
    print("finished", flush=True)
""")


def run_and_kill_after(graph_file: Path, stage: str, settings) -> list[str]:
    """Load in a child process and SIGKILL it right after its first committed batch of ``stage``."""
    env = {**os.environ, "NEO4J_URI": settings.uri, "NEO4J_USER": settings.user,
           "NEO4J_PASSWORD": settings.password, "NEO4J_DATABASE": settings.database,
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, "-c", KILLED_LOAD, str(graph_file)], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = []
    try:
        for line in child.stdout:
            seen.append(line.strip())
            if seen[-1] == stage:
                child.kill()
                break
    finally:
        child.kill()
        child.wait(timeout=30)
    return seen


@pytest.mark.parametrize("before, load, stage", [
    ([], [DOC_A, DOC_B], "entities"),
    ([], [DOC_A, DOC_B], "relationships"),
    ([DOC_A, DOC_B], [DOC_A_CHANGED], "purge"),
    ([DOC_A, DOC_B], [DOC_A_CHANGED], "relationships"),
], ids=["first-load-in-entities", "first-load-in-relationships", "reload-after-purge", "reload-in-relationships"])
def test_a_load_killed_half_way_converges_when_run_again(clean_neo4j, neo4j_settings, tmp_path, before, load, stage):
    database = neo4j_settings.database
    graph = build_graph(load)
    if before:
        load_graph(build_graph(before), **settings_kwargs(neo4j_settings))
    load_graph(graph, **settings_kwargs(neo4j_settings))
    clean = snapshot(clean_neo4j, database)
    wipe(clean_neo4j, database)

    if before:
        load_graph(build_graph(before), **settings_kwargs(neo4j_settings))
    seen = run_and_kill_after(write_graph(graph, tmp_path / "graph.json"), stage, neo4j_settings)
    assert seen[-1] == stage and "finished" not in seen, seen
    assert snapshot(clean_neo4j, database) != clean  # really half-way

    load_graph(graph, **settings_kwargs(neo4j_settings))
    assert snapshot(clean_neo4j, database) == clean


def test_wrong_password_is_one_line_saying_authentication_failed(neo4j_driver, neo4j_settings):
    wrong = "not-" + neo4j_settings.password
    with pytest.raises(Neo4jAuthError) as caught:
        load_graph(sample_graph(), **{**settings_kwargs(neo4j_settings), "password": wrong})
    message = str(caught.value)
    assert message == f"authentication failed for user '{neo4j_settings.user}' at {neo4j_settings.uri}"
    assert wrong not in message and neo4j_settings.password not in message


def test_cli_load_reports_counts_and_never_prints_the_password(clean_neo4j, neo4j_settings, tmp_path):
    graph_file = write_graph(sample_graph(), tmp_path / "graph.json")
    env = {"NEO4J_URI": neo4j_settings.uri, "NEO4J_USER": neo4j_settings.user,
           "NEO4J_PASSWORD": neo4j_settings.password, "NEO4J_DATABASE": neo4j_settings.database}
    result = CliRunner().invoke(cli, ["load", str(graph_file), "--batch-size", "4"], env=env)
    assert result.exit_code == 0, result.output
    assert "1 documents, 10 entities, 10 mentions, 9 relationships" in result.output
    assert neo4j_settings.password not in result.output

    result = CliRunner().invoke(cli, ["load", str(graph_file)], env={**env, "NEO4J_PASSWORD": "wrong-pw-123"})
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: authentication failed for user '{neo4j_settings.user}' at {neo4j_settings.uri}",
        "hint: check NEO4J_USER and NEO4J_PASSWORD",
    ]


def test_driver_debug_log_shows_batch_sizes_not_rows_or_the_password(clean_neo4j, neo4j_settings, caplog):
    graph = sample_graph()
    sentences = {item["sentence"] for _, _, attrs in graph.edges(data=True) for item in attrs["evidence"]}
    with caplog.at_level(logging.DEBUG, logger="neo4j"):
        load_graph(graph, **settings_kwargs(neo4j_settings))
    runs = [record.getMessage() for record in caplog.records if "C: RUN" in record.getMessage()]
    assert runs and any("<list of " in line for line in runs)
    log = caplog.text
    assert not any(sentence in log for sentence in sentences)
    assert neo4j_settings.password not in log


def test_relation_types_in_the_database_come_from_the_whitelist(clean_neo4j, neo4j_settings):
    load_graph(build_graph([DOC_A, DOC_B]), **settings_kwargs(neo4j_settings))
    records, _, _ = clean_neo4j.execute_query(
        "MATCH ()-[r]->() RETURN DISTINCT type(r) AS type", database_=neo4j_settings.database,
    )
    assert {r["type"] for r in records} <= set(RELATION_TYPES) | {"MENTIONS"}


def test_build_with_neo4j_writes_the_files_and_loads_the_graph(clean_neo4j, neo4j_settings, tmp_path):
    env = {"NEO4J_URI": neo4j_settings.uri, "NEO4J_USER": neo4j_settings.user,
           "NEO4J_PASSWORD": neo4j_settings.password, "NEO4J_DATABASE": neo4j_settings.database}
    result = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--neo4j",
                                      "--retry-for", "5"], env=env)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.json").exists()
    assert f"loaded into {neo4j_settings.uri}/{neo4j_settings.database}: 1 documents" in result.output
    assert neo4j_settings.password not in result.output
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (p)-[:ATTENDED]->(:Event {name: 'military parade'}) RETURN p.name AS name ORDER BY name",
        database_=neo4j_settings.database,
    )
    assert [r["name"] for r in records] == ["Kim Jong Un", "Li Hongzhong", "Sergei Shoigu"]


def test_build_with_neo4j_but_no_server_still_writes_the_files(tmp_path):
    env = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "pw", "NEO4J_DATABASE": ""}
    result = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--neo4j",
                                      "--retry-for", "0"], env=env)
    assert result.exit_code == 1
    assert (tmp_path / "graph.json").exists()
    assert "error: cannot reach a Neo4j server at bolt://127.0.0.1:1" in result.output


def test_unknown_database_is_one_line(neo4j_driver, neo4j_settings):
    with pytest.raises(Neo4jError) as caught:
        load_graph(sample_graph(), **{**settings_kwargs(neo4j_settings), "database": "no-such-db"})
    assert str(caught.value) == f"database 'no-such-db' does not exist at {neo4j_settings.uri}"
    assert "omit --database" in caught.value.hint


def test_bad_uri_is_one_line():
    with pytest.raises(Neo4jError, match=r"^invalid Neo4j URI http2://localhost:1: URI scheme 'http2' is not supported"):
        load_graph(sample_graph(), uri="http2://localhost:1", password="pw")


# --- dates, sources and contested claims on the server -----------------------------------------

def _wagner(doc_id: str, denied: bool):
    """The alleged delivery to Wagner as ``doc_id`` gives it, with North Korea's denial or without."""
    relation = next(r for r in RELATIONS[REUTERS] if r.target == WAGNER)
    evidence = dataclasses.replace(relation.evidence, doc_id=doc_id, start=500)
    return dataclasses.replace(relation, evidence=evidence, denied_by=("North Korea",) if denied else ())


def test_dates_are_cypher_dates_that_compare_and_are_indexed(clean_neo4j, neo4j_settings):
    database = neo4j_settings.database
    load_graph(dated_graph(), **settings_kwargs(neo4j_settings))
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (s)-[r]->(t) WHERE r.first_date >= date('2017-02-01') "
        "RETURN type(r) AS type, t.name AS target, r.first_date AS first, r.first_date_precision AS precision, "
        "r.last_date AS last, r.source_count AS sources, r.contested AS contested ORDER BY first, type, target",
        database_=database,
    )
    assert [(r["type"], r["target"], r["first"].iso_format(), r["precision"], r["last"].iso_format(), r["sources"],
             r["contested"]) for r in records] == [
        ("VISITED", "North Korea", "2017-02-01", "month", "2017-02-13", 2, False),
        ("SUPPLIED_ARMS_TO", "Russia", "2017-02-15", "day", "2017-03-02", 2, True),
        ("SUPPLIED_ARMS_TO", "Wagner", "2022-11-01", "month", "2022-11-01", 1, True),
    ]
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (d:Document) WHERE d.date < date('2017-03-01') RETURN d.id AS id, d.date_precision AS precision",
        database_=database,
    )
    assert [(r["id"], r["precision"]) for r in records] == [(REUTERS, "day")]
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (:Person {name: 'Kim Jong Un'})-[r:ATTENDED]->() RETURN r.first_date IS NULL AS undated, "
        "r.first_date_precision AS precision", database_=database,
    )
    assert [(r["undated"], r["precision"]) for r in records] == [(True, "")]
    indexes, _, _ = clean_neo4j.execute_query(
        "SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE name STARTS WITH 'kg_' "
        "RETURN name, labelsOrTypes, properties", database_=database,
    )
    found = {(r["labelsOrTypes"][0], r["properties"][0]) for r in indexes}
    assert ("Document", "date") in found and ("VISITED", "first_date") in found and ("ATTENDED", "contested") in found


def test_dated_documents_loaded_one_by_one_give_the_one_load(clean_neo4j, neo4j_settings):
    docs = [dated_result(doc_id) for doc_id in (REUTERS, KCNA, UNDATED)]
    together = snapshot_of_one_load(clean_neo4j, neo4j_settings, docs)
    load_one_by_one(neo4j_settings, *docs)
    assert snapshot(clean_neo4j, neo4j_settings.database, mention_properties=False) == together


def test_a_reload_that_drops_the_dispute_recomputes_contested_sources_and_dates(clean_neo4j, neo4j_settings):
    database = neo4j_settings.database
    kcna_changed = dated_result(KCNA, tuple(r for r in dated_result(KCNA).relations if r.status != "negated"))
    expected = snapshot_of_one_load(clean_neo4j, neo4j_settings, [dated_result(REUTERS), kcna_changed])
    load_one_by_one(neo4j_settings, dated_result(REUTERS), dated_result(KCNA), kcna_changed)
    assert snapshot(clean_neo4j, database, mention_properties=False) == expected
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (:State {name: 'North Korea'})-[r:SUPPLIED_ARMS_TO]->(:State {name: 'Russia'}) "
        "RETURN r.contested AS contested, r.sources AS sources, r.disputed_in AS disputed, r.last_date AS last",
        database_=database,
    )
    assert [(r["contested"], r["sources"], r["disputed"], r["last"].iso_format()) for r in records] == [
        (False, ["Reuters"], [], "2017-02-15"),
    ]


def test_a_reload_without_the_denial_takes_denied_by_off(clean_neo4j, neo4j_settings):
    """The loader's old gap: ``denied_by`` was a union over loads, so a denial stayed after the
    document that recorded it was re-loaded without it. Each evidence item keeps its own now."""
    database = neo4j_settings.database
    with_denial = _wagner(KCNA, denied=True)
    without_denial = _wagner(REUTERS, denied=False)
    kcna = dated_result(KCNA, dated_result(KCNA).relations + (with_denial,))
    reuters = dated_result(REUTERS, tuple(r for r in dated_result(REUTERS).relations if r.target.name != "Wagner")
                           + (without_denial,))
    kcna_without = dated_result(KCNA, dated_result(KCNA).relations + (_wagner(KCNA, denied=False),))
    expected = snapshot_of_one_load(clean_neo4j, neo4j_settings, [reuters, kcna_without])
    load_one_by_one(neo4j_settings, reuters, kcna)
    query = ("MATCH (:State {name: 'North Korea'})-[r:SUPPLIED_ARMS_TO]->(:Organization {name: 'Wagner'}) "
             "RETURN r.denied_by AS denied_by, r.contested AS contested, r.evidence_denied_by AS items")
    records, _, _ = clean_neo4j.execute_query(query, database_=database)
    assert [(r["denied_by"], r["contested"]) for r in records] == [(["North Korea"], True)]
    load_one_by_one(neo4j_settings, kcna_without)
    records, _, _ = clean_neo4j.execute_query(query, database_=database)
    assert [(r["denied_by"], r["contested"], r["items"]) for r in records] == [([], False, ["", ""])]
    assert snapshot(clean_neo4j, database, mention_properties=False) == expected
