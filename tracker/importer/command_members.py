"""The members of a command board asked as its members: "yêu cầu các thành viên Ban Chỉ huy Phòng chống thiên
tai, Tìm kiếm cứu nạn và Phòng thủ dân sự huyện …". A disaster or civil-defence command (Ban Chỉ huy) gives each
member an area or a field of its own, and a letter asks them to act there, each on its own: the lead is "Thành viên
Ban Chỉ huy …", a group the officer expands on review, not the board meeting as one. A steering board's members
(Ban Chỉ đạo) are read as the board (subjects.HOLDER); so are the bodies named as members ("các cơ quan thành viên
Ban Chỉ huy …": those bodies are named, the words after them say of which board)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention
from .text import fold

MEMBERS = re.compile(r"(?<!quan )(?<!vi )(?<!nganh )\b(?:cac\s+)?thanh vien\s+(?=ban chi huy\b)")


def command_members(text: str, folded: str, find_mentions) -> Iterator[Mention]:
    """ "Thành viên Ban Chỉ huy …" where a text names a command board's members (`find_mentions` reads the board)."""
    for m in MEMBERS.finditer(folded):
        board = next((b for b in find_mentions(text[m.end() :]) if b.start == 0), None)
        if board is not None and fold(board.name).startswith("ban chi huy"):
            yield Mention(m.start(), m.end() + board.end, f"Thành viên {board.name}", "other", group=True)
