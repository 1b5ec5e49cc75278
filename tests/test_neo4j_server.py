"""The development server of scripts/neo4j-server: Bolt with a password, the Browser over HTTP, and
the Browser style file shipped for it.

Run against a started server (``eval "$(scripts/neo4j-server start)"``); the HTTP side comes from
``NEO4J_HTTP_URL``, which the script exports (default ``http://<bolt host>:7474``).
"""
from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import neo4j
import pytest
from neo4j import exceptions as neo4j_exceptions

from kg.records import LABELS

GRASS_FILE = Path(__file__).resolve().parent.parent / "neo4j" / "browser-style.grass"


def http_url(settings) -> str:
    url = os.environ.get("NEO4J_HTTP_URL", "").strip()
    if url:
        return url.rstrip("/")
    return f"http://{urlsplit(settings.uri).hostname}:7474"


def get(url: str) -> tuple[int, str, str]:
    """Status, content type and body of a GET."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers.get_content_type(), response.read().decode("utf-8", "replace")


def test_bolt_answers_with_the_configured_password(neo4j_driver, neo4j_settings):
    records, summary, _ = neo4j_driver.execute_query("RETURN 1 AS one", database_=neo4j_settings.database)

    assert [record["one"] for record in records] == [1]
    assert summary.server.agent.startswith("Neo4j/")


def test_a_wrong_password_is_refused(neo4j_driver, neo4j_settings):
    # neo4j_driver has logged in, so the server is there and refusing means the password was checked.
    # One refusal only: Neo4j locks the user for 5 s after 3 in a row, which would upset other tests.
    wrong = (neo4j_settings.user, neo4j_settings.password + "-wrong")
    with neo4j.GraphDatabase.driver(neo4j_settings.uri, auth=wrong) as driver:
        with pytest.raises(neo4j_exceptions.AuthError):
            driver.verify_connectivity()


def test_the_browser_is_served(neo4j_driver, neo4j_settings):
    status, content_type, page = get(f"{http_url(neo4j_settings)}/browser/")

    assert status == 200
    assert content_type == "text/html"
    assert "<title>Neo4j Browser</title>" in page


def test_http_discovery_sends_the_browser_to_our_bolt_port(neo4j_driver, neo4j_settings):
    # The Browser connects to the Bolt address this document advertises, not to the one it was
    # opened from: with overridden ports it must still name ours.
    status, _, body = get(f"{http_url(neo4j_settings)}/")
    discovery = json.loads(body)

    assert status == 200
    assert (urlsplit(discovery["bolt_direct"]).port or 7687) == (urlsplit(neo4j_settings.uri).port or 7687)


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """selector -> {property: value}, read the way Neo4j Browser reads GraSS: quotes are dropped,
    braces inside quotes belong to the value, and there is no comment syntax."""
    rules, selector, body, in_rule, quoted = {}, "", "", False, False
    for char in text:
        if char in "'\"":
            quoted = not quoted
        elif char == "{" and not quoted:
            in_rule = True
        elif char == "}" and not quoted:
            rules[selector] = body
            selector, body, in_rule = "", "", False
        elif in_rule:
            body += char
        elif not char.isspace():
            selector += char
    parsed = {}
    for name, declarations in rules.items():
        pairs = [d.split(":") for d in declarations.split(";") if d.strip()]
        assert all(len(pair) == 2 for pair in pairs), f"the Browser drops these declarations of {name}: {pairs}"
        parsed[name] = {key.strip(): value.strip() for key, value in pairs}
    return parsed


def test_browser_style_colours_every_label_and_captions_by_name_and_type():
    text = GRASS_FILE.read_text(encoding="utf-8")
    style = parse_grass(text)
    labels = (*LABELS, "Document")

    assert "/*" not in text  # the Browser would read a comment as part of a selector
    assert style["relationship"]["caption"] == "<type>"
    assert {style[f"node.{label}"]["caption"] for label in LABELS} == {"{name}"}
    assert style["node.Document"]["caption"] == "{title}"
    colours = [style[f"node.{label}"]["color"].upper() for label in labels]
    assert len(set(colours)) == len(labels), colours
