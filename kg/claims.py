"""Claim stage: candidates -> relations with a status, attribution, modality and evidence.

Where "asserted / reported / alleged / denied / negated" is decided:

* **negated**: the trigger is negated ("did not attend", "never met"), sits under a verb of not
  doing ("refused to attend"), or is a happening that is only intended or possible ("plans to
  visit", "will meet", "could strike": ``modality`` says which) — never an asserted edge for
  something the text does not say happened. Lasting relations (cooperation, alliances, roles)
  keep their status and only record the modality ("they want to work more closely together");
* **reported / alleged / denied**: the trigger stands in the complement of a verb of saying,
  alleging or denying ("KCNA reported", "accused X of supplying", "denied that ..."), or its clause
  carries "according to X" / "as reported by X". The speaker becomes ``attributed_to``. A party
  announcing its own commitment ("X and Y announced that they want to work together") asserts it;
* facts presupposed in a noun phrase ("Russian Defense Minister X", "its war against Ukraine")
  stay asserted wherever they stand.

Then the discourse links, within a few sentences: "X denied the allegation" -> DENIED(X, accuser)
and the alleged relations record ``denied_by``; an agentless "a delivery ... went to Y" inherits its
agent and claim from the allegation just before; "KCNA reported" is about the event the report
speaks of (or the article's main event, for a news outlet).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from kg.arguments import CONDITIONAL_MARKS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, Arguments
from kg.nlp import lemma_keys
from kg.records import ROLE_TYPES, Candidate, Evidence, Ref, Relation
from kg.rules import Lexicon

#: Relations that are happenings: when only intended or possible, they did not (yet) happen.
HAPPENINGS = {
    "ATTENDED", "VISITED", "MET", "ACCUSED", "DENIED", "SUPPLIED_ARMS_TO", "REPORTED", "ORGANIZED",
    "SANCTIONED", "ATTACKED", "SIGNED", "CRITICIZED",
}
# How a complement hangs below the verb that frames it, per verb class.
_REPORT_EDGES = {"ccomp", "parataxis", "xcomp", "advcl", "conj"}
_ALLEGE_EDGES = {"ccomp", "prep", "xcomp", "advcl"}
_DENY_EDGES = {"ccomp", "dobj", "xcomp", "prep", "pcomp"}
# How a clause stands as the content of a noun of claiming ("speculation that X attacked Y").
_CONTENT_EDGES = {"acl", "ccomp"}
# Relations that are wrongs: alleging one is accusing its doer (_accusations).
_WRONGDOINGS = {"ATTACKED"}
# Claim nouns that carry news rather than an unproven charge ("reports that X met Y").
_NEWS_NOUNS = {"report", "reports"}
_INTEND_EDGES = {"xcomp", "ccomp", "prep", "pcomp", "acomp"}
_POSSIBLE_AUX = {"could", "might", "may"}
_OBLIGING_AUX = {"should", "must", "ought"}
_DISCOURSE_WINDOW = 6
# Relations of standing rather than of saying: a title or a body's place is presupposed wherever it
# is named, quotations included ("Russian Foreign Minister Lavrov" in a quote is still his title).
_STRUCTURAL = ROLE_TYPES | {"PART_OF"}
# How a noun stands as what its clause says (see _core_argument).
_CORE_DEPS = {"dobj", "attr"}


@dataclass
class _Claim:
    status: str = "asserted"
    attributed_to: tuple[Ref, ...] = ()
    modality: str = ""


@dataclass
class _Memory:
    """What the claim stage remembers while walking the document in order."""

    reporters: list[tuple[int, Ref]] = field(default_factory=list)   # (sentence, speaker)


def decide_claims(args: Arguments, candidates: list[Candidate], *, doc_id: str) -> list[Relation]:
    """Relations with status and evidence, in text order; candidates without endpoints are dropped."""
    memory = _Memory()
    ordered = sorted(candidates, key=lambda c: (c.trigger, c.rule))
    relations: list[Relation] = []
    for candidate in ordered:
        claim = _claim(args, candidate, memory)
        relation = _complete(args, candidate, claim, relations, doc_id)
        if relation is not None:
            relations.extend(relation)
            relations.extend(_accusations(args, candidate, relation, claim, doc_id))
    return _link_denials(relations)


def _accusations(args: Arguments, c: Candidate, made: list[Relation], claim: _Claim, doc_id: str) -> list[Relation]:
    """An allegation accuses: "X believes Y killed Z", "X claimed that Y wiretapped Z" (an attack
    whose only ground is X's word, status alleged) -> X ACCUSED Y, which the article asserts (rule
    accuse.alleged-attack). A report ("police said Y attacked Z") accuses no one."""
    wrongs = [r for r in made if r.type in _WRONGDOINGS and r.status == "alleged"]
    if not wrongs:
        return []
    evidence = _evidence(args, args.doc[c.trigger], doc_id, "accuse.alleged-attack", _Claim())
    return [Relation("ACCUSED", speaker, wrong.source, evidence) for wrong in wrongs for speaker in claim.attributed_to
            if speaker.label in ("Person", "State", "Organization") and speaker not in (wrong.source, wrong.target)]


def _evidence(args: Arguments, token: Token, doc_id: str, rule: str, claim: _Claim) -> Evidence:
    sent: Span = token.sent
    text = sent.text
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    start = sent.start_char + lead
    return Evidence(doc_id, body, start, start + len(body), rule, claim.status, tuple(r.name for r in claim.attributed_to),
                    trigger=token.i)


def _claim(args: Arguments, c: Candidate, memory: _Memory) -> _Claim:
    claim = _stated(args, c, memory)
    if claim.status == "asserted" and c.type not in _STRUCTURAL and args.quoted(c.trigger):
        claim.status = "reported"   # a quotation is its speaker's word, not the article's
        claim.attributed_to = tuple(_quote_speakers(args, c.trigger, memory))
    return claim


def _stated(args: Arguments, c: Candidate, memory: _Memory) -> _Claim:
    trigger = args.doc[c.trigger]
    claim = _Claim()
    if trigger.pos_ == "NOUN" and _none_of(trigger):
        claim.status = "negated"   # "had no meetings with X", "there were no talks between X and Y", "has no confidence in X"
        return claim
    if c.nominal and c.pending != "agent":
        if c.type in HAPPENINGS and _hypothetical(trigger, args.lexicon):
            claim.status, claim.modality = "negated", "possible"
        elif c.type in HAPPENINGS or c.happening:
            modality = _nominal_modality(args, trigger)
            if modality:
                claim.status, claim.modality = "negated", modality
        claimed = _claim_of(trigger, args.lexicon)
        if claim.status == "asserted" and c.type not in _STRUCTURAL and claimed is not None:
            if not _denied_claim(args, claimed, claim, memory, args.sent_of[trigger.i]):
                claim.status = "reported" if claimed.lemma_.lower() in _NEWS_NOUNS else "alleged"
                claim.attributed_to = tuple(_claimants(args, claimed))
            return claim
        if claim.status == "asserted" and c.type not in _STRUCTURAL and _core_argument(trigger):
            _attribution(args, trigger, args.clause_root(trigger), c, claim, memory)
        return claim
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else args.clause_root(trigger)
    modality = _modality(args, verb)
    if not modality and trigger.pos_ == "NOUN" and (c.type in HAPPENINGS or c.happening):
        modality = _nominal_modality(args, trigger)   # "the Pentagon wants talks with Russia"
    if modality in ("negated", "conditional"):
        claim.status = "negated"
        claim.modality = modality if modality == "conditional" else ""
        return claim
    claim.modality = modality
    _attribution(args, trigger, verb, c, claim, memory)
    if modality in ("intended", "possible") and (c.type in HAPPENINGS or c.happening) \
            and claim.status in ("asserted", "reported"):
        claim.status = "negated"
    return claim


def _none_of(noun: Token) -> bool:
    """A happening or stance denied by its own determiner ("no meetings", "no talks", "no confidence
    in"): it did not take place, it is not held. Rows meet-no-meetings*, support-confidence-in-none."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _listed_head(noun: Token) -> Token:
    """The noun a listed or appositive noun stands with, whose place in the clause it shares ("a visit
    to X and talks with Y": "visit")."""
    current = noun
    while current.dep_ in ("conj", "appos") and current.head != current:
        current = current.head
    return current


def _claim_of(noun: Token, lexicon: Lexicon) -> Token | None:
    """The claim noun a happening is the content of ("allegations of collusion between X and Y",
    "claims of Russian attacks on Crimea", "reports of talks"): what is claimed is not asserted."""
    current = _listed_head(noun)
    prep = current.head
    if current.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
            and prep.head.lower_ in lexicon.claim_nouns:
        return prep.head
    return None


def _core_argument(noun: Token) -> bool:
    """A noun that is what its clause says about its subject ("X acknowledged that challenges hinder
    cooperation between A and B", "X said it was an attack on B"): under a verb of speech it is the
    speaker's word. A subject ("Y's visit to B was going to plan, X said") or a noun in an adjunct
    ("after his talks with B, X said ...") is presupposed and stays the article's."""
    current = _listed_head(noun)
    return current.dep_ in _CORE_DEPS


def _quote_speakers(args: Arguments, index: int, memory: _Memory) -> list[Ref]:
    """Who says a quotation: the subject of the verb of speech it hangs on ('"...," X said', 'X said:
    "..."'), else the speaker of the sentence before or after it (a quote running over sentences)."""
    sentence = args.sent_of[index]
    for sent in (args.doc[index].sent, *_neighbours(args, sentence)):
        for token in sent:
            if token.lemma_.lower() in args.lexicon.report_verbs and token.pos_ == "VERB" \
                    and not args.quoted(token.i):
                speakers = _speakers(args, token, memory, sentence)
                if speakers:
                    return speakers
    return []


def _neighbours(args: Arguments, sentence: int) -> list[Span]:
    sents = args.sentences
    return [sents[k] for k in (sentence - 1, sentence + 1) if 0 <= k < len(sents)]


def _hypothetical(noun: Token, lexicon: Lexicon) -> bool:
    """A nominal happening inside "the scenario of", "the threat of", "plans for" ..., one that is
    "scheduled", "planned", "possible", or one said to be needed ("X is necessary"): not a fact."""
    if any(c.dep_ == "amod" and c.lower_ in lexicon.not_yet for c in noun.children):
        return True
    current = noun
    while current.head != current and current.pos_ not in ("VERB", "AUX"):
        current = current.head
        if current.lemma_.lower() in lexicon.hypothetical_nouns:
            return True
    # "a good partnership between Poland and Germany is necessary": a need, not a fact
    return current.pos_ in ("VERB", "AUX") and current.lemma_ == "be" \
        and any(c.dep_ == "acomp" and c.lower_ in lexicon.need_adjectives for c in current.children)


def _nominal_modality(args: Arguments, noun: Token) -> str:
    """Modality of a nominal happening that is an argument of a clause: "the Pentagon wants talks with
    Russia", "preparing a visit to China" (the object of a verb of intending), "his talks with X will
    focus on trade" (the subject of a future or possible clause), "did not hold talks". A happening
    in an adjunct ("following his visit to China, he will ...") keeps its own time."""
    current = _listed_head(noun)
    if any(c.dep_ == "amod" and c.lower_ in args.lexicon.under_way for c in noun.children):
        return ""   # "the current visit ... will open a new page": under way (row visit-current-subject-of-future)
    if _awaited(current):
        return "intended"
    if current.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return ""
    verb = current.head
    if current.dep_ == "dobj" and verb.lemma_.lower() in args.lexicon.intend_verbs:
        return "intended"
    modality = _modality(args, verb)
    return "" if modality == "negated" and current.dep_ != "dobj" else modality


#: Words before a happening still to come when the clause is not in the past ("ahead of his visit").
_AWAITING = ("before", "ahead", "prior")


def _awaited(noun: Token) -> bool:
    """A happening still to come when its clause is told: the object of "before", "ahead of" or
    "prior to" in a clause that is not in the past ("will land one day before his first address",
    "is floating the idea ahead of his visit"). Row attend-ahead-of-an-address."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    marker = prep if prep.lower_ == "before" else prep.head if prep.lower_ in ("of", "to") else None
    if marker is None or marker.lower_ not in _AWAITING:
        return False
    verb = marker.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    past = verb.tag_ in ("VBD", "VBN") and not any(c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    return verb.pos_ in ("VERB", "AUX") and not past


def _timed_by_its_head(verb: Token) -> bool:
    """A present-tense clause of time ("when he travels to Britain", "once she arrives") happens when
    the clause it times does, so it is as sure as that clause: still to come after "will", possible
    after "could". Rows visit-when-clause*."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and verb.head != verb \
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children)


#: Words that open a clause of time.
_TIME_MARKS = ("when", "once", "whenever")
# Prepositions of a clause of time ("after meeting X"): what the clause above intends is not its happening.
_TIME_PREPS = ("after", "before", "since", "upon", "following", "until")


def _intending(lexicon: Lexicon, verb: Token) -> bool:
    """A verb of intending, alone or with its adverb ("plans", "looks forward"); by any of its lemma keys
    (the small model lemmatizes "hopes" as "hop"; row meet-hopes-to)."""
    lemma = verb.lemma_.lower()
    return bool(lemma_keys(verb) & lexicon.intend_verbs) or any(
        c.dep_ == "advmod" and f"{lemma} {c.lower_}" in lexicon.intend_verbs for c in verb.children)


def _modality(args: Arguments, verb: Token) -> str:
    """ "negated", "conditional", "intended", "possible" or "" for the clause of a trigger."""
    lexicon = args.lexicon
    current = verb
    timed = False   # reached from a clause of time below it ("called X confused after meeting Y")
    while True:
        if any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children)
               for c in current.children):
            return "negated"   # ("no longer had confidence in X": the parse hangs "no" on "longer"; row support-no-longer)
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in current.children):
            return "conditional"   # "asked if he supports X", "if X attacks": neither is stated
        if current != verb and current.lemma_.lower() in lexicon.negate_verbs:
            return "negated"
        aux = {c.lower_ for c in current.children if c.dep_ in ("aux", "auxpass") and args.mention_ref(c) is None}
        if aux & {"will", "shall", "'ll", "would", "'d"} or any(c.lower_ == "going" and c.dep_ != "ccomp" for c in current.children):
            # ("'... is going to be tailored,' said Trump": a quotation's verb is no auxiliary of the saying)
            return "intended"
        perfect = any(c.lower_ == "have" for c in current.children if c.dep_ == "aux")
        if aux & _POSSIBLE_AUX and not perfect:
            return "possible"
        if aux & _OBLIGING_AUX:   # "X should meet Y" is a call, not a meeting; "must have met", a guess
            return "possible" if perfect else "intended"
        if current != verb and not timed and _intending(lexicon, current):
            return "intended"   # (a meeting after which someone "called" a position confused took place: row
            # meet-after-meeting-not-a-plan)
        purpose = current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if _timed_by_its_head(current):   # "will meet May when he travels to Britain": the trip is the meeting's time
            current = current.head
            continue
        if current.dep_ == "xcomp" and current.head.lemma_.lower() == "have":
            return "intended"   # "has to visit China" (not "had a meeting": that is an object)
        if current.dep_ == "xcomp" and current.head.lemma_.lower() == "be" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return "intended"   # "is to pay a visit to Seoul": a plan (row visit-is-to)
        if (current.dep_ in _INTEND_EDGES or purpose) and current.head != current:
            current = current.head   # purpose: "not sending troops to help X" is no help
            timed = current.lower_ in _TIME_PREPS and current.dep_ == "prep"
            if current.pos_ not in ("VERB", "AUX", "ADJ") and current.dep_ == "prep":
                current = current.head
            continue
        timed = False
        if current.dep_ == "conj" and current.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in current.children):
            current = current.head   # "trying to deepen ... and to find": the first conjunct's frame; a clause
            continue   # with a subject of its own is not ("has not been identified, but X is blaming Y": row accuse-but-clause)
        if current.head == current and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return "intended"   # a headline's "X to take part in drills": a plan
        return ""


def _attribution(args: Arguments, trigger: Token, verb: Token, c: Candidate, claim: _Claim, memory: _Memory) -> None:
    lexicon = args.lexicon
    sentence = args.sent_of[trigger.i]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head == verb and verb.lemma_.lower() in lexicon.deny_verbs:
        claim.status, claim.attributed_to = "denied", tuple(_speakers(args, verb, memory, sentence))
        return   # "Christie denies a rift with Kushner", "Lavrov denied talks with Tillerson" (row deny-the-happening)
    if c.type in _STRUCTURAL and (trigger.dep_ == "acl" and trigger.tag_ == "VBN" or verb.dep_ == "relcl") \
            and (trigger if trigger.dep_ == "acl" else verb).head.pos_ in ("NOUN", "PROPN"):
        return   # "polls suggest the party led by X is ahead", "said X, who is a professor at Y": the noun phrase
        # presupposes who leads or belongs to what (rows lead-presupposed, role-relative-on-a-description)
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head == verb \
            and verb.lemma_.lower() in lexicon.allege_verbs and verb.lemma_.lower() in lexicon.charge_verbs:
        claim.status, claim.attributed_to = "alleged", tuple(_speakers(args, verb, memory, sentence))
        return   # "X was charged with the murder of Y": the charge's word (row attack-charged-with)
    child = verb
    for ancestor in verb.ancestors:
        lemma = ancestor.lemma_.lower()
        edge = child.dep_
        if ancestor.pos_ == "NOUN" and edge in _CONTENT_EDGES and ancestor.lower_ in lexicon.claim_nouns:
            if not _denied_claim(args, ancestor, claim, memory, sentence):
                claim.status = "reported" if lemma in _NEWS_NOUNS else "alleged"
                claim.attributed_to = tuple(_claimants(args, ancestor))
            return
        if lemma in lexicon.deny_verbs and edge in _DENY_EDGES:
            claim.status, claim.attributed_to = "denied", tuple(_speakers(args, ancestor, memory, sentence))
            return
        if lemma in lexicon.allege_verbs and edge in _ALLEGE_EDGES and ancestor != trigger:
            claim.status, claim.attributed_to = "alleged", tuple(_speakers(args, ancestor, memory, sentence))
            return
        if edge == "advcl" and child.i < ancestor.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            break   # "Speaking at the forum, X said ...": the speaker's own doing, not what is said
        if lemma in lexicon.report_verbs and edge in _REPORT_EDGES and ancestor != trigger:
            speakers = tuple(_speakers(args, ancestor, memory, sentence))
            if lemma in lexicon.commit_verbs and {c.source, c.target} & set(speakers):
                return   # a party announcing its own commitment asserts it
            claim.status, claim.attributed_to = "reported", speakers
            return
        child = ancestor
    root = child
    for token in [trigger, verb, *verb.ancestors]:
        for prep in token.children:
            speakers = _according_to(args, prep, trigger)
            if speakers is not None:
                claim.status, claim.attributed_to = "reported", tuple(speakers)
                return
    for later in root.children:   # "..., X said." hanging on the clause
        if later.dep_ in ("parataxis", "advcl") and later.i > trigger.i and later.lemma_.lower() in lexicon.report_verbs \
                and (later.dep_ == "parataxis" or any(s.dep_ == "nsubj" for s in later.children)):   # not "..., announcing X"
            claim.status, claim.attributed_to = "reported", tuple(_speakers(args, later, memory, sentence))
            return
        if later.dep_ == "advcl" and later.lemma_.lower() in lexicon.report_verbs \
                and any(a.dep_ == "agent" or a.lower_ == "as" for a in later.children):   # "as reported by state media"
            agents = [o for a in later.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            claim.status, claim.attributed_to = "reported", tuple(args.entities_of(agents))
            return


def _denied_claim(args: Arguments, noun: Token, claim: _Claim, memory: _Memory, sentence: int) -> bool:
    """ "Moscow rejected allegations that ...": the claim's content is denied by who rejects it."""
    head = noun.head
    if noun.dep_ in _DENY_EDGES and head.lemma_.lower() in args.lexicon.deny_verbs:
        claim.status, claim.attributed_to = "denied", tuple(_speakers(args, head, memory, sentence))
        return True
    return False


def _claimants(args: Arguments, noun: Token) -> list[Ref]:
    """Who makes a claim a noun names: its possessor or compound ("Washington's allegations", "US
    claims") or its "by"/"from" object ("reports by state media")."""
    tokens = [c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i]
    tokens += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from") for o in p.children]
    return [r for t in tokens for r in args.modifier_entities(t)]


def _according_to(args: Arguments, prep: Token, trigger: Token) -> list[Ref] | None:
    """Speakers of an "according to X" / "citing X" attached to the clause, else None."""
    if prep.dep_ not in ("prep", "advcl", "advmod") or prep.i == trigger.i:
        return None
    word = prep.lower_
    if word == "according":
        objects = [o for to in prep.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
        return args.entities_of(objects)
    if word in ("citing", "quoting"):
        return args.entities_of([o for o in prep.children if o.dep_ in ("dobj", "pobj")])
    return None


def _speakers(args: Arguments, verb: Token, memory: _Memory, sentence: int) -> list[Ref]:
    subjects = args.subjects(verb)
    refs = args.entities_of(subjects)
    lexicon = args.lexicon
    if not refs and any(s.lower_ in ("it", "they", "we") for s in subjects) and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in lexicon.report_verbs | lexicon.allege_verbs:
        refs = args.entities_of(args.subjects(verb.head))   # "US officials said they believe ...": the same speaker
    if not refs and any(s.lower_ in ("it", "they") for s in subjects):
        recent = [ref for sent, ref in memory.reporters if sentence - sent <= 3]
        refs = recent[-1:] if recent else []
    for ref in refs:
        memory.reporters.append((sentence, ref))
    return refs


def _complete(args: Arguments, c: Candidate, claim: _Claim, earlier: list[Relation], doc_id: str) -> list[Relation] | None:
    trigger = args.doc[c.trigger]
    sentence = args.sent_of[trigger.i]
    source, target = c.source, c.target
    if c.pending == "agent":
        antecedent = _recent(earlier, args, sentence, 2, lambda r: r.type == c.type and r.source.label in c.agents)
        if antecedent is None:
            return None
        source = antecedent.source
        claim = _Claim(antecedent.status, tuple(Ref("", n) for n in antecedent.attributed_to), antecedent.modality)
    elif c.pending == "claimant":
        accusers = _accusers(earlier, args, sentence)
        if not accusers:
            return None
        return [_relation(args, c, source, accuser, claim, doc_id) for accuser in accusers if accuser != source]
    elif c.pending == "topic":
        if not _is_news_source(args, trigger, source):
            return None
        target = _topic(args, trigger, earlier)
        if target is None:
            return None
    if source is None or target is None or source == target:
        return None
    return [_relation(args, c, source, target, claim, doc_id)]


def _relation(args: Arguments, c: Candidate, source: Ref, target: Ref, claim: _Claim, doc_id: str) -> Relation:
    evidence = _evidence(args, args.doc[c.trigger], doc_id, c.rule, claim)
    return Relation(
        type=c.type, source=source, target=target, evidence=evidence, status=claim.status,
        attributed_to=tuple(r.name for r in claim.attributed_to), role=c.role, modality=claim.modality,
    )


def _recent(relations: list[Relation], args: Arguments, sentence: int, window: int, accept) -> Relation | None:
    for relation in reversed(relations):
        sent = _sentence_of(args, relation)
        if sentence - sent > window:
            break
        if accept(relation):
            return relation
    return None


def _sentence_of(args: Arguments, relation: Relation) -> int:
    token = args.doc.char_span(relation.evidence.start, relation.evidence.start + 1, alignment_mode="expand")
    return args.sent_of[token.start] if token is not None else 0


def _accusers(relations: list[Relation], args: Arguments, sentence: int) -> list[Ref]:
    """Who made the allegation a denial answers: the last accuser within the discourse window."""
    for relation in reversed(relations):
        if sentence - _sentence_of(args, relation) > _DISCOURSE_WINDOW:
            break
        if relation.type == "ACCUSED":
            return [relation.source]
        if relation.status == "alleged" and relation.attributed_to:
            return [Ref(_label_of(args, name), name) for name in relation.attributed_to]
    return []


def _label_of(args: Arguments, name: str) -> str:
    for ref in args.refs:
        if ref is not None and ref.name == name:
            return ref.label
    return "Organization"


def _is_news_source(args: Arguments, trigger: Token, source: Ref | None) -> bool:
    if source is None or source.label != "Organization":
        return False
    if trigger.lemma_.lower() == "report":
        return True
    words = {w.lower() for w in source.name.split()}
    context = {t.lower_ for s in args.subjects(trigger) for t in s.subtree}
    return bool((words | context) & args.lexicon.media_words)


def _topic(args: Arguments, trigger: Token, earlier: list[Relation]) -> Ref | None:
    """The event a report is about: one named in what it reports, else the article's main event (the
    attended event it names most, more than once, and in its headline or first sentence)."""
    content = [t for c in trigger.children if c.dep_ in ("ccomp", "parataxis", "dobj", "xcomp") for t in c.subtree]
    if trigger.dep_ in ("ccomp", "parataxis") or not content:   # "X happened, the agency reported"
        content = [t for t in trigger.sent if t.i < trigger.i]
    here = [r for r in args.entities_of(content) if r.label == "Event"]
    if here:
        return here[0]
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("about", "on") for c in trigger.children):
        return None   # "report any human cases", "reported about his use of funds": a topic of its own
    attended = Counter()
    for relation in earlier:
        if relation.type in ("ATTENDED", "ORGANIZED") and relation.target.label == "Event":
            attended[relation.target] += 1
    if not attended:
        return None
    mentions = Counter(ref for ref in args.refs if ref in attended)
    main = max(attended, key=lambda ref: (mentions[ref], attended[ref], ref.name))
    opening = {ref for m, ref in zip(args.mentions, args.refs) if args.sent_of[m.token_start] <= 1}
    # an event told once is an aside, and one the article does not open with is not its story
    return main if mentions[main] > 1 and main in opening else None


def _link_denials(relations: list[Relation]) -> list[Relation]:
    """Record on each alleged relation who denied the accuser's allegation after it was made."""
    denials = [r for r in relations if r.type == "DENIED"]
    if not denials:
        return relations
    out = []
    for relation in relations:
        if relation.status == "alleged":
            accusers = set(relation.attributed_to)
            answering = [d for d in denials if d.target.name in accusers and d.evidence.start >= relation.evidence.start]
            deniers = [d.source.name for d in answering]
            if deniers:
                relation = replace(relation, denied_by=tuple(sorted(set(relation.denied_by) | set(deniers))))
        out.append(relation)
    return out
