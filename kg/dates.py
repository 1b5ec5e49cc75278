"""Dates stage: when the fact of each relation happened, and on what basis that is said.

relations (from the claim stage) -> the same relations, each evidence item dated:

* ``stated``: spaCy found a DATE entity that the relation's own clause governs — "attended the
  parade on Wednesday", "the delivery in November 2022", "has led the party since 2012" — and
  :mod:`dateparser` read it against the document's publication date (``on Wednesday`` is the last
  Wednesday on or before it for a past fact, the next one for a planned fact). The date keeps the
  precision the text gives: ``2017-02-15`` (day), ``2017-02`` (month), ``2017`` (year).
  ``date_since`` marks a start ("since 2014", "from 2014 to 2016").
* ``published``: the clause places nothing in time, and the document has a publication date; the
  fact is dated by it (it happened on or before that day, or is being reported then).
* nothing, when neither is known. A date is never guessed without a publication date to read a
  relative expression against.

Mechanisms (each with sentence-table rows in tests/test_dates.py):

* **clause attachment**: a DATE entity belongs to the nearest verb above it in the parse; it dates
  a relation when that verb is the relation's trigger or the verb of the trigger's clause, or when
  it hangs on the trigger noun itself ("the visit on Wednesday", "Wednesday's parade" attended).
  A date on the object dates taking part in it ("attended Wednesday's parade"), not other acts
  ("condemned the January 29 raid"). A title is dated only by a date on the title ("president
  since 2012"), its start on the verb that gives it ("was elected president in May 2017"), never by
  the saying around it ("President X said on Friday").
* **durations are not dates**: "two years", "several months" (a unit with no point word such as
  "ago", "last", "next") and spans the parser reads only to the week or the hour give no date.
* **office starts**: "X took office in January", "the new president, who was inaugurated on
  Wednesday", anywhere in the article, date the start of the one office the article gives X.
* **tense**: planned facts (the claim stage's ``intended``/``possible`` modality) read a bare
  weekday or month forward from the publication date, facts that happened backward.

Why dateparser and not python-dateutil: dateutil reads absolute dates but has no relative
expressions ("last month", "yesterday", "on Wednesday" against a base date) and no notion of the
precision a date is given at; dateparser has both (``RETURN_TIME_AS_PERIOD``). The comparison on the
dev set's dated relations is ``devset/date_parsers.py``.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.arguments import Arguments
from kg.records import ROLE_TYPES, DocumentResult, Ref, Relation
from kg.rules import Lexicon

#: dateparser periods and the precision they give a date; other periods (week, time) give none.
PRECISIONS = {"day": "day", "part_of_day": "day", "month": "month", "year": "year"}
ISO_LENGTH = {"day": 10, "month": 7, "year": 4}
#: Relations that take part in a happening named by their object, so the happening's own date is
#: theirs: "attended Wednesday's parade" (not "condemned the January 29 raid", a later act).
TAKING_PART = frozenset({"ATTENDED", "ORGANIZED", "SIGNED"})
#: Offices whose start an article may date in another sentence ("took office in January").
OFFICES = frozenset({"LEADER_OF", "MINISTER_OF"})
#: Modalities of facts still to come (kg.claims): their dates are read forward.
PLANNED = frozenset({"intended", "possible"})
_DECADE = re.compile(r"^(\d{3}0)'?s$")
_RANGE = re.compile(r"^(\d{4})\s*(?:-|–|—|to|and)\s*(?:\d{2}|\d{4})$")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_YEAR = re.compile(r"\b\d{4}\b")
_ANY_DAY = date(2000, 1, 1)   # the base for dates that name their year: it does not change them
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class When:
    """A date at its precision, where it comes from, and whether it is a start."""

    date: str = ""
    precision: str = ""
    basis: str = ""
    since: bool = False


def date_relations(args: Arguments, relations: list[Relation], *, published: str) -> list[Relation]:
    """The relations with ``date``, ``date_precision``, ``date_basis`` and ``date_since`` set on their evidence."""
    doc, lexicon = args.doc, args.lexicon
    fallback = published_date(published)
    base = _base(fallback)
    starts = office_starts(args, relations, base)
    dated = []
    for relation in relations:
        when = fallback
        trigger = relation.evidence.trigger
        stated = stated_date(doc[trigger], relation, base, lexicon) if 0 <= trigger < len(doc) else None
        if stated is None and relation.type in OFFICES:
            stated = starts.get(relation.source)
        if stated is not None:
            when = stated
        evidence = replace(relation.evidence, date=when.date, date_precision=when.precision,
                           date_basis=when.basis, date_since=when.since)
        dated.append(replace(relation, evidence=evidence))
    return dated


def office_starts(args: Arguments, relations: list[Relation], base: date | None) -> dict[Ref, When]:
    """When people took the one office the article gives them, dated anywhere in it: "Trump took
    office in January", "the new president, who was inaugurated on Wednesday" (a start). Only for
    a person with one head-of or minister relation in the article: with two, which one began then
    is not said."""
    offices = Counter(r.source for r in relations if r.type in OFFICES)
    starts: dict[Ref, When] = {}
    lexicon = args.lexicon
    for ent in args.doc.ents:
        if ent.label_ != "DATE":
            continue
        verb = _governor(ent)
        if not _takes_office(verb, lexicon):
            continue
        when = read_date(ent, base, forward=False, lexicon=lexicon)
        if when is None:
            continue
        for holder in _holders(verb, lexicon):
            for ref in args.entities(holder):
                if ref.label == "Person" and offices[ref] == 1 and _finer(when, starts.get(ref)):
                    starts[ref] = replace(when, since=True)   # "this month" ... "on Wednesday": the day
    return starts


def _finer(when: When, than: When | None) -> bool:
    return than is None or len(when.date) > len(than.date)


def _takes_office(verb: Token, lexicon: Lexicon) -> bool:
    """ "was elected/inaugurated/sworn in", "took office", "came to power"."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.appoint_verbs:
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return lemma in lexicon.office_verbs and any(o.lower_ in lexicon.office_nouns for o in objects)


def _holders(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who takes the office: a passive's patient ("was inaugurated"), the object of an active
    appointing verb ("X named Y"), else the subject ("Y took office"); a relative pronoun stands for
    the noun its clause hangs on."""
    children = list(verb.children)
    people = [c for c in children if c.dep_ == "nsubjpass"]
    if not people:
        appointing = verb.lemma_.lower() in lexicon.appoint_verbs
        people = [c for c in children if c.dep_ == ("dobj" if appointing else "nsubj")]
    return [verb.head if p.lower_ in ("who", "that", "which") and verb.dep_ == "relcl" else p for p in people]


def published_date(value: str) -> When:
    """The document's publication date as the fallback date of its facts (empty when it is unknown)."""
    value = value.strip()
    if not ISO_DATE.match(value):
        return When()
    precision = {10: "day", 7: "month", 4: "year"}[len(value)]
    return When(value, precision, "published")


def stated_date(trigger: Token, relation: Relation, base: date | None, lexicon: Lexicon) -> When | None:
    """The date the trigger's clause gives its fact, read against ``base`` (without one, only dates
    that name their year: "in November 2022"); None when it gives none."""
    anchors, start_only, begins = _anchors(trigger, relation, lexicon)
    found = []
    for ent in trigger.sent.ents:
        if ent.label_ != "DATE":
            continue
        governor = _governor(ent)
        if governor in anchors or (relation.type in TAKING_PART and governor.pos_ in ("NOUN", "PROPN")
                                   and governor != trigger and _clause_verb(governor) in anchors):
            found.append(ent)
    # the date closest to the trigger wins ("met on Monday, a week after the talks of January 3")
    for ent in sorted(found, key=lambda e: (abs(e.root.i - trigger.i), e.start)):
        when = read_date(ent, base, forward=relation.modality in PLANNED, lexicon=lexicon)
        if when is None or start_only and not when.since:
            continue
        return replace(when, since=True) if begins else when
    return None


def _anchors(trigger: Token, relation: Relation, lexicon: Lexicon) -> tuple[set[Token], bool, bool]:
    """The tokens a date must hang on to date this relation, whether only a start counts ("has been
    a member since 1999" — not "was a member, he said on Friday"), and whether the date is the start
    of a role ("was elected president in May 2017").

    A verb trigger owns its dates. A noun trigger owns the dates on itself, and those of the light
    verb it is the subject or object of ("the talks were held on Monday"). A title owns its own
    dates ("president since 2012"), a start on its copula, and the date of the verb that gives it
    ("was elected president in 2014": a start); never the saying around it ("President X said on
    Friday")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return {trigger}, False, False
    verb = _clause_verb(trigger)
    lemma = verb.lemma_.lower()
    if relation.type in ROLE_TYPES:
        if _branch(trigger, verb).dep_ in ("nsubj", "nsubjpass"):
            return {trigger}, False, False   # "President X named a prime minister on Thursday"
        if lemma in lexicon.appoint_verbs or lemma in lexicon.role_start_verbs:
            return {trigger, verb}, False, True
        if lemma in lexicon.role_holding_verbs:
            return {trigger, verb}, True, False
        return {trigger}, False, False
    if lemma in lexicon.light_verbs:
        return {trigger, verb}, False, False
    return {trigger}, False, False   # "X's visit ... was announced on Monday" dates the announcement


def _branch(token: Token, ancestor: Token) -> Token:
    """The child of ``ancestor`` whose subtree holds ``token`` (the token itself when it is that child)."""
    while token.head != ancestor and token.head != token:
        token = token.head
    return token


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a token stands in (the token itself when it is a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def _governor(ent: Span) -> Token:
    """The first token above the date that could own it: a verb, or a noun other than the
    preposition chain that introduces the date ("on Wednesday" -> the verb; "the visit on
    Wednesday" -> visit; "Wednesday's parade" -> parade, whose verb is then tried too)."""
    current = ent.root
    while current.head != current:
        current = current.head
        if current.i in range(ent.start, ent.end) or current.dep_ == "prep":
            continue
        return current
    return current


def read_date(ent: Span, base: date | None, *, forward: bool, lexicon: Lexicon) -> When | None:
    """A DATE entity as a date at its precision ("on Wednesday" -> the Wednesday of ``base``'s week
    or before; "since the 1950s" -> 1950, a start), or None for durations and vague spans. Without a
    base only a date that names its year is read."""
    words = [t for t in ent]
    since = ent.start > 0 and ent.doc[ent.start - 1].lower_ in lexicon.date_start_words
    while words and (words[0].lower_ in lexicon.date_edge_words or words[0].lower_ in lexicon.date_start_words):
        since = since or words[0].lower_ in lexicon.date_start_words
        words = words[1:]
    while words and words[-1].lower_ in lexicon.date_edge_words | {"'s", "’s"}:
        words = words[:-1]
    if not words:
        return None
    lowered = {t.lower_ for t in words}
    if lowered & lexicon.date_units and not lowered & lexicon.date_points:
        if any(t.like_num or t.lower_ in ("a", "an", "several", "few", "many", "some") for t in words):
            return None   # "two years", "several months": how long, not when
    text = " ".join(t.text for t in words)
    decade = _DECADE.match(text)
    if decade:
        return When(decade.group(1), "year", "stated", True)
    span = _RANGE.match(text)
    if span:
        return When(span.group(1), "year", "stated", True)
    if base is None:
        if not _YEAR.search(text):
            return None   # "on Wednesday" of an undated document: never guessed
        base = _ANY_DAY
    parsed = _parse(text, base.isoformat(), forward)
    if parsed is None:
        return None
    value, precision = parsed
    return When(value, precision, "stated", since)


@lru_cache(maxsize=4096)
def _parse(text: str, base: str, forward: bool) -> tuple[str, str] | None:
    """dateparser's reading of one expression against a base day, as (ISO date, precision)."""
    from dateparser.date import DateDataParser   # imported on first use: most documents need it late

    relative_base = date.fromisoformat(base)
    if not forward and _WEEKDAYS & set(text.lower().split()):
        relative_base += timedelta(days=1)   # "on Wednesday" in Wednesday's paper is that day
    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime.combine(relative_base, datetime.min.time()),
        "PREFER_DATES_FROM": "future" if forward else "past",
        "RETURN_TIME_AS_PERIOD": True,
    })
    result = parser.get_date_data(text)
    precision = PRECISIONS.get(result.period or "")
    if result.date_obj is None or precision is None:
        return None
    return result.date_obj.date().isoformat()[:ISO_LENGTH[precision]], precision


def _base(fallback: When) -> date | None:
    """The day relative dates are read against: the publication day (a month or year alone is too
    coarse to read "on Wednesday" against)."""
    if fallback.precision != "day":
        return None
    return date.fromisoformat(fallback.date)


def period_bounds(value: str) -> tuple[date, date]:
    """The first and last day of an ISO date at its precision ("2017-02" -> Feb 1 and Feb 28, 2017)."""
    parts = [int(p) for p in value.split("-")]
    year, month, day = (parts + [0, 0])[:3]
    if day:
        return date(year, month, day), date(year, month, day)
    if month:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, 1, 1), date(year, 12, 31)


def in_period(relation: Relation, since: date | None, until: date | None) -> bool:
    """Whether a relation's date falls in [since, until] (a date at month or year precision counts
    when its period overlaps; a start, "since 2014", when it began by ``until``). An undated relation
    is in no period."""
    evidence = relation.evidence
    if not evidence.date:
        return False
    first, last = period_bounds(evidence.date)
    if evidence.date_since:
        last = date.max
    return (since is None or last >= since) and (until is None or first <= until)


def keep_period(result: DocumentResult, since: date | None, until: date | None) -> DocumentResult:
    """A document's result with only the relations dated inside the period (all of them without one)."""
    if since is None and until is None:
        return result
    return replace(result, relations=tuple(r for r in result.relations if in_period(r, since, until)))
