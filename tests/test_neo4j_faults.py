"""Neo4j faults against a real server (issue 11): the server stopped in the middle of a load, a wrong
password, a database that refuses writes, the server restarted between two batches.

Stopping and restarting needs a server no other test talks to: this module starts its own with
``scripts/neo4j-server`` (a home under a temporary folder, free ports, the shared jar cache), shares it
between its tests and stops it at the end; the suite's server (``NEO4J_URI``) is never touched. Each
test asks for the server state it needs (running, read-only or not), so the tests also run alone;
in file order they need four server starts in all.

``kg load`` runs in a child process, so what a user sees is checked as they see it: the exit code
and stderr, where a traceback would show. The child is the real CLI with one hook: after the first
committed batch of a given stage it prints the stage and waits for the test to say go on, so a fault
falls between two batches every time.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner
from conftest import neo4j_unavailable
from neo4j import exceptions as neo4j_exceptions
from test_neo4j_loader import DOC_A, DOC_B, snapshot, wipe

from kg.cli import cli
from kg.graph import build_graph, write_graph
from loaders.neo4j import load_graph

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parent.parent
SERVER_SCRIPT = ROOT / "scripts" / "neo4j-server"
READ_ONLY_CONF = "server.databases.read_only=neo4j"
#: Small batches, so a load has batches of every stage to fall between.
BATCH = "2"


def bolt_answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class DedicatedServer:
    """A Neo4j server of this module's own, started and stopped through ``scripts/neo4j-server``."""

    home: Path
    password: str = field(repr=False)
    bolt_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    read_only: bool | None = None  # None: not running
    user: str = "neo4j"
    database: str = "neo4j"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def script_env(self, read_only: bool = False) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith("NEO4J_")}
        # The jar cache is the suite's; home, ports and password are ours. Small memory, as two servers
        # run, and the JIT's first tier only: starts take half the time (10 s against 20 s on two busy
        # cores) and the loads here are tiny.
        for key in ("NEO4J_CACHE_DIR", "NEO4J_LIB_DIR"):
            if key in os.environ:
                env[key] = os.environ[key]
        env.update(NEO4J_HOME_DIR=str(self.home), NEO4J_BOLT_PORT=str(self.bolt_port),
                   NEO4J_HTTP_PORT=str(self.http_port), NEO4J_PASSWORD=self.password,
                   NEO4J_HEAP_SIZE="512m", NEO4J_PAGECACHE_SIZE="64m", NEO4J_JAVA_OPTS="-XX:TieredStopAtLevel=1",
                   NEO4J_EXTRA_CONF=READ_ONLY_CONF if read_only else "")
        return env

    def cli_env(self, password: str | None = None) -> dict[str, str]:
        """What ``kg load`` in a child process reads."""
        return {**os.environ, "NEO4J_URI": self.uri, "NEO4J_USER": self.user,
                "NEO4J_PASSWORD": self.password if password is None else password,
                "NEO4J_DATABASE": self.database,
                "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}

    def _script(self, command: str, read_only: bool = False) -> None:
        done = subprocess.run([str(SERVER_SCRIPT), command], env=self.script_env(read_only), cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=300)
        if done.returncode != 0:
            pytest.fail(f"scripts/neo4j-server {command} failed for {self.home}:\n{done.stderr}", pytrace=False)

    def start(self, *, read_only: bool = False) -> None:
        self._script("start", read_only)
        self.read_only = read_only

    def stop(self) -> None:
        """A clean shutdown (SIGTERM; the server waits 5 s for Bolt clients to leave)."""
        self._script("stop")
        self.read_only = None

    def kill(self) -> None:
        """A crash (SIGKILL): what is committed must survive it, the rest is the server's recovery."""
        os.kill(int((self.home / "run" / "neo4j-server.pid").read_text()), signal.SIGKILL)
        deadline = time.monotonic() + 30
        while bolt_answers(self.bolt_port):
            assert time.monotonic() < deadline, "the killed server still answers"
            time.sleep(0.1)
        self.read_only = None

    def ensure(self, *, read_only: bool = False) -> None:
        """Running, in the mode asked for (restarted when it is in the other one)."""
        if self.read_only == read_only:
            return
        if self.read_only is not None:
            self.stop()
        self.start(read_only=read_only)

    def driver(self) -> neo4j.Driver:
        return neo4j.GraphDatabase.driver(self.uri, auth=(self.user, self.password), connection_timeout=10)

    def load(self, graph, **kwargs):
        return load_graph(graph, uri=self.uri, user=self.user, password=self.password, database=self.database,
                          **kwargs)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> DedicatedServer:
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        neo4j_unavailable("no java to run a dedicated Neo4j server for the fault tests")
    dedicated = DedicatedServer(tmp_path_factory.mktemp("neo4j-faults") / "home",
                                password="faults-" + os.urandom(8).hex())
    dedicated.start()
    yield dedicated
    dedicated.stop()


GRAPH = build_graph([DOC_A, DOC_B])


@pytest.fixture(scope="module")
def clean_load(server: DedicatedServer) -> dict:
    """The snapshot and counts of one uninterrupted load of GRAPH into an empty database."""
    server.ensure(read_only=False)
    with server.driver() as driver:
        wipe(driver, server.database)
        server.load(GRAPH)
        clean = {"snapshot": snapshot(driver, server.database), "counts": counts(driver, server.database)}
        wipe(driver, server.database)
    return clean


def counts(driver: neo4j.Driver, database: str) -> dict[str, int]:
    """Nodes, relationships and evidence items (one per sentence a relationship stands on)."""
    records, _, _ = driver.execute_query(
        "MATCH (n) WITH count(n) AS nodes "
        "OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS relationships, "
        "sum(size(coalesce(r.evidence_sentences, []))) AS evidence "
        "RETURN nodes, relationships, evidence", database_=database,
    )
    return dict(records[0])


def state(server: DedicatedServer) -> tuple[dict, dict]:
    with server.driver() as driver:
        return snapshot(driver, server.database), counts(driver, server.database)


PAUSING_CLI = textwrap.dedent("""
    import functools, sys
    import kg.cli
    from loaders.neo4j import load_graph

    pause_at = sys.argv.pop(1)

    def on_batch(stage, rows):
        global pause_at
        if stage == pause_at:
            pause_at = None
            print(stage, flush=True)
            sys.stdin.readline()  # the test changes the server, then says go on

    kg.cli.load_graph = functools.partial(load_graph, on_batch=on_batch)
    kg.cli.main()
""")


@dataclass
class Run:
    exit_code: int
    stdout: list[str]
    stderr: list[str]


def kg_load(server: DedicatedServer, graph_file: Path, *args: str, password: str | None = None, pause_at: str = "",
            paused: Callable[[], None] | None = None, released: Callable[[], None] | None = None) -> Run:
    """``kg load GRAPH_FILE ARGS`` in a child process. With ``pause_at``, ``paused()`` runs after the
    first committed batch of that stage, then the child goes on with the next batch while
    ``released()`` runs."""
    child = subprocess.Popen(
        [sys.executable, "-c", PAUSING_CLI, pause_at, "load", str(graph_file), "--batch-size", BATCH, *args],
        env=server.cli_env(password), cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    try:
        if pause_at:
            line = child.stdout.readline().strip()
            assert line == pause_at, f"the load never got to {pause_at}: {child.communicate()}"
            paused()
            child.stdin.write("go\n")
            child.stdin.flush()
            if released:
                released()
        stdout, stderr = child.communicate(timeout=300)
    finally:
        child.kill()
        child.wait()
    return Run(child.returncode, stdout.splitlines(), stderr.splitlines())


def error_lines(run: Run) -> list[str]:
    """stderr without the driver's one-line retry warnings."""
    assert not any("Traceback" in line for line in run.stderr), "\n".join(run.stderr)
    assert all(line.startswith(("error: ", "hint: ", "warning: ")) for line in run.stderr), "\n".join(run.stderr)
    return [line for line in run.stderr if not line.startswith("warning: ")]


def read_only_lines(server: DedicatedServer) -> list[str]:
    return [f"error: database 'neo4j' at {server.uri} is read-only: the server refuses writes to it",
            "hint: load into a writable database (--database), or take it out of the server's "
            "server.databases.read_only / server.databases.default_to_read_only settings"]


def test_wrong_password_is_one_line_and_exit_1(server, tmp_path):
    server.ensure(read_only=False)
    graph_file = write_graph(GRAPH, tmp_path / "graph.json")
    wrong = "wrong-" + server.password

    run = kg_load(server, graph_file, password=wrong)

    assert run.exit_code == 1
    assert error_lines(run) == [f"error: authentication failed for user 'neo4j' at {server.uri}",
                                "hint: check NEO4J_USER and NEO4J_PASSWORD"]
    assert wrong not in "\n".join(run.stdout + run.stderr)


def test_a_user_locked_after_wrong_passwords_is_one_line(server, tmp_path):
    """After three wrong passwords in a row Neo4j refuses the user, even with the right one, for a
    few seconds (dbms.security.auth_lock_time, 5 s): in process, as a child takes that long to start."""
    server.ensure(read_only=False)
    graph_file = write_graph(GRAPH, tmp_path / "graph.json")
    env = server.cli_env()
    for _ in range(3):
        assert CliRunner().invoke(cli, ["load", str(graph_file)],
                                  env={**env, "NEO4J_PASSWORD": "wrong-" + server.password}).exit_code == 1

    result = CliRunner().invoke(cli, ["load", str(graph_file)], env=env)

    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: user 'neo4j' at {server.uri} is locked for a few seconds after too many wrong passwords",
        "hint: check NEO4J_USER and NEO4J_PASSWORD",
    ]
    wait_until_unlocked(server)


def wait_until_unlocked(server: DedicatedServer, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with server.driver() as driver:
                driver.verify_connectivity()
            return
        except neo4j_exceptions.ClientError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def test_server_stopped_mid_load_fails_on_one_line_and_a_rerun_converges(server, clean_load, tmp_path):
    server.ensure(read_only=False)
    with server.driver() as driver:
        wipe(driver, server.database)
    graph_file = write_graph(GRAPH, tmp_path / "graph.json")

    run = kg_load(server, graph_file, "--retry-for", "3", pause_at="entities", paused=server.stop)

    assert run.exit_code == 1
    error, hint = error_lines(run)
    assert error.startswith(f"error: lost the Neo4j server at {server.uri} during the load, after ")
    assert error.endswith(" committed batches (retried for 3s)")
    assert hint == "hint: the database holds part of this load: run the same load again once the server is back"
    assert any(line.startswith("warning: Transaction failed and will be retried") for line in run.stderr)

    server.start()
    half_way, half_counts = state(server)
    assert half_way != clean_load["snapshot"]
    assert half_counts["relationships"] < clean_load["counts"]["relationships"]

    run = kg_load(server, graph_file)
    assert run.exit_code == 0, run.stderr
    assert state(server) == (clean_load["snapshot"], clean_load["counts"])


def test_server_restarted_between_batches_the_load_retries_and_completes(server, clean_load, tmp_path):
    """The server crashes between two batches and is started again: the next batch finds it down
    (connection refused, then starting up) and the driver's managed transaction retries it until
    the server is back."""
    server.ensure(read_only=False)
    with server.driver() as driver:
        wipe(driver, server.database)
    graph_file = write_graph(GRAPH, tmp_path / "graph.json")

    run = kg_load(server, graph_file, "--retry-for", "120", pause_at="relationships", paused=server.kill,
                  released=server.start)

    assert run.exit_code == 0, run.stderr
    assert error_lines(run) == []
    assert any(line.startswith("warning: Transaction failed and will be retried") for line in run.stderr)
    assert run.stdout[-1].startswith(f"loaded into {server.uri}/neo4j: 2 documents, 18 entities")
    assert state(server) == (clean_load["snapshot"], clean_load["counts"])


def test_server_back_read_only_between_batches_is_one_line_and_exit_1(server, clean_load, tmp_path):
    server.ensure(read_only=False)
    with server.driver() as driver:
        wipe(driver, server.database)
    graph_file = write_graph(GRAPH, tmp_path / "graph.json")

    def restart_read_only():
        server.stop()
        server.start(read_only=True)

    run = kg_load(server, graph_file, "--retry-for", "120", pause_at="entities", paused=restart_read_only)

    assert run.exit_code == 1
    assert error_lines(run) == read_only_lines(server)


def test_read_only_database_is_one_line_and_exit_1_and_nothing_changes(server, tmp_path):
    server.ensure(read_only=True)
    before = state(server)
    graph_file = write_graph(GRAPH, tmp_path / "graph.json")

    run = kg_load(server, graph_file)

    assert run.exit_code == 1
    assert error_lines(run) == read_only_lines(server)
    assert state(server) == before
