"""The run of capitalised words that makes a proper name ("Bộ Tư pháp", "huyện Mường Tè"), where the
shape of a name (name_shapes) and the bodies read from it need to know where a place's or a field's own
words end."""

from __future__ import annotations

import re

from .text import UPPER

_ABBREVIATED_BODY = re.compile(r"UBND|HĐND|UBMTTQ|MTTQ|BHXH")


# Another ministry's or department's name: its head word and a capitalised word ("… Bộ Tư pháp", "… Sở Nội vụ").
NEXT_MINISTRY = re.compile(rf"\s+(?:Bộ|Sở)\s+[{UPPER}]")


# One word of a run: the spaces before it, then everything up to a space or a mark that ends a name.
WORD = re.compile(r"[ ]*([^\s,;:.()]+)")


def capitalised_words(text: str, position: int, limit: int = 4, bodies_apart: bool = False) -> int:
    """End of the run of capitalised words (a proper name) starting at `position`; with `bodies_apart`,
    a ministry's or a department's name after a word of the run begins a name of its own."""
    end = position
    for _ in range(limit):
        match = WORD.match(text, end)
        if match is None or not match.group(1)[:1].isupper() or _ABBREVIATED_BODY.fullmatch(match.group(1)) \
                or bodies_apart and end > position and NEXT_MINISTRY.match(text, end):
            break  # "Sở Công Thương UBND các xã", "Bộ Công Thương" / "Bộ Tư pháp" (two cells): another name
        end = match.end()
    return end
