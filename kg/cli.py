"""Command-line interface: a thin shell over the library.

Each command parses its arguments, calls one library function and formats the result. Expected
failures (:class:`kg.errors.KGError`) become one ``error:`` line (plus a hint) and a non-zero exit.
"""
from __future__ import annotations

import contextlib
import functools
import json
import logging
import shutil
import sys
from datetime import datetime
from pathlib import Path

import click

from kg import __version__
from kg.errors import KGError
from kg.evaluate import SPLITS, evaluate, evaluation_data, report_lines
from kg.graph import read_graph, write_graph
from kg.output import output_folder
from kg.link import EXPLAIN_LIMIT, MERGES_FILE, explain_lines, read_merges, write_merges
from kg.checkpoint import FILE_NAME as CHECKPOINT_FILE
from kg.engines import ENGINES
from kg.pipeline import build
from kg.progress import Progress
from kg.read import Columns
from kg.settings import DEFAULT_MODEL, Settings
from kg.summary import summary_lines
from kg.show import show_lines
from kg.query import available_queries, run_query
from kg.viz import DEFAULT_TITLE, DEFAULT_TOP, write_html
from loaders.export import FORMATS, export_graph
from loaders.neo4j import DEFAULT_BATCH_SIZE, DEFAULT_RETRY_SECONDS, DEFAULT_URI, DEFAULT_USER, load_graph


def handle_errors(func):
    """Turn library errors into one line on stderr and exit code 1 (usage errors stay click's 2).

    An ``OSError`` the library let through (a full disk under the checkpoint ...) is one line too."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            with driver_warnings_on_one_line():
                return func(*args, **kwargs)
        except KGError as exc:
            click.echo(f"error: {exc}", err=True)
            if exc.hint:
                click.echo(f"hint: {exc.hint}", err=True)
            sys.exit(1)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {where}{exc.strerror or exc}", err=True)
            sys.exit(1)

    return wrapper


class _OneLineWarning(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo("warning: " + " ".join(record.getMessage().split()), err=True)


@contextlib.contextmanager
def driver_warnings_on_one_line():
    """The Neo4j driver's warnings (a transaction retried while the server restarts) and kg's own (a
    checkpoint line cut short by a kill, dropped on resume) as one ``warning:`` line each on stderr,
    instead of Python's default multi-line output."""
    loggers = [logging.getLogger("neo4j"), logging.getLogger("kg")]
    handler = _OneLineWarning(logging.WARNING)
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph of people, states and organizations from news articles.

    \b
    Example:
      kg build seeds --out out
      kg show out/graph.json "Kim Jong Un"
    """


retry_option = click.option(
    "--retry-for", "retry_seconds", type=click.FloatRange(min=0), default=DEFAULT_RETRY_SECONDS, show_default=True,
    metavar="SECONDS", help="How long a Neo4j batch that failed with a transient error (server restarting) is retried.")


def neo4j_options(func):
    """--uri/--user/--database (and the password) from options or NEO4J_* variables; never echoed."""
    options = [
        click.option("--uri", envvar="NEO4J_URI", default=DEFAULT_URI, show_default=True, show_envvar=True,
                     help="Neo4j server."),
        click.option("--user", envvar="NEO4J_USER", default=DEFAULT_USER, show_default=True, show_envvar=True,
                     help="Neo4j user."),
        click.option("--database", envvar="NEO4J_DATABASE", default=None, show_envvar=True,
                     help="Database  [default: the server's default]"),
        # Only from the environment: a password on the command line ends up in shell history and `ps`.
        click.option("--password", envvar="NEO4J_PASSWORD", default="", hidden=True),
    ]
    for option in reversed(options):
        func = option(func)
    return func


#: Files ``kg build`` writes into --out besides graph.json: (format, name).
BUILD_EXPORTS = (("graphml", "graph.graphml"), ("cypher", "graph.cypher"), ("csv", "neo4j-import"))


@cli.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), default=Path("out"), show_default=True,
              help="Folder for graph.json and the other formats.")
@click.option("--model", envvar="KG_MODEL", default=DEFAULT_MODEL, show_default=True, show_envvar=True,
              help="Installed spaCy pipeline to use.")
@click.option("--aliases", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Your alias table (TSV: label, alias, canonical); its lines win over the packaged one.")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Documents per spaCy batch (and per shard sent to a worker).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Local worker processes, each with its own copy of the model.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where to extract: here (local) or on a Dask distributed cluster (dask).")
@click.option("--scheduler", metavar="ADDRESS", envvar="KG_DASK_SCHEDULER", show_envvar=True,
              help="Dask scheduler for --engine dask, e.g. tcp://10.0.0.5:8786.")
@click.option("--resume", is_flag=True,
              help="Skip the documents already done in --out's checkpoint (an interrupted or earlier run).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or progress lines.")
@click.option("--text-column", default=Columns.text, show_default=True, help="CSV column / JSON key of the text.")
@click.option("--title-column", default=Columns.title, show_default=True, help="... of the title.")
@click.option("--id-column", default=Columns.id, show_default=True, help="... of the article id.")
@click.option("--date-column", default=Columns.date, show_default=True, help="... of the publication date.")
@click.option("--url-column", default=Columns.url, show_default=True, help="... of the article's URL.")
@click.option("--date", "published", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Publication date of documents that give none (.txt files): relative dates are read against it.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Keep only facts dated on or after this day.")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Keep only facts dated on or before this day.")
@click.option("--neo4j", "to_neo4j", is_flag=True, help="Also load the graph into Neo4j, as kg load does.")
@neo4j_options
@retry_option
@handle_errors
def build_cmd(paths: tuple[Path, ...], out: Path, model: str, aliases: Path | None, batch_size: int,
              workers: int, engine: str, scheduler: str | None, resume: bool, quiet: bool, text_column: str,
              title_column: str, id_column: str, date_column: str, url_column: str, published: datetime | None,
              since: datetime | None, until: datetime | None, to_neo4j: bool, uri: str, user: str, database: str | None,
              password: str, retry_seconds: float) -> None:
    """Read news articles (.txt, .csv, .jsonl, .zip files or folders) and write their knowledge graph to --out.

    Writes graph.json (node-link JSON, see docs/graph-format.md), merges.tsv (why names were merged
    across documents; see kg explain-merge), graph.graphml, graph.cypher and neo4j-import/ (CSV for
    neo4j-admin), then prints a summary. Files and rows that cannot be read are
    reported one line each and skipped; the exit code is then 1. Finished documents
    are kept in checkpoint.jsonl, so --resume skips them (after a crash, or for new files).
    Each file is replaced whole or not at all, and one build at a time writes to a folder
    (another one is refused while kg-build.lock names a running process).

    \b
    Example:
      kg build seeds --out out
      kg build articles/ more.txt --out out --aliases my-aliases.tsv
      kg build seeds --out out --neo4j      # NEO4J_URI/USER/PASSWORD from the environment
      kg build NewsArticles.zip --out out --workers 2      # CSV rows in a zip; Ctrl-C, then:
      kg build NewsArticles.zip --out out --workers 2 --resume
      kg build articles/ --out out --date 2017-02-15       # .txt files published that day
      kg build NewsArticles.zip --out out --since 2017-02-01 --until 2017-02-28
    """
    settings = Settings(model=model, aliases_file=str(aliases) if aliases else None, batch_size=batch_size,
                        workers=workers, engine=engine, scheduler=scheduler)
    columns = Columns(text=text_column, title=title_column, id=id_column, date=date_column, url=url_column)
    with output_folder(out):
        with contextlib.nullcontext() if quiet else Progress(sys.stderr) as progress:
            result = build(paths, settings, columns=columns, checkpoint=out / CHECKPOINT_FILE, resume=resume,
                           on_batch=progress, date=published.date().isoformat() if published else "",
                           since=since.date() if since else None, until=until.date() if until else None)
        for skipped in result.report.skipped:
            click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
        written = [write_graph(result.graph, out / "graph.json"),
                   write_merges(result.linking, out / MERGES_FILE)]
        for fmt, name in BUILD_EXPORTS:
            export_graph(result.graph, fmt, out / name)
            written.append(out / name)
    for line in summary_lines(result.graph, result.report):
        click.echo(line)
    click.echo("wrote " + ", ".join(str(p) for p in written))
    if to_neo4j:
        report = load_graph(result.graph, uri=uri, user=user, password=password, database=database,
                            retry_seconds=retry_seconds)
        click.echo("\n".join(report.summary_lines()))
    if result.report.skipped:
        sys.exit(1)


@cli.command()
@click.argument("graph_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write  [default: GRAPH_FILE with .html]")
@click.option("--top", type=click.IntRange(min=0), default=DEFAULT_TOP, show_default=True,
              help="Draw only the N best-connected entities (0 draws all).")
@click.option("--title", default=DEFAULT_TITLE, show_default=True, help="Page title.")
@handle_errors
def viz(graph_file: Path, out: Path | None, top: int, title: str) -> None:
    """Write one self-contained HTML page that draws GRAPH_FILE (opens offline, in any browser).

    \b
    Example:
      kg viz out/graph.json --out out/graph.html
    """
    summary = write_html(read_graph(graph_file), out or graph_file.with_suffix(".html"), top=top, title=title)
    click.echo(f"wrote {summary.path}: {summary.nodes} of {summary.total_nodes} entities, "
               f"{summary.edges} of {summary.total_edges} relations")
    if summary.nodes < summary.total_nodes:
        click.echo(f"note: only the {top} best-connected entities are drawn; use --top 0 to draw all", err=True)


@cli.command("load")
@click.argument("graph_file", type=click.Path(dir_okay=False, path_type=Path))
@neo4j_options
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Rows per transaction.")
@retry_option
@handle_errors
def load_cmd(graph_file: Path, uri: str, user: str, database: str | None, password: str, batch_size: int,
             retry_seconds: float) -> None:
    """Write GRAPH_FILE (from kg build) into Neo4j; re-loading replaces the facts of its documents.

    The password comes from NEO4J_PASSWORD. A load cut short (server gone, Ctrl-C) is finished by
    running it again.

    \b
    Example:
      eval "$(scripts/neo4j-server start)"
      kg load out/graph.json
    """
    report = load_graph(read_graph(graph_file), uri=uri, user=user, password=password, database=database,
                        batch_size=batch_size, retry_seconds=retry_seconds)
    click.echo("\n".join(report.summary_lines()))


@cli.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the queries, their parameters and examples.")
@neo4j_options
@handle_errors
def query_cmd(name: str | None, params: tuple[str, ...], fmt: str, list_queries: bool,
              uri: str, user: str, database: str | None, password: str) -> None:
    """Run the named Cypher query NAME against Neo4j (kg query --list shows them all).

    \b
    Example:
      kg query attendees --param event=parade
      kg query most-connected --param limit=5 --format json
    """
    if list_queries or not name:
        for query in available_queries().values():
            click.echo(f"{query.name}: {query.answers}")
            for param in query.params:
                click.echo(f"    --param {param.name}=... {param.signature()}")
            click.echo(f"    example: {query.example}")
        return
    given = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="--param")
        given[key.strip()] = value
    result = run_query(name, given, uri=uri, user=user, password=password, database=database)
    click.echo(result.to_json() if fmt == "json" else result.to_table())


@cli.command("export")
@click.argument("graph_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), required=True, help="Format to write.")
@click.option("--out", "-o", type=click.Path(path_type=Path), required=True,
              help="File to write; for csv, the folder to write the files into.")
@handle_errors
def export(graph_file: Path, fmt: str, out: Path) -> None:
    """Write GRAPH_FILE as JSON, GraphML, neo4j-admin CSV files or a Cypher script.

    \b
    json     the graph file as kg build writes it (same graph, same bytes)
    graphml  for Gephi, yEd and networkx; list attributes are JSON text
    csv      nodes_<Label>.csv and relationships_<TYPE>.csv for
             neo4j-admin database import full (prints the command)
    cypher   a script that loads an empty Neo4j: cypher-shell -f FILE

    \b
    Example:
      kg export out/graph.json --format graphml --out out/graph.graphml
      kg export out/graph.json --format csv --out out/neo4j-import
    """
    result = export_graph(read_graph(graph_file), fmt, out)
    for path in result.files:
        click.echo(f"wrote {path}")
    click.echo(f"{result.nodes} entities, {result.relationships} relations")
    if result.next_step:
        click.echo(f"load it with:\n  {result.next_step}")


@cli.command()
@click.argument("graph_file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("entity", required=False)
@click.option("--width", type=click.IntRange(min=60), default=None,
              help="Line width  [default: the terminal's]")
@click.option("--limit", type=click.IntRange(min=0), default=25, show_default=True,
              help="Without ENTITY: entities listed per label (0 lists all).")
@click.option("--timeline", is_flag=True,
              help="ENTITY's facts in date order, with date, basis, status, sources and evidence.")
@handle_errors
def show(graph_file: Path, entity: str | None, width: int | None, limit: int, timeline: bool) -> None:
    """Print ENTITY's relations with their status and evidence; without ENTITY, the entities by label.

    ENTITY is an entity id, canonical name or alias, in any case.

    \b
    Example:
      kg show out/graph.json
      kg show out/graph.json "Kim Jong Un"
      kg show out/graph.json "Kim Jong Un" --timeline
    """
    if timeline and entity is None:
        raise click.UsageError("--timeline needs an ENTITY")
    width = width or max(60, shutil.get_terminal_size((100, 24)).columns)
    click.echo("\n".join(show_lines(read_graph(graph_file), entity, width=width, limit=limit, timeline=timeline)))


@cli.command("eval")
@click.option("--gold", "gold", type=click.Path(path_type=Path), required=True,
              help="A gold file, or a folder of *.gold.json files.")
@click.option("--texts", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder holding the gold documents  [default: the gold's folder, then devset/texts, then seeds]")
@click.option("--split", type=click.Choice(SPLITS), default=None, help="Only the gold files of this split.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors/--no-errors", default=False, show_default=True,
              help="List the misses and false positives by document (the JSON always has them).")
@handle_errors
def eval_cmd(gold: Path, texts: Path | None, split: str | None, fmt: str, errors: bool) -> None:
    """Run the pipeline on gold-annotated documents and print precision, recall and F1.

    Entities by label and relations by type, micro and macro averages and claim-status accuracy,
    with the matching rules of the reference scorer (see kg/evaluate.py). Invalid gold files are
    reported one line each and skipped; the exit code is then 1.

    \b
    Example:
      python devset/fetch.py
      kg eval --gold devset/gold --split dev --errors
      kg eval --gold devset/gold --format json > scores.json
    """
    evaluation = evaluate(gold, texts=texts, split=split)
    for skipped in evaluation.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    if fmt == "json":
        click.echo(json.dumps(evaluation_data(evaluation), indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(report_lines(evaluation, errors=errors)))
    if evaluation.skipped:
        sys.exit(1)


@cli.command("explain-merge")
@click.argument("name")
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), default=Path("out"), show_default=True,
              help="Folder kg build wrote: reads its merges.tsv and graph.json.")
@click.option("--merges", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A merges.tsv file to read instead of --out's.")
@click.option("--limit", type=click.IntRange(min=0), default=EXPLAIN_LIMIT, show_default=True,
              help="Lines shown per list (0 shows all).")
@handle_errors
def explain_merge_cmd(name: str, out: Path, merges: Path | None, limit: int) -> None:
    """Show which node NAME ended in and the merge decisions (rule, evidence) that put it there.

    NAME is any name or alias, in any case.

    \b
    Example:
      kg explain-merge Trump --out out
      kg explain-merge "Donald J. Trump" --merges out/merges.tsv
    """
    graph_file = out / "graph.json"
    graph = read_graph(graph_file) if merges is None and graph_file.exists() else None
    click.echo("\n".join(explain_lines(name, read_merges(merges or out / MERGES_FILE), graph, limit=limit)))


def main() -> None:
    cli()
