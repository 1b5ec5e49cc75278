"""Command-line interface: a thin shell over the library.

Each command parses its arguments, calls one library function and formats the result. Expected
failures (:class:`kg.errors.KGError`) become one ``error:`` line (plus a hint) and a non-zero exit.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KGError
from kg.graph import read_graph
from kg.viz import DEFAULT_TITLE, DEFAULT_TOP, write_html


def handle_errors(func):
    """Turn library errors into one line on stderr and exit code 1 (usage errors stay click's 2)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KGError as exc:
            click.echo(f"error: {exc}", err=True)
            if exc.hint:
                click.echo(f"hint: {exc.hint}", err=True)
            sys.exit(1)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph of people, states and organizations from news articles.

    \b
    Example:
      kg build seeds --out out
      kg show out/graph.json "Kim Jong Un"
    """


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


def main() -> None:
    cli()
