"""Evaluation stage: run the pipeline on hand-annotated documents and score it (``kg eval``).

    gold files -> their texts -> :func:`kg.pipeline.build` (one graph per document) -> scores -> totals

A gold file is JSON in the form of ``devset/gold/*.gold.json`` (see ``devset/GUIDELINES.md``): the
``document`` it annotates, its ``split``, ``entities``, ``not_entities`` and ``relations``.

The matching rules are those of the reference scorer ``../shared/eval/score.py`` (re-implemented here,
and held equal to it by ``tests/test_evaluate.py``), so numbers can be compared and argued with:

- Names match after lower-casing, dropping a leading "the", punctuation and possessive "'s"
  (:func:`match_key`). A node matches a gold entity when any of its names (name + aliases) equals
  any of the gold entity's names; Event nodes also match an Event whose content words are a subset
  of theirs, or a superset ("military parade" ~ "night military parade").
- A second node matching the same gold entity is a duplicate: a false positive. So is a node with
  the wrong label, and one whose name is in the gold's ``not_entities``. Location nodes that match
  nothing are not counted (Location is scored leniently); nodes of other labels are ignored.
- Structural edges (MENTIONS ...) are ignored; every other edge is a claim that must match a gold
  relation by type and endpoints (either direction for symmetric types) or is a false positive. Of
  several edges with the same key only the first is scored.
- Gold items marked ``optional`` are neither required nor penalised. A gold relation marked
  ``negative`` is not stated as fact by the text: predicting it as asserted (or without status) is
  a false positive, predicting it with another status is not counted.
- Status accuracy is over the true-positive relations whose gold has a status; ``asserted`` passes
  for ``reported``.

Counts are attributed per entity label and relation type: a true positive or a miss to the gold
label (type), a false positive to the predicted one.
"""
from __future__ import annotations

import functools
import json
import re
import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import astuple, dataclass, field
from pathlib import Path, PurePosixPath

import networkx as nx

from kg.dates import ISO_DATE
from kg.errors import DataFileError, InputError
from kg.graph import to_data as graph_data
from kg.pipeline import build
from kg.records import LABELS, RELATION_TYPES, STATUSES, SYMMETRIC_TYPES, Skipped
from kg.settings import Settings

GOLD_SUFFIX = ".gold.json"
SPLITS = ("dev", "test")

#: Labels whose unmatched nodes are false positives.
SCORED_LABELS = frozenset({"Person", "State", "Organization", "Event"})
#: Labels scored leniently: matched like the others, but an unmatched node is not an error.
LENIENT_LABELS = frozenset({"Location"})
#: Edge types that are graph structure, not claims (the reference scorer's list).
STRUCTURAL_EDGES = frozenset({
    "MENTIONS", "MENTIONED_IN", "APPEARS_IN", "HAS_MENTION", "IN_DOCUMENT", "FROM_DOCUMENT",
    "SAME_AS", "HAS_SENTENCE", "IN_SENTENCE", "NEXT", "PART_OF_DOCUMENT", "EVIDENCED_BY",
    "SUPPORTED_BY", "HAS_EVIDENCE", "ABOUT", "CONTAINS", "HAS_CLAIM", "CLAIMS",
})
#: Words left out when Event names are compared by content words.
STOP_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "at", "its", "their", "his", "her", "and"})

#: Where a gold document's text is looked for when no --texts folder is given, after the gold's own
#: folder and its sibling ``texts/`` (relative to the working directory).
DEFAULT_TEXT_DIRS = (Path("devset/texts"), Path("seeds"))

# Order of the items and kinds in lists of mistakes.
_ITEMS = ("entity", "relation", "status", "date")
_KINDS = ("missed", "unexpected", "duplicate", "not an entity", "wrong label", "asserted negative", "wrong status", "wrong date")


# -- gold files -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldEntity:
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldRelation:
    type: str
    source: str
    target: str
    status: str | None = None
    optional: bool = False
    negative: bool = False
    date: str = ""          # when the text places the fact in time (ISO at its precision)
    date_since: bool = False


@dataclass(frozen=True)
class Gold:
    """One gold file: the annotation of one document."""

    path: str
    document: str
    split: str = ""
    published: str = ""     # the document's publication date: what its undated facts are dated by
    entities: tuple[GoldEntity, ...] = ()
    not_entities: tuple[str, ...] = ()
    relations: tuple[GoldRelation, ...] = ()


class _Invalid(Exception):
    """A problem inside a gold file (the caller adds the file name)."""


def load_gold(path: Path) -> Gold:
    """Read and validate one gold file; any problem is a :class:`DataFileError` naming the file."""
    try:
        return _read_gold(path)
    except _Invalid as exc:
        raise DataFileError(f"{path}: {exc}") from None


def _read_gold(path: Path) -> Gold:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise _Invalid(f"cannot read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _Invalid(f"not a JSON file ({exc})") from None
    return _parse_gold(data, str(path))


def _parse_gold(data: object, path: str) -> Gold:
    if not isinstance(data, dict):
        raise _Invalid("expected a JSON object with 'document', 'entities' and 'relations'")
    document = data.get("document")
    if not isinstance(document, str) or not document.strip():
        raise _Invalid("'document' must name the text file the gold annotates")
    if PurePosixPath(document).is_absolute() or ".." in PurePosixPath(document).parts:
        raise _Invalid(f"'document' must be a file name relative to the texts folder, got {document!r}")
    split = data.get("split", "")
    if not isinstance(split, str):
        raise _Invalid(f"'split' must be a string, got {split!r}")
    entities = tuple(_entity(i, e) for i, e in enumerate(_list(data, "entities", required=True)))
    names = Counter(e.name for e in entities)
    twice = sorted(n for n, count in names.items() if count > 1)
    if twice:
        raise _Invalid(f"entity names must be unique, {twice[0]!r} is used {names[twice[0]]} times")
    not_entities = _list(data, "not_entities")
    if not all(isinstance(n, str) for n in not_entities):
        raise _Invalid(f"'not_entities' must be a list of strings, got {not_entities!r}")
    relations = tuple(_relation(i, r, names) for i, r in enumerate(_list(data, "relations", required=True)))
    published = data.get("published", "")
    if not isinstance(published, str) or published and not ISO_DATE.match(published):
        raise _Invalid(f"'published' must be an ISO date (2017-02-15), got {published!r}")
    return Gold(path, document, split, published, entities, tuple(not_entities), relations)


def _list(data: dict, key: str, *, required: bool = False) -> list:
    if key not in data and not required:
        return []
    value = data.get(key)
    if not isinstance(value, list):
        raise _Invalid(f"{key!r} must be a list, got {value!r}")
    return value


def _flag(entry: dict, key: str, where: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise _Invalid(f"{where}: {key!r} must be true or false, got {value!r}")
    return value


def _entity(i: int, entry: object) -> GoldEntity:
    where = f"entities[{i}] {entry!r}"
    if not isinstance(entry, dict):
        raise _Invalid(f"{where}: expected an object with 'name' and 'type'")
    name, label, aliases = entry.get("name"), entry.get("type"), entry.get("aliases", [])
    if not isinstance(name, str) or not name.strip():
        raise _Invalid(f"{where}: 'name' must be a non-empty string")
    if label not in LABELS:
        raise _Invalid(f"{where}: 'type' must be one of {', '.join(LABELS)}")
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise _Invalid(f"{where}: 'aliases' must be a list of strings")
    return GoldEntity(name, label, tuple(aliases), _flag(entry, "optional", where))


def _relation(i: int, entry: object, names: Mapping[str, int]) -> GoldRelation:
    where = f"relations[{i}] {entry!r}"
    if not isinstance(entry, dict):
        raise _Invalid(f"{where}: expected an object with 'source', 'type' and 'target'")
    rel_type, status = entry.get("type"), entry.get("status")
    if rel_type not in RELATION_TYPES:
        raise _Invalid(f"{where}: 'type' must be one of {', '.join(RELATION_TYPES)}")
    for end in ("source", "target"):
        if entry.get(end) not in names:
            raise _Invalid(f"{where}: {end!r} must be the name of one of the gold entities")
    if status is not None and status not in STATUSES:
        raise _Invalid(f"{where}: 'status' must be one of {', '.join(STATUSES)}")
    when = entry.get("date") or ""
    if not isinstance(when, str) or when and not ISO_DATE.match(when):
        raise _Invalid(f"{where}: 'date' must be an ISO date at its precision (2017-02-15, 2017-02, 2017)")
    return GoldRelation(rel_type, entry["source"], entry["target"], status,
                        _flag(entry, "optional", where), _flag(entry, "negative", where),
                        when, _flag(entry, "date_since", where))


def gold_files(path: Path) -> list[Path]:
    """The gold files at ``path``: the file itself, or a folder's ``*.gold.json`` in name order."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_file():
        return [path]
    files = sorted(p for p in path.glob(f"*{GOLD_SUFFIX}") if p.is_file())
    if not files:
        raise InputError(f"{path}: folder holds no *{GOLD_SUFFIX} files")
    return files


def text_dirs(gold: Gold, texts: Path | None = None) -> list[Path]:
    """Folders searched for a gold document's text, in order: ``texts`` if given, else the defaults."""
    if texts is not None:
        return [Path(texts)]
    folder = Path(gold.path).parent
    return list(dict.fromkeys([folder, folder.parent / "texts", *DEFAULT_TEXT_DIRS]))


def locate_text(gold: Gold, texts: Path | None = None) -> Path | None:
    """The text file a gold annotates, or None when no searched folder holds it."""
    for folder in text_dirs(gold, texts):
        candidate = folder / gold.document
        if candidate.is_file():
            return candidate
    return None


# -- counting ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> bool:
        return not (self.tp or self.fp or self.fn)


def total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


@dataclass(frozen=True)
class Mean:
    """Macro average: the unweighted mean of several precisions, recalls and F1 scores."""

    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    n: int = 0

    @classmethod
    def of(cls, counts: Iterable[Counts]) -> Mean:
        """Mean over the counts that hold anything (an empty document or type has nothing to score)."""
        scored = [c for c in counts if not c.empty]
        if not scored:
            return cls()
        n = len(scored)
        return cls(sum(c.precision for c in scored) / n, sum(c.recall for c in scored) / n,
                   sum(c.f1 for c in scored) / n, n)


@dataclass(frozen=True)
class Mistake:
    """One miss or false positive: ``label`` is the entity label or relation type it counts under."""

    document: str
    item: str   # entity, relation or status
    kind: str   # one of _KINDS
    label: str
    text: str


@dataclass(frozen=True)
class Dates:
    """Dates of the relations found that the gold has: ``right`` of ``total`` equal the gold's date
    (or, where the text places a fact nowhere in time, the publication date); ``stated_right`` of
    ``stated_total`` gold-dated facts read from the text; ``stated_extra`` facts the text does not
    date that the tool dated anyway."""

    right: int = 0
    total: int = 0
    stated_right: int = 0
    stated_total: int = 0
    stated_extra: int = 0

    def __add__(self, other: Dates) -> Dates:
        return Dates(*(a + b for a, b in zip(astuple(self), astuple(other))))

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    @property
    def stated_accuracy(self) -> float | None:
        return self.stated_right / self.stated_total if self.stated_total else None


@dataclass(frozen=True)
class DocumentScore:
    """The scores of one document: counts per entity label and per relation type, and the mistakes."""

    document: str
    gold: str
    split: str = ""
    entities: Mapping[str, Counts] = field(default_factory=dict)
    relations: Mapping[str, Counts] = field(default_factory=dict)
    status_right: int = 0
    status_total: int = 0
    mistakes: tuple[Mistake, ...] = ()
    dates: Dates = field(default_factory=lambda: Dates())

    @property
    def entity_counts(self) -> Counts:
        return total(self.entities.values())

    @property
    def relation_counts(self) -> Counts:
        return total(self.relations.values())

    @property
    def status_accuracy(self) -> float | None:
        return self.status_right / self.status_total if self.status_total else None


@dataclass(frozen=True)
class Evaluation:
    """Scores of every evaluated document and their totals (micro: over all documents pooled)."""

    documents: tuple[DocumentScore, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    @property
    def by_label(self) -> dict[str, Counts]:
        return _pool(d.entities for d in self.documents)

    @property
    def by_type(self) -> dict[str, Counts]:
        return _pool(d.relations for d in self.documents)

    @property
    def entities(self) -> Counts:
        return total(d.entity_counts for d in self.documents)

    @property
    def relations(self) -> Counts:
        return total(d.relation_counts for d in self.documents)

    @property
    def entities_by_document(self) -> Mean:
        return Mean.of(d.entity_counts for d in self.documents)

    @property
    def relations_by_document(self) -> Mean:
        return Mean.of(d.relation_counts for d in self.documents)

    @property
    def entities_by_label(self) -> Mean:
        return Mean.of(self.by_label.values())

    @property
    def relations_by_type(self) -> Mean:
        return Mean.of(self.by_type.values())

    @property
    def status_right(self) -> int:
        return sum(d.status_right for d in self.documents)

    @property
    def status_total(self) -> int:
        return sum(d.status_total for d in self.documents)

    @property
    def status_accuracy(self) -> float | None:
        return self.status_right / self.status_total if self.status_total else None

    @property
    def dates(self) -> Dates:
        return sum((d.dates for d in self.documents), Dates())

    @property
    def mistakes(self) -> list[Mistake]:
        return [m for d in self.documents for m in d.mistakes]


def _pool(tables: Iterable[Mapping[str, Counts]]) -> dict[str, Counts]:
    pooled: dict[str, Counts] = defaultdict(Counts)
    for table in tables:
        for key, counts in table.items():
            pooled[key] += counts
    return {key: pooled[key] for key in _ordered(pooled)}


def _ordered(keys: Iterable[str]) -> list[str]:
    """Entity labels and relation types in the project's order (LABELS, RELATION_TYPES), others after."""
    known = {k: i for i, k in enumerate([*LABELS, *RELATION_TYPES])}
    return sorted(keys, key=lambda k: (known.get(k, len(known)), k))


class _Tally:
    """Counts per label and the mistakes behind them, while one document is scored."""

    def __init__(self, document: str) -> None:
        self.document = document
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.mistakes: list[Mistake] = []

    def hit(self, label: str) -> None:
        self.counts[label]["tp"] += 1

    def miss(self, item: str, label: str, text: str) -> None:
        self.counts[label]["fn"] += 1
        self.note(item, "missed", label, text)

    def wrong(self, item: str, kind: str, label: str, text: str) -> None:
        self.counts[label]["fp"] += 1
        self.note(item, kind, label, text)

    def note(self, item: str, kind: str, label: str, text: str) -> None:
        self.mistakes.append(Mistake(self.document, item, kind, label, text))

    def table(self) -> dict[str, Counts]:
        return {k: Counts(self.counts[k]["tp"], self.counts[k]["fp"], self.counts[k]["fn"])
                for k in _ordered(self.counts)}


# -- matching ---------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=65536)
def match_key(name: str) -> str:
    """The reference scorer's comparison key of a name: lower case, no "the", punctuation or "'s".

    Deliberately not :func:`kg.names.norm` (which also folds "U.S." into "US"): scores must be the
    reference scorer's.

    >>> match_key("The Korean War's")
    'korean war'
    """
    text = name.lower().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def content_words(name: str) -> frozenset[str]:
    """The words of a name that carry meaning ("the night military parade" -> night, military, parade)."""
    return frozenset(w for w in match_key(name).replace("-", " ").split() if w not in STOP_WORDS)


def node_label(node: Mapping) -> str | None:
    """A node-link node's label: ``label``, else ``type``, else the first entity label in ``labels``."""
    if node.get("label"):
        return node["label"]
    if node.get("type"):
        return node["type"]
    labels = node.get("labels") or []
    for label in labels:
        if label in SCORED_LABELS | LENIENT_LABELS:
            return label
    return labels[0] if labels else None


def node_keys(node: Mapping) -> set[str]:
    names = {node.get("name") or str(node.get("id", ""))}
    names.update(node.get("aliases") or [])
    return {match_key(n) for n in names if n}


@functools.lru_cache(maxsize=4096)
def _gold_keys(entity: GoldEntity) -> frozenset[str]:
    return frozenset(match_key(n) for n in (entity.name, *entity.aliases))


def match_entity(node: Mapping, entities: Iterable[GoldEntity]) -> GoldEntity | None:
    """The first gold entity sharing a name with the node; for Event nodes, else one sharing content words."""
    entities = list(entities)
    keys = node_keys(node)
    for entity in entities:
        if not keys.isdisjoint(_gold_keys(entity)):
            return entity
    if node_label(node) != "Event":
        return None
    words = [content_words(k) for k in keys]
    for entity in entities:
        if entity.label != "Event":
            continue
        for gold_words in (content_words(n) for n in (entity.name, *entity.aliases)):
            if any(w and gold_words and (w <= gold_words or gold_words <= w) for w in words):
                return entity
    return None


def _relation_key(rel_type: str, source: str, target: str) -> tuple:
    if rel_type in SYMMETRIC_TYPES:
        return (rel_type, frozenset((source, target)))
    return (rel_type, source, target)


# -- scoring ----------------------------------------------------------------------------------------

def score_graph(gold: Gold, graph: nx.MultiDiGraph, *, document: str = "") -> DocumentScore:
    """Score a graph (as built by :func:`kg.pipeline.build`) against one gold annotation."""
    return score_data(gold, graph_data(graph), document=document)


def score_data(gold: Gold, data: Mapping, *, document: str = "") -> DocumentScore:
    """Score node-link graph data (``nodes`` plus ``edges`` or ``links``) against one gold annotation."""
    document = document or gold.document
    nodes = list(data.get("nodes", []))
    edges = data.get("edges", data.get("links", []))
    entities, node_gold = _score_entities(gold, nodes, _Tally(document))
    relations, right, checked, dates = _score_relations(gold, nodes, edges, node_gold, _Tally(document))
    mistakes = sorted(entities.mistakes + relations.mistakes,
                      key=lambda m: (_ITEMS.index(m.item), _KINDS.index(m.kind)))
    return DocumentScore(document, gold.path, gold.split, entities.table(), relations.table(), right, checked,
                         tuple(mistakes), dates)


def _score_entities(gold: Gold, nodes: list[Mapping], tally: _Tally) -> tuple[_Tally, dict]:
    """Entity counts, and the gold entity name each matched node stands for (by node id)."""
    not_entities = {match_key(n) for n in gold.not_entities}
    node_gold: dict = {}
    found: set[str] = set()
    for node in nodes:
        label = node_label(node)
        if label not in SCORED_LABELS | LENIENT_LABELS:
            continue
        shown = f"{node.get('name')!r} ({label})"
        if node_keys(node) & not_entities:
            tally.wrong("entity", "not an entity", label, shown)
            continue
        entity = match_entity(node, gold.entities)
        if entity is None:
            if label in SCORED_LABELS:
                tally.wrong("entity", "unexpected", label, shown)
            continue
        node_gold[node["id"]] = entity.name
        if entity.optional:
            continue
        if entity.name in found:
            tally.wrong("entity", "duplicate", label, f"{shown}, a second node for {entity.name!r}")
        elif label != entity.label:
            tally.wrong("entity", "wrong label", label, f"{shown}, gold {entity.name!r} is {entity.label}")
        else:
            found.add(entity.name)
            tally.hit(entity.label)
    for entity in gold.entities:
        if not entity.optional and entity.name not in found:
            tally.miss("entity", entity.label, f"{entity.name!r} ({entity.label})")
    return tally, node_gold


def _score_relations(gold: Gold, nodes: list[Mapping], edges: Iterable[Mapping], node_gold: dict,
                     tally: _Tally) -> tuple[_Tally, int, int, Dates]:
    """Relation counts, how many statuses were right of how many were checked, and the dates."""
    gold_index = {_relation_key(r.type, r.source, r.target): r for r in gold.relations}
    optional_names = {e.name for e in gold.entities if e.optional}
    node_names: dict = {}
    for node in nodes:
        node_names.setdefault(node.get("id"), node.get("name"))
    scored: dict[tuple, Mapping | None] = {}   # key -> the edge that counts for it (None: not counted)
    for edge in edges:
        rel_type = edge.get("type") or edge.get("label") or edge.get("key")
        if not isinstance(rel_type, str) or rel_type in STRUCTURAL_EDGES:
            continue
        source, target = node_gold.get(edge["source"]), node_gold.get(edge["target"])
        if source is None or target is None:
            # An edge from an unknown node to an optional entity is not counted either way.
            if not {source, target} & optional_names:
                shown_source = source or node_names.get(edge["source"], edge["source"])
                shown_target = target or node_names.get(edge["target"], edge["target"])
                tally.wrong("relation", "unexpected", rel_type, _arrow(shown_source, rel_type, shown_target))
            continue
        key = _relation_key(rel_type, source, target)
        if key in scored:
            continue
        scored[key] = edge
        want = gold_index.get(key)
        if want is None:
            tally.wrong("relation", "unexpected", rel_type, _arrow(source, rel_type, target))
        elif want.negative:
            if edge.get("status") in (None, "asserted"):
                tally.wrong("relation", "asserted negative", rel_type,
                            f"{_arrow(source, rel_type, target)} asserted; the text does not state it")
            scored[key] = None
        elif want.optional:
            scored[key] = None
    right = checked = 0
    dates = Dates()
    for key, edge in scored.items():
        want = gold_index.get(key)
        if edge is None or want is None:
            continue
        tally.hit(want.type)
        dates += _score_date(want, edge, gold.published, tally)
        if want.status is None:
            continue
        checked += 1
        got = edge.get("status")
        if got == want.status or (want.status == "reported" and got == "asserted"):
            right += 1
        else:
            tally.note("status", "wrong status", want.type,
                       f"{_arrow(want.source, want.type, want.target)}: {got}, gold {want.status}")
    for key, want in gold_index.items():
        if not want.optional and not want.negative and key not in scored:
            tally.miss("relation", want.type, _arrow(want.source, want.type, want.target))
    return tally, right, checked, dates


def edge_date(edge: Mapping) -> tuple[str, str]:
    """An edge's date and its basis: the first date stated in its evidence, else the publication date."""
    items = [i for i in edge.get("evidence", []) if isinstance(i, Mapping) and i.get("date")]
    stated = [i for i in items if i.get("date_basis") == "stated"]
    for item in stated or items:
        return item["date"], item.get("date_basis", "")
    return edge.get("first_date", "") or "", ""


def _score_date(want: GoldRelation, edge: Mapping, published: str, tally: _Tally) -> Dates:
    expected = want.date or published
    if not expected:
        return Dates()
    got, basis = edge_date(edge)
    ok = got == expected
    if not ok:
        tally.note("date", "wrong date", want.type,
                   f"{_arrow(want.source, want.type, want.target)}: {got or 'no date'} ({basis or 'none'}), "
                   f"gold {expected} ({'stated' if want.date else 'published'})")
    stated = bool(want.date)
    return Dates(int(ok), 1, int(stated and ok and basis == "stated"), int(stated),
                 int(not stated and basis == "stated"))


def _arrow(source: object, rel_type: str, target: object) -> str:
    return f"{source} -{rel_type}-> {target}"


# -- the whole run ----------------------------------------------------------------------------------

def evaluate(gold_path: Path, *, texts: Path | None = None, split: str | None = None,
             settings: Settings = Settings()) -> Evaluation:
    """Build a graph for every gold document at ``gold_path`` (one build each) and score it.

    A gold file that is not valid is skipped (listed in :attr:`Evaluation.skipped`) and the others
    are still scored. A gold document whose text cannot be found is an :class:`InputError`: scores
    over part of the documents would read like scores over all of them.
    """
    golds, skipped = [], []
    for path in gold_files(gold_path):
        try:
            golds.append(_read_gold(path))
        except _Invalid as exc:
            skipped.append(Skipped(str(path), str(exc)))
    if split is not None:
        golds = [g for g in golds if g.split == split]
        if not golds and not skipped:
            raise InputError(f"{gold_path}: no gold document is in the {split!r} split")
    located = [(gold, locate_text(gold, texts)) for gold in golds]
    missing = [gold for gold, text in located if text is None]
    if missing:
        raise _missing_texts(missing, texts)
    scores = []
    for gold, text in located:
        result = build([text], settings, date=gold.published)
        skipped += result.report.skipped
        if not result.report.skipped:
            scores.append(score_graph(gold, result.graph))
    return Evaluation(tuple(scores), tuple(skipped))


def _missing_texts(missing: list[Gold], texts: Path | None) -> InputError:
    first = missing[0]
    folders = ", ".join(str(f) for f in text_dirs(first, texts))
    message = (f"no text for {len(missing)} gold document(s) ({first.document}"
               f"{', ...' if len(missing) > 1 else ''}); looked in {folders}")
    fetch = Path(first.path).parent.parent / "fetch.py"
    if fetch.is_file():
        return InputError(message, hint=f"write the dev-set texts with: python {fetch}")
    return InputError(message, hint="pass --texts DIR, the folder that holds the documents")


# -- reports ----------------------------------------------------------------------------------------

def _counts_data(counts: Counts) -> dict:
    return {"tp": counts.tp, "fp": counts.fp, "fn": counts.fn, "precision": round(counts.precision, 3),
            "recall": round(counts.recall, 3), "f1": round(counts.f1, 3)}


def _mean_data(mean: Mean) -> dict:
    return {"precision": round(mean.precision, 3), "recall": round(mean.recall, 3), "f1": round(mean.f1, 3),
            "n": mean.n}


def _accuracy(right: int, checked: int) -> dict:
    return {"right": right, "total": checked, "accuracy": round(right / checked, 3) if checked else None}


def _dates_data(dates: Dates) -> dict:
    return {**_accuracy(dates.right, dates.total),
            "stated": {**_accuracy(dates.stated_right, dates.stated_total), "extra": dates.stated_extra}}


def evaluation_data(evaluation: Evaluation) -> dict:
    """The whole evaluation as plain JSON-able data (scores rounded to 3 places, as the reference scorer)."""
    return {
        "entities": {
            "micro": _counts_data(evaluation.entities),
            "macro_documents": _mean_data(evaluation.entities_by_document),
            "macro_labels": _mean_data(evaluation.entities_by_label),
            "by_label": {k: _counts_data(c) for k, c in evaluation.by_label.items()},
        },
        "relations": {
            "micro": _counts_data(evaluation.relations),
            "macro_documents": _mean_data(evaluation.relations_by_document),
            "macro_types": _mean_data(evaluation.relations_by_type),
            "by_type": {k: _counts_data(c) for k, c in evaluation.by_type.items()},
        },
        "status": _accuracy(evaluation.status_right, evaluation.status_total),
        "dates": _dates_data(evaluation.dates),
        "documents": [
            {
                "document": d.document, "gold": d.gold, "split": d.split,
                "entities": {**_counts_data(d.entity_counts),
                             "by_label": {k: _counts_data(c) for k, c in d.entities.items()}},
                "relations": {**_counts_data(d.relation_counts),
                              "by_type": {k: _counts_data(c) for k, c in d.relations.items()}},
                "status": _accuracy(d.status_right, d.status_total),
                "dates": _dates_data(d.dates),
                "mistakes": [{"item": m.item, "kind": m.kind, "label": m.label, "text": m.text} for m in d.mistakes],
            }
            for d in evaluation.documents
        ],
        "skipped": [{"path": s.path, "reason": s.reason} for s in evaluation.skipped],
    }


def report_lines(evaluation: Evaluation, *, errors: bool = False, width: int = 100) -> list[str]:
    """The evaluation as a table for the terminal (no trailing newlines), at most ``width`` columns."""
    n = len(evaluation.documents)
    skipped = f"; skipped {len(evaluation.skipped)} file(s)" if evaluation.skipped else ""
    lines = [f"scored {n} document(s){skipped}"]
    lines += _block("Entities by label", evaluation.by_label, evaluation.entities)
    lines += _block("Relations by type", evaluation.by_type, evaluation.relations)
    lines += [
        "",
        f"{'':<26}{'entities':<23}relations",
        f"{'':<26}{'P':>5}  {'R':>5}  {'F1':>5}     {'P':>5}  {'R':>5}  {'F1':>5}",
        _summary("micro", evaluation.entities, evaluation.relations),
        _summary(f"macro over {n} document{'' if n == 1 else 's'}",
                 evaluation.entities_by_document, evaluation.relations_by_document),
        _summary("macro over labels/types", evaluation.entities_by_label, evaluation.relations_by_type),
        f"{'status accuracy':<26}{_status(evaluation)}",
        f"{'date accuracy':<26}{_dates(evaluation.dates)}",
    ]
    if errors:
        lines += _mistake_lines(evaluation, width)
    return lines


def _status(evaluation: Evaluation) -> str:
    if not evaluation.status_total:
        return "n/a (no relation found has a gold status)"
    return (f"{evaluation.status_accuracy:.3f} ({evaluation.status_right} of the {evaluation.status_total} "
            "relations found that have a gold status)")


def _dates(dates: Dates) -> str:
    if not dates.total:
        return "n/a (no relation found has a gold or publication date)"
    stated = (f"{dates.stated_accuracy:.3f} ({dates.stated_right} of {dates.stated_total})"
              if dates.stated_total else "n/a")
    return (f"{dates.accuracy:.3f} ({dates.right} of {dates.total} relations found); dates the text states: "
            f"{stated}; {dates.stated_extra} dated where the text gives no date")


def _block(title: str, table: Mapping[str, Counts], overall: Counts) -> list[str]:
    head = f"{title:<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>7}{'FP':>7}{'FN':>7}"
    rows = [_row(f"  {key}", counts) for key, counts in table.items()]
    return ["", head, *rows, _row("  all (micro)", overall)]


def _row(name: str, c: Counts) -> str:
    return f"{name:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>7}{c.fp:>7}{c.fn:>7}"


def _summary(name: str, entities: Counts | Mean, relations: Counts | Mean) -> str:
    return (f"{name:<26}{entities.precision:>5.3f}  {entities.recall:>5.3f}  {entities.f1:>5.3f}     "
            f"{relations.precision:>5.3f}  {relations.recall:>5.3f}  {relations.f1:>5.3f}")


def _mistake_lines(evaluation: Evaluation, width: int) -> list[str]:
    lines = ["", "Misses and false positives" + ("" if evaluation.mistakes else ": none")]
    for doc in evaluation.documents:
        if not doc.mistakes:
            continue
        lines.append(f"{doc.document}  ({doc.gold})")
        for m in doc.mistakes:
            prefix = f"  {m.item:<9}{m.kind:<18}"
            lines += textwrap.wrap(m.text, width=width, initial_indent=prefix,
                                   subsequent_indent=" " * len(prefix), break_on_hyphens=False) or [prefix]
    return lines
