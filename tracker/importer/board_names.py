"""Where a steering or command board's long name ends: its fields may be listed with a comma and "và"
("Ban Chỉ huy Phòng chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ dân sự huyện", as the district boards
have been named since the civil defence law of 2023), each field in capitals, the level only at the end."""

from __future__ import annotations

import re

# A comma or "và" inside the name, then the next field's first word.
JOINER = re.compile(r"\s*(?:,|\bva\b)\s*")
# "Phòng" before a word in lower case is a field ("Phòng thủ dân sự", "Phòng chống …"); an office's own
# name follows "Phòng" in capitals ("Phòng Nông nghiệp …").
FIELD_PHONG = re.compile(r"phong\s+(?=\S)")
# A steering or command board's head, and how far after it its name is read for its level.
BOARD_HEAD = re.compile(r"ban chi (?:dao|huy)\s")
BOARD_REACH = 90


def _field_follows(text: str, folded: str, position: int, next_body: re.Pattern) -> bool:
    """Whether the words at `position` go on with the board's fields rather than name another body."""
    if not text[position : position + 1].isupper():
        return False
    body = next_body.match(folded, position)
    if body is None:
        return True
    phong = FIELD_PHONG.match(folded, position)
    return phong is not None and text[phong.end() : phong.end() + 1].islower()


def board_stops(text: str, folded: str, start: int, and_stop: re.Match | None,
                patterns: tuple[re.Pattern, re.Pattern]) -> list[int]:
    """Where a board's name may end after `start`, read through the commas and "và" that join its fields
    (`patterns`: where a name stops, and the head of another body): the first other stop — a verb, a
    semicolon, another body named after a comma or "và" — ends it."""
    name_stop, next_body = patterns
    stops = [] if and_stop is None or _field_follows(text, folded, JOINER.match(folded, and_stop.start()).end(), next_body) \
        else [and_stop.start()]
    position = start
    while (stop := name_stop.search(folded, position, start + BOARD_REACH)) is not None:
        joiner = JOINER.match(folded, stop.start())
        if stop.group(0) != "," or not _field_follows(text, folded, joiner.end(), next_body):
            return [*stops, stop.start()]
        position = joiner.end()
    return stops
