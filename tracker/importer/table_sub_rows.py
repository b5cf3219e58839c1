"""Sub-rows of a task table printed one cell per line (a PDF's text layer, as `cell_tables` reads it).

A numbered row whose task cell is merged over two lines of the table prints, after its first line's
cells (lead, helpers, result, time, basis), a second set of them: the lead again, its helpers, another
result and another time ("Bộ Y tế | Các bộ | Báo cáo chuyên đề … | Tháng 5/2026 | …" then "Bộ Y tế |
Các bộ | Báo cáo kết quả … | Tháng 11/2026 | …"). Two time cells in one row: a second sub-row, a task of
its own ("15 ý 2", ANNOTATION.md rule 1). After a page break the repeated header is followed by what
each cut cell still had to say, column by column; a cell there that opens with a body's name opens such
a sub-row when a time follows it, and is otherwise the rest of the lead cell: a second lead of the row
("Bộ Tư pháp (đối với …)" / page break / "Bộ Tài chính (đối với …)")."""

from __future__ import annotations

import re

from .names import find_mentions
from .tables import MONTH, YEARS
from .text import fold

# A time cell that gives no date: the work goes on ("Thường xuyên").
ONGOING = re.compile(r"^(?:thuc hien\s+)?(?:thuong xuyen|hang nam|hang quy|hang thang)\b")
# "Quý IV/2026" alone in a time cell.
QUARTER = re.compile(r"^quy\s+[ivx]+\s*/\s*(?:19|20)\d\d\.?$")
# A level, not a body: "Trung ương về hoàn thiện thể chế" is the rest of a cut result cell.
LEVELS = {"trung uong", "dia phuong"}
# Two cells printed on one line of the text layer, with a run of spaces between them.
CELL_GAP = re.compile(r"\s{2,}")
# A row's or a group's number alone on its line.
NUMBER_ALONE = re.compile(r"^(?:\d{1,3}|[IVXLC]+)\.?$")
# A time cell wrapped after its first word: "Tháng" / "3/2026", "Quý" / "II/2026", "Năm" / "2026".
TIME_WORD = re.compile(r"^(?:thang|quy|nam)$")


def time_word(line: str) -> bool:
    """Whether a line is only the unit that opens a time cell, the rest of the cell on the next line."""
    return bool(TIME_WORD.match(fold(line).strip()))


def opens_body(cell: str) -> bool:
    """Whether a cell opens with an agency's name, in capitals as a lead cell begins ("Bộ Y tế", not
    the "chính phủ nước ngoài" a task's words wrap onto the next line)."""
    if not cell[:1].isupper():
        return False
    return any(m.start == 0 and not m.catch_all and fold(m.name) not in LEVELS for m in find_mentions(cell))


def is_time(cell: str) -> bool:
    """Whether a cell is a completion time of its own: a month, a year or span of years, "Thường xuyên"."""
    folded = fold(cell).strip()
    if len(folded.split()) > 6:
        return False
    return bool(MONTH.match(folded) or YEARS.match(folded) or QUARTER.match(folded) or ONGOING.match(folded))


def time_of(value: str, cells: list[str]) -> str:
    """The time cell of a row whose cells did not fall one to a column: the value its place gave when
    that reads as a time, else the last cell that does (a result cell cut into more pieces moves it)."""
    if is_time(value):
        return value
    return next((cell for cell in reversed(cells) if is_time(cell)), value)


def split_gaps(lines: list[str]) -> list[str]:
    """A row's lines with two cells that share a line ("cơ quan ngang bộ  Bộ Tư pháp") set apart."""
    return [part for line in lines for part in (CELL_GAP.split(line.strip()) if line.strip() else [line])]


def split_sub_rows(cells: list[str], after_time: int) -> tuple[list[str], list[list[str]]]:
    """A row's cells after its task's: those of its first line, and those of each later sub-row (each
    opening with its lead). A sub-row opens at a body's name right after the time cell of the one before
    and the `after_time` columns the header names after it; anything else there (a row or group number the
    reader did not take) ends the search, the cells going on with the row as before."""
    groups: list[list[str]] = [[]]
    since = None  # cells read since the current sub-row's time cell
    for cell in cells:
        if since is not None and since <= after_time and opens_body(cell):
            groups.append([])
            since = None
        groups[-1].append(cell)
        if since is not None:
            since += 1
        elif is_time(cell):
            since = 0
    return groups[0], groups[1:]


def after_break(cells: list[str], after_time: int) -> tuple[list[str], list[list[str]]]:
    """The cells printed after a page break's repeated header: the words still owed to the cut cells
    (kept with the task's words), and the sub-rows or second leads that follow, each opening with a
    body's name. A second lead with no time of its own is only that name. Past a number alone on its
    line (a row the reader did not take) nothing is read as a sub-row."""
    numbered = next((i for i, cell in enumerate(cells) if NUMBER_ALONE.match(cell)), len(cells))
    start = next((i for i, cell in enumerate(cells[:numbered]) if opens_body(cell)), None)
    if start is None or after_time < 0:
        return cells, []
    first, later = split_sub_rows(cells[start:], after_time)
    rows = [first, *later]
    if not any(is_time(cell) for cell in first):
        lead = next(m for m in find_mentions(first[0]) if m.start == 0 and not m.catch_all)
        rows[0] = [first[0][lead.start : lead.end]]
    return cells[:start], rows
