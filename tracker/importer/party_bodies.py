"""The Party's, the Front's and the People's Council's standing bodies as they speak in their own documents
and in the press's account of them: "Ban Thường vụ Huyện ủy đề nghị …", "Thường trực HĐND tỉnh đã đề nghị …",
"Ban Thường trực Ủy ban MTTQ Việt Nam thành phố đề nghị …".

Such a body issues the document (or the instruction the press reports): when its name is followed by its
request, it is the one who asks, never the one asked. It is read as a name that gives no task (as a
catch-all is), so that the request's addressees still lead, and when they are not read the body is not
drafted as the lead of its own request."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention
from .text import fold

# The standing organs: a party committee's standing board or its standing members ("Ban Thường vụ",
# "Thường trực"), its executive committee, the Front's standing board, the Council's standing members.
BOARD = r"(?:ban thuong vu|ban thuong truc|thuong truc|ban chap hanh(?:\s+dang bo)?)"
# Whose organ: a party committee of any level, the People's Council, the Front's committee.
OF_WHOM = (r"(?:(?:tinh|thanh|huyen|quan|thi) uy|dang uy|dang bo|hoi dong nhan dan|hdnd|(?:uy ban|ub)\s*(?:mat tran to quoc|mttq)"
           r"|ubmttq|mat tran to quoc|mttq)")
# The board, the rest of its name (level, place; no punctuation), then its request, maybe after an adverb
# of time or sequence ("đã đề nghị", "cũng yêu cầu"). "chỉ đạo" is left out: "Đề nghị Thường trực Tỉnh ủy
# chỉ đạo …" asks the board itself to direct.
SPEAKING = re.compile(
    rf"\b{BOARD}\s+{OF_WHOM}\b[^,;:.()\n\"“”]{{0,50}}?(?=\s+(?:(?:da|vua|cung|dong thoi|tiep tuc|con)\s+)*(?:yeu cau|de nghi)\b)"
)


def speaking_boards(text: str, folded: str) -> Iterator[Mention]:
    """Each standing body named right before its own request, as a name that gives no task."""
    for m in SPEAKING.finditer(folded):
        if not text[m.start()].isupper():
            continue  # "… của ban thường vụ …" in lower case is no body's name opening a sentence
        name = re.sub(r"\s+", " ", text[m.start() : m.end()]).strip()
        yield Mention(m.start(), m.start() + len(text[m.start() : m.end()].rstrip()), name, "party_committee",
                      catch_all=True)


REQUEST = re.compile(r"\s+(?:(?:da|vua|cung|dong thoi|tiep tuc|con)\s+)*(?:yeu cau|de nghi)\s*:?\s+")


def board_request(segment: str) -> int | None:
    """Where a standing body's request ends when an opening phrase comes before it ("Hưởng ứng chiến dịch
    … do Sở X phát động, Ban Thường trực Ủy ban MTTQ thành phố đề nghị các xã …", "Công văn nêu rõ: Để
    …, Ban Thường vụ Huyện ủy đề nghị …"): the body speaks after a comma or a colon, and those it names
    after its request are the ones asked, whatever bodies the opening phrase named."""
    folded = fold(segment)
    for m in SPEAKING.finditer(folded):
        if segment[m.start()].isupper() and re.search(r"[,:]\s*$", segment[: m.start()]):
            return REQUEST.match(folded, m.end()).end()
    return None
