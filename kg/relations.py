"""Relation stage: trigger frames over the dependency parse -> :class:`~kg.records.Candidate` relations.

Where ATTENDED, ACCUSED, SUPPLIED_ARMS_TO ... are decided. The frames are data
(``data/relations.toml``): a trigger lemma, the slots its arguments fill, the labels they may have.
This module only knows grammar:

* verb frames: subject (through passives, relative clauses, control and coordination, plus
  "in addition to X" companions), objects by slot; reciprocal verbs with a plural subject relate
  the subjects to each other ("North Korea and Russia want to work together");
* noun frames: the source from a possessive, compound or adjective ("its war against Ukraine",
  "US sanctions on Russia") or from the verb the noun is the object of ("held talks with");
  targets from prepositions or "between X and Y"; the one a charge names ("X was charged with the
  murder of Y": slot "charged");
* clauses on a gathering: who acts in "the summit, where X said ..." was at it;
* inferences across frames: a person who attends an event in a place that belongs to a state
  other than their own (known from their title) visited that state; a visit to a capital is a
  visit to its state when the article names the state.

Claim status is not decided here (see :mod:`kg.claims`).
"""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import combinations, permutations

from spacy.tokens import Span, Token

from kg.arguments import (ALLIED_WORDS, BACKED_WORDS, CONDITIONAL_MARKS, DIRECT_OBJECT_DEPS, PASSIVE_SUBJECT_DEPS,
                          RELATIVE_PRONOUNS, Arguments, listed_noun)
from kg.gazetteer import Gazetteer
from kg.nlp import REGULAR_ENDINGS, STANCE_PREFIXES, first_conjunct, lemma_keys, stance_prefix_at, tokens_among
from kg.records import GUESSED_ROLE_RULES, ROLE_TYPES, SYMMETRIC_TYPES, Candidate, Ref
from kg.resolve import named_body
from kg.rules import Frame, Lexicon

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# Event nouns that are themselves meetings with someone ("talks with X"): not an attended event then.
_MEETING_PREPS = {"with", "between"}
# Relations of taking a stance: their target is whom the stance is about (_stance_object).
STANCES = {"CRITICIZED", "SUPPORTS"}
# Labels that act: who can back, accuse, criticise, claim or be judged.
_ACTORS = frozenset({"Person", "State", "Organization"})
# Relations of judging someone: the subject of such a verb judges the happening its object names and
# is not its agent ("Russia condemned the attack on Syria" is no Russian attack).
JUDGING = frozenset(STANCES | {"ACCUSED"})
_THING_PRONOUNS = {"it", "this", "that", "these", "those"}
# Entities whose names may hold a trigger noun that then triggers nothing ("Goa Department of Tourism").
_NAME_LABELS = frozenset({"Person", "Organization", "State", "Location"})
# Where a noun stands (the small parse tags "EU states" a verb now and then).
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "compound", "npadvmod"}
_STANCE_PREPS = {"for", "to", "against", "toward", "towards"}
# Quantities taken out of a whole ("many of his proposals"): a stance towards them is towards the whole.
_PARTITIVES = {"many", "some", "most", "all", "several", "much", "each", "both", "few", "parts", "part", "one", "any"}
# Pre-modifiers that name something about a noun: "the US-Japan alliance", "Russian-backed", "NATO member".
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Pre-modifiers that name what a noun belongs to ("NATO member", "EU member states"), not a demonym.
_COMPOUND_DEPS = frozenset({"compound", "nmod"})
# Relations that need the parties in one place: a call or a video link is no meeting (_remote).
PRESENCE = frozenset({"MET"})
_REMOTE_PREPS = {"by", "on", "over", "via", "through"}
# Prepositions that introduce the named instances of a plural noun ("EU states, including Spain", "like Italy").
_LISTING_PREPS = {"including", "like"}
# Reciprocal pronouns: the coordinated subjects are each other's objects (_each_other).
_RECIPROCAL_PRONOUNS = {("each", "other"), ("one", "another")}
# Prepositions after which the clause's subject is one who took part in the meeting or the visit the
# noun names (_on_a): "after a visit to the US, Kenny returned" (row visit-after-a-visit).
_AFTER_PREPS = {"after", "following"}
_TAKEN_PART = PRESENCE | {"VISITED"}   # relations whose parties were there
# What "for"/"over" measures rather than gives a reason: "attacked for hours", "for the second time"
# (besides the lexicon's ``date_units``).
_COUNTED_ENTITIES = {"DATE", "TIME", "ORDINAL", "CARDINAL"}
_TIMES = {"time", "times", "while"}


def _remote(args: Arguments, token: Token) -> bool:
    """Contact at a distance: a phone call, "telephone talks", "spoke by phone", "talks via video
    link" — the parties talked, they did not meet. The remote word modifies the trigger, is the
    trigger ("a call with X"), or is the object of a preposition on it or on its light verb."""
    words = args.lexicon.remote_words
    heads = [token]
    if token.dep_ in DIRECT_OBJECT_DEPS and token.head.lemma_.lower() in args.lexicon.holding_verbs:
        heads.append(token.head)   # "had a conversation by phone"
    if token.pos_ in NOUN_POS and (token.lower_ in args.lexicon.call_nouns or token.lower_ in words):
        return True
    for head in heads:
        for child in head.children:
            if child.dep_ in _MODIFIER_DEPS and child.lower_ in words:
                return True
            if child.dep_ == "prep" and child.lower_ in _REMOTE_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj" and ({obj.lower_, obj.lemma_.lower()} | {c.lower_ for c in obj.children}) & words:
                        return True
    return False


def extract_relations(args: Arguments, frames: Iterable[Frame]) -> Iterator[Candidate]:
    """Candidates from every frame whose trigger occurs in the document, in text order."""
    frames = tuple(frames)
    index, lemmas = _frame_index(frames)
    judging = _judging_verbs(frames)
    for token in tokens_among(args.doc, _surface_forms(lemmas), lemmas=lemmas):
        kinds = ["verb"] if token.pos_ in VERB_POS else ["noun"] if token.pos_ in NOUN_POS else []
        if _predicative(token):
            kinds.append("adjective")
        keys = lemma_keys(token)
        matched = {f.id: f for kind in kinds for key in keys for f in index.get((kind, key), [])}
        for frame in matched.values():
            if frame.relation in PRESENCE and _remote(args, token):
                continue
            if frame.trigger == "verb":
                found = _verb_frame(args, token, frame)
            elif frame.trigger == "adjective":
                found = _adjective_frame(args, token, frame)
            else:
                found = _noun_frame(args, token, frame, judging)
            yield from (c for c in found if not _bodies_in_talks(args, c))


def _bodies_in_talks(args: Arguments, candidate: Candidate) -> bool:
    """Two states or bodies "in talks", in negotiations or a dialogue are negotiating, not meeting
    (a company in takeover talks, Britain's negotiations with the EU; on dev 515 none right, five
    wrong): their meetings are their people's (lexicon ``negotiation_words``). Row meet-bodies-in-talks."""
    return candidate.type == "MET" and "Person" not in (candidate.source.label, candidate.target.label) \
        and args.doc[candidate.trigger].lemma_.lower() in args.lexicon.negotiation_words


def state_organs(args: Arguments) -> Iterator[Candidate]:
    """A body of a state is part of it: an organization named by an organ word (lexicon
    ``state_organ_words``: ministry, court, parliament, police, armed forces ...; or ``bare_organ_words``
    right after the state: "Pakistan Army") whose state the name or its modifiers give ("the Russian Foreign Ministry", "China's Ministry of Commerce", "Egypt's Court
    of Cassation", "the Supreme Court of Brazil") -> PART_OF the state (rule part.state-organ). A
    body whose state the phrase does not say is left alone (no guess from the article's states)."""
    doc, bodies = args.doc, args.lexicon.state_organ_words
    seen: set[Ref] = set()
    for mention, ref in zip(args.mentions, args.refs):
        if ref is None or ref.label != "Organization" or ref in seen:
            continue
        span = doc[mention.token_start:mention.token_end]
        words = [t.lower_ for t in span if t.lower_ != "the"]
        bare = len(words) == 2 and words[1] in args.lexicon.bare_organ_words \
            and len(ref.name.split()) == 2   # "Pakistan Army" (and not "Free Syrian Army" shortened)
        if not bare and not any(w in bodies or f"{a} {w}" in bodies for a, w in zip([""] + words, words)):
            continue
        states = {r for token in (span[-2:-1] if bare else _state_words(args, span)) for r in [args.mention_ref(token)]
                  if r is not None and r.label == "State"}
        if len(states) == 1:
            seen.add(ref)
            yield Candidate("PART_OF", ref, states.pop(), span.root.i, "part.state-organ", nominal=True)


def led_bodies(args: Arguments) -> Iterator[Candidate]:
    """The state that leads a body named after it is one of its members: "the US-led coalition",
    "the Saudi-led alliance" (:func:`kg.mentions._led_bodies`) -> the state MEMBER_OF the body, role
    "leader" (rule member.led-body)."""
    for mention, ref in zip(args.mentions, args.refs):
        if ref is None or mention.source != "org-led":
            continue
        leader = args.mention_ref(args.doc[mention.token_start])
        if leader is not None and leader.label == "State":
            yield Candidate("MEMBER_OF", leader, ref, mention.token_end - 1, "member.led-body", role="leader",
                            nominal=True)


def named_parts(args: Arguments, candidates: list[Candidate]) -> Iterator[Candidate]:
    """A body whose name begins with another organization's name is part of it: "the UN Human Rights
    Committee", "United Nations Working Group on ...", "UN Assistance Mission in Afghanistan" ->
    PART_OF the organization (rule part.named-part). The rest of the name is a body of its own
    (:func:`kg.resolve.named_body`): "CNN International", "Samsung Group", "EU Commission", "9th
    Circuit Court of Appeals" or "UN Security Council Resolution 2254" say no part (or are the same
    body by another name). A state's organs are left to :func:`state_organs`."""
    doc = args.doc
    seen: set[Ref] = {c.source for c in candidates if c.type == "PART_OF"}
    forms: dict[str, set[Ref]] = {}
    for mention, ref in zip(args.mentions, args.refs):
        if ref is not None and ref.label == "Organization":
            for form in (mention.text.removeprefix("the "), mention.name, ref.name):
                forms.setdefault(form, set()).add(ref)
    for mention, ref in zip(args.mentions, args.refs):
        if ref is None or ref.label != "Organization" or ref in seen:
            continue
        span = doc[mention.token_start:mention.token_end]
        for cut in range(span.start + 1, span.end):
            owners = forms.get(doc[span.start:cut].text.removeprefix("the "), set()) - {ref}
            rest = doc[cut:span.end]
            if len(owners) == 1 and rest[0].is_title and span.root.i > cut and span.root.lower_ in args.lexicon.body_heads \
                    and named_body([t.lower_ for t in rest], args.lexicon):   # "Security Council", not "Court of Appeals"
                seen.add(ref)
                yield Candidate("PART_OF", ref, owners.pop(), span.root.i, "part.named-part", nominal=True)
                break


def units_within(args: Arguments, candidates: list[Candidate]) -> Iterator[Candidate]:
    """A body named with the body it belongs to: "the Oriental Studies Institute under the Russian
    Academy of Sciences" (any organization "under" an organization or a state), "the Research Center
    for Pacific Marine Resources at the University of Papua" (a unit, lexicon ``unit_heads``, "at" an
    organization) -> PART_OF (rule part.unit-of). A body another rule has placed is left to it."""
    doc = args.doc
    seen: set[Ref] = {c.source for c in candidates if c.type == "PART_OF"}
    for mention, ref in zip(args.mentions, args.refs):
        if ref is None or ref.label != "Organization" or ref in seen:
            continue
        root = doc[mention.token_start:mention.token_end].root
        for prep in root.children:
            if prep.dep_ != "prep" or prep.i < mention.token_end or prep.lower_ not in ("under", "at"):
                continue
            if prep.lower_ == "at" and root.lower_ not in args.lexicon.unit_heads:
                continue
            labels = ("Organization", "State") if prep.lower_ == "under" else ("Organization",)
            owners = {r for o in prep.children if o.dep_ == "pobj" for r in args.entities(o) if r.label in labels and r != ref}
            if len(owners) == 1:
                seen.add(ref)
                yield Candidate("PART_OF", ref, owners.pop(), prep.i, "part.unit-of", nominal=True)


def unit_members(args: Arguments, candidates: list[Candidate]) -> Iterator[Candidate]:
    """Whoever heads or serves in a unit of an organization, the unit placed in it in the same sentence,
    is a member of the organization ("Hu Kaihong, director of the State Council Information Office's
    Press Bureau", "director of the Second Asian Department at the Russian Foreign Ministry"; rule
    role.unit-member). A state's unit makes no member of the state: its officials have roles of their own."""
    parts = [c for c in candidates if c.type == "PART_OF" and c.source is not None and c.target is not None
             and c.target.label == "Organization"]
    held = {(c.source, c.target) for c in candidates if c.type in ROLE_TYPES}
    for role in candidates:
        if role.type not in ("LEADER_OF", "MEMBER_OF") or role.source is None or role.source.label != "Person" \
                or role.target is None or role.target.label != "Organization":
            continue
        for part in parts:
            if part.source == role.target and args.sent_of[part.trigger] == args.sent_of[role.trigger] \
                    and (role.source, part.target) not in held:
                held.add((role.source, part.target))
                title = f"{role.role} of the {role.target.name}" if role.role else ""
                yield Candidate("MEMBER_OF", role.source, part.target, role.trigger, "role.unit-member", role=title, nominal=True)


def partnered_groups(args: Arguments) -> Iterator[Candidate]:
    """ "the US-backed government of Yemen", "Iranian-funded militias": the first word's state or
    organization SUPPORTS the group the noun stands for (rule support.backed); "Iran-allied Houthi
    fighters": it is ALLIED_WITH the group (rule ally.allied-modifier)."""
    for word in tokens_among(args.doc, BACKED_WORDS | ALLIED_WORDS):
        if word.dep_ != "amod":
            continue
        relation, rule = ("SUPPORTS", "support.backed") if word.lower_ in BACKED_WORDS else ("ALLIED_WITH", "ally.allied-modifier")
        backers = [r for c in word.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                   for r in args.modifier_entities(c) if r.label in _ACTORS]
        head = word.head
        if head.lower_ in args.lexicon.state_descriptions:   # "the US-backed government, led by X": the state
            groups = [r for r in args.owners(head) if r.label == "State"] or \
                [r for r in args.description(head) if r.label == "State"]   # "Libya's UN-backed government"
        else:
            groups = [r for r in args.entities(head) if r.label in _ACTORS]
        for backer in backers[:1]:
            for group in groups:
                if group != backer:
                    yield Candidate(relation, backer, group, word.i, rule, nominal=True)


def member_states(args: Arguments) -> Iterator[Candidate]:
    """States a text names as members of a body (lexicon ``member_state_nouns`` after the body's name)
    are its members (rule member.named-members): in apposition ("fellow EU states Germany and Austria",
    "Poland, a NATO member"), right after the noun ("NATO ally Netherlands"), before "other" ("France,
    Germany and other EU states") or after "such as" ("EU member states such as France and Spain").
    Not would-be or past members (lexicon ``unmade_member_words``, ``past``), nor a state after "not"."""
    lexicon = args.lexicon
    for noun in tokens_among(args.doc, lexicon.member_state_nouns):
        if noun.pos_ not in ("NOUN", "PROPN") and noun.dep_ not in _NOMINAL_DEPS \
                or (noun.dep_ == "compound" and noun.head.lower_ in lexicon.member_state_nouns):
            continue   # "member" in "member states": the head noun speaks for both
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")]
        modifiers += [g for c in modifiers if c.lower_ in lexicon.member_state_nouns
                      for g in c.children if g.dep_ in ("compound", "nmod")]   # "EU" of "EU member states"
        if any(m.lower_ in lexicon.unmade_member_words or m.lower_ in lexicon.past for m in modifiers):
            continue
        bodies = [r for m in modifiers for r in args.modifier_entities(m) if r.label == "Organization"]
        if len(bodies) != 1:
            continue
        members = [t for c in noun.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1 for t in (c, *c.conjuncts)]
        # (an apposition right after the noun: "the EU states, Norway, the United States and Canada" is a list)
        members += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"
                    and any(a.lower_ == "such" for a in (*noun.children, *c.children)) for p in c.children
                    if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
        if noun.dep_ in ("appos", "compound") and noun.head.i != noun.i:
            members.append(noun.head)   # "Poland, a NATO member"; "NATO ally Netherlands"
        if noun.i + 1 < len(args.doc) and noun.whitespace_ and noun.dep_ != "compound":
            members.append(args.doc[noun.i + 1])   # "accused NATO ally Netherlands" (parsed as two objects)
        if any(m.lower_ == "other" for m in modifiers) and noun.dep_ == "conj":
            members += [t for t in noun.conjuncts if t.i < noun.i]   # "France, Germany and other EU states"
        states = {r for t in members if not (t.i > 0 and args.doc[t.i - 1].lower_ == "not")
                  for r in [args.mention_ref(t)] if r is not None and r.label == "State"}
        for state in sorted(states, key=lambda r: r.name):
            yield Candidate("MEMBER_OF", state, bodies[0], noun.i, "member.named-members", nominal=True)


def attended_where(args: Arguments) -> Iterator[Candidate]:
    """ "China's annual legislative sessions, where Premier Li Keqiang promised ...", "the summit, at
    which X said ...": who acts in a relative clause of place on a gathering was at it (rule
    attend.where); "where officials were to campaign" is a plan (row attend-where-were-to). Only an
    event the article names; "the city where ..." is a place."""
    for word in tokens_among(args.doc, ("where", "which")):
        verb = word.head
        if word.lower_ == "which":   # "at which": the relative pronoun is the object of "at"
            if word.dep_ != "pobj" or word.head.lower_ not in ("at", "during") or word.head.dep_ != "prep":
                continue
            verb = word.head.head
        elif word.dep_ != "advmod":
            continue
        if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
            continue
        event = args.mention_ref(verb.head)
        if event is None or event.label != "Event":
            continue
        # "rallies where officials were to campaign": the infinitive is what they do there, and a plan
        acted = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb) if verb.lemma_ == "be" else verb
        for source in args.entities_of(args.subjects(verb)):
            if source.label in _ACTORS and source != event:
                yield Candidate("ATTENDED", source, event, acted.i, "attend.where")


def stance_prefixes(args: Arguments) -> Iterator[Candidate]:
    """ "the anti-EU Party for Freedom", "the pro-Kremlin newspaper Izvestia", "D66, which is pro-EU":
    the group the prefixed word describes SUPPORTS (pro-) or CRITICIZED (anti-) the state, organization
    or person named after the prefix (rows stance-prefix*)."""
    doc = args.doc
    for prefix in tokens_among(doc, STANCE_PREFIXES):
        i = prefix.i
        if not stance_prefix_at(doc, i):
            continue
        named = [r for r in args.modifier_entities(doc[i + 2]) if r.label in _ACTORS]
        group = {i, i + 1, i + 2}
        outside = next((t.head for t in doc[i:i + 3] if t.head.i not in group), None)
        if not named or outside is None:
            continue
        if outside.pos_ in VERB_POS:   # "which are both pro-EU": the clause's subject
            holders = args.entities_of(args.subjects(outside))
        else:
            holders = args.entities(outside) or [r for c in outside.children if c.dep_ == "appos" for r in args.entities(c)]
        relation, rule = STANCE_PREFIXES[prefix.lower_]
        for holder in holders:
            if holder.label in _ACTORS and holder not in named:
                yield Candidate(relation, holder, named[0], prefix.i, rule, nominal=True)


def spoken_judgements(args: Arguments, frames: Iterable[Frame]) -> Iterator[Candidate]:
    """Judgements made in speech (lexicon ``judging_speech``: "said", "claimed", "insisted" ...).

    A speaker who says that someone did a wrong (``wrongdoing_verbs``), tried or planned to (an intend
    verb), or is behind or responsible for something (``culprit_words``) ACCUSED them (rule
    accuse.speech): "Warner said Russia sought to hijack our democratic process", "Trump claimed that
    Obama wiretapped Trump Tower", "he was wiretapped by Obama, Trump insisted". A speaker who says that
    someone, or someone's doing, is one of the verdicts of the criticism frames CRITICIZED them (rule
    criticize.speech): "Graham said Putin was a killer", "Merkel warned that Turkey's approach to
    democracy is deeply problematic". Not when the speech is negated, nor when the complement is
    negated, conditional ("whether") or modal ("could hack"), nor of anyone the speaker's own phrase
    names: "Taliban spokesman X said the group was behind the attack" claims it, accuses no one.
    Rows accuse-speech*, criticize-speech*."""
    lexicon = args.lexicon
    judged = next((f for f in frames if f.relation == "CRITICIZED" and f.verdicts), None)
    for verb in tokens_among(args.doc, lexicon.judging_speech, lemmas=lexicon.judging_speech):
        if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in lexicon.judging_speech \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _hedged(args, c)]
        if not clauses:
            continue
        said_by = args.subjects(verb)
        speakers = _allowed(args.entities_of(said_by), _ACTORS)
        own = {r for s in said_by for t in s.subtree for r in args.entities(t)}
        for clause in clauses:
            if _wrongdoing(args, clause):
                relation, rule = "ACCUSED", "accuse.speech"
                targets = _allowed(args.entities_of(args.subjects(clause)), _ACTORS)
            elif judged is not None and _judged(clause, judged.verdicts):
                relation, rule = "CRITICIZED", "criticize.speech"
                targets = _targets(args, args.subjects(clause), judged)
            else:
                continue
            for target in targets:
                if target in own:
                    continue
                for speaker in speakers:
                    if target != speaker:
                        yield Candidate(relation, speaker, target, verb.i, rule)


def demanded_redress(args: Arguments) -> Iterator[Candidate]:
    """A demand that someone undo or stop what they do criticises them (rule criticize.demand):
    "calling on Russia to immediately release the demonstrators", "demanded that Egypt free Hussein",
    "urged the minister to resign" (lexicon ``demand_verbs``, ``redress_verbs``; "call" only with
    "on"). Not a negated demand, nor a redress the clause negates ("urged X not to withdraw").
    Rows criticize-demand*."""
    lexicon = args.lexicon
    for verb in tokens_among(args.doc, lexicon.demand_verbs, lemmas=lexicon.demand_verbs):
        if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in lexicon.demand_verbs \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        called_on = [o for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ == "on" for o in p.children
                     if o.dep_ == "pobj"]
        if verb.lemma_.lower() == "call" and not called_on:
            continue   # "called for talks", "called it a mistake"
        addressees: list[Token] = []
        for clause in verb.children:
            if clause.dep_ not in ("xcomp", "ccomp", "advcl") or not lemma_keys(clause) & lexicon.redress_verbs \
                    or any(c.dep_ == "neg" for c in clause.children):
                continue
            if clause.dep_ == "ccomp":   # "demanded that Egypt release him"
                addressees += [c for c in clause.children if c.dep_ == "nsubj"]
            else:   # "urged X to resign", "called on X to release"
                addressees += called_on or [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS]
        targets = _allowed(args.entities_of(addressees), _ACTORS)
        for source in _allowed(args.entities_of(args.subjects(verb)), _ACTORS):
            for target in targets:
                if target != source:
                    yield Candidate("CRITICIZED", source, target, verb.i, "criticize.demand")


def _hedged(args: Arguments, clause: Token) -> bool:
    """A negated, conditional ("if", "whether", "unless") or modal ("could") clause: it says nothing happened."""
    return any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS)
               or (c.dep_ == "aux" and c.lower_ in args.lexicon.future_aux) for c in clause.children)


def _wrongdoing(args: Arguments, clause: Token) -> bool:
    """The clause says its subject did, tried or planned a wrong, or is behind or responsible for one."""
    lexicon = args.lexicon
    keys = lemma_keys(clause)
    if keys & lexicon.wrongdoing_verbs:
        return True
    if keys & lexicon.intend_verbs:   # "sought to hijack", "was attempting to interfere"
        return any(c.dep_ == "xcomp" and lemma_keys(c) & lexicon.wrongdoing_verbs
                   and not any(g.dep_ == "neg" for g in c.children) for c in clause.children)
    return "be" in keys and any(c.dep_ in ("acomp", "prep") and c.lower_ in lexicon.culprit_words for c in clause.children)


def _judged(clause: Token, verdicts: frozenset[str]) -> bool:
    """The clause is a copula whose predicate is one of the verdicts ("Putin is a killer", "the approach
    is deeply problematic", "the ban was a disgraceful act"), or one of coordinated predicates is ("the
    remarks were unnecessary and troubling")."""
    if clause.lemma_.lower() != "be":
        return False
    said = [p for c in clause.children if c.dep_ in ("acomp", "attr") for p in (c, *c.conjuncts)]
    return any(p.lemma_.lower() in verdicts or p.lower_ in verdicts
               or any(m.dep_ in ("amod", "compound") and m.lower_ in verdicts for m in p.children) for p in said)


def possessed_bodies(args: Arguments, candidates: list[Candidate]) -> Iterator[Candidate]:
    """A body named as another's is part of it: "the European Parliament's EPP Group", "DHS's Office
    of Intelligence and Analysis", "the Turkish government's Directorate of Religion" -> PART_OF the
    possessor (rule part.possessed-body). The body's name must carry a body word (lexicon
    ``state_bodies``; for an organization's part also ``body_words`` and ``unit_heads``, "Tsinghua
    University's School of Environment"): "Alibaba's Singles Day",
    "Russia's Gazprom" or "China's Wengfu Group" are no parts.
    A body whose owner another rule has read (a state's organ) is left to it."""
    doc, words = args.doc, args.lexicon.state_bodies | args.lexicon.body_words | args.lexicon.unit_heads
    seen: set[Ref] = {c.source for c in candidates if c.type == "PART_OF"}
    for mention, ref in zip(args.mentions, args.refs):
        if ref is None or ref.label != "Organization" or ref in seen or mention.token_start < 2:
            continue
        span = doc[mention.token_start:mention.token_end]
        if doc[span.start - 1].tag_ != "POS" or span.text.removeprefix("the ") != ref.name:
            continue   # (a name resolved to a longer one may be another body: "Ukraine's Security Council")
        owners = [r for r in args.entities(doc[span.start - 2]) if r.label in ("State", "Organization") and r != ref]
        body = args.lexicon.state_bodies if owners and owners[0].label == "State" else words
        if len(owners) == 1 and span.root.lower_ in body:   # "Russia's Interfax news agency" is no organ
            seen.add(ref)
            yield Candidate("PART_OF", ref, owners[0], span.root.i, "part.possessed-body", nominal=True)


def _state_words(args: Arguments, span: Span) -> list[Token]:
    """Where an organ's name gives its state: its first word ("Russian Foreign Ministry"), the word
    just before it ("Egypt's Court of Cassation", "the US Justice Department") or its closing "of"
    phrase ("the Supreme Court of Brazil"); a state word inside a longer name is no owner ("Free
    Syrian Army", "Northern Ireland Assembly")."""
    doc = args.doc
    words = [span[0]]
    before = span.start - 1
    if before >= 0 and doc[before].tag_ == "POS":
        before -= 1
    if before >= 0:
        words.append(doc[before])
    of = [t.i for t in span if t.lower_ == "of"]
    if of:
        words.extend(doc[of[-1] + 1:span.end])
    return words


@functools.lru_cache(maxsize=4)
def _frame_index(frames: tuple[Frame, ...]) -> tuple[dict[tuple[str, str], list[Frame]], frozenset[str]]:
    """(trigger kind, lemma) -> the frames it triggers, and all the lemmas: built once per frame set,
    not once per document."""
    index: dict[tuple[str, str], list[Frame]] = defaultdict(list)
    for frame in frames:
        for lemma in frame.lemmas:
            index[(frame.trigger, lemma)].append(frame)
    return dict(index), frozenset(lemma for _, lemma in index)


@functools.lru_cache(maxsize=4)
def _judging_verbs(frames: tuple[Frame, ...]) -> dict[str, frozenset[str]]:
    """Verbs that take a stance on someone or something (the verb triggers of the stance and
    accusation frames: "condemn", "welcome", "blame" ...), each with the verdicts it must give to
    judge: none for most, but a verb judging only by a verdict judges only when it gives one ("held
    the government responsible" judges, "held talks with X" does not; see :func:`_judging_here`)."""
    gated: dict[str, set[str]] = defaultdict(set)
    always: set[str] = set()
    for frame in frames:
        if frame.trigger == "verb" and frame.relation in JUDGING:
            for lemma in frame.lemmas:
                if frame.verdicts:
                    gated[lemma] |= frame.verdicts
                else:
                    always.add(lemma)
    return {lemma: frozenset() if lemma in always else frozenset(gated.get(lemma, ())) for lemma in always | set(gated)}


def _judging_here(verb: Token, judging: dict[str, frozenset[str]], likening: frozenset[str]) -> bool:
    """The verb judges in this sentence: a judging verb, giving its verdict if it needs one."""
    verdicts = judging.get(verb.lemma_.lower())
    return verdicts is not None and (not verdicts or _judges(verb, verdicts, likening))


@functools.lru_cache(maxsize=4)
def _surface_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Every word :func:`kg.nlp.lemma_keys` could map to one of the lemmas (the lemma and its regular
    forms): the tokens worth a look, found on the Doc's arrays."""
    forms = set(lemmas)
    for lemma in lemmas:
        for ending, repl in REGULAR_ENDINGS:
            if lemma.endswith(repl):
                forms.add(lemma[: len(lemma) - len(repl)] + ending)
    return frozenset(forms)


def _allowed(refs: list[Ref], labels: frozenset[str]) -> list[Ref]:
    return [r for r in refs if r.label in labels]


def _is_arms(args: Arguments, token: Token) -> bool:
    words = args.lexicon.arms_nouns
    return any(t.lower_ in words or t.lemma_.lower() in words for t in args.expand(token))


def _theme_ok(args: Arguments, verb: Token, frame: Frame) -> tuple[bool, list[Token]]:
    """Whether the verb's object fits the frame's theme; and target tokens the theme implies."""
    if not frame.theme:
        return True, []
    objects = [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS]
    if frame.theme == "arms":
        if any(_is_arms(args, o) for o in objects):
            return True, []
        with_objects = args.objects(verb, "prep:with")
        if with_objects and any(_is_arms(args, o) for o in with_objects):
            return True, objects   # "supplied Russia with weapons": the direct object receives
        return False, []
    if frame.theme == "agreement":
        nouns = args.lexicon.agreement_nouns
        return any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in objects), []
    if frame.theme == "claim":
        return any(o.lower_ in args.lexicon.claim_nouns or o.lemma_.lower() in args.lexicon.claim_nouns for o in objects), []
    return False, []


def _is_meeting_noun(args: Arguments, token: Token) -> bool:
    """ "talks with X", "X and Y held talks": a meeting of the parties (MET), not an event someone
    attended or organized."""
    if not {token.lower_, token.lemma_.lower()} & args.lexicon.meeting_nouns:
        return False   # "Erdogan's comparisons with the Nazis": no meeting, whatever follows "with"
    if any(c.dep_ == "prep" and c.lower_ in _MEETING_PREPS for c in token.children):
        return token.lemma_.lower() not in args.lexicon.joint_events   # "a news conference with Y" is attended
    if token.dep_ not in DIRECT_OBJECT_DEPS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _MEETING_PREPS for c in token.head.children):
        return True   # "held a meeting with Mr Kenny at City Hall": the parse hangs the partner on the verb (row organize-not-a-meeting-with)
    subjects = args.subjects(token.head)
    return bool(subjects) and len(args.expand(subjects[0])) > 1


def _targets(args: Arguments, tokens: list[Token], frame: Frame) -> list[Ref]:
    tokens = [t for t in tokens if not ("Event" in frame.target and _is_meeting_noun(args, t))
              and t.lemma_.lower() not in frame.not_targets]
    if frame.relation == "ORGANIZED":   # "launched an attack on X": the attack on X is what is told (ATTACKED,
        # or CRITICIZED when it is one of words), not an event organized; "claimed the attack on X" stays
        tokens = [t for t in tokens if not (t.dep_ in DIRECT_OBJECT_DEPS and t.lemma_.lower() in args.lexicon.assault_nouns
                                            and any(p.dep_ == "prep" and p.lower_ in ("on", "against") for p in t.children))]
    if frame.relation in STANCES:
        judged = bool(frame.verdicts)
        if judged:   # "calling it a flagrant interference": "it" is the measure, not whoever "it" may resolve to
            tokens = [t for t in tokens if t.lower_ not in _THING_PRONOUNS]
        objects = [(t, _stance_object(args, _partitive_whole(t), judged)) for t in tokens]
        owned = [r for t, o in objects if o is not t for r in args.modifier_entities(o)]
        plain = [t for t, o in objects if o is t]
        return _allowed(list(dict.fromkeys(owned + args.entities_of(plain))), frame.target)
    return _allowed(args.entities_of(tokens), frame.target)


def _partitive_whole(token: Token) -> Token:
    """The whole a quantity is taken from ("denounced many of Trump's proposals": his proposals), else
    the token. Row criticize-partitive-object."""
    if token.lower_ not in _PARTITIVES:
        return token
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), token)


def _stance_object(args: Arguments, token: Token, judged: bool = False) -> Token:
    """A stance towards someone's doing is towards them: the owner of an unnamed happening or a
    common noun — its possessor ("denounced Mohamed's election", "backed Argentina's bid"), else a
    named modifier ("slammed US sanctions", "condemned Russian aggression"), else whoever it is "made by"
    ("said the claim made by the Thai government was ludicrous"; row criticize-speech-made-by), else its
    "of" phrase ("condemned the actions of the Rotterdam police"); anything ``judged`` by a verdict belongs to its
    named modifier ("called the Pentagon report absurd")."""
    mention = args.mention_at(token)
    if token.pos_ != "NOUN" or (mention is not None and mention.source != "event-noun"):
        return token
    if any(c.dep_ == "prep" and c.lower_ in _STANCE_PREPS and not (judged and c.lower_ == "to") for c in token.children):
        return token   # "reaffirmed the US' support for NATO": a stance of its own, towards NATO (what a
        # verdict likens to is none: "compared the German rally ban to Nazi practices")
    if token.lower_ in args.lexicon.relative_nouns or token.lower_ in args.lexicon.role_heads:
        return token   # "praised Trump's predecessor", "slammed Putin's spokesman": someone else
    # a named modifier or "of" phrase owns only what someone does or holds ("US sanctions", "the
    # actions of the police"), not "Syrian refugees"; never a claim ("the Kushner allegations" are
    # about him, not his)
    lexicon = args.lexicon
    owned = (judged or token.lower_ in lexicon.stance_object_nouns) and token.lower_ not in lexicon.claim_nouns
    modifiers = ("compound", "amod", "nmod") if owned else ()
    nested = [g for c in token.children if c.dep_ == "compound" for g in c.children]   # "the US missile deployment"
    for deps in (("poss",), modifiers):
        owners = [c for c in [*token.children, *nested] if c.dep_ in deps and args.modifier_entities(c)]
        if owners:
            return owners[0]
    # "the claim made by the Thai government", "the decision taken by the IPC": its doer's
    made = [o for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lexicon.doing_verbs
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj" and args.entities(o)]
    if made:
        return made[0]
    of = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
          if o.dep_ == "pobj" and args.entities(o)]
    return of[0] if of and owned else token


def _verb_frame(args: Arguments, verb: Token, frame: Frame) -> Iterator[Candidate]:
    if frame.inverse:
        yield from _inverse_frame(args, verb, frame)
        return
    if frame.requires and not any(
        c.dep_ in DIRECT_OBJECT_DEPS and c.lemma_.lower() in frame.requires for c in verb.children
    ):
        return
    if frame.inferred and any(c.dep_ == "neg" for c in verb.children):
        return   # "did not respond to questions at his meetings": he was there all the same
    if frame.verdicts and not _judges(verb, frame.verdicts, args.lexicon.likening_verbs):
        return
    if any(c.dep_ in frame.excludes for c in verb.children):   # "went missing in X" is no journey
        return
    if not frame.reciprocal and not _has_adverb(verb, frame):
        return   # "fired back at X" is a retort, "fired at X" is not
    ok, implied = _theme_ok(args, verb, frame)
    if not ok:
        return
    sources = _allowed(args.entities_of(args.subjects(verb) + args.additive(verb)), frame.source)
    if not sources and frame.object[0] not in ("topic",):
        return
    pending = next((slot for slot in frame.object if slot in ("claimant", "topic")), "")
    if pending == "claimant":   # "rejected Erdogan's claims": the claimant is named
        owners = [r for o in verb.children if o.dep_ in DIRECT_OBJECT_DEPS for c in o.children if c.dep_ == "poss"
                  for r in args.modifier_entities(c) if r.label in frame.target]
        if owners:
            for source in sources:
                for owner in owners:
                    if source != owner:
                        yield Candidate(frame.relation, source, owner, verb.i, frame.id, happening=frame.happening)
            return
    if pending:
        for source in sources:
            yield Candidate(frame.relation, source, None, verb.i, frame.id, pending=pending, happening=frame.happening)
        return
    targets: list[Ref] = _targets(args, implied, frame) if implied else []
    held = implied
    for slot in frame.object:
        if targets:
            break
        held = args.objects(verb, slot)
        targets = _targets(args, held, frame)
    if targets and frame.relation == "ATTENDED":
        sources = sources + [r for r in _joint_partners(args, held, frame) if r not in sources]
    relation, rule = frame.relation, frame.id
    if not targets and len(sources) > 1 and any(_each_other(t) for slot in frame.object for t in args.objects(verb, slot)):
        pairs = combinations if relation in SYMMETRIC_TYPES else permutations
        for a, b in pairs(sources, 2):   # "X and Y accused each other": each accused the other
            if b.label in frame.target:
                yield _retyped(args, verb, Candidate(relation, a, b, verb.i, rule, happening=frame.happening))
        return
    if relation == "LEADER_OF" and held and all(_detachment(args, t) for t in held):
        relation, rule = "MEMBER_OF", "lead.detachment"   # "X is leading a Russian delegation": Russia's official
    if targets:
        for source in sources:
            for target in targets:
                if source != target:
                    yield _retyped(args, verb, Candidate(relation, source, target, verb.i, rule,
                                                         happening=frame.happening))
    elif frame.reciprocal and len(sources) > 1 and _has_adverb(verb, frame) and not _has_object(verb):
        for a, b in combinations(sources, 2):
            yield Candidate(frame.relation, a, b, verb.i, frame.id, happening=frame.happening)


def _inverse_frame(args: Arguments, verb: Token, frame: Frame) -> Iterator[Candidate]:
    """A verb whose subject is what its objects take part in (frame ``inverse``): "the debate involving
    the five largest parties, DUP, Sinn Fein and the SDLP" (each party, and each name a plural object
    lists, attended it), "consultations, which featured Deputy Foreign Ministers X and Y". A body's
    session is its members' ("the first session of a task force comprising representatives of A and B").
    A negated verb says nothing ("the talks did not include X"), and weapons and their makers take no
    part ("drills involving Sukhoi Su-27 jets"). A body including states or people has them as members
    ("the Shanghai Cooperation Organization includes Russia, China ...", frame member.body-includes).
    Rows attend-involving*, member-body-includes*."""
    if any(c.dep_ == "neg" for c in verb.children):
        return
    held = [_sitting_body(args, s) for s in args.subjects(verb)]
    if frame.relation == "MEMBER_OF":   # a body named as the subject ("the SCO includes Russia, China ..."), or
        # the one a relative pronoun stands for; not one owning the subject ("NATO's plan includes Turkey")
        held = [s for s in held if args.mention_ref(s) is not None or s.tag_ == "WDT"]
    targets = _targets(args, held, frame)
    members = [m for slot in frame.object for o in args.objects(verb, slot) for m in (o, *_named_instances(o))
               if not {m.lower_, m.lemma_.lower()} & args.lexicon.arms_nouns]   # "drills involving ... Sukhoi
    # Su-27 jets": a weapon's maker takes no part
    for source in _allowed(args.entities_of(members), frame.source) if targets else []:
        for target in targets:
            if source != target:
                yield Candidate(frame.relation, source, target, verb.i, frame.id, happening=frame.happening)


def _sitting_body(args: Arguments, token: Token) -> Token:
    """The gathering of a body the token names: "session" for "task force" in "the first session of a
    task force comprising ..."; the event whose attendees the token names ("the mourners at the
    funeral included X", "funeral guests included X", lexicon ``attendee_nouns``; rows
    attend-attendees-included*); else the token itself."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in NOUN_POS:
        return head.head
    if token.lower_ in args.lexicon.attendee_nouns:
        events = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "in")
                  for o in p.children if o.dep_ == "pobj" and (o.lower_ in args.lexicon.event_nouns or _names_event(args, o))]
        events += [c for c in token.children if c.dep_ == "compound" and c.lower_ in args.lexicon.event_nouns]
        if events:
            return events[0]
    return token


def _names_event(args: Arguments, token: Token) -> bool:
    ref = args.mention_ref(token)
    return ref is not None and ref.label == "Event"


def _each_other(token: Token) -> bool:
    """A reciprocal pronoun ("each other", "one another"): the verb's coordinated subjects are each
    other's objects. Rows reciprocal-object*."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return (before, token.lower_) in _RECIPROCAL_PRONOUNS or (token.lower_, after) in _RECIPROCAL_PRONOUNS


def _detachment(args: Arguments, token: Token) -> bool:
    """A body a state or organization sends, unnamed (lexicon ``detachment_nouns``: "a Russian
    delegation", "Syrian troops"): who leads it serves its owner. Row lead-detachment."""
    if token.dep_ == "appos" and args.mention_ref(token.head) is not None:
        return False   # "Solamere Capital, an investment team headed by X": the named body itself
    return args.mention_ref(token) is None and listed_noun(token, args.lexicon.detachment_nouns)


def _joint_partners(args: Arguments, events: list[Token], frame: Frame) -> list[Ref]:
    """Those an event was held side by side with (lexicon joint_events): "X said at a news conference
    with Y", Y attended it too. Rows attend-joint*."""
    partners = [o for e in events if e.lemma_.lower() in args.lexicon.joint_events for o in args.objects(e, "prep:with")]
    return _allowed(args.entities_of(partners), frame.source) if partners else []


def _predicative(token: Token) -> bool:
    """A word that says what its subject is: a predicate adjective ("X was critical of Y", "X is
    opposed to Y") or a stative passive with no agent ("Hezbollah, which is allied with Iran")."""
    if token.dep_ == "acomp":
        return True
    children = list(token.children)
    return token.tag_ == "VBN" and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children) \
        and not any(c.dep_ == "agent" for c in children)


def _adjective_frame(args: Arguments, word: Token, frame: Frame) -> Iterator[Candidate]:
    """Predicate adjectives: the subject of the clause stands to the object of the adjective's
    preposition as the frame says ("X remained supportive of Y": X SUPPORTS Y)."""
    if word.dep_ == "acomp":
        subjects = args.subjects(word.head) + args.additive(word.head)
    else:
        subjects = [c for c in word.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if word.dep_ == "relcl" and subjects and all(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
            subjects = [word.head]
    sources = _allowed(args.entities_of(subjects), frame.source)
    targets: list[Ref] = []
    for slot in frame.object:
        if targets:
            break
        targets = _targets(args, args.objects(word, slot), frame)
    for source in sources:
        for target in targets:
            if source != target:
                yield Candidate(frame.relation, source, target, word.i, frame.id, happening=frame.happening)


def _judges(verb: Token, verdicts: frozenset[str], likening: frozenset[str]) -> bool:
    """The verb calls its object one of the verdicts: a predicate of the object ("called the sanctions
    illegal", "a provocation"; any of coordinated verdicts: "unnecessary and troubling"), an "as"
    phrase ("described the report as absurd", "slams claims as lies"; the parse may hang it on the
    object), what a likening verb likens it to ("compared the rally ban to Nazi practices"; lexicon
    ``likening_verbs``, row criticize-liken) or a noun set beside the object ("branded the decision a
    hostile act")."""
    said = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "attr", "ccomp")]
    likened = ("to", "with") if verb.lemma_.lower() in likening else ()   # "likened X to a banana republic"
    said += [o for p in verb.children if p.dep_ == "prep" and (p.lower_ == "as" or p.lower_ in likened) for o in p.children]
    said += [o for d in verb.children if d.dep_ in DIRECT_OBJECT_DEPS for p in d.children   # (the parse may hang it
             if p.dep_ == "prep" and (p.lower_ == "as" or p.lower_ in likened) for o in p.children]   # on the object)
    said += [a for o in verb.children if o.dep_ in DIRECT_OBJECT_DEPS for a in o.children if a.dep_ == "appos"]
    # the small parse's misreadings of a verdict: an adjective after the object taken for its modifier
    # ("called Tillerson's answers deeply troubling"), a verdict noun taken for the object of a
    # participle before it ("called King a stark, raving racist"); rows criticize-verdict-after-object*
    said += [a for o in verb.children if o.dep_ in DIRECT_OBJECT_DEPS for a in o.children if a.dep_ == "amod" and a.i > o.i]
    said += [o for t in list(said) if t.pos_ == "VERB" for o in t.children if o.dep_ in DIRECT_OBJECT_DEPS]
    said += [c for t in list(said) for c in t.conjuncts]   # "called them unnecessary and troubling"
    return any(t.lemma_.lower() in verdicts or t.lower_ in verdicts
               or any(m.dep_ in ("amod", "compound") and m.lower_ in verdicts for m in t.children) for t in said)


def _retyped(args: Arguments, trigger: Token, candidate: Candidate) -> Candidate:
    """What a reading says once its ends are known. A news conference or a briefing someone "held" or
    "gave" is one they spoke at, not an event they organized (lexicon ``briefing_events``; rule
    attend.held-briefing). One person "attacking" another in the news is words, not blows (lexicon
    ``verbal_attack_verbs``) unless its sentence tells of harm (lexicon ``harm_words``), and so is an
    attack called one of words, whoever makes it ("rhetorical attacks", lexicon
    ``verbal_attack_modifiers``): CRITICIZED (rule criticize.verbal-attack). A war
    fought by other means ("a diplomatic battle", "a trade war", "a war of words", lexicon
    ``figurative_war_modifiers``) makes rivals (rule rival.figurative-war)."""
    if candidate.type == "AT_WAR_WITH" and any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in args.lexicon.figurative_war_modifiers
            or c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in args.lexicon.figurative_war_modifiers for o in c.children)
            for c in trigger.children):
        return replace(candidate, type="RIVAL_OF", rule="rival.figurative-war")
    if candidate.type == "ORGANIZED" and candidate.target is not None and candidate.target.label == "Event" \
            and any(candidate.target.name.lower().endswith(e) for e in args.lexicon.briefing_events):
        return replace(candidate, type="ATTENDED", rule="attend.held-briefing")
    if candidate.type != "ATTACKED" or candidate.source is None:
        return candidate
    verbal_verb = trigger.lemma_.lower() in args.lexicon.verbal_attack_verbs
    by_a_person = verbal_verb and candidate.source.label == "Person"
    person_on_person = by_a_person and candidate.target.label == "Person" \
        and not any(t.lower_ in args.lexicon.harm_words for t in trigger.sent)   # (knives and wounds: blows)
    in_words = any(c.dep_ in ("amod", "compound") and c.lower_ in args.lexicon.verbal_attack_modifiers for c in trigger.children)
    if person_on_person or by_a_person and _for_a_reason(trigger, args.lexicon) or in_words:
        return replace(candidate, type="CRITICIZED", rule="criticize.verbal-attack")
    return candidate


def _for_a_reason(verb: Token, lexicon: Lexicon) -> bool:
    """A person "attacked the CIA for the leaks", "attacked Obama over his Syria policy", "attacked X by
    saying ...": an attack with a grievance or a saying is one of words; "for hours" or "for the second
    time" is no reason. Row attack-for-a-reason."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "over"):
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if any(not any(t.ent_type_ in _COUNTED_ENTITIES or t.like_num for t in o.subtree)
                   and o.lemma_.lower() not in lexicon.date_units | _TIMES for o in objects):
                return True
        if (child.dep_ == "advcl" or child.dep_ == "prep" and child.lower_ == "by") \
                and any(t.lemma_.lower() in lexicon.judging_speech for t in child.subtree):
            return True
    return False


def _has_object(verb: Token) -> bool:
    """A reciprocal reading needs an intransitive use: "X and Y met", not "X and Y host troops"."""
    return any(c.dep_ in DIRECT_OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)


def _has_adverb(verb: Token, frame: Frame) -> bool:
    if not frame.adverbs:
        return True
    return any(t.dep_ in ("advmod", "prt") and t.lower_ in frame.adverbs for t in verb.subtree if t.head == verb or t.head.head == verb)


def _noun_frame(args: Arguments, noun: Token, frame: Frame, judging: dict[str, frozenset[str]]) -> Iterator[Candidate]:
    named = args.mention_ref(noun)
    if named is not None and named.label in _NAME_LABELS:
        return   # "Department" of "the Goa Department of Tourism" is part of a name, no description
    if frame.governors and noun.head.lemma_.lower() not in frame.governors and not _modified(noun, frame.modifiers):
        return
    if frame.theme == "arms" and not any(
        _is_arms(args, o) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ) and not any(_is_arms(args, c) for c in noun.children if c.dep_ == "compound"):
        return
    if frame.relation == "SUPPORTS" and noun.dep_ in DIRECT_OBJECT_DEPS \
            and noun.head.lemma_.lower() in args.lexicon.receiving_verbs \
            and not any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.children):   # ("retains confidence in X": given)
        yield from _received(args, noun, frame)
        return
    sources, via_verb = _noun_sources(args, noun, frame)
    if via_verb and frame.relation not in JUDGING and _judging_here(noun.head, judging, args.lexicon.likening_verbs):
        sources, via_verb = [], False   # "condemned the attack on X": who attacked, the sentence does not say
    if sources and not via_verb and noun.dep_ in DIRECT_OBJECT_DEPS \
            and noun.head.lemma_.lower() in args.lexicon.expressing_verbs:
        speakers = _allowed(args.entities_of(args.subjects(noun.head)), frame.source)   # "Tillerson reiterates US support"
        sources = sources + [r for r in speakers if r not in sources]
    pairs: list[tuple[Ref, Ref]] = []
    for slot in frame.object:
        if slot == "between":
            members = _allowed(_between_members(args, noun), frame.target)
            pairs += list(combinations(members, 2))
        elif slot == "appos":   # "US allies South Korea and Japan"
            named = [c for c in noun.children if c.dep_ == "appos"]
            pairs += [(s, t) for s in sources or [None] for t in _targets(args, named, frame)]
        elif slot == "pair":   # "the US-Japan alliance"
            members = _allowed(_modifier_names(args, noun), frame.target)
            pairs += list(combinations(members, 2)) if len(members) > 1 and not sources else []
        elif slot == "compound":   # "NATO member Turkey", "EU member states such as Spain": the body
            bodies = _allowed(_modifier_names(args, noun, deps=_COMPOUND_DEPS), frame.target)
            pairs += [(s, t) for s in sources for t in bodies]
        elif slot == "owner":   # "the EU statistics office, Eurostat", "the UN's refugee agency (UNHCR)"
            owners = [r for c in noun.children if c.dep_ in ("poss", *_COMPOUND_DEPS)
                      and not any(t.is_punct for t in args.doc[c.i + 1:noun.i])   # not "in China - subsidiaries X"
                      for r in args.modifier_entities(c)]
            owners = _allowed(owners, frame.target)
            pairs += [(s, t) for s in sources for t in owners[:1]]
        elif slot == "goes-to":
            if noun.dep_ == "nsubj" and noun.head.lemma_ in ("go", "come", "head"):
                pairs += [(s, t) for s in sources or [None] for t in _targets(args, args.objects(noun.head, "prep:to"), frame)]
        else:
            objects = args.objects(noun, slot)
            if not objects and slot.startswith("prep:") and noun.dep_ in DIRECT_OBJECT_DEPS and (
                    frame.governors or noun.head.lemma_.lower() in args.lexicon.holding_verbs):
                # "voiced frustration over X", "held talks on Monday with X": the parse hangs the noun's
                # phrase on its governing verb (row meet-held-talks-with-on-the-verb)
                objects = [o for o in args.objects(noun.head, slot) if o.i > noun.i]
            pairs += [(s, t) for s in sources or [None] for t in _targets(args, objects, frame)]
        if pairs:
            break
    if not pairs and frame.reciprocal and via_verb and len(sources) > 1 and noun.dep_ in DIRECT_OBJECT_DEPS \
            and noun.head.lemma_.lower() in args.lexicon.holding_verbs:   # "X and Y held talks"
        pairs = list(combinations(sources, 2))
    agent_named = _possessor_named(args, noun)
    for source, target in pairs:
        if source == target:
            continue
        if frame.relation == "MET" and source is not None and source.label == target.label == "State":
            continue   # "Russian-Japanese talks", "negotiations between the Palestinians and the Israelis": no meeting of people
        if source is None and frame.relation == "MET":
            continue   # "haggle over a summit with Trump": who meets him the sentence does not say
        if source is None and (frame.stated_agent or agent_named):
            continue   # "Tom Smith's fight against Microsoft": the agent is named, and not one the relation takes
        if source is None:
            yield Candidate(frame.relation, None, target, noun.i, frame.id, nominal=True, pending="agent",
                            happening=frame.happening, agents=tuple(sorted(frame.source)))
        else:
            yield _retyped(args, noun, Candidate(frame.relation, source, target, noun.i, frame.id, nominal=not via_verb,
                                                 happening=frame.happening))


def _between_members(args: Arguments, noun: Token) -> list[Ref]:
    """The parties a noun's "between" phrase names: its objects and their conjuncts, and the other names
    a person's name set beside a title inside it where the parse tangled a titled pair ("a meeting between
    US President Donald Trump and German Chancellor Angela Merkel": Trump in apposition to "President", hung
    on Merkel's title). Row between-titled-pair."""
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"]
    members = args.entities_of([o for p in preps for o in p.children if o.dep_ == "pobj"])
    for token in (t for p in preps for t in p.subtree):
        ref = args.mention_ref(token)
        if ref is not None and ref.label == "Person" and ref not in members and token.dep_ == "appos" \
                and token.head.lower_ in args.lexicon.roles:
            members.append(ref)
    return members


def _possessor_named(args: Arguments, noun: Token) -> bool:
    """The noun's possessor is a name: whoever the relation's agent is, the text does not leave it to
    the discourse. Row noun-agent-possessor."""
    return any(args.modifier_entities(c) for c in noun.children if c.dep_ == "poss")


def _modified(noun: Token, modifiers: frozenset[str]) -> bool:
    """The noun carries one of the adjectives, as its own or its conjunct head's modifier ("close ties
    with X", "close political and economic ties with X") or as its predicate ("relations between X and
    Y had been warm"), not under a negation; not "ties with X have soured". Rows cooperate-ties-modified*."""
    if not modifiers:
        return False
    holders = [noun, noun.head] if noun.dep_ == "conj" else [noun]
    if any(c.dep_ == "amod" and c.lower_ in modifiers for h in holders for c in h.children):
        return True
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "neg" for c in verb.children) \
        and any(c.dep_ == "acomp" and c.lower_ in modifiers for c in verb.children)


def _received(args: Arguments, noun: Token, frame: Frame) -> Iterator[Candidate]:
    """ "X has the backing of Y", "X won the support of Y": the "of"/"from" phrase gives, the verb's
    subject receives (lexicon ``receiving_verbs``)."""
    givers = _allowed(args.entities_of(args.objects(noun, "prep:of") + args.objects(noun, "prep:from")), frame.source)
    takers = _allowed(args.entities_of(args.subjects(noun.head)), frame.target)
    for giver in givers:
        for taker in takers:
            if giver != taker:
                yield Candidate(frame.relation, giver, taker, noun.i, frame.id, nominal=False)


def _charge(args: Arguments, noun: Token) -> Token | None:
    """The verb that charges someone with the crime the noun names, or convicts them of it ("X was
    charged with the murder of Y", "prosecutors accused X of the killing of Y", "convicted for the
    murder of Y"; lexicon ``charge_verbs``): the one charged did it, as the charge says. Row
    attack-charged-with."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("with", "of", "for") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head if prep.head.lemma_.lower() in args.lexicon.charge_verbs else None


def _on_a(noun: Token, frame: Frame | None = None) -> Token | None:
    """ "X is on a visit to Y", "X was in talks with Y", "X said at a meeting with Y", "X adopted
    measures in cooperation with Y": the verb whose subject is the noun's agent. After a meeting or a
    visit only those who took part come out of it ("After a meeting with Merkel, Trump said ...",
    "Kenny returned after a visit to the US"); after an attack anyone may speak. Rows
    meet-after-meeting, visit-after-a-visit."""
    prep = noun.head
    # (not when the noun says whose it was: "his visit", "a visit to Moscow by Chinese officials")
    after = frame is not None and frame.relation in _TAKEN_PART and prep.lower_ in _AFTER_PREPS \
        and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)
    if after and noun.dep_ in DIRECT_OBJECT_DEPS and prep.dep_ == "prep":   # "Following talks with X, Y ...",
        return prep.head if prep.head.pos_ in ("VERB", "AUX") else None   # "following" parsed as a verb
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "in", "during", "at") and not after:
        return None
    if prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    if prep.head.dep_ in DIRECT_OBJECT_DEPS and prep.head.head.pos_ in ("VERB", "AUX"):
        return prep.head.head
    return None


def _modifier_names(args: Arguments, noun: Token, deps: frozenset[str] = _MODIFIER_DEPS) -> list[Ref]:
    """Distinct entities among the noun's pre-modifiers ("US", "Japan" in "the US-Japan alliance").

    Each modifier stands for one name, the widest that holds it: "U.S." inside "U.S. Navy submarine
    operations" is the Navy's, not a second party to them; and a bracketed gloss or an apposition
    on a modifier ("an ASEAN (Association of Southeast Asian Nations) initiative") names nothing new.
    Rows cooperate-joint-one-name*."""
    found: list[Ref] = []
    for token in _own_modifiers(noun):
        if token.dep_ in deps:
            for t in sorted(_modifier_tokens(token), key=lambda t: t.i):
                ref = args.widest_ref(t, outside=noun)
                if ref is not None and ref not in found:
                    found.append(ref)
    return found


def _own_modifiers(noun: Token) -> list[Token]:
    """The noun's pre-modifiers back to a determiner, a possessive or a bracket or comma: "RCEP (...),
    an ASEAN (...) initiative" is ASEAN's initiative, whatever the parse hung on it."""
    own = []
    for token in reversed(list(noun.lefts)):
        if token.dep_ in ("det", "poss") or (token.is_punct and token.text not in ("-", "\u2013", "/")):
            break
        own.append(token)
    return own[::-1]


def _modifier_tokens(token: Token) -> Iterator[Token]:
    """The modifier and the words it is made of, without glosses: nothing in brackets, under an
    apposition, a clause or a preposition."""
    yield token
    for child in token.children:
        if child.dep_ in ("appos", "relcl", "acl", "prep", "punct", "parataxis") or child.text in ("(", "["):
            continue
        if child.i > 0 and token.doc[child.i - 1].text in ("(", "["):
            continue
        yield from _modifier_tokens(child)


def _noun_sources(args: Arguments, noun: Token, frame: Frame) -> tuple[list[Ref], bool]:
    """The source of a noun trigger, and whether it came from the governing verb (not presupposed)."""
    for slot in frame.subject:
        if slot in ("poss", "compound", "amod"):
            tokens = [c for c in noun.children if c.dep_ == slot or (slot == "compound" and c.dep_ == "nmod")]
            refs = _allowed([r for t in tokens for r in args.modifier_entities(t)], frame.source)
        elif slot == "named":   # a name, not a nationality ("ISIL supporters (Pakistani)" are no state's)
            named = [t for t in _named_instances(noun) if (m := args.mention_at(t)) is None or m.source != "demonym"]
            refs = _allowed(args.entities_of(named), frame.source)
        elif slot == "appos" and (standing := _one_of(first_conjunct(noun))).dep_ == "appos":   # "Japan, a close ally of
            refs = _allowed(args.entities_of([standing.head]), frame.source)   # the United States"; "X, a leader and critic of Y"
        elif slot == "prep:by" and any(c.dep_ == "poss" for c in noun.children):
            refs = []   # "criticized for his support of X by Y": a possessor is the agent; "by Y" is the clause's
        elif slot.startswith("prep:"):
            refs = _allowed(args.entities_of(args.objects(noun, slot)), frame.source)
        elif slot == "verb" and (verb := _on_a(noun, frame) or (noun.head if noun.dep_ in DIRECT_OBJECT_DEPS else None)) is not None:
            refs = _allowed(args.entities_of(args.subjects(verb) + args.additive(verb)), frame.source)
            if refs:
                return refs, True
        elif slot == "charged" and (verb := _charge(args, noun)) is not None:
            refs = _allowed(args.entities_of(args.acted_on(verb)), frame.source)
            if refs:
                return refs, True
        elif slot in ("copula", "appos") and (standing := _one_of(noun)).dep_ == "attr":   # "Japan is an ally of ..."
            refs = _allowed(args.entities_of(args.subjects(standing.head)), frame.source)
            if refs:
                return refs, True
        else:
            refs = []
        if refs:
            return refs, False
    return [], False


def _one_of(noun: Token) -> Token:
    """The word a noun stands in for when one of several is meant ("X is one of the earliest supporters
    of Y", "X, one of the fiercest critics of Y": "one"), else the noun. Row support-one-of-several."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _PARTITIVES and prep.head.i < noun.i:
        return prep.head
    return noun


def _named_instances(noun: Token) -> list[Token]:
    """Named instances: the names a noun lists or titles, so that what the noun says of its members
    is said of each ("NATO members Turkey and Greece", "other EU states, including Spain",
    "EU countries such as Italy and Greece", "NATO member Turkey"). Coordinated names follow
    through :meth:`Arguments.entities_of`. Sentence-table rows: member-list-*."""
    tokens = [c for c in noun.children if c.dep_ == "appos" and not _listed_beside(noun, c)]
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in (*prep.children, *noun.children))
        if prep.lower_ in _LISTING_PREPS or such_as:
            tokens += [o for o in prep.children if o.dep_ == "pobj"]
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:
        tokens.append(noun.head)   # "NATO member Turkey": the title before the name
    return tokens


def _listed_beside(noun: Token, appos: Token) -> bool:
    """A plural noun that is itself an item of a list ("Among them are the EU states, Norway, the
    United States and Ukraine"): the names after its comma are the list's other items, not its members."""
    doc = noun.doc
    return noun.tag_ in ("NNS", "NNPS") and appos.i > noun.i + 1 and doc[noun.i + 1].text == "," \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def infer_visits(args: Arguments, candidates: list[Candidate], gazetteer: Gazetteer) -> Iterator[Candidate]:
    """ATTENDED(X, event) in place P of state S, X serving another state -> VISITED(X, S)."""
    home = _home_states(candidates)
    for c in candidates:
        if c.type != "ATTENDED" or c.source is None or c.source.label != "Person" or not home.get(c.source):
            continue
        trigger = args.doc[c.trigger]
        places = args.objects(trigger, "prep:in") + [
            o for obj in trigger.subtree if obj.dep_ in ("pobj", "dobj") and args.mention_ref(obj) == c.target
            for o in args.objects(obj, "prep:in")
        ]
        for place in places:
            for ref in args.entities_of([place]):
                state = ref if ref.label == "State" else _state_of_place(ref, gazetteer)
                if state is not None and state not in home[c.source]:
                    yield Candidate("VISITED", c.source, state, c.trigger, "visit.attended-abroad")


def visits_abroad(candidates: list[Candidate]) -> list[Candidate]:
    """No one visits their own state: a visit to a state the article gives the person a title in
    ("German Chancellor Angela Merkel is in Germany", "the president returned to Turkey") is left out."""
    home = _home_states([c for c in candidates if c.rule not in GUESSED_ROLE_RULES])
    return [c for c in candidates if not (c.type == "VISITED" and c.target in home.get(c.source, ()))]


def _home_states(candidates: list[Candidate]) -> dict[Ref, set[Ref]]:
    """The states each person holds a role in, by these candidates."""
    home: dict[Ref, set[Ref]] = defaultdict(set)
    for c in candidates:
        if c.type in ROLE_TYPES and c.target is not None and c.target.label == "State":
            home[c.source].add(c.target)
    return home


def visits_to_states(args: Arguments, candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """A visit to a capital is a visit to its state when the article names that state ("arrived in Moscow")."""
    named = {ref for ref in args.refs if ref is not None and ref.label == "State"}
    out = []
    for c in candidates:
        if c.type == "VISITED" and c.target is not None:
            state = _state_of_place(c.target, gazetteer)
            if state in named:
                c = replace(c, target=state)
        out.append(c)
    return out


def _state_of_place(ref: Ref, gazetteer: Gazetteer) -> Ref | None:
    if ref.label != "Location":
        return None
    code = gazetteer.capital_code(ref.name)
    return Ref("State", gazetteer.canonical[code]) if code else None
