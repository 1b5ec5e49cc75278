"""The spaCy pipeline: the configured model plus the project's own components.

* ``kg_line_breaks`` (before the parser): a line break always starts a sentence, so a headline or a
  one-line paragraph is never glued to the next one.
* ``kg_sentence_cap`` (after it, before the parser): inside a run of more than ``max_tokens`` (200)
  tokens with no line break and no sentence-ending punctuation, a sentence starts every
  ``max_tokens`` tokens. The parser keeps preset starts, so no sentence is longer than the cap there;
  a text without punctuation (a scraped table, a feed that lost its full stops) can no longer make one
  sentence of the whole article, which every rule that walks a sentence would pay for. Ordinary
  prose never has such a run, so its parse is untouched.
* ``kg_states`` (a SpanRuler after the NER): every name, short form and demonym of a state from the
  gazetteer, as spans in ``doc.spans["kg_states"]`` (label ``STATE`` or ``DEMONYM``, id = ISO code).
* ``kg_roles`` (a SpanRuler, case-insensitive): role words and titles from the lexicon, as spans in
  ``doc.spans["kg_roles"]`` (label = relation type, e.g. ``MINISTER_OF``).

Text longer than ``PIECE_CHARS`` (50,000 characters) is parsed in pieces (:func:`parse`): the
statistical components' working data grows with the length of what they are given at once, and one
750,000-character article peaked at 2.4 GB parsed whole.

Both rulers hold phrase patterns (a PhraseMatcher on ``ORTH`` or ``LOWER``), not token patterns: the
spans are the same, but a token-pattern Matcher tries every pattern at every token and cost as much
as the NER; a PhraseMatcher looks each token up once.

The model is a setting (``Settings.model``), so any installed English pipeline can be used.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
import spacy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from kg.errors import ModelError
from kg.gazetteer import load_gazetteer
from kg.rules import load_lexicon
from kg.settings import Settings

STATES_KEY = "kg_states"
ROLES_KEY = "kg_roles"
LONGEST = {"@misc": "spacy.first_longest_spans_filter.v1"}


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token holding a line break (and at the first token after it)."""
    for token in doc[:-1]:
        if "\n" in token.text or (token.whitespace_ == "" and "\n" in token.text_with_ws):
            doc[token.i + 1].is_sent_start = True
    return doc


MAX_SENTENCE_TOKENS = 200
# A token holding one of these may end a sentence: the parser decides, the cap does not interfere.
_SENTENCE_END_CHARS = frozenset(".!?\u2026\u3002\uff01\uff1f")


@Language.factory("kg_sentence_cap", default_config={"max_tokens": MAX_SENTENCE_TOKENS})
def make_sentence_cap(nlp: Language, name: str, max_tokens: int):
    """The ``kg_sentence_cap`` component (see the module docstring)."""
    if max_tokens < 1:
        raise ValueError(f"kg_sentence_cap: max_tokens must be at least 1, got {max_tokens}")

    def sentence_cap(doc: Doc) -> Doc:
        start = 0   # where the current run without a possible sentence end began
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if token.is_sent_start or (previous.is_punct and not _SENTENCE_END_CHARS.isdisjoint(previous.text)):
                start = token.i
            elif token.i - start >= max_tokens:
                token.is_sent_start = True
                start = token.i
        return doc

    return sentence_cap


def _state_patterns(settings: Settings) -> list[dict]:
    gazetteer = load_gazetteer(settings.states_file)
    patterns = []
    for name, code in sorted(gazetteer.names.items()):
        if code not in gazetteer.territories:
            patterns.append({"label": "STATE", "pattern": name, "id": code})
    for name, code in sorted(gazetteer.demonyms.items()):
        patterns.append({"label": "DEMONYM", "pattern": name, "id": code})
    return patterns


def _role_patterns(settings: Settings) -> list[dict]:
    lexicon = load_lexicon(settings.lexicon_file)
    return [{"label": relation, "pattern": phrase} for phrase, relation in sorted(lexicon.roles.items())]


_LOST_LETTER = "\ufffd"
# A quotation mark glued between a word and the next, where a space was lost ('forward."Germany\'s
# environment minister', 'a good day,"Trump said'): the mark and the punctuation before it are tokens
# of their own, so the next word (often a name) is whole. Row tokenizer-glued-quote.
_GLUED_QUOTES = (
    r'(?<=[A-Za-z])[.,!?;:](?=["\u201c\u201d][A-Za-z])',
    r'(?<=[A-Za-z.,!?;:])["\u201c\u201d](?=[A-Za-z])(?!(?:t|s|re|ve|ll|d|m)\b)',   # not an apostrophe ('Don"t')
)


def _keep_lost_letters(nlp: Language) -> None:
    """A U+FFFD replacement character is a letter lost to a bad decoding ("Sinn F\ufffd\ufffdin",
    "Frank-J\ufffd\ufffdrgen Weise"); the default tokenizer takes it for a symbol and cuts the word
    around it, and the name with it. The tokenizer's prefix, suffix and infix rules are rebuilt with
    it left out of their symbol class, so it stays inside its word; the infixes also cut a quotation
    mark glued between two words (:data:`_GLUED_QUOTES`)."""
    def without(patterns: Iterable[str]) -> list[str]:
        return [p.replace("\\uFFFC\\uFFFD", "\\uFFFC").replace(_LOST_LETTER, "") if isinstance(p, str) else p
                for p in patterns]
    defaults = nlp.Defaults
    if defaults.prefixes:
        nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(without(defaults.prefixes)).search
    if defaults.suffixes:
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(without(defaults.suffixes)).search
    if defaults.infixes:
        infixes = without(defaults.infixes) + list(_GLUED_QUOTES)
        nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def _plural_abbreviations(nlp: Language, settings: Settings) -> None:
    """The plural of an abbreviated title ("Sens.", "Reps.", lexicon ``plural_abbreviations``) is one
    token, as the singular is: the default tokenizer cuts its point off and the parser then ends a
    sentence there ("Democratic Sens. | Joe Manchin and Heidi Heitkamp backed ...")."""
    for form in load_lexicon(settings.lexicon_file).plural_abbreviations:
        for spelling in (form, form.lower()):
            nlp.tokenizer.add_special_case(spelling, [{ORTH: spelling}])


@functools.lru_cache(maxsize=2)
def load_pipeline(settings: Settings = Settings()) -> Language:
    """Load the model named in the settings and add the project's components (cached per settings)."""
    try:
        nlp = spacy.load(settings.model, exclude=["senter"])
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {settings.model!r}: {str(exc).splitlines()[0]}") from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {settings.model!r} needs a parser and an ner component, has {nlp.pipe_names}")
    _keep_lost_letters(nlp)
    _plural_abbreviations(nlp, settings)
    nlp.add_pipe("kg_line_breaks", before="parser")
    nlp.add_pipe("kg_sentence_cap", after="kg_line_breaks")
    # SpanRuler.add_patterns runs the pipeline before it on each phrase; only the tokenizer matters.
    with nlp.select_pipes(disable=nlp.pipe_names):
        states = nlp.add_pipe("span_ruler", name="kg_states", after="ner",
                              config={"spans_key": STATES_KEY, "validate": True, "spans_filter": LONGEST,
                                      "phrase_matcher_attr": "ORTH"})
        states.add_patterns(_state_patterns(settings))
        roles = nlp.add_pipe("span_ruler", name="kg_roles", after="kg_states",
                             config={"spans_key": ROLES_KEY, "validate": True, "spans_filter": LONGEST,
                                     "phrase_matcher_attr": "LOWER"})
        roles.add_patterns(_role_patterns(settings))
    return nlp


PIECE_CHARS = 50_000
# Where a long text may be cut, best first; each cut falls at the end of a run of white space, where
# the tokenizer splits whatever comes before and after, so no token is ever cut.
_CUTS = (
    re.compile(r"\n\s*\n\s*(?=\S)"),                                          # a paragraph break
    re.compile(r"\n\s*(?=\S)"),                                                # a line break
    re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u201d\u2019)\]]*\s+(?=\S)"),   # a sentence end
    re.compile(r"\s+(?=\S)"),                                                   # any space
)


def parse(nlp: Language, items: Iterable[tuple[str, Any]], *, batch_size: int,
          piece_chars: int = PIECE_CHARS) -> Iterator[tuple[Doc, Any]]:
    """``nlp.pipe(items, as_tuples=True, batch_size=batch_size)``, with text longer than ``piece_chars``
    parsed a piece at a time.

    A long text is cut into pieces of at most ``piece_chars`` characters (:func:`pieces`), each parsed
    alone, and the piece Docs joined with ``Doc.from_docs``: tokens, sentences, dependencies, entities
    and span groups are those of the pieces, at the offsets of the whole text, so peak memory is that
    of one piece whatever the length. Each cut starts a sentence; it falls at a paragraph break, a
    line break or a sentence end where one is in the last half of the piece. Shorter texts go through
    ``nlp.pipe`` in order, in batches, untouched. The joined Doc has no ``tensor`` (nothing reads it).
    """
    for long, group in itertools.groupby(items, key=lambda item: len(item[0]) > piece_chars):
        if not long:
            yield from nlp.pipe(group, as_tuples=True, batch_size=batch_size)
            continue
        for text, context in group:
            docs = list(nlp.pipe((text[start:end] for start, end in pieces(text, piece_chars)), batch_size=1))
            yield Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"]), context


def pieces(text: str, piece_chars: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces covering ``text``, each at most ``piece_chars`` long
    unless no white space allows a cut: then the piece runs on to the next one that does."""
    start = 0
    while len(text) - start > piece_chars:
        end = _cut(text, start + piece_chars // 2, start + piece_chars)
        if end is None:
            end = _cut(text, start + piece_chars, len(text), first=True)
            if end is None:
                break
        yield start, end
        start = end
    yield start, len(text)


def _cut(text: str, low: int, high: int, *, first: bool = False) -> int | None:
    """The best place to cut ``text`` between ``low`` and ``high`` (the last of the best kind of
    :data:`_CUTS`), or with ``first`` the first place of any kind; None when there is none."""
    for pattern in (_CUTS[-1:] if first else _CUTS):
        end = None
        for match in pattern.finditer(text, low, high + 1):
            end = match.end()
            if first:
                break
        if end is not None:
            return end
    return None


# "the pro-EU D66", "the anti-EU Party for Freedom": a stance prefix before a name (relations.stance_prefixes
# reads the stance from it; mentions drop it and the name from the holder's name).
STANCE_PREFIXES = {"pro": ("SUPPORTS", "support.pro-prefix"), "anti": ("CRITICIZED", "criticize.anti-prefix")}


def stance_prefix_at(doc: Doc, i: int) -> bool:
    """A stance prefix glued by a hyphen to the word after it starts at token ``i`` ("anti-EU")."""
    return 0 <= i < len(doc) - 2 and doc[i].lower_ in STANCE_PREFIXES and doc[i + 1].text == "-" \
        and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def first_conjunct(token: Token) -> Token:
    """The first of coordinated words ("leader" of "a leader in Russia and critic of Putin")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def tokens_among(doc: Doc, words: Iterable[str], *, lower: bool = True, lemmas: Iterable[str] = ()) -> list[Token]:
    """The tokens whose text (lower-cased, or as written) is one of ``words``, or whose lemma is one
    of ``lemmas``, in text order, found on the Doc's arrays: a rule that looks at a few words of a
    long article need not build a Token for each of its words."""
    columns = doc.to_array([LOWER if lower else ORTH, LEMMA])
    found = numpy.isin(columns[:, 0], _hashes(frozenset(words)))
    if lemmas:
        found |= numpy.isin(columns[:, 1], _hashes(frozenset(lemmas), any_case=True))
    return [doc[int(i)] for i in numpy.flatnonzero(found)]


@functools.lru_cache(maxsize=64)
def _hashes(words: frozenset[str], any_case: bool = False) -> numpy.ndarray:
    """The StringStore hashes of words (the same in every vocabulary); with ``any_case`` also of their
    capitalised and upper-case forms (a lemma may keep its capital: "Parades")."""
    forms = {v for w in words for v in (w, w.title(), w.upper())} if any_case else words
    return numpy.array(sorted(hash_string(w) for w in forms), dtype=numpy.uint64)


# Regular endings and what replaces them ("denied" -> "deny", "staged" -> "stage"); a doubled final
# consonant too ("wiretapped" -> "wiretap").
REGULAR_ENDINGS = (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")) + tuple(
    (double + ending, double[0]) for double in ("bb", "dd", "gg", "mm", "nn", "pp", "rr", "tt") for ending in ("ed", "ing"))


def lemma_keys(token: Token) -> set[str]:
    """The lemma, the word, and the word with a regular ending removed: the small model's lemmatizer
    sometimes errs ("staged" -> "stag", "hopes" -> "hop"), and a trigger should not be lost to it."""
    lower = token.lower_
    keys = {token.lemma_.lower(), lower}
    if token.pos_ in ("VERB", "AUX"):
        for ending, repl in REGULAR_ENDINGS:
            if lower.endswith(ending) and len(lower) - len(ending) >= 3:
                keys.add(lower[: len(lower) - len(ending)] + repl)
    return keys
