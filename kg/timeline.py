"""A timeline picture of one entity's facts with matplotlib, for notebooks and reports (``kg show
GRAPH ENTITY --timeline`` is the same in text).

One row per fact (relation) of the entity, the facts with the most dated evidence first, ordered by
their first date. Every dated evidence item is a mark at its date: a dot for a day, a bar across the
month or year for a date given at that precision, an arrow to the right edge for a start ("since
2011"). The colour is the evidence's claim status; a filled mark is a date the sentence states, a
hollow one the publication date. Contested facts have their label in red, marked "contested".

Needs matplotlib: ``pip install "news-kg[notebook]"``.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kg.dates import ISO_DATE, period_bounds
from kg.graph import incident_edges

#: Claim status -> colour of its evidence marks.
STATUS_COLOURS = {
    "asserted": "#4C8EDA", "reported": "#57C7E3", "alleged": "#F79767", "denied": "#D9534F", "negated": "#8E6BBF",
}
CONTESTED_COLOUR = "#C0392B"
DEFAULT_TOP = 15


@dataclass(frozen=True)
class Mark:
    """One dated evidence item: the period its date covers, and how it is held."""

    start: datetime.date
    end: datetime.date      # the first day after the period (a day's date: the next day)
    precision: str
    basis: str
    status: str
    since: bool


@dataclass(frozen=True)
class FactLine:
    """A fact of the entity with its dated evidence."""

    label: str
    contested: bool
    marks: tuple[Mark, ...]
    undated: int


def period(date: str) -> tuple[datetime.date, datetime.date, str] | None:
    """``"2017-02"`` -> (2017-02-01, 2017-03-01, "month"): the period an ISO date at its precision
    covers, its end exclusive; None for "" or anything else."""
    if not ISO_DATE.match(date):
        return None
    try:
        first, last = period_bounds(date)
    except ValueError:
        return None
    return first, last + datetime.timedelta(days=1), {10: "day", 7: "month", 4: "year"}[len(date)]


def fact_lines(graph: nx.MultiDiGraph, node_id: str, *, top: int | None = DEFAULT_TOP) -> list[FactLine]:
    """The entity's facts that have dated evidence, the ``top`` with the most dated evidence, in the
    order of their first date (then label)."""
    found = []
    for direction, _, other, attrs in incident_edges(graph, node_id):
        marks, undated = [], 0
        for item in attrs.get("evidence", []):
            covered = period(str(item.get("date") or ""))
            if covered is None:
                undated += 1
                continue
            start, end, precision = covered
            marks.append(Mark(start, end, precision, str(item.get("date_basis") or ""), str(item.get("status") or ""),
                              bool(item.get("date_since"))))
        if marks:
            label = f"{direction} {attrs.get('type', '')} {graph.nodes[other].get('name', other)}"
            found.append(FactLine(label, bool(attrs.get("contested")), tuple(sorted(marks, key=lambda m: m.start)), undated))
    found.sort(key=lambda line: (-len(line.marks), line.marks[0].start, line.label))
    kept = found[:top] if top else found
    return sorted(kept, key=lambda line: (line.marks[0].start, line.label))


def draw(graph: nx.MultiDiGraph, node_id: str, *, top: int | None = DEFAULT_TOP, title: str | None = None,
         figsize: tuple[float, float] = (14, 8), dpi: int = 100) -> Figure:
    """The timeline of the entity ``node_id`` (see the module docstring); an entity without dated
    facts gets a figure that says so."""
    lines = fact_lines(graph, node_id, top=top)
    name = graph.nodes[node_id].get("name", node_id)
    fig, ax = plt.subplots(figsize=figsize, dpi=dpi)
    ax.set_title(title or f"{name}: facts in time", loc="left", fontsize=13, fontweight="bold")
    if not lines:
        ax.text(0.5, 0.5, f"no dated facts of {name}", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    last = max(mark.end for line in lines for mark in line.marks)
    first = min(mark.start for line in lines for mark in line.marks)
    right = last + (last - first) * 0.05 + datetime.timedelta(days=1)
    for row, line in enumerate(lines):
        y = len(lines) - 1 - row
        for mark in line.marks:
            colour = STATUS_COLOURS.get(mark.status, "#999999")
            filled = mark.basis == "stated"
            if mark.precision != "day":
                ax.plot([mark.start, mark.end], [y, y], color=colour, linewidth=7, alpha=0.35, solid_capstyle="butt")
            if mark.since:
                ax.annotate("", xy=(right, y), xytext=(mark.start, y),
                            arrowprops={"arrowstyle": "->", "color": colour, "lw": 1.5})
            ax.plot([mark.start], [y], marker="o", markersize=8, linestyle="none", color=colour,
                    markerfacecolor=colour if filled else "white", markeredgewidth=1.8)
    ax.set_yticks(range(len(lines)))
    labels = [line.label + ("  (contested)" if line.contested else "") for line in reversed(lines)]
    ax.set_yticklabels(labels)
    for tick, line in zip(ax.get_yticklabels(), reversed(lines)):
        if line.contested:
            tick.set_color(CONTESTED_COLOUR)
    ax.set_ylim(-0.7, len(lines) - 0.3)
    ax.set_xlim(first - (right - first) * 0.03, right)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles = [Line2D([], [], marker="o", linestyle="none", color=colour, label=status, markersize=8)
               for status, colour in STATUS_COLOURS.items()]
    handles += [
        Line2D([], [], marker="o", linestyle="none", color="#555555", label="date stated in the sentence", markersize=8),
        Line2D([], [], marker="o", linestyle="none", color="#555555", markerfacecolor="white", markeredgewidth=1.8,
               label="publication date", markersize=8),
        Line2D([], [], color="#555555", linewidth=7, alpha=0.35, label="a month or a year"),
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=9)
    fig.tight_layout()
    return fig
