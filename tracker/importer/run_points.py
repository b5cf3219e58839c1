"""Lettered points a copy ran together: "a) Lễ hội được tổ chức trang trọng. b) Ủy ban nhân dân cấp xã có
trách nhiệm …" printed on one line, as a crawl of a page or a PDF's column often leaves them. Read as one
point, the second point's doer and work would be filed under the first point's label."""

from __future__ import annotations

import re

from ..text import UPPER

# The order points are lettered in: the Vietnamese alphabet ("d", "đ", "e", "g"), though a drafter may
# follow the Latin one ("e", "f", "g"); either successor opens the next point.
VIETNAMESE = "abcdđeghiklmnopqrstuvxy"
LATIN = "abcdefghijklmnopqrstuvwxyz"
OPENING = re.compile(r"^([a-zđ])\)\s")


def _successors(letter: str) -> set[str]:
    found = set()
    for alphabet in (VIETNAMESE, LATIN):
        at = alphabet.find(letter)
        if 0 <= at < len(alphabet) - 1:
            found.add(alphabet[at + 1])
    return found


def points_apart(paragraph: str) -> list[str]:
    """A paragraph opening with a point ("a) …") split where the next point in order begins after a
    sentence ends (". b) Ủy ban …"): only the next letter, followed by a capital, marks a point, so a
    reference inside a sentence ("theo điểm b) khoản 2") stays where it is."""
    m = OPENING.match(paragraph)
    if not m:
        return [paragraph]
    for letter in sorted(_successors(m.group(1))):
        cut = re.search(rf"(?<=[.;])\s+(?={re.escape(letter)}\)\s+[{UPPER}])", paragraph)
        if cut:
            return [paragraph[: cut.start()], *points_apart(paragraph[cut.end() :])]
    return [paragraph]
