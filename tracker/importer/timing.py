"""Deadline and cycle phrases: "chậm nhất ngày 17/11/2020", "trong tháng 11/2017", "hàng quý" ...

Recurrences are RRULEs in the form of ANNOTATION.md (FREQ=MONTHLY, FREQ=MONTHLY;INTERVAL=3,
FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1, ...); `complete_rule` turns them into the full rule a
Task stores.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..workdays import current_calendar
from .text import fold

DATE = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})|(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})"
# An hour before the day: "trước 16 giờ 00 ngày …", "trước 17h00, ngày …".
HOUR = r"\d{1,2}\s*(?:gio|h)\s*(?:\d{2}\s*(?:phut)?)?\s*,?\s*"
BEFORE = r"(?:cham nhat(?:\s+(?:la|truoc|vao))?|truoc|han chot(?: la)?|han cuoi(?: la)?|khong qua|khong muon hon|xong truoc|hoan thanh truoc|den het|toi da den|thoi han(?: hoan thanh)?\s*:?|han hoan thanh\s*:?)"
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
WEEKDAYS = {"hai": "MO", "ba": "TU", "tu": "WE", "nam": "TH", "sau": "FR", "bay": "SA",
            "2": "MO", "3": "TU", "4": "WE", "5": "TH", "6": "FR", "7": "SA"}
QUARTER = r"(iv|i{1,3}|[1-4])"
EVENT_VERBS = r"(?:to chuc|bao cao|so ket|tong ket|danh gia|kiem tra|cap nhat|ra soat|tong hop|gui|hop|giao ban)\b"
# A time of day just before a cycle word: "trước 13 giờ hằng ngày", "chậm nhất 16h00 thứ Sáu hằng tuần".
HOUR_BEFORE = re.compile(rf"\b(?:{BEFORE}|vao|luc)\s*{HOUR}(?:(?:sang|chieu|toi)\s+)?$")
CYCLE_VERBS = r"\b(?:bao cao|so ket|tong ket|danh gia|cap nhat|gui|kiem tra|giao ban)\b"


@dataclass(frozen=True)
class Timing:
    """What a phrase says about when: a one-off date, a cycle, or (both None) nothing usable."""

    due_on: date | None
    recurrence: str | None
    text: str
    start: int
    end: int
    rank: int  # how specific: lower wins when a clause gives several


def _date(match: re.Match, first: int = 1) -> date | None:
    groups = match.groups()[first - 1 : first + 5]
    day, month, year = (groups[0], groups[1], groups[2]) if groups[0] else (groups[3], groups[4], groups[5])
    try:
        return date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _next_day(issued_on: date, month: int, day: int) -> date | None:
    """The first date with this day and month on or after the issue date."""
    try:
        candidate = date(issued_on.year, month, day)
        return candidate if candidate >= issued_on else date(issued_on.year + 1, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _quarter(value: str) -> int:
    return ROMAN.get(value, 0) or int(value)


# Receipt of the document itself: "(kể từ ngày nhận) được Công văn này", "(nhận) văn bản".
RECEIPT_OF_THIS = re.compile(r"\s+(?:duoc\s+)?(?:van ban|cong van|quyet dinh|chi thi|ke hoach|thong bao|huong dan)\b")
# A list of periods ("hàng quý, năm", "hằng tháng, quý"): reports made on a schedule, whatever they follow.
PERIOD_LIST = re.compile(r"(?:hang|moi)\s+(?:thang|quy)\s*(?:,|va)\s*(?:quy|nam)\b")
PLANS_OF_PERIODS = re.compile(r"\b(?:ke hoach|de an|chuong trinh|quy hoach)(?:\s+\S+){0,3}?\s+(?:\d+|nam|ngan han|dai han)\s+(?:nam\s+)?va\s*$")


def _cycle_allowed(folded: str, start: int) -> bool:
    """A cycle word makes a cycle only where it times the duty, not where it qualifies a noun."""
    before = folded[max(0, start - 40) : start]
    if re.search(r"dinh ky\s*$", before) or PERIOD_LIST.match(folded, start):
        return True
    if PLANS_OF_PERIODS.search(before):
        return False  # "kế hoạch 5 năm và hằng năm": which plans, not when to make them
    if re.search(r"(^|[,;:.(\-]|\bva)\s*$", before) or start == 0:
        return True
    if re.search(CYCLE_VERBS, before[-30:]):
        return True
    # "Tổ chức diễn tập ... hằng năm;": a piece that opens with an event and ends with its cycle.
    piece_start = max(folded.rfind(c, 0, start) for c in ";.:\n") + 1
    piece = folded[piece_start:start].lstrip(" -+")
    ends_piece = re.match(r"\s*(?:[;.,]|$)", folded[_end_of_cycle(folded, start) :])
    return bool(ends_piece) and bool(re.match(EVENT_VERBS, piece))


def _end_of_cycle(folded: str, start: int) -> int:
    m = re.compile(r"(?:dinh ky\s+)?(?:hang|moi|tung)\s+(?:nam|quy|thang)").match(folded, start)
    return m.end() if m else start


def find_timings(text: str, issued_on: date | None = None) -> list[Timing]:
    """Every deadline or cycle phrase of a text, in reading order."""
    folded = fold(text)
    found: list[Timing] = []

    def add(match: re.Match, due_on, recurrence, rank, start=None):
        """Record one phrase found."""
        start = match.start() if start is None else start
        found.append(Timing(due_on, recurrence, text[start : match.end()].strip(" ,;"), start, match.end(), rank))

    # Yearly on a day: "trước ngày 01/12 hàng năm".
    for m in re.finditer(
        r"(?:(?:truoc|cham nhat|vao|den)\s+)?ngay\s+(\d{1,2})\s*(?:[/.\-]|\s+thang\s+)\s*(\d{1,2})\s+(?:cua\s+)?(?:hang|moi)\s+nam", folded
    ):
        add(m, None, f"FREQ=YEARLY;BYMONTH={int(m.group(2))};BYMONTHDAY={int(m.group(1))}", 0)
    # The cycle first, its day after: "định kỳ hằng năm (trước ngày 15/11)", "hằng năm, chậm nhất ngày 15/12", or
    # the day in brackets closing the sentence: "Định kỳ hằng năm tổng hợp …, báo cáo UBND tỉnh (trước ngày 15/11)".
    for m in re.finditer(
        r"(?:dinh ky\s+(?:hang|moi)\s+nam\b[^.;()]{0,200}?\(|(?:dinh ky\s+)?(?:hang|moi)\s+nam\s*[,(]?)\s*(?:truoc|cham nhat(?:\s+la)?|vao|den)\s+ngay\s+(\d{1,2})\s*"
        r"(?:[/.\-]|\s+thang\s+)\s*(\d{1,2})(?!\d|\s*[/.\-]\s*\d|\s+nam\s+\d)", folded
    ):
        if 1 <= int(m.group(2)) <= 12:
            add(m, None, f"FREQ=YEARLY;BYMONTH={int(m.group(2))};BYMONTHDAY={int(m.group(1))}", 0)
    # Half-yearly on a day: "Định kỳ 6 tháng và hằng năm … trước ngày 05 tháng 6 và ngày 05 tháng 12":
    # two reports six months apart on one day are one half-yearly duty on that day.
    for m in re.finditer(
        r"(?:dinh ky\s+)?(?:6|sau)\s+thang\b[^.;]{0,300}?(?:truoc|cham nhat|vao)\s+ngay\s+(\d{1,2})\s*(?:/|\s+thang\s+)(\d{1,2})"
        r"\s*(?:va|,)\s*(?:ngay\s+)?(\d{1,2})\s*(?:/|\s+thang\s+)(\d{1,2})(?!\d|\s*/\s*\d|\s+nam\s+\d)", folded
    ):
        if m.group(1) == m.group(3) and (int(m.group(4)) - int(m.group(2))) % 12 == 6:
            add(m, None, f"FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY={int(m.group(1))}", 0)
    # A half-year's report with one day and no year ("định kỳ 6 tháng trước ngày 30 tháng 6"): due once a
    # year on that day (two days six months apart are the half-yearly duty above).
    for m in re.finditer(r"(?:dinh ky\s+)?(?:6|sau)\s+thang\s+(?:truoc|cham nhat|vao)\s+ngay\s+(\d{1,2})\s*(?:/|\s+thang\s+)(\d{1,2})"
                         r"(?!\d|\s*/\s*\d|\s+nam\s+\d|\s*(?:va|,)\s*(?:ngay\s+)?\d)", folded):
        if 1 <= int(m.group(2)) <= 12:
            add(m, None, f"FREQ=YEARLY;BYMONTH={int(m.group(2))};BYMONTHDAY={int(m.group(1))}", 0)
    # Monthly on a day: "trước ngày 20 hằng tháng".
    for m in re.finditer(r"(?:(?:truoc|cham nhat|vao|den)\s+)?ngay\s+(\d{1,2})\s+(?:cua\s+)?(?:hang|moi)\s+thang", folded):
        add(m, None, f"FREQ=MONTHLY;BYMONTHDAY={int(m.group(1))}", 0)
    # Weekly on a day: "vào thứ Sáu hàng tuần", "Định kỳ thứ Hai hằng tuần" (RFC 5545 weekdays).
    for m in re.finditer(r"(?:(?:dinh ky|vao|truoc)\s+)?(?:ngay\s+)?thu\s+(hai|ba|tu|nam|sau|bay|[2-7])\s+(?:hang|moi)\s+tuan", folded):
        add(m, None, f"FREQ=WEEKLY;BYDAY={WEEKDAYS[m.group(1)]}", 0)
    # Absolute: "chậm nhất ngày 17/11/2020", "trước ngày 15/12/2021", "trước 16 giờ 00 ngày 20/6/2024".
    for m in re.finditer(rf"\b{BEFORE}\s*(?:{HOUR})?(?:ngay\s+)?(?:{DATE})", folded):
        day = _date(m)
        if day:
            add(m, day, None, 1)
    # A day and month with no year: "trước ngày 15/8" is the next 15/8 from the issue date.
    for m in re.finditer(rf"\b{BEFORE}\s*(?:{HOUR})?ngay\s+(\d{{1,2}})\s*(?:/|\s+thang\s+)(\d{{1,2}})"
                         r"(?!\d|\s*[/.\-]\s*\d|\s+nam\s+\d|\s+(?:cua\s+)?(?:hang|moi)\s+(?:nam|thang))", folded):
        if issued_on is not None and (day := _next_day(issued_on, int(m.group(2)), int(m.group(1)))):
            add(m, day, None, 1)
    # Relative: "trong vòng 10 ngày làm việc kể từ ngày ký".
    for m in re.finditer(
        r"\b(?:trong|trong vong|trong thoi han|trong thoi gian|sau|cham nhat)\s+(\d{1,3})\s+(ngay lam viec|ngay|thang)(?!\s+(?:dau|cuoi)\s+nam)"
        r"(?:\s*,?\s*(?:ke tu|tinh tu|tu|sau)\s+(?:ngay|khi)\s+(?P<anchor>ky|ban hanh|nhan|van ban|co hieu luc)[\w ]{0,25})?",
        folded,
    ):
        count, unit = int(m.group(1)), m.group(2)
        due = None
        # "kể từ khi nhận chứng từ hợp lệ", "kể từ ngày nhận hồ sơ": a limit counted per case, no date;
        # "kể từ ngày nhận được văn bản này" counts from the document itself.
        per_case = m.group("anchor") == "nhan" and not RECEIPT_OF_THIS.match(folded, m.end("anchor"))
        if issued_on is not None and not per_case:
            if unit == "ngay lam viec":
                due = current_calendar().add_working_days(issued_on, count)
            elif unit == "ngay":
                due = issued_on + timedelta(days=count)
            else:
                due = issued_on + relativedelta(months=count)
        add(m, due, None, 1)
    # A month: "trong tháng 11/2017" → 30/11/2017; "trước tháng 12/2025" → 30/11/2025; "Thời gian hoàn
    # thành: tháng 6/2026", "từ tháng 3 đến tháng 6/2026" and "Thời gian: Tháng 5, 6/2026" → 30/6/2026.
    for m in re.finditer(
        r"\b(ngay trong|trong|truoc het|hoan thanh trong|xong trong|den het|tu thang \d{1,2}(?:/\d{4})? den|truoc|dau|giua|cuoi|trong thoi gian"
        r"|thoi gian(?: hoan thanh| thuc hien)?\s*:|thoi han(?: hoan thanh)?\s*:)\s+thang\s+"
        # Months listed with one year ("Tháng 11, 12/2013"): the end of the last.
        r"(?:\d{1,2}\s*(?:,|-|–|va)\s*(?:thang\s+)?)*(\d{1,2})\s*(?:/|\s+nam\s+)(\d{4})",
        folded,
    ):
        word, month, year = m.group(1), int(m.group(2)), int(m.group(3))
        if not 1 <= month <= 12:
            continue
        if word == "truoc":
            due = date(year, month, 1) - timedelta(days=1)
        elif word == "dau":
            due = date(year, month, 1)
        elif word == "giua":
            due = date(year, month, 15)
        else:
            due = month_end(year, month)
        add(m, due, None, 2)
    # Quarters: "Quý 4/2025", "trong quý III năm 2026", "Quý I - Quý II/2026" (end of the last), "Quí IV-2025".
    for m in re.finditer(
        rf"\bqu[yi]\s+{QUARTER}(?:\s*(?:-|–|den|va|,)\s*(?:qu[yi]\s+)?{QUARTER})?\s*(?:/|-|–|\s+nam\s+)(\d{{4}})", folded
    ):
        quarter = _quarter(m.group(2) or m.group(1))
        if 1 <= quarter <= 4:
            add(m, month_end(int(m.group(3)), quarter * 3), None, 3)
    # Half a year: "6 tháng đầu năm 2026" → 30/06/2026.
    for m in re.finditer(r"\b(?:trong\s+)?(?:0?6|sau) thang (dau|cuoi) nam\s+(\d{4})", folded):
        year = int(m.group(2))
        add(m, date(year, 6, 30) if m.group(1) == "dau" else date(year, 12, 31), None, 3)
    # A year as a completion time: "trong năm 2018", "hoàn thành năm 2018", "Thời gian: năm 2026".
    for m in re.finditer(
        r"\b(trong|truoc|den het|hoan thanh(?: trong)?|xong trong|vao|cuoi|dau|giua|thoi gian(?: hoan thanh| thuc hien)?\s*:|thoi han\s*:)\s+nam\s+(\d{4})",
        folded,
    ):
        word, year = m.group(1), int(m.group(2))
        due = {"truoc": date(year - 1, 12, 31), "dau": date(year, 1, 1), "giua": date(year, 6, 30)}.get(
            word, date(year, 12, 31)
        )
        add(m, due, None, 4)
    # Cycles without a day.
    cycles = [
        (r"(?:dinh ky\s+)?(?:(?:hang|moi|tung)\s+quy|vao thang dau (?:cua\s+)?(?:moi|hang) quy"
         # "theo quý" (by quarter), not "theo quy định", "theo quy chế", "theo quy trình" …
         r"|theo quy(?!\s+(?:dinh|che|trinh|hoach|mo|chuan|pham|tac|luat|uoc|cach)\b))", "FREQ=MONTHLY;INTERVAL=3"),
        (r"(?:dinh ky\s+)?(?:(?:3|ba)\s+thang\s+(?:mot|1)\s+lan|dinh ky\s+(?:3|ba)\s+thang)", "FREQ=MONTHLY;INTERVAL=3"),
        (r"(?:dinh ky\s+)?(?:hang|moi)\s+thang", "FREQ=MONTHLY"),
        (r"(?:dinh ky\s+)?(?:hang|moi)\s+tuan", "FREQ=WEEKLY"),
        (r"(?:dinh ky\s+)?(?:hang|moi)\s+ngay", "FREQ=DAILY"),
        # "6 tháng, hằng năm": the half-year first in a list of periods (the shortest cycle named).
        (r"(?:dinh ky\s+(?:6|sau)\s+thang|(?:hang|moi)\s+(?:6|sau)\s+thang|(?:6|sau)\s+thang\s+(?:mot|1)\s+lan"
         r"|(?:6|sau)\s+thang(?=\s*(?:,|va)\s*(?:(?:hang|moi)\s+nam|(?:1|mot)\s+nam)))", "FREQ=MONTHLY;INTERVAL=6"),
        # "tối thiểu một lần/năm", "ít nhất 01 lần mỗi năm", "theo từng năm": once a year at least.
        (r"(?:dinh ky\s+)?(?:hang|moi)\s+nam|dinh ky nam|(?:toi thieu|it nhat)\s+(?:mot|0?1)\s+lan\s*(?:/|trong\s+|moi\s+)\s*nam"
         r"|theo tung nam", "FREQ=YEARLY"),
    ]
    taken = [(t.start, t.end) for t in found if t.recurrence]
    for pattern, rule in cycles:
        for m in re.finditer(rf"\b(?:{pattern})\b", folded):
            if any(s <= m.start() < e for s, e in taken):
                continue
            hour = HOUR_BEFORE.search(folded[max(0, m.start() - 30) : m.start()])
            if hour and folded.count("(", 0, m.start()) <= folded.count(")", 0, m.start()):
                # "trước 13 giờ hằng ngày": a time of day before the cycle makes it the duty's schedule
                # (not in brackets, where it describes a time window: "(sáng sớm, trước 6h hàng ngày)").
                taken.append((m.start(), m.end()))
                add(m, None, rule, 5, start=m.start() - len(hour.group(0)))
                continue
            if not m.group(0).startswith(("dinh ky", "vao", "toi thieu", "it nhat")) and not _cycle_allowed(folded, m.start()):
                continue
            if re.search(r"thuong xuyen(?:\s+trong)?\s*$", folded[max(0, m.start() - 20) : m.start()]):
                continue  # "thường xuyên hằng năm": an ongoing duty, every year alike, not a schedule
            taken.append((m.start(), m.end()))
            add(m, None, rule, 5)
    # A phrase inside a cycle's span with its day is part of it (the dates that give the cycle its day).
    spans = [(t.start, t.end) for t in found if t.rank == 0]
    found = [t for t in found if t.rank == 0 or not any(s <= t.start < e for s, e in spans)]
    # An aside in brackets that tells what was done ("(năm 2025, Sở X đã tổ chức 2 lớp …)") dates past
    # events, never a deadline.
    past = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\bđã\b[^()]*\)", text, flags=re.IGNORECASE)]
    found = [t for t in found if not any(s <= t.start < e for s, e in past)]
    return sorted(found, key=lambda t: t.start)


def best_timing(text: str, issued_on: date | None = None) -> Timing | None:
    """The timing a task takes from its text: the most specific phrase, the earliest date on a tie."""
    timings = [t for t in find_timings(text, issued_on) if t.due_on or t.recurrence]
    if not timings:
        return None
    dated = [t for t in timings if t.due_on]
    cyclic = [t for t in timings if t.recurrence]
    # A cycle with its own day ("trước ngày 20 hằng tháng") beats anything; else a date wins.
    with_day = [t for t in cyclic if t.rank == 0]
    if with_day:
        return with_day[0]  # "Hàng tháng kiểm tra … trước ngày 22 hàng tháng": the day is the cycle's
    if dated:
        return min(dated, key=lambda t: (t.rank, t.due_on))
    return cyclic[0]


def complete_rule(rule: str, issued_on: date) -> tuple[str, date]:
    """The full RRULE and DTSTART a Task stores for a rule in ANNOTATION.md's short form.

    Monthly with no day is due on the month's last day; yearly with no day on 31/12; weekly on Friday;
    quarterly and half-yearly on the last day of each quarter or half, starting with the
    period in which the directive was issued.
    """
    fields = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    freq, interval = fields.get("FREQ"), int(fields.get("INTERVAL", "1"))
    if freq == "MONTHLY" and "BYMONTHDAY" not in fields:
        fields["BYMONTHDAY"] = "-1"
        if interval in (3, 6):
            last_month = ((issued_on.month - 1) // interval + 1) * interval
            issued_on = date(issued_on.year, last_month, 1)
    if freq == "YEARLY" and "BYMONTHDAY" not in fields:
        fields.setdefault("BYMONTH", "12")
        fields["BYMONTHDAY"] = "31"
    if freq == "WEEKLY" and "BYDAY" not in fields:
        fields["BYDAY"] = "FR"  # a weekly report is due by the week's last working day
    order = ["FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "BYDAY", "UNTIL", "COUNT"]
    parts = [f"{name}={fields[name]}" for name in order if name in fields]
    parts += [f"{name}={value}" for name, value in fields.items() if name not in order]
    return ";".join(parts), issued_on
