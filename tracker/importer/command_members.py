"""The members of a command board asked as its members: "yêu cầu các thành viên Ban Chỉ huy Phòng chống thiên
tai, Tìm kiếm cứu nạn và Phòng thủ dân sự huyện …". A disaster or civil-defence command (Ban Chỉ huy) gives each
member an area or a field of its own, and a letter asks them to act there, each on its own: the lead is "Thành viên
Ban Chỉ huy …", a group the officer expands on review, not the board meeting as one. A named steering board's
members (Ban Chỉ đạo) are read so where a sentence opens with them (subjects.STEERING_MEMBERS); the bodies named as
members ("các cơ quan thành viên Ban Chỉ huy …") are those bodies, the words after them saying of which board."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, expand_abbreviations
from .text import fold
from .vocabulary import URBAN_DISTRICT

MEMBERS = re.compile(r"(?<!quan )(?<!vi )(?<!nganh )\b(?:cac\s+)?thanh vien\s+(?=(?:ban chi huy|bch)\b)")
# A board whose fields a page writes short or in lower case ("BCH PCTT và tìm kiếm cứu nạn phường"), which no
# reading of names by their capitals takes whole: after "thành viên", the board's name runs to its level (through
# the comma of the law's "Phòng, chống", as the short form is written out).
BOARD_TO_LEVEL = re.compile(r"(?:ban chi huy|bch)\s+(?:[^,;:.()\n]|,(?=\s*chong\b)){2,80}?\s(?:xa(?!\s+hoi)|phuong|thi tran|thi xa|huyen"
                            rf"|{URBAN_DISTRICT}|tinh|thanh pho|dac khu)\b")


def command_members(text: str, folded: str, find_mentions) -> Iterator[Mention]:
    """ "Thành viên Ban Chỉ huy …" where a text names a command board's members (`find_mentions` reads the board)."""
    for m in MEMBERS.finditer(folded):
        board = next((b for b in find_mentions(text[m.end() :]) if b.start == 0), None)
        if board is not None and fold(board.name).startswith("ban chi huy"):
            yield Mention(m.start(), m.end() + board.end, f"Thành viên {board.name}", "other", group=True)
        elif board is None and (named := BOARD_TO_LEVEL.match(folded, m.end())):
            written = expand_abbreviations(re.sub(r"\s+", " ", text[m.end() : named.end()]))
            yield Mention(m.start(), named.end(), f"Thành viên {written}", "other", group=True)
