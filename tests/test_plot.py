"""kg.plot: the matplotlib picture of a graph, drawn off screen (Agg) and checked for what it shows
and that no two labels overlap."""
from __future__ import annotations

import itertools

import networkx as nx
import pytest

matplotlib = pytest.importorskip("matplotlib", reason='matplotlib is in the notebook and test extras: pip install -e ".[test]"')
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.text import Annotation  # noqa: E402

from kg import plot  # noqa: E402
from sample_graph import sample_graph  # noqa: E402
from seed_like_graph import seed_like_graph  # noqa: E402


@pytest.fixture
def drawn():
    figures = []

    def _draw(graph, **options):
        fig = plot.draw(graph, **options)
        figures.append(fig)
        fig.canvas.draw()
        return fig

    yield _draw
    for fig in figures:
        plt.close(fig)


def texts(fig):
    """Names (annotations) and arrow labels of the picture, without title and legend."""
    (ax,) = fig.axes
    legend = set(ax.get_legend().get_texts())
    return [t for t in ax.texts if t not in legend and t.get_text()]


@pytest.mark.parametrize("make", [sample_graph, seed_like_graph])
def test_every_related_entity_and_relation_is_labelled_and_no_labels_overlap(drawn, make):
    graph = make()
    fig = drawn(graph)
    shown = texts(fig)
    names = sorted(t.get_text() for t in shown if isinstance(t, Annotation))
    related = sorted(graph.nodes[n]["name"] for n in graph if graph.degree(n))
    assert names == related

    arrows = plot.relation_arrows(graph)
    labels = sorted(t.get_text() for t in shown if not isinstance(t, Annotation))
    assert labels == sorted("\n".join(a["kinds"]) for _, _, a in arrows.edges(data=True))
    assert sum(len(a["kinds"]) for _, _, a in arrows.edges(data=True)) == graph.number_of_edges()

    renderer = fig.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in shown]
    overlapping = [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2) if box_a.overlaps(box_b)]
    assert overlapping == []


def test_claims_that_are_not_asserted_are_marked_and_dashed():
    arrows = plot.relation_arrows(sample_graph())
    by_names = {(arrows.nodes[u]["name"], arrows.nodes[v]["name"]): a for u, v, a in arrows.edges(data=True)}
    assert by_names[("North Korea", "Russia")] == {"kinds": ["SUPPLIED_ARMS_TO (alleged)"], "asserted": False}
    assert by_names[("Sergei Shoigu", "military parade")]["asserted"]


def test_same_graph_same_layouts_and_entities_without_relations_are_left_out():
    graph = sample_graph()
    first, second = (plot.layouts(plot.relation_arrows(graph), (700, 500))[0] for _ in range(2))
    assert {n: tuple(p) for n, p in first.items()} == {n: tuple(p) for n, p in second.items()}
    dublin = next(n for n, attrs in graph.nodes(data=True) if attrs["name"] == "Dublin")
    assert graph.degree(dublin) == 0 and dublin not in first


def test_a_graph_without_relations_says_so(drawn):
    graph = nx.MultiDiGraph(documents=[{"title": "Nothing happened"}])
    graph.add_node("a", label="Person", name="Alone")
    fig = drawn(graph)
    assert fig.axes[0].get_title() == "Nothing happened"
    assert [t.get_text() for t in fig.axes[0].texts] == ["no relations to draw"]


# --- the timeline picture (kg/timeline.py) -------------------------------------------------------

def test_timeline_periods_facts_and_picture():
    import datetime

    from dated_graph import dated_graph

    from kg import timeline
    from kg.show import find_entity

    assert timeline.period("2017-02") == (datetime.date(2017, 2, 1), datetime.date(2017, 3, 1), "month")
    assert timeline.period("2016-12")[1] == datetime.date(2017, 1, 1)
    assert timeline.period("2011") == (datetime.date(2011, 1, 1), datetime.date(2012, 1, 1), "year")
    assert timeline.period("") is None and timeline.period("2017-13") is None and timeline.period("soon") is None
    graph = dated_graph()
    node = find_entity(graph, "North Korea")
    lines = timeline.fact_lines(graph, node)
    assert [(line.label, line.contested, len(line.marks), line.undated) for line in lines] == [
        ("<- LEADER_OF Kim Jong Un", False, 1, 1), ("<- VISITED Sergei Shoigu", False, 2, 0),
        ("-> SUPPLIED_ARMS_TO Russia", True, 2, 0), ("-> SUPPLIED_ARMS_TO Wagner", True, 1, 0),
    ]
    assert lines[0].marks[0].since and lines[0].marks[0].precision == "year"
    assert [line.label for line in timeline.fact_lines(graph, node, top=2)] == [
        "<- VISITED Sergei Shoigu", "-> SUPPLIED_ARMS_TO Russia"]   # most dated evidence, then in date order
    fig = timeline.draw(graph, node)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks[-1] == "<- LEADER_OF Kim Jong Un" and ticks[0] == "-> SUPPLIED_ARMS_TO Wagner  (contested)"
    assert {t.get_color() for t in fig.axes[0].get_yticklabels() if "contested" in t.get_text()} == {timeline.CONTESTED_COLOUR}
    plt.close(fig)
    empty = timeline.draw(graph, find_entity(graph, "military parade"))   # its one fact is undated
    assert [t.get_text() for t in empty.axes[0].texts] == ["no dated facts of military parade"]
    plt.close(empty)
