"""A still picture of a graph with matplotlib, for notebooks and reports (``kg viz`` makes the
interactive page, and is the one for big graphs: this is meant for tens of entities).

Entities are dots in the colours of ``neo4j/browser-style.grass``, relations arrows labelled with
their types (``(alleged)``, ``(reported)`` ... after a claim that is not asserted; such arrows are
dashed). Several relations in one direction between two entities share an arrow and one label;
opposite arrows (ACCUSED one way, DENIED back) bend apart. Entities without relations are left out.

Readable labels are the point, so the layout is chosen for them. Force-directed layouts are computed
with fixed seeds and ranked by the room they leave for labels (:func:`room`); the roomiest are drawn
in turn. Labels are horizontal and placed one at a time where they cover no text drawn before them
(a relation's label somewhere along its arrow, an entity's name on the side of its dot farthest from
its arrows). The first drawing in which no label covers another is kept, else the one with the
least covered. Same graph, same picture.

Needs matplotlib and networkx >= 3.4: ``pip install "news-kg[notebook]"``.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import Bbox

#: Node colours by label, as in neo4j/browser-style.grass.
COLOURS = {
    "Person": "#4C8EDA", "State": "#F16667", "Organization": "#8DCC93", "Event": "#F79767", "Location": "#C990C0",
}
OTHER_COLOUR = "#A5ABB6"
EDGE_COLOUR = "#666666"
NODE_SIZE = 700                # matplotlib's unit: points squared
STRAIGHT, CURVED = "arc3", "arc3,rad=0.25"   # opposite arrows (ACCUSED one way, DENIED back) bend apart
#: (layout, keyword arguments, seeds): the candidate layouts.
LAYOUTS = (
    (nx.spring_layout, {"k": 1.0, "iterations": 300}, range(6)),
    (nx.spring_layout, {"k": 1.5, "iterations": 300}, range(6)),
    (nx.spring_layout, {"k": 3.0, "iterations": 300}, range(6)),
    (nx.forceatlas2_layout, {"scaling_ratio": 2, "max_iter": 300}, range(4)),
    (nx.forceatlas2_layout, {"scaling_ratio": 5, "max_iter": 300}, range(4)),
)
DRAWN_LAYOUTS = 6              # at most this many of the roomiest layouts are drawn
#: Where along an arrow its label may go, best first (0.5 is the middle).
LABEL_POSITIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78)
#: Sides of a dot where its name may go, in degrees counter-clockwise from the right.
NAME_SIDES = (90, -90, 0, 180, 45, 135, -45, -135)
NAME_OFFSET = 20               # points from the dot's centre
NAME_FONT = {"fontsize": 12, "fontweight": "bold"}
LABEL_FONT = {"font_size": 9, "font_color": "#333333"}
LABEL_CHAR_WIDTH = 6.2         # points per character of a relation label (9 pt, mostly capitals)
NAME_ROOM = 30                 # points a dot needs around it for its name
MARGIN = 0.1                   # of the axes, around the dots
AXES = (0.02, 0.02, 0.80, 0.91)   # left, bottom, width, height of the drawing in the figure; the legend is on the right
_BOX = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.9}


def relation_arrows(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """One arrow per (source, target), with its relations as ``kinds`` ("SUPPLIED_ARMS_TO (alleged)")
    and ``asserted`` when all of them are; the entities at their ends keep their attributes."""
    arrows = nx.DiGraph()
    for source, target, attrs in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("type", ""))):
        status = attrs.get("status", "asserted")
        if not arrows.has_edge(source, target):
            arrows.add_edge(source, target, kinds=[], asserted=True)
        arrows[source][target]["kinds"].append(attrs.get("type", "") + ("" if status == "asserted" else f" ({status})"))
        arrows[source][target]["asserted"] &= status == "asserted"
    for node in arrows:
        arrows.nodes[node].update(graph.nodes[node])
    return arrows


def layouts(arrows: nx.DiGraph, size: tuple[float, float]) -> list[dict]:
    """The candidate layouts (:data:`LAYOUTS`), the most room for labels (:func:`room`) first, when
    drawn ``size`` points wide and high."""
    ties = arrows.to_undirected()
    found = [make(ties, seed=seed, **options) for make, options, seeds in LAYOUTS for seed in seeds]
    ranked = sorted(enumerate(found), key=lambda item: (-room(arrows, item[1], size), item[0]))
    return [positions for _, positions in ranked]


def room(arrows: nx.DiGraph, positions: dict, size: tuple[float, float]) -> float:
    """How well labels fit a layout stretched over ``size`` points: the smallest of, for every arrow,
    its length between the dots over the width of its label, and for every dot, its distance to the
    nearest other dot or arrow over the room a name needs. Below 1 something is crowded."""
    xs, ys = [float(p[0]) for p in positions.values()], [float(p[1]) for p in positions.values()]
    width, height = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    at = {node: ((float(x) - min(xs)) / width * size[0], (float(y) - min(ys)) / height * size[1])
          for node, (x, y) in positions.items()}
    dot = math.sqrt(NODE_SIZE)
    fits = [(math.dist(at[u], at[v]) - dot) / (max(len(kind) for kind in attrs["kinds"]) * LABEL_CHAR_WIDTH)
            for u, v, attrs in arrows.edges(data=True)]
    for node in at:
        near = [math.dist(at[node], at[other]) - dot for other in at if other != node]
        near += [_segment_distance(at[node], at[a], at[b]) - dot / 2 for a, b in arrows.edges() if node not in (a, b)]
        fits.append(min(near, default=NAME_ROOM) / NAME_ROOM)
    return min(fits, default=1.0)


def _segment_distance(point, start, end) -> float:
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / ((dx * dx + dy * dy) or 1.0)))
    return math.dist(point, (ax + t * dx, ay + t * dy))


def draw(graph: nx.MultiDiGraph, *, title: str | None = None, figsize: tuple[float, float] = (14, 10),
         dpi: int = 100) -> Figure:
    """The entities that have relations, and their relations, as a pyplot Figure (shown inline in a
    notebook when it is a cell's value or after ``plt.show()``)."""
    if title is None:
        documents = graph.graph.get("documents", [])
        title = documents[0].get("title", "") if len(documents) == 1 else f"{len(documents)} documents"
    arrows = relation_arrows(graph)
    if not arrows:
        fig = _figure(title, figsize, dpi)
        fig.axes[0].text(0.5, 0.5, "no relations to draw", ha="center", va="center", fontsize=12,
                         transform=fig.axes[0].transAxes)
        return fig
    _, _, width, height = AXES
    size = (figsize[0] * 72 * width / (1 + 2 * MARGIN), figsize[1] * 72 * height / (1 + 2 * MARGIN))
    best = None
    for positions in layouts(arrows, size)[:DRAWN_LAYOUTS]:
        fig = _figure(title, figsize, dpi)
        overlap = _draw_on(fig, arrows, positions)
        if best is None or overlap < best[0]:
            if best is not None:
                plt.close(best[1])
            best = (overlap, fig)
        else:
            plt.close(fig)
        if overlap == 0:
            break
    return best[1]


def _figure(title: str, figsize: tuple[float, float], dpi: int) -> Figure:
    fig = plt.figure(figsize=figsize, dpi=dpi)
    ax = fig.add_axes(AXES)
    ax.axis("off")
    ax.set_title(title, fontsize=14)
    return fig


def _draw_on(fig: Figure, arrows: nx.DiGraph, positions: dict) -> float:
    """Dots, arrows, legend and labels; returns how much text the labels cover or cut off (see :class:`_Placer`)."""
    (ax,) = fig.axes
    nx.draw_networkx_nodes(arrows, positions, ax=ax, node_size=NODE_SIZE, linewidths=1.5, edgecolors="white",
                           node_color=[COLOURS.get(arrows.nodes[n].get("label"), OTHER_COLOUR) for n in arrows])
    for asserted, style in ((True, "solid"), (False, "dashed")):
        for shape in (STRAIGHT, CURVED):
            edges = [(u, v) for u, v, a in arrows.edges(data=True) if a["asserted"] == asserted and _shape(arrows, u, v) == shape]
            nx.draw_networkx_edges(arrows, positions, ax=ax, edgelist=edges, style=style, width=1.4,
                                   edge_color=EDGE_COLOUR, arrowsize=16, node_size=NODE_SIZE, connectionstyle=shape)
    ax.margins(MARGIN)
    ax.legend(handles=[Line2D([], [], marker="o", ls="", ms=12, color=colour, label=label)
                       for label, colour in COLOURS.items()]
              + [Line2D([], [], color=EDGE_COLOUR, ls="--", label="claim: reported, alleged ...")],
              loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=10, frameon=False)
    fig.canvas.draw()   # fixes the axis limits, so text extents can be measured
    placer = _Placer(fig)
    placer.avoid_dots(ax, positions.values())
    for u, v, attrs in sorted(arrows.edges(data=True), key=lambda e: (-len(e[2]["kinds"]), e[0], e[1])):
        placer.place(lambda pos, u=u, v=v, kinds=attrs["kinds"]: _arrow_label(ax, arrows, positions, u, v, kinds, pos),
                     LABEL_POSITIONS)
    for node in sorted(arrows, key=lambda n: (-arrows.degree(n), n)):
        placer.place(lambda side, node=node: _name(ax, arrows.nodes[node].get("name", node), positions[node], side),
                     _free_sides(arrows, positions, node))
    return placer.clash


def _shape(arrows: nx.DiGraph, u, v) -> str:
    return CURVED if arrows.has_edge(v, u) else STRAIGHT


def _arrow_label(ax, arrows: nx.DiGraph, positions: dict, u, v, kinds: list[str], label_pos: float) -> Text:
    (text,) = nx.draw_networkx_edge_labels(
        arrows, positions, ax=ax, edge_labels={(u, v): "\n".join(kinds)}, label_pos=label_pos,
        connectionstyle=_shape(arrows, u, v), node_size=NODE_SIZE, bbox=_BOX, rotate=False, **LABEL_FONT,
    ).values()
    text.set_zorder(4)   # above the arrows that cross it
    return text


def _name(ax, name: str, xy, side: int) -> Text:
    dx, dy = math.cos(math.radians(side)), math.sin(math.radians(side))
    return ax.annotate(
        name, xy, xytext=(NAME_OFFSET * dx, NAME_OFFSET * dy), textcoords="offset points", zorder=5, bbox=_BOX,
        ha="left" if dx > 0.3 else "right" if dx < -0.3 else "center",
        va="bottom" if dy > 0.3 else "top" if dy < -0.3 else "center", **NAME_FONT,
    )


def _free_sides(arrows: nx.DiGraph, positions: dict, node) -> list[int]:
    """:data:`NAME_SIDES` by the angle to the node's nearest arrow, widest first (ties keep their order)."""
    x, y = positions[node]
    edges = [math.degrees(math.atan2(positions[o][1] - y, positions[o][0] - x)) for o in nx.all_neighbors(arrows, node)]

    def clearance(side: int) -> float:
        return min((abs((side - edge + 180) % 360 - 180) for edge in edges), default=180.0)

    return sorted(NAME_SIDES, key=lambda side: -clearance(side))


class _Placer:
    """Keeps the display boxes of what is drawn and draws each text at the first candidate place
    where it covers no other text, cuts nothing off and covers the fewest dots; else at the place
    that covers the least text.

    ``clash`` adds up the text covered by texts and the text cut off by the edge of the figure
    (display pixels squared): a drawing with none has every label readable.
    """

    DOT_WEIGHT = 0.01   # covering a bit of a dot matters far less than covering text

    def __init__(self, fig: Figure) -> None:
        self.fig = fig
        self.renderer = fig.canvas.get_renderer()
        legend = fig.axes[0].get_legend()
        self.texts: list[Bbox] = [legend.get_window_extent(self.renderer)] if legend else []
        self.dots: list[Bbox] = []
        self.clash = 0.0

    def avoid_dots(self, ax, centres: Iterable) -> None:
        radius = math.sqrt(NODE_SIZE) / 2 * self.fig.dpi / 72
        for centre in centres:
            x, y = ax.transData.transform(centre)
            self.dots.append(Bbox.from_extents(x - radius, y - radius, x + radius, y + radius))

    def costs(self, box: Bbox) -> tuple[float, float]:
        """(text covered + text cut off, dots covered) for a text at ``box``."""
        inside = Bbox.intersection(box, self.fig.bbox)
        cut_off = box.width * box.height - (inside.width * inside.height if inside is not None else 0.0)
        return _covered(box, self.texts) + cut_off, _covered(box, self.dots)

    def place(self, make: Callable[[object], Text], places: Iterable) -> None:
        best = None
        for place in places:
            text = make(place)
            box = text.get_window_extent(self.renderer).padded(2)
            clash, dots = self.costs(box)
            cost = (clash + self.DOT_WEIGHT * dots, clash)
            if best is None or cost < best[0]:
                if best is not None:
                    best[1].remove()
                best = (cost, text, box)
            else:
                text.remove()
            if cost[0] == 0:
                break
        self.texts.append(best[2])
        self.clash += best[0][1]


def _covered(box: Bbox, others: list[Bbox]) -> float:
    common = (Bbox.intersection(box, other) for other in others)
    return sum(c.width * c.height for c in common if c is not None)
