"""A province or a centrally-run city named bare, as a Government programme names the locality it gives work
to or has the ministries work with: a heading "2. Đối với thành phố Hà Nội", "Trách nhiệm của tỉnh Lào Cai",
"Đối với Thủ đô Hà Nội" (the capital by its title), a helper "phối hợp với tỉnh Lào Cai", and a subject told
to act ("Thành phố Hà Nội nghiên cứu …"). The locality acts through its People's Committee (rule 4), named in full."""

from __future__ import annotations

import re
from dataclasses import replace

from .names import Mention, find_mentions
from .text import UPPER, fold
from .vocabulary import DIRECTIVE_VERB

# The level (or the capital's title) and the place's name in capitals.
PLACE = re.compile(rf"(?P<level>[Tt]ỉnh|[Tt]hành phố|Thủ đô)\s+(?P<place>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}})")
# A heading's rest: the place and nothing after it but the heading's colon.
HEADING_END = re.compile(r"\s*:?\s*$")


def _committee(m: re.Match) -> list[Mention]:
    level = "tỉnh" if m.group("level").lower() == "tỉnh" else "thành phố"
    named = find_mentions(f"Ủy ban nhân dân {level} {m.group('place')}")[:1]
    return [replace(s, start=m.start("level"), end=m.end("place")) for s in named]


def province_named(rest: str) -> tuple[list[Mention], int]:
    """The People's Committee of the province or city a heading's rest names bare, and where its name ends."""
    m = PLACE.match(rest, len(rest) - len(rest.lstrip()))
    if m is None or not HEADING_END.fullmatch(rest, m.end()):
        return [], 0
    return _committee(m), m.end()


def province_at(text: str, position: int) -> Mention | None:
    """The People's Committee of the province or city a helper list names bare at `position`."""
    m = PLACE.match(text, position)
    return (_committee(m) or [None])[0] if m else None


def opening_province(text: str, position: int) -> Mention | None:
    """The People's Committee of the province or city a sentence opens with bare, when the work it is told to do
    follows at once ("Thành phố Hà Nội nghiên cứu, xây dựng …", "giao tỉnh Lào Cai chủ trì …")."""
    m = PLACE.match(text, position)
    if m is None or not DIRECTIVE_VERB.match(fold(text), m.end()):
        return None
    return (_committee(m) or [None])[0]
