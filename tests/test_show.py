"""kg show: finding an entity by id, name or alias; its relations table; the summary; the command."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from sample_graph import BACKTICK, INJECTION, KIM, NK, OBRIEN, SENTENCES, SHOIGU, US, sample_graph

from kg.cli import cli
from kg.graph import write_graph
from kg.names import entity_id
from kg.show import (
    MAX_EVIDENCE, MAX_SENTENCE, AmbiguousEntityError, EntityNotFoundError, entity_lines, find_entity, relation_rows,
    show_lines, summary_lines,
)


def node_id(ref) -> str:
    return entity_id(ref.label, ref.name)


@pytest.fixture
def graph():
    return sample_graph()


def add_person(graph, name: str, aliases: list[str]) -> str:
    new = entity_id("Person", name)
    graph.add_node(new, label="Person", name=name, aliases=aliases, mention_count=1, documents=["sample.txt"])
    return new


# --- finding the entity --------------------------------------------------------------------------

@pytest.mark.parametrize("query, ref", [
    ("Sergei Shoigu", SHOIGU), ("sergei SHOIGU", SHOIGU), ("Shoigu", SHOIGU), ("ruler kim", KIM),
    ("the United States", US), ("The United States'", US), ("O’Brien", OBRIEN), ("back`tick", BACKTICK),
    ("}) DETACH DELETE n //", INJECTION), (node_id(NK), NK),
])
def test_find_entity_by_id_name_or_alias_in_any_case(graph, query, ref):
    assert find_entity(graph, query) == node_id(ref)


def test_unknown_entity_is_a_one_line_kg_error(graph):
    with pytest.raises(EntityNotFoundError, match="no entity named 'Putin'") as info:
        find_entity(graph, "Putin")
    assert "\n" not in str(info.value) and info.value.hint
    with pytest.raises(EntityNotFoundError):
        find_entity(graph, "the")  # nothing left after normalising


def test_ambiguous_alias_lists_the_candidates(graph):
    other = add_person(graph, "Kim Yo Jong", ["Kim"])
    with pytest.raises(AmbiguousEntityError) as info:
        find_entity(graph, "kim")
    message = str(info.value)
    assert "'kim' matches 2 entities" in message
    assert f"Kim Jong Un (Person, {node_id(KIM)})" in message and f"Kim Yo Jong (Person, {other})" in message
    assert "\n" not in message
    assert find_entity(graph, other) == other  # the id always works


def test_a_canonical_name_wins_over_an_alias(graph):
    kim = add_person(graph, "Kim", [])
    assert find_entity(graph, "Kim") == kim


# --- the entity view -----------------------------------------------------------------------------

def test_relation_rows_in_both_directions_with_status(graph):
    rows = relation_rows(graph, node_id(NK))
    assert [(r.direction, r.type, r.other) for r in rows] == [
        ("<-", "ACCUSED", "United States (State)"),
        ("->", "DENIED", "United States (State)"),
        ("->", "SUPPLIED_ARMS_TO", "Russia (State)"),
    ]
    supplied = rows[2]
    assert supplied.status.splitlines() == ["alleged", "per United States", "denied by North Korea, Russia"]
    assert supplied.evidence == f"[sample.txt:100-170 per United States] {SENTENCES['accuse']}"


def test_symmetric_relation_has_no_direction_and_role_is_shown(graph):
    met = next(r for r in relation_rows(graph, node_id(BACKTICK)) if r.type == "MET")
    assert met.direction == "<->" and met.other == "O'Brien (Person)"
    minister = next(r for r in relation_rows(graph, node_id(SHOIGU)) if r.type.startswith("MINISTER_OF"))
    assert minister.type == "MINISTER_OF\nas Defense Minister"


def test_entity_lines_header_and_table(graph):
    lines = entity_lines(graph, node_id(SHOIGU), width=100)
    assert lines[:4] == [
        f"Sergei Shoigu (Person, {node_id(SHOIGU)})",
        "aliases:   Shoigu",
        "documents: sample.txt",
        "mentions:  2",
    ]
    text = "\n".join(lines)
    assert "2 relations" in text
    header = next(line for line in lines if "EVIDENCE" in line)
    assert header.split() == ["TYPE", "OTHER", "ENTITY", "STATUS", "EVIDENCE"]
    assert "->   ATTENDED" in text and "military parade (Event)" in text and "as Defense Minister" in text
    assert "[sample.txt:40-98] Russian Defense" in text
    assert all(len(line) <= 100 for line in lines)


def test_long_evidence_wraps_within_the_width_and_is_capped(graph):
    source, target, key = next((s, t, k) for s, t, k, a in graph.edges(keys=True, data=True) if a["type"] == "ACCUSED")
    item = graph.edges[source, target, key]["evidence"][0]
    graph.edges[source, target, key]["evidence"] = [
        {**item, "start": i, "sentence": "word " * 200} for i in range(MAX_EVIDENCE + 2)
    ]
    lines = entity_lines(graph, node_id(US), width=80)
    assert all(len(line) <= 80 for line in lines)
    text = "\n".join(lines)
    assert "... and 2 more" in text
    shown = " ".join(line[line.index("[sample.txt:0-"):] for line in lines if "[sample.txt:0-" in line)
    assert len(shown) < MAX_SENTENCE + 40 and "..." in text


def test_entity_without_relations(graph):
    lines = show_lines(graph, "Dublin")
    assert lines[-1] == "no relations"


# --- the summary ---------------------------------------------------------------------------------

def test_summary_lists_entities_by_label_with_degree(graph):
    lines = summary_lines(graph, width=100)
    assert lines[0] == "10 entities, 9 relations, 1 document"
    headings = [line for line in lines if line and line[0].isupper() and "(" in line and "DEGREE" not in line]
    assert headings == ["Person (4)", "State (3)", "Organization (1)", "Event (1)", "Location (1)"]
    state_rows = lines[lines.index("State (3)") + 3:lines.index("State (3)") + 6]
    assert [row.split()[:2] for row in state_rows] == [["North", "Korea"], ["Russia", "3"], ["United", "States"]]
    assert all(row.split()[-4] == "3" for row in state_rows)  # degree column


def test_summary_limit_says_how_many_more(graph):
    lines = summary_lines(graph, limit=2)
    assert "... and 2 more (--limit 0 lists all)" in lines
    assert not any("more" in line for line in summary_lines(graph, limit=0))


# --- the command ---------------------------------------------------------------------------------

@pytest.fixture
def graph_file(graph, tmp_path):
    return str(write_graph(graph, tmp_path / "graph.json"))


def test_cli_show_entity(graph_file):
    result = CliRunner().invoke(cli, ["show", graph_file, "north korea", "--width", "120"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"North Korea (State, {node_id(NK)})\n")
    assert "SUPPLIED_ARMS_TO" in result.output and "denied by North Korea," in result.output
    assert "alleged" in result.output and "sample.txt:172-222" in result.output


def test_cli_show_summary(graph_file):
    result = CliRunner().invoke(cli, ["show", graph_file, "--width", "100"])
    assert result.exit_code == 0, result.output
    assert "10 entities, 9 relations, 1 document" in result.output and "Person (4)" in result.output


def test_cli_show_errors(graph_file, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["show", graph_file, "Putin"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "error: no entity named 'Putin' in the graph"
    assert result.stderr.splitlines()[1].startswith("hint: ")
    result = runner.invoke(cli, ["show", str(tmp_path / "missing.json")])
    assert result.exit_code == 1 and "missing.json" in result.stderr
    result = runner.invoke(cli, ["show", graph_file, "--width", "10"])
    assert result.exit_code == 2


def test_cli_show_ambiguous(graph, tmp_path):
    add_person(graph, "Kim Yo Jong", ["Kim"])
    path = str(write_graph(graph, tmp_path / "graph.json"))
    result = CliRunner().invoke(cli, ["show", path, "Kim"])
    assert result.exit_code == 1
    assert "matches 2 entities" in result.stderr and "Kim Yo Jong" in result.stderr


def test_cli_show_help_has_an_example():
    result = CliRunner().invoke(cli, ["show", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and 'kg show out/graph.json "Kim Jong Un"' in result.output


# --- the timeline (issue 12) ---------------------------------------------------------------------

def test_timeline_rows_are_in_date_order_one_per_fact_and_date():
    from dated_graph import dated_graph
    from kg.show import timeline_rows

    graph = dated_graph()
    rows = timeline_rows(graph, find_entity(graph, "North Korea"))
    assert [(r.date, r.basis, r.fact.split("\n")[0], r.status, r.sources) for r in rows] == [
        ("since 2011", "stated", "<- LEADER_OF as leader", "asserted", "Reuters"),
        ("2017-02", "stated", "<- VISITED", "reported", "KCNA"),
        ("2017-02-13", "stated", "<- VISITED", "asserted", "Reuters"),
        ("2017-02-15", "published", "-> SUPPLIED_ARMS_TO", "asserted, contested", "Reuters"),
        ("2017-03-02", "published", "-> SUPPLIED_ARMS_TO", "negated, contested", "KCNA"),
        ("2022-11", "stated", "-> SUPPLIED_ARMS_TO", "alleged, contested", "Reuters"),
        ("undated", "-", "<- LEADER_OF as leader", "asserted", "notes.txt"),
    ]
    assert rows[1].evidence == "[wire.csv#2:0-47 per KCNA] Shoigu visited the DPRK in February, KCNA said."
    assert rows[4].evidence.startswith("[wire.csv#2:48-90] North Korea did not supply")


def test_timeline_groups_the_evidence_of_one_date():
    from kg.show import timeline_rows

    graph = sample_graph()   # undated: every fact is one "undated" step with all its evidence
    rows = timeline_rows(graph, node_id(SHOIGU))
    attended = next(r for r in rows if "ATTENDED" in r.fact)
    assert attended.date == "undated" and attended.evidence.count("[sample.txt:") == 2
    assert len(rows) == len(relation_rows(graph, node_id(SHOIGU)))


def test_cli_show_timeline(tmp_path):
    from dated_graph import dated_graph

    source = write_graph(dated_graph(), tmp_path / "graph.json")
    result = CliRunner().invoke(cli, ["show", str(source), "north korea", "--timeline", "--width", "140"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("North Korea (State, state-") and lines[2] == "7 steps, 6 dated"
    assert lines[3].split() == ["DATE", "BASIS", "FACT", "STATUS", "SOURCES", "EVIDENCE"]
    dates = [line.split()[0] for line in lines[5:] if line[:1].isdigit() or line.startswith(("since", "undated"))]
    assert dates == ["since", "2017-02", "2017-02-13", "2017-02-15", "2017-03-02", "2022-11", "undated"]
    assert "Shoigu arrived in North Korea on Monday." in result.output
    assert "negated, contested" in result.output

    missing = CliRunner().invoke(cli, ["show", str(source), "--timeline"])
    assert missing.exit_code == 2 and "--timeline needs an ENTITY" in missing.output
    unknown = CliRunner().invoke(cli, ["show", str(source), "Putin", "--timeline"])
    assert unknown.exit_code == 1 and "no entity named 'Putin'" in unknown.output
    helped = CliRunner().invoke(cli, ["show", "--help"])
    assert "--timeline" in helped.output and 'kg show out/graph.json "Kim Jong Un" --timeline' in helped.output
