"""The graph does not depend on how the work is split: worker processes, batch size, input order."""
from __future__ import annotations

import random

import pytest

from kg.graph import dumps
from kg.pipeline import build, extract_batch
from kg.settings import Settings
from synthetic_articles import articles, write_jsonl


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    rows = articles(24)
    folder = tmp_path_factory.mktemp("corpus")
    shuffled = rows[:]
    random.Random(3).shuffle(shuffled)
    return write_jsonl(folder / "in" / "news.jsonl", rows), write_jsonl(folder / "shuffled" / "news.jsonl", shuffled)


def graph_bytes(path, **settings) -> str:
    result = build([path], Settings(**settings))
    assert result.report.skipped == [] and len(result.report.documents) == 24
    data = dumps(result.graph)
    return data.replace(str(path), "<input>")   # paths differ between the two folders; nothing else may


@pytest.mark.slow
def test_two_worker_processes_give_the_same_bytes_as_one(corpus):
    one = graph_bytes(corpus[0], batch_size=5)
    assert '"MET"' in one
    assert graph_bytes(corpus[0], batch_size=5, workers=2) == one


@pytest.mark.slow
def test_batch_size_and_input_order_do_not_change_the_graph(corpus):
    one = graph_bytes(corpus[0], batch_size=5)
    assert graph_bytes(corpus[1], batch_size=3) == one
    assert graph_bytes(corpus[1], batch_size=24, workers=2) == one


def test_extract_batch_keeps_order_and_leaves_the_vocabulary_as_it_was(corpus):
    from kg.nlp import load_pipeline
    from kg.read import read_documents

    documents = list(read_documents([corpus[0]]))[:6]
    nlp = load_pipeline(Settings())
    extract_batch(documents[:1])   # warm up: anything loaded once stays
    before = len(nlp.vocab.strings)
    results = extract_batch([d for d in documents] + [documents[0].__class__(
        id="new.txt", path="new.txt", text="Zyxwvut Qponmlk met Plokijuh Ygvtfcx in Xqzvbnm.")])
    assert [r.document.id for r in results] == [d.id for d in documents] + ["new.txt"]
    assert len(nlp.vocab.strings) == before   # the memory zone dropped the batch's new strings


def test_an_article_whose_extraction_fails_is_skipped_and_the_rest_is_built(corpus, monkeypatch):
    from kg import pipeline

    real = pipeline.extract_document

    def failing(doc, document, settings=Settings()):
        if document.id == "news.jsonl#3":
            raise RecursionError("maximum recursion depth exceeded\nmore detail")
        return real(doc, document, settings)

    monkeypatch.setattr(pipeline, "extract_document", failing)
    result = build([corpus[0]], Settings(batch_size=5))
    assert len(result.report.documents) == 23
    [skipped] = result.report.skipped
    assert skipped.path == f"{corpus[0]} [news.jsonl#3]"
    assert skipped.reason == ("extraction failed (RecursionError: maximum recursion depth exceeded); "
                              "please report this article")
