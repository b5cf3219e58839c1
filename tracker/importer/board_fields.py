"""A steering board named by its level alone, on a page that gives its field once: "… đồng chí X, Trưởng Ban chỉ
đạo phòng chống dịch đã giao nhiệm vụ cho các thành viên Ban chỉ đạo quận …". The press names the board in full
where it names its head, then calls it by its level ("Ban chỉ đạo quận", "BCĐ quận"); the members asked are those
of the board the page is about, named in full as an officer enters them (ANNOTATION.md rule 4): "Thành viên Ban
Chỉ đạo phòng chống dịch quận". Only when the page names one field: with two boards, which one is meant is unknown.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .draft import DraftTask
from .name_shapes import LEVEL_WORD
from .text import fold
from .vocabulary import DIRECTIVE_VERB

# The members' lead as read, the board's level after it ("Các thành viên Ban chỉ đạo quận").
MEMBERS_BY_LEVEL = re.compile(r"(?:cac\s+)?thanh vien\s+(?:ban chi dao|bcd)\s+(?P<level>thi xa|thanh pho|tinh|huyen|quan|xa|phuong)")
# The board's field after its head word, in lower case: words up to its level, a verb or a word that ends a name.
BOARD_FIELD = re.compile(r"\bban chi dao\s+(?P<field>[a-z]+(?:\s*,?\s+[a-z]+){0,7})")
FIELD_ENDS = re.compile(r"(?:da|vua|cung|va|cua|co|la|se|ve|cac|nam|ngay|tren|trong)\b")


def board_fields(tasks: list[DraftTask], prose: str) -> list[DraftTask]:
    """The tasks with a board's members named by its level given the board's one field the page names."""
    leads = {task.lead_agency for task in tasks if MEMBERS_BY_LEVEL.fullmatch(fold(task.lead_agency))}
    if not leads:
        return tasks
    fields = _fields(prose)
    if len(fields) != 1:
        return tasks
    field = fields.pop()
    renamed = {}
    for lead in leads:
        level = lead[MEMBERS_BY_LEVEL.fullmatch(fold(lead)).start("level") :]
        renamed[lead] = f"Thành viên Ban Chỉ đạo {field} {level}"
    return [replace(task, lead_agency=renamed.get(task.lead_agency, task.lead_agency)) for task in tasks]


def _fields(prose: str) -> set[str]:
    """The fields the page writes after "Ban chỉ đạo" (as written), the level and what follows left out."""
    folded = fold(prose)
    found = set()
    for m in BOARD_FIELD.finditer(folded):
        if not prose[m.start("field")].islower():
            continue  # "Ban Chỉ đạo Phòng chống …" in capitals is a board's name read as such (names.py)
        end = m.start("field")
        for word in re.finditer(r"[a-z]+", folded[m.start("field") : m.end()]):
            at = m.start("field") + word.start()
            if LEVEL_WORD.match(folded, at) or FIELD_ENDS.fullmatch(word.group()) or DIRECTIVE_VERB.match(folded, at - 1) \
                    or prose[at : at + 4].lower() == "tại":  # "tại" (at) ends it, not "thiên tai"
                break
            end = at + len(word.group())
        if end > m.start("field"):
            found.add(re.sub(r"\s+", " ", prose[m.start("field") : end]))
    return found
