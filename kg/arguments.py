"""Arguments: where a predicate's subject and objects stand in the parse, and which entity a token is.

The relation rules (:mod:`kg.relations`, :mod:`kg.roles`) and the claim rules (:mod:`kg.claims`)
ask the same two questions, answered here once:

* *which tokens* fill a slot: :meth:`Arguments.subjects` (through passives, relative clauses,
  control verbs, coordination), :meth:`Arguments.objects` (direct object, dative, prepositional);
* *which entities* a token stands for: :meth:`Arguments.entities` — the mention it is in; the
  organization or state a group noun belongs to ("the Wagner mercenaries", "North Korean state
  media"); the leader of "a delegation led by X"; an unambiguous antecedent of a pronoun ("its",
  "they") or of a definite description ("the country", "the regime").

Nothing here changes the ``Doc``; results are plain token lists and :class:`~kg.records.Ref` lists.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.records import Mention, Ref
from kg.rules import Lexicon, load_name_genders

# Dependency labels, one grammatical case per line.
SUBJECT_DEPS = {
    "nsubj",        # "Shoigu watched the parade"
    "csubj",        # clausal subject (rarely an entity, kept for completeness)
}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}   # "the parade was watched by Kim": the logical object
AGENT_DEPS = {"agent"}                               # "... by Kim": the logical subject of a passive
EXPLETIVE_DEPS = {"expl"}                            # "there were two men who ...": the men are the subject
DIRECT_OBJECT_DEPS = {"dobj", "obj"}                 # "watched the parade"
DATIVE_DEPS = {"dative", "iobj"}                     # "sold Russia arms"
PREP_DEPS = {"prep", "agent"}                        # "took part in", "led by"
PREP_OBJECT_DEPS = {"pobj", "pcomp"}                 # the object of a preposition
# Prepositions of a gerund done by the subject of the clause, whatever its object (row subject-of-a-means-gerund)
_MEANS_PREPS = {"by", "after", "before", "while", "since", "without", "upon", "despite", "through", "in"}
CONJ_DEPS = {"conj", "appos"}                        # "North Korea and Russia", "US allies Japan"
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
# Subordinators of a condition: the clause they open says nothing happened ("asked if he supports X").
CONDITIONAL_MARKS = {"if", "whether", "unless"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
# The gender a person pronoun asks of its antecedent.
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Honorifics that say a person's gender ("Mr Rutte", "Ms Foster").
_HONORIFIC_GENDERS = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
                      "miss": "f", "dame": "f", "lady": "f"}
THING_PRONOUNS = {"it", "its", "itself"}
FIRST_PERSON_PRONOUNS = {"i", "me", "my", "myself"}
# How a quotation hangs on its speech verb: "X said (that) I ...", "'I ...,' X said".
_QUOTE_EDGES = {"ccomp", "parataxis", "xcomp", "conj"}
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
# "In addition to X, Y watched" / "Y, along with X, watched": X shares the predicate.
ADDITIVE_PREPS = (("in", "addition", "to"), ("along", "with"), ("together", "with"), ("besides",), ("alongside",), ("as", "well", "as"))

STATE_ACTOR_LABELS = ("State", "Organization")
_INDEFINITE = ("a", "an", "another", "any", "each", "every")
# "the US-led coalition", "Iranian-backed militias": the first word leads or backs the group.
LED_WORDS = {"led", "run", "controlled", "dominated"}
# "the US-backed government", "Iranian-funded militias": the first word backs a group that is not its own
# (relations.partnered_groups reads SUPPORTS from it).
BACKED_WORDS = {"backed", "sponsored", "funded", "supported", "financed", "armed", "trained"}
# "Iran-allied Houthi fighters", "a Moscow-aligned party": the first word is the group's ally
# (relations.partnered_groups reads ALLIED_WITH from it); like a backer, never the group's own state.
ALLIED_WORDS = {"allied", "aligned"}


def _in_phrase(token: Token, head: Token) -> bool:
    """The token is in the head's own noun phrase, not in a clause hung on it ("the head of the Syrian
    opposition delegation", not "the mercenaries who fought alongside the army")."""
    current = token
    while current != head:
        if current.dep_ in ("relcl", "acl", "advcl", "ccomp") or current.head == current:
            return False
        current = current.head
    return True


@dataclass
class Arguments:
    """Argument finding and token -> entity lookup for one document."""

    doc: Doc
    mentions: list[Mention]
    refs: list[Ref | None]
    lexicon: Lexicon
    gazetteer: Gazetteer                  # the states' canonical names, for knowledge the data files give (roles)
    sent_of: list[int] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    _by_token: dict[int, list[int]] = field(default_factory=dict)
    _active: set[int] = field(default_factory=set)
    leaders: dict[Ref, Ref] = field(default_factory=dict)   # person -> state they lead (filled by roles)
    heads: dict[Ref, set[Ref]] = field(default_factory=dict)   # organization -> people stated to lead it (filled by roles)
    titles: dict[str, set[Ref]] = field(default_factory=dict)   # role word -> people titled so (filled by roles)
    genders: dict[Ref, str] = field(default_factory=dict)   # person -> "f", "m" or "" (unknown or mixed)
    text: str = ""                        # the Doc's text, built once (spaCy joins its tokens on every ``doc.text``)

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.sent_of = [0] * len(self.doc)
        self.sentences = list(self.doc.sents)
        for i, sent in enumerate(self.sentences):
            for token in sent:
                self.sent_of[token.i] = i
        for index, mention in enumerate(self.mentions):
            if self.refs[index] is None:
                continue
            for t in range(mention.token_start, mention.token_end):
                self._by_token.setdefault(t, []).append(index)
        for indices in self._by_token.values():
            indices.sort(key=lambda i: self.mentions[i].token_end - self.mentions[i].token_start)
        self.genders = self._person_genders()

    def _person_genders(self) -> dict[Ref, str]:
        """Each person's gender, as the text gives it ("Mr Rutte", "Ms Foster") or else as their first
        name usually is (data/first_names.txt); "" when unknown or the signs disagree."""
        names = load_name_genders()
        votes: dict[Ref, set[str]] = {}
        for mention, ref in zip(self.mentions, self.refs):
            if ref is None or ref.label != "Person":
                continue
            before = self.doc[mention.token_start - 1].lower_ if mention.token_start > 0 else ""
            if before in _HONORIFIC_GENDERS:
                votes.setdefault(ref, set()).add(_HONORIFIC_GENDERS[before])
        genders = {}
        for ref in {r for r in self.refs if r is not None and r.label == "Person"}:
            said = votes.get(ref, set())
            given = names.get(ref.name.split()[0].lower(), "") if len(ref.name.split()) > 1 else ""
            found = said | ({given} if given else set())   # "Mr Worthington" grouped with "Poppi Worthington": unknown
            genders[ref] = found.pop() if len(found) == 1 else ""
        return genders

    def agrees(self, ref: Ref, pronoun: Token) -> bool:
        """A person pronoun ("he", "her") may stand for this entity: no other gender is known for it."""
        want = _PRONOUN_GENDERS.get(pronoun.lower_)
        return not want or ref.label != "Person" or self.genders.get(ref, "") in ("", want)

    def quoted(self, index: int) -> bool:
        """Quotation scope: the nearest quotation mark before the token (within its sentence and the two
        before it) opens a quotation and the nearest after it (within its sentence and the two after it)
        closes one. A straight mark opens after a space or bracket and closes before one; curly marks
        say which they are. Counting marks over a whole paragraph would let one stray mark turn an
        article's every later sentence into a quotation."""
        sentence, sents = self.sent_of[index], self.sentences
        first = sents[max(0, sentence - 2)].start_char
        last = sents[min(len(sents) - 1, sentence + 2)].end_char
        text, at = self.text, self.doc[index].idx
        before = max(text.rfind(mark, first, at) for mark in _QUOTE_MARKS)
        afters = [k for k in (text.find(mark, at, last) for mark in _QUOTE_MARKS) if k >= 0]
        if before < 0 or not afters:
            return False
        return _opens(text, before) and not _opens(text, min(afters))

    # ---- tokens -> entities -------------------------------------------------------------

    def mention_at(self, token: Token) -> Mention | None:
        """The smallest mention containing the token."""
        indices = self._by_token.get(token.i)
        return self.mentions[indices[0]] if indices else None

    def mention_ref(self, token: Token) -> Ref | None:
        """The entity of the smallest mention containing the token."""
        indices = self._by_token.get(token.i)
        return self.refs[indices[0]] if indices else None

    def widest_ref(self, token: Token, *, outside: Token) -> Ref | None:
        """The entity of the widest mention containing the token but not ``outside`` ("U.S. Navy" for
        "U.S." in "U.S. Navy submarine operations", not the operations themselves)."""
        inside = [i for i in self._by_token.get(token.i, ())
                  if not self.mentions[i].token_start <= outside.i < self.mentions[i].token_end]
        return self.refs[inside[-1]] if inside else None

    def entities(self, token: Token) -> list[Ref]:
        """Entities the token stands for (several for "they"), [] when none or ambiguous.

        Lookups can chain (a group noun's owner is a pronoun whose antecedent is a group noun ...);
        a token already being looked up answers [] so a cycle in the parse cannot loop."""
        if token.i in self._active:
            return []
        self._active.add(token.i)
        try:
            return self._entities(token)
        finally:
            self._active.discard(token.i)

    def _entities(self, token: Token) -> list[Ref]:
        ref = self.mention_ref(token)
        if ref is not None:
            if ref.label == "State" and token.dep_ in ("amod", "compound") and token.head.i not in self._by_token \
                    and not self._is_group_noun(token.head):
                return []  # "Russian delegation": the demonym modifies a noun that is no actor
            return [ref]
        lower = token.lower_
        if token.pos_ == "PRON":
            return self.antecedents(token)
        if token.pos_ in ("NOUN", "PROPN"):
            if token.dep_ == "appos" and self.mention_ref(token.head) is not None:
                return [self.mention_ref(token.head)]   # "Anwar al-Awlaki, the cleric who ...": the cleric is him
            leader = self._leader_of_group(token)
            if leader:
                return leader
            led = self._titled_leader(token)
            if led is not None:
                return led
            if self._is_group_noun(token):
                owner = self.owners(token) or self._subject_nationality(token)
                if owner:
                    return owner
            if token.dep_ == "nsubj" and listed_noun(token, self.lexicon.strike_nouns, lemma=True):
                owner = self.owners(token)   # "US air strikes killed X": whoever launched them (row attack-by-strikes)
                if owner:
                    return owner
            if lower in self.lexicon.possessed_nouns:   # "Argentina's bid": Argentina
                owners = [r for c in token.children if c.dep_ == "poss" for r in self.modifier_entities(c)]
                if owners:
                    return owners[:1]
            named = self.named_by_head(token)
            if named:
                return named
            # "the social-liberal D66 party" is D66, not the organization named last; "a San Francisco
            # law firm" is one firm there (row description-with-its-name)
            if lower in self.lexicon.organization_descriptions and not any(c.lower_ in _INDEFINITE for c in token.children):
                names = {r for c in token.children if c.dep_ == "compound"
                         for r in [self.mention_ref(c)] if r is not None and r.label == "Organization"}
                if len(names) == 1:
                    return list(names)
            if lower in self.lexicon.state_descriptions or lower in self.lexicon.organization_descriptions:
                return self.description(token)
            holder = self._title_holder(token)
            if holder:
                return holder
            if lower in self.lexicon.state_agent_nouns and token.tag_ == "NN" and not self.titles.get(lower) and (
                    token.dep_ in SUBJECT_DEPS or any(c.dep_ == "relcl" for c in token.children)):
                # "the North Korean ambassador who accused Malaysia", "a Russian envoy said", "the Turkish
                # foreign minister criticized": an unnamed envoy or minister acting speaks for the state (met
                # or expelled, the envoy is a person); not when the article names holders of the title,
                # one of whom it may be (row state-agent-minister-named-elsewhere)
                states = [r for r in self.owners(token) if r.label == "State"]
                if len(states) == 1:
                    return states
        return []

    def named_by_head(self, noun: Token) -> list[Ref]:
        """ "the ministry", "the committee's chairman", "Ministry spokesman X": the one organization of
        the article whose name holds that body noun (lexicon ``body_heads``: "the Ministry of Commerce",
        "the UN Human Rights Committee"); nothing when two do, for "a"/"another" ministry, or for a
        noun inside a name. Generic descriptions ("the group", "the company") are not matched by
        name: they are :meth:`description`'s."""
        lower = noun.lower_
        if lower not in self.lexicon.body_heads:
            return []
        if noun.i in self._by_token or any(c.lower_ in _INDEFINITE for c in noun.children):
            return []
        if any(c.dep_ == "poss" and any(r.label == "Person" for r in self.modifier_entities(c)) for c in noun.children):
            return []   # "Amer's department" is his
        if not (any(c.dep_ in ("det", "poss") for c in noun.children) or noun.dep_ == "compound"):
            return []
        found = {ref for ref in self.refs if ref is not None and ref.label == "Organization"
                 and lower in ref.name.lower().replace("-", " ").split()}
        if len(found) != 1:
            return []
        # a common word before the noun that the name lacks tells another body: "the exiled opposition
        # coalition" is not "the US-led coalition" (row body-head-other-modifier)
        words = next(iter(found)).name.lower().replace("-", " ").split()
        if any(c.dep_ in ("amod", "compound") and c.is_lower and c.lower_ not in words for c in noun.children):
            return []
        return list(found)

    def _title_holder(self, noun: Token) -> list[Ref]:
        """ "the minister", "Al Qaeda leader": the one person the article gives that title."""
        if noun.lower_ not in self.lexicon.role_heads or any(c.lower_ in ("a", "an", "another", "any") for c in noun.children):
            return []
        if not any(c.dep_ in ("det", "poss", "compound", "amod") for c in noun.children):
            return []
        holders = self.titles.get(noun.lower_, set())
        return list(holders) if len(holders) == 1 else []

    def modifier_entities(self, token: Token) -> list[Ref]:
        """Entities of a modifier token itself ("Russian" in "Russian invasion", "its" in "its war")."""
        ref = self.mention_ref(token)
        if ref is not None:
            return [ref]
        if token.pos_ == "PRON" or token.lower_ == "whose":   # ("whose" is often tagged a determiner)
            return self.antecedents(token)
        return self.entities(token)

    def expand(self, token: Token) -> list[Token]:
        """The token and the tokens coordinated with it ("North Korea and Russia")."""
        out, stack = [], [token]
        while stack:
            current = stack.pop()
            named = [c for c in current.children if c.dep_ == "appos" and self.mention_ref(c) is not None]
            if named and self.mention_ref(current) is None and current.pos_ == "NOUN":
                stack.extend(named)   # "US allies South Korea and Japan": the allies are the names
            else:
                out.append(current)
            for child in current.children:
                if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                    stack.append(child)
        return sorted(set(out), key=lambda t: t.i)

    def entities_of(self, tokens: list[Token]) -> list[Ref]:
        """Entities of the tokens and their conjuncts, first-seen order, no repeats."""
        seen: list[Ref] = []
        for token in tokens:
            for expanded in self.expand(token):
                for ref in self.entities(expanded):
                    if ref not in seen:
                        seen.append(ref)
        return seen

    def _is_group_noun(self, token: Token) -> bool:
        # two-word group nouns: "state media" (the US media are not the US; North Korea's state media are)
        return listed_noun(token, self.lexicon.group_nouns, lemma=True)

    def owners(self, noun: Token) -> list[Ref]:
        """The organization or state a group noun belongs to: compound/possessive/adjective modifiers
        ("Libya's government", "the US-led coalition", "the government of Japan"); none for a people
        that is no state beside the state's name ("Syrian Kurdish forces", "Iraqi Shiite militias")."""
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" and c.is_title and self.mention_ref(c) is None
               and not any(k.dep_ == "conj" for k in c.children) for c in noun.children):
            return []   # row owners-people-of-no-state (not one of a list: "the Dominican, Venezuelan ... presidents")
        found: list[Ref] = []
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod"):
                ref = self.mention_ref(child)
                if ref is None and child.dep_ == "poss" and child.pos_ == "PRON":
                    refs = self.antecedents(child)
                    ref = refs[0] if len(refs) == 1 else None
                if ref is not None:
                    if ref.label == "Person" and noun.lower_ in self.lexicon.state_descriptions:
                        ref = self.leaders.get(ref)   # "the Trump administration": the state he leads
                    elif ref.label == "Person" and noun.lower_ in self.lexicon.counsel_nouns:
                        ref = None   # "Trump's advisers met Russian officials": they, not he (row owners-person-advisers)
                    if ref is not None:
                        found.append(ref)
            elif child.dep_ == "compound" and self._is_group_noun(child):   # "a Nigerian army base": the army's
                found.extend(self.owners(child)[:1])
            elif child.dep_ == "amod" and child.lower_ in LED_WORDS:   # "the US-led coalition"
                refs = [r for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                        for r in self.entities(c) if r.label in STATE_ACTOR_LABELS]
                found.extend(refs[:1])
        plural = noun.tag_ in ("NNS", "NNPS")
        for child in noun.children:  # "the government of Japan", "the regime of Bashar al-Assad"
            if child.dep_ == "prep" and child.lower_ == "of":
                # "representatives of Chile, Peru and Bolivia": a plural noun's owners are all the listed ones
                objects = [o for c in child.children for o in (self.expand(c) if plural else [c])]
                listed = [r for r in map(self.mention_ref, objects) if r is not None and (
                    r.label in STATE_ACTOR_LABELS or r.label == "Person" and noun.lower_ in self.lexicon.state_descriptions)]
                if len(listed) > 1 and not found:
                    return listed   # rows owners-plural-list
                found.extend(listed)
        if not found and noun.lower_ in self.lexicon.governance_nouns and noun.i + 2 < len(noun.doc):
            # "the government in Kyiv": a capital standing for its state (the parse may hang it on the verb)
            seat = noun.doc[noun.i + 1]
            if seat.lower_ == "in" and seat.dep_ == "prep" and seat.head in (noun, noun.head):
                refs = [self.mention_ref(o) for o in seat.children if o.dep_ == "pobj"]
                found.extend(r for r in refs if r is not None and r.label == "State")
        orgs = [r for r in found if r.label in ("Organization", "Person")]
        origins = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]   # "destroyers from the US, Japan"
        origin = [r for p in origins for r in self.entities_of([o for o in p.children if o.dep_ == "pobj"])
                  if r.label in STATE_ACTOR_LABELS]
        irregular = self.lexicon.irregular_group_nouns
        if noun.lower_ in irregular or any(c.dep_ == "compound" and c.lower_ in irregular for c in noun.children):
            # "Syrian rebels", "the Syrian opposition delegation" are not Syria; "militants from Boko Haram" are its
            return orgs[:1] or [r for r in origin if r.label == "Organization"][:1]
        if orgs or found:
            return (orgs or found)[:1]
        return origin

    def _subject_nationality(self, noun: Token) -> list[Ref]:
        """ "the Russian mercenaries fought alongside the army": a bare "the army" is the subject's state."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        clause = self.clause_root(noun)
        for subject in self.subjects(clause):
            if subject == noun or _in_phrase(noun, subject):   # the noun's own phrase names no other army
                continue
            for token in subject.subtree:
                indices = self._by_token.get(token.i, [])
                if indices and self.mentions[indices[0]].source == "demonym":
                    return [self.refs[indices[0]]]
        return []

    def _titled_leader(self, noun: Token) -> list[Ref] | None:
        """ "the Russian president", "China's leader": a state's leader is a person, the one the article
        says leads that state (roles fill ``leaders``), never the state itself nor another state's
        leader; None when the noun names no state's leader, or owns something ("the Russian president's
        special envoy" serves the state). An organization's leader likewise, when the article names
        one (roles fill ``heads``). Rows leader-title-of-a-state*, leader-title-of-an-organization."""
        if noun.tag_ != "NN" or noun.dep_ == "poss" or self.lexicon.roles.get(noun.lower_) != "LEADER_OF":
            return None
        owners = self.owners(noun)
        states = [r for r in owners if r.label == "State"]
        if len(states) != 1:
            # "the OAS leader", "the party's chairman": the one person the article says leads that body
            # (row leader-title-of-an-organization); otherwise the noun is read on as any other
            bodies = [r for r in owners if r.label == "Organization"]
            holders = self.heads.get(bodies[0], set()) if len(bodies) == 1 and not states else set()
            return list(holders) if len(holders) == 1 else None
        holders = [person for person, state in self.leaders.items() if state == states[0]]
        return holders if len(holders) == 1 else []

    def _leader_of_group(self, noun: Token) -> list[Ref]:
        """ "a delegation led by X": X."""
        for child in noun.children:
            if child.dep_ == "acl" and child.lemma_ in ("lead", "head"):
                for agent in child.children:
                    if agent.dep_ in AGENT_DEPS:
                        refs = [r for obj in agent.children if obj.dep_ == "pobj"
                                for r in self.entities_of([obj]) if r.label == "Person"]
                        if refs:
                            return refs
        return []

    # ---- coreference ---------------------------------------------------------------------

    def antecedents(self, pronoun: Token) -> list[Ref]:
        """An unambiguous antecedent of a pronoun, or [] (never a guess between equals)."""
        lower = pronoun.lower_
        if lower == "whose":   # "Breitbart News, whose former executive chairman ...": the noun the clause is on
            clause = next((a for a in pronoun.ancestors if a.dep_ in ("relcl", "appos")), None)   # (parsed as apposition)
            return self.entities(clause.head) if clause is not None else []
        if lower in FIRST_PERSON_PRONOUNS:
            return self._quote_speaker(pronoun)
        if lower in PERSON_PRONOUNS:
            return self._recent(pronoun, ("Person",))
        if lower in THING_PRONOUNS:
            return self._recent(pronoun, STATE_ACTOR_LABELS)
        if lower in PLURAL_PRONOUNS:
            return self._recent_group(pronoun)
        return []

    def _quote_speaker(self, pronoun: Token) -> list[Ref]:
        """ "I" in a quotation is whoever says it: the one person subject of the speech verb the
        quote depends on ('"I met him," X said', 'X said: "I met him"'); [] elsewhere."""
        child, verbs = pronoun, []
        for ancestor in pronoun.ancestors:
            if ancestor.lemma_.lower() in self.lexicon.report_verbs and child.dep_ in _QUOTE_EDGES:
                verbs.append(ancestor)
                break
            child = ancestor
        else:
            verbs = [c for c in child.children if c.dep_ in ("parataxis", "advcl")
                     and c.lemma_.lower() in self.lexicon.report_verbs and c.i > pronoun.i]
        for verb in verbs[:1]:
            people = [r for r in self.entities_of(self.subjects(verb)) if r.label == "Person"]
            if len(people) == 1:
                return people
        return []

    def _mentions_before(self, token: Token, labels: tuple[str, ...], sentences: int) -> list[int]:
        first = self.sent_of[token.i] - sentences
        return [
            i for i, m in enumerate(self.mentions)
            if self.refs[i] is not None and self.refs[i].label in labels and m.token_end <= token.i
            and self.sent_of[m.token_start] >= first and m.source != "gazetteer-nested"
        ]

    def _antecedent_mentions(self, token: Token, labels: tuple[str, ...], sentences: int) -> list[int]:
        """Mentions that can be antecedents: not demonyms, not modifiers of another noun ("the Yemen raid")."""
        out = []
        for i in self._mentions_before(token, labels, sentences):
            mention = self.mentions[i]
            root = self.doc[mention.token_start:mention.token_end].root
            if mention.source == "demonym" or root.dep_ in ("compound", "amod", "npadvmod"):
                continue
            if root.dep_ in ("dobj", "dative") and root.head.lemma_ in ("tell", "inform", "brief", "ask", "assure"):
                continue   # "told CNN that it ...": the one told is not the one spoken of
            out.append(i)
        return out

    def _recent(self, pronoun: Token, labels: tuple[str, ...]) -> list[Ref]:
        parallel = _parallel_possessive(pronoun)
        if parallel is not None:   # "its mission into Syria, its fight against ISIL": both Turkey's
            return self.antecedents(parallel)
        if pronoun.dep_ == "poss" and pronoun.head.dep_ in DIRECT_OBJECT_DEPS:   # "X offered his support": X
            clause = pronoun.head.head
            while clause.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
                clause = clause.head   # "X took to Twitter to call for an inquiry into his rival": X
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
            bound = [r for r in self.entities_of(subjects) if r.label in labels and self.agrees(r, pronoun)]
            if len(bound) == 1:
                return bound
        same = self._narrated(pronoun, [i for i in self._antecedent_mentions(pronoun, labels, 0)
                                        if self.agrees(self.refs[i], pronoun)])
        if pronoun.dep_ in DIRECT_OBJECT_DEPS | {"dative", "iobj"} and pronoun.head.pos_ in ("VERB", "AUX"):
            # "X attacked Y, accusing him of ...": an object pronoun is not its own clause's subject
            own = set(self.entities_of(self.subjects(pronoun.head)))
            same = [i for i in same if self.refs[i] not in own]
        if same:
            subjects = [i for i in same if self.is_subject_mention(i)]
            pick = (subjects or same)[-1]
            if pronoun.dep_ == "poss" or not subjects:
                pick = same[-1]
            return [self.refs[pick]]
        earlier = self._narrated(pronoun, [i for i in self._antecedent_mentions(pronoun, labels, 1)
                                           if self.agrees(self.refs[i], pronoun)])
        subjects = [i for i in earlier if self.is_subject_mention(i)]
        if self._speaks(pronoun):   # "X said Trump was set on it. '...,' he told the media": the speaker
            subjects = [i for i in subjects if self._speaks(self.doc[self.mentions[i].token_start:self.mentions[i].token_end].root)] \
                or subjects   # goes on speaking (row pronoun-speaker-goes-on)
        if subjects:
            return [self.refs[subjects[-1]]]
        distinct = {self.refs[i] for i in earlier}
        return [self.refs[earlier[-1]]] if len(distinct) == 1 else []

    def _narrated(self, pronoun: Token, indices: list[int]) -> list[int]:
        """The mentions a pronoun outside a quotation can stand for: none inside one ('"I expect Trump
        to keep his promises," he told ...': the speaker is not whom the quotation names; row
        pronoun-not-from-the-quote)."""
        if not indices or self.quoted(pronoun.i):
            return indices
        return [i for i in indices if not self.quoted(self.mentions[i].token_start)]

    def _speaks(self, subject: Token) -> bool:
        """The token is the subject of a verb of speech ("he told", "X said")."""
        return subject.dep_ in SUBJECT_DEPS and subject.head.lemma_.lower() in self.lexicon.report_verbs

    def is_subject_mention(self, index: int, *, passive: bool = True) -> bool:
        """The mention (by index) is a clause's subject (a passive one too unless ``passive`` is
        false: "Kim Jong-nam was killed" is acted on), or one of a coordinated subject."""
        mention = self.mentions[index]
        head = self.doc[mention.token_start:mention.token_end].root
        deps = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS if passive else SUBJECT_DEPS
        return head.dep_ in deps or (head.dep_ == "conj" and head.head.dep_ in SUBJECT_DEPS)

    def _recent_group(self, pronoun: Token) -> list[Ref]:
        """ "they": the coordinated subject of the clause that governs it, or of the sentence before.
        A clause whose subject names no entities ("Somali leaders who paid their trips") stops the search."""
        for ancestor in pronoun.ancestors:
            if ancestor.pos_ in ("VERB", "AUX"):
                subjects = [c for c in ancestor.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
                if subjects and all(s.lower_ in RELATIVE_PRONOUNS for s in subjects) and ancestor.dep_ == "relcl":
                    subjects = [ancestor.head]
                refs = self.entities_of(subjects)
                if len(refs) > 1 or (len(refs) == 1 and self._plural_group(subjects[0], refs[0])):
                    return refs
                if subjects and not refs:
                    return []
        sentence = self.sent_of[pronoun.i]
        for token in self.sentences[sentence - 1] if sentence > 0 else ():
            if token.dep_ in SUBJECT_DEPS:
                refs = self.entities_of([token])
                if len(refs) > 1 or (len(refs) == 1 and self._plural_group(token, refs[0])):
                    return refs
        return []

    @staticmethod
    def _plural_group(token: Token, ref: Ref) -> bool:
        """One organization named in the plural ("the Syrian Democratic Forces ... their battle"): a "they"
        of its own. Row war-their-plural-group."""
        return ref.label == "Organization" and token.tag_ in ("NNPS", "NNS") and token.ent_type_ == "ORG"

    def description(self, noun: Token, bare: bool = False) -> list[Ref]:
        """ "the country", "the regime": the state (or organization) the text is about just then.

        In order: the last subject of that label in the two sentences before (never one of the
        noun's own clause: in "Moscow was a foe of the administration" they differ); the only one
        named there; the only one of the sentence; the article's dominant one (twice as frequent as
        the next).
        """
        if not bare and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "its") for c in noun.children) \
                and not any(c.dep_ in ("poss", "compound") for c in noun.children):
            return []   # ("government spokesman X" is ``bare``: a description without an article)
        labels = ("State",) if noun.lower_ in self.lexicon.state_descriptions else ("Organization",)
        if labels == ("Organization",) and any(r.label == "Person" for c in noun.children if c.dep_ == "poss"
                                               for r in self.modifier_entities(c)):
            return []   # "Rutte's party": the person's own, not the organization named last
        clause = self.clause_root(noun)
        earlier = [i for i in self._antecedent_mentions(noun, labels, 2)
                   if self.clause_root(self.doc[self.mentions[i].token_start]) != clause]
        subjects = [i for i in earlier if self.is_subject_mention(i)]
        if subjects:
            return [self.refs[subjects[-1]]]
        distinct = {self.refs[i] for i in earlier}
        if len(distinct) == 1:
            return [distinct.pop()]
        sentence = self.sent_of[noun.i]
        here = {self.refs[i] for i, m in enumerate(self.mentions) if self.refs[i] is not None
                and self.refs[i].label in labels and self.sent_of[m.token_start] == sentence and m.source != "demonym"}
        if not distinct and len(here) == 1:
            return [here.pop()]   # "The regime of X has ruled Syria": the one state of the sentence
        return self.dominant(labels, 2.0)

    def dominant(self, labels: tuple[str, ...], ratio: float) -> list[Ref]:
        """The entity of these labels the article names most (demonyms aside), if it is named at
        least twice and ``ratio`` times as often as the next; else []."""
        counts = Counter(self.refs[i] for i, m in enumerate(self.mentions)
                         if self.refs[i] is not None and self.refs[i].label in labels and m.source != "demonym")
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= ratio * ranked[1][1]):
            return [ranked[0][0]]
        return []

    # ---- slots ----------------------------------------------------------------------------

    def subjects(self, predicate: Token) -> list[Token]:
        """Tokens of the logical subject of a verb (agent of a passive, head of a relative clause ...)."""
        children = list(predicate.children)
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children) or (predicate.dep_ == "acl" and predicate.tag_ == "VBN"):
            # a reduced passive ("the festival, organized by the ministry") has no subject of its own (row reduced-passive-agent)
            return [o for c in children if c.dep_ in AGENT_DEPS for o in c.children if o.dep_ == "pobj"]
        if any(c.dep_ in EXPLETIVE_DEPS for c in children):   # existential "there": what there is, never a subject further up
            return [c for c in children if c.dep_ == "attr"]
        direct = [c for c in children if c.dep_ in SUBJECT_DEPS]
        # a name the parse took for an auxiliary ("May met Merkel": "May" is no modal before a past tense)
        direct = direct or [c for c in children if c.dep_ == "aux" and c.i < predicate.i and self.mention_ref(c) is not None
                            and self.mention_ref(c).label == "Person"]
        if direct:
            if predicate.dep_ == "relcl" and all(d.lower_ in RELATIVE_PRONOUNS for d in direct):
                return [predicate.head]
            return direct
        dep, head = predicate.dep_, predicate.head
        if head == predicate:
            return []
        if dep == "xcomp":   # "X wants to work": X; "asked X to leave": X
            objects = [c for c in head.children if c.dep_ in DIRECT_OBJECT_DEPS]
            if head.lemma_.lower() in self.lexicon.subject_control_verbs:
                objects = []
            return objects or self.subjects(head)
        if dep == "advcl" and head.lemma_.lower() in self.lexicon.appoint_verbs \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children):
            objects = [c for c in head.children if c.dep_ in DIRECT_OBJECT_DEPS]
            if objects:   # "tapped Price to lead the department": the one appointed leads it
                return objects
        if dep == "advcl" and predicate.tag_ == "VBG":
            absolute = _absolute_with(predicate)
            if absolute:   # "drew a rebuke, with the Foreign Minister on Friday accusing Berlin of ...": the minister
                return absolute
        if dep in ("conj", "advcl"):
            return self.subjects(head)
        if dep == "pcomp" and head.dep_ == "prep":   # "accused X of supplying": X supplies
            governor = head.head   # and so does X of "X was accused of supplying" (row accuse-passive-gerund)
            if head.lower_ in _MEANS_PREPS:   # "angered voters by criticizing X": the one who angered them
                return self.subjects(governor)
            return self.acted_on(governor) or self.subjects(governor)
        if dep == "acl" and predicate.tag_ == "VBG":   # "the mercenaries fighting alongside"
            return [head]
        return []

    def acted_on(self, verb: Token) -> list[Token]:
        """Whom the verb acts on: its direct object or, in the passive, its subject ("accused X of",
        "X was charged with")."""
        return [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]

    def objects(self, predicate: Token, slot: str) -> list[Token]:
        """Tokens in an object slot: "dobj", "iobj"/"dative", "attr", or "prep:<word>"."""
        children = list(predicate.children)
        if slot == "dobj":
            passive = [c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if passive and predicate.dep_ == "relcl" and all(p.lower_ in RELATIVE_PRONOUNS for p in passive):
                return [predicate.head]   # "the conference, which was organized by X" (row reduced-passive-agent)
            if passive:
                return passive
            direct = [c for c in children if c.dep_ in DIRECT_OBJECT_DEPS]
            if direct and predicate.dep_ == "relcl" and all(d.lower_ in RELATIVE_PRONOUNS for d in direct):
                return [predicate.head]   # "Wilders, who he described as a racist"
            if not direct and predicate.dep_ == "relcl" and not any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in children):
                return [predicate.head]   # "the summit that Kim attended"
            if not direct and predicate.dep_ == "acl" and predicate.tag_ == "VBN":
                return [predicate.head]   # "the parade watched by Kim"
            if not direct:   # "accused Barack Obama of spying": the small parse reads a first name for a
                # preposition with the surname its object (row object-name-read-as-preposition)
                direct = [c for c in children if c.dep_ == "prep" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                          and self.mention_ref(c) is not None]
            if not direct:   # "tried to help Trump win", "called Trump's remarks demoralizing": the subject of a
                # bare infinitive or of a predicate or adjective set after it ("holds Moscow accountable") is the verb's object (row verdict-small-clause)
                direct = [s for c in children if c.i > predicate.i and (c.dep_ == "oprd" or c.dep_ in ("ccomp", "xcomp")
                          and (c.tag_ == "VB" or c.pos_ == "ADJ") and not any(m.dep_ in ("mark", "aux") for m in c.children))
                          for s in c.children if s.dep_ == "nsubj" and predicate.i < s.i < c.i]
            return direct
        if slot in ("iobj", "dative"):   # "sold Russia arms"; spaCy also labels "to" in "sent drones to X" dative
            found = []
            for child in children:
                if child.dep_ in DATIVE_DEPS:
                    found.extend([o for o in child.children if o.dep_ == "pobj"] if child.pos_ == "ADP" else [child])
            return found
        if slot == "attr":
            return [c for c in children if c.dep_ in ("attr", "oprd")]
        if slot.startswith("prep:"):
            word = slot[5:]
            carriers = [predicate] + [c for c in children if c.dep_ in DIRECT_OBJECT_DEPS | {"prt", "advmod"}]
            if word in ("at", "during"):   # "defended the legality of the order at a news conference": the parse
                # hangs the gathering on the object's "of" phrase (row attend-at-event-of-phrase)
                carriers += [o for c in carriers[1:] if c.dep_ in DIRECT_OBJECT_DEPS for of in c.children
                             if of.dep_ == "prep" and of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]
            if predicate.lemma_.lower() in self.lexicon.report_verbs:   # "..., says X, president of Y, at the forum":
                carriers += [c for c in children if c.dep_ == "nsubj" and c.i > predicate.i]   # the parse hangs it on X
            found = []
            for carrier in carriers:
                for prep in carrier.children:
                    if prep.dep_ in PREP_DEPS | DATIVE_DEPS | {"prt"} and prep.lower_ == word:
                        found.extend(o for o in prep.children if o.dep_ in PREP_OBJECT_DEPS)
                    elif word == "at" and prep.dep_ in PREP_DEPS and prep.lower_ in ("on", "at", "in"):
                        found.extend(self._at_the_edge_of(prep))
            return found
        return []

    def _at_the_edge_of(self, prep: Token) -> list[Token]:
        """A complex preposition that means "at": "on the sidelines of the summit", "on the margins of
        the talks" (lexicon ``margin_nouns``): the object of its "of". Rows attend-on-the-sidelines*."""
        return [o for noun in prep.children if noun.dep_ in PREP_OBJECT_DEPS and noun.lower_ in self.lexicon.margin_nouns
                for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                for o in of.children if o.dep_ in PREP_OBJECT_DEPS]

    def additive(self, predicate: Token) -> list[Token]:
        """Tokens joined to the subject by "in addition to", "along with", "besides" ..."""
        found = []
        for prep in predicate.children:
            if prep.dep_ != "prep":
                continue
            for words in ADDITIVE_PREPS:
                objects = self._phrase_objects(prep, words)
                if objects:
                    found.extend(objects)
        return found

    def _phrase_objects(self, prep: Token, words: tuple[str, ...]) -> list[Token]:
        if prep.lower_ != words[0]:
            return []
        current = prep
        for word in words[1:]:
            nxt = [c for c in current.children if c.lower_ == word]
            if not nxt:
                return []
            current = nxt[0]
        return [o for o in current.children if o.dep_ == "pobj"]

    def clause_root(self, token: Token) -> Token:
        """The verb of the clause a token stands in (the token itself when it is a verb)."""
        current = token
        while current.pos_ not in ("VERB", "AUX") and current.head != current:
            current = current.head
        return current


def listed_noun(token: Token, nouns: frozenset[str], *, lemma: bool = False) -> bool:
    """The noun is one of a lexicon list, alone or with its modifier ("police", "state media", "air
    force"); with ``lemma`` its lemma counts too ("delegations")."""
    if token.lower_ in nouns or lemma and token.lemma_.lower() in nouns:
        return True
    return any(f"{c.lower_} {token.lower_}" in nouns for c in token.children if c.dep_ in ("compound", "amod"))


def _opens(text: str, k: int) -> bool:
    """The quotation mark at ``k`` opens a quotation (see :meth:`Arguments.quoted`)."""
    if text[k] in "\u201c\u201d":
        return text[k] == "\u201c"
    return (k == 0 or text[k - 1].isspace() or text[k - 1] in "([") and k + 1 < len(text) and not text[k + 1].isspace()


def _absolute_with(predicate: Token) -> list[Token]:
    """The subject of an absolute "with" clause the parse split ("with X on Friday accusing Y"): the
    object of the "with" right before the verb, past time and place phrases, no comma between. Row
    absolute-with-subject."""
    before = [c for c in predicate.head.children if c.i < predicate.i and not c.is_punct]
    for sibling in reversed(before):
        if sibling.dep_ == "prep" and sibling.lower_ == "with":
            between = predicate.doc[sibling.right_edge.i + 1:predicate.i]
            if any(t.is_punct for t in between):
                return []   # "arrested him, with five friends, accusing them": an aside, not the subject
            return [c for c in sibling.children if c.dep_ == "pobj"]
        if sibling.dep_ not in ("prep", "npadvmod") or sibling.lower_ == "with":
            return []
    return []


def _parallel_possessive(pronoun: Token) -> Token | None:
    """The same possessive pronoun on the first of coordinated nouns ("Turkey can claim its mission into
    Syria, its fight against ISIL"): coordinated possessions share their possessor, so the later pronoun
    is read as the first, not as the name nearest before it. Row pronoun-parallel-possessive."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("conj", "appos"):
        return None   # (the parse may hang the second noun on the first's last word: "Syria, its fight")
    for earlier in pronoun.head.ancestors:
        same = [c for c in earlier.children if c.dep_ == "poss" and c.lower_ == pronoun.lower_ and c.i < pronoun.i]
        if same:
            return same[0]
    return None
