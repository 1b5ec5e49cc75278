"""Mention stage: a parsed ``Doc`` -> the spans that name people, states, organizations, events, places.

spaCy's statistical NER is the starting point; general corrections follow, each a small function:

* states come from the gazetteer spans (``doc.spans["kg_states"]``), whatever the NER said
  ("Russian" in "Russian Defense Minister" names Russia; "USA" is a state even when tagged ORG);
* an unknown GPE is a place (Location), a territory too; NORP is kept only as a state's demonym;
* names ending in a place word are places ("Kim Il Sung Square"), in an event word events
  ("Korean War", "Munich Security Conference");
* things are not entities: all-capital plurals ("ICBMs"), listed acronyms of weapons and measures,
  lower-case strings, numbers, credit lines;
* a title word tagged as an organization ("Defense" in "Defense Minister") is part of the title;
* a name split by a particle is joined ("Ursula von der" + "Leyen"); a name in apposition to, or
  compounded with, an organization noun is an organization ("the news agency Prensa Latina"); a run
  of capitalised words before an organization noun that the NER missed is one ("the Pakistan
  Tehreek-e-Insaf party");
* a capital acting as an actor is its state ("Washington accused Iran"), except where it is a place
  ("in Pyongyang", "to Moscow");
* unnamed events ("the military parade") are mentions too, marked ``source="event-noun"``: they
  become nodes only when a relation needs them.

Labels are provisional here; the resolver votes over all mentions of one entity.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

import numpy
from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH
from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.names import acronym_letters, name_words
from kg.nlp import ROLES_KEY, STATES_KEY, stance_prefix_at, tokens_among
from kg.records import Mention
from kg.rules import Lexicon, load_first_names

#: NER labels mapped to node labels (GPE is decided by the gazetteer: State or Location).
NER_LABELS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "EVENT": "Event",
    "NORP": "",       # kept only as a state's demonym
    "LAW": "",        # treaties are kept only when a relation rule needs them
}
# NER labels of names the graph keeps no node for, which a person's description after them makes a
# person's name (kg.mentions._from_entity; row name-described-by-a-title-work-of-art).
_OTHER_NAME_LABELS = ("WORK_OF_ART", "PRODUCT")
# Words no name ends with: a preposition, conjunction or determiner the NER ran on into.
_NO_NAME_ENDINGS = {"despite", "and", "or", "but", "of", "the", "in", "on", "at", "for", "with", "from", "after",
                    "before", "as", "while", "although", "though", "since", "because", "amid", "during"}
# Dependency labels of tokens that do not belong to an unnamed event's name ("the", "its", "70th").
_EVENT_NAME_DROP_DEPS = {"det", "poss", "nummod", "predet", "case", "punct", "prep", "pobj", "relcl", "acl", "cc", "conj", "appos", "advmod", "quantmod"}
_LEADING_JUNK = re.compile(r"^(?:the|The|THE|a|an|A|An)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(?:['\u2019]s?|\s+['\u2019]s)$")
_EDGE_PUNCT = " \t\r\n\"'\u201c\u201d\u2018\u2019()[]{}<>,.;:!?-\u2013\u2014*#|/"
_ALLCAPS_PLURAL = re.compile(r"^[A-Z]{2,}s$")
_HAS_UPPER = re.compile(r"[A-Z]")
_URLISH = re.compile(r"@|https?:|www\.|\.com\b|/")
# Words after a comma that belong to the name before it ("Martin Luther King, Jr.", "Apple, Inc.").
_NAME_SUFFIXES = {"jr", "sr", "inc", "ltd", "llc", "co", "corp", "plc", "ag", "sa", "ii", "iii", "iv", "esq", "phd", "md"}
_NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "le", "la", "bin", "ibn", "al", "el", "ben", "dos", "das", "y"}
#: Source of a one-word PERSON mention with no sign of being a person (:func:`_acts_as_person`); the
#: resolver leaves such a name out unless another mention of it is a person's.
LONE_PERSON = "ner:PERSON-lone"
#: Source of a name the text gives a kind of place ("the town of al-Bab", :func:`_named_place`): the
#: resolver lets it outvote what the NER called the name's other mentions.
NAMED_PLACE = "named-place"
#: Source of a party word standing for its party where the article never names it ("Labour MP X"):
#: it says the person's party, never what a title in front of the name leads ("Republican President X").
PARTY_WORD = "party-word"
#: Source of a surname of a person the article names in full, which the NER read as a date or missed
#: ("May accused ...": :func:`_surnames_read_otherwise`).
SURNAME = "surname"
#: Source of a given name and surname the NER missed ("Theresa May said": :func:`_names_the_ner_missed`).
GIVEN_NAME = "given-name"
# Prepositions before a place: a capital standing there is the place, not the government.
_LOCATIVE_PREPS = {"in", "at", "near", "around", "outside", "inside", "across", "over", "through", "from", "into", "to", "toward", "towards", "via", "between", "of", "on", "off"}


def extract_mentions(doc: Doc, *, doc_id: str, gazetteer: Gazetteer, lexicon: Lexicon) -> Iterator[Mention]:
    """Mentions of one document, in text order (nested ones allowed: "Chinese" inside "Chinese Politburo")."""
    sent_of = _sentence_index(doc)
    states = {(s.start, s.end): s for s in doc.spans.get(STATES_KEY, [])}
    state_tokens = frozenset(i for start, end in states for i in range(start, end))
    roles = list(doc.spans.get(ROLES_KEY, []))
    covered: set[int] = set()
    found: list[Mention] = []

    for ent, ner_label in _joined_entities(doc, lexicon, state_tokens):
        mention = _from_entity(ent, ner_label, doc_id, sent_of, states, state_tokens, roles, gazetteer, lexicon)
        if mention is not None:
            found.append(mention)
            covered.update(range(mention.token_start, mention.token_end))
    found = _surnames_tagged_otherwise(found)
    def add(span: Span, label: str, name: str, source: str, canonical: str = "") -> None:
        found.append(Mention(
            doc_id=doc_id, text=span.text, name=name, label=label, start=span.start_char, end=span.end_char,
            token_start=span.start, token_end=span.end, sent=sent_of[span.start], source=source, canonical=canonical,
        ))
        covered.update(range(span.start, span.end))

    for span in _names_the_ner_missed(doc, covered, found, state_tokens, lexicon):
        add(span, "Person", span.text, GIVEN_NAME)
    for token in _surnames_read_otherwise(doc, covered, found):
        add(doc[token.i:token.i + 1], "Person", token.text, SURNAME)
    for source, spans in (("org-head", _unnamed_organizations(doc, covered, gazetteer, lexicon)),
                          ("org-appos", _described_organizations(doc, covered, lexicon)),
                          ("org-ending", _named_by_ending(doc, covered, lexicon)),
                          ("org-organ", _organs_in_lower_case(doc, covered, found, state_tokens, lexicon))):
        for span in spans:
            add(span, "Organization", _clean_name(span.text), source)
    for span, name in _acting_organs(doc, covered, found, state_tokens, gazetteer, lexicon):
        add(span, "Organization", name, "org-organ")
    for span, name in _led_bodies(doc, covered, lexicon):
        add(span, "Organization", name, "org-led")
    for span in _bare_acronyms(doc, covered, gazetteer, lexicon):
        add(span, "Organization", span.text, "acronym")
    for token, family in _party_words(doc, covered, found, lexicon):
        add(doc[token.i:token.i + 1], "Organization", family.title(), PARTY_WORD, f"{family.title()} Party")
    for (start, end), span in sorted(states.items()):
        if span.label_ == "STATE" and gazetteer.state_code(span.text) is None:
            continue
        inside = [m for m in found if m.token_start <= start and end <= m.token_end]
        if any(m.token_start == start and m.token_end == end for m in inside):
            continue
        if any(m.label == "Person" for m in inside):
            continue  # a person named "Georgia" or "Jordan" is not the state
        if any(_branch_territory(doc, m, start, end) for m in inside):
            continue  # "Amnesty International UK": the branch's country, not an actor
        if end < len(doc) and doc[end].text in lexicon.location_heads:
            continue  # "Mexico City", "Kuwait City": a place named after the state
        if start > 0 and doc[start - 1].text in lexicon.compass_prefixes and not inside:
            if span.label_ == "STATE":   # "Northern Ireland" the NER left untagged: a region of the state's name
                add(doc[start - 1:end], "Location", doc[start - 1:end].text, "region")
            continue   # ("South American", "North African": a region's people, not the state's)
        if span.label_ == "STATE" and any(_named_after_a_state(doc, m, start) for m in inside):
            continue  # "Northern Ireland", "the South China Sea": a place, not the state
        if span.label_ == "DEMONYM" and (_one_of_the_people(span) or _quoted_alone(span)):
            continue
        found.append(_state_mention(span, doc_id, sent_of, gazetteer, nested=bool(inside)))
    for chunk in _event_chunks(doc, lexicon):
        if chunk[-1].i not in covered:
            found.append(_event_mention(chunk, doc_id, sent_of))
    found = _confirmed_in_the_body(doc, found)
    things = _common_noun_acronyms(doc)
    found = [m for m in found if not (m.label == "Organization" and m.text in things)]
    found.sort(key=lambda m: (m.start, -m.end, m.label))
    yield from found


def titles_before(doc: Doc, mentions: list[Mention], lexicon: Lexicon) -> dict[int, str]:
    """The title or honorific right before each titled mention ("President Trump", "Mr Fillon"), by
    mention index, lower case and without its dot: what tells apart people who share a surname
    (kg.resolve)."""
    ends = {span.end: span.text.lower() for span in doc.spans.get(ROLES_KEY, [])}
    titles = {}
    for i, mention in enumerate(mentions):
        before = mention.token_start
        if before > 1 and doc[before - 1].text == "." and not doc[before - 2].whitespace_:
            before -= 1   # "Mr." with its dot split off
        if before in ends:
            titles[i] = ends[before]
        elif before > 0 and (doc[before - 1].lower_ in lexicon.honorifics or f"{doc[before - 1].lower_}." in lexicon.honorifics):
            titles[i] = doc[before - 1].lower_.rstrip(".")
    return titles


def _surnames(found: list[Mention], *, full_names: bool = False) -> set[str]:
    """Last words of the person mentions found so far (of multi-word names only, with ``full_names``)."""
    return {m.name.split()[-1] for m in found if m.label == "Person" and (not full_names or " " in m.name)}


def _names_the_ner_missed(doc: Doc, covered: set[int], found: list[Mention], state_tokens: frozenset[int],
                          lexicon: Lexicon) -> Iterator[Span]:
    """A given name and a surname the NER left untagged or read as a date ("Theresa May said" beside
    "Mrs May"): a given name (:func:`_given_name`) followed by one capitalised word that is
    no other entity's, no title, no place's or organization's name ending, outside a headline, the
    name the whole run of capitalised words (a title aside), its last word the name of a person the
    NER found elsewhere in the article ("Fortune Global", "Freedom Fighters" are no one's). Row
    given-name-missed-by-ner."""
    for surname in tokens_among(doc, _surnames(found), lower=False):
        given, end = doc[surname.i - 1], surname.i + 1
        if surname.i == 0 or given.i in covered or given.ent_type_ or given.pos_ != "PROPN" \
                or not _given_name(given, lexicon) or given.i in state_tokens:
            continue
        if not surname.is_title or surname.pos_ != "PROPN" or surname.ent_type_ not in ("", "DATE") \
                or surname.i in covered or surname.i in state_tokens or surname.text in lexicon.organization_name_endings \
                or surname.text in lexicon.location_heads or _title_word(surname, lexicon):
            continue
        before = doc[given.i - 1] if given.i > given.sent.start else None
        if (end < len(doc) and doc[end].is_title) or is_headline(given.sent) \
                or before is not None and before.is_title and before.pos_ == "PROPN" and not _title_word(before, lexicon) \
                and _portfolio_phrase_start(doc, given.i, lexicon) is None:
            continue
        yield doc[given.i:end]


def _portfolio_phrase_start(doc: Doc, end: int, lexicon: Lexicon) -> int | None:
    """Where the portfolio phrase of a title word ends right before ``end`` ("Minister for Transport"
    + "Shane Ross", "Minister for Education and Skills" + "Richard Bruton"): the index of its "for" or
    "of", when only portfolio words and their joints lie between it and ``end`` and a title word comes
    before it; None otherwise. A name right after such a phrase is the title holder's, not the
    portfolio's last word. Rows name-after-portfolio-phrase*."""
    i = end - 1
    while i > 0 and (doc[i].lower_ in _PORTFOLIO_JOINTS or portfolio_words([doc[i]], lexicon) and doc[i].is_title):
        i -= 1
    if i == end - 1 or i < 1 or doc[i].lower_ not in ("for", "of") or not portfolio_words(list(doc[i + 1:end]), lexicon):
        return None
    return i if doc[i - 1].lower_ in lexicon.role_heads else None


def _surnames_tagged_otherwise(found: list[Mention]) -> list[Mention]:
    """The end of a person's full name the NER tagged an organization or a place elsewhere ("Le Pen",
    "de Mistura", "Goncalves" in an article that names Marine Le Pen, Staffan de Mistura, Chloe
    Goncalves) is that person's surname (test test_a_surname_the_ner_tagged_otherwise_is_the_persons);
    not an acronym ("EU"), nor the surname of two people of the article ("Le Pen" in an article on
    Marine and Jean-Marie Le Pen stays as the NER has it)."""
    owners: dict[str, set[str]] = {}
    for m in found:
        if m.label == "Person" and len(words := m.name.split()) > 1 and not words[0].isupper():
            for k in range(1, len(words)):
                owners.setdefault(" ".join(words[k:]), set()).add(m.name)
    return [replace(m, label="Person") if m.label in ("Organization", "Location") and m.source.startswith("ner:")
            and not m.name.isupper() and len(owners.get(m.name, ())) == 1 else m for m in found]


def _surnames_read_otherwise(doc: Doc, covered: set[int], found: list[Mention]) -> Iterator[Token]:
    """A person's surname the NER read as a date or missed ("May accused the SNP", "May met Merkel" in
    an article that names Theresa May) where it stands as a name does: a subject, an object, a
    possessor or a conjunct, or an "auxiliary" before a past or present tense ("May met": no modal),
    with no number beside it ("in May", "May 5" stay dates). Rows surname-read-as-date,
    surname-missed-by-ner."""
    for token in tokens_among(doc, _surnames(found, full_names=True), lower=False):
        if token.i in covered or token.ent_type_ not in ("DATE", ""):
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.ent_type_ == "DATE" and (token.ent_iob_ != "B" or following is not None and following.ent_iob_ == "I"):
            continue   # part of a longer date
        modal = token.dep_ == "aux" and token.head.i > token.i and token.head.tag_ in ("VBD", "VBZ")   # "May met": no modal
        if not modal and token.dep_ not in ("nsubj", "nsubjpass", "poss", "dobj", "conj") \
                or any(t.like_num for t in token.children) or following is not None and following.like_num:
            continue
        yield token


def _confirmed_in_the_body(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A multi-word person or organization name the model found in the article's title, where every
    word is capitalised, must be one the body names too, whole or as part of a longer name ("Trump"
    for "Donald Trump"): in "Hippo Gustavito Fatally Beaten" or "Romania Protests Endure" the capitals
    make the model see a name where there is none. (Other capitalised lines - bylines, guest lists -
    name people the body may not.) A document that is all title keeps its names."""
    title = next(iter(doc.sents), None)
    if title is None or not is_headline(title) or "\n" not in doc.text[title.start_char:title.end_char + 2]:
        return found   # no title line: the first sentence runs on or is plain prose
    headline = [m.sent == 0 for m in found]
    if all(headline):
        return found
    body = [set(name_words(m.name)) for m, h in zip(found, headline) if not h]
    kept = []
    for mention, in_headline in zip(found, headline):
        words = set(name_words(mention.name))
        if in_headline and mention.label in ("Person", "Organization") and len(words) > 1 \
                and mention.source.startswith("ner") and not any(words <= other for other in body):
            continue
        kept.append(mention)
    return kept


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for token in sent:
            index[token.i] = i
    return index


def _joined_entities(doc: Doc, lexicon: Lexicon, state_tokens: frozenset[int]) -> Iterator[tuple[Span, str]]:
    """The NER's entities, repaired: cut at line breaks and spaced dashes ("Sami Zeidan\nGuests",
    "Mouin Rabbani - Former"), begun again before a hyphen inside them ("Harvard-Smithsonian"); a
    person's name joined again where a particle or a quoted nickname split it ("Ursula von" + "der
    Leyen", 'William "Ryan' + '" Owens'); a nationality run into the name it begins ("Islamic" +
    "State")."""
    ents = [_nationality_run_into_name(*part, lexicon) for ent in doc.ents for cut in _cut(ent)
            for listed in _split_listed_people(*cut, lexicon) for piece in _split_stance_prefix(*listed)
            for split in _split_trailing_person(*piece, lexicon, state_tokens) for inner in _split_inner_title(*split)
            for unit in _split_possessed_unit(*inner, lexicon) for part in _split_party_label(*unit, lexicon)]
    covered = {t.i for ent in doc.ents for t in ent}
    ents = [(_across_lost_letters(_with_hyphenated_start(ent, covered), label, covered), label) for ent, label in ents]
    i = 0
    while i < len(ents):
        ent, label = ents[i]
        if label == "ORG" and len(ent) > 2 and i + 1 < len(ents) and ents[i + 1][1] == "PERSON" \
                and ents[i + 1][0].start == ent.end and _given_name(ent[-1], lexicon):
            ents[i + 1] = (doc[ent.end - 1:ents[i + 1][0].end], "PERSON")   # "the People's Council Hadiya" +
            ent = doc[ent.start:ent.end - 1]                                   # "Khalaf Abbas"
        if label == "ORG" and i + 1 < len(ents) and _body_for_a_field(doc, ent, *ents[i + 1], lexicon):
            yield doc[ent.start:ents[i + 1][0].end], "ORG"   # "China Society" + "for" + "WTO Studies"
            i += 2
            continue
        if label == "ORG" and i + 1 < len(ents) and (_continues_name(doc, ent, *ents[i + 1])
                                                      or _cut_at_a_joint(ent, *ents[i + 1])
                                                      or _national_branch(ent, *ents[i + 1])):
            yield from _split_listed_people(doc[ent.start:ents[i + 1][0].end], "ORG", lexicon)   # "Islamic State
            # of Iraq" + "and the Levant"; "Katherine Faulders and" + "Jordyn Phelps" are two people
            i += 2
            continue
        if label == "PERSON" and i + 1 < len(ents) and ents[i + 1][1] == "PERSON" and ents[i + 1][0].start == ent.end \
                and _one_name(doc[ent.start:ents[i + 1][0].end]):
            ents[i + 1] = (doc[ent.start:ents[i + 1][0].end], "PERSON")   # "Abdu Rabbu" + "Mansour Hadi": one name
            i += 1
            continue
        if label == "PERSON":
            ent = _with_given_name(doc, ent, lexicon, state_tokens)
            end = _person_end(doc, ent)
            if end > ent.end:
                while i + 1 < len(ents) and ents[i + 1][0].start < end:
                    end = max(end, ents[i + 1][0].end)
                    i += 1
                yield doc[ent.start:end], "PERSON"
                i += 1
                continue
        yield ent, label
        i += 1


def _with_hyphenated_start(ent: Span, covered: set[int]) -> Span:
    """A name the NER began after a hyphen inside it: "Harvard-" + "Smithsonian Center" is one name,
    when the capitalised word before the hyphen is no other entity's and no party's letter ("R-Utah").
    Row hyphen-name-begun-before-it."""
    doc, start = ent.doc, ent.start
    while start >= 2 and _inner_hyphen(doc[start - 1]) and doc[start - 2].is_title and len(doc[start - 2]) > 1 \
            and doc[start - 2].i not in covered:
        start -= 2
    return doc[start:ent.end] if start < ent.start else ent


_LOST_LETTER_WORD = re.compile(r"^[A-Z]\S*(?:\ufffd|(?<=[A-Za-z])\?(?=[a-z]))")


def _across_lost_letters(ent: Span, label: str, covered: set[int]) -> Span:
    """A name the NER cut at a word with a letter lost to a bad decoding ("Wolfgang" of "Wolfgang
    Sch?uble", "Martin" of "Miche\ufffd\ufffdl Martin"): the capitalised word with the lost letter right
    after it, or before a person's name, on the same line and in no other entity, is the name's.
    Test test_a_letter_lost_to_a_bad_decoding_stays_in_its_name."""
    doc, start, end = ent.doc, ent.start, ent.end
    if label not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
        return ent
    while end < len(doc) and end not in covered and "\n" not in doc[end - 1].whitespace_ \
            and _LOST_LETTER_WORD.match(doc[end].text):
        end += 1
    while label == "PERSON" and start > 0 and start - 1 not in covered and "\n" not in doc[start - 1].whitespace_ \
            and _LOST_LETTER_WORD.match(doc[start - 1].text) and not _with_article(doc, doc[start - 1].text):
        start -= 1   # (a word the article also puts after "the" is a title: "the T\ufffd\ufffdnaiste")
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def _with_article(doc: Doc, word: str) -> bool:
    return any(t.text == word and t.i > 0 and doc[t.i - 1].lower_ in ("the", "a", "an") for t in doc)


def _body_for_a_field(doc: Doc, ent: Span, nxt: Span, label: str, lexicon: Lexicon) -> bool:
    """A body's name the NER cut before its "for" phrase ("the China Society" + "for" + "WTO Studies",
    "the Institute" + "for" + "Fiscal Studies"): the first ends on a word that ends organizations'
    names (lexicon ``organization_name_endings``), "for" alone between, the second an organization's
    name in capitals on the same line. Row name-body-for-a-field."""
    gap = doc[ent.end:nxt.start]
    return label == "ORG" and len(gap) == 1 and gap[0].lower_ == "for" and ent[-1].text in lexicon.organization_name_endings \
        and all(t.is_title or t.is_upper for t in nxt if t.is_alpha) and "\n" not in doc[ent.start:nxt.end].text


def _cut_at_a_joint(ent: Span, nxt: Span, label: str) -> bool:
    """An organization's name the NER ended on "and", "of" or "&", the next name right after it:
    "Australian Competition and" + "Consumer Commission"."""
    return len(ent) > 1 and ent[-1].lower_ in ("and", "of", "&", "for") and nxt.start == ent.end \
        and label in ("ORG", "PERSON", "GPE", "LOC")


def _national_branch(ent: Span, nxt: Span, label: str) -> bool:
    """An organization's national branch, which the NER read as the organization and a state
    ("Conservation International" + "Indonesia", "Amnesty International" + "UK"): the state's name heads
    the phrase, right after the organization's name, with the organization's last word its compound.
    A state that itself modifies a noun ("the EU Turkey deal", "a Hamas Gaza commander") is not the
    name's. Test test_a_name_does_not_run_on_into_its_neighbours, row org-national-branch."""
    return label == "GPE" and nxt.start == ent.end and "\n" not in ent[-1].whitespace_ \
        and ent[-1].dep_ == "compound" and ent[-1].head.i == nxt.root.i \
        and nxt.root.dep_ not in ("compound", "amod", "nmod", "poss") and nxt.root.pos_ == "PROPN"


def _named_after_a_state(doc: Doc, mention: Mention, start: int) -> bool:
    """A place whose name holds a state's name after words of its own ("Northern Ireland", "the South
    China Sea"): the place, not the state. A place "of" the state ("the Kurdistan Region of Iraq") names
    it. Row name-place-named-after-a-state."""
    return mention.label == "Location" and mention.token_start < start \
        and not any(t.lower_ in ("of", "in") for t in doc[mention.token_start:start])


def _branch_territory(doc: Doc, mention: Mention, start: int, end: int) -> bool:
    """A state's name ending an organization's name, right after another word of the name ("Conservation
    International Indonesia", not "the Bank of England" nor a possessor the NER ran on into: "Echoing
    Lithuania's"): the national branch's territory. Row org-national-branch."""
    return mention.label == "Organization" and mention.token_end == end and mention.token_start < start \
        and doc[start - 1].pos_ == "PROPN" and not (end < len(doc) and doc[end].tag_ == "POS")


def _continues_name(doc: Doc, ent: Span, nxt: Span, label: str) -> bool:
    """An organization named "X of Y and the Z" that the NER cut at "and the" ("Islamic State of Iraq" +
    "Levant"): Z a word or two it took for a person's name (no person follows "the") or a region's;
    an organization or a state after "and the" is a name of its own ("the Ministry of Defence and the
    Ministry of Finance", "the Department of Justice and the Pentagon"), and so is anyone after a bare
    "and". Test test_a_name_does_not_run_on_into_its_neighbours, row coref-body-head-ambiguous."""
    gap = doc[ent.end:nxt.start]
    if not any(t.lower_ == "of" for t in ent[1:]) or [t.lower_ for t in gap] not in (["and"], ["and", "the"]) \
            or "\n" in gap.text or len(nxt) > 2:
        return False
    return _spelled_out(doc[ent.start:nxt.end]) or len(gap) == 2 and label in ("PERSON", "LOC")


def _spelled_out(span: Span) -> bool:
    """The acronym in brackets right after the span is its capitalised words' initials: "Islamic State of
    Iraq and the Levant (ISIL)"."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or not doc[end + 1].is_upper:
        return False
    initials = "".join(t.text[0] for t in span if t.text[:1].isupper())
    return len(initials) > 2 and initials == doc[end + 1].text


def _split_listed_people(ent: Span, label: str, lexicon: Lexicon) -> list[tuple[Span, str]]:
    """Two people's names joined by "and" tagged as one name ("ABC News' Katherine Faulders and Jordyn
    Phelps contributed reporting", often as an ORG): each side a given name and a surname, two or
    three capitalised words; "Marks and Spencer", "Johnson & Johnson" are one word a side and stay.
    Tests two_peoples_names_tagged_as_one_name*."""
    if label not in ("ORG", "PERSON") or not 5 <= len(ent) <= 7:
        return [(ent, label)]
    joints = [t.i for t in ent if t.lower_ == "and"]
    if len(joints) != 1:
        return [(ent, label)]
    sides = [ent.doc[ent.start:joints[0]], ent.doc[joints[0] + 1:ent.end]]
    if all(2 <= len(side) <= 3 and _given_name(side[0], lexicon)
           and all(t.is_title and t.is_alpha or t.lower_ in _NAME_PARTICLES for t in side)
           and not any(t.text in lexicon.organization_name_endings for t in side) for side in sides):
        return [(side, "PERSON") for side in sides]
    return [(ent, label)]


def _split_stance_prefix(ent: Span, label: str) -> list[tuple[Span, str]]:
    """ "anti-EU Party for Freedom", "pro-NATO" tagged as one name: the prefix is a stance
    (relations.stance_prefixes), the rest the holder's name; the word after the prefix is a name of
    its own when it is an acronym ("EU") or a name of the text's ("anti-Trump" and "Donald Trump"), not
    in "anti-Semitic" or "pro-Union" (a word of "European Union")."""
    if len(ent) < 3 or not stance_prefix_at(ent.doc, ent.start):
        return [(ent, label)]
    word, rest = ent[2:3], ent[3:]
    named = word.text.isupper() or any(other.text == word.text or other.label_ == "PERSON" and other[-1].text == word.text
                                       for other in ent.doc.ents if other != ent)
    return ([(word, label)] if named else []) + ([(rest, label)] if len(rest) else [])


def _split_trailing_person(ent: Span, label: str, lexicon: Lexicon, state_tokens: frozenset[int]) -> list[tuple[Span, str]]:
    """ "the People's Congress Zhang Dejiang" tagged as one ORG: the organization, then the person;
    "(ambassador to) the U.S. Sergey Kislyak": a state's name, then the person; "(envoy to) the UN
    Vassily Nebenzia": an acronym, then the person; "(ambassador to) the Republic of Cyprus Stanislav
    Osadchy" tagged as one place: the state, then the person; "(President of) Belarus Alexander
    Lukashenko" tagged as one person: the state, then the person (rows name-split-trailing-person*)."""
    if label not in ("ORG", "GPE", "LOC", "PERSON") or len(ent) < 3:
        return [(ent, label)]
    first_names = load_first_names()
    for k in range(len(ent) - 2, max(0, len(ent) - 4), -1):
        tail = ent[k:]
        if label == "PERSON" and not all(t.i in state_tokens for t in ent[:k]):
            continue   # a person's own name ("Jordan Peterson" is no state before him: "Jordan" is no state token here)
        if 2 <= len(tail) <= 3 and ent[k].lower_ in first_names and tail[-1].is_title \
                and all(t.is_title and t.is_alpha or t.lower_ in _NAME_PARTICLES for t in tail) \
                and (ent[k - 1].i in state_tokens
                     or label == "ORG" and (ent[k - 1].text in lexicon.organization_name_endings
                                            or len(ent[k - 1].text) >= 2 and ent[k - 1].text.isupper() and ent[k - 1].is_alpha)) \
                and tail[-1].text not in lexicon.organization_name_endings:
            return [(ent[:k], "GPE" if label == "PERSON" else label), (tail, "PERSON")]
        if label == "ORG" and 2 <= len(tail) <= 3 and _given_name(ent[k], lexicon) \
                and all(t.is_title and t.is_alpha for t in tail) \
                and _portfolio_phrase_start(ent.doc, ent[k].i, lexicon) is not None:
            return [(tail, "PERSON")]   # "(Minister for Education and) Skills Richard Bruton": the portfolio names no body
    return [(ent, label)]


def _nationality_run_into_name(ent: Span, label: str, lexicon: Lexicon) -> tuple[Span, str]:
    """A nationality or religion the NER tagged alone before the capitalised words that finish a name
    it left untagged ("the Islamic" + "State killed ...", "Kurdish" + "Workers Party"): one
    organization's name. Not before a title or a title's words ("Syrian President", "Russian Foreign
    Minister"), a place word, a given name, or in a headline (row name-nationality-run-into-name)."""
    if label != "NORP" or is_headline(ent.sent):
        return ent, label
    doc, end = ent.doc, ent.end
    roles = {t for r in doc.spans.get(ROLES_KEY, []) for t in range(r.start, r.end)}
    while end < min(ent.end + 3, ent.sent.end) and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN" \
            and not doc[end].ent_type_ and end not in roles and doc[end].lower_ not in lexicon.former \
            and doc[end].lower_ not in lexicon.deputy_words and doc[end].text not in lexicon.location_heads \
            and doc[end].lower_ not in load_first_names() and not plural_title(doc[end], lexicon):
        end += 1
    if end == ent.end or end < len(doc) and (end in roles or doc[end].is_lower and doc[end].pos_ == "NOUN"
                                              and doc[end - 1].head.i == end):
        return ent, label   # ("Russian Foreign" + "Minister": the words of a title; "the Russian Olympic team":
        # words describing a common noun)
    return doc[ent.start:end], "ORG"


def _split_inner_title(ent: Span, label: str) -> list[tuple[Span, str]]:
    """ "Fine Gael TD Peter Mathews" tagged as one PERSON: the organization before the title word,
    then the titled person (whose title the person rules strip and read)."""
    if label != "PERSON" or len(ent) < 4:
        return [(ent, label)]
    roles = [s for s in ent.doc.spans.get(ROLES_KEY, []) if ent.start < s.start and s.end <= ent.end - 2]
    if not roles:
        return [(ent, label)]
    role = roles[0]
    front, person = ent.doc[ent.start:role.start], ent.doc[role.start:ent.end]
    if not all(t.is_title or t.is_upper for t in front) or not all(t.is_title for t in person[len(role):]):
        return [(ent, label)]
    return [(front, "ORG"), (person, "PERSON")]


def _split_possessed_unit(ent: Span, label: str, lexicon: Lexicon) -> list[tuple[Span, str]]:
    """ "Tsinghua University's School of Environment" tagged as one ORG: the organization before the
    possessive, then its unit (a name ending on an organization's ending, "University", "Office" ...,
    or on one and a place, "University of Limerick", before a capitalised unit or body: "School",
    "Bureau", "Department" ...). A possessive after a
    person's or a common noun stays inside ("St Mary's Church", "the Supreme People's Court"). Row
    role-unit-member-possessive."""
    if label != "ORG":
        return [(ent, label)]
    doc = ent.doc
    endings = lexicon.organization_name_endings
    for token in ent[1:-1]:
        named = doc[token.i - 1].text in endings or (   # "the University of Limerick's Department"
            token.i - 3 >= ent.start and doc[token.i - 2].lower_ == "of" and doc[token.i - 3].text in endings)
        if token.tag_ != "POS" or not named:
            continue
        unit = doc[token.i + 1:ent.end]
        if unit[0].is_title and any(t.lower_ in lexicon.unit_heads or t.text in endings for t in unit):
            return [(doc[ent.start:token.i], "ORG"), (unit, "ORG")]
    return [(ent, label)]


def _split_party_label(ent: Span, label: str, lexicon: Lexicon) -> list[tuple[Span, str]]:
    """ "Democratic House" of "Democratic House Minority Leader Nancy Pelosi" tagged as one ORG: the
    party word labels the person (rule role.party-label); the chamber is the organization. Row
    role-party-label-chamber."""
    if label == "ORG" and len(ent) > 1 and ent[0].text in lexicon.standalone_parties \
            and (ent[1].lower_ in lexicon.state_organ_words or ent[1].text in lexicon.chamber_words):
        return [(ent[1:], label)]
    return [(ent, label)]


def _cut(ent: Span) -> list[tuple[Span, str]]:
    """Names run together cut apart at a line break, a spaced dash, or (organizations and people) a
    comma between two capitalised names ("on Twitter, Green Party co-chair": "Twitter" and "Green
    Party"; "Martin Luther King, Jr." and "Apple, Inc." stay whole)."""
    doc, pieces, start = ent.doc, [], ent.start
    for token in ent:
        breaks = "\n" in token.text or "\n" in token.whitespace_ or token.is_space
        dash = token.text in ("-", "\u2013", "\u2014") and token.i > 0 and doc[token.i - 1].whitespace_ and token.whitespace_
        comma = token.text == "," and ent.label_ in ("ORG", "PERSON") and start < token.i < ent.end - 1 \
            and doc[token.i + 1].is_title and doc[token.i + 1].text.rstrip(".").lower() not in _NAME_SUFFIXES \
            and not any(t.is_lower for t in doc[start:token.i])   # "Committee for Information Policy, Information ..."
        if breaks or dash or comma:
            end = token.i + (1 if "\n" in token.whitespace_ and not token.is_space and not dash else 0)
            if end > start:
                pieces.append((doc[start:end], ent.label_))
            start = token.i + 1
    if start < ent.end:
        pieces.append((doc[start:ent.end], ent.label_))
    return pieces


def _given_name(word: Token, lexicon: Lexicon) -> bool:
    """A capitalised word that is a given name and no title or organization's name ending."""
    return word.is_title and word.is_alpha and word.lower_ in load_first_names() and not _title_word(word, lexicon) \
        and word.lower_ not in lexicon.honorifics and word.lower_ not in lexicon.title_names \
        and word.text not in lexicon.organization_name_endings


def _with_given_name(doc: Doc, ent: Span, lexicon: Lexicon, state_tokens: frozenset[int]) -> Span:
    """A person's name the NER began one word late: a given name right before it that no other name,
    state or title holds ("charge d'affaires, Daan Feddo Huisinga"; "the People's Council Hadiya
    Khalaf Abbas"). Rows name-given-name-left-out*."""
    i = ent.start - 1
    if i < 0 or len(ent) > 3:
        return ent
    word = doc[i]
    if not _given_name(word, lexicon) or word.pos_ != "PROPN" or word.ent_type_ or i in state_tokens \
            or "\n" in word.whitespace_ \
            or is_headline(word.sent) and not (i > 0 and doc[i - 1].text in (",", "(")):   # every word capitalised
        return ent
    return doc[i:ent.end]


def _person_end(doc: Doc, ent: Span) -> int:
    """Where a person's name really ends: past a trailing particle's surname, a quoted nickname, or a
    bracket a quotation's editor closed after the given name ("(US President Donald) Trump",
    "[Ukrainian President Pyotr] Poroshenko")."""
    end = ent.end
    if end + 1 < len(doc) and doc[end].text in (")", "]") and (len(ent) == 1 or ent[-1].lower_ in load_first_names()) \
            and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" and doc[end].whitespace_ != "\n":
        return end + 2
    quotes = sum(t.text in ('"', "\u201c", "\u201d") for t in ent)
    if quotes % 2 == 1 and end < len(doc) and doc[end].text in ('"', "\u201d"):
        end += 1
        while end < len(doc) and doc[end].is_title and end - ent.end < 3:
            end += 1
        return end
    if ent[-1].lower_ in _NAME_PARTICLES:
        while end < len(doc) and (doc[end].lower_ in _NAME_PARTICLES or doc[end].is_title) and end - ent.end < 3 \
                and "\n" not in doc[end - 1].whitespace_:
            end += 1
    return end


_ROMAN = re.compile(r"^[IVXLCDM]+$")


def _bare_acronyms(doc: Doc, covered: set[int], gazetteer: Gazetteer, lexicon: Lexicon) -> Iterator[Span]:
    """Upper-case acronyms the NER left untagged ("KCNA quoted Kim", "told DW"): organizations,
    unless they are things, states, roman numerals, or the sentence is written in capitals. Acronyms
    joined by a hyphen are one name ("ZANU-PF", row name-hyphenated-acronym) unless either stands
    alone elsewhere in the article ("INMO-HSE talks": two parties)."""
    def hyphened(t: Token) -> bool:
        return t.i > 0 and doc[t.i - 1].text == "-" or t.i + 1 < len(doc) and doc[t.i + 1].text == "-"

    def alone(j: int) -> bool:   # the word stands alone elsewhere: a name of its own ("INMO-HSE talks")
        return any(t.i != j and not hyphened(t) for t in tokens_among(doc, {doc[j].text}, lower=False))

    def joined(i: int) -> bool:   # doc[i] is a hyphen between two upper-case words, unspaced, neither a name alone
        return 0 < i < len(doc) - 1 and _inner_hyphen(doc[i]) \
            and all(doc[j].is_upper and doc[j].is_alpha and j not in covered and not alone(j) for j in (i - 1, i + 1))

    seen = set()
    for span in _acronyms(doc, covered, gazetteer, lexicon):
        start, end = span.start, span.end
        while joined(start - 1):
            start -= 2
        while joined(end):
            end += 2
        if start not in seen:
            seen.add(start)
            yield doc[start:end]


def _acronyms(doc: Doc, covered: set[int], gazetteer: Gazetteer, lexicon: Lexicon) -> Iterator[Span]:
    columns = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH])   # look only at short all-capital words
    shaped = (columns[:, 0] == 1) & (columns[:, 1] == 1) & (columns[:, 2] >= 2) & (columns[:, 2] <= 6)
    for token in (doc[int(i)] for i in numpy.flatnonzero(shaped)):
        text = token.text
        if token.i in covered or not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            continue
        if token.pos_ not in ("PROPN", "NOUN") and not (token.pos_ == "ADJ" and len(text) > 2) \
                or text in lexicon.thing_acronyms or _ROMAN.match(text):   # "SDLP leader X": tagged ADJ
            continue
        if gazetteer.state_name(text) or text in NER_LABELS:
            continue
        letters = [t for t in token.sent if t.is_alpha]
        if sum(t.is_upper for t in letters) * 2 > len(letters) or _in_subheading(token) or _dateline(doc[token.i:token.i + 1]):
            continue
        yield doc[token.i:token.i + 1]


_SMALL_WORDS = ("of", "and", "the", "for", "in", "on")


def _common_noun_acronyms(doc: Doc) -> set[str]:
    """Acronyms the article spells out in lower case ("foreign direct investment (FDI)", "chronic
    obstructive pulmonary disease (COPD)"): things, never organizations, whose names are capitalised.
    Tested in tests/test_sentences.py (a one-word name needs a sign of being one)."""
    found = set()
    for paren in tokens_among(doc, {"("}, lower=False):
        i = paren.i
        if i + 2 >= len(doc) or doc[i + 2].text != ")" or not acronym_letters(doc[i + 1].text):
            continue
        words = []
        for token in reversed(doc[max(0, i - 10):i]):
            if not (token.is_lower and token.is_alpha or token.text == "-"):
                break
            words.insert(0, token.text)
        letters = "".join(w[0] for w in words if w != "-" and w not in _SMALL_WORDS)
        if words and letters.upper().endswith(doc[i + 1].text):
            found.add(doc[i + 1].text)
    return found


def _party_words(doc: Doc, covered: set[int], found: list[Mention], lexicon: Lexicon) -> Iterator[tuple[Token, str]]:
    """A party word that names its party where the article never writes the party's name (lexicon
    [parties] standalone): in front of a person's title or name ("Labour MP Gisela Stuart",
    "Republican Sen. Rand Paul"), as a person's appositive ("Kevin Brady, a Republican,") or as the
    letter of a party-state tag ("Tom Cole (R-Okla.)"). It is a mention of "<First word> Party"; the
    role stage reads the membership (rule role.party-label). Where the article names a party of that
    word ("the Republican Party", "the Republicans"), the word is left to that name. Rows
    role-party-word*."""
    named = {_party_family(_short_party_name(m.name), lexicon) for m in found if m.label == "Organization"}
    people = {i for m in found if m.label == "Person" for i in range(m.token_start, m.token_end)}   # ("Mr Sessions")
    for token in tokens_among(doc, lexicon.standalone_parties, lower=False):   # (a few words of a long article)
        if token.i in covered or token.tag_ in ("NNS", "NNPS"):
            continue
        family = _party_family(token.text, lexicon)
        if family in named or any(c.dep_ in ("amod", "compound", "nmod") and c.is_title and c.ent_type_ not in _PLACE_TYPES
                                  for c in token.lefts):
            continue   # (nor is "Democrat" of "Liberal Democrat" or "Christian Democrat" that party; "the Alabama
            # Republican" is)
        if _tag_letter(token) if len(token.text) == 1 else _on_a_person(token, lexicon, people):
            yield token, family


def plural_title(token: Token, lexicon: Lexicon) -> bool:
    """A title in the plural, spelt out or abbreviated ("senators", "MPs", "Sens.", "Reps."). Row
    role-party-label-plural-title."""
    word = token.lower_.rstrip(".")
    return len(word) > 2 and word.endswith("s") and (word[:-1] in lexicon.roles or word[:-1] + "." in lexicon.honorifics)


def _on_a_person(token: Token, lexicon: Lexicon, people: frozenset[int] | set[int] = frozenset()) -> bool:
    """The word stands on a person: compounded with their name, on a title compounded with it ("Labour
    MP Gisela Stuart"), or on a noun in apposition to it ("Kevin Brady, a Republican (lawmaker),")."""
    head = token
    if head.dep_ in ("amod", "compound", "nmod") and head.i < head.head.i:
        head = head.head
        if head.ent_type_ != "PERSON" and head.dep_ in ("compound", "appos", "nmod") and (
                _title_word(head, lexicon) or head.lower_ in lexicon.role_words or head.lower_ in lexicon.tag_roles
                or plural_title(head, lexicon)   # ("Democratic Sens. X and Y")
                or head.dep_ == "appos" and head.pos_ == "NOUN"):   # ("McCain, the 2008 GOP presidential nominee,")
            head = head.head
    elif head.dep_ == "appos":
        head = head.head
    return head is not token and (head.ent_type_ == "PERSON" or head.i in people)


def _short_party_name(name: str) -> str:
    """ "Republican" of "Republican Party"; any other name as it is ("Republicans", "GOP")."""
    words = name.split()
    return words[0] if len(words) == 2 and words[1].lower() == "party" else name


def _party_family(word: str, lexicon: Lexicon) -> str:
    """The first word of a party's name, lower-case, from any of its short forms ("Tory" -> "conservative")."""
    return lexicon.party_short_forms.get(word, word.lower())


_PLACE_TYPES = ("GPE", "LOC")


def _tag_letter(token: Token) -> bool:
    """ "R" of "John McCain, R-Ariz." or "(R-Ariz.)": a letter, a hyphen and a capitalised place right after
    a person's name."""
    doc = token.doc
    i = token.i
    return 2 <= i and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].text[:1].isupper() \
        and doc[i - 1].text in (",", "(") and doc[i - 2].ent_type_ == "PERSON"


def _in_subheading(token: Token) -> bool:
    """ "KEEPING SCORE: ...", "ASIA'S DAY: ...": a run of capitals ending in a colon heads a section."""
    doc = token.doc
    i = token.i
    while i < len(doc) and (doc[i].is_upper or doc[i].text in ("'S", "'s", "&", "-")) and i - token.i < 6:
        i += 1
    return i < len(doc) and doc[i].text == ":"


def _org_context(span: Span, lexicon: Lexicon, *, after: bool = False) -> bool:
    """The name stands in apposition to, or compounds with, an organization noun; with ``after``, a
    description after it counts too ("Syngenta, the Swiss company": a place the NER saw; after a
    person's name such a noun is as often another appositive's: "X, CEO of Y, the company behind");
    or it names where a role is held (:func:`_employer`)."""
    if _employer(span, lexicon, place=after):
        return True
    root = span.root
    head = root.head
    nouns = lexicon.organization_nouns
    if root.dep_ in ("appos", "compound") and head.lower_ in nouns and not head.is_title \
            and head.i not in range(span.start, span.end):
        return True
    # (an appositive right after the comma of a name that opens with no given name is its own:
    # "Sueddeutsche Zeitung, a German daily newspaper"; not "Narendra Modi, the biggest Dalit movement")
    own = span[0].lower_ not in load_first_names()
    return any(c.dep_ in ("appos", "compound") and c.lower_ in nouns and not c.is_title
               and (c.i < span.start or c.dep_ == "appos" and (after or own and c.left_edge.i == span.end + 1))
               for c in root.children)


def _named_by_ending(doc: Doc, covered: set[int], lexicon: Lexicon) -> Iterator[Span]:
    """Capitalised words the NER missed that end with an organization's name ending ("the Associated
    Press", "Interior Ministry"), two words at least; not in a headline or a sentence written in
    capitals, where every word is capitalised."""
    for end in tokens_among(doc, lexicon.organization_name_endings, lower=False):
        if end.i in covered or end.i == 0:
            continue
        start = end.i
        while start > 0 and start - 1 not in covered and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                and (doc[start - 1].is_alpha or doc[start - 1].text == "&") and not _title_word(doc[start - 1], lexicon):
            start -= 1
        if start == end.i:
            continue
        if is_headline(end.sent) or _before_a_role(doc[start:end.i + 1], lexicon):
            continue
        yield _with_hyphenated_start(doc[start:end.i + 1], covered)


def _before_a_role(span: Span, lexicon: Lexicon) -> bool:
    """Title and portfolio words right before a role word: the front of a title, no name ("European
    Energy" of "European Energy Commissioner"; row name-title-not-organization)."""
    roles = span.doc.spans.get(ROLES_KEY, [])
    return any(r.start == span.end for r in roles) and portfolio_words(list(span), lexicon)


def is_headline(sentence: Span) -> bool:
    """A headline or a line in capitals: (nearly) every word capitalised."""
    words = [t for t in sentence if t.is_alpha]
    return sum(t.is_title or t.is_upper for t in words) > 0.6 * len(words)


def _one_name(span: Span) -> bool:
    """Two person spans side by side that are one name ("Abdu Rabbu" + "Mansour Hadi", "Abd-Rabbu" +
    "Mansour Hadi"): five words at most, all of them names or a hyphen inside one (no line break, no
    glued words), outside a headline."""
    return len(span) <= 5 and "\n" not in span.text and not is_headline(span.sent) \
        and all(t.is_title or _inner_hyphen(t) for t in span)


def _inner_hyphen(token: Token) -> bool:
    """A hyphen with no space either side, inside a word ("Abd-Rabbu")."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _title_word(token: Token, lexicon: Lexicon) -> bool:
    """ "Deputy", "Chief", "Former": a word of a person's title, not of an organization's name
    ("Queensland Deputy Police Commissioner X")."""
    lower = token.lower_
    return lower in lexicon.role_heads or lower in lexicon.former or lower in lexicon.deputy_words


def _organs_in_lower_case(doc: Doc, covered: set[int], found: list[Mention], state_tokens: frozenset[int],
                          lexicon: Lexicon) -> Iterator[Span]:
    """A state's organ written in lower case after the state's name or demonym, its portfolio between,
    on a person's title: "Chinese foreign ministry spokesman Lu Kang", "Russia's defence ministry
    official X" name the organization "Chinese foreign ministry" (the NER leaves it out, and with it
    whose official the person is). Not where the article names an organ of that portfolio otherwise
    ("Russia's Foreign Ministry ... a Japanese foreign ministry official"): the two would be taken for
    one. Row name-organ-lower-case."""
    names = [m.name.lower() for m in found if m.label == "Organization"]
    for noun in tokens_among(doc, lexicon.state_organ_words):
        if not noun.is_lower or noun.i in covered or noun.dep_ != "compound" or noun.head.i < noun.i \
                or not _title_word(noun.head, lexicon):
            continue
        start = _portfolio_start(doc, noun.i, lexicon)
        portfolio = doc[start:noun.i + 1].text.lower()
        if start == noun.i or any(name.endswith(portfolio) for name in names):
            continue
        state = _state_before(doc, start, state_tokens)
        if state is None or any(t in covered for t in range(start, noun.i)):
            continue
        yield doc[state.start:noun.i + 1]


def _portfolio_start(doc: Doc, start: int, lexicon: Lexicon) -> int:
    """Where an organ's lower-case portfolio words before ``start`` begin ("foreign" of "foreign
    ministry"; not a deputy's or former word)."""
    while start > 0 and doc[start - 1].is_lower and portfolio_words([doc[start - 1]], lexicon) \
            and doc[start - 1].lower_ not in lexicon.deputy_words and doc[start - 1].lower_ not in lexicon.former:
        start -= 1
    return start


def _state_before(doc: Doc, start: int, state_tokens: frozenset[int]) -> Span | None:
    """The state's name or demonym right before ``start``, past a possessive ("Russia's", "Chinese")."""
    end = start - 1 if start > 1 and doc[start - 1].tag_ == "POS" else start
    if end == 0 or end - 1 not in state_tokens:
        return None
    first = end - 1
    while first > 0 and first - 1 in state_tokens:
        first -= 1
    return doc[first:end]


def _acting_organs(doc: Doc, covered: set[int], found: list[Mention], state_tokens: frozenset[int],
                   gazetteer: Gazetteer, lexicon: Lexicon) -> Iterator[tuple[Span, str]]:
    """A state's organ in lower case right after the state's name, demonym or possessive, acting in its
    clause ("Egypt's interior ministry accused him", "the Israeli parliament adopted a law", "Italy's
    coast guard rescued 970 migrants"): the organization the NER left out, named with its state, and
    the same name for each later mention of that state's organ ("Russia's foreign ministry" ... "the
    Russian foreign ministry"). Not where the article names an organ of that portfolio otherwise (the
    two would be taken for one), not an organ whose name goes on ("Belgium's court of cassation"), nor
    lexicon ``named_organs`` (a state has many courts; its central bank has a name of its own). Row
    name-organ-acting."""
    names = [m.name.lower() for m in found if m.label == "Organization"]
    phrases = _organ_phrases(lexicon.state_organ_words - lexicon.named_organs)
    seen: dict[tuple[str, str], str] = {}
    for noun in tokens_among(doc, phrases):
        if not noun.is_lower or noun.i in covered or noun.dep_ not in _ACTING_DEPS \
                or noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of":
            continue
        lengths = [len(w) for w in phrases[noun.lower_]
                   if noun.i - len(w) + 1 >= 0 and tuple(t.lower_ for t in doc[noun.i - len(w) + 1:noun.i + 1]) == w]
        if not lengths:
            continue
        start = _portfolio_start(doc, noun.i - max(lengths) + 1, lexicon)
        organ = doc[start:noun.i + 1].text.lower()
        if any(name.endswith(organ) for name in names):
            continue
        state = _state_before(doc, start, state_tokens)
        if state is None or any(t in covered for t in range(start, noun.i + 1)):
            continue
        code = gazetteer.state_code(state.text) or gazetteer.demonym_code(state.text) or state.text.lower()
        span = doc[state.start:noun.i + 1]
        yield span, seen.setdefault((code, organ), _clean_name(span.text))


@functools.lru_cache(maxsize=8)
def _organ_phrases(organs: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The organ words by their last word ("force": ("air", "force"), ("aerospace", "force")), built once per lexicon."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for organ in sorted(organs):
        words = tuple(organ.split())
        phrases.setdefault(words[-1], []).append(words)
    return {last: tuple(found) for last, found in phrases.items()}


#: Where an organ stands when it acts: a subject, an object or a possessor.
_ACTING_DEPS = ("nsubj", "nsubjpass", "dobj", "poss")


def _described_organizations(doc: Doc, covered: set[int], lexicon: Lexicon) -> Iterator[Span]:
    """A capitalised name the NER missed, in apposition to an organization noun: "Reprieve, a
    London-based nongovernmental organization", or after one that describes it: "British company
    Noble Caledonia" (row name-described-organization)."""
    for noun in tokens_among(doc, lexicon.organization_nouns):
        if noun.pos_ == "NOUN" and noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "PROPN":
            name = doc[noun.i + 1:noun.head.i + 1]
            if all(t.is_title and t.pos_ == "PROPN" and t.i not in covered for t in name):
                yield name
            continue
        if noun.pos_ != "NOUN" or noun.dep_ != "appos":
            continue
        head = noun.head
        if head.pos_ != "PROPN" or not head.is_title or head.i in covered or head.i > noun.i:
            continue
        start = head.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == head \
                and doc[start - 1].is_title and start - 1 not in covered:
            start -= 1
        yield doc[start:head.i + 1]


def _led_bodies(doc: Doc, covered: set[int], lexicon: Lexicon) -> Iterator[tuple[Span, str]]:
    """A body named by who leads it: "the US-led coalition", "the U.S.-led coalition", "the
    Saudi-led alliance" (row member-led-body); the leader's own name stays a mention inside it."""
    for head in tokens_among(doc, lexicon.led_bodies):
        if head.pos_ != "NOUN" or head.i < 2 or head.i in covered:
            continue
        led = doc[head.i - 1]
        if led.lower_ == "led" and doc[head.i - 2].text == "-" and head.i >= 3 and not doc[head.i - 2].whitespace_ \
                and not doc[head.i - 3].whitespace_:
            start = head.i - 3
        elif led.lower_.endswith("-led") and len(led) > 4:
            start = head.i - 1
        elif led.lower_ == "led" and doc[head.i - 2].text.endswith("."):
            start = head.i - 2   # "U.S.-led": the cleaner blanks a hyphen after an abbreviation's stop
        else:
            continue
        if start == 0 or not doc[start].text[0].isupper() or doc[start - 1].lower_ != "the":
            continue   # ("the" before it: "a Kurdish-led alliance" is a kind, not one body)
        span = doc[start:head.i + 1]
        yield span, span.text.replace(". led ", ".-led ")


def _unnamed_organizations(doc: Doc, covered: set[int], gazetteer: Gazetteer, lexicon: Lexicon) -> Iterator[Span]:
    """Capitalised words right before an organization noun that no entity covers ("the X-Y party")."""
    for head in tokens_among(doc, lexicon.organization_heads):
        if head.pos_ != "NOUN" or head.is_title:
            continue
        start = head.i
        while start > 0:
            prev = doc[start - 1]
            glued = prev.whitespace_ == "" and start < head.i
            if prev.is_title or prev.is_upper and len(prev) > 1 or (glued and not prev.is_space):
                start -= 1
            else:
                break
        while start < head.i and not doc[start].is_title:
            start += 1
        if start == head.i or covered.intersection(range(start, head.i)) and \
                all(t in covered for t in range(start, head.i)):
            continue
        if any(doc[t].ent_type_ in ("PERSON", "ORG", "DATE", "CARDINAL", "ORDINAL") for t in range(start, head.i)):
            continue
        while start < head.i and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        if start + 3 <= head.i and stance_prefix_at(doc, start):
            start += 3   # "the pro-Kremlin newspaper": a stance, no name
        if start == head.i:
            continue
        span = doc[start:head.i]
        words = [t.text for t in span if not t.is_punct]
        if words and all(gazetteer.state_name(w) for w in words):
            continue   # "the US-Japan alliance": states, not an organization's name
        if len(span) > 1 or span[0].pos_ == "PROPN":
            yield span


def _from_entity(ent: Span, ner_label: str, doc_id: str, sent_of: list[int], states: dict,
                 state_tokens: frozenset[int], roles: list[Span],
                 gazetteer: Gazetteer, lexicon: Lexicon) -> Mention | None:
    if ner_label not in NER_LABELS and ner_label not in _OTHER_NAME_LABELS:
        return None
    span = _trim(ent)
    if span is None:
        return None
    if ner_label in _OTHER_NAME_LABELS:   # "Trish Grant, a spokeswoman for ..." tagged a work of art: a person all the same
        if not _described_by_a_title(span, roles, gazetteer, lexicon):
            return None
        ner_label = "PERSON"
    if span.start > 0 and span.doc[span.start - 1].text in ("#", "@"):
        return None   # a hashtag or a handle, not a name
    capital = gazetteer.capital_code(span.text) or (span.text.isupper() and gazetteer.capital_code(span.text.title()))
    if ner_label in ("PERSON", "GPE", "LOC") and len(span) == 1 and span.text.isupper() and len(span.text) > 1 \
            and not gazetteer.state_name(span.text) and not capital:
        ner_label = "ORG"   # "SANA", "IS": acronyms name organizations, not people or places
    if ner_label == "PERSON" and span.text in lexicon.platforms:
        return None   # "took to Twitter": a platform the model calls a person is no one (lexicon ``platforms``; row platform-no-person)
    state_span = states.get((span.start, span.end))
    if gazetteer.state_code(span.text):
        return _state_mention(state_span or span, doc_id, sent_of, gazetteer)
    plural = _plural_demonym(span.text, gazetteer) or (gazetteer.state_code(span.text[:-1]) if span.text.endswith("s") else None)
    if plural:   # "North Koreans", "Japans", tagged PERSON or ORG
        return _state_mention(span, doc_id, sent_of, gazetteer, code=plural) if _the_people(span) else None
    if len(span) == 1 and span[0].lower_ in lexicon.event_nouns and not (
            span[0].is_title and span[0].lower_ in lexicon.state_organ_words):
        return None   # "Raid": an unnamed event, read as one by the event-noun rule (but "Congress" is a body)
    if _only_state_names(span, gazetteer) or _prefixed_adjective(span):
        return None   # "US-Japan", "trans-Pacific": no name of its own
    if ner_label == "NORP" or (state_span is not None and state_span.label_ == "DEMONYM"):
        if _one_of_the_people(span) or _quoted_alone(span):
            return None
        code = gazetteer.demonym_code(span.text)
        if code is None and _the_people(span):
            code = _plural_demonym(span.text, gazetteer)
        return _state_mention(span, doc_id, sent_of, gazetteer, code=code) if code else None
    if ner_label in ("PERSON", "ORG", "NORP", "LOC") and capital:
        ner_label = "GPE"   # "Kiev" tagged PERSON, a dateline's "MOSCOW": a capital is a place (or its government)
    if ner_label in ("PERSON", "ORG") and _dateline(span):
        ner_label = "GPE"   # "PSKOV, March 1. /TASS/.": the place a report was filed from
    if ner_label == "PERSON" and _headed_by_the(span) and all(t.is_title or not t.is_alpha and t.is_punct for t in span):
        ner_label = "ORG"   # "chief executive of the Royal Mint", "told the Miami Herald": no person's name
    if ner_label == "GPE" and capital and _acts(span, lexicon):
        code = capital
        return Mention(
            doc_id=doc_id, text=span.text, name=gazetteer.canonical[code], label="State", start=span.start_char,
            end=span.end_char, token_start=span.start, token_end=span.end, sent=sent_of[span.start],
            source="capital", canonical=gazetteer.canonical[code],
        )
    label = NER_LABELS[ner_label]
    if not label:
        return None
    source = f"ner:{ner_label}"
    text = span.text
    if not _is_name(text, lexicon):
        return None
    if label == "Person":
        while len(span) > 1 and (span[0].lower_ in lexicon.byline_words
                                 or span[0].is_upper and span[0].is_alpha and len(span[0].text) > 2
                                 and not span[1].is_upper   # (not a name in capitals: "ADAM KELSEY")
                                 or span[0].is_lower and span[0].is_alpha and span[0].lower_ not in _NAME_PARTICLES):
            span = span[1:]   # "Follow Julie Pace on Twitter", "By John Smith", "told CNN al-Masri was ...",
            # "Protests mar Jeff Sessions confirmation" (a lower-case word is no name's first)
        while len(span) > 2 and span[0].i in state_tokens and _title_word(span[1], lexicon):
            span = span[1:]   # "(Saudi) Arabian King Salman": a nationality before the title, not a name
        titled = _strip_person_title(span, lexicon)
        if titled is None or not _person_name_shape(titled):
            return None
        if titled.start == span.start and len(titled) == 1 and not _acts_as_person(titled, lexicon):
            source = LONE_PERSON
        span = titled
        while len(span) > 2 and span[-1].tag_ in ("NNS", "NNPS"):   # "Sami Zeidan Guests:"
            span = span[:-1]
        if len(span) > 2 and gazetteer.capital_code(span[-1].text) and span.end < len(span.doc) \
                and span.doc[span.end].text in ("(", "--", "\u2014"):
            span = span[:-1]   # a byline run into its dateline: "Will Ripley Seoul (CNN) --"
        text = span.text
    if label == "Organization" and (_is_title_fragment(span, roles, lexicon, state_tokens) or _title_and_portfolio(span, lexicon)):
        return None
    if label == "Organization":
        span = _strip_trailing_role(span, lexicon)
        if span is None:
            return None
        span = _strip_trailing_title_words(span, roles, lexicon)
        if len(span) > 1 and _is_title_fragment(span, roles, lexicon, state_tokens):
            return None   # "European Energy" of "European Energy Commissioner", tagged with its role word
        span = _strip_leading_title(span, roles, lexicon)
        text = span.text
    if label in ("Organization", "Location") and _honorific(span[0], lexicon) and len(span) > 1 and span[1].is_title:
        label, span = "Person", span[1:]   # "Ms Stuart", "Mr de Mistura" tagged ORG: a person
        # (test test_a_name_after_a_form_of_address_is_a_person)
        text = span.text
    if label in ("Organization", "Location") and (_looks_like_person(span, gazetteer, lexicon, place=label == "Location")
                                                  or _titled(span, roles, lexicon)
                                                  or _described_by_a_title(span, roles, gazetteer, lexicon)
                                                  or (label == "Organization" and _leads_government(span))):
        label = "Person"
    if label in ("Person", "Location") and span[-1].text in lexicon.organization_name_endings and len(span) > 1:
        label = "Organization"
    if label == "Person" and any(part.lower() in lexicon.organization_name_words
                                 for t in span for part in t.text.split("-")):
        label = "Organization"   # "Jabhat al-Nusra", "Jamaat-ul-Ahrar", "Al-Shabab"
    if label in ("Person", "Location") and _org_context(span, lexicon, after=label == "Location"):
        label = "Organization"
    last = span[-1].text
    if label in ("Person", "Location") and last in lexicon.location_heads and len(span) > 1:
        label = "Location"
    edition = _edition_year(span, lexicon)
    if edition is not None:   # "the Renminbi World Conference" + "2016", "the Web Summit 2017": one edition's name
        span, text, last = edition, edition.text, edition[-2].text
    if (last in lexicon.event_name_heads and len(span) > 1) or text in lexicon.event_names:
        label = "Event"
    if gazetteer.is_territory(text):
        label = "Location"
    if _named_place(span, lexicon):
        label, source = "Location", NAMED_PLACE
    return Mention(
        doc_id=doc_id, text=text, name=_clean_name(text), label=label, start=span.start_char,
        end=span.end_char, token_start=span.start, token_end=span.end, sent=sent_of[span.start],
        source=source,
    )


def _named_place(span: Span, lexicon: Lexicon) -> bool:
    """A name given to a kind of place ("the town of al-Bab", "the city of Mosul"; lexicon
    ``place_nouns``): a place, whatever the NER took it for. Row name-the-town-of."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in lexicon.place_nouns \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in prep.head.children)


def _edition_year(span: Span, lexicon: Lexicon) -> Span | None:
    """An event's name with the year of its edition, written right after it or tagged with it ("the
    Renminbi World Conference 2016", "Web Summit 2017"): the name with the year, else None. Row
    event-edition-year."""
    doc = span.doc
    if span[-1].text in lexicon.event_name_heads and span.end < len(doc) and _a_year(doc[span.end]) \
            and span[-1].whitespace_:
        return doc[span.start:span.end + 1]
    if len(span) > 2 and _a_year(span[-1]) and span[-2].text in lexicon.event_name_heads:
        return span
    return None


def _a_year(token: Token) -> bool:
    """A four-digit year of the last or this century written alone ("2016")."""
    return len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


def _headed_by_the(span: Span) -> bool:
    """A name right after "the" that heads its own phrase names no person ("the Royal Mint", "the
    Miami Herald", "the Lincoln Tunnel"); a person's name there modifies what follows it ("the Carter
    administration", "the Eric Clapton song"). Rows name-after-the*."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ == "the" and span.root.dep_ not in ("compound", "nmod", "amod", "poss") \
        and not (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS")


def _employer(span: Span, lexicon: Lexicon, *, place: bool = False) -> bool:
    """A name after "at" or "with" that a role word governs, perhaps through a unit of it ("an
    economist at Morgan Stanley", "head of the China Group at Grant Thornton", "a plant scientist with
    X", not "a lawyer with Anna Berg", nor a ``place`` after "with"): the employer, an organization
    whatever the NER says. Rows name-employer*."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("at", "with") or prep.i > span.start:
        return False
    if prep.lower_ == "with" and (place or span[0].lower_ in load_first_names()):
        return False   # "a lawyer with Anna Berg": as often a colleague; "a fellow with the Middle East (Programme)"
    head = prep.head
    for _ in range(3):
        if head.lower_ in lexicon.occupation_heads and head.pos_ == "NOUN":
            return True
        if head.dep_ != "pobj" or head.head.lower_ != "of":
            return False
        head = head.head.head   # "head of the China Group at ...": up to the role
    return False


def _dateline(span: Span) -> bool:
    """A name in capitals that opens a line and is followed by a date ("PSKOV, March 1.") or an
    agency in brackets ("BEIRUT (Reuters)"): a dateline's place (row name-dateline-place)."""
    doc = span.doc
    if not all(t.is_upper and t.is_alpha for t in span) or len(span.text) < 3:
        return False
    if span.start > 0 and "\n" not in doc[span.start - 1].whitespace_ and not doc[span.start - 1].is_space:
        return False
    after = doc[span.end:span.end + 3]
    return len(after) == 3 and (after[0].text == "," and after[1].ent_type_ == "DATE"
                                or after[0].text == "(" and after[2].text == ")")


def _strip_trailing_role(span: Span, lexicon: Lexicon) -> Span | None:
    """ "Foreign Ministry Spokesman": the organization without the role word the NER swallowed."""
    end = span.end
    while end > span.start and span.doc[end - 1].lower_ in lexicon.role_heads:
        end -= 1
    return span.doc[span.start:end] if end > span.start else None


def _strip_trailing_title_words(span: Span, roles: list[Span], lexicon: Lexicon) -> Span:
    """ "UN Special" of "UN Special Coordinator for Lebanon": the acronym without the words of the title
    that begins inside it (not "Front National leader", "Associated Press writer": names whose last
    word is also a title's; row name-strip-trailing-title-words)."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].lower_ in lexicon.title_modifiers:
        end -= 1
    title_begins_inside = any(r.start == span.end or span.start < r.start < span.end < r.end for r in roles)
    if end == span.end or not title_begins_inside or not all(t.is_upper for t in span.doc[span.start:end]):
        return span
    return span.doc[span.start:end]


def _strip_leading_title(span: Span, roles: list[Span], lexicon: Lexicon) -> Span:
    """ "State Rex Tillerson" of "Secretary of State Rex Tillerson": the title words the NER took into
    a name are left out (what follows is then read as a titled name, see :func:`_titled`)."""
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in lexicon.title_modifiers \
            and any(r.start < span.start and start < r.end for r in roles):
        start += 1   # only the end of a title begun before the name ("General Assembly" keeps its word)
    rest = span.doc[start:span.end]
    if start == span.start or not (len(rest) <= 3 and all(t.is_title for t in rest) and rest[0].lower_ in load_first_names()):
        return span   # what is left must read as a person's name ("Health and Human Services" stays)
    return rest


def _titled(span: Span, roles: list[Span], lexicon: Lexicon) -> bool:
    """A short capitalised name right after a person's title or honorific ("President Trump",
    "Ambassador Mokhtar Lamani"): a person, whatever the NER said."""
    if not 1 <= len(span) <= 3 or not all(t.is_title for t in span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if before.lower_ in lexicon.honorifics:
        return True
    return any(r.end == span.start and r.label_ != "MEMBER_OF" or r.end == span.start and r.text.lower() in
               ("ambassador", "senator", "spokesman", "spokeswoman") for r in roles)


def _described_by_a_title(span: Span, roles: list[Span], gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """A short capitalised name set before a comma and a person's title ("Sunder Katwala, director of
    the think-tank British Future", "X, a senior fellow at ..."): a person, whatever the NER said. Not a
    title an organization or a state holds too (lexicon ``shared_roles``: "Gazprom, the owner of",
    "Palestine, an observer at the UN"), nor a name with a place, state or organization word in it.
    Row name-described-by-a-title."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words) or _headed_by_the(span) \
            or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    if not _no_place_or_body_word(words, gazetteer, lexicon) or any(t.lower_ in lexicon.organization_name_words for t in words):
        return False
    start = span.end + 1
    while start < len(doc) and doc[start].pos_ in ("DET", "ADJ") and doc[start].is_lower:
        start += 1   # "a senior", "the former"
    return any(r.start == start and r.text.lower() not in lexicon.shared_roles
               and r.text.lower().split()[-1] not in lexicon.shared_roles for r in roles)


def _leads_government(span: Span) -> bool:
    """ "the Trump administration", "the Obama presidency": a person's name modifying a government noun
    (for a name the model typed as an organization; a place's government, "the Pyongyang regime",
    "the Guangzhou government", is no person's)."""
    root = span.root
    return len(span) <= 3 and all(t.is_title for t in span) and root.dep_ == "compound" \
        and root.head.lower_ in ("administration", "presidency", "government", "cabinet", "regime", "campaign")


def _honorific(token: Token, lexicon: Lexicon) -> bool:
    """A form of address before a name ("Mr", "Ms", "Mrs."; lexicon ``male_honorifics``, ``female_honorifics``)."""
    word = token.lower_.rstrip(".")
    return token.is_title and (word in lexicon.male_honorifics or word in lexicon.female_honorifics)


def _looks_like_person(span: Span, gazetteer: Gazetteer, lexicon: Lexicon, *, place: bool = False) -> bool:
    """Two to four capitalised words starting with a common first name, none of them a place, state or
    organization word ("Olaf Scholz" tagged ORG): a person; not a ``place`` the NER found whose
    first word opens place names ("West Virginia", lexicon ``place_prefixes``)."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.is_title and t.is_alpha for t in words) or _headed_by_the(span):
        return False
    if words[0].lower_ not in load_first_names() or words[0].lower_ in _NAME_PARTICLES:
        return False
    if place and words[0].text in lexicon.place_prefixes:
        return False   # "West Virginia", "San Antonio": a place the NER saw (row name-place-prefix)
    return _no_place_or_body_word(words, gazetteer, lexicon)


def _no_place_or_body_word(words: list[Token], gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """No word of a would-be person's name says place, event or organization: not a last word that
    heads such names ("... City", "... Summit", "... Group", "... Inc"), no state or capital."""
    last = words[-1].text
    if last in lexicon.location_heads or last in lexicon.event_name_heads or last.lower() in lexicon.organization_heads \
            or last in lexicon.organization_name_endings:
        return False
    return not any(gazetteer.state_name(t.text) or gazetteer.capital_code(t.text) for t in words)


def _acts(span: Span, lexicon: Lexicon) -> bool:
    """A capital acting as a government: a subject, agent, possessor or object, not a place after "in";
    a capital naming a government ("the Pyongyang regime", "the Beijing government", "the government
    in Athens"), a party ("relations between Moscow and Tehran") or a diplomat's host ("Moscow's
    ambassador to Washington"). A conjunct acts as the first one does."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "compound" and root.head.lower_ in lexicon.governance_nouns:
        return True
    if root.dep_ == "pobj":
        prep, head = root.head, root.head.head
        if prep.lower_ == "to" and (head.lemma_ in lexicon.transfer_verbs or head.lower_ in lexicon.accredited_roles):
            return True   # "sending weapons to Moscow": the recipient; "ambassador to Washington": the host
        if prep.lower_ == "between" and head.lower_ in lexicon.party_nouns:
            return True   # "ties between Ankara and Berlin": the parties (rows capital-between*)
        if prep.lower_ == "in" and (head.lower_ in lexicon.governance_nouns or span.doc[prep.i - 1].lower_ in lexicon.governance_nouns):
            return True   # "the government in Athens" (the parse may hang "in Athens" on the verb: row capital-government-in)
        return prep.dep_ == "agent" or (prep.lower_ not in _LOCATIVE_PREPS)
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "appos")


def _the_people(span: Span) -> bool:
    """A plural demonym stands for its state only as "the Russians" (said, denied ...); without the
    article it names people ("Hundreds of Pakistanis protested", "Australians joined IS")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _one_of_the_people(span: Span) -> bool:
    """ "two women - an Indonesian and a Vietnamese": a demonym standing as a noun after "a" is one
    person of that people, not the state ("a Russian delegation" keeps its state)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an", "one") \
        and span.root.dep_ not in ("amod", "compound", "nmod")


def _quoted_alone(span: Span) -> bool:
    """ "headed the 'Somali' battalion": a demonym quoted on its own is a unit's name, not its state.
    Row name-quoted-demonym."""
    doc = span.doc
    return 0 < span.start and span.end < len(doc) and doc[span.start - 1].is_quote and doc[span.end].is_quote


def _plural_demonym(text: str, gazetteer: Gazetteer) -> str | None:
    """ "North Koreans", "Russians": the people of a state stand for it like its demonym."""
    return gazetteer.demonym_code(text[:-1]) if text.endswith("s") and len(text) > 3 else None


def _prefixed_adjective(span: Span) -> bool:
    """ "trans-Pacific", "pro-Western": a lower-case prefix glued to a name makes an adjective."""
    return span[0].text[:1].islower() and len(span) > 1 and span[1].text in ("-", "\u2013") \
        and span[0].lower_ not in _NAME_PARTICLES   # ("al-Shabab", "el-Sisi": a name's own article)


def _only_state_names(span: Span, gazetteer: Gazetteer) -> bool:
    """ "US-Japan", "Sino-Russian": a compound of states or demonyms, not a name of its own."""
    words = [t.text for t in span if not t.is_punct]
    return len(words) > 1 and all(gazetteer.state_name(w) for w in words)


def _state_mention(span: Span, doc_id: str, sent_of: list[int], gazetteer: Gazetteer, *, nested: bool = False,
                   code: str | None = None) -> Mention:
    code = code or gazetteer.state_code(span.text) or gazetteer.demonym_code(span.text)
    is_demonym = gazetteer.state_code(span.text) is None
    return Mention(
        doc_id=doc_id, text=span.text, name=gazetteer.canonical[code], label="State",
        start=span.start_char, end=span.end_char, token_start=span.start, token_end=span.end,
        sent=sent_of[span.start], source="demonym" if is_demonym else ("gazetteer-nested" if nested else "gazetteer"),
        canonical=gazetteer.canonical[code],
    )


def _trim(ent: Span) -> Span | None:
    """The entity without a leading determiner, a trailing possessive and edge punctuation."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].text in ("'s", "\u2019s") or doc[end - 1].lower_ in _NO_NAME_ENDINGS):
        end -= 1   # ("a journalist from Raqqa Despite the ...": a run-on into the next sentence)
    while end - start >= 3 and doc[end - 2].text in ("-", "\u2013") and doc[end - 1].is_lower and doc[end - 1].is_alpha \
            and doc[end - 1].pos_ not in ("PROPN", "NOUN", "ADJ", "X") \
            and not doc[end - 3].whitespace_ and not doc[end - 2].whitespace_:
        end -= 2   # "al-Sarraj-later was appointed": a word the corpus glued on with a hyphen for a space (not
        # a syllable of the name: "Kim Jong-un", "Park Geun-hye")
    return doc[start:end] if end > start else None


def _clean_name(text: str) -> str:
    for opening, closing in ("()", "[]"):   # an unbalanced bracket: "Donald) Trump", "Monetary Fund (IMF"
        if closing in text and opening not in text:
            text = text.replace(closing, " ")
        elif opening in text and closing not in text:
            text = text.split(opening)[0]
    text = _LEADING_JUNK.sub("", text.strip())
    text = _TRAILING_POSSESSIVE.sub("", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(_EDGE_PUNCT)


def _is_name(text: str, lexicon: Lexicon) -> bool:
    """False for strings that are not names of anything: things, numbers, credit lines, lower case."""
    name = _clean_name(text)
    if len(name) < 2 or not _HAS_UPPER.search(name) or _URLISH.search(name):
        return False
    if name in lexicon.thing_acronyms or _ALLCAPS_PLURAL.match(name) or name in lexicon.not_names:
        return False
    if name.lower().rstrip(".") in lexicon.honorifics or name.lower() + "." in lexicon.honorifics:
        return False   # "Ret" of "Ret. Lt. Gen."
    if name.rstrip("s") in lexicon.thing_acronyms or (" " in name and name.split()[-1] in lexicon.thing_name_endings):
        return False   # "MPs", "the Nobel Peace Prize"
    if not any(ch.isalpha() for ch in name):
        return False
    return True


def _acts_as_person(span: Span, lexicon: Lexicon) -> bool:
    """Evidence that a one-word name the NER calls a person is one: a title or honorific before it
    ("Mr Ross", "President Putin"), a given name ("Donald"), acting as a clause's subject
    ("Tillerson caused a stir", "Hayatou said"), or heading a government ("the Obama administration")."""
    doc, token = span.doc, span[0]
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in lexicon.honorifics or before.lower_ in lexicon.role_heads
                               or before.lower_ in lexicon.title_modifiers or before.lower_ in load_first_names()):
        return True   # (a given name before it: the NER cut the name, "UN Sergiy | Kyslytsya")
    if token.lower_ in load_first_names():
        return True
    if token.dep_ == "poss" or (token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX")):
        return True   # "Putin's visit", "Tillerson caused a stir"
    return token.dep_ == "compound" and token.head.lower_ in lexicon.governance_nouns


def _person_name_shape(span: Span) -> bool:
    """False for spans no person is called: with digits ("Tracker 2016") or ending on a function
    word ("Save the")."""
    if any(ch.isdigit() for ch in span.text):
        return False
    return span[-1].pos_ not in ("DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON")


def _strip_person_title(span: Span, lexicon: Lexicon) -> Span | None:
    """Drop titles and honorifics the NER swallowed into a PERSON span ("President Trump")."""
    start = span.start
    doc = span.doc
    while start < span.end - 1:
        word = doc[start].lower_
        if word in lexicon.honorifics or word in lexicon.role_heads or word in lexicon.title_modifiers or word in lexicon.former \
                or (word == "-" and start > span.start):   # "Lt-Gen Stephen Townsend": a hyphenated rank
            start += 1
        else:
            break
    trimmed = doc[start:span.end]
    word = trimmed[0].lower_
    if len(trimmed) == 1 and (word in lexicon.role_heads or word.rstrip("-") in lexicon.former
                              or word in lexicon.honorifics or word in lexicon.title_modifiers):
        return None   # "Senior" of "Senior analyst at ...": a title word alone is nobody's name
    return trimmed


def _is_title_fragment(span: Span, roles: list[Span], lexicon: Lexicon, state_tokens: frozenset[int]) -> bool:
    """An ORG made only of title words right before or inside a role ("Defense" in "Defense Minister"),
    or of a state's name or demonym and title words ("Ukrainian Permanent" of "Ukrainian Permanent
    Representative": the state keeps its own gazetteer mention), or a minister's portfolio."""
    words = span.text.lower()
    titled = [t for t in span if t.i not in state_tokens]
    if (words in lexicon.title_modifiers or portfolio_words(titled, lexicon)) \
            and any(role.start <= span.end <= role.end or role.start <= span.start < role.end for role in roles):
        return True   # ("European Climate" of "European Climate Commissioner")
    if _headed_by_a_title(span, roles, lexicon, state_tokens):
        return True
    return _is_portfolio(span, roles, lexicon, state_tokens)


def _headed_by_a_title(span: Span, roles: list[Span], lexicon: Lexicon, state_tokens: frozenset[int]) -> bool:
    """An ORG that is a title and its phrase: "(Armenia's) Special Representative for Relations (with
    Turkey)", "High Commissioner for Refugees": perhaps a state's name, title words, then a role word,
    then an "of"/"for" phrase, and no word that makes a body's name ("Office", "Council"). Rows
    name-title-not-organization*."""
    start = span.start
    while start < span.end and (span.doc[start].i in state_tokens or span.doc[start].tag_ == "POS"):
        start += 1
    while start < span.end and span.doc[start].lower_ in lexicon.title_modifiers:
        start += 1
    role = next((r for r in roles if r.start == start and r.end < span.end), None)
    return role is not None and span.doc[role.end].lower_ in ("of", "for") \
        and not any(t.text in lexicon.organization_name_endings or t.lower_ in lexicon.organization_heads
                    for t in span.doc[role.end:span.end])


def _is_portfolio(span: Span, roles: list[Span], lexicon: Lexicon, state_tokens: frozenset[int]) -> bool:
    """An ORG naming a minister's portfolio, perhaps of several words joined (lexicon ``portfolios``
    and ``title_modifiers``): before a ministerial title, with nothing but portfolio words between
    ("Industry and Trade Minister", "Agriculture, Forestry and Fisheries Minister"), or in its
    "of"/"for" phrase ("Minister for Children and Youth Affairs"). Rows role-portfolio-*."""
    if not portfolio_words([t for t in span if t.i not in state_tokens], lexicon):
        return False
    doc = span.doc
    in_phrase = span.start >= 2 and doc[span.start - 1].lower_ in ("of", "for")
    return any(role.label_ == "MINISTER_OF" and (
        in_phrase and role.end == span.start - 1
        or span.end <= role.start and all(t.lower_ in _PORTFOLIO_JOINTS or portfolio_words([t], lexicon)
                                          for t in doc[span.end:role.start]))
        for role in roles)


def portfolio_words(tokens: list[Token], lexicon: Lexicon) -> bool:
    """The tokens name a minister's portfolio: title or portfolio words (lexicon ``title_modifiers``,
    ``portfolios``), perhaps joined by "and", "&" or commas ("Foreign Affairs and Trade")."""
    words = [t for t in tokens if t.lower_ not in _PORTFOLIO_JOINTS]
    return bool(words) and all(t.lower_ in lexicon.title_modifiers or t.lower_ in lexicon.portfolios for t in words)


_PORTFOLIO_JOINTS = ("and", "&", ",")


def _title_and_portfolio(span: Span, lexicon: Lexicon) -> bool:
    """An ORG that is a title word and its "of"/"for" phrase ("Lecturer of Finance", "General of
    Immigration" of "Director General of Immigration", "the Minister for Finance"): a title, whose
    holder's owner is named elsewhere."""
    return len(span) > 2 and span[1].lower_ in ("of", "for") and span[0].lower_ in lexicon.role_heads \
        and span[0].lower_ not in lexicon.body_heads


def _event_chunks(doc: Doc, lexicon: Lexicon) -> Iterator[Span]:
    """Noun phrases headed by an event noun ("the military parade", "a summit"), without their modifiers' clauses."""
    for token in tokens_among(doc, lexicon.event_nouns, lemmas=lexicon.event_nouns):
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in lexicon.event_nouns and token.lower_ not in lexicon.event_nouns:
            continue
        if token.dep_ == "compound" or token.ent_type_ in ("DATE", "TIME"):
            continue  # "parade ground": the head is something else; "March" is a month
        if _in_the_event_of(token):
            continue
        kept = _name_tokens(token, lexicon)
        yield doc[min(t.i for t in kept): max(t.i for t in kept) + 1]


def _in_the_event_of(token: Token) -> bool:
    """The conditional "in the event of war", "in the event that ...", "in the event Rimi wasn't there":
    no happening. "took part in the event in Paris" is one. Row event-conditional-idiom."""
    doc, i = token.doc, token.i
    if token.lower_ != "event" or i < 2 or doc[i - 1].lower_ != "the" or doc[i - 2].lower_ != "in" or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return after.lower_ in ("of", "that") or after.pos_ in ("PRON", "PROPN", "NOUN", "DET")


def _name_tokens(head: Token, lexicon: Lexicon) -> list[Token]:
    tokens = [head]
    for child in head.lefts:
        if child.dep_ in _EVENT_NAME_DROP_DEPS or child.lower_ in lexicon.event_name_drop_words or child.like_num:
            continue
        if child.tag_ in ("VBN", "VBD") and child.is_lower:
            continue   # "assembled Congress", "(US-)led air raids": what was done to it, not its name
        if child.dep_ in ("amod", "compound", "nmod"):
            tokens.extend(t for t in child.subtree if t.dep_ not in _EVENT_NAME_DROP_DEPS or _inner_joint(t))
    tokens.sort(key=lambda t: t.i)
    # keep a contiguous run ending at the head
    run = [head]
    for t in reversed(tokens[:-1]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
        else:
            break
    return _whole_hyphenated_words(run)


def _whole_hyphenated_words(run: list[Token]) -> list[Token]:
    """A name never starts inside a hyphenated word. The parse hangs the piece before the hyphen
    elsewhere, leaving "door UN meeting" of "closed-door UN meeting" and "day summit" of "two-day
    summit": the name takes the whole word. Row event-hyphenated-modifier; tests/test_sentences.py names them."""
    doc = run[0].doc
    while run[0].i > 1 and _inner_hyphen(doc[run[0].i - 1]) and doc[run[0].i - 2].is_alpha:
        run = [doc[run[0].i - 2], doc[run[0].i - 1]] + run
    return run


def _inner_joint(token: Token) -> bool:
    """An "and" or "&" between two capitalised words of one name ("the Belt and Road Forum")."""
    doc = token.doc
    return token.dep_ == "cc" and token.lower_ in ("and", "&") and 0 < token.i < len(doc) - 1 \
        and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].is_title \
        and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].is_title


def _event_mention(chunk: Span, doc_id: str, sent_of: list[int]) -> Mention:
    name = "".join((t.text if t.pos_ == "PROPN" or t.text.isupper() or (t.is_title and not t.is_sent_start)
                    else t.text.lower()) + (" " if t.whitespace_ and t.i < chunk.end - 1 else "") for t in chunk)
    return Mention(
        doc_id=doc_id, text=chunk.text, name=name, label="Event", start=chunk.start_char,
        end=chunk.end_char, token_start=chunk.start, token_end=chunk.end, sent=sent_of[chunk.start],
        source="event-noun",
    )
