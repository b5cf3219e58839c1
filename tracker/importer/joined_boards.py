"""Party boards whose name joins two fields with a comma: "Ban Chính sách, Chiến lược Trung ương".

A name stops at a comma (name_shapes.NAME_STOP), so such a board's level lies past the stop and the name
is lost, and a list of addressees reading through it ends there. Read here: a board ("Ban"), its first
field in capitals, a comma, a second field of up to three words in capitals (not another body), then the
level of a Party committee ("Trung ương", "Tỉnh ủy", …) that ends the name.
"""

from __future__ import annotations

import re

# Folded: "ban <field>, <field> <party level>"; the fields' capitals are checked on the text as written. The
# first field holds no level: "Ban X Trung ương, …" is a whole name already, a list after it.
JOINED_BOARD = re.compile(r"ban\s+(?P<first>(?:(?!trung uong|uy\b)[^,;:.()\n]){2,40}?)\s*,\s*(?P<second>(?:\S+\s+){0,2}?\S+)\s+"
                          r"(?P<level>trung uong|(?:tinh|thanh|huyen|quan|thi|dang)\s+uy)\b")
ANOTHER_BODY = re.compile(r"(?:ban|bo|so|uy ban|ubnd|van phong|hoi|cac)\s")


def joined_board_end(text: str, folded: str, start: int) -> int | None:
    """Where a comma-joined board's name that opens at `start` ends, or None."""
    m = JOINED_BOARD.match(folded, start)
    if m is None or ANOTHER_BODY.match(folded, m.start("second")):
        return None
    fields = (text[m.start("first")], text[m.start("second")], text[m.start("level")])
    return m.end() if all(letter.isupper() for letter in fields) else None
