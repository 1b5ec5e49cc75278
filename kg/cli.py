"""Command-line interface: a thin shell over the library.

Each command parses its arguments, calls one library function and formats the result. Expected
failures (:class:`kg.errors.KGError`) become one ``error:`` line (plus a hint) and a non-zero exit.
"""
from __future__ import annotations

import functools
import sys

import click

from kg import __version__
from kg.errors import KGError


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


def main() -> None:
    cli()
