"""Bodies named as groups by where they are based or by the province they serve: the agencies stationed in a
district or a province ("các cơ quan, đơn vị đóng trên địa bàn huyện"), the news agencies and the press
("cơ quan thông tấn báo chí", "báo, đài"), and a provincial body of every province as a central office addresses its
branches ("Thuế các tỉnh, thành phố", "Công an các tỉnh")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention
from .text import fold
from .vocabulary import BODIES

LEVEL = r"(?:\s+(?:toan\s+)?(?:tinh|huyen|thi xa|thanh pho|quan|xa(?!\s+hoi)|phuong|dac khu))?"
# "Thủ trưởng các cơ quan, đơn vị (, các doanh nghiệp) đóng trên địa bàn huyện": those stationed in the
# district, the branches of every level among them, a definite set a district's letter addresses, not the
# catch-all "các cơ quan, đơn vị" (a body "đóng" somewhere is based there). Enterprises asked beside them carry
# no task (duties of enterprises are none), so the group keeps the agencies' words.
# The central government's agencies in a province are named so too: "các cơ quan Trung ương đóng chân trên địa bàn tỉnh".
STATIONED = re.compile(r"\b(?:cac\s+)?co quan\s*(?:,\s*(?:to chuc\s*,\s*)?don vi|\s+(?:trung uong|tw))(?P<firms>\s*,\s*(?:cac\s+)?doanh nghiep)?"
                       rf"\s+dong(?:\s+quan|\s+chan)?\s+tren dia ban{LEVEL}\b")
# "(Các) cơ quan thông tấn(,) báo chí (trung ương và địa phương)": the news agencies and the press, one group.
PRESS = re.compile(r"\b(?:cac\s+)?co quan thong tan\s*,?\s*bao chi(?:\s+(?:tai\s+)?(?:trung uong|dia phuong|tinh|thanh pho)"
                   r"(?:\s+va\s+(?:trung uong|dia phuong))?)?(?:\s+khac)?\b")
# The press by the words for its outlets: "các cơ quan báo chí, truyền hình", "các cơ quan Báo, Đài", "báo, đài"
# (the newspapers and the radio and television stations) and "các cơ quan thông tin đại chúng" (the mass media).
OUTLETS = re.compile(r"\b(?:(?:cac\s+)?co quan\s+)?bao\s*,\s*dai\b|\bcac co quan bao chi\s*,\s*(?:truyen hinh|phat thanh)\b"
                     r"|\bcac co quan thong tin dai chung\b")
# A provincial body's name with the level of every province: "Thuế các tỉnh, thành phố", "Công an các tỉnh".
EVERY_PROVINCE = r"\s+cac tinh(?:\s*,\s*thanh pho)?(?:\s+truc thuoc\s+(?:trung uong|tw))?\b"
_PROVINCIAL = [(name.removesuffix(" tỉnh"), kind, re.compile(rf"\b{re.escape(fold(name.removesuffix(' tỉnh')))}{EVERY_PROVINCE}"))
               for name, kind, _ in BODIES if name.endswith(" tỉnh")]


def _as_written(text: str, start: int, end: int) -> str:
    written = re.sub(r"\s+", " ", text[start:end]).strip()
    return written[:1].upper() + written[1:]


def based_bodies(text: str, folded: str) -> Iterator[Mention]:
    """The groups of bodies named by their base, the press by its kind, a body of every province."""
    for m in STATIONED.finditer(folded):
        name = _as_written(text, m.start(), m.end())
        if m.group("firms"):
            name = _as_written(text, m.start(), m.start("firms")) + " " + _as_written(text, m.end("firms"), m.end()).lower()
        yield Mention(m.start(), m.end(), name, "other", group=True)
    for m in PRESS.finditer(folded):
        yield Mention(m.start(), m.end(), _as_written(text, m.start(), m.end()), "press", group=True)
    for m in OUTLETS.finditer(folded):
        if re.search(r"b[áÁ]o", text[m.start() : m.end()], re.IGNORECASE) or "dai chung" in m.group():  # not "bão" (a storm)
            yield Mention(m.start(), m.end(), _as_written(text, m.start(), m.end()), "press", group=True)
    for base, kind, pattern in _PROVINCIAL:
        for m in pattern.finditer(folded):
            if text[m.start()].isupper():
                yield Mention(m.start(), m.end(), base + " " + re.sub(r"\s+", " ", text[m.start() + len(base) : m.end()]).strip(),
                              kind, group=True)
