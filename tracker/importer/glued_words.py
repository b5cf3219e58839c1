"""Words a page ran together where its source broke a line ("đề nghị các Sở báocáo nhanh", "Thủtướng Chính phủ",
"trực thuộc Trungương"): copied from such a page, names, requests and dates no longer read as written. They are
split back into the syllables they were.

A Vietnamese syllable never holds two vowel groups with consonants between them, so a run of letters that does is
no syllable; when it carries a Vietnamese mark (a tone, "ă", "ơ", "đ" …: no English word, no abbreviation) and
reads as two to four well-formed syllables, it is that many words. Where it reads more than one way ("vịnghiên":
"vị nghiên" or "vịn ghiên"), the syllables the document writes elsewhere as words of their own win."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

# Tone marks, as combining characters after decomposition; the letters' own marks (breve, circumflex, horn) stay.
TONES = {"\u0301": "sac", "\u0300": "huyen", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang"}
VOWELS = "aăâeêioôơuưy"
# In the decomposed text: a tone, a hat, a breve or a horn, or "đ".
MARKED = re.compile("[đ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]")
ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
# The rhymes of the written language, by the endings each vowel takes: "ch" and "nh" after a front vowel or "oa",
# "uy"; "c" and "ng" after the others; "m", "n", "p", "t" after most; glides ("ai", "ươi") end a rhyme.
PALATAL = r"(?:a|ê|i|y|oa|uy)(?:ch|nh)"
VELAR = r"(?:a|ă|â|e|o|ô|u|ư|oa|oă|uâ|iê|yê|uô|ươ|oo)(?:c|ng)"
LABIAL_DENTAL = r"(?:a|ă|â|e|ê|i|o|ô|ơ|u|ư|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|uyê)(?:m|n|p|t)"
OPEN = (r"(?:ươi|ươu|uôi|iêu|yêu|oai|oay|oao|oeo|uây|uya|uyu|ia|ya|ua|ưa|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu"
        r"|uơ|oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y)")
SYLLABLE = re.compile(rf"{ONSET}(?P<rhyme>{PALATAL}|{VELAR}|{LABIAL_DENTAL}|{OPEN})")
STOPS = ("c", "ch", "p", "t")
WORD = re.compile(r"[^\W\d_]+")
MOST_PARTS = 4
# Every vowel letter with its tones, to find quickly the words with two vowel groups (the few that may be glued).
TONED_VOWELS = "".join(unicodedata.normalize("NFC", v + t) for v in VOWELS + VOWELS.upper() for t in ("", *TONES))
TWO_GROUPS = re.compile(rf"[{TONED_VOWELS}][^\W\d_{TONED_VOWELS}]+[{TONED_VOWELS}]")


def unglued(text: str) -> str:
    """The text with each run of syllables split back into its words."""
    if not TWO_GROUPS.search(text):
        return text
    known = Counter(word.lower() for word in WORD.findall(text))
    return WORD.sub(lambda m: _split(m.group(), known), text)


def _split(word: str, known: Counter) -> str:
    lower = word.lower()
    if not TWO_GROUPS.search(word) or not _one_case(word) or not MARKED.search(unicodedata.normalize("NFD", lower)):
        return word
    readings = _readings(lower)
    if not readings:
        return word
    # The reading whose syllables the document uses as words most; then the fewest parts; then the fewest that open
    # on a vowel ("ban hành", not "banh ành"); then the longest first.
    best = max(readings, key=lambda parts: (sum(known[p] > 0 for p in parts), -len(parts),
                                            -sum(p[0] in VOWELS for p in map(_toneless, parts)), [len(p) for p in parts]))
    out, at = [], 0
    for part in best:
        out.append(word[at : at + len(part)])
        at += len(part)
    return " ".join(out)


def _one_case(word: str) -> bool:
    """In lower case, capitalised or in capitals: where the case changes inside a run ("PHÒNGThái" — a signer's
    title and name, "QUYẾT ĐỊNHVề việc" — a title and the subject) the lines it joined are read apart elsewhere."""
    return word[1:].islower() or word.isupper()


@lru_cache(maxsize=4096)
def _readings(lower: str, parts: int = MOST_PARTS) -> tuple[tuple[str, ...], ...]:
    """Every way `lower` reads as one to `parts` syllables."""
    found = [(lower,)] if is_syllable(lower) else []
    if parts > 1:
        for cut in range(1, len(lower)):
            head = lower[:cut]
            if is_syllable(head):
                found += [(head, *rest) for rest in _readings(lower[cut:], parts - 1)]
    return tuple(found)


@lru_cache(maxsize=8192)
def is_syllable(lower: str) -> bool:
    """Whether a lower-case run of letters is one well-formed syllable: its onset, its rhyme, and a tone its ending
    allows ("c", "ch", "p", "t" take only the sharp or the heavy tone)."""
    decomposed = unicodedata.normalize("NFD", lower)
    tones = [TONES[c] for c in decomposed if c in TONES]
    match = SYLLABLE.fullmatch(_toneless(lower))
    if match is None or len(tones) > 1:
        return False
    stopped = match["rhyme"].endswith(STOPS)
    return not stopped or (bool(tones) and tones[0] in ("sac", "nang"))


def _toneless(lower: str) -> str:
    decomposed = unicodedata.normalize("NFD", lower)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
