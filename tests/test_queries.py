"""The named Cypher queries: their headers, parameter checks, and their real answers on the seed
article's graph built by ``kg.pipeline`` and loaded into a real Neo4j server."""
from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.query import QueryResult, available_queries, get_query, parse_query, run_query
from kg.records import RELATION_TYPES
from loaders.neo4j import load_graph

ROOT = Path(__file__).resolve().parent.parent
SEED_DOC = "000_49f72384643141fa.txt"
PARADE_ATTENDEES = ["Kim Jong Un", "Li Hongzhong", "Sergei Shoigu"]


# --- the files -------------------------------------------------------------------------------

def test_at_least_ten_queries_ship_with_the_package_each_with_a_full_header():
    queries = available_queries()
    assert len(queries) >= 10
    assert {"attendees", "most-connected"} <= queries.keys()
    shipped = sorted(e.name for e in resources.files("queries").iterdir() if e.name.endswith(".cypher"))
    assert shipped == sorted(f"{name}.cypher" for name in queries)
    for name, query in queries.items():
        assert query.answers, name
        assert query.example.startswith(f"kg query {name}"), name
        for param in query.params:
            assert param.doc, (name, param.name)
            assert f"${param.name}" in query.text, (name, param.name)
        assert set(re.findall(r"\$(\w+)", query.text)) <= {p.name for p in query.params}, name


def test_every_example_names_only_declared_parameters():
    for name, query in available_queries().items():
        given = re.findall(r"--param (\w+)=", query.example)
        assert set(given) <= {p.name for p in query.params}, name


def test_shortest_path_walks_every_relation_type_and_nothing_else():
    text = get_query("shortest-path").text
    (types,) = re.findall(r"\[:([A-Z_|]+)\*", text)
    assert sorted(types.split("|")) == sorted(RELATION_TYPES)


def test_header_parsing():
    query = parse_query(
        "// name: demo\n// answers: what it answers,\n//   over two lines\n"
        "// params: who (string, a name; or an alias); limit (int = 5, how many)\n"
        "// example: kg query demo --param who=Kim\n"
        "MATCH (n) WHERE n.name = $who RETURN n LIMIT $limit\n",
        "demo.cypher",
    )
    assert query.answers == "what it answers, over two lines"
    assert [(p.name, p.type, p.default, p.doc) for p in query.params] == [
        ("who", "string", None, "a name; or an alias"), ("limit", "int", "5", "how many"),
    ]
    assert query.bind({"who": "Kim"}) == {"who": "Kim", "limit": 5}
    assert query.text.startswith("MATCH (n)")


@pytest.mark.parametrize("text, message", [
    ("// answers: x\n// params: none\nRETURN 1", "lacks '// name: ...'"),
    ("// name: x\n// answers: x\n// params: a (list)\nRETURN 1", "bad parameter declaration 'a (list)'"),
    ("// name: x\n// answers: x\n// params: none\n", "no Cypher after the header"),
])
def test_bad_headers_are_reported_with_the_file(text, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        parse_query(text, "x.cypher")


def test_unknown_query_lists_the_ones_that_exist():
    with pytest.raises(QueryError) as caught:
        get_query("attendes")
    assert str(caught.value).startswith("no query named 'attendes'; available: accusations, attendees,")
    assert "most-connected" in str(caught.value)


def test_missing_unknown_and_mistyped_parameters_say_what_is_needed():
    attendees, most_connected = get_query("attendees"), get_query("most-connected")
    with pytest.raises(QueryError) as caught:
        attendees.bind({})
    assert str(caught.value) == ("query 'attendees' needs --param event=... (event (string, case-insensitive "
                                 "substring of an event name or alias))")
    assert caught.value.hint == "example: kg query attendees --param event=parade"
    with pytest.raises(QueryError, match=r"has no parameter evnt; it takes: event \(string"):
        attendees.bind({"evnt": "parade"})
    with pytest.raises(QueryError, match="parameter limit must be int, got 'ten'"):
        most_connected.bind({"limit": "ten"})
    assert most_connected.bind({}) == {"limit": 10, "label": ""}


def test_cli_lists_the_queries_and_rejects_bad_params_without_a_server():
    runner = CliRunner()
    listing = runner.invoke(cli, ["query", "--list"])
    assert listing.exit_code == 0
    assert "attendees: Who attended an event" in listing.output
    assert "    --param event=... (string, case-insensitive substring of an event name or alias)" in listing.output
    assert "    example: kg query attendees --param event=parade" in listing.output
    env = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "pw"}
    missing = runner.invoke(cli, ["query", "attendees"], env=env)
    assert missing.exit_code == 1 and missing.output.startswith("error: query 'attendees' needs --param event=...")
    malformed = runner.invoke(cli, ["query", "attendees", "--param", "parade"], env=env)
    assert malformed.exit_code == 2 and "expected KEY=VALUE" in malformed.output
    down = runner.invoke(cli, ["query", "attendees", "--param", "event=parade"], env=env)
    assert down.exit_code == 1 and down.output.startswith("error: cannot reach a Neo4j server at bolt://127.0.0.1:1")


def test_table_format():
    result = QueryResult("x", ["name", "aliases", "n"], [["Kim Jong Un", ["Kim", "ruler Kim"], 3], [None, [], 10]])
    assert result.to_table().splitlines() == [
        "name         aliases         n",
        "-----------  --------------  --",
        "Kim Jong Un  Kim, ruler Kim  3",
        "                             10",
    ]
    assert json.loads(result.to_json()) == [
        {"name": "Kim Jong Un", "aliases": ["Kim", "ruler Kim"], "n": 3}, {"name": None, "aliases": [], "n": 10},
    ]


# --- real answers on the seed article --------------------------------------------------------

@pytest.fixture(scope="module")
def seed_db(neo4j_driver, neo4j_settings):
    """The seed article's graph from the real pipeline, loaded into an emptied database."""
    from kg.pipeline import build

    with neo4j_driver.session(database=neo4j_settings.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    graph = build([ROOT / "seeds"]).graph
    settings = {"uri": neo4j_settings.uri, "user": neo4j_settings.user, "password": neo4j_settings.password,
                "database": neo4j_settings.database}
    load_graph(graph, **settings)
    return SimpleNamespace(graph=graph, **settings)


def rows(seed_db, name: str, **params) -> list[dict]:
    return run_query(name, {k: str(v) for k, v in params.items()}, uri=seed_db.uri, user=seed_db.user,
                     password=seed_db.password, database=seed_db.database).records()


def relations_of(graph, name: str) -> int:
    """How many relations the graph gives the entity called ``name`` (both directions)."""
    (node,) = [n for n, attrs in graph.nodes(data=True) if attrs["name"] == name]
    return graph.degree(node)


def test_attendees_of_the_parade(seed_db):
    found = rows(seed_db, "attendees", event="parade")
    assert [r["attendee"] for r in found] == PARADE_ATTENDEES
    assert {r["event"] for r in found} == {"military parade"}
    assert {r["attendee"]: r["status"] for r in found}["Li Hongzhong"] == "reported"
    assert all(r["evidence"] for r in found)
    # case-insensitive, and an alias matches too
    assert [r["attendee"] for r in rows(seed_db, "attendees", event="PARADE")] == PARADE_ATTENDEES
    assert [r["attendee"] for r in rows(seed_db, "attendees", event="night military")] == PARADE_ATTENDEES
    assert rows(seed_db, "attendees", event="summit") == []


def test_accusations_with_the_alleged_claims_and_who_denied_them(seed_db):
    found = rows(seed_db, "accusations")
    assert [(r["accuser"], r["accused"], r["claim"], r["claim_target"], r["claim_status"], r["denied_by"])
            for r in found] == [
        ("United States", "North Korea", "SUPPLIED_ARMS_TO", "Russia", "alleged", ["North Korea", "Russia"]),
        ("United States", "North Korea", "SUPPLIED_ARMS_TO", "Wagner", "alleged", ["North Korea", "Russia"]),
    ]
    assert found[0]["evidence"].startswith("The United States has accused North Korea")
    assert len(rows(seed_db, "accusations", accuser="USA")) == 2  # by alias
    assert rows(seed_db, "accusations", accuser="Russia") == []


def test_claims_attributed_to_a_source(seed_db):
    us = rows(seed_db, "claims-by-source", source="united states")
    assert [(r["subject"], r["relation"], r["object"], r["status"]) for r in us] == [
        ("North Korea", "SUPPLIED_ARMS_TO", "Russia", "alleged"),
        ("North Korea", "SUPPLIED_ARMS_TO", "Wagner", "alleged"),
    ]
    assert {r["document"] for r in us} == {SEED_DOC}
    # "In addition to Shoigu, Li Hongzhong ... also watched the military parade, according to North
    # Korean state media": found through the alias of North Korea, one row per attributed evidence
    nk = rows(seed_db, "claims-by-source", source="North Korean")
    assert [(r["subject"], r["relation"], r["object"], r["status"]) for r in nk] == [
        ("Li Hongzhong", "ATTENDED", "military parade", "reported"),
        ("Sergei Shoigu", "ATTENDED", "military parade", "reported"),
    ]
    assert {r["evidence"] for r in nk} == {next(r["evidence"] for r in nk)}


def test_profile_of_sergei_shoigu(seed_db):
    found = rows(seed_db, "profile", entity="shoigu")
    assert {(r["entity"], r["label"]) for r in found} == {("Sergei Shoigu", "Person")}
    facts = [(r["direction"], r["relation"], r["other"], r["role"]) for r in found]
    gold = [("out", "ATTENDED", "military parade", ""), ("out", "MINISTER_OF", "Russia", "Defense Minister"),
            ("out", "VISITED", "North Korea", "")]
    optional = {("out", "MET", "Kim Jong Un", ""), ("in", "MET", "Kim Jong Un", "")}  # "standing next to Kim"
    assert set(gold) <= set(facts) <= set(gold) | optional
    assert facts == sorted(facts, key=lambda f: (f[1], f[0], f[2]))  # ORDER BY relation, direction, other


def test_shortest_path_from_li_hongzhong_to_russia(seed_db):
    found = rows(seed_db, "shortest-path", source="Li Hongzhong", target="Russia")
    paths = [r["path"] for r in found]
    assert "Li Hongzhong -[ATTENDED]-> military parade <-[ATTENDED]- Sergei Shoigu -[MINISTER_OF]-> Russia" in paths
    # the same node sequences, and length, as networkx finds in the graph that was loaded
    graph = nx.Graph(seed_db.graph)
    names = nx.get_node_attributes(graph, "name")
    ids = {name: node for node, name in names.items()}
    expected = {tuple(names[n] for n in path)
                for path in nx.all_shortest_paths(graph, ids["Li Hongzhong"], ids["Russia"])}
    assert {tuple(re.split(r" -\[\w+\]-> | <-\[\w+\]- ", path)) for path in paths} == expected
    assert {r["hops"] for r in found} == {len(next(iter(expected))) - 1}


def test_states_and_who_leads_or_serves_them(seed_db):
    found = rows(seed_db, "state-leaders")
    leaders = [(r["state"], r["person"], r["relation"], r["role"]) for r in found]
    gold = [("North Korea", "Kim Jong Un", "LEADER_OF", "ruler"), ("Russia", "Sergei Shoigu", "MINISTER_OF", "Defense Minister")]
    optional = {("North Korea", "Kim dynasty", "LEADER_OF", "")}  # "ruled by the Kim dynasty"
    assert set(gold) <= set(leaders) <= set(gold) | optional
    assert [r["person"] for r in rows(seed_db, "state-leaders", state="Russian")] == ["Sergei Shoigu"]


def test_organizations_and_their_members(seed_db):
    found = rows(seed_db, "org-members")
    assert [(r["organization"], r["member"], r["relation"]) for r in found] == [
        ("Chinese Politburo", "Li Hongzhong", "MEMBER_OF"),
    ]


def test_people_at_the_same_event(seed_db):
    found = rows(seed_db, "co-attendance")
    assert [(r["event"], r["person"], r["other_person"]) for r in found] == [
        ("military parade", "Kim Jong Un", "Li Hongzhong"),
        ("military parade", "Kim Jong Un", "Sergei Shoigu"),
        ("military parade", "Li Hongzhong", "Sergei Shoigu"),
    ]
    assert len(rows(seed_db, "co-attendance", person="Shoigu")) == 2


def test_most_connected_entities(seed_db):
    found = rows(seed_db, "most-connected", limit=3)
    assert [r["entity"] for r in found] == ["North Korea", "Russia", "military parade"]
    assert [r["relations"] for r in found] == [relations_of(seed_db.graph, r["entity"]) for r in found]
    assert found[0]["relations"] > found[1]["relations"] > found[2]["relations"] >= 4  # 3 attendees + KCNA
    people = rows(seed_db, "most-connected", label="person", limit=1)
    assert [r["entity"] for r in people] == ["Sergei Shoigu"]
    assert len(rows(seed_db, "most-connected")) == 10


def test_facts_per_document(seed_db):
    (found,) = rows(seed_db, "facts-per-document")
    assert found["document"] == SEED_DOC
    assert found["title"] == "Kim and Shoigu inspect military parade"
    assert (found["entities"], found["relations"]) == (seed_db.graph.number_of_nodes(), seed_db.graph.number_of_edges())
    assert found["evidence"] >= found["relations"]
    assert {"ATTENDED", "ACCUSED", "DENIED", "SUPPLIED_ARMS_TO", "MINISTER_OF"} <= set(found["relation_types"])
    assert rows(seed_db, "facts-per-document", document="no such article") == []


def test_denied_claims(seed_db):
    found = rows(seed_db, "denied-claims")
    assert [(r["subject"], r["relation"], r["object"], r["attributed_to"], r["denied_by"]) for r in found] == [
        ("North Korea", "SUPPLIED_ARMS_TO", "Russia", ["United States"], ["North Korea", "Russia"]),
        ("North Korea", "SUPPLIED_ARMS_TO", "Wagner", ["United States"], ["North Korea", "Russia"]),
    ]


def test_facts_of_one_type_or_status(seed_db):
    assert [(r["subject"], r["object"], r["role"]) for r in rows(seed_db, "facts", type="minister_of")] == [
        ("Sergei Shoigu", "Russia", "Defense Minister"),
    ]
    denials = rows(seed_db, "facts", type="DENIED")
    assert [(r["subject"], r["object"]) for r in denials] == [("North Korea", "United States"), ("Russia", "United States")]
    assert {r["relation"] for r in rows(seed_db, "facts", status="alleged")} == {"SUPPLIED_ARMS_TO"}
    assert len(rows(seed_db, "facts")) == seed_db.graph.number_of_edges()


def test_sources_of_an_entity(seed_db):
    found = rows(seed_db, "sources", entity="KCNA")
    assert [(r["entity"], r["document"], r["path"].endswith(SEED_DOC), r["relations"]) for r in found] == [
        ("Korean Central News Agency", SEED_DOC, True, 1),
    ]


def test_cli_query_table_and_json(seed_db):
    env = {"NEO4J_URI": seed_db.uri, "NEO4J_USER": seed_db.user, "NEO4J_PASSWORD": seed_db.password,
           "NEO4J_DATABASE": seed_db.database}
    table = CliRunner().invoke(cli, ["query", "attendees", "--param", "event=parade"], env=env)
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    assert lines[0].split() == ["event", "attendee", "label", "status", "evidence"]
    assert [line.split("  ")[1].strip() for line in lines[2:]] == PARADE_ATTENDEES
    as_json = CliRunner().invoke(cli, ["query", "most-connected", "-p", "limit=2", "--format", "json"], env=env)
    assert as_json.exit_code == 0, as_json.output
    assert [r["entity"] for r in json.loads(as_json.output)] == ["North Korea", "Russia"]
    assert seed_db.password not in table.output + as_json.output


# --- dates, sources and contested claims (issue 12) --------------------------------------------

DATED_QUERIES = ("between", "contested", "corroborated")


def test_dated_queries_name_every_relation_type_so_the_type_indexes_serve_them():
    for name in DATED_QUERIES:
        (types,) = re.findall(r"\[\w+:([A-Z_|]+)\]", get_query(name).text)
        assert sorted(types.split("|")) == sorted(RELATION_TYPES), name


@pytest.fixture(scope="module")
def dated_db(neo4j_driver, neo4j_settings):
    """The hand-made dated graph (tests/dated_graph.py) and the seed built with its publication date,
    loaded into an emptied database (after the seed-only tests above, which this replaces)."""
    from dated_graph import dated_graph

    from kg.pipeline import build

    with neo4j_driver.session(database=neo4j_settings.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    settings = {"uri": neo4j_settings.uri, "user": neo4j_settings.user, "password": neo4j_settings.password,
                "database": neo4j_settings.database}
    load_graph(dated_graph(), **settings)
    load_graph(build([ROOT / "seeds"], date="2023-07-28").graph, **settings)
    return SimpleNamespace(driver=neo4j_driver, **settings)


def test_timeline_of_an_entity_in_date_order_with_evidence(dated_db):
    found = rows(dated_db, "timeline", entity="Sergei Shoigu")
    dated = [r for r in found if r["date"]]
    assert [r["date"] for r in dated] == sorted(r["date"] for r in dated)   # ISO text at any precision sorts
    visits = [(r["date"], r["precision"], r["basis"], r["status"], r["source"]) for r in found
              if r["relation"] == "VISITED" and r["document"].startswith("wire")]
    assert visits == [("2017-02", "month", "stated", "reported", "KCNA"), ("2017-02-13", "day", "stated", "asserted", "Reuters")]
    assert all(r["evidence"] for r in found) and {r["subject"] for r in found if r["relation"] == "ATTENDED"} == {"Sergei Shoigu"}
    kim = rows(dated_db, "timeline", entity="kim")   # an alias
    assert (kim[0]["date"], kim[0]["since"], kim[0]["relation"]) == ("2011", True, "LEADER_OF")
    assert [r["date"] for r in kim][-1] == ""   # undated evidence last
    # the seed's dated fact: the arms delivery to Wagner "in November 2022"
    wagner = [r for r in rows(dated_db, "timeline", entity="Wagner")
              if r["document"] == SEED_DOC and r["relation"] == "SUPPLIED_ARMS_TO"]
    assert [(r["date"], r["basis"], r["status"]) for r in wagner] == [("2022-11", "stated", "alleged")]
    assert rows(dated_db, "timeline", entity="nobody at all") == []


def test_facts_between_two_dates_overlap_the_period_at_their_precision(dated_db):
    def facts(**period):
        return [(r["subject"], r["relation"], r["object"], r["first_date"], r["last_date"])
                for r in rows(dated_db, "between", **period)]

    # the seed's evidence joined two of the dated graph's facts: their last dates are the seed's now
    assert facts(**{"from": "2017-02-10", "to": "2017-02-12"}) == [
        ("Kim Jong Un", "LEADER_OF", "North Korea", "2011", "2023-07-28"),
        ("Sergei Shoigu", "VISITED", "North Korea", "2017-02", "2023-07-28"),
    ]
    assert [fact[:4] for fact in facts(**{"from": "2017-02-14", "to": "2017-03"})] == [
        ("Kim Jong Un", "LEADER_OF", "North Korea", "2011"), ("Sergei Shoigu", "VISITED", "North Korea", "2017-02"),
        ("North Korea", "SUPPLIED_ARMS_TO", "Russia", "2017-02-15"),   # the seed's alleged delivery, too
    ]
    # a month-precision date covers its month, and a period given as a month ends with it
    wagner = ("North Korea", "SUPPLIED_ARMS_TO", "Wagner", "2022-11", "2022-11")
    assert wagner in facts(**{"from": "2022-11-20", "to": "2022-11-25"})
    assert wagner in facts(**{"from": "2022-10-01", "to": "2022-11"})
    assert wagner not in facts(**{"from": "2022-01-01", "to": "2022-10"})
    assert wagner not in facts(**{"from": "2022-12-01", "to": "2023-01-01"})
    year = facts(**{"from": "2022", "to": "2022"})
    assert ("North Korea", "SUPPLIED_ARMS_TO", "Wagner", "2022-11", "2022-11") in year
    assert all(first >= "2022" or last >= "2022" for *_, first, last in year)
    seed_day = facts(**{"from": "2023-07-28", "to": "2023-07-28"})
    assert ("Sergei Shoigu", "ATTENDED", "military parade", "2023-07-28", "2023-07-28") in seed_day
    assert facts(**{"from": "1990-01-01", "to": "1990-12-31"}) == []
    everything = facts(**{"from": "1900", "to": "2100"})
    assert ("Kim Jong Un", "ATTENDED", "military parade", None, None) not in everything   # undated: left out


def test_contested_claims_with_both_sides(dated_db):
    found = {r["object"]: r for r in rows(dated_db, "contested")}
    assert set(found) == {"Russia", "Wagner"}
    # asserted by Reuters, negated by KCNA, and alleged-and-denied by its parties in the seed
    across = found["Russia"]
    assert (across["affirmed_in"], across["affirmed_by"]) == (["wire.csv#1"], ["Reuters"])
    assert (across["disputed_in"], across["disputed_by"]) == ([SEED_DOC, "wire.csv#2"], [SEED_DOC, "KCNA"])
    assert across["affirming_evidence"] == "North Korea supplied shells to Russia."
    assert across["disputing_evidence"].startswith("The United States has accused North Korea")
    assert across["denied_by"] == ["North Korea", "Russia"]
    # only alleged, and denied by North Korea, one of its parties: nobody affirms it
    by_party = found["Wagner"]
    assert (by_party["status"], by_party["attributed_to"], by_party["affirmed_in"]) == ("alleged", ["United States"], [])
    assert by_party["affirming_evidence"] is None and "November 2022" in by_party["disputing_evidence"]
    records, _, _ = dated_db.driver.execute_query(
        "MATCH ()-[r]->() WHERE r.contested RETURN count(r) AS n", database_=dated_db.database)
    assert records[0]["n"] == 2


def test_corroborated_facts_by_number_of_sources(dated_db):
    found = rows(dated_db, "corroborated")
    assert [(r["subject"], r["relation"], r["object"], r["source_count"]) for r in found] == [
        # the seed's evidence (its own outlet: no source column) joined three of them
        ("Kim Jong Un", "LEADER_OF", "North Korea", 3), ("North Korea", "SUPPLIED_ARMS_TO", "Russia", 3),
        ("Sergei Shoigu", "VISITED", "North Korea", 3), ("North Korea", "SUPPLIED_ARMS_TO", "Wagner", 2),
    ]
    visited = next(r for r in found if r["relation"] == "VISITED")
    assert (visited["sources"], visited["first_date"], visited["documents"]) == ([SEED_DOC, "KCNA", "Reuters"], "2017-02", 3)
    counts = [r["source_count"] for r in rows(dated_db, "corroborated", min_sources=1, limit=100)]
    assert counts == sorted(counts, reverse=True) and min(counts) == 1
    assert len(rows(dated_db, "corroborated", min_sources=1, limit=3)) == 3


def test_the_date_filters_use_the_indexes(dated_db):
    for name, params in [("between", {"from": "2017-02", "to": "2017-03"}), ("corroborated", {"min_sources": 2, "limit": 5}),
                         ("contested", {})]:
        _, summary, _ = dated_db.driver.execute_query(
            "EXPLAIN " + get_query(name).text, get_query(name).bind({k: str(v) for k, v in params.items()}),
            database_=dated_db.database)
        operators = []

        def walk(plan):
            operators.append(plan["operatorType"] if isinstance(plan, dict) else plan.operator_type)
            for child in (plan.get("children", []) if isinstance(plan, dict) else plan.children):
                walk(child)
        walk(summary.plan)
        assert any("RelationshipIndexSeek" in op for op in operators), (name, operators)
        assert not any("AllRelationshipsScan" in op for op in operators), (name, operators)
