"""Typed, immutable records passed between the pipeline stages.

text -> :class:`Document` -> spaCy ``Doc`` -> :class:`Mention` -> :class:`Entity` -> :class:`Relation`
-> :class:`DocumentResult` (everything one document yields) -> graph.

Every field holds a value Neo4j can store (str, int, float, bool, or tuples of those) or another
record of this module, so results can cross process boundaries (pickle) and be written anywhere.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: Node labels of the graph, in the order summaries list them.
LABELS = ("Person", "State", "Organization", "Event", "Location")

#: Relation types and whether they are symmetric (MET, COOPERATES_WITH ...: direction carries no meaning).
RELATION_TYPES = {
    "ATTENDED": False,
    "ACCUSED": False,
    "DENIED": False,
    "SUPPLIED_ARMS_TO": False,
    "LEADER_OF": False,
    "MINISTER_OF": False,
    "MEMBER_OF": False,
    "REPORTED": False,
    "COOPERATES_WITH": True,
    "VISITED": False,
    "MET": True,
    "AT_WAR_WITH": True,
    "ALLIED_WITH": True,
    "RIVAL_OF": True,
    "ORGANIZED": False,
    "PART_OF": False,
    "SANCTIONED": False,
    "ATTACKED": False,
    "SIGNED": False,
    "CRITICIZED": False,
    "SUPPORTS": False,
}
SYMMETRIC_TYPES = frozenset(t for t, symmetric in RELATION_TYPES.items() if symmetric)

#: Role rules that guess a title holder's state from elsewhere in the article (the state named in
#: the sentence, the article's dominant state) rather than reading it in the title. The graph stage
#: drops a guess when other evidence states the person's role in another state.
GUESSED_ROLE_RULES = frozenset({
    "role.governance-dominant-state", "role.governance-sentence-state", "role.title-description",
    "role.title-dominant-state", "role.title-nearest-state", "role.title-government", "role.title-seat",
    "role.title-ministry", "role.described-antecedent",
})
ROLE_TYPES = frozenset({"LEADER_OF", "MINISTER_OF", "MEMBER_OF"})

#: Claim statuses, strongest first: an edge seen with several statuses reports the first of these.
STATUSES = ("asserted", "reported", "alleged", "denied", "negated")


@dataclass(frozen=True)
class Document:
    """One input article. ``text`` is the decoded file content; offsets everywhere index into it."""

    id: str
    path: str
    text: str
    title: str = ""
    sha256: str = ""
    source: str = ""
    date: str = ""
    url: str = ""

    @property
    def info(self) -> "DocumentInfo":
        return DocumentInfo(
            id=self.id, path=self.path, title=self.title, sha256=self.sha256, source=self.source,
            date=self.date, url=self.url, words=len(self.text.split()),
        )


@dataclass(frozen=True)
class DocumentInfo:
    """A document's metadata without its text: what the graph and Neo4j keep about it."""

    id: str
    path: str
    title: str = ""
    sha256: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    words: int = 0


@dataclass(frozen=True)
class Mention:
    """One span of a document that names (or describes) an entity.

    ``name`` is the cleaned form (titles, determiners and possessives removed); ``canonical`` is set
    when a gazetteer already knows the entity's canonical name (a state from its demonym, ...).
    ``token_start``/``token_end`` index the spaCy ``Doc`` the mention was found in.
    """

    doc_id: str
    text: str
    name: str
    label: str
    start: int
    end: int
    token_start: int
    token_end: int
    sent: int
    source: str
    canonical: str = ""


@dataclass(frozen=True, order=True)
class Ref:
    """A reference to an entity by (label, canonical name): how relations name their endpoints."""

    label: str
    name: str


@dataclass(frozen=True)
class Entity:
    """An entity resolved inside one document (later merged across documents by the graph stage)."""

    label: str
    name: str
    aliases: tuple[str, ...] = ()
    mention_count: int = 0
    documents: tuple[str, ...] = ()
    generic: bool = False  # an unnamed event ("the military parade"): never merged across documents

    @property
    def ref(self) -> Ref:
        return Ref(self.label, self.name)


@dataclass(frozen=True)
class Evidence:
    """Where a relation was read: the sentence, its character offsets in the file, and the rule;
    when the fact happened (:mod:`kg.dates`: ``date`` at ``date_precision``, ``date_basis`` "stated"
    or "published", ``date_since`` for a start). ``trigger`` is the index of the rule's trigger token
    in the document's ``Doc`` (for the stages after the claim stage; not written to the graph)."""

    doc_id: str
    sentence: str
    start: int
    end: int
    rule: str
    status: str = "asserted"
    attributed_to: tuple[str, ...] = ()
    trigger: int = -1
    date: str = ""
    date_precision: str = ""
    date_basis: str = ""
    date_since: bool = False


@dataclass(frozen=True)
class Relation:
    """A typed claim between two entities, with its claim status and evidence."""

    type: str
    source: Ref
    target: Ref
    evidence: Evidence
    status: str = "asserted"
    attributed_to: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()
    role: str = ""
    modality: str = ""

    @property
    def rule(self) -> str:
        return self.evidence.rule


@dataclass(frozen=True)
class Candidate:
    """A relation read by a rule, before the claim stage decides its status.

    ``trigger`` is the index of the token that triggered the rule in the document's ``Doc``.
    ``nominal`` marks facts presupposed inside a noun phrase ("Russian Defense Minister X", "its war
    against Y"): they stay asserted even inside reported speech. ``pending`` names an endpoint the
    claim stage fills from the discourse: "claimant" (who made the allegation being denied),
    "topic" (what a report is about), "agent" (who did an agentless "delivery ... went to X");
    ``agents`` are the labels the frame allows that agent (a person's membership told just before
    does not make a person the agent of "members of the Democratic Party", a frame of states and
    organizations).
    ``happening`` marks a lasting relation read from an event ("joined NATO"): when that event is
    only planned, the relation is not asserted.
    """

    type: str
    source: Ref | None
    target: Ref | None
    trigger: int
    rule: str
    role: str = ""
    nominal: bool = False
    pending: str = ""
    happening: bool = False
    agents: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentResult:
    """Everything one document yields; the unit that workers send back to be merged."""

    document: DocumentInfo
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    mentions: int = 0


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why (one line)."""

    path: str
    reason: str


@dataclass
class BuildReport:
    """What a build did: files read and skipped; filled in as documents stream past.

    ``resumed`` and ``resumed_words`` count the documents (and their words) whose results came from
    the checkpoint of an earlier run instead of being extracted again; ``facts`` counts relations.
    """

    documents: list[DocumentInfo] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    words: int = 0
    facts: int = 0
    resumed: int = 0
    resumed_words: int = 0
