"""Task tables: a plan's annex often lists its tasks as a table ("TT | Nhiệm vụ | Cơ quan chủ trì |
Cơ quan phối hợp | Thời gian hoàn thành | …"). Pasted, or read from a .docx, each row is one line
with its cells separated by tabs. Each row is a task of its own: its number (under the section
row it follows, "II.3"), its lead(s), cooperating agencies and completion time come from the
columns; a row with no number continues the row above (cells the two share were merged)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from .draft import DraftTask
from .names import Mention, find_mentions
from .table_labels import NUMBER, done, heading_row, is_part, numbers_carry_groups, row_label
from .text import clean, fold, shorten
from .timing import Timing, best_timing, month_end

COLUMNS = (  # the first that a header cell's words match gives its column
    ("cooperating", ("phoi hop",)),
    ("lead", ("chu tri", "co quan thuc hien", "don vi thuc hien", "co quan chiu trach nhiem", "don vi chiu trach nhiem")),
    ("time", ("thoi gian", "thoi han", "tien do")),
    ("work", ("nhiem vu", "noi dung", "hoat dong", "cong viec", "giai phap")),
)
# A completion time given as a year or a span of years ("Năm 2026", "2025 - 2030"): the end of the last.
YEARS = re.compile(r"^(?:nam\s+)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\.?$")
# "Khi có phát sinh": done only if something comes up (ANNOTATION.md rule 8), not a task.
CONDITIONAL = re.compile(r"^(?:khi|neu)\s+(?:co\s+)?(?:phat sinh|can thiet|co yeu cau|duoc yeu cau)|^da hoan thanh")
# "Tháng 3/2027" alone in a time column: the end of that month (ANNOTATION.md rule 6).
MONTH = re.compile(r"^thang\s+(\d{1,2})\s*/\s*((?:19|20)\d\d)\.?$")
# "Từ quý II/2027": when the work starts, not when it is due; "Từ … đến quý III/2030": due at the end.
SINCE = re.compile(r"^tu\s+(?:nam|quy|thang|ngay)\b")
SPAN_END = re.compile(r"\bden(?:\s+het)?\s+(?=(?:nam|quy|thang|ngay)\b)")


@dataclass
class Table:
    """The rows of one task table, with the index of each column the header names."""

    columns: dict[str, int]
    rows: list[list[str]] = field(default_factory=list)


def _header(cells: list[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        folded = fold(cell)
        for name, words in COLUMNS:
            if name not in columns and any(w in folded for w in words):
                columns[name] = index
                break
    return columns if {"work", "lead"} <= columns.keys() else None


def split_tables(text: str) -> tuple[str, list[Table]]:
    """The text without its task tables, and the tables. A table goes on past blank lines when the
    next line is again a row of it (a part, a group or a numbered row: an annex printed in parts);
    a header repeated inside it (at each part or group) is no row."""
    kept: list[str] = []
    tables: list[Table] = []
    current: Table | None = None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        tabbed = "\t" in line
        # Only a tabbed line can be a row or a header; prose lines go through untouched.
        cells = [clean(c).strip() for c in line.split("\t")] if tabbed else []
        if current is not None:
            if tabbed:
                if _header(cells) is None:
                    current.rows.append(cells)
                continue
            if not line.strip() and _resumes(lines, i):
                continue
            current = None
        columns = _header(cells) if line.count("\t") >= 2 else None
        if columns is not None:
            current = Table(columns)
            tables.append(current)
            continue
        kept.append(line)
    return "\n".join(kept), tables


def _resumes(lines: list[str], i: int) -> bool:
    """Whether the first line after the blank ones from line i on is a part, group or numbered row."""
    following = next((line for line in lines[i:] if line.strip()), "")
    first = clean(following.split("\t")[0]).strip()
    return "\t" in following and bool(heading_row([first, "x"]) or NUMBER.match(first))


def _timing(cell: str, issued_on: date | None) -> Timing | None:
    folded = fold(cell).strip()
    years = YEARS.match(folded)
    if years:
        return Timing(date(int(years.group(1)), 12, 31), None, cell.strip(), 0, len(cell), 3)
    month = MONTH.match(folded)
    if month and 1 <= int(month.group(1)) <= 12:
        return Timing(month_end(int(month.group(2)), int(month.group(1))), None, cell.strip(), 0, len(cell), 3)
    if SINCE.match(folded):
        end = SPAN_END.search(folded)
        return best_timing(cell[end.end():], issued_on) if end else None
    return best_timing(cell, issued_on)


# "Các bộ, ngành và địa phương" in a helpers' column: the ministries, and the localities as a group.
AND_LOCALITIES = re.compile(r"(?:\s*,\s*|\s+và\s+)(địa\s+phương)$", re.IGNORECASE)


def _helpers(cell: str) -> list[Mention]:
    """The cooperating bodies a column names. A group "… có liên quan" there is a catch-all (the
    bodies concerned, whoever they are); a named group is kept, the localities apart from the ministries."""
    helpers = []
    for mention in find_mentions(cell):
        if mention.catch_all:
            continue
        related = re.search(r"\s+(?:co\s+)?lien quan$", fold(mention.name))
        if related and mention.central:
            continue  # "các bộ, ngành có liên quan": whichever ministries, the whole Government's catch-all
        if related:
            # "Sở, ban, ngành có liên quan" in the helpers' column: the province's departments, a group the
            # officer expands, as when named without the words.
            mention = replace(mention, name=mention.name[: related.start()])
        localities = AND_LOCALITIES.search(mention.name) if mention.central and mention.group else None
        if localities:
            helpers.append(replace(mention, name=mention.name[: localities.start()]))
            helpers.append(replace(mention, name="Các địa phương", kind="other"))
            continue
        helpers.append(mention)
    return helpers


def table_tasks(table: Table, issued_on: date | None) -> list[DraftTask]:
    """One task per row and lead; a section row ("II | Xây dựng hạ tầng") numbers the rows under it."""
    columns, tasks = table.columns, []
    first_column = min(columns.values())
    part, section, number, previous = "", "", "", {}
    carried = numbers_carry_groups(table.rows)
    for cells in table.rows:
        filled = [c for c in cells if c]
        if not filled:
            continue
        if heading_row(cells):
            if is_part(cells[0], part):
                part, section = cells[0].rstrip("."), ""
            else:
                section = cells[0].rstrip(".")
            number, previous = "", {}
            continue
        if NUMBER.match(cells[0]):
            number = cells[0].rstrip(".")
            row = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
        else:
            # A row with no number continues the one above: its cells start at the first named column.
            offset = first_column
            row = {name: cells[i - offset] if 0 <= i - offset < len(cells) else "" for name, i in columns.items()}
            row = {name: value or previous.get(name, "") for name, value in row.items()}
        previous = row
        if not number or CONDITIONAL.match(fold(row.get("time", "")).strip()) or done(cells):
            continue
        ref = row_label(part, section, number, carried)
        timing = _timing(row.get("time", ""), issued_on) if row.get("time") else None
        leads = [m for m in find_mentions(row["lead"]) if not m.catch_all]
        helpers = _helpers(row.get("cooperating", ""))
        for lead in leads:
            same = [t for t in tasks if t.clause == ref and t.lead_agency == lead.name]
            if same:  # a continuation row of the same lead: one task per row number and lead
                same[0].text += "\n" + row["work"]
                continue
            task = DraftTask(clause=ref, lead_agency=lead.name, lead_kind=lead.kind, group=lead.group,
                             informational=lead.central, lead_source=lead.name, text=row["work"])
            task.cooperating_agencies = list(dict.fromkeys(m.name for m in helpers if m.name != lead.name))
            task.summary = shorten(row["work"], 120)
            if timing is not None:
                task.due_on, task.recurrence, task.due_text = timing.due_on, timing.recurrence, timing.text
            tasks.append(task)
    return tasks
