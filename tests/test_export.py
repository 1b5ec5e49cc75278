"""Exporters by round trip: every format read back gives the graph it was written from, byte-stable.

Like networkx's ``readwrite/json_graph/tests/test_node_link.py``: write, read, compare nodes, edges,
keys and every attribute. The Cypher literal encoder is checked against a reference decoder of
Cypher string literals, and the script against a real Neo4j server (marker ``neo4j``).
"""
from __future__ import annotations

import copy
import csv
import datetime
import io
import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from dated_graph import KCNA, REUTERS, UNDATED, dated_graph
from sample_graph import BACKTICK, INJECTION, OBRIEN, sample_graph

from kg.cli import cli
from kg.errors import ExportError, GraphFileError
from kg.graph import dumps as json_dumps
from kg.graph import read_graph, write_graph
from kg.names import entity_id
from loaders import csv_import, cypher_script, graphml
from loaders.cypher_script import cypher_literal
from loaders.export import FORMATS, export_graph
from loaders.neo4j import load_graph
from loaders.neo4j_rows import index_statements
from loaders.properties import (
    EDGE_LISTS, EDGE_SCALARS, EVIDENCE_FIELDS, edge_attributes, edge_properties, escape_name, evidence_from_properties,
    from_cypher_date, to_cypher_date,
)

NASTY = [
    "O'Brien", "Back`tick", "}) DETACH DELETE n //", 'say "hi"', "C:\\new\\table", "back\\", "\\'",
    "line\nbreak\r\nand\ttab", "Zelenskyy Зеленський 金正恩 🇺🇦", "bell\x07 nul\x00 esc\x1b",
    "rtl\u202eoverride", "zero\u200bwidth", "nbsp\u00a0here", "\ufffe\uffff", "tag\U000e0041", "",
    "'; MATCH (n) DETACH DELETE n; //", "\\u0041 is not A",
]
OBRIEN_ID = entity_id(OBRIEN.label, OBRIEN.name)
BACKTICK_ID = entity_id(BACKTICK.label, BACKTICK.name)


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return sample_graph()


def assert_same_graph(got: nx.MultiDiGraph, want: nx.MultiDiGraph, *, graph_attrs: bool = True) -> None:
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True)) == sorted(want.edges(keys=True, data=True))
    if graph_attrs:
        assert got.graph == want.graph


def awkward_graph() -> nx.MultiDiGraph:
    """The sample plus values that break naive writers: delimiters, line breaks, control characters."""
    graph = sample_graph()
    node = entity_id("Person", "Semi;Colon|Pipe")
    graph.add_node(node, label="Person", name="Semi;Colon|Pipe", aliases=['[1, 2]', "a;b", "x\ny"],
                   mention_count=1, documents=["sample.txt"])
    edge = next(iter(graph.edges(keys=True, data=True)))
    attrs = copy.deepcopy(edge[3])
    attrs["evidence"][0]["sentence"] = 'He said "no";\r\nthen | left\x0c.'
    graph.add_edge(node, edge[1], key="rel-awkward", **{**attrs, "id": "rel-awkward"})
    return graph


# --- JSON --------------------------------------------------------------------------------------

def test_edge_properties_are_the_declared_fields_and_flatten_evidence_reversibly(graph):
    for _, _, key, attrs in [*graph.edges(keys=True, data=True), *dated_graph().edges(keys=True, data=True)]:
        props = edge_properties({"id": key, **attrs})
        assert list(props) == [*EDGE_SCALARS, *EDGE_LISTS, *EVIDENCE_FIELDS.values()]
        want = [{**item, "start": int(item["start"]), "end": int(item["end"])} for item in attrs["evidence"]]
        assert evidence_from_properties(props) == want
        assert edge_attributes(props) == {"id": key, **attrs}
    two = {"id": "r1", "type": "MET", "status": "reported", "evidence": [
        {"doc_id": "a.txt", "sentence": "One.", "start": 0, "end": 4, "rule": "met.x", "status": "reported",
         "attributed_to": ["KCNA", "Reuters"], "denied_by": ["North Korea", "Russia"], "modality": "",
         "source": "Reuters", "date": "2017-02", "date_precision": "month", "date_basis": "stated", "date_since": True},
        {"doc_id": "b.txt", "sentence": "", "start": 7, "end": 9, "rule": "met.y", "status": "asserted",
         "attributed_to": [], "denied_by": [], "modality": "intended", "source": "b.txt", "date": "",
         "date_precision": "", "date_basis": "", "date_since": False},
    ]}
    props = edge_properties(two)
    assert props["evidence_attributed_to"] == ["KCNA; Reuters", ""]
    assert props["evidence_denied_by"] == ["North Korea; Russia", ""]
    assert props["evidence_dates"] == ["2017-02", ""] and props["evidence_date_since"] == [True, False]
    assert props["evidence_starts"] == [0, 7] and props["role"] == "" and props["denied_by"] == []
    assert props["first_date"] is None and props["first_date_precision"] == ""  # the edge's own field, not given
    assert evidence_from_properties(props) == two["evidence"]


def test_edge_dates_are_dates_at_the_first_day_of_their_period_with_the_precision_beside():
    by_type = {(attrs["type"], attrs["first_date"]): edge_properties(attrs) for *_, attrs in dated_graph().edges(data=True)}
    visited = by_type[("VISITED", "2017-02")]
    assert (visited["first_date"], visited["first_date_precision"]) == (datetime.date(2017, 2, 1), "month")
    assert (visited["last_date"], visited["last_date_precision"]) == (datetime.date(2017, 2, 13), "day")
    assert visited["sources"] == ["KCNA", "Reuters"] and visited["source_count"] == 2
    leader = by_type[("LEADER_OF", "2011")]
    assert (leader["first_date"], leader["first_date_precision"]) == (datetime.date(2011, 1, 1), "year")
    undated = by_type[("ATTENDED", "")]
    assert undated["first_date"] is None and undated["last_date"] is None and undated["last_date_precision"] == ""
    arms = by_type[("SUPPLIED_ARMS_TO", "2017-02-15")]
    assert arms["contested"] is True and arms["affirmed_in"] == [REUTERS] and arms["disputed_in"] == [KCNA]
    for text, want in [("2017-02-15", (datetime.date(2017, 2, 15), "day")), ("2017", (datetime.date(2017, 1, 1), "year")),
                       ("", (None, "")), ("yesterday", (None, "")), ("2017-02-30", (None, ""))]:
        assert to_cypher_date(text) == want
        if want[0]:
            assert from_cypher_date(*want) == text


def test_old_evidence_without_the_new_keys_reads_with_empty_values():
    props = {"evidence_doc_ids": ["a.txt"], "evidence_sentences": ["S."], "evidence_starts": [0], "evidence_ends": [2],
             "evidence_rules": ["r"], "evidence_statuses": ["asserted"], "evidence_attributed_to": [""]}
    (item,) = evidence_from_properties(props)
    assert item["denied_by"] == [] and item["date"] == "" and item["date_since"] is False
    assert item["source"] == "a.txt"   # no outlet known: the document, as the graph stage says


def test_json_export_is_the_graph_file_byte_for_byte(graph, tmp_path):
    source = write_graph(graph, tmp_path / "graph.json")
    result = export_graph(read_graph(source), "json", tmp_path / "again.json")
    assert result.files == (tmp_path / "again.json",)
    assert (tmp_path / "again.json").read_bytes() == source.read_bytes()
    assert json_dumps(read_graph(tmp_path / "again.json")) == json_dumps(graph)


# --- GraphML -----------------------------------------------------------------------------------

def test_graphml_round_trip_gives_the_same_graph(graph):
    assert_same_graph(graphml.loads(graphml.dumps(graph)), graph)


def test_graphml_round_trip_keeps_awkward_values():
    graph = awkward_graph()
    graph.graph["mixed"] = "plain"
    graph.nodes[OBRIEN_ID]["score"] = 1.5
    graph.nodes[BACKTICK_ID]["score"] = 2  # mixed int/float: stored as JSON so each keeps its type
    back = graphml.loads(graphml.dumps(graph))
    assert_same_graph(back, graph)
    assert back.nodes[entity_id("Person", "Semi;Colon|Pipe")]["aliases"][0] == "[1, 2]"
    assert type(back.nodes[BACKTICK_ID]["score"]) is int


def test_graphml_round_trip_keeps_dates_sources_and_contest():
    graph = dated_graph()
    back = graphml.loads(graphml.dumps(graph))
    assert_same_graph(back, graph)
    plain = nx.read_graphml(io.BytesIO(graphml.dumps(graph).encode("utf-8")), force_multigraph=True)
    edges = {attrs["id"]: attrs for *_, attrs in plain.edges(data=True)}
    dated = {key: attrs for *_, key, attrs in graph.edges(keys=True, data=True)}
    for key, attrs in dated.items():   # what Gephi shows: ISO text at its precision, a boolean, an int
        assert edges[key]["first_date"] == attrs["first_date"] and edges[key]["contested"] is attrs["contested"]
        assert edges[key]["source_count"] == attrs["source_count"]
        assert json.loads(edges[key]["sources"]) == attrs["sources"]


def test_graphml_opens_with_plain_networkx_reader(graph, tmp_path):
    path = tmp_path / "graph.graphml"
    export_graph(graph, "graphml", path)
    plain = nx.read_graphml(path, force_multigraph=True)  # what Gephi/yEd users and scripts get
    assert set(plain.nodes) == set(graph.nodes)
    assert plain.number_of_edges() == graph.number_of_edges()
    assert plain.nodes[OBRIEN_ID]["name"] == "O'Brien"
    assert plain.nodes[OBRIEN_ID]["mention_count"] == 1
    assert plain.nodes[entity_id("Person", "Kim Jong Un")]["aliases"] == '["Kim", "ruler Kim"]'
    assert json.loads(plain.graph["json_attributes"])["node"] == ["aliases", "documents"]
    assert_same_graph(graphml.read_graphml(path), graph)


def test_graphml_string_that_looks_like_json_stays_a_string(graph):
    graph.nodes[OBRIEN_ID]["name"] = '["not", "a list"]'
    assert graphml.loads(graphml.dumps(graph)).nodes[OBRIEN_ID]["name"] == '["not", "a list"]'


def test_graphml_bad_file_is_a_graph_file_error(tmp_path):
    (tmp_path / "bad.graphml").write_text("<graphml><graph", encoding="utf-8")
    with pytest.raises(GraphFileError, match="bad.graphml"):
        graphml.read_graphml(tmp_path / "bad.graphml")
    with pytest.raises(GraphFileError, match="missing.graphml"):
        graphml.read_graphml(tmp_path / "missing.graphml")


# --- neo4j-admin CSV ---------------------------------------------------------------------------

def test_csv_headers_are_neo4j_admin_import_headers(graph):
    tables = csv_import.to_data(graph)
    assert list(tables) == [
        "nodes_Document.csv", "nodes_Person.csv", "nodes_State.csv", "nodes_Organization.csv",
        "nodes_Event.csv", "nodes_Location.csv", "relationships_ACCUSED.csv", "relationships_ATTENDED.csv",
        "relationships_DENIED.csv", "relationships_MEMBER_OF.csv", "relationships_MET.csv",
        "relationships_MINISTER_OF.csv", "relationships_SUPPLIED_ARMS_TO.csv", "relationships_MENTIONS.csv",
    ]
    assert tables["nodes_Person.csv"][0] == [
        "id:ID(Entity)", "name", "aliases:string[]", "mention_count:int", "documents:string[]", ":LABEL",
    ]
    assert tables["nodes_Document.csv"][0] == [
        "id:ID(Document)", "path", "title", "sha256", "source", "date:date", "date_precision", "date_text", "url",
        "words:int", ":LABEL",
    ]
    assert tables["relationships_ATTENDED.csv"][0] == [
        ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "type", "status", "role", "modality", "rule",
        "first_date:date", "first_date_precision", "last_date:date", "last_date_precision", "source_count:int",
        "contested:boolean",
        "attributed_to:string[]", "denied_by:string[]", "rules:string[]", "doc_ids:string[]", "sources:string[]",
        "affirmed_in:string[]", "disputed_in:string[]",
        "evidence_doc_ids:string[]", "evidence_sentences:string[]", "evidence_starts:int[]",
        "evidence_ends:int[]", "evidence_rules:string[]", "evidence_statuses:string[]",
        "evidence_attributed_to:string[]", "evidence_denied_by:string[]", "evidence_modalities:string[]",
        "evidence_sources:string[]", "evidence_dates:string[]", "evidence_date_precisions:string[]",
        "evidence_date_bases:string[]", "evidence_date_since:boolean[]",
    ]
    assert tables["relationships_MENTIONS.csv"][0] == [
        ":START_ID(Document)", ":END_ID(Entity)", ":TYPE", "mention_count:int", "aliases:string[]",
    ]
    kim = next(row for row in tables["nodes_Person.csv"][1:] if row[1] == "Kim Jong Un")
    assert kim[2:] == ["Kim\x1fruler Kim", "3", "sample.txt", "Person"]


def test_csv_files_read_with_the_csv_module_rebuild_the_graph(graph, tmp_path):
    result = export_graph(graph, "csv", tmp_path / "csv")
    assert {p.name for p in result.files} == set(csv_import.to_data(graph))
    for path in result.files:
        text = path.read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert len({len(row) for row in rows}) == 1, path.name
    back = csv_import.read_csv_import(tmp_path / "csv")
    assert_same_graph(back, graph, graph_attrs=False)
    assert back.graph["documents"] == graph.graph["documents"]


def test_csv_dates_are_date_columns_and_come_back_at_their_precision(tmp_path):
    graph = dated_graph()
    tables = csv_import.to_data(graph)
    documents = tables["nodes_Document.csv"]
    date = documents[0].index("date:date")
    assert [row[date] for row in documents[1:]] == ["", "2017-02-15", "2017-03-02"]   # notes.txt has none
    visited = tables["relationships_VISITED.csv"]
    header = visited[0]
    row = dict(zip(header, visited[1]))
    assert row["first_date:date"] == "2017-02-01" and row["first_date_precision"] == "month"
    assert row["last_date:date"] == "2017-02-13" and row["last_date_precision"] == "day"
    assert row["source_count:int"] == "2" and row["contested:boolean"] == "false"
    assert row["evidence_dates:string[]"] == "2017-02-13\x1f2017-02"   # evidence in document order
    attended = dict(zip(*tables["relationships_ATTENDED.csv"][:2]))
    assert attended["first_date:date"] == "" and attended["first_date_precision"] == ""
    export_graph(graph, "csv", tmp_path)
    back = csv_import.read_csv_import(tmp_path)
    assert_same_graph(back, graph, graph_attrs=False)
    assert back.graph["documents"] == graph.graph["documents"]


def test_csv_document_date_that_is_not_iso_is_kept_as_text():
    graph = dated_graph()
    graph.graph["documents"][0]["date"] = "Spring 2017"
    (header, *rows) = csv_import.to_data(graph)["nodes_Document.csv"]
    first = dict(zip(header, rows[0]))
    assert first["date:date"] == "" and first["date_text"] == "Spring 2017"
    assert csv_import.loads(csv_import.dumps(graph)).graph["documents"] == graph.graph["documents"]


def test_csv_round_trip_keeps_delimiters_quotes_and_line_breaks():
    graph = awkward_graph()
    assert_same_graph(csv_import.loads(csv_import.dumps(graph)), graph, graph_attrs=False)


def test_csv_export_removes_its_own_stale_files_and_nothing_else(graph, tmp_path):
    (tmp_path / "relationships_RIVAL_OF.csv").write_text("stale", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("mine", encoding="utf-8")
    export_graph(graph, "csv", tmp_path)
    assert not (tmp_path / "relationships_RIVAL_OF.csv").exists()
    assert (tmp_path / "notes.csv").read_text(encoding="utf-8") == "mine"
    assert_same_graph(csv_import.read_csv_import(tmp_path), graph, graph_attrs=False)


def test_csv_array_value_with_the_delimiter_is_refused(graph):
    graph.nodes[OBRIEN_ID]["aliases"] = ["bad\x1fname"]
    with pytest.raises(ExportError, match="U\\+001F"):
        csv_import.dumps(graph)


def test_csv_empty_string_cells_are_quoted_so_they_stay_strings(graph):
    text = csv_import.dumps(graph)["relationships_MET.csv"]
    row = next(csv.reader(io.StringIO(text.splitlines()[1])))
    assert row[6] == "" and ',"",' in text  # role: "" (quoted), not null


def test_import_command_names_every_file_once_with_the_delimiter(graph, tmp_path):
    result = export_graph(graph, "csv", tmp_path)
    command = result.next_step
    assert command.startswith("neo4j-admin database import full neo4j --array-delimiter=U+001F --multiline-fields=true ")
    for path in result.files:
        flag = "--relationships=" if path.name.startswith("relationships_") else "--nodes="
        assert command.count(f"{flag}{path}") == 1


# --- Cypher ------------------------------------------------------------------------------------

_UNESCAPE = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def parse_cypher_string(text: str) -> tuple[str, str]:
    """Reference decoder: the value of the single-quoted Cypher string at the start of ``text``, and the rest."""
    assert text[0] == "'"
    out, i = [], 1
    while text[i] != "'":
        if text[i] == "\\":
            if text[i + 1] == "u":
                out.append(chr(int(text[i + 2:i + 6], 16)))
                i += 6
            else:
                out.append(_UNESCAPE[text[i + 1]])
                i += 2
        else:
            out.append(text[i])
            i += 1
    value = "".join(out).encode("utf-16", "surrogatepass").decode("utf-16")
    return value, text[i + 1:]


@pytest.mark.parametrize("value", NASTY)
def test_cypher_string_literal_decodes_to_the_value_and_ends_where_it_should(value):
    literal = cypher_literal(value)
    decoded, rest = parse_cypher_string(literal)
    assert decoded == value
    assert rest == ""
    assert "\n" not in literal and "\r" not in literal


def test_cypher_literals_of_other_values():
    assert cypher_literal("O'Brien") == "'O\\'Brien'"
    assert cypher_literal("Back`tick") == "'Back`tick'"
    assert cypher_literal("a\\b") == "'a\\\\b'"
    assert cypher_literal("bidi\u202e") == "'bidi\\u202E'"
    assert cypher_literal("\U000e0041") == "'\\uDB40\\uDC41'"
    assert cypher_literal([1, -2, True, None, "x"]) == "[1, -2, true, null, 'x']"
    assert cypher_literal({"id": "a", "odd key": []}) == "{id: 'a', `odd key`: []}"
    assert cypher_literal(0.5) == "0.5"
    assert cypher_literal(1e20) == "1e20"
    for bad in (float("nan"), float("inf"), 2**63, object()):
        with pytest.raises(ExportError):
            cypher_literal(bad)


def test_cypher_script_writes_dates_as_date_values():
    assert cypher_literal(datetime.date(2017, 2, 1)) == "date('2017-02-01')"
    script = cypher_script.dumps(dated_graph())
    assert "first_date: date('2017-02-01'), first_date_precision: 'month'" in script
    assert "first_date: null, first_date_precision: ''" in script   # the undated ATTENDED
    assert "date: date('2017-02-15'), date_precision: 'day'" in script   # a document


def test_cypher_script_order_constraints_nodes_relationships(graph):
    statements = cypher_script.to_data(graph)
    kinds = [
        "constraint" if s.startswith("CREATE CONSTRAINT")
        else "index" if s.startswith("CREATE INDEX")
        else "mentions" if "`MENTIONS`" in s
        else "relationship" if "]->(b)" in s
        else "node"
        for s in statements
    ]
    assert kinds == sorted(kinds, key=["constraint", "index", "node", "relationship", "mentions"].index)
    assert kinds.count("constraint") == 6 and kinds.count("index") == len(index_statements())
    first_node = kinds.index("node")
    assert statements[first_node].splitlines()[-2:] == ["MERGE (n:`Document` {id: row.id})", "SET n += row"]
    assert all(s.startswith(("CREATE CONSTRAINT", "CREATE INDEX", "UNWIND [")) for s in statements)


def test_cypher_script_keeps_hostile_names_inside_literals(graph):
    script = cypher_script.dumps(graph)
    assert "name: '}) DETACH DELETE n //'" in script
    assert "name: 'O\\'Brien'" in script
    assert "name: 'Back`tick'" in script
    code = re.sub(r"'(?:[^'\\]|\\.)*'", "''", script)  # Cypher outside string literals
    assert "DETACH" not in code and "DELETE" not in code
    assert set(re.findall(r"`[^`]*`", code)) <= {f"`{name}`" for name in (
        "Document", "Person", "State", "Organization", "Event", "Location", "MENTIONS", "ACCUSED", "ATTENDED",
        "DENIED", "MEMBER_OF", "MET", "MINISTER_OF", "SUPPLIED_ARMS_TO", *(f"kg_{label}_id" for label in (
            "document", "person", "state", "organization", "event", "location")),
    )} | {name for statement in index_statements() for name in re.findall(r"`[^`]*`", statement)}


def test_cypher_script_refuses_labels_and_types_outside_the_whitelist(graph):
    graph.nodes[OBRIEN_ID]["label"] = "Person`) DETACH DELETE n //"
    with pytest.raises(ExportError, match="not one of"):
        cypher_script.dumps(graph)
    graph = sample_graph()
    source, target, key = next(iter(graph.edges(keys=True)))
    graph.edges[source, target, key]["type"] = "HACKED"
    with pytest.raises(ExportError, match="HACKED"):
        cypher_script.dumps(graph)


def test_cypher_script_batches_rows(graph, monkeypatch):
    monkeypatch.setattr(cypher_script, "BATCH_SIZE", 2)
    person_batches = [s for s in cypher_script.to_data(graph) if "MERGE (n:`Person`" in s]
    assert len(person_batches) == 2


# --- determinism and the command ---------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_byte_identical_for_the_same_graph(fmt, graph, tmp_path):
    source = write_graph(graph, tmp_path / "graph.json")
    first = export_graph(graph, fmt, tmp_path / "a" / "out")
    second = export_graph(read_graph(source), fmt, tmp_path / "b" / "out")  # attributes in file order
    assert [p.name for p in first.files] == [p.name for p in second.files]
    for one, two in zip(first.files, second.files):
        assert one.read_bytes() == two.read_bytes(), one.name


def test_unknown_format_is_an_export_error(graph, tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        export_graph(graph, "xlsx", tmp_path / "x")


def test_cli_export_writes_and_says_what_it_wrote(graph, tmp_path):
    source = write_graph(graph, tmp_path / "graph.json")
    runner = CliRunner()
    result = runner.invoke(cli, ["export", str(source), "--format", "cypher", "--out", str(tmp_path / "g.cypher")])
    assert result.exit_code == 0, result.output
    assert f"wrote {tmp_path / 'g.cypher'}" in result.output
    assert "10 entities, 9 relations" in result.output
    assert "cypher-shell" in result.output
    assert (tmp_path / "g.cypher").read_text(encoding="utf-8") == cypher_script.dumps(graph)

    result = runner.invoke(cli, ["export", str(source), "-f", "csv", "-o", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    assert result.output.count("wrote ") == len(csv_import.to_data(graph))
    assert "neo4j-admin database import full neo4j --array-delimiter=U+001F" in result.output


def test_cli_export_errors(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["export", str(tmp_path / "none.json"), "-f", "json", "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "error:" in result.stderr and "none.json" in result.stderr
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(cli, ["export", str(tmp_path / "bad.json"), "-f", "json", "-o", str(tmp_path / "o")])
    assert result.exit_code == 1 and "not a JSON graph" in result.stderr
    result = runner.invoke(cli, ["export", str(tmp_path / "bad.json"), "-f", "xlsx", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "xlsx" in result.stderr
    source = write_graph(sample_graph(), tmp_path / "graph.json")
    result = runner.invoke(cli, ["export", str(source), "-f", "json", "-o", str(source / "inside.json")])
    assert result.exit_code == 1 and "cannot write" in result.stderr


def test_cli_export_help_has_an_example():
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "kg export" in result.output


# --- against a real Neo4j server -----------------------------------------------------------------

@pytest.mark.neo4j
def test_cypher_script_loads_into_neo4j_verbatim_and_idempotently(clean_neo4j, neo4j_settings):
    driver = clean_neo4j
    database = neo4j_settings.database
    graph = sample_graph()
    nasty = [name for name in NASTY if name]
    graph.nodes[OBRIEN_ID]["aliases"] = nasty
    statements = cypher_script.to_data(graph)

    def run_script():
        with driver.session(database=database) as session:
            for statement in statements:
                session.run(statement).consume()

    def counts():
        with driver.session(database=database) as session:
            nodes = session.run("MATCH (n) RETURN count(n) AS c").single()["c"]
            rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
        return nodes, rels

    run_script()
    documents = len(graph.graph["documents"])
    mentions = sum(len(attrs["documents"]) for _, attrs in graph.nodes(data=True))
    assert counts() == (graph.number_of_nodes() + documents, graph.number_of_edges() + mentions)
    run_script()  # MERGE on ids: a second run changes nothing
    assert counts() == (graph.number_of_nodes() + documents, graph.number_of_edges() + mentions)

    with driver.session(database=database) as session:
        names = {r["name"] for r in session.run("MATCH (n) WHERE n.name IS NOT NULL RETURN n.name AS name")}
        aliases = session.run("MATCH (n:Person {name: $name}) RETURN n.aliases AS a", name=OBRIEN.name).single()["a"]
        rel = session.run(
            "MATCH (:State {name: 'North Korea'})-[r:SUPPLIED_ARMS_TO]->(:State {name: 'Russia'}) RETURN r"
        ).single()["r"]
    assert {OBRIEN.name, BACKTICK.name, INJECTION.name} <= names
    assert aliases == nasty
    edge = next(a for *_, a in graph.edges(data=True) if a["type"] == "SUPPLIED_ARMS_TO")
    assert rel["id"] == edge["id"] and rel["status"] == "alleged"
    assert rel["denied_by"] == ["North Korea", "Russia"]
    assert rel["evidence_starts"] == [edge["evidence"][0]["start"]]


def database_snapshot(driver, database: str) -> tuple:
    """Every node and relationship with labels/type and all properties, and the constraint names."""
    with driver.session(database=database) as session:
        nodes = sorted(
            (tuple(r["labels"]), sorted(r["props"].items()))
            for r in session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
        )
        rels = sorted(
            (r["a"], r["type"], r["b"], sorted(r["props"].items()))
            for r in session.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props")
        )
        constraints = sorted(r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name"))
    return nodes, rels, constraints


@pytest.mark.neo4j
@pytest.mark.parametrize("make", [sample_graph, dated_graph], ids=["sample", "dated"])
def test_cypher_script_gives_the_database_the_bolt_loader_gives(clean_neo4j, neo4j_settings, make):
    driver, database = clean_neo4j, neo4j_settings.database
    graph = make()
    load_graph(graph, uri=neo4j_settings.uri, user=neo4j_settings.user, password=neo4j_settings.password,
               database=database)
    loaded = database_snapshot(driver, database)
    with driver.session(database=database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
        for name in loaded[2]:
            session.run(f"DROP CONSTRAINT {escape_name(name)}").consume()
        for statement in cypher_script.to_data(graph):
            session.run(statement).consume()
    assert database_snapshot(driver, database) == loaded
