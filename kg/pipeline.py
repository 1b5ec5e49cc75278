"""The pipeline: paths -> documents -> spaCy Docs -> per-document results -> one graph.

Each stage lives in its own module; this one only wires them, one way:

    read -> clean -> nlp -> mentions -> resolve -> roles + relations -> claims -> link -> graph

:func:`extract_document` is everything one document goes through after parsing (pure, picklable
result); :func:`build` streams documents through ``nlp.pipe`` and merges the results.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from spacy.tokens import Doc

from kg.aliases import load_aliases
from kg.arguments import Arguments
from kg.claims import decide_claims
from kg.clean import clean_text
from kg.gazetteer import load_gazetteer
from kg.graph import GraphBuilder
from kg.link import Linking, link
from kg.mentions import extract_mentions
from kg.nlp import load_pipeline
from kg.read import read_documents
from kg.records import BuildReport, Document, DocumentResult, Skipped
from kg.relations import extract_relations, infer_visits, visits_to_states
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
    resolution = resolve_document(mentions, doc_id=document.id)
    args = Arguments(doc, mentions, list(resolution.refs), lexicon)
    candidates = list(extract_roles(args))
    candidates += extract_relations(args, load_frames(settings.frames_file))
    candidates += infer_visits(args, candidates, gazetteer)
    candidates = visits_to_states(args, candidates, gazetteer)
    relations = decide_claims(args, candidates, doc_id=document.id)
    used = {r.source for r in relations} | {r.target for r in relations}
    entities = tuple(e for e in resolution.entities if not e.generic or e.ref in used)
    return DocumentResult(document.info, entities, tuple(relations), mentions=len(mentions))


def extract_documents(documents: Iterable[Document], settings: Settings = Settings()) -> Iterator[DocumentResult]:
    """Parse documents in a stream (``nlp.pipe``) and extract each; never holds all Docs at once."""
    nlp = load_pipeline(settings)
    stream = ((clean_text(d.text), d) for d in documents)
    for doc, document in nlp.pipe(stream, as_tuples=True, batch_size=settings.batch_size):
        yield extract_document(doc, document, settings)


def build(paths: Iterable[Path], settings: Settings = Settings(),
          on_result: Callable[[DocumentResult], None] | None = None) -> BuildResult:
    """Read, extract and merge: the whole job behind ``kg build``."""
    report = BuildReport()
    aliases = load_aliases(settings.aliases_file)
    load_pipeline(settings)   # fail early (and once) when the model is missing

    def documents() -> Iterator[Document]:
        for item in read_documents(paths, max_chars=settings.max_chars):
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                yield item

    builder = GraphBuilder()
    for result in extract_documents(documents(), settings):
        builder.add(result)
        report.documents.append(result.document)
        report.words += result.document.words
        if on_result is not None:
            on_result(result)
    linking = link(builder.entity_names(), aliases)
    return BuildResult(builder.graph(linking.resolve), report, linking)
