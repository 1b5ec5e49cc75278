"""End to end: ``kg build`` on the corpus into a real Neo4j server, against ``kg build`` to files only.

Both are the real command (a subprocess, wall clock), over the same input with the same options; the
Neo4j run loads the graph after writing the same files (``--neo4j``), into a database emptied first.
With ``--rounds 2`` or more the order alternates. The ratio says what loading over Bolt adds to a
corpus build; the Neo4j run's own "loaded ... in Ns" line says how much of that is the load itself.

    eval "$(scripts/neo4j-server start)"
    .venv/bin/python benchmarks/build_neo4j.py --wipe --workers 2
    .venv/bin/python benchmarks/build_neo4j.py --wipe --articles 300    # a quick run

Writes ``benchmarks/results/build_neo4j.json`` and ``.md``. ``--wipe`` allows emptying a database that
is not empty to begin with.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT, corpus_input, machine, write_results  # noqa: E402

from loaders.neo4j import connect  # noqa: E402

KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def counts(driver, database: str | None) -> dict:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } "
        "RETURN nodes, relationships", database_=database)
    return dict(records[0])


def wipe(driver, database: str | None) -> None:
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def kg_build(source: Path, out: Path, options: list[str]) -> tuple[float, str, list[str]]:
    started = time.perf_counter()
    done = subprocess.run([*KG, "build", str(source), "--out", str(out), "--quiet", *options], cwd=ROOT,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1) or not (out / "graph.json").is_file():   # 1: some rows were skipped
        sys.exit(f"kg build failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    failures = [line for line in done.stderr.splitlines() if "extraction failed" in line]
    return seconds, done.stdout, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="first N articles only (default: all)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--wipe", action="store_true", help="allow emptying a database that is not empty")
    args = parser.parse_args()
    uri, password = os.environ.get("NEO4J_URI"), os.environ.get("NEO4J_PASSWORD", "")
    user, database = os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_DATABASE") or None
    if not uri:
        sys.exit('NEO4J_URI is not set; start a server with: eval "$(scripts/neo4j-server start)"')
    at_start = machine()
    options = ["--workers", str(args.workers)]
    seconds = {"files": 0.0, "neo4j": 0.0}
    load_line = ""
    with connect(uri, user, password, database) as driver, tempfile.TemporaryDirectory() as tmp:
        if counts(driver, database)["nodes"] and not args.wipe:
            sys.exit("the database is not empty; pass --wipe to empty it before each Neo4j run")
        source = corpus_input(args.articles, Path(tmp))
        for number in range(args.rounds):
            order = ["files", "neo4j"] if number % 2 == 0 else ["neo4j", "files"]
            for name in order:
                if name == "neo4j":
                    wipe(driver, database)
                took, output, failures = kg_build(source, Path(tmp) / f"{name}-{number}",
                                        options + (["--neo4j"] if name == "neo4j" else []))
                seconds[name] += took
                if name == "neo4j":
                    load_line = next((line for line in output.splitlines() if line.startswith("loaded into")), "")
                summary = output.splitlines()[0] if output else ""
                print(f"round {number + 1}: {name:<6} {took:7.1f}s  {summary}", file=sys.stderr)
        in_neo4j = counts(driver, database)
    match = re.search(r"in ([\d.]+)s$", load_line)
    load_seconds = float(match.group(1)) if match else None
    ratio = seconds["neo4j"] / seconds["files"]
    data = {
        "benchmark": "build_neo4j", "articles": args.articles or "all", "workers": args.workers, "rounds": args.rounds,
        "seconds": {k: round(v / args.rounds, 2) for k, v in seconds.items()},
        "ratios": {"neo4j / files": round(ratio, 3)},
        "neo4j_load_seconds": load_seconds, "neo4j_load_line": re.sub(r"//[^/@]*@", "//", load_line),
        "in_neo4j": in_neo4j, "extraction_failures": failures, "machine": at_start,
    }
    per_round = {k: v / args.rounds for k, v in seconds.items()}
    table = [
        f"# kg build into Neo4j vs to files only ({args.articles or 'all'} articles, --workers {args.workers}, "
        f"{args.rounds} round(s))",
        "",
        "| run | seconds |",
        "| --- | ---: |",
        f"| kg build (files only) | {per_round['files']:.1f} |",
        f"| kg build --neo4j | {per_round['neo4j']:.1f} |",
        "",
        f"neo4j / files: {ratio:.2f}",
        "",
        f"The load itself: {load_seconds}s of the --neo4j run; Neo4j then held {in_neo4j['nodes']:,} nodes and "
        f"{in_neo4j['relationships']:,} relationships.",
    ]
    write_results("build_neo4j", data, table)


if __name__ == "__main__":
    main()
