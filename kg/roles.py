"""Role stage: titles and positions -> LEADER_OF, MINISTER_OF, MEMBER_OF (with ``role``).

Where LEADER_OF / MINISTER_OF / MEMBER_OF are decided. Role words come from the lexicon (found in
``doc.spans["kg_roles"]``); the grammatical cases are:

* a title before the name: "Russian Defense Minister Sergei Shoigu", "Kremlin spokesman Dmitry
  Peskov", "Russia's Foreign Minister Sergei Lavrov" (the state or organization in front is the target);
* apposition, either way round: "Li Hongzhong, a member of the Chinese Politburo", "Russia's foreign
  minister, Sergei Lavrov";
* a predicate: "X is the president of Y", "X serves as ...", "X was named prime minister" (for an
  appointment without "of Y", the appointer's state);
* governance: "the regime of ruler Kim Jong Un", "Assad's government", "the Trump administration"
  -> the person LEADER_OF the state the regime is (named, or the state the text is about).

A title with "former", "ex-" ... gives no relation: the role is not current.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.arguments import Arguments
from kg.nlp import ROLES_KEY
from kg.records import Candidate, Mention, Ref
from kg.rules import Lexicon

GOVERNANCE_NOUNS = {"regime", "government", "administration", "cabinet", "rule", "dictatorship", "junta", "presidency", "leadership"}
APPOINT_VERBS = {"name", "appoint", "elect", "nominate", "choose", "pick", "tap", "designate", "install", "reelect", "re-elect", "swear"}
COPULAS = {"be", "become", "remain", "serve", "act", "work"}
# Targets allowed per role relation.
TARGET_LABELS = {
    "LEADER_OF": ("State", "Organization", "Location"),
    "MINISTER_OF": ("State",),
    "MEMBER_OF": ("Organization", "State"),
}
# Role words whose "to Y" names the host, not the employer ("ambassador to the UN").
_POSTED_TO = {"ambassador", "envoy", "representative", "delegate", "emissary"}


def extract_roles(args: Arguments) -> Iterator[Candidate]:
    """Role relations of one document; also records who leads which state in ``args.leaders``."""
    doc = args.doc
    roles = sorted(doc.spans.get(ROLES_KEY, []), key=lambda s: s.start)
    role_at = {t: span for span in roles for t in range(span.start, span.end)}
    seen: set[tuple] = set()
    people = [(m, r) for m, r in zip(args.mentions, args.refs) if r is not None and r.label == "Person"]
    for mention, person in people:
        head = doc[mention.token_start:mention.token_end].root
        for candidate in (
            *_prenominal(args, mention, person, role_at),
            *_appositive(args, head, person, role_at),
            *_predicate(args, head, person, role_at),
        ):
            key = (candidate.type, candidate.source, candidate.target)
            if key not in seen:
                seen.add(key)
                if candidate.type == "LEADER_OF" and candidate.target.label == "State":
                    args.leaders.setdefault(person, candidate.target)
                yield candidate
    for token in doc:
        if token.lower_ in GOVERNANCE_NOUNS and token.pos_ == "NOUN":
            for candidate in _governance(args, token, role_at):
                key = (candidate.type, candidate.source, candidate.target)
                if key not in seen:
                    seen.add(key)
                    args.leaders.setdefault(candidate.source, candidate.target)
                    yield candidate


def _candidate(relation: str, person: Ref, target: Ref, trigger: int, rule: str, role: str, *, nominal: bool = True) -> Candidate | None:
    if target.label not in TARGET_LABELS[relation]:
        if relation == "MINISTER_OF" and target.label == "Organization":
            relation = "MEMBER_OF"
        else:
            return None
    return Candidate(relation, person, target, trigger, rule, role=role, nominal=nominal)


def _title_extent(args: Arguments, span: Span) -> int:
    """Index of the first token of the title ending with a role span ("Defense" of "Defense Minister")."""
    doc, lexicon = args.doc, args.lexicon
    start = span.start
    while start > 0:
        prev = doc[start - 1]
        if args.mention_ref(prev) is not None:
            break
        if prev.lower_ in lexicon.title_modifiers or (prev.is_title and prev.pos_ == "PROPN" and prev.dep_ == "compound"):
            start -= 1
            continue
        break
    return start


def _is_former(doc, start: int) -> bool:
    window = doc[max(0, start - 3):start]
    return any(t.lower_.rstrip("-") in {"former", "ex", "late", "then", "outgoing", "incoming", "future", "would-be", "acting"} for t in window)


def _owner_before(args: Arguments, index: int) -> Ref | None:
    """The state or organization named right before a title ("Russian", "Russia's", "Kremlin")."""
    doc = args.doc
    i = index - 1
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    if i < 0:
        return None
    ref = args.mention_ref(doc[i])
    return ref if ref is not None and ref.label in ("State", "Organization", "Location") else None


def _prenominal(args: Arguments, mention: Mention, person: Ref, role_at: dict[int, Span]) -> Iterator[Candidate]:
    span = role_at.get(mention.token_start - 1)
    if span is None:
        return
    start = _title_extent(args, span)
    if _is_former(args.doc, start):
        return
    owner = _owner_before(args, start)
    if owner is None:
        return
    role = args.doc[start:span.end].text
    candidate = _candidate(span.label_, person, owner, span.start, "role.title-before-name", role)
    if candidate:
        yield candidate


def _role_noun_target(args: Arguments, noun: Token, role_at: dict[int, Span]) -> tuple[str, str, Ref] | None:
    """For a role noun ("minister", "member"): (relation, role text, target) from its own modifiers."""
    span = role_at.get(noun.i)
    if span is None or noun.i not in (span.end - 1, span.root.i):
        return None
    start = _title_extent(args, span)
    if _is_former(args.doc, start) or any(c.lower_ in args.lexicon.former for c in noun.children):
        return None
    role = args.doc[start:span.end].text
    owner = None
    if noun.lower_ not in _POSTED_TO:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at", "in", "to"):
                for obj in prep.children:
                    refs = [r for r in args.entities_of([obj]) if r.label in ("State", "Organization", "Location")]
                    if refs:
                        owner = refs[0]
                        break
            if owner:
                break
    if owner is None:
        owner = _owner_before(args, start)
    if owner is None:
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound") and child.i < start:
                refs = [r for r in args.entities(child) if r.label in ("State", "Organization")]
                if refs:
                    owner = refs[0]
                    break
    return (span.label_, role, owner) if owner else None


def _appositive(args: Arguments, head: Token, person: Ref, role_at: dict[int, Span]) -> Iterator[Candidate]:
    nouns = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        nouns.append(head.head)
    for noun in nouns:
        found = _role_noun_target(args, noun, role_at)
        if found:
            relation, role, owner = found
            candidate = _candidate(relation, person, owner, noun.i, "role.apposition", role)
            if candidate:
                yield candidate


def _predicate(args: Arguments, head: Token, person: Ref, role_at: dict[int, Span]) -> Iterator[Candidate]:
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in COPULAS | APPOINT_VERBS:
        nouns = [c for c in verb.children if c.dep_ in ("attr", "oprd", "xcomp", "acomp")]
        nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    elif head.dep_ == "dobj" and verb.lemma_ in APPOINT_VERBS:   # "X names Y prime minister"
        nouns = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or (c.dep_ == "dobj" and c != head)]
        nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    else:
        return
    for noun in nouns:
        noun = _role_token(noun, role_at)
        if noun is None:
            continue
        found = _role_noun_target(args, noun, role_at)
        if found is None and verb.lemma_ in APPOINT_VERBS:
            span = role_at[noun.i]
            appointers = [r for r in args.entities_of(args.subjects(verb)) if r.label in ("State", "Organization")]
            appointers += [args.leaders[r] for r in args.entities_of(args.subjects(verb)) if r in args.leaders]
            if appointers:
                found = (span.label_, args.doc[_title_extent(args, span):span.end].text, appointers[0])
        if found:
            relation, role, owner = found
            candidate = _candidate(relation, person, owner, noun.i, "role.predicate", role, nominal=False)
            if candidate:
                yield candidate


def _role_token(token: Token, role_at: dict[int, Span]) -> Token | None:
    """The role word heading a predicate noun phrase, if it has one."""
    if token.i in role_at:
        return token
    for child in token.subtree:
        if child.i in role_at and child.head == token:
            return child
    return None


def _governance(args: Arguments, noun: Token, role_at: dict[int, Span]) -> Iterator[Candidate]:
    persons: list[tuple[Ref, Token]] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound"):
            persons += [(r, child) for r in args.entities(child) if r.label == "Person"]
        if child.dep_ == "prep" and child.lower_ == "of":
            persons += [(r, o) for o in child.children if o.dep_ == "pobj" for r in args.entities(o) if r.label == "Person"]
    if not persons:
        return
    states = [r for c in noun.children if c.dep_ in ("amod", "compound", "poss") for r in args.entities(c) if r.label == "State"]
    if not states:
        states = [r for r in args.description(noun) if r.label == "State"]
    if not states:
        return
    for person, token in persons:
        role = next((role_at[t.i].text for t in token.subtree if t.i in role_at and args.mention_ref(t) is None), "")
        yield Candidate("LEADER_OF", person, states[0], noun.i, "role.governance", role=role, nominal=True)
