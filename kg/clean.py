"""Cleaning stage: blank out web boilerplate lines without moving any character.

Boilerplate lines are replaced by spaces of the same length, so every character offset the later
stages compute still points into the original file. The rules are general, not a list of one site's
lines (see :func:`is_boilerplate`):

* a line of page furniture vocabulary ("Show More", "Related Articles", "Back to top", "Share this",
  "Read more", "Advertisement", cookie and subscription prompts, social network names ...);
* a line holding an unfilled template placeholder ("%d bloggers like this:", "{count} comments");
* the block of short, unpunctuated lines after the last line that ends a sentence (footer menus);
* inside a line, a share bar: three or more social network and sharing words in a row, with the
  permalink after them ("Send Facebook Twitter Google+ ... Permalink http://dw.com/p/2WT9z");
* a hyphen that stands for a lost space ("told reporters,-the", "explorer-Soma Oil"), and a '?' left
  where a closing quote was mangled ('news,"?Trump'), become spaces.
"""
from __future__ import annotations

import re

from kg.rules import load_lexicon

_FURNITURE = re.compile(
    r"""^\W*(
        (show|read|load|see|view)\s+(more|less|all)(\s+\w+)?
      | (related|recommended|popular|latest|trending|more)\s+(articles?|posts?|stories|news|videos?|reads?)
      | you\s+(may|might)\s+(also\s+)?like
      | back\s+to\s+(top|home)(\s+button)?
      | breaking(\s+news)?
      | (share|print|email|tweet)(\s+(this|on|via)(\s+\w+)?)?
      | follow\s+us(\s+on\s+\w+)?
      | (subscribe|sign\s+up|log\s*in|sign\s+in|register)(\s+\w+){0,4}
      | advertisement|sponsored(\s+content)?|skip\s+(to\s+)?(main\s+)?content|click\s+here(\s+\w+){0,4}
      | (accept|manage)\s+cookies|we\s+use\s+cookies.*
      | (facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|instagram|youtube)(\s*[|,/]\s*\w+)*
      | (copyright|©|\(c\)).*|all\s+rights\s+reserved.*
      | tags?\s*:.*|filed\s+under\s*:.*|comments?(\s*\(\d+\))?|leave\s+a\s+(comment|reply)
      | previous(\s+(article|post))?|next(\s+(article|post))?|home|menu|search
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SHARE_WORD = r"(?:send|share|facebook|twitter|google\+|whatsapp|tumblr|linkedin|stumble(?:upon)?|digg|reddit|newsvine|permalink|email|e-mail|print|pinterest|xing|vkontakte|vk|telegram|flipboard|pocket|messenger|copy\s+link)"
_SHARE_BAR = re.compile(rf"\b{_SHARE_WORD}(?:\s+{_SHARE_WORD}){{2,}}(?:\s+https?://\S+)?", re.IGNORECASE)
# A hyphen glued after punctuation or a possessive ("Pakistan's-interior minister"), between a
# lower-case word and a capitalised one, or before a function word that a space follows ("Trump-on
# Wednesday", "told DW-it was"; "year-on-year", "face-to-face" go on with a hyphen), after an article
# ("a-member of", "the-party's": no English compound starts with one; "A-share", "A-list" are capital
# letters and stay) or after a short preposition before a capitalised word ("on-Thursday", "in-Dublin";
# "in-depth", "by-election" are lower case and stay), or glued to the front of a capitalised word
# (" -Swedish Prime Minister") or of a lower-case word ("Tillerson -on Friday visited"): a lost space. Between two capitalised words it is a name's own (_joins_names).
_FUNCTION_WORDS = r"(?:the|he|she|they|it|its|was|were|is|are|has|had|have|will|would|said|says|who|which|that|this|an?|and|of|on|in|to|by|for|with|from|at)"
_AFTER_ARTICLE = "(?:" + "|".join(rf"(?<=\s{word})|(?<=^{word})" for word in ("a", "an", "the", "An", "The")) + ")"
_AFTER_PREPOSITION = "(?:" + "|".join(rf"(?<=\s{word})|(?<=^{word})" for word in ("on", "of", "at", "to", "in", "by", "for", "from", "with")) + ")"
_LOST_SPACE = re.compile(r"(?<=[,;:.!?\u201d\"])-(?=[A-Za-z\u201c\"\s])|(?<=\b[a-z]{4})-(?=[A-Z][a-z])|(?<=[a-z]{5})-(?=[A-Z][a-z])"
                         rf"|(?<=[A-Za-z]['\u2019]s)-(?=[A-Za-z])|(?<=[A-Za-z])-(?={_FUNCTION_WORDS}\s)"
                         r"|(?<=[ \t])-(?=[A-Z][a-z])|(?<=[ \t])-(?=[a-z]+\s)"
                         rf"|{_AFTER_ARTICLE}-(?=[A-Za-z])|{_AFTER_PREPOSITION}-(?=[A-Z][a-z])")
# A closing quote mangled into '"?' or ',?' glued to the next word ("news,"?Trump): the '?' is a lost space.
_MANGLED_QUOTE = re.compile(r"(?<=[\"\u201d,])\?(?=[A-Za-z])")
_KEEP_PREFIXES = ("anti", "semi", "post", "self", "ultra", "inter", "trans", "intra", "multi", "extra", "super", "pseudo", "counter", "mid")
_PLACEHOLDER = re.compile(r"%[sd]\b|\{\w*\}|\{\{.*?\}\}")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
_FOOTER_MAX_WORDS = 8


def is_boilerplate(line: str) -> bool:
    """True for a line of page furniture or an unfilled template, wherever it stands."""
    text = line.strip()
    if not text:
        return False
    if len(text.split()) <= _FOOTER_MAX_WORDS and _FURNITURE.match(text):
        return True
    return bool(_PLACEHOLDER.search(text)) and len(text.split()) <= 12


def boilerplate_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges (start, end) of the lines judged boilerplate."""
    lines, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((pos, pos + len(body), body))
        pos += len(line)
    last_sentence = max(
        (i for i, (_, _, body) in enumerate(lines) if _SENTENCE_END.search(body) and len(body.split()) > 3),
        default=-1,
    )
    ranges = []
    for i, (start, end, body) in enumerate(lines):
        stripped = body.strip()
        if not stripped:
            continue
        trailing_footer = i > last_sentence >= 0 and len(stripped.split()) <= _FOOTER_MAX_WORDS \
            and not _SENTENCE_END.search(stripped)
        if trailing_footer or is_boilerplate(stripped):
            ranges.append((start, end))
    return ranges


def _joins_names(text: str, hyphen: int, unhyphenated: frozenset[str]) -> bool:
    """A hyphen between two capitalised words is a name's own ("Pierre-Henry Brandet",
    "Schleswig-Holstein", "Harley-Davidson"), more often than a lost space, unless one word is a
    title's or ends an organization's name ("Hungarian-Prime Minister", "President-Bashar",
    "the Metropolitan Police-Neil Basu") or the article writes the two words apart elsewhere
    ("actor Richard-Gere" beside "Richard Gere"). Rows hyphen-in-a-name-kept,
    hyphen-lost-space-before-a-name."""
    before = re.search(r"[A-Za-z]+$", text[max(0, hyphen - 30):hyphen])
    after = re.match(r"[A-Za-z]+", text[hyphen + 1:hyphen + 31])
    if before is None or after is None:
        return False
    first, second = before.group(0), after.group(0)
    if len(first) < 6 or not first[0].isupper() or first.isupper() or not second[0].isupper():
        return False
    if first.lower() in unhyphenated or second.lower() in unhyphenated:
        return False
    return re.search(rf"\b{first}\s+{second}\b", text) is None


def clean_text(text: str, unhyphenated: frozenset[str] | None = None) -> str:
    """The text with boilerplate blanked by spaces; same length, same offsets. ``unhyphenated``
    (:attr:`kg.rules.Lexicon.unhyphenated_words`, the default lexicon's when not given) tells a
    title or an organization glued to a name by a lost space from a hyphenated name."""
    if unhyphenated is None:
        unhyphenated = load_lexicon().unhyphenated_words
    ranges = boilerplate_lines(text) + [m.span() for m in _SHARE_BAR.finditer(text)]
    chars = list(text)
    for start, end in ranges:
        chars[start:end] = " " * (end - start)
    for match in _MANGLED_QUOTE.finditer(text):
        chars[match.start()] = " "
    for match in _LOST_SPACE.finditer(text):
        word = re.search(r"[A-Za-z]+$", text[max(0, match.start() - 12):match.start()])
        if word and word.group(0).lower() in _KEEP_PREFIXES:
            continue
        if _joins_names(text, match.start(), unhyphenated):
            continue
        chars[match.start()] = " "
    return "".join(chars)
