"""Neo4j loader: write a graph into a Neo4j database through the official driver (Bolt).

Order of work, one transaction per batch (``session.execute_write``, so a batch that fails with a
transient error — the server restarting, a deadlock — is retried for up to ``retry_seconds``):

1. uniqueness constraints on ``id`` for every label, and the indexes the named queries use
   (:func:`loaders.neo4j_rows.index_statements`), all ``IF NOT EXISTS``;
2. purge: for the documents of the graph being loaded, their old contribution is removed — their
   evidence is taken off every relationship (a relationship left without evidence is deleted), their
   ``MENTIONS`` are deleted, and entities left with neither mentions nor relationships are deleted;
3. ``(:Document)`` nodes;
4. entity nodes with their ``(:Document)-[:MENTIONS]->(entity)`` edges;
5. relationships, from this single writer (parallel relationship writes deadlock on node locks),
   each merged with the evidence other documents already gave it.

So the graph being loaded is authoritative for its documents and leaves other documents' facts
alone: loading the same graph twice changes nothing, a second document merges into the same entity
nodes (ids are deterministic), a changed document replaces its facts, and a load killed half-way
and run again converges to a clean load (every step is an idempotent function of the graph). A
server that stays away longer than the retries ends the load with :class:`kg.errors.Neo4jError`
saying so; the batches committed until then stay, and the same load run again finishes the job.

Entity properties are those of :func:`loaders.properties.node_properties`, recomputed from the
entity's ``MENTIONS``: ``documents`` lists them, ``aliases`` is the union of their ``aliases`` and
``mention_count`` the sum of their ``mention_count``. The graph file keeps one total per entity; when
one entity of a graph spans several documents the loader splits that total over their ``MENTIONS``
(the sum stays exact; the per-document figure is only exact for single-document graphs).
Relationship properties are those of :func:`loaders.properties.edge_properties` (dates as Cypher
``date`` values). When evidence from several loads meets on one relationship, and when a re-load takes
a document's evidence off one, everything but ``role`` (the newest non-empty one) is recomputed from
the evidence items left, as the graph stage does: ``status``, ``rule``, ``rules``, ``doc_ids``,
``attributed_to``, ``modality``, ``denied_by`` (each item keeps its own denials, so a denial goes
with the document that recorded it), ``first_date``/``last_date``, ``sources``/``source_count``,
and ``contested``/``affirmed_in``/``disputed_in`` by :func:`kg.graph.evidence_summary` itself.

Labels and relationship types come only from the whitelists checked by :mod:`loaders.neo4j_rows`
and are backtick-escaped; every value is a query parameter.
"""
from __future__ import annotations

import gc
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

import networkx as nx
import neo4j
from neo4j import exceptions as neo4j_exceptions

from kg.errors import ExportError, Neo4jAuthError, Neo4jError
from kg.graph import evidence_summary
from kg.records import STATUSES
from loaders import neo4j_rows
from loaders.neo4j_rows import DOCUMENT_LABEL, MENTIONS
from loaders.properties import EDGE_TYPES, edge_properties, escape_name, evidence_from_properties

DEFAULT_URI = "neo4j://localhost:7687"
DEFAULT_USER = "neo4j"
#: Rows per transaction. Large enough that round trips stop mattering, small enough that one
#: transaction's state stays a few MB (an edge row carries its evidence sentences).
DEFAULT_BATCH_SIZE = 5000
#: How long a batch that failed with a transient error is retried (the driver's own default): long
#: enough for a server restart, which takes 10-30 s.
DEFAULT_RETRY_SECONDS = 30.0

#: Called after each committed batch with the stage name and the number of rows in the batch.
BatchCallback = Callable[[str, int], None]


@dataclass
class LoadReport:
    """What a load wrote (rows sent to the server, including unchanged ones) and removed."""

    uri: str
    database: str | None
    documents: int = 0
    entities: int = 0
    mentions: int = 0
    relationships: int = 0
    purged_relationships: int = 0
    removed_relationships: int = 0
    removed_entities: int = 0
    batches: int = 0
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return self.documents + self.entities + self.mentions + self.relationships

    def summary_lines(self) -> list[str]:
        """What ``kg load`` and ``kg build --neo4j`` print."""
        where = self.uri + (f"/{self.database}" if self.database else "")
        lines = [f"loaded into {where}: {self.documents} documents, {self.entities} entities, "
                 f"{self.mentions} mentions, {self.relationships} relationships in {self.seconds:.1f}s"]
        if self.removed_relationships or self.removed_entities or self.purged_relationships:
            lines.append(f"replaced the old facts of these documents: {self.removed_relationships} relationships and "
                         f"{self.removed_entities} entities removed, {self.purged_relationships} relationships updated")
        return lines


# --- connection and errors -------------------------------------------------------------------

def safe_uri(uri: str) -> str:
    """The URI without any ``user:password@`` part, for messages."""
    return re.sub(r"//[^/@]*@", "//", uri)


#: Codes of a database that refuses writes (``server.databases.read_only``,
#: ``server.databases.default_to_read_only``, or a read-only member of a cluster).
READ_ONLY_CODES = frozenset({
    "Neo.ClientError.General.WriteOnReadOnlyAccessDatabase",
    "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
})
#: The server refuses a user for a few seconds (``dbms.security.auth_lock_time``) after repeated wrong passwords.
AUTH_RATE_LIMIT = "Neo.ClientError.Security.AuthenticationRateLimit"


@contextmanager
def neo4j_errors(uri: str, user: str = "", password: str = "", database: str | None = None) -> Iterator[None]:
    """Turn driver exceptions into one-line :class:`kg.errors.Neo4jError` messages without the password."""
    where = safe_uri(uri)

    def clean(text: str) -> str:
        line = " ".join(str(text).split())
        return line.replace(password, "***") if password else line

    try:
        yield
    except neo4j_exceptions.AuthError:
        raise Neo4jAuthError(f"authentication failed for user '{user}' at {where}") from None
    except (neo4j_exceptions.ServiceUnavailable, neo4j_exceptions.SessionExpired):
        raise Neo4jError(f"cannot reach a Neo4j server at {where}") from None
    except neo4j_exceptions.ConfigurationError as exc:
        raise Neo4jError(
            f"invalid Neo4j URI {where}: {clean(exc)}", hint="use a URI like neo4j://localhost:7687",
        ) from None
    except neo4j_exceptions.ClientError as exc:
        code = exc.code or ""
        if "DatabaseNotFound" in code:
            raise Neo4jError(
                f"database '{database}' does not exist at {where}",
                hint="omit --database (and NEO4J_DATABASE) to use the server's default database",
            ) from None
        if code in READ_ONLY_CODES:
            raise Neo4jError(
                f"{_database_name(database)} at {where} is read-only: the server refuses writes to it",
                hint="load into a writable database (--database), or take it out of the server's "
                     "server.databases.read_only / server.databases.default_to_read_only settings",
            ) from None
        if code == AUTH_RATE_LIMIT:
            raise Neo4jAuthError(
                f"user '{user}' at {where} is locked for a few seconds after too many wrong passwords",
            ) from None
        raise Neo4jError(f"Neo4j at {where} refused the request: {clean(exc.message or exc)}", hint="") from None
    except neo4j_exceptions.Neo4jError as exc:
        raise Neo4jError(f"Neo4j at {where} failed: {clean(exc.message or exc)}", hint="") from None
    except neo4j_exceptions.DriverError as exc:
        raise Neo4jError(f"Neo4j driver error for {where}: {clean(exc)}", hint="") from None


def _database_name(database: str | None) -> str:
    return f"database '{database}'" if database else "the default database"


@contextmanager
def server_lost_during(report: LoadReport, retry_seconds: float) -> Iterator[None]:
    """A server gone for good in the middle of a load (the retries of its batch used up): one line
    saying how far the load got and that running it again finishes it."""
    try:
        yield
    except (neo4j_exceptions.ServiceUnavailable, neo4j_exceptions.SessionExpired):
        raise Neo4jError(
            f"lost the Neo4j server at {report.uri} during the load, after {report.batches} committed batches "
            f"(retried for {retry_seconds:g}s)",
            hint="the database holds part of this load: run the same load again once the server is back",
        ) from None


@contextmanager
def connect(
    uri: str, user: str, password: str, database: str | None = None, *, retry_seconds: float = DEFAULT_RETRY_SECONDS,
) -> Iterator[neo4j.Driver]:
    """A driver whose connection and credentials have been checked; closed on exit.

    Its managed transactions (``execute_write``) retry transient errors for ``retry_seconds``.
    Driver errors raised inside the ``with`` block are mapped by :func:`neo4j_errors` as well.
    """
    if not password:
        raise Neo4jAuthError(f"no password for user '{user}' at {safe_uri(uri)}: NEO4J_PASSWORD is not set")
    with neo4j_errors(uri, user, password, database):
        # Notifications off: "unknown relationship type" warnings on a fresh database are noise in logs.
        driver = neo4j.GraphDatabase.driver(
            uri, auth=(user, password), connection_timeout=10, notifications_min_severity="OFF",
            max_transaction_retry_time=retry_seconds,
        )
        try:
            driver.verify_connectivity()
            yield driver
        finally:
            driver.close()


# --- rows from the graph (the same walk as the exporters: loaders.neo4j_rows) ---------------

def entity_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """Entity rows by label: ``{id, name, aliases, mention_count, documents, mentions: [{doc_id,
    mention_count, aliases}]}``, the aggregates as :func:`entity_aggregates` computes them from
    these mentions (the properties of :func:`loaders.properties.node_properties`, restricted to the
    documents the graph lists)."""
    mentions = defaultdict(list)
    for row in neo4j_rows.mention_rows(graph):
        mentions[row.end].append({"doc_id": row.start, **row.properties})
    rows = {}
    for label, nodes in neo4j_rows.node_rows(graph).items():
        rows[label] = []
        for props in nodes:
            found = mentions[props["id"]]
            aggregates = entity_aggregates(props["name"], found) if found else {
                key: props[key] for key in ("documents", "aliases", "mention_count")  # no listed document
            }
            rows[label].append({"id": props["id"], "name": props["name"], "mentions": found, **aggregates})
    return rows


def relationship_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """Relationship rows by type: ``{id, source, target, labels: (source label, target label), names:
    (source name, target name), props}``."""
    def name(node: str) -> str:
        return str(graph.nodes[node].get("name", node))

    return {
        rel_type: [{"id": row.properties["id"], "source": row.start, "target": row.end,
                    "labels": (row.start_label, row.end_label), "names": (name(row.start), name(row.end)),
                    "props": row.properties}
                   for row in found]
        for rel_type, found in neo4j_rows.relationship_rows(graph).items()
    }


# --- merging evidence from several loads -----------------------------------------------------

def _evidence_key(item: Mapping) -> tuple:
    return (item["doc_id"], int(item["start"]), item["rule"], item["status"])


def merge_edge_properties(
    existing: Mapping | None, incoming: Mapping | None, replaced: Iterable[str], endpoints: tuple[str, str],
) -> dict | None:
    """Properties of a relationship after documents ``replaced`` are taken off ``existing`` and
    ``incoming`` (the new graph's version, whose documents are among ``replaced``) is added.
    ``endpoints`` are the names of its source and target (a denial by one of them contests it).

    Returns ``None`` when no evidence is left (the relationship should be deleted).
    """
    replaced = set(replaced) | set((incoming or {}).get("doc_ids", []))
    kept = [item for item in evidence_from_properties(existing or {}) if item["doc_id"] not in replaced]
    if not kept:
        return dict(incoming) if incoming else None
    if incoming is None:
        base: Mapping = existing
        items = kept
        role = existing.get("role", "")
        denied_by = set()
    else:
        base = incoming
        items = kept + evidence_from_properties(incoming)
        role = incoming.get("role") or existing.get("role", "")
        denied_by = set(incoming.get("denied_by", []))   # also from a graph file older than per-item denials
    items.sort(key=_evidence_key)
    status = min((item["status"] for item in items), key=lambda s: STATUSES.index(s) if s in STATUSES else len(STATUSES))
    strongest = [item for item in items if item["status"] == status]
    modalities = {item["modality"] for item in items}
    attrs = {
        "id": base["id"],
        "type": base["type"],
        "status": status,
        "attributed_to": sorted({name for item in strongest for name in item["attributed_to"]}),
        "denied_by": sorted(denied_by | {name for item in items for name in item["denied_by"]}),
        "role": role,
        "modality": modalities.pop() if len(modalities) == 1 else "",
        "rule": strongest[0]["rule"],
        "rules": sorted({item["rule"] for item in items}),
        "doc_ids": sorted({item["doc_id"] for item in items}),
        "evidence": items,
        **evidence_summary(items, endpoints),
    }
    return edge_properties(attrs)


def entity_aggregates(name: str, mentions: list[Mapping]) -> dict:
    """``documents``, ``aliases`` and ``mention_count`` of an entity from its ``MENTIONS``."""
    return {
        "documents": sorted({m["doc_id"] for m in mentions}),
        "aliases": sorted({a for m in mentions for a in (m["aliases"] or []) if a != name}),
        "mention_count": sum(int(m["mention_count"] or 0) for m in mentions),
    }


# --- Cypher ----------------------------------------------------------------------------------

def _rel_types_expression() -> str:
    return "|".join(escape_name(t) for t in sorted(EDGE_TYPES))


_DOC = escape_name(DOCUMENT_LABEL)
_MENTIONS = escape_name(MENTIONS)

# Results come back as one collected list rather than one record per row (records are what the
# client pays for), and document sets are passed as maps ($docs[id]: a hash lookup, where
# `IN $list` would scan the list for every row).
# A document's relationships join entities it mentions, so they are found from its MENTIONS
# (a walk around those entities) instead of a scan of every relationship in the database.
_PURGE_FIND = (
    f"UNWIND $doc_ids AS doc_id MATCH (:{_DOC} {{id: doc_id}})-[:{_MENTIONS}]->(n)"
    f"-[r:{_rel_types_expression()}]-() "
    "WHERE any(doc IN coalesce(r.doc_ids, []) WHERE $docs[doc]) "
    "WITH DISTINCT r RETURN collect([elementId(r), r.id]) AS rels"
)
_PRESENT_DOCUMENTS = f"UNWIND $doc_ids AS doc_id MATCH (d:{_DOC} {{id: doc_id}}) RETURN collect(d.id) AS present"
_READ_RELS = (
    "UNWIND $eids AS eid MATCH (s)-[r]->(t) WHERE elementId(r) = eid "
    "RETURN eid, properties(r) AS props, elementId(s) AS source, elementId(t) AS target, [s.name, t.name] AS names"
)
_DELETE_RELS = "UNWIND $eids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid DELETE r"
_REPLACE_RELS = "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r = row.props"
_FIND_MENTIONS = (
    f"UNWIND $doc_ids AS doc_id MATCH (:{_DOC} {{id: doc_id}})-[m:{_MENTIONS}]->(n) "
    "RETURN collect([elementId(m), doc_id, n.id, elementId(n)]) AS mentions"
)
_READ_MENTIONS = (
    "UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid "
    f"OPTIONAL MATCH (d:{_DOC})-[m:{_MENTIONS}]->(n) "
    "WITH eid, n, collect(CASE WHEN m IS NULL THEN null ELSE "
    "{doc_id: d.id, mention_count: m.mention_count, aliases: m.aliases} END) AS mentions "
    "RETURN collect([eid, n.name, mentions]) AS entities"
)
_SET_AGGREGATES = (
    "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.eid "
    "SET n.documents = row.documents, n.aliases = row.aliases, n.mention_count = row.mention_count"
)
_DELETE_ORPHANS = (
    "UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid AND NOT EXISTS { (n)--() } "
    "DELETE n RETURN count(*) AS removed"
)
_WRITE_DOCUMENTS = f"UNWIND $rows AS row MERGE (d:{_DOC} {{id: row.id}}) SET d = row"
_COUNT_TYPES = "RETURN {" + ", ".join(
    f"{escape_name(t)}: COUNT {{ ()-[:{escape_name(t)}]->() }}" for t in sorted(EDGE_TYPES)
) + "} AS counts"


def _write_entities_query(label: str) -> str:
    """Merge entities with the aggregates of this graph and their MENTIONS; return the entities that
    other documents mention too (their aggregates must be recomputed from all their MENTIONS)."""
    return (
        f"UNWIND $rows AS row MERGE (n:{escape_name(label)} {{id: row.id}}) "
        "SET n.name = row.name, n.aliases = row.aliases, n.mention_count = row.mention_count, "
        "n.documents = row.documents "
        "WITH n, row CALL (n, row) { "
        "  UNWIND row.mentions AS mention MATCH (d) WHERE elementId(d) = mention.d "
        f"  MERGE (d)-[m:{_MENTIONS}]->(n) "
        "  SET m.mention_count = mention.mention_count, m.aliases = mention.aliases "
        "} "
        f"WITH n WHERE EXISTS {{ (d:{_DOC})-[:{_MENTIONS}]->(n) WHERE $docs[d.id] IS NULL }} "
        "RETURN collect(elementId(n)) AS shared"
    )


def _resolve_query(label: str) -> str:
    return f"UNWIND $ids AS id MATCH (n:{escape_name(label)} {{id: id}}) RETURN collect([id, elementId(n)]) AS nodes"


# A batch first resolves its endpoints' ids to element ids (one unique-index seek per node and one
# query per label), then finds them by element id inside the same transaction, the only scope in
# which element ids are stable. So there is one query text per relationship type rather than one
# per (type, label, label) - every distinct text costs the server a plan - and no index seek per row.
def _relationship_queries(rel_type: str) -> tuple[str, str]:
    endpoints = "MATCH (s) WHERE elementId(s) = row.s MATCH (t) WHERE elementId(t) = row.t "
    # only relationships that also hold evidence of documents outside this load need merging
    read = (
        f"UNWIND $keys AS row {endpoints}MATCH (s)-[r:{escape_name(rel_type)} {{id: row.id}}]->(t) "
        "WHERE any(doc IN r.doc_ids WHERE $docs[doc] IS NULL) RETURN r.id AS id, properties(r) AS props"
    )
    write = (
        f"UNWIND $rows AS row {endpoints}"
        f"MERGE (s)-[r:{escape_name(rel_type)} {{id: row.id}}]->(t) SET r = row.props"
    )
    return read, write


# --- transaction functions (each may run more than once: they only depend on their arguments) ---

class _SizedList(list):
    def __repr__(self) -> str:
        return f"<list of {len(self)}>"


class _SizedMap(dict):
    def __repr__(self) -> str:
        return f"<map of {len(self)}>"


def _run(tx: neo4j.ManagedTransaction | neo4j.Session, query: str, **params) -> neo4j.Result:
    """``tx.run`` with list and map parameters that print as their size.

    The driver renders every RUN message for its debug log before the logger decides whether debug
    is on (``" ".join(map(repr, fields))`` in ``neo4j._sync.io._bolt._bolt5``), so each batch of
    rows was turned into a string and thrown away: 40% of the client's CPU in the relationship
    stage (0.17 of 0.40 s for 24k relationships). The values are sent unchanged; a debug log shows
    ``<list of 5000>`` instead of every evidence sentence.
    """
    sized = {
        key: _SizedList(value) if isinstance(value, list) else _SizedMap(value) if isinstance(value, dict) else value
        for key, value in params.items()
    }
    return tx.run(query, sized)


def _refresh_entities(tx: neo4j.ManagedTransaction, eids: list[str]) -> None:
    if not eids:
        return
    rows = [
        {"eid": eid, **entity_aggregates(name, mentions)}
        for eid, name, mentions in _run(tx, _READ_MENTIONS, eids=eids).single()["entities"]
    ]
    _run(tx, _SET_AGGREGATES, rows=rows).consume()


def _purge_tx(tx: neo4j.ManagedTransaction, doc_ids: list[str], incoming: "_Incoming") -> dict:
    """Take the old contribution of ``doc_ids`` off the database, except what the incoming graph
    writes again anyway (its relationships replace their evidence of these documents themselves)."""
    found = _run(tx, _PURGE_FIND, doc_ids=doc_ids, docs=dict.fromkeys(doc_ids, True)).single()["rels"]
    stale = [eid for eid, rel_id in found if rel_id not in incoming.relationships]
    deletes, updates, touched = [], [], set()
    for record in _run(tx, _READ_RELS, eids=stale) if stale else ():
        props = merge_edge_properties(record["props"], None, doc_ids, tuple(record["names"]))
        if props is None:
            deletes.append(record["eid"])
            touched.update((record["source"], record["target"]))
        else:
            updates.append({"eid": record["eid"], "props": props})
    stale_mentions = []
    for eid, doc_id, node_id, node in _run(tx, _FIND_MENTIONS, doc_ids=doc_ids).single()["mentions"]:
        if (doc_id, node_id) not in incoming.mentions:
            stale_mentions.append(eid)
            touched.add(node)
    removed = 0
    if deletes or stale_mentions:
        _run(tx, _DELETE_RELS, eids=deletes + stale_mentions).consume()
        eids = sorted(touched)
        _refresh_entities(tx, eids)
        removed = _run(tx, _DELETE_ORPHANS, eids=eids).single()["removed"]
    if updates:
        _run(tx, _REPLACE_RELS, rows=updates).consume()
    return {"deleted": len(deletes), "updated": len(updates), "removed_entities": removed}


def _documents_tx(tx: neo4j.ManagedTransaction, rows: list[dict]) -> None:
    _run(tx, _WRITE_DOCUMENTS, rows=rows).consume()


def _entities_tx(tx: neo4j.ManagedTransaction, pieces: list[tuple[str, list[dict]]], docs: dict[str, bool]) -> None:
    doc_ids = sorted({m["doc_id"] for _, rows in pieces for row in rows for m in row["mentions"]})
    element = dict(_run(tx, _resolve_query(DOCUMENT_LABEL), ids=doc_ids).single()["nodes"]) if doc_ids else {}
    shared = []
    for label, rows in pieces:
        rows = [{**row, "mentions": [{**m, "d": element[m["doc_id"]]} for m in row["mentions"]]} for row in rows]
        shared.extend(_run(tx, _write_entities_query(label), rows=rows, docs=docs).single()["shared"])
    _refresh_entities(tx, shared)


def _relationships_tx(
    tx: neo4j.ManagedTransaction, pieces: list[tuple[str, list[dict]]], docs: dict[str, bool],
    existing_types: frozenset[str],
) -> None:
    ids: dict[str, set[str]] = defaultdict(set)
    for _, rows in pieces:
        for row in rows:
            ids[row["labels"][0]].add(row["source"])
            ids[row["labels"][1]].add(row["target"])
    element: dict[str, str] = {}
    for label in sorted(ids):
        element.update(_run(tx, _resolve_query(label), ids=sorted(ids[label])).single()["nodes"])
    for rel_type, rows in pieces:
        read, write = _relationship_queries(rel_type)
        try:
            keys = [{"id": row["id"], "s": element[row["source"]], "t": element[row["target"]]} for row in rows]
        except KeyError as missing:
            raise Neo4jError(f"entity {missing} disappeared from the database during the load; load again") from None
        existing = {}
        if rel_type in existing_types:
            existing = {record["id"]: record["props"] for record in _run(tx, read, keys=keys, docs=docs)}
        props = [
            merge_edge_properties(existing[row["id"]], row["props"], docs, row["names"])
            if row["id"] in existing else row["props"]
            for row in rows
        ]
        _run(tx, write, rows=[{**key, "props": prop} for key, prop in zip(keys, props)]).consume()


@dataclass(frozen=True)
class _Incoming:
    """What the graph being loaded will write: the purge leaves these alone."""

    relationships: frozenset[str]
    mentions: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class LoadPlan:
    """The rows of one graph, checked against the whitelists before connecting.

    Relationship rows (the evidence flattening is the slow part of preparing a load) are built on a
    worker thread while the documents and entities are being written; their ids and types are known
    and checked up front.
    """

    documents: list[dict]
    entities: dict[str, list[dict]]
    relationship_ids: frozenset[str]
    relationships: Future

    @classmethod
    def of(cls, graph: nx.MultiDiGraph, pool: Executor | None = None) -> "LoadPlan":
        documents = sorted(neo4j_rows.document_rows(graph), key=lambda row: row["id"])
        entities = entity_rows(graph)
        ids = set()
        for _, _, key, attrs in graph.edges(keys=True, data=True):
            if attrs.get("type") not in EDGE_TYPES:
                raise ExportError(f"edge {key!r} has type {attrs.get('type')!r}, not a relation type of kg.records")
            ids.add(str(attrs.get("id", key) or ""))
        if pool is None:
            relationships: Future = Future()
            relationships.set_result(relationship_rows(graph))
        else:
            relationships = pool.submit(relationship_rows, graph)
        return cls(documents, entities, frozenset(ids), relationships)

    @property
    def doc_ids(self) -> list[str]:
        return [row["id"] for row in self.documents]

    @property
    def incoming(self) -> _Incoming:
        return _Incoming(
            relationships=self.relationship_ids,
            mentions=frozenset(
                (m["doc_id"], row["id"]) for rows in self.entities.values() for row in rows for m in row["mentions"]
            ),
        )


# --- the writer ------------------------------------------------------------------------------

@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the duration (reference counting still frees
    everything that is dropped).

    Preparing rows allocates hundreds of thousands of small containers, and every burst of
    allocations sets off a collection that walks all live containers, the whole graph included:
    with the collector running, the rows of a 24k-relationship graph take three times as long to
    build (0.9 s against 0.3 s), and that time competes with the writes for the same CPUs. Rows hold
    no reference cycles, so the collector has nothing to find in them afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _batches(rows: list, size: int) -> Iterator[list]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _group_batches(groups: Mapping, size: int) -> Iterator[list[tuple]]:
    """Batches of at most ``size`` rows that may span groups: ``[(group key, rows), ...]``.

    One transaction per batch whatever the number of labels or relationship types, so a
    graph with many small groups does not pay a commit for each of them.
    """
    batch, room = [], size
    for key in sorted(groups):
        rows = groups[key]
        while rows:
            piece, rows = rows[:room], rows[room:]
            batch.append((key, piece))
            room -= len(piece)
            if room == 0:
                yield batch
                batch, room = [], size
    if batch:
        yield batch


@dataclass
class GraphWriter:
    """Writes graphs into one database of an open driver, one transaction per batch."""

    driver: neo4j.Driver
    database: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    on_batch: BatchCallback | None = None
    report: LoadReport = field(init=False)

    def write(self, plan: LoadPlan, report: LoadReport) -> LoadReport:
        self.report = report
        doc_ids = plan.doc_ids
        docs = dict.fromkeys(doc_ids, True)
        incoming = plan.incoming
        with self.driver.session(database=self.database) as session:
            for statement in neo4j_rows.constraint_statements() + neo4j_rows.index_statements():
                session.run(statement).consume()
            counts = session.run(_COUNT_TYPES).single()["counts"]
            existing_types = frozenset(t for t, n in counts.items() if n)
            present = _run(session, _PRESENT_DOCUMENTS, doc_ids=doc_ids).single()["present"]
            for batch in _batches(sorted(present), self.batch_size):   # only documents loaded before
                result = session.execute_write(_purge_tx, batch, incoming)
                self.report.removed_relationships += result["deleted"]
                self.report.purged_relationships += result["updated"]
                self.report.removed_entities += result["removed_entities"]
                self._done("purge", len(batch))
            for batch in _batches(plan.documents, self.batch_size):
                session.execute_write(_documents_tx, batch)
                self.report.documents += len(batch)
                self._done("documents", len(batch))
            for batch in _group_batches(plan.entities, self.batch_size):
                session.execute_write(_entities_tx, batch, docs)
                rows = sum(len(piece) for _, piece in batch)
                self.report.entities += rows
                self.report.mentions += sum(len(row["mentions"]) for _, piece in batch for row in piece)
                self._done("entities", rows)
            for batch in _group_batches(plan.relationships.result(), self.batch_size):
                session.execute_write(_relationships_tx, batch, docs, existing_types)
                rows = sum(len(piece) for _, piece in batch)
                self.report.relationships += rows
                self._done("relationships", rows)
        return report

    def _done(self, stage: str, rows: int) -> None:
        self.report.batches += 1
        if self.on_batch:
            self.on_batch(stage, rows)


def load_graph(
    graph: nx.MultiDiGraph,
    *,
    uri: str = DEFAULT_URI,
    user: str = DEFAULT_USER,
    password: str,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_batch: BatchCallback | None = None,
    retry_seconds: float = DEFAULT_RETRY_SECONDS,
) -> LoadReport:
    """Write ``graph`` into Neo4j (see the module docstring); returns what was written.

    ``on_batch(stage, rows)`` is called after each committed transaction (progress display). A
    batch that fails with a transient error (server restarting) is retried for ``retry_seconds``.
    Raises :class:`kg.errors.Neo4jError` (server unreachable or lost, database read-only, request
    refused) or :class:`kg.errors.Neo4jAuthError`, with one-line messages that never contain the password.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if retry_seconds < 0:
        raise ValueError("retry_seconds must not be negative")
    started = time.perf_counter()
    report = LoadReport(uri=safe_uri(uri), database=database)
    with cyclic_gc_paused(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-load-rows") as pool:
        plan = LoadPlan.of(graph, pool)
        with connect(uri, user, password, database, retry_seconds=retry_seconds) as driver, \
                server_lost_during(report, retry_seconds):
            GraphWriter(driver, database, batch_size, on_batch).write(plan, report)
    report.seconds = time.perf_counter() - started  # all of it: preparing rows, connecting, writing
    return report
