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
    Person names with the same first and last word are one person ("Donald J. Trump" = "Donald
    Trump" = "Donald John Trump"), named by the form in most documents, unless the corpus has
    conflicting middles for that first and last name ("George W. Bush", "George H. W. Bush").
``surname`` / ``surname-dominant``
    A one-word person name joins the one longer person name that ends (or, in East Asian order,
    starts) with it, when in-document resolution grouped them in at least one document and it is not
    mostly used on its own (:data:`ON_ITS_OWN_RATIO`: "Kent", "Rex" the airline); a first word
    needs :data:`DOMINANT_MIN_DOCUMENTS` such documents ("Xi", not "Teddy"). When several
    people share the word, it joins one of them only when documents overwhelmingly mean that one
    (:data:`DOMINANT_RATIO`); "Kim" stays apart while "Kim Jong Un" and "Kim Jong Nam" both occur.
    Both rules only look at names written like a person's (capitalised words, no digits).
``acronym`` / ``acronym-dominant``
    An organization's acronym joins the expansion the corpus supports: one that in-document
    resolution grouped with it, or the only expansion in the corpus when the two share rarer names
    in their documents (:data:`MIN_SHARED_CONTEXT`; "FSB" does not join "Federation of Small
    Businesses" just because no other expansion of FSB occurs) -- unless the acronym's own documents
    spell it out as something else ("ISS" grouped with "International Space Station").
``short-name`` / ``short-name-dominant``
    An organization, place or event name that is the first or last words of a longer name of the same
    label, or that in-document resolution grouped under one ("Wagner" / "Wagner Group"; a lone word
    that ends many names, "House", never joins one it ends, "White House"), joins it on
    the same terms as ``surname``, when it is not used on its own in more documents than the longer
    name ("Lufthansa" does not join "Lufthansa Cargo"), the rest of the longer name is not a
    conjunction ("Qatar Airways and Etihad Airways"), and its own documents do not spell it out as
    something else (as for acronyms).
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import networkx as nx

from kg.aliases import AliasTable
from kg.errors import DataFileError, KGError
from kg.names import acronym_letters, entity_id, initials, norm, spelled_out, spelling_key
from kg.output import write_text
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
#: ... and in this many times more documents than all other candidates together (at least 1): where
#: in-document resolution could tell whom "Trump" meant, it meant this one at least 10 times in 11.
DOMINANT_RATIO = 10
#: A word that is the only person's surname stays apart when it stands on its own in more than this many
#: times the documents where it was grouped with that person: it mostly names something else.
ON_ITS_OWN_RATIO = 2
#: An acronym joins the only expansion in the corpus when their documents share this many rarer names ...
MIN_SHARED_CONTEXT = 2
#: ... a name being rarer when it occurs in at most this share of the documents (and at least 3).
RARE_NAME_SHARE = 0.01
#: Labels the ``short-name`` rule applies to (people have ``surname``; states come from the gazetteer).
SHORT_NAME_LABELS = ("Organization", "Location", "Event")
#: A lone word at the end of a person name that is not a surname ("Donald Trump Jr.").
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Lower-case words that belong to a surname ("Bashar al-Assad", "Mohammed bin Salman", "van Gogh").
_PARTICLES = frozenset({"al", "bin", "ibn", "van", "von", "de", "der", "den", "da", "di", "du", "dos", "el", "la", "le"})
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]*)*")
#: Words that make a longer name a list of two names ("Qatar Airways and Etihad Airways").
_CONJUNCTIONS = frozenset({"and", "&", "or", "v", "vs"})
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")

MERGES_FILE = "merges.tsv"
#: Lines ``kg explain-merge`` shows per list before "... and N more".
EXPLAIN_LIMIT = 20
MERGES_COLUMNS = ("label", "alias", "node", "node_label", "via", "rule", "evidence")


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


def link(entities: Mapping[Ref, EntityTotals], table: AliasTable, generic_heads: Collection[str] = ()) -> Linking:
    """Decide which references of the corpus are one entity (see the module docstring).

    ``generic_heads`` are words that end many names ("House", "Council": the lexicon's
    ``organization_name_endings``): alone, such a word is no short name of a longer one ending in it.
    The answer depends only on the totals, not on the order documents were added in.
    """
    linker = _Linker(entities, table, frozenset(norm(w) for w in generic_heads))
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
    docs: frozenset[str] = frozenset()
    alias_documents: Counter = field(default_factory=Counter)

    @property
    def documents(self) -> int:
        return len(self.docs)


class _Linker:
    def __init__(self, entities: Mapping[Ref, EntityTotals], table: AliasTable,
                 generic_heads: frozenset[str] = frozenset()) -> None:
        self.table = table
        self.generic_heads = generic_heads
        self.names: dict[Ref, _Name] = {}
        for ref in sorted(entities):
            totals = entities[ref]
            self.names[ref] = _Name(ref, tuple(norm(ref.name).split()), totals.mention_count,
                                    frozenset(totals.documents), Counter(totals.alias_documents))
        self.parent: dict[Ref, Merge] = {}
        self.fixed: set[Ref] = set()     # names the alias table decides: no automatic rule moves them
        self.members: dict[Ref, set[Ref]] = {ref: {ref} for ref in self.names}   # root -> references in it
        self.in_document: dict[str, list[Ref]] = defaultdict(list)
        for name in self.names.values():
            for doc_id in name.docs:
                self.in_document[doc_id].append(name.ref)
        self.rare = max(3, int(RARE_NAME_SHARE * len(self.in_document)))

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
        root = self.root(target)
        if alias in self.parent or alias in self.fixed or root == alias:
            return
        self.parent[alias] = Merge(alias, target, rule, evidence)
        self.members.setdefault(root, {root}).update(self.members.pop(alias, {alias}))

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

    def choose(self, counts: dict[Ref, int], *, backed: Collection[Ref] = ()) -> tuple[Ref, bool] | None:
        """The candidate a short name joins and whether it won by dominance, or None (stay apart).

        A lone candidate needs documents where the short name was its alias, or to be ``backed``
        by other evidence; several candidates need one that dominates.
        """
        if not counts:
            return None
        if len(counts) == 1:
            (only, seen), = counts.items()
            return (only, False) if seen or only in backed else None
        ranked = sorted(counts, key=lambda r: (-counts[r], -self.documents(r), r))
        best, others = ranked[0], ranked[1:]
        if counts[best] >= DOMINANT_MIN_DOCUMENTS and counts[best] >= DOMINANT_RATIO * max(1, sum(counts[r] for r in others)):
            return best, True
        return None

    def documents(self, ref: Ref) -> int:
        name = self.names.get(ref)
        return name.documents if name else 0

    def spelled_otherwise(self, short: _Name, letters: str, target: Ref) -> bool:
        """The acronym's own documents spell it out as something the target is not: "ISS" grouped
        with "International Space Station", not "Institute for Security Studies"; "ABC" with "ABC News"."""
        key = norm(short.ref.name)
        stems = {w[:5] for ref in self.members.get(target, {target}) for w in norm(ref.name).split()}
        for alias in short.alias_documents:
            words = alias.split()   # compared by their first five letters: "Palestine"/"Palestinian"
            if alias != key and ((letters and initials(alias) == letters) or alias.startswith(key + " ")):
                if sum(w[:5] in stems for w in words) * 2 < len(words):
                    return True
        return False

    def root_documents(self, root: Ref) -> int:
        """Documents naming any reference merged (so far) into ``root``."""
        return len({d for ref in self.members.get(root, ()) if ref in self.names for d in self.names[ref].docs})

    def shared_context(self, a: Ref, b: Ref) -> list[str]:
        """Rarer names (their nodes) that occur both in documents of ``a`` and in documents of ``b``."""
        def context(ref: Ref) -> set[Ref]:
            name = self.names.get(ref)
            return {self.root(other) for doc_id in (name.docs if name else ()) for other in self.in_document[doc_id]
                    if self.names[other].documents <= self.rare}
        shared = context(a) & context(b) - {self.root(a), self.root(b)}
        return sorted(r.name for r in shared)

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
        self.members = defaultdict(set)
        for ref in [*self.names, *self.parent]:
            self.members[self.root(ref)].add(ref)   # raises on a cycle of table lines

    def same_spelling(self) -> None:
        groups: dict[tuple[str, str], list[_Name]] = defaultdict(list)
        for name in self.names.values():
            spelled = " ".join(map(_without_particle, name.ref.name.split())) if name.ref.label == "Person" else name.ref.name
            groups[(name.ref.label, spelling_key(spelled))].append(name)
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
        groups: dict[tuple[str, str], list[_Name]] = defaultdict(list)    # (first, last word) -> names
        for name in self.names.values():
            if (name.ref.label == "Person" and len(name.words) > 1 and name.words[-1] not in _NAME_SUFFIXES
                    and _person_like(name.ref.name)):
                groups[(name.words[0], name.words[-1])].append(name)
        for _, members in sorted(groups.items()):
            roots = sorted({self.root(m.ref) for m in members})
            if len(roots) < 2 or any(_particle(w) for m in members for w in m.ref.name.split()[1:-1]):
                continue   # "Mohammed bin Salman": the particle belongs to the surname
            middles = {_middle(m.ref.name) for m in members}
            if any(not _compatible(a, b) for a in middles for b in middles):
                continue
            sizes = {r: self.root_documents(r) for r in roots}
            target = max(roots, key=lambda r: (sizes[r], -len(r.name), r))
            for root in roots:
                if root != target:
                    self.merge(root, target, "middle-name",
                               f"same first and last name as {target.name!r} ({sizes[target]:,} documents); "
                               f"no two of the {len(members)} names with that first and last name have conflicting middles")

    def short_person_names(self) -> None:
        people = [n for n in self.names.values()
                  if n.ref.label == "Person" and len(n.words) > 1 and _person_like(n.ref.name)]
        by_word: dict[str, list[_Name]] = defaultdict(list)
        surnames: dict[str, set[Ref]] = defaultdict(set)   # word -> names it is the last word of
        for name in people:
            last = name.words[-2] if name.words[-1] in _NAME_SUFFIXES and len(name.words) > 2 else name.words[-1]
            for word in {last, _without_particle(last)}:
                surnames[word].add(name.ref)
            for word in {name.words[0], last, _without_particle(last)}:
                by_word[word].append(name)
        for short in self.open_names("Person"):
            if len(short.words) != 1 or not _person_like(short.ref.name):
                continue
            counts = self.evidence_for(short, by_word.get(short.words[0], []))
            choice = self.choose(counts)
            if choice and not choice[1] and short.documents > ON_ITS_OWN_RATIO * counts[choice[0]]:
                choice = None   # "Kent" alone in 10 documents, with "Stephen Kent" in 2: mostly something else
            if (choice and counts[choice[0]] < DOMINANT_MIN_DOCUMENTS
                    and not self.members.get(choice[0], {choice[0]}) & surnames[short.words[0]]):
                choice = None   # a first word ("Teddy" Roosevelt) needs East Asian order's evidence ("Xi")
            if choice:
                target, dominant = choice
                self.merge(short.ref, target, "surname-dominant" if dominant else "surname",
                           _evidence(short, target, counts, "person name"))

    def acronyms(self) -> None:
        expansions: dict[str, list[_Name]] = defaultdict(list)
        for name in self.names.values():
            if name.ref.label == "Organization" and len(name.words) > 1 and spelled_out(name.ref.name):
                expansions[initials(name.ref.name)].append(name)
        for short in self.open_names("Organization"):
            letters = acronym_letters(short.ref.name).upper()
            if not letters:
                continue
            counts = self.evidence_for(short, expansions.get(letters, []))
            contexts = {} if len(counts) != 1 else {r: self.shared_context(short.ref, r) for r in counts if not counts[r]}
            backed = {r for r, shared in contexts.items() if len(shared) >= MIN_SHARED_CONTEXT}
            if len(letters) > 2:   # rival expansions the corpus never ties to the acronym do not count ...
                counts = {r: n for r, n in counts.items() if n or r in backed}
            choice = self.choose(counts, backed=backed)   # ... except for two letters ("PA", "NI")
            if choice and self.spelled_otherwise(short, letters, choice[0]):
                choice = None
            if choice:
                target, dominant = choice
                evidence = _evidence(short, target, counts, "expansion")
                if not counts[target]:
                    shared = contexts[target]
                    evidence += f"; their documents share {len(shared)} rarer name(s): {', '.join(shared[:5])}"
                self.merge(short.ref, target, "acronym-dominant" if dominant else "acronym", evidence)

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
                generic = len(short.words) == 1 and short.words[0] in self.generic_heads   # "House" is no "White House"
                candidates = {n.ref: n for n in ends.get(short.words, []) + grouped.get(key, [])
                              if len(n.words) > len(short.words) and not _conjunction(n.words, short.words)
                              and not (generic and n.words[-1] == short.words[0])}
                counts = self.evidence_for(short, candidates.values())
                choice = self.choose(counts)
                letters = acronym_letters(short.ref.name).upper()
                if choice and (self.documents(short.ref) > self.root_documents(choice[0])
                               or self.spelled_otherwise(short, letters, choice[0])):
                    choice = None
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


def _person_like(name: str) -> bool:
    """Written like a person's name: capitalised words or surname particles, no digits, stray marks or
    words in capitals ("QUEENSLAND", a dateline)."""
    return all(_NAME_WORD.fullmatch(w) and (w[0].isupper() or _particle(w))
               and not (len(w) > 2 and w.isupper() and "." not in w) for w in name.split())


def _particle(word: str) -> bool:
    """A lower-case surname particle, alone or joined: 'bin', 'al-Assad'."""
    return word[:1].islower() and word.split("-", 1)[0] in _PARTICLES


def _without_particle(word: str) -> str:
    """'al-Assad' -> 'Assad', 'bin' -> '' (spellings of one surname); other words unchanged."""
    if not _particle(word):
        return word
    return word.split("-", 1)[1] if "-" in word else ""


def _conjunction(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """The longer name is the shorter one plus 'and ...' (or '... and' before it): a list, not a name."""
    k = len(shorter)
    rest = longer[k:] if longer[:k] == shorter else longer[:-k] if longer[-k:] == shorter else ()
    return bool(rest) and (rest[0] in _CONJUNCTIONS or rest[-1] in _CONJUNCTIONS)


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
    """No middle name, or the same initials and the same full middle names where both spell them out."""
    return not a[0] or not b[0] or (a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1]))


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
    rows = []
    for m in linking.merges:
        node = linking.resolve(m.alias)
        rows.append({"label": m.alias.label, "alias": m.alias.name, "node": node.name, "node_label": node.label,
                     "via": m.target.name, "rule": m.rule, "evidence": m.evidence})
    return rows


def dumps_merges(linking: Linking) -> str:
    """The merges file as text: a ``#`` header line, then tab-separated rows.

    Its first four columns are an alias table: ``cut -f1-4 merges.tsv`` can be edited and passed
    back with ``--aliases``.
    """
    out = io.StringIO()
    out.write("# " + "\t".join(MERGES_COLUMNS) + "\n")
    for row in merge_rows(linking):
        out.write("\t".join(_cell(row[c]) for c in MERGES_COLUMNS) + "\n")
    return out.getvalue()


def write_merges(linking: Linking, path: Path) -> Path:
    """Write the merge decisions (:func:`dumps_merges`) to ``path``, whole or not at all."""
    return write_text(path, dumps_merges(linking))


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


def explain_lines(name: str, rows: list[dict[str, str]], graph: nx.MultiDiGraph | None = None, *,
                  limit: int = EXPLAIN_LIMIT) -> list[str]:
    """Why ``name`` is in the node it is in: the chain of decisions, what else joined that node and,
    with the graph, which other nodes list the name as an in-document alias (``limit`` lines per list)."""
    key = norm(name)
    by_alias = {(r["label"], r["alias"]): r for r in rows}
    into: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    starts: dict[tuple[str, str], list[dict[str, str]]] = {}   # (label, node) -> decisions of names matching
    for row in rows:
        into[(row["node_label"], norm(row["node"]))].append(row)
        if norm(row["alias"]) == key:
            starts.setdefault((row["node_label"], row["node"]), []).append(row)
        if norm(row["node"]) == key:
            starts.setdefault((row["node_label"], row["node"]), [])
    lines: list[str] = []
    shown: set[str] = set()
    for (label, node), matching in sorted(starts.items()):
        shown.add(entity_id(label, node))
        chain: list[dict[str, str]] = []
        if norm(node) == key:
            lines.append(f"{node} is a node ({label}{_node_id(graph, label, node)}).")
        else:
            row = min(matching, key=lambda r: (r["alias"] != name, r["alias"]))   # the spelling asked for first
            while row is not None and row not in chain:
                chain.append(row)
                row = by_alias.get((label, row["via"]))
            lines.append(f"{chain[0]['alias']} ({chain[0]['label']}) is in node {node!r} "
                         f"({label}{_node_id(graph, label, node)}):")
            lines += [f"  {_decision(r)}" for r in chain]
        joined = sorted((r for r in into[(label, norm(node))] if r not in chain), key=lambda r: r["alias"])
        if joined:
            lines.append(f"  merged into {node!r} across documents ({len(joined)}):")
            lines += _limited([f"    {_decision(r)}" for r in joined], limit)
    if graph is not None:
        lines += [f"{attrs['name']} is a node ({attrs['label']}, {node}); no decision merged it with another name"
                  for node, attrs in sorted(graph.nodes(data=True))
                  if node not in shown and norm(attrs.get("name", "")) == key]
        lines += _limited(_in_document_lines(key, graph, shown), limit)
    if not lines:
        raise NameNotMergedError(f"no merge decision and no entity for {name!r}")
    return lines


def _decision(row: dict[str, str]) -> str:
    return f"{row['alias']} -> {row['via']}  [{row['rule']}] {row['evidence']}"


def _limited(lines: list[str], limit: int) -> list[str]:
    if not limit or len(lines) <= limit:
        return lines
    indent = lines[0][: len(lines[0]) - len(lines[0].lstrip())]
    return lines[:limit] + [f"{indent}... and {len(lines) - limit} more"]


def _node_id(graph: nx.MultiDiGraph | None, label: str, name: str) -> str:
    node = entity_id(label, name)
    return f", {node}" if graph is not None and node in graph else ""


def _in_document_lines(key: str, graph: nx.MultiDiGraph, shown: set[str]) -> list[str]:
    """Other nodes that list the name as an alias (in-document resolution grouped it under them), biggest first."""
    listing = [(node, attrs) for node, attrs in graph.nodes(data=True)
               if node not in shown and norm(attrs.get("name", "")) != key
               and any(norm(a) == key for a in attrs.get("aliases", []))]
    listing.sort(key=lambda item: (-len(item[1].get("documents", [])), item[0]))
    return [f"{attrs.get('name')!r} ({attrs.get('label')}, {node}, {len(attrs.get('documents', []))} documents) "
            f"lists it as an alias, grouped inside a document" for node, attrs in listing]
