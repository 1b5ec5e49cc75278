"""docker-compose.yml cannot be run here (no Docker engine): check that it parses and that it gives
users what ``kg load`` expects by default - Bolt on localhost:7687, user neo4j - plus a password
Neo4j accepts, kept data and a healthcheck for ``docker compose up --wait``."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml  # test dependency (pyproject: [project.optional-dependencies] test)

COMPOSE_FILE = Path(__file__).resolve().parent.parent / "docker-compose.yml"
DEFAULT = re.compile(r"^\$\{(?P<name>\w+):-(?P<default>[^}]*)\}$")  # ${NAME:-default}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def neo4j_service(compose) -> dict:
    return compose["services"]["neo4j"]


def published(ports: list) -> dict[int, int]:
    """container port -> host port, from short-syntax entries ("[ip:]host:container")."""
    mapping = {}
    for entry in ports:
        *_, host, container = str(entry).split(":")
        mapping[int(container)] = int(host)
    return mapping


def test_uses_the_official_community_image_of_our_version(neo4j_service):
    assert neo4j_service["image"] == "neo4j:5.26-community"


def test_publishes_bolt_and_http_on_their_default_ports(neo4j_service):
    assert published(neo4j_service["ports"]) == {7474: 7474, 7687: 7687}


def test_auth_comes_from_NEO4J_AUTH_with_a_usable_default(neo4j_service):
    match = DEFAULT.match(neo4j_service["environment"]["NEO4J_AUTH"])

    assert match and match["name"] == "NEO4J_AUTH"
    user, _, password = match["default"].partition("/")
    assert user == "neo4j"
    assert len(password) >= 8  # the image refuses shorter passwords


def test_keeps_the_data_in_a_named_volume(compose, neo4j_service):
    mounts = dict(str(volume).split(":", 1) for volume in neo4j_service["volumes"])

    assert "/data" in mounts.values()
    source = next(name for name, target in mounts.items() if target == "/data")
    assert source in compose["volumes"]


def test_healthcheck_runs_a_query_through_cypher_shell(neo4j_service):
    check = neo4j_service["healthcheck"]
    command = " ".join(check["test"])

    assert check["test"][0] in ("CMD", "CMD-SHELL")
    assert "cypher-shell" in command and "RETURN 1" in command
    assert "$${NEO4J_AUTH" in command  # the container's NEO4J_AUTH, not compose's interpolation
    assert check["retries"] >= 1
