"""Task tables: a plan's annex often lists its tasks as a table ("TT | Nhiệm vụ | Cơ quan chủ trì |
Cơ quan phối hợp | Thời gian hoàn thành | …"). Pasted, or read from a .docx, each row is one line
with its cells separated by tabs. Each row is a task of its own: its number (under the section
row it follows, "II.3"), its lead(s), cooperating agencies and completion time come from the
columns; a row with no number continues the row above (cells the two share were merged), and is a
task of its own when it prints its own task and time cells ("1 ý 2"). Right under a group heading, a
row with every cell but its number is the group's one row, labelled with the group ("D"). When two
or more annexes hold task tables, each row's label starts with its annex ("PLI.A.1", "PLII.I.1")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from .cell_names import cell_mentions
from .draft import DraftTask
from .names import Mention, find_mentions
from .organisation_kinds import with_kinds
from .table_labels import NUMBER, annex_label, done, heading_row, is_part, numbers_carry_groups, row_label
from .text import clean, fold, shorten
from .deadlines import month_end
from .table_cycles import work_cycle
from .timing import Timing, best_timing

COLUMNS = (  # the first that a header cell's words match gives its column
    ("cooperating", ("phoi hop",)),
    ("lead", ("chu tri", "co quan thuc hien", "don vi thuc hien", "co quan chiu trach nhiem", "don vi chiu trach nhiem")),
    ("time", ("thoi gian", "thoi han", "tien do")),
    # "Tên đề án": a plan's annex of priority projects, one project to a row.
    ("work", ("nhiem vu", "noi dung", "hoat dong", "cong viec", "giai phap", "ten de an")),
)
# A completion time given as a year or a span of years ("Năm 2026", "2025 - 2030"): the end of the last.
YEARS = re.compile(r"^(?:nam\s+)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\.?$")
# "Khi có phát sinh": done only if something comes up (ANNOTATION.md rule 8), not a task.
CONDITIONAL = re.compile(r"^(?:khi|neu)\s+(?:co\s+)?(?:phat sinh|can thiet|co yeu cau|duoc yeu cau)|^da hoan thanh")
# "Tháng 3/2027" alone in a time column: the end of that month (ANNOTATION.md rule 6).
MONTH = re.compile(r"^thang\s+(\d{1,2})\s*/\s*((?:19|20)\d\d)\.?$")
# "Từ quý II/2027": when the work starts, not when it is due; "Từ … đến quý III/2030": due at the end.
SINCE = re.compile(r"^tu\s+(?:nam|quy|thang|ngay)\b")
# A span of years in a time column's sentence ("giai đoạn 2026 - 2027"), not one that starts "từ".
PERIOD = re.compile(r"(?<!tu )\b(?:giai doan\s+)?(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b")
SPAN_END = re.compile(r"\bden(?:\s+het)?\s+(?=(?:nam|quy|thang|ngay)\b)")


@dataclass
class Table:
    """The rows of one task table, with the index of each column the header names."""

    columns: dict[str, int]
    rows: list[list[str]] = field(default_factory=list)
    annex: str = ""  # the numeral of the annex the table stands in ("II" of "PHỤ LỤC II"), if any
    width: int = 0  # the header's cells


# The title line of an annex: "PHỤ LỤC II", "Phụ lục số 02", alone or before its title.
ANNEX = re.compile(r"^phu luc(?:\s+so)?\s+([ivxlc]+|\d{1,2})\b\s*(?:[.:\-–]|$)")
# "Thuộc nhóm nhiệm vụ": the group of tasks a row belongs to, not the task's own words.
GROUP_COLUMN = re.compile(r"^(?:thuoc\s+)?nhom\b")


def _header(cells: list[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        folded = fold(cell)
        if GROUP_COLUMN.match(folded.strip()):
            continue
        for name, words in COLUMNS:
            if name not in columns and any(w in folded for w in words):
                columns[name] = index
                break
    return columns if {"work", "lead"} <= columns.keys() else None


def task_header(cells: list[str]) -> bool:
    """Whether a row's cells are a task table's header (its work and its lead named)."""
    return _header(cells) is not None


def split_tables(text: str) -> tuple[str, list[Table]]:
    """The text without its task tables, and the tables. A table goes on past blank lines when the
    next line is again a row of it (a part, a group or a numbered row: an annex printed in parts);
    a header repeated inside it (at each part or group) is no row."""
    kept: list[str] = []
    tables: list[Table] = []
    current: Table | None = None
    annex = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        cells = [clean(c).strip() for c in line.split("\t")]
        if (titled := ANNEX.match(fold(cells[0]))) and len(cells) == 1:
            numeral = titled.group(1).upper()
            annex = numeral if not numeral.isdigit() else str(int(numeral))
        if current is not None:
            if "\t" in line:
                if not _repeated_header(cells):
                    current.rows.append(cells)
                continue
            if not line.strip() and _resumes(lines, i):
                continue
            current = None
        columns = _header(cells) if line.count("\t") >= 2 else None
        if columns is not None:
            current = Table(columns, annex=annex, width=len(cells))
            tables.append(current)
            continue
        kept.append(line)
    return "\n".join(kept), tables


def _repeated_header(cells: list[str]) -> bool:
    """A header printed again inside its table: column names, short ones. A row whose long cells
    only say "chủ trì" and "nhiệm vụ" ("Chủ trì nghiên cứu … nhiệm vụ …") is a row."""
    return _header(cells) is not None and all(len(cell.split()) <= 10 for cell in cells)


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
    found = best_timing(cell, issued_on)
    period = PERIOD.search(folded) if found is None else None
    if period:
        # "Thực hiện trong giai đoạn 2026 - 2030 và vận hành thường xuyên": by the end of the span's last year.
        return Timing(date(int(period.group(1)), 12, 31), None, cell[period.start() : period.end()], period.start(), period.end(), 3)
    return found


# "Các bộ, ngành và địa phương" in a helpers' column: the ministries, and the localities as a group.
AND_LOCALITIES = re.compile(r"(?:\s*,\s*|\s+và\s+)(địa\s+phương)$", re.IGNORECASE)


def _helpers(cell: str) -> list[Mention]:
    """The cooperating bodies a column names. The ministries "… có liên quan" there are a catch-all (the
    bodies concerned, whoever they are); a named group is kept, the localities apart from the ministries."""
    helpers = []
    for mention in cell_mentions(cell):
        if mention.catch_all:
            continue
        related = re.search(r"\s+(?:co\s+)?lien quan$", fold(mention.name))
        if related and mention.central and related.group().split()[0] == "co":
            # "các bộ, ngành có liên quan": whichever ministries, the whole Government's catch-all; "các bộ,
            # ngành liên quan" in a Government plan's helpers column is the ministries concerned, a group.
            continue
        if related:
            # "Sở, ban, ngành có liên quan" in the helpers' column: the province's departments, a group the
            # officer expands, as when named without the words.
            mention = replace(mention, name=mention.name[: related.start()])
        helpers += _localities_apart(mention)
    return helpers


def _localities_apart(mention: Mention) -> list[Mention]:
    """"Các bộ, ngành, địa phương": the ministries and the localities, two groups, in whichever column."""
    localities = AND_LOCALITIES.search(mention.name) if mention.central and mention.group else None
    if localities is None:
        return [mention]
    return [replace(mention, name=mention.name[: localities.start()]), replace(mention, name="Các địa phương", kind="other")]


def tables_tasks(tables: list[Table], issued_on: date | None) -> list[DraftTask]:
    """The tasks of every table; when two or more annexes hold task tables, each row's label starts
    with its annex ("PLII.I.1"), since each annex numbers its groups afresh."""
    read = [(table, table_tasks(table, issued_on)) for table in tables]
    annexes = {table.annex for table, tasks in read if table.annex and tasks}
    if len(annexes) > 1:
        for table, tasks in read:
            for task in tasks if table.annex else ():
                task.clause = annex_label(table.annex, task.clause)
    return [task for _, tasks in read for task in tasks]


def table_tasks(table: Table, issued_on: date | None) -> list[DraftTask]:
    """One task per row and lead; a section row ("II | Xây dựng hạ tầng") numbers the rows under it.
    A row with no number continues the numbered row above; when it prints its own task and time
    cells (a sub-row of a row whose number, lead and helpers are merged cells), it is a task of its
    own, "1 ý 2", the numbered row's first line becoming "1 ý 1"."""
    columns, tasks = table.columns, []
    part, section, number, previous = "", "", None, {}
    carried = numbers_carry_groups(table.rows)
    width = table.width or max(columns.values()) + 1
    for cells in table.rows:
        filled = [c for c in cells if c]
        if not filled:
            continue
        if heading_row(cells):
            if is_part(cells[0], part):
                part, section = cells[0].rstrip("."), ""
            else:
                section = cells[0].rstrip(".")
            number, previous = None, {}
            continue
        own = False
        if NUMBER.match(cells[0]) or (number is None and not cells[0] and len(cells) >= width and (part or section)):
            # A numbered row; or, right under a group, a row with every cell but its number: the group's one row.
            number, sub = cells[0].rstrip("."), 1
            row = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
        else:
            row = _continued(cells, columns, width)
            own = bool(row.get("time") and row.get("work")) and number is not None
            row = {name: value or previous.get(name, "") for name, value in row.items()}
        previous = row
        if number is None or CONDITIONAL.match(fold(row.get("time", "")).strip()) or done(cells):
            continue
        base = row_label(part, section, number, carried)
        if own:
            sub += 1
            if sub == 2:  # the numbered row's first line becomes "ý 1" once a second one appears
                for task in tasks:
                    task.clause += " ý 1" if task.clause == base else ""
        ref = f"{base} ý {sub}" if sub > 1 else base
        tasks += _row_tasks(row, ref, tasks, issued_on)
    return tasks


# Words of a time cell that give no date: the work goes on ("Thực hiện thường xuyên, liên tục").
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
ONGOING = re.compile(r"\b(?:thuong xuyen|lien tuc|hang nam|hang quy|hang thang|dinh ky)\b")


def _continued(cells: list[str], columns: dict[str, int], width: int) -> dict[str, str]:
    """The cells of a row with no number, by column. They fill the columns from the first named one
    on (its number cell merged with the row above) when that puts a body's name in the lead column
    and the last cell is no time; otherwise they are the row's last cells, the ones before them merged
    with the row above (a sub-row's task, result and time under one numbered row)."""
    first = min(columns.values())
    left = {name: cells[i - first] if 0 <= i - first < len(cells) else "" for name, i in columns.items()}
    last = fold(cells[-1])
    timed = _timing(cells[-1], None) is not None or bool(ONGOING.search(last) or YEAR_IN.search(last))
    names_body = any(m.start == 0 and not m.catch_all for m in find_mentions(left.get("lead", "")))
    if len(cells) >= width or (names_body and not timed):
        return left
    offset = width - len(cells)
    return {name: cells[i - offset] if 0 <= i - offset < len(cells) else "" for name, i in columns.items()}


def _row_tasks(row: dict[str, str], ref: str, tasks: list[DraftTask], issued_on: date | None) -> list[DraftTask]:
    """The new tasks of one row, one per lead; a lead the row's label already has gets its words."""
    timing = _timing(row.get("time", ""), issued_on) if row.get("time") else None
    timing = work_cycle(row["work"], row.get("time", ""), timing, issued_on)
    helpers = with_kinds(row.get("cooperating", ""), _helpers(row.get("cooperating", "")))
    new = []
    for lead in (apart for m in cell_mentions(row["lead"]) if not m.catch_all for apart in _localities_apart(m)):
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
        new.append(task)
    return new
