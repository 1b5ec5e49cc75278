"""The seed article's expected graph, built by hand from its gold facts (no spaCy needed).

Stands in for ``kg.pipeline.build([Path("seeds")]).graph`` where a test must not depend on the
extraction's quality (loader tests), and lets query tests be written against the gold answers.
Evidence offsets are those of the sentences in ``seeds/000_49f72384643141fa.txt``.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from kg.graph import build_graph
from kg.records import DocumentInfo, DocumentResult, Entity, Evidence, Ref, Relation

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_49f72384643141fa.txt"
DOC = SEED.name

KIM = Ref("Person", "Kim Jong Un")
SHOIGU = Ref("Person", "Sergei Shoigu")
LI = Ref("Person", "Li Hongzhong")
NK = Ref("State", "North Korea")
RUSSIA = Ref("State", "Russia")
CHINA = Ref("State", "China")
US = Ref("State", "United States")
UKRAINE = Ref("State", "Ukraine")
KCNA = Ref("Organization", "KCNA")
WAGNER = Ref("Organization", "Wagner")
POLITBURO = Ref("Organization", "Chinese Politburo")
PARADE = Ref("Event", "military parade")
KOREAN_WAR = Ref("Event", "Korean War")

ENTITIES = (
    Entity("Person", "Kim Jong Un", ("Kim", "ruler Kim", "ruler Kim Jong Un"), 6, (DOC,)),
    Entity("Person", "Sergei Shoigu", ("Shoigu", "Russian Defense Minister Sergei Shoigu"), 6, (DOC,)),
    Entity("Person", "Li Hongzhong", (), 1, (DOC,)),
    Entity("State", "North Korea", ("North Korean",), 9, (DOC,)),
    Entity("State", "Russia", ("Russian",), 7, (DOC,)),
    Entity("State", "China", ("Chinese",), 2, (DOC,)),
    Entity("State", "United States", ("USA", "The United States"), 2, (DOC,)),
    Entity("State", "Ukraine", (), 1, (DOC,)),
    Entity("Organization", "KCNA", (), 1, (DOC,)),
    Entity("Organization", "Wagner", ("Wagner mercenaries",), 1, (DOC,)),
    Entity("Organization", "Chinese Politburo", ("Politburo",), 1, (DOC,)),
    Entity("Event", "military parade", ("parade", "night military parade"), 6, (DOC,), generic=True),
    Entity("Event", "Korean War", (), 3, (DOC,)),
)

#: (type, source, target, start of the evidence sentence, rule, status, attributed_to, denied_by, role)
FACTS = (
    ("ATTENDED", SHOIGU, PARADE, "In addition to ruler Kim, Russian Defense Minister Shoigu", "attend.verb", "asserted", (), (), ""),
    ("ATTENDED", KIM, PARADE, "Kim and Shoigu inspect military parade", "attend.verb", "asserted", (), (), ""),
    ("ATTENDED", LI, PARADE, "In addition to Shoigu, Li Hongzhong", "attend.verb", "reported", ("North Korean state media",), (), ""),
    ("LEADER_OF", KIM, NK, "On the 70th anniversary of the end of the Korean War", "leader.title", "asserted", (), (), "ruler"),
    ("MINISTER_OF", SHOIGU, RUSSIA, "North Korea may have displayed", "title.prenominal", "asserted", (), (), "Defense Minister"),
    ("MEMBER_OF", LI, POLITBURO, "In addition to Shoigu, Li Hongzhong", "member.appos", "asserted", (), (), ""),
    ("REPORTED", KCNA, PARADE, "\u201cStrategic unmanned", "report.verb", "asserted", (), (), ""),
    ("ACCUSED", US, NK, "The United States has accused", "accuse.verb", "asserted", (), (), ""),
    ("SUPPLIED_ARMS_TO", NK, RUSSIA, "The United States has accused", "supply.verb", "alleged", ("United States",), ("North Korea", "Russia"), ""),
    ("SUPPLIED_ARMS_TO", NK, WAGNER, "Among other things, in November 2022", "supply.delivery", "alleged", ("United States",), ("North Korea", "Russia"), ""),
    ("DENIED", NK, US, "North Korea and Russia have denied", "deny.allegation", "asserted", (), (), ""),
    ("DENIED", RUSSIA, US, "North Korea and Russia have denied", "deny.allegation", "asserted", (), (), ""),
    ("COOPERATES_WITH", NK, RUSSIA, "North Korea and Russia announced", "cooperate.verb", "asserted", (), (), ""),
    ("VISITED", SHOIGU, NK, "The fact that a high-ranking Russian delegation", "visit.delegation", "asserted", (), (), ""),
    ("AT_WAR_WITH", RUSSIA, UKRAINE, "The United States has accused", "war.against", "asserted", (), (), ""),
    ("ALLIED_WITH", WAGNER, RUSSIA, "Among other things, in November 2022", "fight.alongside", "asserted", (), (), ""),
)


def sentence_at(text: str, start_words: str) -> tuple[int, int, str]:
    """Offsets and text of the sentence starting with ``start_words``: up to a '.' before a space or
    a line end, or up to the line end (a headline)."""
    start = text.index(start_words)
    match = re.compile(r"\.(?=\s|$)|\n").search(text, start)
    end = match.end() if match and match.group() == "." else (match.start() if match else len(text))
    return start, end, text[start:end]


def seed_result(doc_id: str = DOC, text: str | None = None, facts=FACTS, entities=ENTITIES) -> DocumentResult:
    text = SEED.read_text(encoding="utf-8") if text is None else text
    relations = []
    for rel_type, source, target, opening, rule, status, attributed_to, denied_by, role in facts:
        start, end, sentence = sentence_at(text, opening)
        evidence = Evidence(doc_id, sentence, start, end, rule, status, attributed_to)
        relations.append(Relation(rel_type, source, target, evidence, status, attributed_to, denied_by, role))
    entities = tuple(
        Entity(e.label, e.name, e.aliases, e.mention_count, (doc_id,), e.generic) for e in entities
    )
    info = DocumentInfo(
        id=doc_id, path=f"seeds/{doc_id}", title=text.splitlines()[0],
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), words=len(text.split()),
    )
    return DocumentResult(info, entities, tuple(relations), mentions=sum(e.mention_count for e in entities))


def seed_like_graph():
    """The seed article's gold graph as the graph stage builds it."""
    return build_graph([seed_result()])
