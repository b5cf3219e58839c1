"""Group headings of a task table printed one cell per line (cell_tables) whose title is written in
sentence case, not in capitals. Two forms:

- the Roman number alone on its line, its title on the lines below ("I" / "Hoàn thiện thể chế, chính
  sách về …" / "thiên tai"), where cell_tables only knows a title in capitals;
- the Roman number and its title on one line, with no dot between them ("IV Huy động và sử dụng …").

A time cell wrapped over lines may leave a Roman number alone too ("Quý" / "IV" / "2026", or "Quý" /
"IV năm 2026"): the word before it ("quý") and a title that opens with a time or a year tell it apart.
"""

from __future__ import annotations

import re

from .text import clean, fold

BARE_ROMAN = re.compile(r"^[IVXLC]+$")
# "IV Huy động …": the numeral, one space or more, then a capitalised word of a title of three words or more.
ROMAN_TITLED = re.compile(r"^([IVXLC]+)\s+(\S+\s+\S+\s+\S+.*)$")
# A title opens with its words, not with a time ("Năm 2026", "Quý II", "Giai đoạn …") or a number.
TIME_START = re.compile(r"^(?:nam|quy|thang|ngay|giai doan|tu|den|truoc|sau|hang|dinh ky)\b|^\d")
# A numeral that a wrapped time cell left: the line before ends on the period it numbers ("Quý", "tháng").
PERIOD_BEFORE = re.compile(r"\b(?:quy|thang|ky|giai doan|dot|phan|muc|phu luc|chuong)\s*$")


def sentence_group(lines: list[str], i: int) -> str | None:
    """The Roman number of a group heading in sentence case opening at line i, if one does."""
    line = clean(lines[i]).strip()
    above = next((clean(x).strip() for x in reversed(lines[max(0, i - 2) : i]) if x.strip()), "")
    if PERIOD_BEFORE.search(fold(above)):
        return None  # "Quý" / "IV": a quarter, wrapped
    titled = ROMAN_TITLED.match(line)
    if titled:
        return titled.group(1) if _title(titled.group(2)) else None
    if not BARE_ROMAN.match(line):
        return None
    following = next((clean(x).strip() for x in lines[i + 1 : i + 3] if x.strip()), "")
    return line if _title(following) else None


def _title(words: str) -> bool:
    """Whether words open a group's title: a capitalised word first, three words or more, no time."""
    return words[:1].isupper() and len(words.split()) >= 3 and not TIME_START.match(fold(words))
