"""The pipeline: paths -> documents -> spaCy Docs -> per-document results -> one graph.

Each stage lives in its own module; this one only wires them, one way:

    read -> clean -> nlp -> mentions -> resolve -> roles + relations -> claims -> dates -> link -> graph

:func:`extract_document` is everything one document goes through after parsing (pure, picklable
result); :func:`extract_batch` parses and extracts a batch inside a spaCy memory zone; :func:`build`
streams batches through an engine (:mod:`kg.engines`: this process, N processes or a Dask cluster),
records finished results in a checkpoint (:mod:`kg.checkpoint`) and merges them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
import datetime
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx
from spacy.tokens import Doc

from kg.aliases import load_aliases
from kg.checkpoint import Checkpoint
from kg.arguments import Arguments
from kg.claims import decide_claims
from kg.clean import clean_text
from kg.dates import date_relations, keep_period
from kg.engines import engine_for
from kg.errors import exception_line
from kg.gazetteer import load_gazetteer
from kg.graph import GraphBuilder
from kg.link import Linking, link
from kg.mentions import extract_mentions, titles_before
from kg.nlp import load_pipeline, parse
from kg.read import Columns, read_documents
from kg.records import BuildReport, Document, DocumentResult, Skipped
from kg.relations import (attended_where, extract_relations, infer_visits, led_bodies, member_states, named_parts,
                          partnered_groups, possessed_bodies, demanded_redress, spoken_judgements, stance_prefixes,
                          state_organs, unit_members, units_within, visits_abroad, visits_to_states)
from kg.resolve import resolve_document
from kg.roles import extract_roles
from kg.rules import load_frames, load_lexicon
from kg.settings import Settings


@dataclass
class BuildResult:
    """The graph and what the build did (documents read, files skipped, names merged across documents)."""

    graph: nx.MultiDiGraph
    report: BuildReport = field(default_factory=BuildReport)
    linking: Linking = field(default_factory=Linking)


def extract_document(doc: Doc, document: Document, settings: Settings = Settings()) -> DocumentResult:
    """Entities and relations of one parsed document."""
    gazetteer = load_gazetteer(settings.states_file)
    lexicon = load_lexicon(settings.lexicon_file)
    mentions = list(extract_mentions(doc, doc_id=document.id, gazetteer=gazetteer, lexicon=lexicon))
    resolution = resolve_document(mentions, doc_id=document.id, lexicon=lexicon,
                                  titles=titles_before(doc, mentions, lexicon))
    args = Arguments(doc, mentions, list(resolution.refs), lexicon, gazetteer)
    candidates = list(extract_roles(args))
    frames = load_frames(settings.frames_file)
    candidates += extract_relations(args, frames)
    candidates += state_organs(args)
    candidates += led_bodies(args)
    candidates += member_states(args)
    candidates += possessed_bodies(args, candidates)
    candidates += named_parts(args, candidates)
    candidates += units_within(args, candidates)
    candidates += unit_members(args, candidates)
    candidates += partnered_groups(args)
    candidates += stance_prefixes(args)
    candidates += attended_where(args)
    candidates += spoken_judgements(args, frames)
    candidates += demanded_redress(args)
    candidates += infer_visits(args, candidates, gazetteer)
    candidates = visits_abroad(visits_to_states(args, candidates, gazetteer))
    relations = decide_claims(args, candidates, doc_id=document.id)
    relations = date_relations(args, relations, published=document.date)
    used = {r.source for r in relations} | {r.target for r in relations}
    entities = tuple(e for e in resolution.entities
                     if not e.generic or e.ref in used or _qualified(e.name, lexicon.routine_events))
    return DocumentResult(document.info, entities, tuple(relations), mentions=len(mentions))


def extract_batch(documents: Sequence[Document], settings: Settings = Settings()) -> list[DocumentResult | Skipped]:
    """Parse a batch (:func:`kg.nlp.parse`: ``nlp.pipe``, long texts in pieces) and extract each document, inside one spaCy memory zone.

    The zone frees the vocabulary entries the batch added, so memory stays flat over any number of
    batches; the Docs never leave it, only the plain-Python results do. A document whose extraction
    raises becomes a :class:`Skipped` naming the error: one bad article never stops a corpus run.
    """
    nlp = load_pipeline(settings)
    results: list[DocumentResult | Skipped] = []
    with nlp.memory_zone():
        unhyphenated = load_lexicon(settings.lexicon_file).unhyphenated_words
        stream = ((clean_text(d.text, unhyphenated), d) for d in documents)
        for doc, document in parse(nlp, stream, batch_size=settings.batch_size):
            try:
                results.append(extract_document(doc, document, settings))
            except Exception as exc:  # noqa: BLE001 - reported per document, the run goes on
                results.append(Skipped(f"{document.path} [{document.id}]", f"extraction failed "
                                       f"({exception_line(exc)}); please report this article"))
    return results


def _qualified(event_name: str, routine: frozenset[str]) -> bool:
    """An unnamed event with words of its own ("Dutch parliamentary election", "donor conference",
    "NATO summit") is worth a node; a bare "the meeting" is kept only when a relation needs it."""
    words = event_name.lower().split()
    return len(words) > 1 and " ".join(words[-2:]) not in routine


def extract_documents(documents: Iterable[Document], settings: Settings = Settings()) -> Iterator[DocumentResult | Skipped]:
    """Parse and extract documents in a stream, a batch at a time; never holds all Docs at once."""
    for batch in batched(documents, settings.batch_size):
        yield from extract_batch(batch, settings)


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items (the last one shorter), read lazily."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(paths: Iterable[Path], settings: Settings = Settings(),
          on_result: Callable[[DocumentResult], None] | None = None, *, columns: Columns = Columns(),
          checkpoint: Path | None = None, resume: bool = False,
          on_batch: Callable[[BuildReport], None] | None = None, date: str = "",
          since: datetime.date | None = None, until: datetime.date | None = None) -> BuildResult:
    """Read, extract and merge: the whole job behind ``kg build``.

    With ``checkpoint`` (a file), finished results are appended to it a batch at a time; with
    ``resume`` too, documents whose results it already holds are not extracted again. ``on_batch``
    gets the report after every batch (progress display). The graph does not depend on the engine,
    the batch size, the input order or on resuming. ``date`` is the publication date of documents
    that do not give their own (a folder of text files); with ``since``/``until`` only the facts
    dated in that period are kept (:func:`kg.dates.keep_period`).
    """
    report = BuildReport()
    aliases = load_aliases(settings.aliases_file)
    engine = engine_for(settings)
    if settings.engine == "local" and settings.workers <= 1:
        load_pipeline(settings)   # fail early (and once) when the model is missing
    store = Checkpoint(checkpoint, settings, resume=resume) if checkpoint else None
    builder = GraphBuilder()

    def add(result: DocumentResult, resumed: bool = False) -> None:
        kept = keep_period(result, since, until)
        builder.add(kept)
        report.documents.append(result.document)
        report.words += result.document.words
        report.facts += len(kept.relations)
        if resumed:
            report.resumed += 1
            report.resumed_words += result.document.words
        if on_result is not None:
            on_result(result)

    def documents() -> Iterator[Document]:
        for item in read_documents(paths, max_chars=settings.max_chars, columns=columns):
            if isinstance(item, Skipped):
                report.skipped.append(item)
                continue
            if date and not item.date:
                item = replace(item, date=date)
            done = store.lookup(item.info) if store else None
            if done is None:
                yield item
            else:
                add(done, resumed=True)

    try:
        if store:
            store.write([])   # a fresh run replaces an old checkpoint before any work
        for results in engine.map(extract_batch, batched(documents(), settings.batch_size), settings):
            if store:
                store.write(r for r in results if not isinstance(r, Skipped))
            for result in results:
                if isinstance(result, Skipped):
                    report.skipped.append(result)
                else:
                    add(result)
            if on_batch is not None:
                on_batch(report)
    finally:
        if store:
            store.close()
    if on_batch is not None:
        on_batch(report)
    linking = link(builder.entity_names(), aliases, load_lexicon(settings.lexicon_file).organization_name_endings)
    return BuildResult(builder.graph(linking.resolve), report, linking)
