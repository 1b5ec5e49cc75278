"""Linking stage (across documents): which names of the whole corpus are one entity, and why.

In-document resolution (:mod:`kg.resolve`) already turned each document's mentions into entities,
keeping the other names it grouped under them as aliases. This stage looks at the corpus-wide table
of those entities (:meth:`kg.graph.GraphBuilder.entity_names`) and the alias table, and decides which
references are one node. Every decision is a :class:`Merge` with the id of its rule and its evidence,
so ``kg explain-merge NAME`` can show why two names are one node.

Rules, in order; a name decided by an earlier rule is not looked at again, and a name never changes
label unless an alias table says so:

``user-table``, ``alias-table``
    A line of the user's alias table (``--aliases``), else of the packaged one. A name with a line
    is never touched by the automatic rules, so ``Person<TAB>Kim<TAB>Kim`` keeps "Kim" apart.
``spelling``
    Same letters once case, accents, "the", possessives, spaces, hyphens and dots are dropped
    ("Kim Jong-un" = "Kim Jong Un", "U.S." = "US"); the most mentioned spelling names the node.
``middle-name``
    A person name with middle names or initials joins the two-word name with the same first and last
    word ("Donald J. Trump" -> "Donald Trump"), unless the corpus has conflicting middles for that
    first and last name ("George W. Bush", "George H. W. Bush").
``surname`` / ``surname-dominant``
    A one-word person name joins the one longer person name that ends (or, in East Asian order,
    starts) with it, when in-document resolution grouped them in at least one document. When several
    people share the word, it joins one of them only when documents overwhelmingly mean that one
    (:data:`DOMINANT_RATIO`); "Kim" stays apart while "Kim Jong Un" and "Kim Jong Nam" both occur.
``acronym`` / ``acronym-dominant``
    An organization's acronym joins its expansion when in-document resolution grouped them, or when
    the expansion is the only one in the corpus (acronyms of three letters or more).
``short-name`` / ``short-name-dominant``
    An organization, place or event name that is the first or last words of a longer name of the same
    label, or that in-document resolution grouped under one ("Wagner" / "Wagner Group"), joins it on
    the same terms as ``surname``.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import networkx as nx

from kg.aliases import AliasTable
from kg.errors import DataFileError, KGError
from kg.names import acronym_letters, entity_id, initials, norm, spelling_key
from kg.records import Ref

#: Rule ids and what each means (shown by ``kg explain-merge``, listed in docs/entity-resolution.md).
RULES = {
    "user-table": "a line of the user's alias table",
    "alias-table": "a line of the packaged alias table (kg/data/aliases.tsv)",
    "spelling": "same name but for case, accents, 'the', possessives, spaces, hyphens and dots",
    "middle-name": "same first and last name; the middle names or initials do not conflict",
    "surname": "the only longer person name with this word, grouped with it inside a document",
    "surname-dominant": "several people share this word; documents overwhelmingly mean this one",
    "acronym": "acronym of the only expansion, or grouped with it inside a document",
    "acronym-dominant": "several expansions fit; documents overwhelmingly mean this one",
    "short-name": "the only longer name with these first or last words, grouped with it inside a document",
    "short-name-dominant": "several longer names fit; documents overwhelmingly mean this one",
}

#: A shared short name joins the candidate it stood for in at least this many documents ...
DOMINANT_MIN_DOCUMENTS = 5
#: ... and in this many times more documents than all other candidates (each counted one more than seen).
DOMINANT_RATIO = 10
#: Labels the ``short-name`` rule applies to (people have ``surname``; states come from the gazetteer).
SHORT_NAME_LABELS = ("Organization", "Location", "Event")
#: A lone word at the end of a person name that is not a surname ("Donald Trump Jr.").
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")

MERGES_FILE = "merges.tsv"
MERGES_COLUMNS = ("label", "alias", "node", "via", "rule", "evidence")


class EntityTotals(Protocol):
    """What the linker reads of an entity's corpus-wide totals (see :class:`kg.graph.GraphBuilder`)."""

    aliases: set[str]
    mention_count: int
    documents: set[str]
    alias_documents: Counter   # norm(alias) -> documents in which it was an alias of this entity


@dataclass(frozen=True)
class Merge:
    """One decision: ``alias`` is the same entity as ``target`` by rule ``rule``, because ``evidence``."""

    alias: Ref
    target: Ref
    rule: str
    evidence: str


@dataclass
class Linking:
    """The linker's answer: every merge decision, and the node each known reference ends in."""

    merges: tuple[Merge, ...] = ()
    nodes: dict[Ref, Ref] = field(default_factory=dict)
    table: AliasTable = field(default_factory=AliasTable)

    def resolve(self, ref: Ref) -> Ref:
        """The canonical reference of ``ref`` (names the linker never saw: the alias table's answer)."""
        return self.nodes.get(ref) or self.table.canonical(ref)


def link(entities: Mapping[Ref, EntityTotals], table: AliasTable) -> Linking:
    """Decide which references of the corpus are one entity (see the module docstring).

    The answer depends only on the totals, not on the order documents were added in.
    """
    linker = _Linker(entities, table)
    linker.apply_table()
    linker.same_spelling()
    linker.middle_names()
    linker.short_person_names()
    linker.acronyms()
    linker.short_names()
    return linker.result()


@dataclass
class _Name:
    ref: Ref
    words: tuple[str, ...]
    mentions: int = 0
    documents: int = 0
    alias_documents: Counter = field(default_factory=Counter)


class _Linker:
    def __init__(self, entities: Mapping[Ref, EntityTotals], table: AliasTable) -> None:
        self.table = table
        self.names: dict[Ref, _Name] = {}
        for ref in sorted(entities):
            totals = entities[ref]
            self.names[ref] = _Name(ref, tuple(norm(ref.name).split()), totals.mention_count,
                                    len(totals.documents), Counter(totals.alias_documents))
        self.parent: dict[Ref, Merge] = {}
        self.fixed: set[Ref] = set()     # names the alias table decides: no automatic rule moves them

    # -- bookkeeping ------------------------------------------------------------------------------
    def root(self, ref: Ref) -> Ref:
        seen = [ref]
        while ref in self.parent:
            ref = self.parent[ref].target
            if ref in seen:
                where = ", ".join(self.parent[r].evidence for r in seen if r in self.parent)
                raise DataFileError(f"alias table entries form a cycle: {' -> '.join(r.name for r in seen)} ({where})")
            seen.append(ref)
        return ref

    def merge(self, alias: Ref, target: Ref, rule: str, evidence: str) -> None:
        if alias in self.parent or alias in self.fixed or self.root(target) == alias:
            return
        self.parent[alias] = Merge(alias, target, rule, evidence)

    def open_names(self, label: str | None = None) -> list[_Name]:
        """Names no rule has decided yet (sorted: longer names first, then by reference)."""
        names = [n for n in self.names.values()
                 if n.ref not in self.parent and n.ref not in self.fixed and label in (None, n.ref.label)]
        return sorted(names, key=lambda n: (-len(n.words), n.ref))

    def evidence_for(self, short: _Name, candidates: Iterable[_Name]) -> dict[Ref, int]:
        """Candidate nodes (by root) and the documents in which ``short`` was an alias of each."""
        key = norm(short.ref.name)
        counts: dict[Ref, int] = {}
        for name in candidates:
            root = self.root(name.ref)
            if root != self.root(short.ref):
                counts[root] = counts.get(root, 0) + name.alias_documents[key]
        return counts

    def choose(self, short: _Name, counts: dict[Ref, int], *, unique_needs_evidence: bool = True) -> tuple[Ref, bool] | None:
        """The candidate ``short`` joins and whether it won by dominance, or None (stay apart)."""
        if not counts:
            return None
        if len(counts) == 1:
            (only, seen), = counts.items()
            return (only, False) if seen or not unique_needs_evidence else None
        ranked = sorted(counts, key=lambda r: (-counts[r], -self.documents(r), r))
        best, others = ranked[0], ranked[1:]
        if counts[best] >= DOMINANT_MIN_DOCUMENTS and counts[best] >= DOMINANT_RATIO * sum(counts[r] + 1 for r in others):
            return best, True
        return None

    def documents(self, ref: Ref) -> int:
        name = self.names.get(ref)
        return name.documents if name else 0

    # -- rules ------------------------------------------------------------------------------------
    def apply_table(self) -> None:
        for name in self.names.values():
            ref = name.ref
            canonical = self.table.canonical(ref)
            source = self.table.source_of(ref)
            if source is None:
                continue
            self.fixed.add(ref)
            if canonical != ref:
                self.parent[ref] = Merge(ref, canonical, *_table_rule(self.table, source))
        pending = sorted({m.target for m in self.parent.values()})   # a table line's canonical may have a line too
        while pending:
            target = pending.pop()
            canonical, source = self.table.canonical(target), self.table.source_of(target)
            if target in self.parent or canonical == target or source is None:
                continue
            self.parent[target] = Merge(target, canonical, *_table_rule(self.table, source))
            pending.append(canonical)
        for ref in list(self.parent):
            self.root(ref)   # raises on a cycle of table lines

    def same_spelling(self) -> None:
        groups: dict[tuple[str, str], list[_Name]] = defaultdict(list)
        for name in self.names.values():
            groups[(name.ref.label, spelling_key(name.ref.name))].append(name)
        for (_, key), members in sorted(groups.items()):
            if len(members) < 2 or not key:
                continue
            fixed = [m for m in members if m.ref in self.fixed]
            best = fixed[0] if fixed else max(members, key=lambda m: (m.mentions, m.documents, m.ref.name))
            for member in members:
                if member is not best:
                    self.merge(member.ref, best.ref, "spelling",
                               f"same name as {best.ref.name!r} ({best.mentions:,} mentions) but for case, accents or punctuation")

    def middle_names(self) -> None:
        people = self.open_names("Person")
        two_word = {n.words: n for n in sorted(self.names.values(), key=lambda n: n.ref)
                    if n.ref.label == "Person" and len(n.words) == 2}
        longer: dict[tuple[str, str], list[_Name]] = defaultdict(list)
        for name in self.names.values():
            if name.ref.label == "Person" and len(name.words) > 2 and name.words[-1] not in _NAME_SUFFIXES:
                longer[(name.words[0], name.words[-1])].append(name)
        for name in people:
            if len(name.words) < 3 or name.words[-1] in _NAME_SUFFIXES:
                continue
            short = two_word.get((name.words[0], name.words[-1]))
            if short is None:
                continue
            middles = {_middle(n.ref.name) for n in longer[(name.words[0], name.words[-1])]}
            if any(not _compatible(a, b) for a in middles for b in middles):
                continue
            others = len(middles) - 1
            note = f"; agrees with {others} other middle form(s) in the corpus" if others else ""
            self.merge(name.ref, short.ref, "middle-name",
                       f"same first and last name as {short.ref.name!r}{note}")

    def short_person_names(self) -> None:
        people = [n for n in self.names.values() if n.ref.label == "Person" and len(n.words) > 1]
        by_word: dict[str, list[_Name]] = defaultdict(list)
        for name in people:
            last = name.words[-2] if name.words[-1] in _NAME_SUFFIXES and len(name.words) > 2 else name.words[-1]
            for word in {name.words[0], last}:
                by_word[word].append(name)
        for short in self.open_names("Person"):
            if len(short.words) != 1:
                continue
            counts = self.evidence_for(short, by_word.get(short.words[0], []))
            choice = self.choose(short, counts)
            if choice:
                target, dominant = choice
                self.merge(short.ref, target, "surname-dominant" if dominant else "surname",
                           _evidence(short, target, counts, "person name"))

    def acronyms(self) -> None:
        expansions: dict[str, list[_Name]] = defaultdict(list)
        for name in self.names.values():
            if name.ref.label == "Organization" and len(name.words) > 1:
                expansions[initials(name.ref.name)].append(name)
        for short in self.open_names("Organization"):
            letters = acronym_letters(short.ref.name).upper()
            if not letters:
                continue
            counts = self.evidence_for(short, expansions.get(letters, []))
            choice = self.choose(short, counts, unique_needs_evidence=len(letters) < 3)
            if choice:
                target, dominant = choice
                self.merge(short.ref, target, "acronym-dominant" if dominant else "acronym",
                           _evidence(short, target, counts, "expansion"))

    def short_names(self) -> None:
        for label in SHORT_NAME_LABELS:
            ends: dict[tuple[str, ...], list[_Name]] = defaultdict(list)     # first or last words -> names
            grouped: dict[str, list[_Name]] = defaultdict(list)             # alias -> names it was grouped under
            for name in self.names.values():
                if name.ref.label != label or len(name.words) < 2:
                    continue
                for k in range(1, len(name.words)):
                    for words in {name.words[:k], name.words[-k:]}:
                        ends[words].append(name)
                for alias in name.alias_documents:
                    grouped[alias].append(name)
            for short in self.open_names(label):
                key = norm(short.ref.name)
                candidates = {n.ref: n for n in ends.get(short.words, []) + grouped.get(key, [])
                              if len(n.words) > len(short.words)}
                counts = self.evidence_for(short, candidates.values())
                choice = self.choose(short, counts)
                if choice:
                    target, dominant = choice
                    self.merge(short.ref, target, "short-name-dominant" if dominant else "short-name",
                               _evidence(short, target, counts, "longer name"))

    def result(self) -> Linking:
        nodes = {ref: self.root(ref) for ref in self.names}
        for merge in self.parent.values():
            nodes.setdefault(merge.target, self.root(merge.target))
        merges = tuple(sorted(self.parent.values(), key=lambda m: (m.alias, m.target)))
        return Linking(merges=merges, nodes=nodes, table=self.table)


def _table_rule(table: AliasTable, source: str) -> tuple[str, str]:
    """Rule id and evidence of an alias table line."""
    if table.is_packaged(source):
        return "alias-table", f"alias table {source}"
    return "user-table", f"user alias table {source}"


def _middle(name: str) -> tuple[str, tuple[str, ...]]:
    """(initials, full words) of the words between a person's first and last name."""
    tokens = name.split()[1:-1]
    letters = "".join(t.replace(".", "") if _INITIALS.fullmatch(t) else t[0] for t in tokens).casefold()
    return letters, tuple(norm(t) for t in tokens if not _INITIALS.fullmatch(t))


def _compatible(a: tuple[str, tuple[str, ...]], b: tuple[str, tuple[str, ...]]) -> bool:
    """Same initials, and the same full middle names where both spell them out."""
    return a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])


def _evidence(short: _Name, target: Ref, counts: dict[Ref, int], what: str) -> str:
    seen = counts[target]
    text = (f"{short.ref.name!r} was grouped with {target.name!r} inside {seen:,} document(s)" if seen
            else f"{target.name!r} is the only {what} in the corpus that fits {short.ref.name!r}")
    others = sorted((r for r in counts if r != target), key=lambda r: (-counts[r], r))
    if others:
        shown = ", ".join(f"{r.name} {counts[r]:,}" for r in others[:5])
        more = f" and {len(others) - 5} more" if len(others) > 5 else ""
        text += f"; with the {len(others)} other {what}(s) that fit: {shown}{more}"
    elif seen:
        text += f"; the only {what} in the corpus that fits"
    return text


# -- the merges file ------------------------------------------------------------------------------

def merge_rows(linking: Linking) -> list[dict[str, str]]:
    """One row per decision (columns :data:`MERGES_COLUMNS`); ``node`` is where the chain ends."""
    return [{
        "label": m.alias.label, "alias": m.alias.name, "node": linking.resolve(m.alias).name,
        "via": m.target.name, "rule": m.rule, "evidence": m.evidence,
    } for m in linking.merges]


def dumps_merges(linking: Linking) -> str:
    """The merges file as text: a ``#`` header line, then tab-separated rows.

    Its first three columns are an alias table: ``cut -f1-3 merges.tsv`` can be edited and passed
    back with ``--aliases``.
    """
    out = io.StringIO()
    out.write("# " + "\t".join(MERGES_COLUMNS) + "\n")
    for row in merge_rows(linking):
        out.write("\t".join(_cell(row[c]) for c in MERGES_COLUMNS) + "\n")
    return out.getvalue()


def write_merges(linking: Linking, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dumps_merges(linking), encoding="utf-8")
    tmp.replace(path)
    return path


def read_merges(path: Path) -> list[dict[str, str]]:
    """Rows of a merges file written by :func:`write_merges`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MergesFileError(f"{path}: no such file") from None
    rows = []
    for number, line in enumerate(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        if not line or line[0].startswith("#"):
            continue
        if len(line) != len(MERGES_COLUMNS):
            raise MergesFileError(f"{path}:{number}: expected {len(MERGES_COLUMNS)} tab-separated columns, got {len(line)}")
        rows.append(dict(zip(MERGES_COLUMNS, line)))
    return rows


def _cell(value: str) -> str:
    return " ".join(value.replace("\t", " ").split())


# -- explaining -----------------------------------------------------------------------------------

class MergesFileError(KGError):
    """A merges file is missing or malformed."""

    hint = "run kg build first; it writes merges.tsv next to graph.json"


class NameNotMergedError(KGError):
    """The name is neither in a merge decision nor in the graph."""

    hint = "check the spelling; kg show GRAPH lists the entities"


def explain_lines(name: str, rows: list[dict[str, str]], graph: nx.MultiDiGraph | None = None) -> list[str]:
    """Why ``name`` is in the node it is in: the chain of decisions, and what else joined that node."""
    key = norm(name)
    outgoing = {(r["label"], norm(r["alias"])): r for r in rows}
    incoming: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        incoming[(row["label"], norm(row["node"]))].append(row)
    labels = sorted({lab for (lab, alias) in outgoing if alias == key} | {lab for (lab, node) in incoming if node == key})
    lines: list[str] = []
    for label in labels:
        chain, current = [], (label, key)
        while current in outgoing and len(chain) <= len(rows):
            chain.append(outgoing[current])
            current = (label, norm(outgoing[current]["via"]))
        node = chain[-1]["node"] if chain else name
        if chain:
            lines.append(f"{chain[0]['alias']} ({label}) is in node {node!r}{_node_id(graph, label, node)}:")
            lines += [f"  {r['alias']} -> {r['via']}  [{r['rule']}] {r['evidence']}" for r in chain]
        else:
            lines.append(f"{node} ({label}) is a node{_node_id(graph, label, node)}.")
        joined = [r for r in incoming.get((label, norm(node)), []) if r not in chain]
        if joined:
            lines.append(f"  also in this node ({len(joined)}):")
            lines += [f"    {r['alias']} -> {r['via']}  [{r['rule']}] {r['evidence']}" for r in joined]
    if graph is not None:
        lines += _in_document_lines(key, graph)
    if not lines:
        raise NameNotMergedError(f"no merge decision and no entity for {name!r}")
    return lines


def _node_id(graph: nx.MultiDiGraph | None, label: str, name: str) -> str:
    node = entity_id(label, name)
    return f" ({node})" if graph is not None and node in graph else ""


def _in_document_lines(key: str, graph: nx.MultiDiGraph) -> list[str]:
    lines = []
    for node, attrs in sorted(graph.nodes(data=True)):
        if any(norm(a) == key for a in attrs.get("aliases", [])) and norm(attrs.get("name", "")) != key:
            lines.append(f"{attrs.get('name')!r} ({attrs.get('label')}, {node}) lists it as an alias: "
                         f"grouped inside a document (kg/resolve.py) or merged across documents (above)")
    return lines
