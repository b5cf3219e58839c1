"""The bodies a task table's cell names. Running text may write a centrally-run city's committee short
("UBND TP Hà Nội", "UBND TP. Cần Thơ") when the city's committee speaks of itself, and names.py leaves it
unread there; a lead or helpers' cell names only who does or helps the row's work, never who speaks, so
there the short level is read as the city's committee ("Ủy ban nhân dân thành phố Hà Nội")."""

from __future__ import annotations

import re

from .name_shapes import CITIES
from .names import Mention, find_mentions

# "UBND TP Hà Nội", "Ủy ban nhân dân TP. Đà Nẵng": the committee, the level written short, a city run by the centre.
SHORT_CITY = re.compile(rf"\b((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)(?:TP|Tp)\.?\s*(?=(?:{'|'.join(CITIES)})\b)")


def cell_mentions(cell: str) -> list[Mention]:
    """The bodies named in one table cell, a centrally-run city's committee written short among them."""
    return find_mentions(SHORT_CITY.sub(lambda m: f"{m.group(1)}thành phố ", cell))
