"""Spellings a copy may use for words the rest of the code reads in one form: old-style tone placement ("hoà",
"uỷ") and the southern "gởi" for "gửi" (a letter "gởi các Sở …" is sent, as "gửi" says)."""

from __future__ import annotations

import re
import unicodedata


def _retone(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    decomposed = unicodedata.normalize("NFD", second)
    mark = decomposed[1:]
    return unicodedata.normalize("NFC", first + mark) + decomposed[0]


def modern_tones(text: str) -> str:
    """Old-style tone placement ("hoà", "uỷ") → the form the rest of the code expects ("hòa", "ủy"):
    move a tone mark from the second vowel of "oa", "oe", "uy" to the first, at a word's end."""
    return re.sub(r"(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\w])", _retone, text)


# The southern spelling of "gửi" (to send), in every case; a word of its own, not part of a longer one.
SOUTHERN_SEND = re.compile(r"(?<!\w)([gG])ởi(?!\w)")


def usual_spellings(text: str) -> str:
    """A regional spelling the rest of the code does not read → the usual one ("gởi" → "gửi")."""
    return SOUTHERN_SEND.sub(r"\1ửi", text)
