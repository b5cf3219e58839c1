"""Units of one kind told apart by a number, the name written once for all of them: "Đội Kiểm lâm cơ động
số I, II", "Trường Mầm non số 1 và 2", "Tổ công tác số 3, số 4". Each number is a unit of its own (ANNOTATION.md
rule 2: one task per named subject), named in full with its number."""

from __future__ import annotations

import re
from dataclasses import replace

from .name_shapes import Mention
from .text import fold

# The number that ends a unit's name, in Arabic or Roman figures.
NUMBER_END = re.compile(r"\bso\s+(?:(?P<arabic>\d+)|(?P<roman>[ivxlc]+))$")
# A further number after it, joined by a comma or "và" ("…, II", "… và số 2"), the list going on or ending there
# (not a date or a figure: "số 1, 2/2025", "số 1, 2 ha").
MORE = re.compile(r"\s*(?:,|va)\s*(?:so\s+)?(?P<number>\d+|[ivxlc]+)\b(?=\s*(?:[,;:.)]|va\b|$))")


def _same_figures(roman: bool, written: str) -> bool:
    """Whether a further number is written as the first one is: Roman in capitals, or Arabic."""
    return written.isupper() and written.isalpha() if roman else written.isdigit()


def with_numbered_siblings(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each further number after a numbered unit's name read as a unit of its own."""
    result: list[Mention] = []
    for index, mention in enumerate(mentions):
        result.append(mention)
        tail = NUMBER_END.search(fold(mention.name))
        if mention.group or tail is None:
            continue
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        stem, position = mention.name[: len(mention.name) - len(tail.group(0))], mention.end
        while (more := MORE.match(folded, position)) and more.end() <= following \
                and _same_figures(bool(tail.group("roman")), text[more.start("number") : more.end("number")]):
            number = text[more.start("number") : more.end("number")]
            result.append(replace(mention, start=more.start("number"), end=more.end(), name=f"{stem}số {number}"))
            position = more.end()
    return result
