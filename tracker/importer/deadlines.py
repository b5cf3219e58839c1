"""One-off deadlines in a text: a date ("chậm nhất ngày 17/11/2020", "trước ngày 15/8"), a count of days from
the issue ("trong vòng 10 ngày làm việc kể từ ngày ký"), a month, a quarter, a half-year or a year as the
completion time ("trong tháng 11/2017" → 30/11/2017, "Quý 4/2025", "năm 2018" → 31/12/2018)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..workdays import current_calendar
from .date_shapes import DATE, DAY, MARK, MONTH, STROKE_CLOSE, YEAR, day_month, month_year, no_year, part, to_month, to_year
from .doc_kinds import THIS_KINDS
from .page_year import Earliest
from .readiness import ready_by_day

# An hour before the day: "trước 16 giờ 00 ngày …", "trước 17h00, ngày …".
# The minutes may carry a prime, as typed on many pages: "trước 14 h00’".
# "06g00", "06g 00 phút": "g" for "giờ" is written with its minutes.
# The part of the day may follow the hour: "trước 7h00 sáng ngày 01/7/2025", "trước 17 giờ chiều ngày …".
HOUR = r"\d{1,2}\s*(?:gio|h|g(?=\s*\d{2}))\s*(?:\d{2}\s*(?:phut|['’])?)?\s*,?\s*(?:(?:sang|chieu|toi)\s*,?\s*)?"
BEFORE = r"(?:cham nhat(?:\s+(?:la|truoc|vao))?|truoc|han chot(?: la)?|han cuoi(?: la)?|khong qua|khong muon hon|xong truoc|hoan thanh truoc|hoan thanh trong(?=\s+ngay\b)|den het|toi da den|thoi han(?: hoan thanh)?\s*:?|han hoan thanh\s*:?)"
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
QUARTER = r"(iv|i{1,3}|[1-4])"
CITED_MEETING = re.compile(r"\btai\s+(?:cuoc hop|phien hop|hoi nghi|buoi lam viec)\b[^.;:]*$")
# Receipt of the document itself: "(kể từ ngày nhận) được Công văn này", "(nhận) văn bản".
# Not another's letter on a matter ("nhận được văn bản về các kiến nghị …", "… văn bản của cơ quan X"), nor one
# named by what it does ("nhận được văn bản trả lời cử tri", "… văn bản đề nghị phối hợp"): each case's letter.
RECEIPT_OF_THIS = re.compile(rf"\s+(?:duoc\s+)?(?:{THIS_KINDS})\b(?!\s+(?:ve|cua|tra loi|de nghi|yeu cau|phan hoi|gop y|kien nghi)\b)")
# A count of days from an event of each case, written after the count: "trong thời hạn 02 ngày làm việc kể từ ngày
# có kết quả giải quyết", "trong vòng 30 ngày tại trụ sở …, kể từ ngày có kết quả": a limit per case, no date.
# Not the document's own day ("kể từ ngày ký", "… ngày Quy chế này được ban hành").
FROM_AN_EVENT = re.compile(rf"[^.;:]{{0,60}}?\b(?:ke tu|tinh tu)\s+(?:ngay|khi)\s+(?!(?:ky|ban hanh|co hieu luc|{THIS_KINDS})\b)")


@dataclass(frozen=True)
class Timing:
    """What a phrase says about when: a one-off date, a cycle, or (both None) nothing usable."""

    due_on: date | None
    recurrence: str | None
    text: str
    start: int
    end: int
    rank: int  # how specific: lower wins when a clause gives several


def _date(match: re.Match) -> date | None:
    """The date a match of DATE reads; None for no such day ("31/4/2020")."""
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
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


@dataclass
class Phrases:
    """The timing phrases found in one text, in the order the rules find them."""

    text: str
    found: list[Timing] = field(default_factory=list)

    def add(self, match: re.Match, due_on: date | None, recurrence: str | None, rank: int, start: int | None = None) -> None:
        """Record one phrase found."""
        start = match.start() if start is None else start
        self.found.append(Timing(due_on, recurrence, self.text[start : match.end()].strip(" ,;"), start, match.end(), rank))


# A stroke, or a dash with the month close after it ("26-8"), between a day and its month.
STROKE_OR_DASH_CLOSE = STROKE_CLOSE + r"|-(?=\d)"


# The delivery a day closes, in the same piece of the sentence before it.
DELIVERED = re.compile(r"\b(?:bao cao|gui|nop|trinh|tong hop)\b[^.;]*$")
BY_DAY_MUST = re.compile(rf"(?<!tinh )(?<!cho )\bden\s+(?:ngay\s+)?(?:{DATE})(?=\s*,?\s+[^.;:]{{0,80}}?\bphai\b)")


def day_deadlines(phrases: Phrases, folded: str, issued_on: date | None) -> None:
    """A day, with or without its year, and a count of days or months from the issue."""
    add = phrases.add
    # Absolute: "chậm nhất ngày 17/11/2020", "trước ngày 15/12/2021", "trước 16 giờ 00 ngày 20/6/2024".
    for m in re.finditer(rf"\b{BEFORE}\s*(?:{HOUR})?(?:ngay\s+)?(?:{DATE})", folded):
        day = _date(m)
        if day:
            add(m, day, None, 1)
    # A delivery within a day written in full: "gửi Bộ X tổng hợp, báo cáo Thủ tướng trong ngày 20 tháng 11 năm 2025" is
    # due that day. Not an event held on the day ("treo cờ Tổ quốc trong ngày 1-1-2026"), which tells when, not by when.
    for m in re.finditer(rf"(?<!hoan thanh )\btrong\s+ngay\s+(?:{DATE})", folded):
        day = _date(m)
        if day and (issued_on is None or day >= issued_on) and DELIVERED.search(folded, max(0, m.start() - 120), m.start()):
            add(m, day, None, 1)
    # The day an event is to be held: "tổ chức lễ phát động vào sáng ngày 21/02/2018", "vào buổi sáng, ngày
    # 05/9/2015"; not a day before the issue, nor the day of a meeting cited ("tại cuộc họp … vào chiều ngày …"):
    # those tell what happened. Its hour may come first: "vào lúc 06g00, ngày 29/4/2022".
    for m in re.finditer(rf"\bvao\s+(?:luc\s+)?(?:{HOUR})?(?:(?:buoi\s+)?(?:sang|chieu|toi)\s*,?\s*)?ngay\s+(?:{DATE})", folded):
        day = _date(m)
        cited = CITED_MEETING.search(folded, max(0, m.start() - 200), m.start())
        if day and (issued_on is None or day >= issued_on) and not cited:
            add(m, day, None, 1)
    # A day and month with no year: "trước ngày 15/8" is the next 15/8 from the issue date.
    # Not a day of a cycle ("trước ngày 15/8 hằng năm": cycles_with_day reads it).
    # "trước mốc 5/9": the day as a milestone; "trước ngày 26-8": the press's dash, the month close after it.
    for m in re.finditer(rf"\b{BEFORE}\s*(?:{HOUR})?(?:ngay|moc(?:\s+ngay)?)\s+{day_month(STROKE_OR_DASH_CLOSE, day='day', month='month')}{no_year()}"
                         r"(?!\s+(?:cua\s+)?(?:hang|moi)\s+(?:nam|thang))", folded):
        if issued_on is not None and (day := _next_day(issued_on, int(m["month"]), int(m["day"]))):
            add(m, day, None, 1)
    # The day by which the body named after it must deliver: "Đến ngày 30/5/2026, Sở X phải báo cáo …", "yêu cầu đến
    # 30/5/2026 Sở X phải có báo cáo …". Not a count as of a day ("tính đến ngày …").
    for m in BY_DAY_MUST.finditer(folded):
        if day := _date(m):
            add(m, day, None, 1)
    spans_of_days(phrases, folded, issued_on)
    ready_by_day(phrases, folded, issued_on)  # "chuẩn bị …, bảo đảm … hoạt động từ ngày X": ready by X
    # Relative: "trong vòng 10 ngày làm việc kể từ ngày ký", "… kể từ ngày Công điện này được ban hành" (the
    # document itself, by any kind it may be). Not how long a thing lasts ("đăng tải trong 07 ngày liên tục").
    for m in re.finditer(
        r"\b(?:trong|trong vong|trong thoi han|trong thoi gian|sau|cham nhat)\s+(\d{1,3})\s+(ngay lam viec|ngay|thang)(?!\s+(?:dau|cuoi)\s+nam|\s+lien tuc)"
        rf"(?:\s*,?\s*(?:ke tu|tinh tu|tu|sau)\s+(?:ngay|khi)\s+(?P<anchor>ky|ban hanh|nhan|{THIS_KINDS}|co hieu luc)[\w ]{{0,25}})?",
        folded,
    ):
        count, unit = int(m.group(1)), m.group(2)
        due = None
        # "kể từ khi nhận chứng từ hợp lệ", "kể từ ngày nhận hồ sơ": a limit counted per case, no date;
        # "kể từ ngày nhận được văn bản này" counts from the document itself.
        per_case = m.group("anchor") == "nhan" and not RECEIPT_OF_THIS.match(folded, m.end("anchor")) \
            or m.group("anchor") is None and FROM_AN_EVENT.match(folded, m.end()) is not None
        if issued_on is not None and not per_case and not isinstance(issued_on, Earliest):
            if unit == "ngay lam viec":
                due = current_calendar().add_working_days(issued_on, count)
            elif unit == "ngay":
                due = issued_on + timedelta(days=count)
            else:
                due = issued_on + relativedelta(months=count)
        add(m, due, None, 1)


# A span of days: "từ ngày 03/3 đến ngày 30/3/2026", "trong thời gian từ ngày 1 - 30/6/2026", "từ ngày 10
# tháng 5 đến ngày 20 tháng 5 năm 2026": the work runs until the span's last day.
# The first day may leave out its month and year, the last its year ("1 - 30/6/2026", "03/3 đến 30/3/2026"); the
# last day ends the span: no number or mark goes on after it.
_FIRST_DAY = rf"{DAY}(?:{to_month()}{MONTH}(?:{to_year()}{YEAR})?)?"
_LAST_DAY = rf"{day_month(day='day', month='month')}(?:{to_year()}{part(YEAR, 'year')})?(?!\d|{MARK}\d)"
SPAN_OF_DAYS = re.compile(rf"\btu\s+(?:{HOUR})?ngay\s+{_FIRST_DAY}\s*(?:den(?:\s+het)?|-|–)\s*(?:{HOUR})?(?:ngay\s+)?{_LAST_DAY}")


# The results a report covers, read before the span: "báo cáo kết quả thực hiện … từ ngày 30/01 đến ngày 24/4/2020"
# is the period reported on, not when the report is due.
RESULTS_REPORTED = re.compile(r"\b(?:bao cao|danh gia|tong hop)(?:\s*,\s*(?:bao cao|danh gia|tong hop))*\s+ket qua\b[^.;:]*$")


def spans_of_days(phrases: Phrases, folded: str, issued_on: date | None) -> None:
    """The last day of a span "từ ngày X đến ngày Y"; a span wholly before the issue tells what happened."""
    for m in SPAN_OF_DAYS.finditer(folded):
        if RESULTS_REPORTED.search(folded, max(0, m.start() - 200), m.start()):
            continue
        day, month, year = int(m["day"]), int(m["month"]), m["year"]
        if year is None:
            last = _next_day(issued_on, month, day) if issued_on is not None else None
        else:
            try:
                last = date(int(year), month, day)
            except ValueError:
                last = None
        if last is not None and (issued_on is None or last >= issued_on):
            phrases.add(m, last, None, 1)


_YEAR_QUARTER = rf"qu[yi]\s+(?:iv|i{{1,3}}|[1-4])\s*(?:/|-|–|\s+nam\s+){YEAR}"
QUARTER_SPAN = re.compile(rf"\b(?:tu\s+)?{_YEAR_QUARTER}\s*(?:-|–|den)\s*qu[yi]\s+{QUARTER}\s*(?:/|-|–|\s+nam\s+)({YEAR})")
# The period a review covers, not when work ends: "Hội nghị sơ kết công tác 6 tháng đầu năm 2026".
REVIEWED = re.compile(r"\b(?:so ket|tong ket)(?:\s+(?:cong tac|tinh hinh|ket qua))?\s*$")
# "đầu năm 2027" times the work only after a word of time ("hoàn thành vào đầu năm 2027"); after a noun it
# says which budget or season is meant ("dự toán đầu năm 2027", "thời kỳ giáp hạt đầu năm 2027").
START_AS_TIME = re.compile(r"\b(?:hoan thanh|xong|truoc|vao|ngay|tu|chuan bi cho)\s*$")
# Tasks described by their own deadline, not given one: "… nhất là 44 nhiệm vụ có thời hạn hoàn thành trong quý II
# năm 2026" (which tasks, whatever the work asked of them).
DESCRIBED_BY_DEADLINE = re.compile(r"\bco thoi han(?:\s+hoan thanh)?\s*(?:trong|truoc|vao)?\s*$")


def _described(folded: str, start: int) -> bool:
    return bool(DESCRIBED_BY_DEADLINE.search(folded, max(0, start - 40), start))


def period_deadlines(phrases: Phrases, folded: str) -> None:
    """A month, a quarter, a half-year or a year as the completion time."""
    add = phrases.add
    # A month: "trong tháng 11/2017" → 30/11/2017; "trước tháng 12/2025" → 30/11/2025; "Thời gian hoàn
    # thành: tháng 6/2026", "từ tháng 3 đến tháng 6/2026" and "Thời gian: Tháng 5, 6/2026" → 30/6/2026; the month
    # in brackets after an end named by an event ("đến Tết Nguyên Đán 2016 (hết tháng 02/2016)") → 29/02/2016.
    for m in re.finditer(
        rf"\b(?P<word>ngay trong|trong|truoc het|hoan thanh trong|xong trong|den het|(?<=\()het|tu thang {MONTH}(?:/{YEAR})? den|truoc|dau"
        r"|giua|cuoi|trong thoi gian|thoi gian(?: hoan thanh| thuc hien)?\s*:|thoi han(?: hoan thanh)?\s*:)\s+thang\s+"
        # Months listed with one year ("Tháng 11, 12/2013"): the end of the last.
        rf"(?:{MONTH}\s*(?:,|-|–|va)\s*(?:thang\s+)?)*{month_year(STROKE_CLOSE, month='month', year='year')}",
        folded,
    ):
        word, month, year = m["word"], int(m["month"]), int(m["year"])
        if not 1 <= month <= 12 or _described(folded, m.start()):
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
        rf"\bqu[yi]\s+{QUARTER}(?:\s*(?:-|–|den|va|,)\s*(?:qu[yi]\s+)?{QUARTER})?\s*(?:/|-|–|\s+nam\s+)({YEAR})", folded
    ):
        quarter = _quarter(m.group(2) or m.group(1))
        if 1 <= quarter <= 4 and not _described(folded, m.start()):
            add(m, month_end(int(m.group(3)), quarter * 3), None, 3)
    # A span of quarters, each with its year: "Quý IV/2025 - Quý II/2026", "Từ quý III/2026 đến quý I/2027": the
    # end of the last (above the single quarters it is made of).
    for m in QUARTER_SPAN.finditer(folded):
        quarter = _quarter(m.group(1))
        if 1 <= quarter <= 4:
            add(m, month_end(int(m.group(2)), quarter * 3), None, 2)
    # Half a year: "6 tháng đầu năm 2026" → 30/06/2026.
    for m in re.finditer(rf"\b(?:trong\s+)?(?:0?6|sau) thang (dau|cuoi) nam\s+({YEAR})", folded):
        if REVIEWED.search(folded, max(0, m.start() - 30), m.start()):
            continue
        year = int(m.group(2))
        add(m, date(year, 6, 30) if m.group(1) == "dau" else date(year, 12, 31), None, 3)
    # A year as a completion time: "trong năm 2018", "hoàn thành năm 2018", "Thời gian: năm 2026".
    for m in re.finditer(
        rf"\b(trong|truoc|den het|hoan thanh(?: trong)?|xong trong|vao|cuoi|dau|giua|thoi gian(?: hoan thanh| thuc hien)?\s*:|thoi han\s*:)\s+nam\s+({YEAR})",
        folded,
    ):
        word, year = m.group(1), int(m.group(2))
        if word == "dau" and not START_AS_TIME.search(folded, max(0, m.start() - 20), m.start()):
            continue
        due = {"truoc": date(year - 1, 12, 31), "dau": date(year, 1, 1), "giua": date(year, 6, 30)}.get(
            word, date(year, 12, 31)
        )
        add(m, due, None, 4)
    # A year's plan or targets to complete ("đảm bảo hoàn thành kế hoạch năm 2021", "hoàn thành các chỉ tiêu năm
    # 2025"): the year's work is done by the year's end, as "hoàn thành năm 2021" is.
    for m in re.finditer(rf"\bhoan thanh\s+(?:(?:cac|toan bo)\s+)?(?:chi tieu|ke hoach|nhiem vu|muc tieu)"
                         rf"(?:\s+(?:ke hoach|nhiem vu))?\s+nam\s+({YEAR})\b", folded):
        add(m, date(int(m.group(1)), 12, 31), None, 4)
