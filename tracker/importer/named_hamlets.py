"""Hamlets a commune asks by name: "… yêu cầu các thôn Đồng Mai và thôn Khê Thượng …", "đề nghị thôn Nà Pè
…", "các ấp Phú Lợi, Phú Hòa …". Each is a body of its own (its self-governing board acts for it), the lead of
the work asked, as "Các thôn" is when the request names them together (hamlets.py). Only right after a request:
elsewhere a named hamlet is where something happens ("ngập úng tại thôn Đồng Mai và thôn Khê Thượng")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .hamlets import SPELLING
from .name_shapes import Mention, capitalised_words
from .vocabulary import REQUEST_WORDS

# The levels of a hamlet a commune asks; "bản" and "ban" fold alike, so the spelling is checked on the text.
LEVEL = r"(?:thon|ap|ban|xom|buon|khom)"
# The request, then the first hamlet's level word, "các" before it where several follow; or the level word opening
# the text (what follows a request, as a sentence cut after it is read for its addressees).
ASKED = re.compile(rf"(?:^\s*|\b{REQUEST_WORDS}\s+)(?P<first>(?:cac\s+)?(?P<level>{LEVEL}))\s+(?=\S)")
# Between two hamlets of the list: a comma or "và", the level word again or not ("…, thôn Lĩnh", "… và Lĩnh").
NEXT = re.compile(rf"\s*(?:,|\bva\b)\s*(?:(?P<level>{LEVEL})\s+)?(?=\S)")
# A hamlet's name may end with its number ("Ao Sen 2", "Khu 5"), which capitalised_words leaves out.
NUMBER = re.compile(r"[ ]+\d{1,2}\b")


def asked_hamlets(text: str, folded: str) -> Iterator[Mention]:
    """Each hamlet a request names, as "Thôn Đồng Mai" (the level word in capitals, as a body's name opens)."""
    for m in ASKED.finditer(folded):
        level = m.group("level")
        written = text[m.start("level") : m.end("level")]
        if written.lower() != SPELLING.get(level, written.lower()):
            continue  # "ban" (a board), not "bản"
        start, position = m.start("first"), m.end()  # "các thôn A": the first name opens with "các"
        while (end := _name_end(text, position)) > position:
            name = re.sub(r"\s+", " ", text[position:end]).strip()
            yield Mention(start, end, f"{written.capitalize()} {name}", "other")
            following = NEXT.match(folded, end)
            if following is None or not text[following.end()].isupper():
                break
            if following.group("level"):
                written = text[following.start("level") : following.end("level")]
            start, position = following.start("level") if following.group("level") else following.end(), following.end()


def _name_end(text: str, position: int) -> int:
    end = capitalised_words(text, position, limit=4)
    if end > position and (number := NUMBER.match(text, end)):
        end = number.end()
    return end
