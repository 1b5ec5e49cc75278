"""The Dask engine on a local cluster of 2 worker processes gives the bytes of the local engine."""
from __future__ import annotations

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")

from kg.engines import Dask  # noqa: E402
from kg.errors import EngineError  # noqa: E402
from kg.graph import dumps  # noqa: E402
from kg.pipeline import build, extract_batch  # noqa: E402
from kg.settings import Settings  # noqa: E402
from synthetic_articles import articles, write_jsonl  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None) as cluster:
        yield cluster


@pytest.mark.slow
def test_dask_engine_gives_byte_identical_graph(cluster, tmp_path):
    source = write_jsonl(tmp_path / "news.jsonl", articles(30))
    local = build([source], Settings(batch_size=4))
    on_dask = build([source], Settings(batch_size=4, engine="dask", scheduler=cluster.scheduler_address))
    assert len(on_dask.report.documents) == 30 and on_dask.report.facts == local.report.facts
    assert dumps(on_dask.graph) == dumps(local.graph)
    with distributed.Client(cluster.scheduler_address) as client:
        loaded = client.run(_models_loaded)
    assert sorted(loaded.values()) == [1, 1]   # both workers took shards; each loaded the model once


def _models_loaded() -> int:
    from kg.nlp import load_pipeline
    return load_pipeline.cache_info().misses


def test_dask_engine_says_when_the_scheduler_is_unreachable():
    engine = Dask("tcp://127.0.0.1:9", timeout=1)
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        list(engine.map(extract_batch, [[]], Settings()))


def test_dask_engine_needs_a_scheduler():
    with pytest.raises(EngineError, match="--scheduler"):
        build([], Settings(engine="dask"))
