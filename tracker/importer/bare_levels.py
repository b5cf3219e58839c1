"""A tier named bare as the one who acts: "- Cấp xã hoàn thành và báo cáo …", "Cấp huyện, cấp xã tổ chức …". A
circular that sets each tier's part, and the notices restating it, write the government of a level by the level
alone; the one that acts at that level is its People's Committee ("UBND cấp xã")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention

# The level's People's Committee, named as the committees' own reading names it, and its kind.
COMMITTEES = {"xa": ("Ủy ban nhân dân cấp xã", "commune"), "huyen": ("Ủy ban nhân dân cấp huyện", "district"),
              "tinh": ("Ủy ban nhân dân cấp tỉnh", "province")}
LEVEL = re.compile(r"\bcap (xa|huyen|tinh)\b")
# More levels after the first share its verb: "Cấp huyện, cấp xã tổ chức …", "Cấp tỉnh và cấp huyện …".
NEXT_LEVEL = re.compile(r"\s*(?:,|\bva\b)\s*cap (xa|huyen|tinh)\b")
# Where a subject opens: a new line, item or sentence (the text's start read as a new line), with an item's mark.
OPENS = re.compile(r"[\n;:.]\s*(?:[-+•*–]\s*|\(?(?:[a-zđ]|\d{1,2})[.)]\s*)?$")


def bare_levels(text: str, folded: str) -> Iterator[Mention]:
    """Each level that opens a subject with a capital ("Cấp xã", not "ở cấp xã") and is followed by its work in
    lower case (not "Cấp tỉnh:", a heading of what is done at that level): its People's Committee."""
    for m in LEVEL.finditer(folded):
        if text[m.start()] != "C" or not text[m.start() + 1 : m.start() + 3].islower() \
                or not OPENS.search(("\n" if m.start() <= 12 else "") + text[max(0, m.start() - 12) : m.start()]):
            continue
        found = [m]
        while (more := NEXT_LEVEL.match(folded, found[-1].end())) is not None:
            found.append(more)
        if not text[found[-1].end() :].lstrip()[:1].islower():
            continue
        for level in found:
            name, kind = COMMITTEES[level.group(1)]
            yield Mention(level.start(1) - len("cap "), level.end(), name, kind, group=True)
