"""Task tables printed one cell per line. A PDF's text (the Công báo's, a scanned annex) keeps no
cell separators: the header is "STT", "Tên nhiệm vụ", "Cơ quan" / "chủ trì", … each on lines of
their own, then each row is its number ("1.") and its cells' words, wrapped to the column's width,
one line after another. A row is rebuilt here from its lines: the numbers run on (1, 2, 3 …, across
the table's group headings, or from 1 again under each, when the group's number tells the rows apart:
"II.1"; or within an Arabic group, "1.2" under "1. Hoàn thiện thể chế"), the task's words come first,
the lead cell begins at the first line that opens with a body's name, and every later cell begins at
a line in capitals that does not go on with the line above (a comma, a preposition, a name cut in two).
The repeated header at each page break and the group headings ("II. Hoàn thiện thể chế …") are left
out. The rows are then read as any task table (`tables.table_tasks`)."""

from __future__ import annotations

import re

from .broken_leads import finished_lead
from .firm_rows import firms_lead
from .names import find_mentions
from .sentence_groups import sentence_group
from .table_sub_rows import after_break, opens_body, split_gaps, split_sub_rows, time_of, time_word
from .tables import COLUMNS, Table
from .text import clean, fold

# Columns that are neither task, body nor time, kept only to count the cells of a row.
# "Căn cứ bổ sung": the document a row was added under, printed after the time.
OTHER_COLUMNS = ("ket qua", "san pham", "cap phe duyet", "cap trinh", "hinh thuc", "ghi chu", "du toan", "kinh phi", "can cu")
HEADER_START = re.compile(r"^(?:stt|tt|so tt)$")
ROW_START = re.compile(r"^(\d{1,3})\.?(?:\s+(\S.*))?$")
# A row numbered within its group's Arabic number ("1.2" under "1. Rà soát, hoàn thiện thể chế").
DOTTED_ROW = re.compile(r"^(\d{1,2})\.(\d{1,3})\.?(?:\s+(\S.*))?$")
# A group heading: its Roman number with its title, or alone on its line ("I." then the title below).
GROUP_HEADING = re.compile(r"^[IVXLC]+\.(?:\s+\S|$)")
# A Roman number with no dot, alone on its line: a group heading only when its title in capitals
# follows ("II" / "HỖ TRỢ …"), since a wrapped time cell may leave one too ("Quý" / "IV" / "2026").
BARE_ROMAN = re.compile(r"^[IVXLC]+$")
# A line that ends with one of these words is cut mid-phrase: the next line, capitals or not, goes on.
CONNECTIVE = {"ở", "và", "của", "với", "cho", "thuộc", "trình", "các", "đối", "tại", "hoặc", "đến", "từ", "quý", "tháng",
              "ngày", "những"}
NAME_HEADS = {"Bộ", "Sở", "Ủy", "Uỷ", "Ban", "Cơ"}  # the first word of a body's name, cut from the rest
# A board's head alone on its line ("Ban Chỉ đạo" / "Phòng thủ dân sự quốc gia"): its field, in capitals, goes on.
BOARD_ALONE = re.compile(r"^\s*ban chi (?:dao|huy)\s*$")
# Where a table ends: the signature's "Nơi nhận", another annex.
TABLE_END = re.compile(r"^(?:noi nhan|phu luc\b)")
# "ở Trung ương", "đối với địa phương": where each of several leads acts, not a body of its own.
WHERE = re.compile(r"\s+(?:ở|đối\s+với|tại)\s+(?:Trung\s+ương|địa\s+phương)\b", re.IGNORECASE)


def _group_at(lines: list[str], i: int) -> str | None:
    """The Roman number of the group heading opening at line i, if one does."""
    line = clean(lines[i]).strip()
    if GROUP_HEADING.match(line):
        return line.split(".")[0]
    following = next((clean(x).strip() for x in lines[i + 1 : i + 3] if x.strip()), "")
    if BARE_ROMAN.match(line) and following.isupper():
        return line
    return sentence_group(lines, i)  # "I" / "Hoàn thiện thể chế …", "IV Huy động …": a title in sentence case


def _header_columns(text: str) -> list[str] | None:
    """The columns a header names, in their order, if it is a task table's ("work" and "lead")."""
    folded, found = fold(text), []
    for name, words in [*COLUMNS, ("other", OTHER_COLUMNS)]:
        for word in words:
            for match in re.finditer(rf"\b{word}\b", folded):
                found.append((match.start(), name))
    found.sort()
    columns: list[str] = []
    for _, name in found:
        if name == "other" or name not in columns:
            columns.append(name)
    # "Cơ quan phối hợp" also says "cơ quan": the first word of each column is what counts.
    return columns if {"work", "lead"} <= set(columns) and columns.index("work") < columns.index("lead") else None


def _starts_body(lines: list[str]) -> bool:
    """Whether the words from this line on open with an agency's name."""
    joined = " ".join(lines[:6])
    return any(m.start == 0 and not m.catch_all for m in find_mentions(joined))


def _goes_on(previous: str, line: str) -> bool:
    """Whether `line` continues the cell of `previous` rather than opening the next cell."""
    # A cell opens in capitals, or with a year ("2026 - 2030" in a time column); a list goes on past its
    # separators ("Bộ Công Thương;" / "Bộ Ngoại giao;": the helpers of one cell).
    if not (line[:1].isupper() or line[:1].isdigit()) or previous.rstrip().endswith((",", ";", "-", "–", "/")):
        return True
    if time_word(previous):  # "Tháng" / "3/2026": a time cell wrapped after its unit
        return True
    last = previous.split()[-1] if previous.split() else ""
    # A name's head goes on with its name, never a number: "… kiện toàn Ủy" / "2026" is the time cell after it.
    if last.lower() in CONNECTIVE and last.islower() or last in NAME_HEADS and not line[:1].isdigit() \
            or BOARD_ALONE.match(fold(previous)):
        return True
    # A name cut in two ("Bộ" / "Y tế, …"): a body's name runs across the break.
    joined = f"{previous} {line}"
    return any(m.start < len(previous) < m.end for m in find_mentions(joined))


def _open_ended(line: str) -> bool:
    """Whether a line ends with a word that the next line must go on from ("của", "và")."""
    words = line.split()
    return bool(words) and words[-1] in CONNECTIVE


def _glued_body(line: str) -> str | None:
    """A single body's name closing a line after words in lower case, as when two cells share a line."""
    mentions = [m for m in find_mentions(line) if not m.catch_all and not m.group]
    if mentions and mentions[-1].end >= len(line.rstrip(" .")) and mentions[-1].start > 0 \
            and line[: mentions[-1].start].rstrip()[-1:].islower():
        return line[mentions[-1].start : mentions[-1].end]
    return None


def _pieces(lines: list[str]) -> list[str]:
    """Lines as the cells they print, each opening where `_goes_on` says the one above has ended."""
    cells: list[list[str]] = [[]]
    previous = ""
    for line in lines:
        if not line:  # an empty line: the cell above has ended
            if cells[-1]:
                cells.append([])
            previous = ""
            continue
        if cells[-1] and not _goes_on(previous, line):
            cells.append([])
        cells[-1].append(line)
        previous = line
    return [" ".join(c).strip() for c in cells if c]


def _cells(lines: list[str], count: int, after_time: int) -> tuple[list[str], list[list[str]]] | None:
    """A row's lines as its cells after the task's (lead first), and its later sub-rows' cells; None if
    no lead begins."""
    # The lead cell opens in capitals, not right after a word that goes on ("… của" / "Bộ Chính trị").
    starts = [i for i in range(1, len(lines)) if opens_body(" ".join(lines[i : i + 6]))]
    # … unless no other line opens one: the task's words wrapped past its cells ("… tại" / "Bộ Ngoại giao" /
    # … / "Việt Nam theo hướng …"), the row's only lead still follows them.
    start = next((i for i in starts if not _open_ended(lines[i - 1])), starts[0] if starts else None)
    if start is None:
        return None
    work = " ".join(lines[:start]).strip()
    rest, subs = split_sub_rows(_pieces(lines[start:]), after_time)
    if start > 1 and firms_lead(lines, start, len(rest), count):
        return None
    glued = _glued_body(lines[start - 1])
    if glued is not None and len(rest) == count - 1:
        # One cell short and the task's last line ends with a body's name ("… phù hợp Bộ Y tế"): the
        # extraction ran the lead cell into the task's line, and the cell found first is the helpers'.
        work, rest = work[: work.rstrip().rfind(glued)].rstrip(), [glued, *rest]
    return [work, *rest], subs


def _fit(rest: list[str], count: int) -> list[str]:
    """More breaks than columns: the extra pieces belong to the result column."""
    if len(rest) > count:
        return rest[:count - 1] + [rest[-1]] if count > 1 else rest[:1]
    return rest


def _row(number: str, lines: list[str], columns: list[str], cut: list[str]) -> list[list[str]]:
    """The table rows of one numbered row: its own, then one per sub-row or second lead (no number)."""
    after_work = columns[columns.index("work") + 1 :]
    # The columns after the time ("Căn cứ"): a sub-row's lead follows them; none without a time column.
    after_time = len(after_work) - 1 - after_work.index("time") if "time" in after_work else -1
    found = _cells(lines, len(after_work), after_time)
    if found is None:
        return []
    cells, subs = found
    owed, later = after_break(_pieces(cut), after_time)
    cells[1:], owed = finished_lead(cells[1:], owed)  # "Bộ Khoa học và" / header / … / "Công nghệ": one name
    work = " ".join([cells[0], *owed]).strip()
    rows = [[number, *_values(work, cells[1:], after_work)]]
    for sub in [*subs, *later]:
        own = _values(work, sub, after_work)
        # A second lead with no time of its own shares the row's task and time (`tables.table_tasks`).
        rows.append(own if own[3] else ["", own[1], own[2], ""])
    return rows


def _values(work: str, rest: list[str], after_work: list[str]) -> list[str]:
    """The work, lead, helpers and time of a row from its cells after the task's."""
    values, pieces, rest = {"work": work}, rest, _fit(rest, len(after_work))
    if len(rest) == len(after_work):
        values.update({name: value for name, value in zip(after_work, rest) if name != "other"})
    else:  # a cell left empty or run into another: the lead first, the time last, the helpers second
        values["lead"] = rest[0]
        if after_work[-1] == "time" and len(rest) > 1:
            values["time"] = rest[-1]
        if "cooperating" in after_work and len(rest) > 2 and _starts_body([rest[1]]):
            values["cooperating"] = rest[1]
    if "time" in after_work:
        values["time"] = time_of(values.get("time", ""), pieces)
    values["lead"] = WHERE.sub("", values["lead"])
    return [values.get("work", ""), values.get("lead", ""), values.get("cooperating", ""), values.get("time", "")]


def split_cell_tables(text: str) -> tuple[str, list[Table]]:
    """The text without its tables printed one cell per line, and those tables."""
    lines = text.split("\n")
    kept: list[str] = []
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if not HEADER_START.match(fold(lines[i]).strip()):
            kept.append(lines[i])
            i += 1
            continue
        end = i + 1
        while end < len(lines) and end - i <= 14 and not ROW_START.match(lines[end].strip()) \
                and _group_at(lines, end) is None:
            end += 1
        header = [clean(x).strip() for x in lines[i:end]]
        columns = _header_columns(" ".join(header))
        if columns is None or end >= len(lines):
            kept.append(lines[i])
            i += 1
            continue
        table, i = _read_rows(lines, end, header, columns)
        tables.append(table)
    return "\n".join(kept), tables


def _title(line: str, above: str, header: list[str]) -> bool:
    """Whether a line in capitals is a title after the table rather than a cell's short names wrapped
    ("…, Ủy ban X," / "VTV, VOV," / "TTXVN"): a list of names goes on after a comma, a title does not."""
    return len(line.split()) >= 2 and line.isupper() and line != header[0] \
        and not line.endswith(",") and not above.endswith(",")


def _apart(raw: str) -> list[str]:
    """A row's line, cleaned; two cells it prints with a run of spaces between them, apart."""
    return [clean(part).strip() for part in split_gaps([raw])]


def _under_numbered_group(rows: list[tuple[str, list[str], list[str], str]], dotted: re.Match, group: str) -> bool:
    """Whether a line "G.K" numbers the next row of group G: the first ("G.1") right after the row "G." that is
    then the group's heading, or the one after "G.(K-1)"."""
    if not rows or rows[-1][3] != group:
        return False
    number = rows[-1][0]
    first, sub = dotted.group(1), int(dotted.group(2))
    return number == first if sub == 1 else number == f"{first}.{sub - 1}"


def _read_rows(lines: list[str], i: int, header: list[str], columns: list[str]) -> tuple[Table, int]:
    """The rows from line i on, until the table ends; the index of the first line after it."""
    rows: list[tuple[str, list[str], list[str], str]] = []  # number, its lines, those a page break cut off, group
    current: list[str] | None = None
    broken = False  # past a repeated header: the lines go on cut cells and are kept with the task's words
    last = 0
    grouping = False  # in a group heading: its title in capitals, wrapped over lines, goes on it
    group, restarts = "", False  # the group the rows are under; whether each group numbers from 1 again
    while i < len(lines):
        line = clean(lines[i]).strip()
        folded = fold(line)
        heading = _group_at(lines, i)
        if heading is not None or grouping and line.isupper():
            group = heading or group
            current, grouping, i = None, True, i + 1  # the heading and its wrapped lines are no row's
            continue
        grouping = False
        if TABLE_END.match(folded) or _title(line, clean(lines[i - 1]).strip(), header):
            break
        if line == header[0] and [clean(x).strip() for x in lines[i : i + len(header)]] == header:
            i += len(header)
            broken = True
            continue
        dotted = DOTTED_ROW.match(line)
        if dotted and _under_numbered_group(rows, dotted, group):
            if dotted.group(2) == "1":
                rows.pop()  # "1." and its title, then "1.1", "1.2": the group's heading, no row of its own
            current = [dotted.group(3)] if dotted.group(3) else []
            rows.append((f"{dotted.group(1)}.{dotted.group(2)}", current, [], group))
            broken = False
            i += 1
            continue
        start = ROW_START.match(line)
        if start and (int(start.group(1)) == last + 1 or (current is None and int(start.group(1)) == 1)):
            restarts = restarts or last > 0 and int(start.group(1)) == 1
            last = int(start.group(1))
            current = [start.group(2)] if start.group(2) else []
            rows.append((str(last), current, [], group))
            broken = False
        elif current is not None and not broken:
            if line or current:
                current += _apart(lines[i])
        elif current is not None and line:
            rows[-1][2].extend(_apart(lines[i]))
        i += 1
    table = Table({"work": 1, "lead": 2, "cooperating": 3, "time": 4})
    section = ""
    for number, row_lines, cut, in_group in rows:
        if restarts and in_group != section:
            # Numbers that start again under each group are told apart by it ("II.1"), as a table with
            # its cells separated numbers the rows under a section row.
            section = in_group
            table.rows.append([in_group, "", "", "", ""])
        table.rows += _row(number, row_lines, columns, cut) if row_lines else []
    return table, i
