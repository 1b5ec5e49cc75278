"""Fixtures for tests that need a real Neo4j server (never a mock of the database).

Start one with ``eval "$(scripts/neo4j-server start)"``: it exports the ``NEO4J_*`` variables these
fixtures read. Any test that uses them is marked ``neo4j`` (so ``pytest -m "not neo4j"`` leaves them
out). When the server is missing they fail in CI (``CI`` set) and skip elsewhere, with a message
saying how to start it.

* ``neo4j_settings`` - uri, user, password and database from ``NEO4J_URI``, ``NEO4J_USER``,
  ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``.
* ``neo4j_driver`` - one connected official driver for the whole session.
* ``clean_neo4j`` - empties the database before the test and returns the driver::

      def test_load_twice(clean_neo4j, neo4j_settings):
          records, _, _ = clean_neo4j.execute_query("MATCH (n) RETURN count(n) AS n",
                                                    database_=neo4j_settings.database)
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import neo4j
import pytest
from neo4j import exceptions as neo4j_exceptions

START_HINT = 'start a local server with: eval "$(scripts/neo4j-server start)"'
NEO4J_FIXTURES = frozenset({"neo4j_settings", "neo4j_driver", "clean_neo4j"})


@dataclass(frozen=True)
class Neo4jSettings:
    """Where the test server is and how to log in (the password stays out of reprs)."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)


def in_ci() -> bool:
    """True when ``CI`` is set to anything but an explicit no (CI=true on the usual CI services)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def neo4j_unavailable(reason: str) -> None:
    """Fail in CI, where the server is part of the run; skip elsewhere, saying how to start one."""
    if in_ci():
        pytest.fail(f"Neo4j is required in CI: {reason}", pytrace=False)
    pytest.skip(f"{reason}; {START_HINT}")


#: ``../shared`` beside the repository (reference scorer and gold): comparisons with it are an extra check.
SHARED = Path(__file__).resolve().parents[2] / "shared"
REFERENCE_SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` (present in CI); tests using it are left out at collection where it is absent."""
    if not REFERENCE_SCORER.is_file():
        pytest.fail(f"{REFERENCE_SCORER} is absent", pytrace=False)
    return SHARED


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark Neo4j tests; leave out the comparisons with ``../shared``'s reference scorer where it is absent.

    The project's own scorer (``kg eval``) and its own gold files are what the tests score with, so a
    plain clone runs every test of its own. Tests that compare with the reference scorer (they use the
    ``shared`` fixture) are deselected, not skipped, when ``../shared`` is missing outside CI; in CI
    they run and fail if it is missing."""
    extra: list[pytest.Item] = []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if NEO4J_FIXTURES & fixtures:
            item.add_marker(pytest.mark.neo4j)
        if "shared" in fixtures:
            item.add_marker(pytest.mark.reference)
            extra.append(item)
    if extra and not REFERENCE_SCORER.is_file() and not in_ci():
        config.hook.pytest_deselected(items=extra)
        left_out = set(extra)
        items[:] = [item for item in items if item not in left_out]
        config.stash[_LEFT_OUT] = len(extra)


_LEFT_OUT = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    left_out = config.stash.get(_LEFT_OUT, 0)
    if left_out:
        terminalreporter.write_line(f"{left_out} comparison(s) with the reference scorer left out: "
                                    f"{REFERENCE_SCORER} is absent (CI has it)")


@pytest.fixture(scope="session")
def neo4j_settings() -> Neo4jSettings:
    """Connection settings from ``NEO4J_*`` (user defaults to neo4j, database to neo4j)."""
    uri = os.environ.get("NEO4J_URI", "").strip()
    if not uri:
        neo4j_unavailable("NEO4J_URI is not set")
    return Neo4jSettings(
        uri=uri,
        user=os.environ.get("NEO4J_USER") or "neo4j",
        password=os.environ.get("NEO4J_PASSWORD", ""),
        database=os.environ.get("NEO4J_DATABASE") or "neo4j",
    )


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Neo4jSettings):
    """A driver that has connected and logged in once. A refused login always fails: the server is
    there, the settings are wrong."""
    driver = neo4j.GraphDatabase.driver(neo4j_settings.uri, auth=neo4j_settings.auth, connection_timeout=10.0)
    refused = unreachable = ""
    try:
        driver.verify_connectivity()
    except neo4j_exceptions.AuthError as exc:
        refused = exc.message or str(exc)
    except (neo4j_exceptions.ServiceUnavailable, neo4j_exceptions.SessionExpired) as exc:
        unreachable = str(exc).strip().splitlines()[-1]  # the driver's last line holds the reason
    # Outside the except blocks, so the report is one line, not the driver's exception chain.
    if refused:
        driver.close()
        pytest.fail(f"Neo4j at {neo4j_settings.uri} refused user {neo4j_settings.user!r} ({refused}): "
                    "is NEO4J_PASSWORD the one of this server?", pytrace=False)
    if unreachable:
        driver.close()
        neo4j_unavailable(f"no Neo4j answers at {neo4j_settings.uri} ({unreachable})")
    yield driver
    driver.close()


@pytest.fixture
def clean_neo4j(neo4j_driver: neo4j.Driver, neo4j_settings: Neo4jSettings) -> neo4j.Driver:
    """Empty the test database before the test: every node and relationship, every constraint (the
    loader's uniqueness constraints) and every index but the built-in token lookups. Cleaning before
    rather than after leaves a failed test's graph in place to look at in the Browser."""
    database = neo4j_settings.database
    with neo4j_driver.session(database=database) as session:
        # IN TRANSACTIONS needs an auto-commit transaction (session.run), and keeps big graphs in bounds.
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    constraints, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=database)
    for record in constraints:
        neo4j_driver.execute_query(f"DROP CONSTRAINT {_quote(record['name'])} IF EXISTS", database_=database)
    indexes, _, _ = neo4j_driver.execute_query(
        "SHOW INDEXES YIELD name, type, owningConstraint "
        "WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name",
        database_=database,
    )
    for record in indexes:
        neo4j_driver.execute_query(f"DROP INDEX {_quote(record['name'])} IF EXISTS", database_=database)
    return neo4j_driver


def _quote(name: str) -> str:
    """A schema name as a Cypher identifier (names cannot be parameters)."""
    return "`" + name.replace("`", "``") + "`"
