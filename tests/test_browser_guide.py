"""The README's Neo4j Browser guide, done for real: the seed graph loaded into the test server, the
Browser served by that server opened in headless Chromium, logged in through its connect form, the
project's style applied with `:style`, the graph query run; then what the Browser draws is checked
against the graph and the style file, and the screenshot is kept as test-artifacts/browser-guide.png.

The steps are those of scripts/browser-screenshot (imported from there), which writes the picture
the README shows. Dropping the style file onto the Browser (the README's other way) is checked too,
and the five queries the README suggests are run on the seed graph. Needs the Neo4j server
(tests/conftest.py fixtures), chromium and playwright; in CI (``CI=true``) any of them missing is a
failure, elsewhere a skip.
"""
from __future__ import annotations

import importlib.util
import os
import re
import struct
import sys
import tempfile
from collections import Counter
from functools import cache
from importlib.machinery import SourceFileLoader
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import in_ci
from kg.records import RELATION_TYPES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("KG_TEST_ARTIFACTS") or ROOT / "test-artifacts")


def _unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"{reason} -- the browser guide test must run in CI", pytrace=False)
    pytest.skip(reason)


@cache
def _script():
    """scripts/browser-screenshot as a module (its file name has no .py)."""
    loader = SourceFileLoader("browser_screenshot", str(ROOT / "scripts" / "browser-screenshot"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    sys.modules[loader.name] = module   # dataclasses look their module up there
    loader.exec_module(module)
    return module


def style_rules(path: Path) -> dict[str, dict[str, str]]:
    """`node.Label { key: value; ... }` blocks of a GraSS file, by label."""
    rules = {}
    for label, body in re.findall(r"node\.(\w+)\s*\{([^}]*)\}", path.read_text(encoding="utf-8")):
        rules[label] = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+?)\s*;", body))
    return rules


def caption_matches(caption: str, name: str) -> bool:
    """The Browser fits captions into the circle: whole words on lines, the rest cut (with or without …)."""
    shown = " ".join(caption.replace("…", " ").split())
    return bool(shown) and " ".join(name.split()).startswith(shown)


def load_seed_graph(settings):
    return _script().load_seed_graph(settings.uri, settings.user, settings.password, settings.database)


@pytest.fixture
def guide(clean_neo4j, neo4j_settings):
    """The script module and a logged-in Browser session on the loaded seed graph."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Python package playwright is missing: pip install -e '.[test]'")
    script = _script()
    executable = script.chromium_executable()
    if not executable:
        _unavailable("no chromium on PATH: apt-get install -y chromium (or set KG_CHROMIUM)")
    http_url = os.environ.get("NEO4J_HTTP_URL") or f"http://{urlsplit(neo4j_settings.uri).hostname}:7474"
    graph = load_seed_graph(neo4j_settings)
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile, sync_playwright() as playwright:
        context = script.launch(playwright, profile, executable)
        try:
            session = script.open_session(context, http_url)
            session.log_in(neo4j_settings.uri, neo4j_settings.user, neo4j_settings.password)
            yield script, session, graph
        finally:
            context.close()


def test_the_browser_draws_the_seed_graph_with_the_project_style(guide, neo4j_settings):
    script, session, graph = guide
    shown_style = session.apply_style()
    assert "node.Person" in shown_style and "#4C8EDA" in shown_style   # the Browser took our GraSS
    drawn = session.show_graph()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "browser-guide.png"
    session.page.screenshot(path=str(shot))

    related = [attrs for node, attrs in graph.nodes(data=True) if graph.degree(node)]
    assert len(drawn["nodes"]) == len(related)
    assert len(drawn["relationships"]) == graph.number_of_edges()

    # every node in its label's colour and size from neo4j/browser-style.grass (the Browser's own
    # default is 50px for every label), captioned with its name
    rules = style_rules(script.STYLE)
    expected = Counter((rules[a["label"]]["color"], float(rules[a["label"]]["diameter"].removesuffix("px")) / 2)
                       for a in related)
    assert Counter((n["fill"], n["r"]) for n in drawn["nodes"]) == expected
    captions = sorted((n["caption"] for n in drawn["nodes"]), key=len, reverse=True)
    for name in sorted((a["name"] for a in related), key=len, reverse=True):
        match = next((c for c in captions if caption_matches(c, name)), None)
        assert match is not None, (name, captions)
        captions.remove(match)

    shown_types = {caption.rstrip("…") for caption in drawn["relationships"]}
    assert all(any(t.startswith(shown) for t in RELATION_TYPES) for shown in shown_types)
    assert {"ACCUSED", "DENIED", "ATTENDED", "SUPPLIED_ARMS_TO"} <= shown_types

    assert session.errors == []
    assert all(urlsplit(url).hostname not in script.LOCAL_HOSTS for url in session.refused)
    assert neo4j_settings.password not in session.page.content()
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (int(script.VIEWPORT["width"] * script.SCALE), int(script.VIEWPORT["height"] * script.SCALE))


def test_grass_command_is_one_line_with_every_rule():
    script = _script()
    command = script.grass_command()
    assert command.startswith(":style node {") and "\n" not in command
    for label in ("Person", "State", "Organization", "Event", "Location", "Document"):
        assert f"node.{label} {{" in command


def test_dropping_the_style_file_onto_the_browser_applies_it(guide):
    script, session, _ = guide
    shown = session.drop_style()
    rules = style_rules(script.STYLE)
    for label in ("Person", "State", "Organization", "Event", "Location"):
        assert f"node.{label}" in shown and rules[label]["color"] in shown
    assert session.errors == []


def readme_queries() -> list[str]:
    """The Cypher blocks of the README's "Explore in the Neo4j Browser" section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Explore in the Neo4j Browser\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```cypher\n(.*?)```", section, flags=re.S)


def test_the_five_readme_queries_answer_on_the_seed_graph(clean_neo4j, neo4j_settings):
    graph = load_seed_graph(neo4j_settings)
    queries = readme_queries()
    assert len(queries) == 5
    answers = [clean_neo4j.execute_query(query, database_=neo4j_settings.database).records for query in queries]
    whole, shoigu, attendees, accusation, claims = answers

    assert len(whole) == graph.number_of_edges()
    assert {node["name"] for record in shoigu for node in record["p"].nodes} >= {"Sergei Shoigu", "Russia", "military parade"}
    assert sorted(r["attendee"] for r in attendees) == ["Kim Jong Un", "Li Hongzhong", "Sergei Shoigu"]
    assert all(r["evidence"] for r in attendees)
    assert {(r["accuser"]["name"], r["target"]["name"], r["claim"].type) for r in accusation} == {
        ("United States", "North Korea", "SUPPLIED_ARMS_TO")}
    assert {r["denier"]["name"] for r in accusation} == {"North Korea", "Russia"}
    assert claims and all(r["status"] != "asserted" for r in claims)
    assert ("North Korea", "SUPPLIED_ARMS_TO", "Russia", "alleged") in {
        (r["subject"], r["relation"], r["object"], r["status"]) for r in claims}
