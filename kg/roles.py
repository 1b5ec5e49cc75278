"""Role stage: titles and positions -> LEADER_OF, MINISTER_OF, MEMBER_OF (with ``role``).

Where LEADER_OF / MINISTER_OF / MEMBER_OF are decided. Role words come from the lexicon (found in
``doc.spans["kg_roles"]``); the grammatical cases are:

* a title before the name: "Russian Defense Minister Sergei Shoigu", "Kremlin spokesman Dmitry
  Peskov", "Al Jazeera's Washington editor James Bays", "US ambassador to the UN Nikki Haley",
  "member of the Russian parliament Denis Voronenkov" (the state or organization named in or
  before the title is the target);
* apposition, either way round: "Li Hongzhong, a member of the Chinese Politburo", "Russia's foreign
  minister, Sergei Lavrov", "Jan Venter, a plant scientist with the Department of Agriculture";
* a predicate: "X is the president of Y", "X serves as ...", "X was named prime minister" (for an
  appointment without "of Y", the appointer's state);
* an organization's person: "CNN's Erin Burnett", "Kerry Brown, of the China Studies Center",
  "Jingyi Pan of IG"; an organization someone calls theirs: "his Social Democrats";
* taking up a role: "Donald Trump's election as U.S. president";
* a counterpart: "Tillerson met his Russian counterpart, Sergei Lavrov" -> the possessor's stated
  office, in the state the counterpart word names;
* governance: "the regime of ruler Kim Jong Un", "Assad's government", "the Trump administration"
  -> the person LEADER_OF the state the regime is;
* a leader's minister or staff ("US President Trump's attorney general, Jeff Sessions", "Putin's
  spokesman Dmitry Peskov") serves the state the article says that leader leads (rule
  ``role.title-of-leader``; a leader's lawyer or campaign manager does not);
* a bare title ("President Poroshenko") takes its state from a title that names one elsewhere in
  the article ("the Ukrainian president") when that is unambiguous; a minister, from the ministry
  of the same portfolio the article names with its state (rule ``role.title-ministry``); failing
  that, a head of state or government, a minister with a portfolio or a home office ("Vice
  President X") takes the article's dominant state (rule ``role.title-dominant-state``). These
  guesses (:data:`kg.records.GUESSED_ROLE_RULES`) give way in the graph stage to a role another
  article states outright;
* heading a part of a body: "X heads the Paris office of Amnesty International" makes a member.

A deputy ("deputy director", "vice-chairman") is a member, not a leader, and so is one of several
("Omar Haddad, a senior Hamas commander", "X is a co-founder of Y"). Former holders keep the
relation, with "former" in the role, as the article states a fact about them.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.arguments import ALLIED_WORDS, BACKED_WORDS, DIRECT_OBJECT_DEPS, LED_WORDS, Arguments
from kg.mentions import PARTY_WORD, is_headline, plural_title, portfolio_words
from kg.nlp import ROLES_KEY, STATES_KEY, first_conjunct, stance_prefix_at, tokens_among
from kg.records import GUESSED_ROLE_RULES, ROLE_TYPES, Candidate, Mention, Ref
from kg.rules import Lexicon

COPULAS = {"be", "become", "remain", "serve", "act", "work"}
# Targets allowed per role relation.
TARGET_LABELS = {
    "LEADER_OF": ("State", "Organization", "Location"),
    "MINISTER_OF": ("State",),
    "MEMBER_OF": ("Organization", "State"),
}
# Prepositions linking a role noun to its organization ("member of", "scientist with", "chief at",
# "an analyst from Nomura"; a place after "from" is where the holder comes from, see _role_noun_target).
_ROLE_PREPS = ("of", "for", "at", "in", "to", "with", "from")
# A state standing as an object of the clause is what a title holder acts on, not whom they serve.
_OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj", "attr"}
# Leaders inferred from a state named elsewhere: at most one per state (see _one_inferred_leader_per_state).
_INFERRED = ("role.governance-dominant-state", "role.governance-sentence-state", "role.title-dominant-state",
             "role.title-nearest-state", "role.title-seat",
             "role.described-antecedent")
_DESCRIBED_REACH = 2   # sentences before a state's unnamed title where the person it describes may be named
_TITLE_GAP = 8   # tokens a "role of X" phrase may span before the name
_INDEFINITE = ("a", "an", "another")
_CONTRIBUTOR_REACH = 4   # words after a contributor line's verb that may name the piece ("to this report")
_CONTRIBUTOR_GLUE = ("PART", "CCONJ", "PROPN", "DET")   # what else a contributor line's list holds: "'s", "and", place names, "the"


@dataclass(frozen=True)
class _Title:
    """A role a person holds whose state or organization the phrase does not name."""

    person: Ref
    relation: str
    word: str
    role: str
    trigger: int
    boss: Ref | None = None       # "US President Trump's attorney general": the person whose title it is
    named_before: bool = True     # the title stands before the name (not in an apposition)
    owned: bool = False           # the text names its owner, not a state: "the agency's spokeswoman", "state attorney general"


def extract_roles(args: Arguments) -> Iterator[Candidate]:
    """Role relations of one document; also records who leads which state in ``args.leaders`` and
    which organization in ``args.heads``."""
    doc = args.doc
    roles = sorted((_title_proper(args, s) for s in doc.spans.get(ROLES_KEY, [])), key=lambda s: s.start)
    role_at = {t: span for span in roles for t in range(span.start, span.end)}
    emitted: dict[tuple, Candidate] = {}
    bare: list[_Title] = []

    def emit(candidate: Candidate | None) -> None:
        if candidate is None:
            return
        candidate = _ministerial(args, candidate)
        key = (candidate.type, candidate.source, candidate.target)
        if key not in emitted:
            emitted[key] = candidate
            if candidate.type == "LEADER_OF" and candidate.target.label == "State":
                args.leaders.setdefault(candidate.source, candidate.target)
            elif candidate.type == "LEADER_OF" and candidate.target.label == "Organization" \
                    and not _former_words(args, candidate.role):
                args.heads.setdefault(candidate.target, set()).add(candidate.source)

    people = [(m, r) for m, r in zip(args.mentions, args.refs) if r is not None and r.label == "Person"]
    for mention, person in people:
        head = doc[mention.token_start:mention.token_end].root
        for found in _prenominal(args, mention, person, role_at):
            if isinstance(found, _Title):
                bare.append(found)
                args.titles.setdefault(found.word, set()).add(person)
            elif found is not None:
                if found.role:   # (a party label has none)
                    args.titles.setdefault(found.role.lower().split()[-1], set()).add(person)
                emit(found)
        for candidate in (*_appositive(args, head, person, role_at), *_predicate(args, head, person, role_at),
                          *_organization_person(args, mention, head, person)):
            if isinstance(candidate, _Title):
                bare.append(candidate)
            else:
                emit(candidate)
    for token in tokens_among(doc, ("he", "she", "who")):   # "when he was commander of X"; "X, who is an MP of the Duma"
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ("he", "she"):
            for person in args.antecedents(token):
                for candidate in _predicate(args, token, person, role_at):
                    emit(candidate)
        elif token.dep_ == "nsubj" and token.lower_ == "who" and token.head.dep_ == "relcl":
            described = token.head.head   # "X, a former diplomat who is now a professor at Y": X
            person = args.mention_ref(described)
            if person is None and described.dep_ == "appos":
                person = args.mention_ref(described.head)
            if person is not None and person.label == "Person":
                for candidate in _predicate(args, token, person, role_at):
                    emit(candidate)
    for mention, person in people:   # "Mouin Rabbani - Former head of political affairs at the Office ..."
        for candidate in _role_after_dash(args, mention, person, role_at):
            emit(candidate)
    for candidate in (*_possessed_organizations(args), *_contributor_line(args), *_identified_holders(args, role_at)):
        emit(candidate)
    for candidate in (*_party_labels(args, people), *_chamber_members(args, people)):
        emit(candidate)
    for mention, person in people:   # after every stated role: a counterpart's office is the boss's
        for candidate in _counterpart(args, mention, person, emitted):
            emit(candidate)
    for token in tokens_among(doc, args.lexicon.governance_nouns, lemmas=args.lexicon.appointment_nouns):
        if token.lower_ in args.lexicon.governance_nouns and token.pos_ == "NOUN":
            for candidate in _governance(args, token, role_at):
                emit(candidate)
        if token.lemma_.lower() in args.lexicon.appointment_nouns and token.pos_ == "NOUN":
            for candidate in _elected_as(args, token, role_at):
                emit(candidate)
    for candidate in _bare_titles(args, bare, role_at, emitted):
        emit(candidate)
    for candidate in _described_holders(args, role_at, emitted):
        emit(candidate)
        args.titles.setdefault(candidate.role.lower().split()[-1], set()).add(candidate.source)
    yield from _one_inferred_leader_per_state(args, list(emitted.values()))


def _title_proper(args: Arguments, span: Span) -> Span:
    """A title whose "of" object runs on into a longer noun ("head of government affairs at X", "head
    of state media") is only its first word: the person heads the affairs, not a government."""
    last = span[-1]
    if len(span) > 2 and span[1].lower_ == "of" and last.dep_ == "compound" and last.head.i >= span.end \
            and last.head.pos_ == "NOUN":
        first = span[0].lower_
        if first in args.lexicon.roles:
            return Span(span.doc, span.start, span.start + 1, label=args.lexicon.roles[first])
    return span


def _one_inferred_leader_per_state(args: Arguments, candidates: list[Candidate]) -> list[Candidate]:
    """Leaders inferred from a state named elsewhere (nearest or dominant): at most one per state and
    office (its president and its prime minister; row role-title-two-offices-one-state), the most
    mentioned person, and none where the article names the holder of that office outright. A
    state named in the title's own sentence tells the office apart ("Romanian President Iohannis"
    leaves "Prime Minister Vucic ... Serbia's capital" Serbia's premier); a guess from the article's
    dominant state does not, and gives way to any stated leader of that state. Inferred ministers
    and members are not leaders and do not compete with them: a state has many ministers; nor do
    past holders ("former President X", "then-President Y"): a state has had many leaders."""
    stated = [c for c in candidates if c.type == "LEADER_OF" and c.rule not in _INFERRED]
    offices = {(c.target, _office(args, c.role)) for c in stated}
    mentions = {}
    for ref in args.refs:
        if ref is not None:
            mentions[ref] = mentions.get(ref, 0) + 1

    def contested(c: Candidate) -> bool:
        return c.type == "LEADER_OF" and c.rule in _INFERRED and not _past(args, c.role)

    def blocked(c: Candidate) -> bool:
        if c.rule == "role.title-nearest-state":
            return (c.target, _office(args, c.role)) in offices or (c.target, "") in offices
        return any(target == c.target for target, _ in offices)

    # one guess per state and office ("President X" and "Prime Minister Y" of one state are both its
    # leaders); a guess naming no office ("the Assad regime") must be named more than each of them
    best: dict[tuple[Ref, str], Candidate] = {}
    for c in candidates:
        key = (c.target, _office(args, c.role))
        if contested(c) and not blocked(c):
            if key not in best or mentions.get(c.source, 0) > mentions.get(best[key].source, 0):
                best[key] = c
    for (state, office), c in list(best.items()):
        if not office and any(s == state and o and mentions.get(other.source, 0) >= mentions.get(c.source, 0)
                              for (s, o), other in best.items()):
            del best[(state, office)]
    return [c for c in candidates if not contested(c) or best.get((c.target, _office(args, c.role))) is c]


def _past(args: Arguments, role: str) -> bool:
    """A role held in the past ("former president", "then-President", "ex-premier"), by the lexicon's
    past words. Row role-past-holder-no-rival."""
    return any(word in args.lexicon.past for word in re.split(r"[\s-]+", role.lower()))


def _ministerial(args: Arguments, candidate: Candidate) -> Candidate:
    """A leader's title that names a minister in the state it is read for (lexicon [offices]
    ministerial: Britain's chancellor) makes a minister of that state. Rows role-ministerial-title*."""
    if candidate.type != "LEADER_OF" or candidate.target.label != "State":
        return candidate
    states = args.lexicon.ministerial_offices.get(_office(args, candidate.role), frozenset())
    if any(args.gazetteer.canonical.get(code) == candidate.target.name for code in states):
        return replace(candidate, type="MINISTER_OF")
    return candidate


def _office(args: Arguments, role: str) -> str:
    """The office a role names ("Romanian President" -> "president", "former Prime Minister" ->
    "prime minister"): its longest ending that is a role of the lexicon."""
    words = role.lower().split()
    return next((" ".join(words[-n:]) for n in (3, 2, 1) if " ".join(words[-n:]) in args.lexicon.roles), "")


def _candidate(lexicon: Lexicon, relation: str, person: Ref, target: Ref, trigger: int, rule: str, role: str, *,
               nominal: bool = True) -> Candidate | None:
    if relation == "LEADER_OF" and any(w.strip("-").lower() in lexicon.deputy_words for w in role.replace("-", " ").split()):
        relation = "MEMBER_OF"
    words = role.lower().split()
    if target.label == "State" and words and (words[-1] in lexicon.private_roles or " ".join(words[-2:]) in lexicon.private_roles
                                              or not lexicon.opposition_words.isdisjoint(words)):
        return None   # ("shadow chancellor": the opposition's, no office of the state)
    if relation == "LEADER_OF" and target.label == "State" and words \
            and (words[-1] in lexicon.body_head_titles or " ".join(words[-2:]) in lexicon.body_head_titles):
        relation = "MEMBER_OF"   # "the top US commander": an official of the state, not its leader
    if target.label not in TARGET_LABELS[relation]:
        if relation == "MINISTER_OF" and target.label == "Organization":
            relation = "MEMBER_OF"
        else:
            return None
    return Candidate(relation, person, target, trigger, rule, role=role, nominal=nominal)


def _title_extent(args: Arguments, span: Span) -> int:
    """Index of the first token of the title ending with a role span ("Defense" of "Defense
    Minister", "Washington editor", "former President")."""
    doc, lexicon = args.doc, args.lexicon
    start, named, portfolio = span.start, span.start, False
    while start > 0:
        prev = doc[start - 1]
        if prev.text == "-" and start > 1 and doc[start - 2].lower_ in (lexicon.deputy_words - {"co"}) | lexicon.former:
            start -= 2   # "vice-chairman", "ex-president": the hyphened word is the title's (row role-hyphened-deputy;
            # a "co-director" leads with another, row appos-hyphenated-title)
            named = named if portfolio else start
            continue
        ref = args.mention_ref(prev)
        if ref is not None and ref.label not in ("Location", "Event"):   # ("Brexit minister": a portfolio)
            break
        if ref is not None or prev.lower_ in lexicon.title_modifiers or prev.lower_.rstrip("-") in lexicon.former \
                or (prev.is_title and prev.pos_ == "PROPN" and prev.dep_ == "compound" and not is_headline(prev.sent)):
            # (in a headline every word is capitalised: "Germany Schools President Donald Trump" is no
            # "Schools President" of Germany; row role-title-extent-headline)
            start -= 1
            named = named if portfolio else start
            continue
        if _portfolio_word(args, prev, span):
            start -= 1
            portfolio = True
            continue
        break
    owner = args.mention_ref(doc[start - 1]) if start > 0 else None
    # "White House budget director", "CNN political analyst": a portfolio between an organization
    # and its title is the title's; before a state ("Russian opposition leader") it is no office of it
    return start if owner is not None and owner.label == "Organization" else named


def _portfolio_word(args: Arguments, token: Token, span: Span) -> bool:
    """A lower-case word qualifying a title from inside it ("budget" of "budget director", "political"
    of "political analyst"); not a party's word ("Senate democratic leader": the party's leader).
    Rows role-portfolio-word-in-title, role-portfolio-word-not-a-states."""
    return token.is_lower and token.is_alpha and not token.is_stop and token.pos_ in ("NOUN", "ADJ") \
        and token.dep_ in ("compound", "amod") and token.i < token.head.i < span.end \
        and token.text.capitalize() not in args.lexicon.standalone_parties


def _former_words(args: Arguments, role: str) -> list[str]:
    """The words of a role that make it a former one ("former", "ex-"), read as :func:`_title_extent` reads them."""
    return [w for w in role.lower().split() if w.rstrip("-") in args.lexicon.former]


def _owner_before(args: Arguments, index: int) -> Ref | None:
    """The state or organization named right before a title ("Russian", "Russia's", "Kremlin")."""
    doc = args.doc
    i = index - 1
    if i >= 1 and doc[i].text == ")":   # "European Central Bank (ECB) President": the body the acronym names
        i -= 1
        if args.mention_ref(doc[i]) is None:
            while i >= 0 and doc[i].text != "(":
                i -= 1
            i -= 1
    possessive = i >= 0 and doc[i].tag_ == "POS"
    if possessive:
        i -= 1
    if i < 0:
        return None
    ref = args.mention_ref(doc[i])
    if ref is None and possessive and doc[i].lower_ in args.lexicon.state_descriptions:   # "the country's Interior Minister"
        states = [r for r in args.description(doc[i]) if r.label == "State"]
        return states[0] if states else None
    if ref is None and doc[i].lower_ in ("its", "their", "whose"):   # "Its deputy chair X", "Japan, whose prime minister X"
        owners = [r for r in args.antecedents(doc[i]) if r.label in ("State", "Organization")]
        return owners[0] if len(owners) == 1 else None
    if ref is None:   # "Ministry spokesman X": the ministry the article names
        named = args.named_by_head(doc[i])
        return named[0] if named else None
    if ref.label not in ("State", "Organization"):
        return None
    mention = args.mention_at(doc[i])
    if _heritage(args, doc[i]) or stance_prefix_at(doc, mention.token_start - 2):
        return None   # ("former pro-Russian President X": a stance, not the state he led; row role-stance-prefix-not-owner)
    of = mention.token_start - 1
    named = mention.source != "demonym"   # "the bidding of Russian President X": his title
    if ref.label == "State" and named and not possessive and of >= 1 and doc[of].lower_ == "of":   # "Reserve Bank of Zimbabwe Governor": the bank's governor
        body = args.mention_ref(doc[of - 1])
        if body is not None and body.label == "Organization":
            return body
        if doc[of - 1].pos_ in ("NOUN", "PROPN"):
            return None   # a body of the state that is not an entity here
    return ref


def _party_label_before(args: Arguments, index: int) -> bool:
    """The word before ``index`` is a party label ("the Democratic mayor", "a Republican senator"): the
    holder's party, not what the title leads (row role-party-label-not-owner)."""
    mention = args.mention_at(args.doc[index - 1]) if index > 0 else None
    return mention is not None and mention.source == PARTY_WORD


def _role_text(args: Arguments, start: int, span: Span) -> str:
    return args.doc[start:span.end].text


def _prenominal(args: Arguments, mention: Mention, person: Ref, role_at: dict[int, Span]):
    """Candidates (or a bare _Title) for a title standing before the name."""
    doc = args.doc
    after = mention.token_end
    if after < len(doc) and after in role_at and doc[after].is_lower:
        return   # "the EU's chief Brexit negotiator, X": the name modifies a title that goes on (row role-name-inside-a-title)
    before = mention.token_start - 1
    while before > 0 and doc[before].lower_ in args.lexicon.honorifics:   # "Chairman Sen. Richard Burr"
        before -= 1
    span = role_at.get(before)
    owner_between = None
    phrase = None
    if span is None:
        span, owner_between, phrase = _title_with_phrase(args, mention, role_at)
        if span is None:
            return
    start = _title_extent(args, span)
    role = _role_text(args, start, span)
    if phrase is not None and owner_between is None:   # "Minister for Health Simon Harris": the portfolio is the title's
        role = doc[start:mention.token_start].text
    word = span.text.lower()
    owner = _owner_before(args, start)
    if owner is not None and _told(args, start, mention):
        owner = None
    if owner is not None and word in args.lexicon.beat_roles:
        owner = _employer_before_beat(args, start, owner)
    rule = "role.title-before-name"
    named_before = args.mention_at(doc[start - 1]) if owner is not None else None
    if named_before is not None and named_before.source == PARTY_WORD:
        if _leads_the_party(args, word, named_before.token_start):
            yield _candidate(args.lexicon, "LEADER_OF", person, owner, start - 1, "role.party-label", span.text)
            return   # "Labour leader X": the party's leader (row role-party-leader)
        # "Republican President X", "Labour MP X", "Senate Democratic Leader X" (the leader of the party's
        # senators): the party is the person's, not what the title leads; the title is read on as if the
        # word were not there
        yield _candidate(args.lexicon, "MEMBER_OF", person, owner, start - 1, "role.party-label", "")
        owner = None
    government = doc[start - 1] if start > 0 else None
    if owner is None and word.split()[-1] in args.lexicon.local_offices:   # "Berlin Mayor Michael Muller": the city he heads
        places = {r for t in doc[start:span.start] for r in [args.mention_ref(t)] if r is not None and r.label == "Location"}
        owner = places.pop() if len(places) == 1 else None
    if owner is None and government is not None and government.lower_ in args.lexicon.state_descriptions \
            and government.dep_ == "compound":   # "government spokesman X": the state the text is about
        states = [r for r in args.description(government, bare=True) if r.label == "State"]
        owner, rule = (states[0], "role.title-government") if states else (None, rule)
    if owner is None:   # "Ministry spokesman X": a body word in the title, the article's one such body
        words = {t.lower_ for t in args.doc[start:span.start] if t.is_title}   # all in its name
        owner = next((r for t in args.doc[start:span.start] for r in args.named_by_head(t)
                      if words <= set(r.name.lower().split())), None)
    posted = word.split()[-1] in args.lexicon.posted_roles
    hosted = posted and phrase is not None and phrase.lower_ == "to"   # the place an envoy is sent to: the host
    posting = phrase is not None and phrase.lower_ == "in" and owner is not None and owner.label == "State" \
        and owner_between is not None and owner_between.label == "State"   # "US commander in Iraq X": posted there
    # "UN Special Coordinator for Lebanon X", "his Special Envoy for Syria X": the state an owned or
    # posted title is for is its remit, not its owner (rows role-remit-for*)
    remit = (owner is not None or posted) and phrase is not None and phrase.lower_ == "for" \
        and owner_between is not None and owner_between.label == "State"
    if owner_between is not None and not hosted and (owner is None or not posted) and not posting and not remit \
            and not (owner is None and _possessed(doc, start)):   # "the agency's spokeswoman in Yemen"
        owner = owner_between
    if not hosted:   # ("EU Ambassador to Turkey X": the body before the title sends, as a state does)
        owner = _accredited_owner(args, word, owner, start)
    if owner is None and hosted:
        return   # the text names the host, not who sent the envoy: no state is guessed
    if owner is None:
        owner = _state_after_name(args, mention)
    if owner is None:
        yield _Title(person, span.label_, word, role, span.start, boss=_possessor(args, span, start),
                     owned=_owned(args, start, span))
        return
    via = _phrase_object(args, phrase, owner) if owner is owner_between else None
    relation = _scoped_relation(args, span.label_, doc[span.end - 1], span, via, owner)
    if relation is not None:
        yield _candidate(args.lexicon, relation, person, owner, span.start, rule, role)


def _employer_before_beat(args: Arguments, start: int, owner: Ref) -> Ref:
    """ "a Reuters White House correspondent": the organization named right before the beat's employs
    the holder; the beat is what they cover (lexicon ``beat_roles``). Row role-beat-before-title."""
    beat = args.mention_at(args.doc[start - 1])
    if beat is None or beat.token_start == 0 or owner.label != "Organization":
        return owner
    employer = args.mention_ref(args.doc[beat.token_start - 1])
    return employer if employer is not None and employer.label == "Organization" and employer != owner else owner


def _state_after_name(args: Arguments, mention: Mention) -> Ref | None:
    """ "King Salman of Saudi Arabia", "President X of Y": the state in an "of" phrase right after a
    titled name is the title's (row role-title-name-of-state)."""
    doc = args.doc
    head = doc[mention.token_start:mention.token_end].root
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == mention.token_end:
            states = [r for o in prep.children if o.dep_ == "pobj" for r in args.entities_of([o]) if r.label == "State"]
            if len(states) == 1:
                return states[0]
    return None


def _owned(args: Arguments, start: int, span: Span) -> bool:
    """A title whose owner the text names but is no state: a possessive ("the agency's spokeswoman",
    "the UN Secretary General's envoy", "Scotland's First Minister") or a sub-national word ("state
    attorney general", "provincial governor"): no state is guessed for it."""
    doc = args.doc
    if _possessed(doc, start):
        return True
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "ADJ" and before.is_title and args.mention_ref(before) is None \
            and not any(s.start <= before.i < s.end for s in doc.spans.get(STATES_KEY, [])):
        return True   # "Scottish leader X", "Kurdish commander X": a people or place that is no state
    words = {t.lower_ for t in doc[max(0, start - 1):span.start]}
    return bool(words & args.lexicon.subnational_words)


def _possessed(doc: Doc, start: int) -> bool:
    """A possessive ending right before the title ("the agency's spokeswoman")."""
    return start > 0 and doc[start - 1].tag_ == "POS"


def _possessor(args: Arguments, span: Span, start: int) -> Ref | None:
    """The person whose title this is ("Putin's" in "Putin's spokesman Dmitry Peskov", "Lula's" in
    "Lula's foreign policy adviser X"): the possessive right before the title or on its head word,
    or the person its "for" or "to" phrase names ("Dmitry Peskov, spokesman for Russian President
    Vladimir Putin", "an adviser to President Trump"; rows role-title-of-leader-phrase*)."""
    doc = args.doc
    tokens = [doc[start - 2]] if start >= 2 and doc[start - 1].tag_ == "POS" else []
    tokens += [c for c in span.root.children if c.dep_ == "poss"]
    tokens += [o for p in span.root.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
               for o in p.children if o.dep_ == "pobj"]
    people = [r for token in tokens for r in args.modifier_entities(token) if r.label == "Person"]
    return people[0] if people else None


def _title_with_phrase(args: Arguments, mention: Mention,
                       role_at: dict[int, Span]) -> tuple[Span | None, Ref | None, Token | None]:
    """ "ambassador to the United Nations Nikki Haley", "member of the Russian parliament X": the role
    span, the state or organization in its phrase and the phrase's preposition."""
    doc = args.doc
    first = doc[mention.token_start].sent.start   # not "... to the United States. Donald Trump"
    if mention.token_start > first and doc[mention.token_start - 1].pos_ in ("VERB", "AUX"):
        return None, None, None   # "a detective with the police connected Cooper": row role-phrase-title-verb-between
    for k in range(mention.token_start - 2, max(first - 1, mention.token_start - _TITLE_GAP), -1):
        token = doc[k]
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None, None, None
        span = role_at.get(k)
        if span is None or k != span.end - 1 or doc[k + 1].lower_ not in _ROLE_PREPS:
            continue
        if any(doc[t].pos_ in ("ADP", "SCONJ") and not _inside_a_state_name(args, doc[t])
               for t in range(k + 2, mention.token_start)):
            return None, None, None   # "the Russian ambassador to the US before Trump took office" (not
            # "ambassador to the Republic of Cyprus X": the "of" of a name)
        between = [args.mention_ref(doc[t]) for t in range(k + 2, mention.token_start)]
        owners = [r for r in between if r is not None and r.label in ("State", "Organization")]
        if owners:
            return span, owners[-1], doc[k + 1]
        if span.label_ == "MINISTER_OF" and _portfolio_phrase(args, doc[k + 2:mention.token_start]):
            return span, None, doc[k + 1]   # "Minister for Health Simon Harris": a bare title (row role-portfolio-phrase)
        return None, None, None
    return None, None, None


def _inside_a_state_name(args: Arguments, token: Token) -> bool:
    """The word belongs to a state's name ("of" in "the Republic of Cyprus"), not to a body's ("the
    Bank of Russia") or to the clause."""
    mention = args.mention_at(token)
    return mention is not None and mention.label == "State"


def _portfolio_phrase(args: Arguments, words: Span) -> bool:
    """Capitalised portfolio words, perhaps joined ("Health", "Foreign Affairs and Trade"): what a
    minister's "of"/"for" phrase names when it names no body."""
    return portfolio_words(list(words), args.lexicon) and all(t.is_title for t in words if t.is_alpha and t.lower_ != "and")


def _phrase_object(args: Arguments, preposition: Token, owner: Ref) -> Token | None:
    """The noun a title's phrase names when it is not the owner itself: "parliament" of "president of
    Germany's parliament" (a part of the owner, see :func:`_part_headed`)."""
    for obj in preposition.children:
        if obj.dep_ == "pobj" and args.mention_ref(obj) != owner:
            return obj
    return None


def _accredited_owner(args: Arguments, word: str, owner: Ref | None, start: int) -> Ref | None:
    """Accreditation: an ambassador is posted to an international body by a state ("France's UN
    ambassador", "the US ambassador to NATO"), so the body named next to the title is where the
    ambassador serves, not the employer; the state named before it is (none if the text names no
    state). A body's own envoy ("UN envoy X") is its member: only lexicon ``accredited_roles``."""
    if owner is None or owner.label != "Organization" or word.split()[-1] not in args.lexicon.accredited_roles:
        return owner
    mention = args.mention_at(args.doc[start - 1]) if start > 0 else None
    if mention is None or args.mention_ref(args.doc[start - 1]) != owner:
        return None
    state = _owner_before(args, mention.token_start)
    return state if state is not None and state.label == "State" else None


def _role_noun_target(args: Arguments, noun: Token, role_at: dict[int, Span]) -> tuple[str, str, Ref] | None:
    """For a role noun ("minister", "member"): (relation, role text, target) from its own modifiers."""
    span = role_at.get(noun.i)
    if span is None or noun.i not in (span.end - 1, span.root.i):
        return None
    start = _title_extent(args, span)
    role = _role_text(args, start, span)
    owner, via = None, None
    if noun.lower_ not in args.lexicon.posted_roles:   # "Director for Europe in the European External Action Service": the service
        owned = any(c.dep_ == "poss" for c in noun.children)   # "the agency's spokeswoman in Yemen": posted there
        # "the top US commander in Iraq": a state named before the title serves, the one "in" is a posting
        served = any(r.label == "State" for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
                     for r in args.modifier_entities(c))
        found = [(r, obj) for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in _ROLE_PREPS
                 and not (owned and prep.lower_ in ("in", "at"))
                 for obj in prep.children for r in _owners_through(args, obj)
                 if not (prep.lower_ == "from" and r.label == "Location")   # "a commander from Montana": a home
                 and not (served and prep.lower_ == "in" and r.label == "State")]
        named = [pair for pair in found if pair[0].label != "Location"] or found
        owner, via = named[0] if named else (None, None)
    if owner is None and not _party_label_before(args, start):   # "the Democratic mayor of X": his party
        owner = _owner_before(args, start)
        if owner is not None and span.text.lower() in args.lexicon.beat_roles:
            owner = _employer_before_beat(args, start, owner)
    if owner is None:
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound") and child.i < start and not _heritage(args, child) \
                    and not _party_label_before(args, child.i + 1):
                refs = [r for r in args.modifier_entities(child) if r.label in ("State", "Organization")]
                if refs:
                    owner = refs[0]
                    break
    owner = _accredited_owner(args, noun.lower_, owner, start)
    if owner is None:
        return None
    relation = _scoped_relation(args, span.label_, noun, span, via, owner)
    if relation is None:
        return None
    former = bool(_former_words(args, role))
    if relation == "LEADER_OF" and not former and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
        relation = "MEMBER_OF"   # "a senior Hamas commander", "a co-founder of": one of several, not the head
        # ("a former chief of the IMF" was its head: one of its former heads)
    return relation, role, owner


def _told(args: Arguments, start: int, mention: Mention) -> bool:
    """The organization before a title is the one a verb of telling addresses, and the titled person
    the subject of what is told ("sources told Reuters Justice Minister X would resign"), not its
    object ("telling Patriots owner Robert Kraft"). Row role-not-the-one-told."""
    doc = args.doc
    owner, ref = args.mention_at(doc[start - 1]), args.mention_ref(doc[start - 1])
    if owner is None or ref.label != "Organization" or owner.source == "demonym" or owner.token_start == 0:
        return False
    head = doc[mention.token_start:mention.token_end].root
    return doc[owner.token_start - 1].lemma_.lower() in args.lexicon.telling_verbs and head.dep_ in ("nsubj", "nsubjpass")


def _heritage(args: Arguments, token: Token) -> bool:
    """A demonym joined by a hyphen to another ("Somali-American President X", "the Iranian-American
    journalist"): a person's heritage, not the state whose office or member they are. Row
    role-heritage-not-a-state."""
    mention = args.mention_at(token)
    if mention is None or mention.source != "demonym":
        return False
    doc, start, end = args.doc, mention.token_start, mention.token_end
    joined = [doc[start - 2]] if start > 1 and doc[start - 1].text == "-" else []
    joined += [doc[end + 1]] if end + 1 < len(doc) and doc[end].text == "-" else []
    return any(args.mention_at(t) is not None and args.mention_at(t).source == "demonym" for t in joined)


def _owners_through(args: Arguments, obj: Token) -> list[Ref]:
    """States and organizations a role's prepositional object stands for ("of Siemens"), or whose
    part it names ("of Siemens's planning department": Siemens, the department being its part)."""
    if obj.lower_ in args.lexicon.state_descriptions and any(
            p.dep_ == "prep" and p.lower_ == "of" and o.pos_ == "PROPN" and _place_not_state(args, o)
            for p in obj.children for o in p.children):
        return []   # "a congressman from the state of Queretaro": a region's, not the country the article
        # is about (row role-state-of-a-region)
    refs = [r for r in args.entities_of([obj]) if r.label in ("State", "Organization", "Location")]
    # a title split at its hyphen ("the UN secretary-general": "general" tagged an adjective, "UN"
    # hung on "secretary")
    split = [c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 2 and obj.nbor(-1).text == "-"
             and f"{c.lower_}-{obj.lower_}" in args.lexicon.roles]
    if refs or (obj.pos_ != "NOUN" and not split):
        return refs
    holders = [c for c in obj.children if c.dep_ in ("poss", "compound") and c.i < obj.i]
    # "spokeswoman for the UN secretary-general": the body whose head the staff serve (row
    # role-staff-of-a-body-head)
    holders += [g for c in split for g in c.children if g.dep_ in ("poss", "compound", "amod")]
    if obj.lower_ in args.lexicon.roles:   # "an adviser to the Egyptian president": the state he heads
        holders += [c for c in obj.children if c.dep_ == "amod" and c.i < obj.i]
    # "of Siemens's planning department"; a portfolio's place: "vice-president for public affairs at
    # Huawei", "head of research with the Heritage Foundation"
    holders += [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "with") for o in p.children]
    return [r for c in holders for r in args.modifier_entities(c) if r.label in ("State", "Organization")][:1]


def _place_not_state(args: Arguments, token: Token) -> bool:
    ref = args.mention_ref(token)
    return ref is None or ref.label == "Location"


def _scoped_relation(args: Arguments, relation: str, noun: Token, span: Span, via: Token | None,
                     owner: Ref) -> str | None:
    """A leader's title that heads a part of its owner (:func:`_part_headed`) makes a member of the
    owner; of a state, only when the part is one of its organs ("the Syrian rebel leader" is neither
    Syria's leader nor its member). A minister at a diplomatic mission holds a diplomatic rank ("a
    minister at North Korea's embassy"): a member of the state, not a minister of its government."""
    if relation == "MINISTER_OF" and via is not None and via.lemma_.lower() in args.lexicon.diplomatic_missions:
        return "MEMBER_OF"
    if relation != "LEADER_OF":
        return relation
    part = _part_headed(args, noun, span, via, owner)
    if part is None:
        return relation
    words = {part.lower_, part.lemma_.lower()}
    if part.i > 0:   # "central bank" (the parse may hang "central" on the title word)
        words |= {f"{args.doc[part.i - 1].lower_} {word}" for word in set(words)}
    if owner.label == "State" and not words & (args.lexicon.state_bodies | args.lexicon.state_organ_words):
        return None
    return "MEMBER_OF"


def _part_headed(args: Arguments, noun: Token, span: Span, via: Token | None, owner: Ref) -> Token | None:
    """Sub-body scope: the smaller body a leader's title heads inside its owner, if the phrase names one.

    "head of CNPC's planning department", "president of Germany's parliament" (the object of the
    title is a common noun, not the owner itself) and "Pakistan's army chief", "Malaysian police
    chief" (a common noun compounded before the title word): the person heads that part, so is a
    member of the owner, not its leader. A description of the whole owner ("leader of the country",
    "head of the government" for a state, "head of the company" for an organization) is no part."""
    lexicon = args.lexicon
    if owner.label == "State":
        whole = lexicon.state_descriptions | lexicon.governance_nouns
    else:
        whole = lexicon.organization_descriptions
    tokens = [via] if via is not None else []
    # "director of the University of San Diego's research center": the parse may hang the possessed
    # part on the owner's own name; a part with a name of its own is a part too ("... 's Trans-Border
    # Institute": a member of the university, whatever else the title says of the institute)
    for part in ([t.head for t in via.subtree if t.dep_ == "poss" and t.head != via and t.head.i > t.i] if via is not None else []):
        ref = args.mention_ref(part)
        if ref is not None and ref.label == "Organization" and ref != owner:
            return part
        tokens.append(part)
    # (a noun before the owner's own name is none of its parts: "on the dark web Yahoo CEO X"; row
    # role-part-before-the-owner)
    tokens += [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < span.start
               and (c.lower_ in lexicon.opposition_words   # ("Labour's shadow Lords leader": no leader of the Lords)
                    or not any(args.mention_ref(t) == owner for t in args.doc[c.i + 1:span.start]))]
    # "legal director at X", "managing director for infrastructure at X": a portfolio, not the whole
    tokens += [c for c in noun.children if c.dep_ == "amod" and c.i < span.start and c.lower_ in lexicon.portfolio_adjectives]
    # "head of political affairs at the UN office": the owner named by another preposition
    tokens += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i >= span.end
               for o in p.children if o.dep_ == "pobj"]
    own_words = set(owner.name.lower().split()) if owner.label != "State" else set()
    for token in tokens:
        if token.lower_ in own_words or token.lemma_.lower() in own_words:
            continue   # "Houston police chief" of the Houston Police Department: the owner itself, no part of it
        organ = token.pos_ == "PROPN" and (token.lower_ in lexicon.state_organ_words   # "Russia's Duma"
                                           or owner.label == "State" and token.lower_ in lexicon.state_bodies)   # "of Immigration"
        portfolio = token.dep_ == "amod"   # only the portfolio adjectives above are taken
        if (token.pos_ == "NOUN" or organ or portfolio) and args.mention_ref(token) is None \
                and (token.lower_ not in whole and token.lemma_.lower() not in whole or _part_phrase(token, lexicon)):
            return token
    return None


def _part_phrase(token: Token, lexicon: Lexicon) -> bool:
    """A whole organization's word made a part's by the word before it (lexicon ``part_phrases``:
    "the SPD working group", "the party's youth movement"). Row role-subbody-working-group."""
    return token.i > 0 and f"{token.doc[token.i - 1].lower_} {token.lower_}" in lexicon.part_phrases


def _appositive(args: Arguments, head: Token, person: Ref, role_at: dict[int, Span]) -> Iterator[Candidate]:
    nouns = [c for c in head.children if c.dep_ == "appos" and _next_to_name(args, c, head) and not _titles_another(args, c, person)]
    nouns += [c for n in nouns for c in n.conjuncts if c.i > n.i and c.pos_ == "NOUN"]   # "X, a lawmaker and the chairman of Y"
    nouns += [c for n in nouns for c in _title_hung_on_owner(args, n, role_at)]
    nouns += _split_subject(args, head, role_at)
    if head.dep_ == "appos":
        described = head.head
        prep = described.head if described.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "to" and prep.i > 0 and prep.i - 1 in role_at \
                and args.doc[prep.i - 1].lower_ in args.lexicon.posted_roles:
            described = args.doc[prep.i - 1]   # "Representative to the Russian President, Georgy Muradov": the envoy
        elif prep is not None and prep.lower_ in ("to", "for", "of") and described.i in role_at \
                and prep.head.i in role_at and role_at[prep.head.i] is not role_at[described.i]:
            described = prep.head   # "Deputy Spokesman for the UN Secretary-General, Farhan Haq": the spokesman
            # (row role-appos-outer-title)
        # "the committee's chairman, Sen. X, and vice chair, Sen. Y": the parse hangs Y on the first title; the
        # title set right before Y's name is Y's (row role-appos-own-title-in-a-list)
        between = [i for i in range(described.i + 1, head.left_edge.i) if i in role_at
                   and role_at[i] is not role_at.get(described.i)]
        if between and described.i == head.head.i and any(   # (another name of the list before it)
                args.mention_ref(t) is not None and args.mention_ref(t).label == "Person"
                for t in args.doc[described.i + 1:head.left_edge.i]):
            described = role_at[between[-1]].root
        nouns.append(described)
    for noun in nouns:
        found = _role_noun_target(args, noun, role_at) or _stranded_owner(args, noun, head, role_at)
        if found:
            relation, role, owner = found
            yield _candidate(args.lexicon, relation, person, owner, noun.i, "role.apposition", role)
            continue
        span = role_at.get(noun.i)
        if span is None or noun.i not in (span.end - 1, span.root.i):
            continue
        start = _title_extent(args, span)
        boss = _possessor(args, span, start)
        if boss is not None and boss != person:
            yield _Title(person, span.label_, span.text.lower(), _role_text(args, start, span), noun.i,
                         boss=boss, named_before=False)


def _title_hung_on_owner(args: Arguments, owner: Token, role_at: dict[int, Span]) -> list[Token]:
    """An appositive title the parse hung on its owner's name ("Jens Stoltenberg, NATO secretary-general,":
    "NATO" the apposition, the title its own): the title right after the owner's name is the person's.
    Row role-appos-title-hung-on-owner."""
    mention = args.mention_at(owner)
    if mention is None or mention.label not in ("Organization", "State"):
        return []
    return [c for c in owner.children if c.dep_ == "appos" and c.i in role_at and role_at[c.i].start == mention.token_end]


def _stranded_owner(args: Arguments, noun: Token, head: Token, role_at: dict[int, Span]) -> tuple[str, str, Ref] | None:
    """The organization of an appositive title that the parse hung on the name instead ("David Harmon,
    vice-president for global public affairs at Huawei": "at Huawei" right after the description).
    Row role-appos-stranded-owner."""
    span = role_at.get(noun.i)
    if span is None or noun.head != head or noun.i not in (span.end - 1, span.root.i):
        return None
    after = noun.right_edge.i + 1
    preps = [c for c in head.children if c.dep_ == "prep" and c.i == after and c.lower_ in ("at", "with", "of")]
    owners = [(r, obj) for prep in preps for obj in prep.children if obj.dep_ == "pobj"
              for r in _owners_through(args, obj) if r.label == "Organization"]
    if not owners:
        return None
    owner, via = owners[0]
    relation = _scoped_relation(args, span.label_, noun, span, via, owner)
    return (relation, _role_text(args, _title_extent(args, span), span), owner) if relation else None


def _titles_another(args: Arguments, noun: Token, person: Ref) -> bool:
    """A description that runs into another person's name is that person's title, in a list the parse
    took for an apposition ("Foreign Minister Wang Yi, Premier of the State Council Li Keqiang and
    ..."; row role-list-of-titled-names)."""
    doc = args.doc
    for token in noun.subtree:
        mention, ref = args.mention_at(token), args.mention_ref(token)
        if token.i <= noun.i + 1 or mention is None or mention.token_start != token.i or ref is None \
                or ref.label != "Person" or ref == person:
            continue
        before = doc[token.i - 1]   # the name follows an organization's name, not "of", "under President"
        if before.is_title and before.pos_ == "PROPN" and not _title_word_at(args, before):
            return True
    return False


def _title_word_at(args: Arguments, token: Token) -> bool:
    lower = token.lower_
    return lower in args.lexicon.honorifics or lower in args.lexicon.role_heads or lower in args.lexicon.title_modifiers


def _split_subject(args: Arguments, head: Token, role_at: dict[int, Span]) -> list[Token]:
    """A title and the name after it parsed as two subjects of one verb ("Georgia's Special
    Representative for Relations with Russia, Zurab Abashidze told reporters"), or a title fronted
    before the subject ("Head of the National Front party, Le Pen is ..."): the title, ending right
    before the comma that precedes the name, is the name's apposition. Rows role-split-subject*,
    name-title-not-organization."""
    mention = args.mention_at(head)
    if mention is None or head.dep_ != "nsubj" or mention.token_start < 2 or args.doc[mention.token_start - 1].text != ",":
        return []
    comma = mention.token_start - 1
    return [c for c in head.head.children if c.i < comma and c.i in role_at and c.right_edge.i == comma - 1
            and (c.dep_ in ("nsubj", "dep") and c.left_edge.i >= args.doc[comma].sent.start
                 or c.dep_ in ("advcl", "npadvmod") and c.left_edge.i == args.doc[comma].sent.start)]


def _next_to_name(args: Arguments, noun: Token, head: Token) -> bool:
    """Apposition adjacency: a description after a name belongs to the name it follows ("X, head of
    Y"), past a comma or a parenthesis ("Ahmad Ahmad (pictured above), head of ..."); the parse may
    hang it on another name ("Hayatou was defeated by Ahmad Ahmad (pictured), head of the FA")."""
    mention = args.mention_at(head)
    if mention is None or noun.i < head.i:
        return True
    doc, i = args.doc, noun.left_edge.i - 1
    while i >= mention.token_end:
        if doc[i].text == ")":
            while i > mention.token_end and doc[i].text != "(":
                i -= 1
        elif not (doc[i].is_punct or any(t.head == head and t.dep_ == "appos" for t in (doc[i], doc[i].head))):
            return False   # (pieces of the same description and their words: "the co - chair", split by the parse)
        i -= 1
    return i == mention.token_end - 1


def _predicate(args: Arguments, head: Token, person: Ref, role_at: dict[int, Span]) -> Iterator[Candidate]:
    """ "X is the president of Y", "X serves as ...", "X was named prime minister"; also a verb
    coordinated with the subject's own ("who turned 80 last week and is an MP of the State Duma")."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs = [head.head] + [c for c in head.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                               and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
        for verb in verbs:
            yield from _predicated(args, head, verb, person, role_at)
    elif head.dep_ == "dobj":
        yield from _predicated(args, head, head.head, person, role_at)
    if head.dep_ in ("nsubjpass", "dobj"):
        yield from _seated(args, head, head.head, person)
    if head.dep_ == "nsubj":
        yield from _heads_a_part(args, head.head, person)


def _identified_holders(args: Arguments, role_at: dict[int, Span]) -> Iterator[Candidate]:
    """A role told first and its holders named after it, as the predicate of its clause ("the new
    members of the board are X and Y") or by an "as" phrase ("the officers of the FSB were identified
    as X and Y"; lexicon ``identify_verbs``): each holder holds the role. Rows role-identified-as*."""
    doc = args.doc
    # a title in the plural is no role span of its own ("the officers of the FSB"): one is made for it
    plural = {t.i: Span(doc, t.i, t.i + 1, label=args.lexicon.roles[t.lower_[:-1]])
              for t in tokens_among(doc, args.lexicon.plural_roles)
              if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and t.i not in role_at}
    for span in (*_title_spans(role_at), *plural.values()):
        noun = span.root
        if noun.dep_ not in ("nsubj", "nsubjpass") or args.mention_ref(noun) is not None:
            continue
        spans = {**role_at, noun.i: span} if noun.i in plural else role_at
        verb = noun.head
        if verb.lemma_ == "be":
            named = [c for c in verb.children if c.dep_ == "attr"]
        elif verb.lemma_.lower() in args.lexicon.identify_verbs:
            named = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
        else:
            continue
        holders = [r for r in args.entities_of(named) if r.label == "Person"]
        found = _role_noun_target(args, noun, spans) if holders else None
        if found is None:
            continue
        relation, role, owner = found
        for person in holders:
            yield _candidate(args.lexicon, relation, person, owner, noun.i, "role.identified-as", role, nominal=False)


def _heads_a_part(args: Arguments, verb: Token, person: Ref) -> Iterator[Candidate]:
    """ "X heads the Paris office of Amnesty International", "who oversees Human Rights Watch's
    research": the head of a part of a body (lexicon ``heading_verbs``, ``headed_parts``) is a member
    of the body, as a title heading a part makes one (sub-body scope). Row role-heads-a-part."""
    if verb.lemma_.lower() not in args.lexicon.heading_verbs or verb.pos_ != "VERB":
        return
    for part in (c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS):
        for noun in (part, *part.conjuncts):
            if args.mention_ref(noun) is not None or noun.lemma_.lower() not in args.lexicon.headed_parts:
                continue
            holders = [c for c in noun.children if c.dep_ == "poss"]
            holders += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            for owner in (args.mention_ref(h) for h in holders):   # a name, not "the state's" (whose state, the text may not say)
                if owner is not None and owner.label in ("State", "Organization") and owner != person:
                    yield _candidate(args.lexicon, "MEMBER_OF", person, owner, verb.i, "role.heads-a-part",
                                     f"head of {noun.lower_}", nominal=False)
                    return


def _seated(args: Arguments, head: Token, verb: Token, person: Ref) -> Iterator[Candidate]:
    """A person seated in a body by its "to" phrase: "X was elected to the European Parliament",
    "Obama appointed X to the Federal Reserve Board", "named X to the board of Tesla" (the body's
    owner when the body itself is unnamed). Only the passive subject or the direct object is seated;
    a nomination is a proposal (lexicon ``seat_verbs``). Rows role-seated*."""
    if verb.lemma_ not in args.lexicon.seat_verbs or verb.pos_ != "VERB":
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for body in prep.children:
            if body.dep_ != "pobj":
                continue
            target = args.mention_ref(body)
            if target is None and body.lemma_.lower() in args.lexicon.seat_bodies:
                owners = [args.mention_ref(o) for p in body.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"]
                target = next((o for o in owners if o is not None), None)
            if target is not None and target.label == "Organization" and target != person:
                yield _candidate(args.lexicon, "MEMBER_OF", person, target, verb.i, "role.seated", "member",
                                 nominal=False)


def _predicated(args: Arguments, head: Token, verb: Token, person: Ref, role_at: dict[int, Span]) -> Iterator[Candidate]:
    if head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in COPULAS | args.lexicon.appoint_verbs:
        nouns = [c for c in verb.children if c.dep_ in ("attr", "oprd", "xcomp", "acomp")]
        nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    elif head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in args.lexicon.role_end_verbs:   # "X quit as minister"
        nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    elif head.dep_ == "dobj" and verb.lemma_ in args.lexicon.appoint_verbs:   # "X names Y prime minister"
        nouns = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or (c.dep_ == "dobj" and c != head)]
        nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    else:
        return
    for noun in nouns:
        noun = _role_token(noun, role_at)
        if noun is None:
            continue
        found = _role_noun_target(args, noun, role_at)
        if found is None and verb.lemma_ in args.lexicon.appoint_verbs:
            span = role_at[noun.i]
            appointers = [r for r in args.entities_of(args.subjects(verb)) if r.label in ("State", "Organization")]
            appointers += [args.leaders[r] for r in args.entities_of(args.subjects(verb)) if r in args.leaders]
            if appointers:
                found = (span.label_, _role_text(args, _title_extent(args, span), span), appointers[0])
        if found:
            relation, role, owner = found
            if verb.lemma_ in args.lexicon.role_end_verbs and not _former_words(args, role):
                role = f"former {role}"   # (read as _title_extent reads it: "executive director" is no "ex")
            yield _candidate(args.lexicon, relation, person, owner, noun.i, "role.predicate", role, nominal=False)


def _role_after_dash(args: Arguments, mention: Mention, person: Ref, role_at: dict[int, Span]) -> Iterator[Candidate]:
    """Credit lines: "Name - Chief political correspondent for USA Radio Network"."""
    doc = args.doc
    dash = mention.token_end
    if dash >= len(doc) or doc[dash].text not in ("-", "\u2013", "\u2014") or not doc[dash - 1].whitespace_:
        return
    for k in range(dash + 1, min(len(doc), dash + 8)):
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return
        span = role_at.get(k)
        if span is None or k != span.end - 1:
            continue
        role = doc[dash + 1:span.end].text
        nxt = span.end
        owners = []
        if nxt < len(doc) and doc[nxt].lower_ in _ROLE_PREPS:
            for t in range(nxt + 1, min(len(doc), nxt + 12)):
                if doc[t].is_punct:
                    break
                ref = args.mention_ref(doc[t])
                if ref is not None and ref.label in ("Organization", "State") and ref not in owners:
                    owners.append(ref)
        else:   # "Former Arab League and UN diplomat"
            owners = [r for t in range(dash + 1, span.start) for r in [args.mention_ref(doc[t])]
                      if r is not None and r.label in ("Organization", "State")]
        for owner in dict.fromkeys(owners):
            yield _candidate(args.lexicon, span.label_, person, owner, span.start, "role.credit-line", role)
        return


def _role_token(token: Token, role_at: dict[int, Span]) -> Token | None:
    """The role word heading a predicate noun phrase, if it has one."""
    if token.i in role_at:
        return token
    for child in token.subtree:
        if child.i in role_at and child.head == token:
            return child
    return None


def _organization_person(args: Arguments, mention: Mention, head: Token, person: Ref) -> Iterator[Candidate]:
    """ "CNN's Erin Burnett", "Kerry Brown, of the China Studies Center", "Declan Geoghegan from the
    Irish Coast Guard" and a speaker "with" one ("Peter Jones with Caltrans said"): a member of the
    organization. Coordination: every name of a list the possessive stands before is a member ("Al Jazeera's Baher Mohamed, Mohamed Fahmy and Peter
    Greste were detained"; rows role-possessive-list*): a list that is the clause's subject (after "an
    interview with CNN's Erin Burnett, X and Y", the others are guests)."""
    doc = args.doc
    i = mention.token_start - 1
    first = first_conjunct(head)
    if first is not head and first.dep_ in ("nsubj", "nsubjpass") and args.mention_ref(first) is not None:
        i = next((c.i + 1 for c in first.lefts if c.dep_ == "poss" and c.i + 1 < len(doc)), -1)
    if i > 0 and doc[i].tag_ == "POS":
        owner = args.mention_ref(doc[i - 1])
        if owner is not None and owner.label == "Organization":
            yield _candidate(args.lexicon, "MEMBER_OF", person, owner, i - 1, "role.possessive", "")
    # "Nicola Sturgeon (SNP)", "Will Ripley (CNN)": an organization's name in brackets right after a person's
    # is the body they belong to or work for (a state there is a nationality; rows role-bracketed-*)
    end = mention.token_end
    if end + 2 < len(doc) and doc[end].text == "(":
        inside = args.mention_at(doc[end + 1])
        owner = args.mention_ref(doc[end + 1])
        initials = "".join(w[0] for w in person.name.split() if w[:1].isupper())
        if inside is not None and owner is not None and owner.label == "Organization" and inside.token_start == end + 1 \
                and inside.token_end < len(doc) and doc[inside.token_end].text == ")" \
                and owner.name != person.name and inside.text != initials \
                and not re.match(r"[A-Z]-[A-Z]", inside.text):   # ("Christian Democratic Appeal (CDA)"; a party-state tag "(D-CA)")
            yield _candidate(args.lexicon, "MEMBER_OF", person, owner, end + 1, "role.bracketed-body", "")
    # "Peter Jones with Caltrans said": a speaker "with" an organization speaks as its staff ("Merkel with the
    # Commission agreed" acts beside it; rows role-with-speaker*)
    speaker = head.dep_ == "nsubj" and head.head.lemma_.lower() in args.lexicon.report_verbs
    preps = ("of", "from", "with") if speaker else ("of", "from")
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > 0 \
                and (doc[prep.i - 1].text == "," or prep.i == mention.token_end) and not _home_after_age(args, prep):
            for obj in prep.children:
                for owner in args.entities_of([obj]):
                    if owner.label == "Organization":
                        yield _candidate(args.lexicon, "MEMBER_OF", person, owner, prep.i, f"role.{prep.lower_}", "")


def _home_after_age(args: Arguments, prep: Token) -> bool:
    """ "Judith Permar, 56, of Mount Carmel": an "of" after the age set off by commas names a home town,
    not an employer, unless its object reads as a body's name ("Kerry Brown, 45, of the China Studies
    Center": an article or a body's last word). Rows role-of-home-after-age*."""
    doc = args.doc
    if not (prep.i >= 3 and doc[prep.i - 1].text == "," and doc[prep.i - 2].like_num and doc[prep.i - 3].text == ","):
        return False
    return not any(o.dep_ == "pobj" and (any(c.dep_ == "det" for c in o.children)
                                         or o.text in args.lexicon.organization_name_endings) for o in prep.children)


def _contributor_line(args: Arguments) -> Iterator[Candidate]:
    """A contributor line: "ABC News' X, Y and Z contributed to this report", "Associated Press writers
    X in A and Y in B contributed to this report" (lexicon ``contributor_verbs``, ``contributor_objects``). Every
    person named between the organization that opens the line and its verb works for it, whatever the
    parse made of the list; the role is the job word nearest before the name ("writers" or "research
    editor", singular or plural). Rows role-contributor-line*."""
    doc = args.doc
    for verb in tokens_among(doc, (), lemmas=args.lexicon.contributor_verbs):
        if verb.pos_ != "VERB" or not any(t.lower_ in args.lexicon.contributor_objects
                                          for t in doc[verb.i + 1:verb.i + 1 + _CONTRIBUTOR_REACH]):
            continue
        start = next(t.i for t in verb.sent if not (t.is_punct or t.is_space))
        named = [(m, r) for m, r in zip(args.mentions, args.refs) if r is not None and start <= m.token_start < verb.i]
        if not named or named[0][0].token_start != start or named[0][1].label != "Organization":
            continue
        owner, listed = named[0][1], [(m, r) for m, r in named[1:] if r.label == "Person"]
        inside = {i for m, _ in named for i in range(m.token_start, m.token_end)}
        roles: dict[int, str] = {}   # each token of a job phrase -> the phrase, singular
        job: list[Token] = []
        for token in reversed(doc[named[0][0].token_end:verb.i]):
            if token.i in inside or token.is_punct or token.pos_ in _CONTRIBUTOR_GLUE or token.lower_ == "in":
                job = []
            elif token.lemma_.lower() in args.lexicon.roles or token.lower_ in args.lexicon.roles \
                    or job and token.pos_ in ("NOUN", "ADJ"):   # "writers", "research editor"
                job = [token, *job]
                phrase = " ".join([*(t.lower_ for t in job[:-1]), job[-1].lemma_.lower()])
                roles.update((t.i, phrase) for t in job)
            else:
                break   # a clause of its own stands between ("ABC News said X ... contributed")
        else:
            for mention, person in listed:
                if doc[mention.token_start - 1].lower_ == "in":
                    continue   # "X in Des Moines": a place the NER took for a person
                role = next((roles[i] for i in range(mention.token_start - 1, start, -1) if i in roles), "")
                yield _candidate(args.lexicon, "MEMBER_OF", person, owner, verb.i, "role.contributor-line", role)


def _counterpart(args: Arguments, mention: Mention, person: Ref, emitted: dict) -> Iterator[Candidate]:
    """ "Tillerson met his Russian counterpart, Sergei Lavrov", "Nikolic's Chinese counterpart Xi
    Jinping": the person holds, in the state the counterpart word names, the office the possessor
    holds in another state (lexicon ``counterpart_nouns``; rule role.counterpart). Nothing when the
    possessor's office is not stated in the article or the state is not named."""
    doc = args.doc
    head = doc[mention.token_start:mention.token_end].root
    before = mention.token_start - 1
    while before >= 0 and doc[before].is_punct:
        before -= 1
    noun = head.head if head.dep_ == "appos" else doc[before] if before >= 0 else None
    if noun is None or noun.lemma_.lower() not in args.lexicon.counterpart_nouns:
        return
    states = {r for c in noun.children if c.dep_ in ("amod", "compound", "nmod") for r in args.modifier_entities(c)
              if r.label == "State"}
    bosses = {r for c in noun.children if c.dep_ == "poss" for r in args.modifier_entities(c) if r.label == "Person"}
    if len(states) != 1 or len(bosses) != 1:
        return
    state, boss = states.pop(), bosses.pop()
    held = [c for (kind, source, target), c in emitted.items()
            if source == boss and kind in ("LEADER_OF", "MINISTER_OF") and target.label == "State" and target != state
            and c.rule not in GUESSED_ROLE_RULES]
    if len(held) == 1:
        yield _candidate(args.lexicon, held[0].type, person, state, noun.i, "role.counterpart", held[0].role)


def _possessed_organizations(args: Arguments) -> Iterator[Candidate]:
    """ "his Social Democrats", "Merkel's CDU": an organization someone calls theirs has them as a member."""
    for mention, ref in zip(args.mentions, args.refs):
        if ref is None or ref.label != "Organization":
            continue
        if stance_prefix_at(args.doc, mention.token_start - 2):
            continue   # "Wilders' anti-EU Party for Freedom": his party, not the EU
        root = args.doc[mention.token_start:mention.token_end].root
        holders = [root]
        if root.dep_ == "compound" and root.head.lower_ in args.lexicon.organization_descriptions:
            holders.append(root.head)   # "Mr Rutte's VVD party": the possessive hangs on "party"
        for child in (c for h in holders for c in h.children):
            if child.dep_ == "poss" and child.i < mention.token_start:
                titled = child.i > 0 and args.doc[child.i - 1].lower_ in args.lexicon.honorifics
                for person in args.modifier_entities(child):
                    # a full or titled name (a bare one-word "person" here is as often a mis-typed
                    # place: "Palmyra's National Museum")
                    if person.label == "Person" and (len(person.name.split()) > 1 or titled) \
                            and person.name not in ref.name and not _no_membership(args, person, ref):
                        yield _candidate(args.lexicon, "MEMBER_OF", person, ref, child.i, "role.possessed-organization", "")


def _no_membership(args: Arguments, person: Ref, body: Ref) -> bool:
    """The possessor's executive, which a head of state or government leads, not joins ("Trump's
    Cabinet", "his crisis-buffeted White House", "President Obama's Department of Justice"): a
    governance body, a head's seat, or a state organ of a person titled a head of state; or an online
    platform (lexicon ``platforms``), where the possessor has an account. Rows role-possessed-executive,
    role-possessed-platform."""
    words = body.name.lower().split()
    if words[-1] in args.lexicon.governance_nouns or args.gazetteer.seat_code(body.name) or body.name in args.lexicon.platforms:
        return True   # (nor is an account on a platform a membership: "his Instagram")
    head = any(person in args.titles.get(word, ()) for word in args.lexicon.heads_of_state)
    return head and any(word in args.lexicon.state_organ_words for word in words)


def _parties(args: Arguments) -> dict[str, Ref]:
    """The article's parties by the words of their name before "Party" ("republican" for "the
    Republican Party", "ulster unionist" for "the Ulster Unionist Party") or by a short form of the
    lexicon ("GOP"); a label two parties share names neither."""
    found: dict[str, set[Ref]] = defaultdict(set)
    for mention, ref in zip(args.mentions, args.refs):
        if ref is None or ref.label != "Organization":
            continue
        for name in (ref.name, mention.name):
            words = name.split()
            if 2 <= len(words) <= 4 and words[-1].lower() == "party":
                found[" ".join(words[:-1]).lower()].add(ref)
            elif name in args.lexicon.party_short_forms:
                found[args.lexicon.party_short_forms[name]].add(ref)
    return {word: next(iter(refs)) for word, refs in found.items() if len(refs) == 1}


def _party_word(args: Arguments, token: Token, parties: dict[str, Ref]) -> Ref | None:
    if not token.text[:1].isupper() or token.tag_ in ("NNS", "NNPS"):
        return None   # a plural is no label: "Upset with Republicans | Debby Goodwin"
    word = args.lexicon.party_short_forms.get(token.text, token.lower_) if len(token.text) > 1 else None
    return parties.get(word) if word else None


def _party_state_tag(args: Arguments, mention: Mention) -> Token | None:
    """The party letter of a US-style party-state tag right after the name ("John McCain, R-Ariz.",
    "Nancy Pelosi (D-Calif.)")."""
    doc = args.doc
    tag = mention.token_end + (mention.token_end < len(doc) and doc[mention.token_end].text in (",", "("))
    if tag + 2 < len(doc) and doc[tag + 1].text == "-" and doc[tag + 2].text[:1].isupper() \
            and doc[tag].text in args.lexicon.party_short_forms and len(doc[tag].text) == 1:
        return doc[tag]
    return None


def _former(args: Arguments, title: int) -> str:
    """ "former " when a former-word stands before the title at ``title`` ("former Rep. X")."""
    return "former " if title > 0 and args.doc[title - 1].lower_.rstrip("-") in args.lexicon.former else ""


def _chamber_members(args: Arguments, people: list[tuple[Mention, Ref]]) -> Iterator[Candidate]:
    """A lawmaker's title right before the name ("Sen. Rand Paul", "Republican Senators Rand Paul and
    Mike Lee", "Fianna Fáil TD X") makes the person a member of the chamber that title sits in
    (lexicon [parties] chambers), when the organizations the article names with that chamber's last
    word are all that chamber ("the Senate", "the US Senate"; not when it also names "the Philippine
    Senate"). Rows role-chamber*."""
    doc = args.doc
    organizations = {r for r in args.refs if r is not None and r.label == "Organization"}
    chambers: dict[str, Ref | None] = {}
    for mention, person in people:
        head = doc[mention.token_start:mention.token_end].root
        first = first_conjunct(head)
        start = mention.token_start
        if first is not head:
            found = args.mention_at(first)
            start = found.token_start if found is not None else -1
        if start < 1:
            continue
        word = doc[start - 1].lower_
        role = args.lexicon.tag_roles.get(word, word)
        if role not in args.lexicon.chambers:
            continue
        if role not in chambers:
            chambers[role] = _chamber(args.lexicon.chambers[role], organizations)
        if chambers[role] is not None:
            yield _candidate(args.lexicon, "MEMBER_OF", person, chambers[role], start - 1, "role.chamber",
                             _former(args, start - 1) + role)


def _chamber(names: frozenset[str], organizations: set[Ref]) -> Ref | None:
    """The organization the article names by one of a chamber's names, when every organization named
    with that chamber's last word is it ("the Senate", "the US Senate"; not "the Philippine Senate")."""
    ends = {name.split()[-1] for name in names}
    rivals = [o for o in organizations if o.name.split()[-1] in ends]
    if not rivals or not all(o.name in names for o in rivals):
        return None
    return max(rivals, key=lambda o: (len(o.name), o.name))   # one chamber written two ways


def _party_labels(args: Arguments, people: list[tuple[Mention, Ref]]) -> Iterator[Candidate]:
    """A person's party from a party word on their title or name ("Republican Sen. Rand Paul",
    "Democratic Party candidate Hillary Clinton", "Devin Nunes, a Republican representative") or a
    party-state tag after the name ("John McCain, R-Ariz.", "Nancy Pelosi (D-Calif.)")."""
    parties = _parties(args)
    if not parties:
        return
    doc = args.doc
    for mention, person in people:
        head = doc[mention.token_start:mention.token_end].root
        words = []
        i = mention.token_start - 1
        while i >= head.left_edge.i and doc[i].dep_ not in ("poss", "case", "det") and not doc[i].is_punct:
            words.append(doc[i])   # the words in front of the name, back to a determiner or possessive
            i -= 1
        for noun in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
            words += [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod")] + [noun]
        if any(t.lower_ in args.lexicon.party_outsiders for t in words):
            continue   # "Democratic Party donor George Soros" gives to the party, is not of it
        found = []
        front = [t.lower_ for t in reversed(words[:mention.token_start - i - 1])]
        labels = {" ".join(front[a:b]) for a in range(len(front)) for b in range(a + 2, len(front) + 1)
                  if b == len(front) or front[b] != "party"}   # the party's full name is a title's body
        for label in labels & parties.keys():   # "Ulster Unionist (leader) Mike Nesbitt": the Ulster Unionist Party's
            found.append((parties[label], doc[mention.token_start - 1]))
        for token in words:
            ref = args.mention_ref(token)
            if ref is not None and ref.label == "Organization" and ref in parties.values():
                found.append((ref, token))
            elif ref is None or ref.label not in ("Person", "Organization", "State"):
                party = _party_word(args, token, parties)
                if party is not None:
                    found.append((party, token))
        tag = _party_state_tag(args, mention)
        if tag is not None:
            party = parties.get(args.lexicon.party_short_forms[tag.text])
            if party is not None:
                found.append((party, tag))
        # a plural title shares its label with the names it heads ("Democratic Sens. X of A and Y of B")
        plural = any(plural_title(t, args.lexicon) for t in words)
        listed = []
        for c in sorted((c for c in head.conjuncts if c.i > head.i), key=lambda c: c.i) if plural else []:
            if any(plural_title(t, args.lexicon) for t in doc[c.left_edge.i:c.i]):
                break   # "Republican Senators X and Y, and Democrat Senators Z and W": Z's own title
            listed.append(args.mention_ref(c))
        for party, token in found:
            title = doc[token.i + 1] if token.i + 1 < mention.token_start else None
            if title is not None and not listed and _leads_the_party(args, title.lower_, token.i):
                yield _candidate(args.lexicon, "LEADER_OF", person, party, token.i, "role.party-label", title.text)
                continue   # "Labour leader Jeremy Corbyn": the party's leader (row role-party-leader)
            for member in [person] + [r for r in listed if r is not None and r.label == "Person"]:
                if party != member:
                    yield _candidate(args.lexicon, "MEMBER_OF", member, party, token.i, "role.party-label", "")


def _leads_the_party(args: Arguments, title: str, index: int) -> bool:
    """A leader's title (lexicon ``party_leader_titles``) right after the party word at ``index`` leads
    the party, unless a chamber's name stands before the party word ("Senate Democratic Leader", "House
    Republican chairman"; :attr:`kg.rules.Lexicon.chamber_words`): a title among the party's members of
    that chamber. Row role-party-leader."""
    return title in args.lexicon.party_leader_titles \
        and not (index > 0 and args.doc[index - 1].text in args.lexicon.chamber_words)


def _elected_as(args: Arguments, noun: Token, role_at: dict[int, Span]) -> Iterator[Candidate]:
    """ "Donald Trump's election as U.S. president": the role named after "as" is the possessor's."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for obj in prep.children:
            role_noun = _role_token(obj, role_at)
            found = _role_noun_target(args, role_noun, role_at) if role_noun is not None else None
            if found is None:
                continue
            relation, role, owner = found
            for child in noun.children:
                if child.dep_ == "poss":
                    for person in args.modifier_entities(child):
                        if person.label == "Person":
                            yield _candidate(args.lexicon, relation, person, owner, noun.i, "role.elected-as", role)


def _governance(args: Arguments, noun: Token, role_at: dict[int, Span]) -> Iterator[Candidate]:
    persons: list[tuple[Ref, Token]] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound"):
            persons += [(r, child) for r in args.modifier_entities(child) if r.label == "Person"]
        if child.dep_ == "prep" and child.lower_ == "of":
            persons += [(r, o) for o in child.children if o.dep_ == "pobj" for r in args.entities(o) if r.label == "Person"]
    if not persons:
        return
    states = [r for c in noun.children if c.dep_ in ("amod", "compound", "poss") for r in args.modifier_entities(c)
              if r.label == "State"]
    rule = "role.governance"
    regional = any(c.dep_ in ("amod", "compound") and (c.ent_type_ == "NORP" and args.mention_ref(c) is None
                                                       or c.lower_ in args.lexicon.subnational_words) for c in noun.children)
    local = any(t.i in role_at and role_at[t.i].text.split()[-1].lower() in args.lexicon.local_offices
                for _, token in persons for t in token.subtree)
    if not states and (regional or local):
        return   # "Sturgeon's Scottish government", "the administration of Governor X": no state's
    if not states:
        known = {args.leaders[p] for p, _ in persons if p in args.leaders}
        states = list(known)[:1] if len(known) == 1 else []
    if not states:   # "The regime of X has ruled Syria": the one state of the sentence
        here = {args.mention_ref(t) for t in noun.sent if args.mention_ref(t) is not None
                and args.mention_ref(t).label == "State" and args.mention_at(t).source != "demonym"
                and not _inside_a_name(args, args.mention_at(t)) and not _partner_word(args, t)
                and not _acted_on(args, t)}
        states, rule = (list(here), "role.governance-sentence-state") if len(here) == 1 else ([], rule)
    if not states:   # "Haley said the administration of President Trump ...": the state named nearby
        nearest = _nearest_state(args, noun.i)
        states, rule = ([nearest], "role.title-nearest-state") if nearest else ([], rule)
    seats = _seat_states(args) if not states else []
    if len(seats) == 1 and seats[0] is not None:   # "the Obama administration ... the White House"
        states, rule = seats, "role.title-seat"
    if not states and not seats:   # "the regime of ruler Kim Jong Un": the state the article is about
        states, rule = args.dominant(("State",), 1.5), "role.governance-dominant-state"
    if not states:
        return
    for person, token in persons:
        role = next((role_at[t.i].text for t in token.subtree if t.i in role_at and args.mention_ref(t) is None), "")
        yield Candidate("LEADER_OF", person, states[0], noun.i, rule, role=role, nominal=True)


def _title_spans(role_at: dict[int, Span]) -> list[Span]:
    """The role spans of the document, each once, in text order (``role_at`` maps each of a span's tokens to it)."""
    first: dict[int, Span] = {}
    for span in role_at.values():
        first.setdefault(span.start, span)
    return sorted(first.values(), key=lambda span: span.start)


def _anonymous_titles(args: Arguments, role_at: dict[int, Span]) -> dict[str, set[Ref]]:
    """Titles naming a state or organization but no person ("the Ukrainian president"): word -> owners."""
    doc = args.doc
    owners: dict[str, set[Ref]] = defaultdict(set)
    for span in _title_spans(role_at):
        noun = doc[span.end - 1]
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and args.mention_ref(nxt) is not None and args.mention_ref(nxt).label == "Person":
            continue
        if any(c.dep_ == "appos" and args.mention_ref(c) is not None for c in noun.children) or \
                (noun.dep_ == "appos" and args.mention_ref(noun.head) is not None):
            continue
        found = _role_noun_target(args, noun, role_at)
        if found is not None:
            owners[span.text.lower()].add(found[2])
    return owners


def _bare_titles(args: Arguments, bare: list[_Title], role_at: dict[int, Span], emitted: dict) -> Iterator[Candidate]:
    """Give bare titles a state: a leader's minister or staff the state the article says that leader
    leads; else from an anonymous title with the same word, the state its sentence names nearest, or
    (heads of state and government only) the article's dominant state."""
    if not bare:
        return
    anonymous = _anonymous_titles(args, role_at)
    # a past holder ("former President Obama") does not stand in the way of the current one: "the
    # U.S. president" describes whoever holds the office now (row role-title-description-past-holder)
    holders: dict[str, set[Ref]] = defaultdict(set)
    current: dict[str, set[Ref]] = defaultdict(set)
    for title in bare:
        holders[title.word].add(title.person)
        if not _past(args, title.role):
            current[title.word].add(title.person)
    # a role that says whose official the person is (a state's, or the head of anything) leaves no
    # title to guess; a party membership does not ("Chancellor Angela Merkel's CDU party")
    has_role = {key[1] for key in emitted if key[0] in ROLE_TYPES and (key[2].label == "State" or key[0] != "MEMBER_OF")}
    # a US-style party-state tag says which legislature seats the person (row role-party-state-tag-no-guess)
    tagged = {ref for mention, ref in zip(args.mentions, args.refs)
              if ref is not None and ref.label == "Person" and _party_state_tag(args, mention) is not None}
    done: set[tuple[Ref, str]] = set()
    for title in bare:
        if (title.person, title.word) in done:
            continue
        done.add((title.person, title.word))
        if title.boss is not None:
            served = _served_state(args, title, emitted)
            if served is not None:
                yield served
                continue
            if not title.named_before:
                continue
        if title.owned:
            continue   # "the agency's spokeswoman", "state attorney general", "Scottish leader": not a state's
        office = _office_state(args, title)
        if office is not None:   # "Secretary of State Rex Tillerson": an office only one state has
            yield _candidate(args.lexicon, title.relation, title.person, office, title.trigger, "role.title-office", title.role)
            continue
        # a place has a mayor or a governor, not a "leader" for a bare "leader X" to be ("the Great Hall's
        # leader" is none of Kim's; row role-title-description-not-a-place)
        owners = {o for o in anonymous.get(title.word, set()) if o.label != "Location" or title.word in args.lexicon.local_offices}
        if title.word in args.lexicon.heads_of_state:   # "President Trump" is no "Senate president" or place's
            owners = {o for o in owners if o.label == "State"}
        rivals = holders if _past(args, title.role) else current
        if len(owners) == 1 and len(rivals[title.word]) == 1:
            yield _candidate(args.lexicon, title.relation, title.person, next(iter(owners)), title.trigger,
                             "role.title-description", title.role)
            continue
        public = title.word in args.lexicon.heads_of_state or title.relation == "MINISTER_OF" or title.word in args.lexicon.public_offices
        if not public or title.person in has_role or title.person in tagged:
            continue   # ("Senator Franken" of "Al Franken, D-Minnesota": the tag names his legislature, no guess)
        ministry = _ministry_state(args, title)
        if ministry is not None:
            yield _candidate(args.lexicon, title.relation, title.person, ministry, title.trigger, "role.title-ministry", title.role)
            continue
        state = _nearest_state(args, title.trigger)
        if state is not None:
            yield _candidate(args.lexicon, title.relation, title.person, state, title.trigger, "role.title-nearest-state", title.role)
            continue
        head = title.word in args.lexicon.heads_of_state
        seats = _seat_states(args) if head else []
        if len(seats) == 1 and seats[0] is not None:
            yield _candidate(args.lexicon, title.relation, title.person, seats[0], title.trigger, "role.title-seat", title.role)
            continue
        home = _portfolio_minister(title) or title.word in args.lexicon.home_offices
        states = args.dominant(("State",), 2.0 if head else 3.0) if (head or home) and not seats else []
        if states:
            yield _candidate(args.lexicon, title.relation, title.person, states[0], title.trigger,
                             "role.title-dominant-state", title.role)


def _described_holders(args: Arguments, role_at: dict[int, Span], emitted: dict) -> Iterator[Candidate]:
    """A state's head or minister by a title that names no one ("the Turkish president", "Russia's
    foreign minister") describes the person just named, when the article names no holder of that
    office: the one person named in the two sentences before, as the subject of a clause there
    (outside a quotation), whom no role already ties to a state and no title other than a head of
    state's sets apart ("Erdogan spoke in Istanbul. The Turkish president accused Germany ...");
    with no one there, the person the article has named most before it, twice as often as anyone
    else, and named in full. Two such people, or one named only as an object ("the murder of X"),
    and the title stays unresolved; so does a title that is no clause's subject (see
    :func:`_definite_title`). Rows role-described-antecedent*."""
    held = {(c.type, c.target, _office(args, c.role)) for c in emitted.values() if c.type in ROLE_TYPES}
    placed = {c.source for c in emitted.values() if c.type in ROLE_TYPES and c.target.label == "State"}
    heads = args.lexicon.heads_of_state
    for span in _title_spans(role_at):
        noun = span.root
        if not _definite_title(args, noun, span):
            continue
        found = _role_noun_target(args, noun, role_at)
        if found is None or found[0] not in ("LEADER_OF", "MINISTER_OF") or found[2].label != "State":
            continue
        relation, role, state = found
        office = _office(args, role)
        if (relation, state, office) in held:
            continue
        other_titles = {person for word, holders in args.titles.items() if not (relation == "LEADER_OF" and word in heads)
                        for person in holders}
        sentence = args.sent_of[noun.i]
        before = [i for i, m in enumerate(args.mentions)
                  if args.refs[i] is not None and args.refs[i].label == "Person" and args.sent_of[m.token_start] < sentence
                  and args.refs[i] not in placed and args.refs[i] not in other_titles]
        window = [i for i in before if args.sent_of[args.mentions[i].token_start] >= sentence - _DESCRIBED_REACH]
        person = _described_person(args, window or before, alone=bool(window))
        if person is None:
            continue
        candidate = _candidate(args.lexicon, relation, person, state, noun.i, "role.described-antecedent", role)
        if candidate is not None and candidate.type in ("LEADER_OF", "MINISTER_OF"):
            held.add((relation, state, office))
            placed.add(person)
            yield candidate


def _described_person(args: Arguments, indices: list[int], *, alone: bool) -> Ref | None:
    """The person the mentions at these indices name, for :func:`_described_holders`: the only one
    (``alone``), else the one named twice as often as the next (mentions in a quotation count: "Dear
    Theresa May!" is someone the title may describe); named in full, and once as the subject of an
    active clause outside a quotation (a murdered man "was killed" is no one's title the sentence
    after; row role-described-antecedent-victim)."""
    named = Counter(args.refs[i] for i in indices).most_common(2)
    if not named or len(named) > 1 and (alone or named[0][1] < 2 * named[1][1]):
        return None
    person = named[0][0]
    if len(person.name.split()) < 2:
        return None   # a name the article never gives in full may be no person's ("Brexit: Day One")
    if not any(args.refs[i] == person and args.is_subject_mention(i, passive=False) and not args.quoted(args.mentions[i].token_start)
               for i in indices):
        return None
    return person


def _definite_title(args: Arguments, noun: Token, span: Span) -> bool:
    """A title standing for one person it does not name, the subject of its clause as the person it
    describes was of theirs: "The Turkish president accused ...", "Russia's foreign minister met ...",
    "The Turkish president's comments ..." (singular, definite, no name beside it). A title in an
    object or a phrase ("the email account of Turkey's energy minister", "the half-brother of North
    Korea's ruler", "appointed by the Russian president") is too often someone else."""
    doc = args.doc
    if noun.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in noun.children):
        return False
    if span.end < len(doc) and args.mention_ref(doc[span.end]) is not None:
        return False   # "the Turkish president Recep Tayyip Erdogan": named
    if any(c.dep_ in ("appos", "conj") for c in noun.children) or args.mention_ref(noun) is not None:
        return False
    if any(t.i >= span.end and t.pos_ == "PROPN" and args.mention_ref(t) is None
           or args.mention_ref(t) is not None and args.mention_ref(t).label == "Person" for t in noun.subtree):
        return False   # "Morocco's Minister of Agriculture Aziz Akhannouch" names him (whatever the NER made of it)
    subject = noun if noun.dep_ != "poss" else noun.head   # "The Turkish president's comments ..."
    return subject.dep_ in ("nsubj", "nsubjpass")


def _ministry_state(args: Arguments, title: _Title) -> Ref | None:
    """A minister's state from the ministry of the same portfolio the article names with its state
    ("First Deputy Defense Minister Yuri Borisov" beside "the Russian Defense Ministry"): the one
    state such ministries name. Row role-title-ministry."""
    if title.relation != "MINISTER_OF":
        return None
    skip = {"minister", "first", "deputy", "vice", "former", "acting", "state", "senior", "junior", "for", "of", "and", "&", ","}
    portfolio = [w for w in re.split(r"[\s-]+", title.role.lower()) if w and w not in skip]
    if not portfolio:
        return None
    states = set()
    for ref in {r for r in args.refs if r is not None and r.label == "Organization"}:
        words = [w.lower() for w in re.split(r"[\s-]+", ref.name)]
        if "ministry" not in words or not all(w in words for w in portfolio):
            continue
        codes = {args.gazetteer.state_code(w) or args.gazetteer.demonym_code(w) for w in ref.name.split()} - {None}
        states |= {s for s in (_named_state(args, c) for c in codes) if s is not None}
    return states.pop() if len(states) == 1 else None


def _portfolio_minister(title: _Title) -> bool:
    """A minister with a portfolio ("Finance Minister Taro Aso", "Justice Minister X"), whom a bare
    title gives the article's dominant state like a head of government (and so a home office, lexicon
    ``home_offices``: "Vice President Mike Pence"), when that state is named three times as often as
    the next (twice for a head): not a bare "Minister" (a visitor's as often) nor a minister-ranked
    office of a place ("California Attorney General"). Rows role-title-dominant-minister, -home-office."""
    words = title.role.lower().split()
    return title.relation == "MINISTER_OF" and "minister" in words and len(words) > 1


def _seat_states(args: Arguments) -> list[Ref | None]:
    """The states whose heads' seats the article names ("the White House", "the Kremlin"; gazetteer
    ``seats``), each None where the article does not name the state itself. A head's bare title
    takes the one such state; an article naming a seat takes no state for it from the state it names
    most (that is rather where the head acts). Rows role-title-seat*."""
    codes = {args.gazetteer.seat_code(r.name) for r in args.refs if r is not None and r.label in ("Organization", "Location")}
    return [_named_state(args, code) for code in sorted(codes - {None})]


def _office_state(args: Arguments, title: _Title) -> Ref | None:
    """The state whose office the title names, where one state alone has it (lexicon [offices]) and
    the article names that state."""
    former = _former_words(args, title.role)
    code = args.lexicon.office_states.get(" ".join(w for w in title.role.lower().split() if w not in former))
    return _named_state(args, code) if code is not None else None


def _named_state(args: Arguments, code: str) -> Ref | None:
    """The state with this ISO alpha-3 code, when the article names it."""
    if code not in args.gazetteer.canonical:
        return None
    state = Ref("State", args.gazetteer.canonical[code])
    return state if state in args.refs else None


def _served_state(args: Arguments, title: _Title, emitted: dict) -> Candidate | None:
    """A minister or staff member of a leader ("US President Trump's attorney general, Jeff Sessions",
    "Putin's spokesman Dmitry Peskov") serves the state that leader leads, when the article says
    which in so many words (a leadership inferred from the article's dominant state is not sure
    enough to pass on); a leader's leader-titled staff ("Trump's chief strategist") are members."""
    state = args.leaders.get(title.boss)
    stated = emitted.get(("LEADER_OF", title.boss, state))
    if stated is None or stated.rule in GUESSED_ROLE_RULES:
        return None
    staff = title.word in args.lexicon.leader_staff_roles or title.word.split()[-1] in args.lexicon.leader_staff_roles
    if not (title.relation == "MINISTER_OF" or staff):
        return None
    relation = "MEMBER_OF" if title.relation == "LEADER_OF" else title.relation
    return _candidate(args.lexicon, relation, title.person, state, title.trigger, "role.title-of-leader", title.role)


def _path_up(token: Token, stop: Token) -> list[Token]:
    """The token and its heads up to (not including) ``stop`` or the root."""
    path = [token]
    while path[-1].head != path[-1] and path[-1].head != stop:
        path.append(path[-1].head)
    return path


def _own_body(args: Arguments, state: Token) -> bool:
    """A state named as the owner of one of its bodies or officials ("told Portugal's parliament",
    "talks with Japan's Foreign Minister before a meeting with Prime Minister Abe"): it still tells
    whose title it is."""
    body = state.head
    words = args.lexicon.state_bodies | args.lexicon.state_organ_words | args.lexicon.role_heads
    return body.lower_ in words or body.lemma_.lower() in words


def _shares_subject(below: Token, clause: Token) -> bool:
    """A clause below the title's that is only its open complement ("President X made building a wall
    along the US border a centerpiece"): still the title holder's own doing, not what he says."""
    current = below
    while current != clause:
        if current.dep_ != "xcomp":
            return False
        current = current.head
    return True


def _inside_a_name(args: Arguments, mention: Mention) -> bool:
    """A state word inside another name, not at its start ("the East India Company"; but "the U.S.
    Justice Department" is the state's), or anywhere in the name of a law or an agreement ("The Russia
    Sanctions Review Act of 2017", lexicon ``law_nouns`` and ``agreement_nouns``)."""
    doc, start, end = args.doc, mention.token_start, mention.token_end
    if doc[start].ent_iob_ in ("B", "I"):   # the end of the NER name the state word stands in
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    last = doc[end - 1].lower_
    if end > mention.token_end and (last in args.lexicon.law_nouns or last in args.lexicon.agreement_nouns):
        return True
    return mention.source == "gazetteer-nested" and doc[start].ent_iob_ == "I" \
        and doc[start - 1].lower_ not in ("the", "a", "an")


def _partner_word(args: Arguments, token: Token) -> bool:
    """A state named as another group's backer, leader or ally ("the US-backed government", "Iran-allied
    fighters") or as the other side of a dealing ("tension with the United Kingdom"; row
    role-governance-partner-not-owner): whose title it is not."""
    mention = args.mention_at(token)
    root = args.doc[mention.token_start:mention.token_end].root
    if root.dep_ == "pobj" and root.head.lower_ in ("with", "against", "toward", "towards") \
            and root.head.head.pos_ in ("NOUN", "VERB"):
        return True   # "his administration's efforts to smooth over the tension with the United Kingdom": the other side
    return root.dep_ == "npadvmod" and root.head.lower_ in BACKED_WORDS | LED_WORDS | ALLIED_WORDS


def _standing(args: Arguments, mention: Mention) -> Token:
    """Where a mention stands in its clause: its root, or the first of the list or apposition it ends
    ("in Astana, Kazakhstan", "from Iran, Sudan, Libya"); both sides of "between X and Y" stand apart."""
    root = args.doc[mention.token_start:mention.token_end].root
    first = root
    while first.dep_ in ("appos", "conj") and first.head.i < first.i:
        first = first.head
    return root if first.dep_ == "pobj" and first.head.lower_ == "between" else first


def _acted_on(args: Arguments, token: Token) -> bool:
    """The state is the object of its clause's verb ("whose scepticism has alarmed Brussels", "visited
    Germany"): what someone acts on, not whom they govern. Row role-governance-object-state."""
    return _standing(args, args.mention_at(token)).dep_ in _OBJECT_DEPS


def _nearest_state(args: Arguments, index: int) -> Ref | None:
    """The state named nearest before a title in its sentence, else nearest after; demonyms (a
    nationality), places ("first in Kazakhstan"), objects and what they hold ("visited Germany",
    "framed Montenegro's accession" — not a state's own body: "told Portugal's parliament") and states in a clause below the title's ("Vice President X
    said Russia attempted ...": what he says is not his title; an open complement is his own doing) aside. A title whose owner is a
    possessive pronoun ("its President X") has an owner the text names, and a headline no parse to
    read: no state is guessed."""
    title = args.doc[index]
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in title.children):
        return None
    sentence = args.doc[index].sent
    if is_headline(sentence):   # every word capitalised ("Germany Schools President Donald Trump On ...":
        return None   # Germany schools him; row role-title-extent-headline)
    clause = args.clause_root(args.doc[index])
    before, after = None, None
    for token in sentence:
        mention, ref = args.mention_at(token), args.mention_ref(token)
        if ref is None or ref.label != "State" or mention.source == "demonym" or _inside_a_name(args, mention):
            continue
        if clause in args.clause_root(token).ancestors and not _shares_subject(args.clause_root(token), clause):
            continue
        root = _standing(args, mention)
        if _partner_word(args, token):
            continue
        topic = root.dep_ == "compound" and any(c.dep_ == "poss" for c in root.head.children)   # "his Syria policy"
        if root.dep_ in _OBJECT_DEPS or ((root.dep_ == "poss" or topic) and not _own_body(args, root)
                                         and any(t.dep_ in DIRECT_OBJECT_DEPS for t in _path_up(root, clause))):
            continue   # "visited Germany", "first in Kazakhstan", "framed Montenegro's accession", "outlined his
            # Syria policy": what he did, where, about what (not "US policy under President X")
        if token.i < index:
            before = ref
        elif after is None:
            after = ref
    return before or after
