"""Deadline and cycle phrases: "chậm nhất ngày 17/11/2020", "trong tháng 11/2017", "hàng quý" ...

Recurrences are RRULEs in the form of ANNOTATION.md (FREQ=MONTHLY, FREQ=MONTHLY;INTERVAL=3,
FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1, ...); `complete_rule` turns them into the full rule a
Task stores.
"""

from __future__ import annotations

import re
from datetime import date

from .cycle_periods import cycle_over_period
from .date_shapes import DAY, STROKE, STROKE_CLOSE, day_month, no_month, no_year, part
from .days_of_year import LATER_DAY, listed_days, yearly_rule
from .deadlines import BEFORE, HOUR, Phrases, Timing, day_deadlines, period_deadlines
from .doc_kinds import CITED_KINDS
from .purpose_years import aim_year
from .text import fold
from .vocabulary import DIRECTIVE_VERB
from .yearly_days import yearly_days

WEEKDAYS = {"hai": "MO", "ba": "TU", "tu": "WE", "nam": "TH", "sau": "FR", "bay": "SA",
            "2": "MO", "3": "TU", "4": "WE", "5": "TH", "6": "FR", "7": "SA", "nhat": "SU"}
# Days of the week, and lists of them ("thứ Bảy hoặc Chủ nhật", "Thứ 7, Chủ nhật").
_NUMBERED_DAY = "|".join(name for name in WEEKDAYS if name != "nhat")
DAY_OF_WEEK = re.compile(rf"\bthu\s+({_NUMBERED_DAY})\b|\bchu (nhat)\b")
_WEEKDAY = rf"(?:thu\s+(?:{_NUMBERED_DAY})|chu nhat)\b"
DAYS = rf"{_WEEKDAY}(?:\s*(?:,|va|hoac)\s*{_WEEKDAY})*"
TIME_OF_DAY = r"(?:vao\s+)?(?:(?:cuoi|dau)\s+)?(?:gio\s+)?(?:buoi\s+)?(?:(?:sang|chieu|toi)\s+)?"
EVENT_VERBS = r"(?:to chuc|bao cao|so ket|tong ket|danh gia|kiem tra|cap nhat|ra soat|tong hop|gui|hop|giao ban|dieu tra)\b"
# A time of day just before a cycle word: "trước 13 giờ hằng ngày", "chậm nhất 16h00 thứ Sáu hằng tuần"; or
# several, a report made at fixed hours of each day while an emergency lasts ("báo cáo lúc 7 giờ, 12 giờ và
# 17 giờ hằng ngày"): one daily duty, its hours the times of day it is due.
HOUR_BEFORE = re.compile(rf"\b(?:{BEFORE}|vao|luc)\s*{HOUR}(?:(?:va\s+)?{HOUR})*(?:(?:sang|chieu|toi)\s+)?$")
# A general clean-up is an event held on a schedule as a report is ("các khu phố tổng vệ sinh hằng tuần").
CYCLE_VERBS = r"\b(?:bao cao|so ket|tong ket|danh gia|cap nhat|gui|kiem tra|giao ban|tong ve sinh)\b"


# A list of periods ("hàng quý, năm", "hằng tháng, quý"): reports made on a schedule, whatever they follow.
PERIOD_LIST = re.compile(r"(?:hang|moi)\s+(?:thang|quy)\s*(?:,|va)\s*(?:quy|nam)\b")
PLANS_OF_PERIODS = re.compile(r"\b(?:ke hoach|de an|chuong trinh|quy hoach)(?:\s+\S+){0,3}?\s+(?:\d+|nam|ngan han|dai han)\s+(?:nam\s+)?va\s*$")


# The standard or form an event is held by, the event and its cycle after it ("bổ sung tiêu chí đánh giá thi đua,
# khen thưởng hằng năm"): the cycle names which event the criteria serve, not when the work comes back.
STANDARD_OF = re.compile(rf"\b(?:tieu chi|tieu chuan|bieu mau|mau)\s+{CYCLE_VERBS}[^.;:]{{0,30}}$")


# A thing made for each period, the cycle naming which one ("báo cáo hằng năm gửi …"), not when the work comes back.
PERIODIC_THING = re.compile(r"\b(?:ke hoach|du toan|bao cao|chuong trinh)\s*$")


def _cycle_allowed(folded: str, start: int) -> bool:
    """A cycle word makes a cycle only where it times the duty, not where it qualifies a noun."""
    before = folded[max(0, start - 40) : start]
    if re.search(r"dinh ky\s*$", before) or PERIOD_LIST.match(folded, start):
        return True
    if PLANS_OF_PERIODS.search(before):
        return False  # "kế hoạch 5 năm và hằng năm": which plans, not when to make them
    if re.search(r"(^|[,;:.(\-]|\bva)\s*$", before) or start == 0:
        return True
    if re.search(CYCLE_VERBS, before[-30:]) and not STANDARD_OF.search(before):
        return True
    if DIRECTIVE_VERB.match(folded, _end_of_cycle(folded, start)) and not PERIODIC_THING.search(before):
        return True  # "giao Sở X hằng năm xây dựng dự toán …": the cycle opens the work it times
    # "Tổ chức diễn tập ... hằng năm;": a piece that opens with an event and ends with its cycle.
    piece_start = max(folded.rfind(c, 0, start) for c in ";.:\n") + 1
    # The lead's role may open it: "Chủ trì điều tra, đánh giá nhu cầu … theo từng năm, …".
    piece = re.sub(r"^chu tri\s*(?:,\s*)?", "", folded[piece_start:start].lstrip(" -+"))
    ends_piece = re.match(r"\s*(?:[;.,]|$)", folded[_end_of_cycle(folded, start) :])
    return bool(ends_piece) and bool(re.match(EVENT_VERBS, piece))


def _end_of_cycle(folded: str, start: int) -> int:
    m = re.compile(r"(?:dinh ky\s+|theo\s+)?(?:hang|moi|tung)\s+(?:nam|quy|thang)").match(folded, start)
    return m.end() if m else start


def find_timings(text: str, issued_on: date | None = None) -> list[Timing]:
    """Every deadline or cycle phrase of a text, in reading order."""
    folded = plain_counts(fold(text))
    phrases = Phrases(text)
    cycles_with_day(phrases, folded)
    yearly_days(phrases, folded)
    day_deadlines(phrases, folded, issued_on)
    period_deadlines(phrases, folded)
    cycles_without_day(phrases, folded)
    found = phrases.found
    # A phrase inside a cycle's span with its day is part of it (the dates that give the cycle its day).
    spans = [(t.start, t.end) for t in found if t.rank == 0]
    found = [t for t in found if t.rank == 0 or not any(s <= t.start < e for s, e in spans)]
    # An aside in brackets that tells what was done ("(năm 2025, Sở X đã tổ chức 2 lớp …)") dates past
    # events, never a deadline.
    past = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\bđã\b[^()]*\)", text, flags=re.IGNORECASE)]
    found = [t for t in found if not any(s <= t.start < e for s, e in past)]
    found = [t for t in found if not CLOSURE_LASTS.search(text[max(0, t.start - 40) : t.start])]
    found = [t for t in found if not in_cited_title(folded, t)
             and not aim_year(text, t.start, t.rank, bool(OWN_TIME.match(fold(t.text))))]
    return sorted(found, key=lambda t: t.start)


# A count of months as a legal text writes it, with a leading zero and its word in brackets: "định kỳ 06 (sáu)
# tháng", "03 (ba) tháng một lần". Not a day ("ngày 06 tháng 12"), which a date's pattern reads as written.
WRITTEN_COUNT = re.compile(r"(?<!\bngay )\b0(?P<digit>[1-9])(?P<word>\s*\([a-z ]+\))?(?=\s+thang\b)")


def plain_counts(folded: str) -> str:
    """The folded text with such counts as plain digits, padded so that every position stays where it was."""
    return WRITTEN_COUNT.sub(lambda m: " " + m["digit"] + " " * len(m["word"] or ""), folded)


# The title of a document cited by number: "Chỉ thị số 18/CT-BCT ngày 25/11/2025 của Bộ X về việc thực hiện các giải
# pháp … cuối năm 2025 và dịp Tết …", up to the sentence's end.
CITED_TITLE = re.compile(rf"\b(?:{CITED_KINDS})\s+(?:so\s+)?\d+/\S+[^.;:()]{{0,120}}?\bve\s+(?:viec\s+)?[^.;:()]*$")
# A year as a time of its own, even inside such a sentence: "… , hoàn thành trong năm 2025".
OWN_TIME = re.compile(r"^(?:truoc|hoan thanh|xong|den het|cham nhat|thoi gian|thoi han)\b")


def in_cited_title(folded: str, timing: Timing) -> bool:
    """Whether a year ("cuối năm 2025", "năm 2026") stands in the title of a document the text cites: the period
    that document is about, a citation's words (ANNOTATION.md rule 6), no deadline of the work asked."""
    if timing.rank < 3 or timing.recurrence or OWN_TIME.match(fold(timing.text)):
        return False
    return CITED_TITLE.search(folded[: timing.start]) is not None


# "thông báo cho học sinh tiếp tục nghỉ học đến hết tháng 02 năm 2020": the date ends the closure the work tells of,
# a period, not when the work is due (the unfolded "nghỉ", not "đề nghị").
CLOSURE_LASTS = re.compile(r"\bnghỉ(?:\s+(?:học|làm việc|việc))?(?:\s+(?:đến|tới)(?:\s+hết)?)?\s*$", re.IGNORECASE)


def cycles_with_day(phrases: Phrases, folded: str) -> None:
    """A cycle and its day: "trước ngày 01/12 hàng năm", "trước ngày 20 hằng tháng", "thứ Sáu hàng tuần"."""
    add = phrases.add
    # Yearly on a day: "(định kỳ) trước ngày 01/12 hàng năm"; on several ("trước ngày 01/6 và 15/11 hằng năm"): the
    # first, the others tasks of their own (days_of_year); one day six months apart: half-yearly.
    for m in re.finditer(
        rf"(?:dinh ky\s+)?(?:(?:truoc|cham nhat|vao|den)\s+)?ngay\s+{day_month()}(?:{LATER_DAY})*\s+(?:cua\s+)?(?:hang|moi)\s+nam",
        folded
    ):
        if days := listed_days(m.group(0)):
            add(m, None, yearly_rule(days), 0)
    # The cycle first, its day after: "định kỳ hằng năm (trước ngày 15/11)", "hằng năm, chậm nhất ngày 15/12", or
    # the day in brackets closing the sentence: "Định kỳ hằng năm tổng hợp …, báo cáo UBND tỉnh (trước ngày 15/11)".
    for m in re.finditer(
        r"(?:dinh ky\s+(?:hang|moi)\s+nam\b[^.;()]{0,200}?\(|(?:dinh ky\s+)?(?:hang|moi)\s+nam\s*[,(]?)\s*(?:truoc|cham nhat(?:\s+la)?|vao|den)"
        rf"\s+ngay\s+{day_month(day='day', month='month')}{no_year()}", folded
    ):
        if 1 <= int(m["month"]) <= 12:
            add(m, None, f"FREQ=YEARLY;BYMONTH={int(m['month'])};BYMONTHDAY={int(m['day'])}", 0)
    # A periodic report before a day and month with no year ("định kỳ báo cáo kết quả trước ngày 20/11"): the
    # day and month are its period, once a year.
    for m in re.finditer(r"\bdinh ky\b(?!\s+(?:hang|moi|6|sau|3|ba)\b)[^.;:()]{0,80}?(?:truoc|cham nhat|vao)\s+ngay\s+"
                         rf"{day_month(STROKE_CLOSE, day='day', month='month')}{no_year()}"
                         r"(?!\s*(?:va|,)\s*(?:(?:truoc|cham nhat)\s+)?(?:ngay\s+)?\d)", folded):
        if 1 <= int(m["month"]) <= 12:
            add(m, None, f"FREQ=YEARLY;BYMONTH={int(m['month'])};BYMONTHDAY={int(m['day'])}", 0)
    # Half-yearly on a day: "Định kỳ 6 tháng và hằng năm … trước ngày 05 tháng 6 và ngày 05 tháng 12":
    # two reports six months apart on one day are one half-yearly duty on that day.
    for m in re.finditer(
        r"(?:dinh ky\s+)?(?:6|sau)\s+thang\b[^.;]{0,300}?(?:truoc|cham nhat|vao)\s+ngay\s+"
        rf"{day_month(STROKE_CLOSE, day='day', month='month')}\s*(?:va|,)\s*(?:ngay\s+)?"
        rf"{day_month(STROKE_CLOSE, day='day2', month='month2')}{no_year(STROKE)}", folded
    ):
        if m["day"] == m["day2"] and (int(m["month2"]) - int(m["month"])) % 12 == 6:
            add(m, None, f"FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY={int(m['day'])}", 0)
    # A half-year's report with one day and no year ("định kỳ 6 tháng trước ngày 30 tháng 6"): due once a
    # year on that day (two days six months apart are the half-yearly duty above).
    for m in re.finditer(r"(?:dinh ky\s+)?(?:6|sau)\s+thang\s+(?:truoc|cham nhat|vao)\s+ngay\s+"
                         rf"{day_month(STROKE_CLOSE, day='day', month='month')}{no_year(STROKE)}(?!\s*(?:va|,)\s*(?:ngay\s+)?\d)", folded):
        if 1 <= int(m["month"]) <= 12:
            add(m, None, f"FREQ=YEARLY;BYMONTH={int(m['month'])};BYMONTHDAY={int(m['day'])}", 0)
    # Monthly on a day, the day before or after the cycle: "trước ngày 20 hằng tháng", "Hằng tháng vào ngày 20",
    # "hằng tháng, chậm nhất ngày 25" (a day of a month, not a date: no month after it), or the day closing the
    # duty the cycle opens: "định kỳ hằng tháng báo cáo tiến độ, gửi Sở X trước ngày 25 để tổng hợp".
    for m in re.finditer(rf"(?:(?:truoc|cham nhat|vao|den)\s+)?ngay\s+{part(DAY, 'day')}\s+(?:cua\s+)?(?:hang|moi)\s+thang"
                         rf"|(?:dinh ky\s+)?(?:hang|moi)\s+thang\s*,?\s*(?:truoc|cham nhat|vao)\s+ngay\s+{part(DAY, 'after')}{no_month()}"
                         rf"|dinh ky\s+(?:hang|moi)\s+thang\b[^.;:()]{{0,200}}?\b(?:truoc|cham nhat)\s+ngay\s+{part(DAY, 'closing')}"
                         rf"{no_month()}", folded):
        add(m, None, f"FREQ=MONTHLY;BYMONTHDAY={int(m['day'] or m['after'] or m['closing'])}", 0)
    # Quarterly on a day of the quarter's last month: "báo cáo hằng quý (trước ngày 25 tháng cuối quý)", the
    # cycle named before its day one cycle with it.
    for m in re.finditer(rf"(?:(?:dinh ky\s+)?(?:hang|moi)\s+quy\b[^.;()]{{0,100}}?\(?\s*)?(?:(?:truoc|cham nhat|vao)\s+)?ngay\s+({DAY})\s+(?:cua\s+)?thang\s+cuoi\s+(?:cua\s+)?(?:moi\s+|hang\s+)?quy\b", folded):
        add(m, None, f"FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY={int(m.group(1))}", 0)
    # Weekly on a day: "vào thứ Sáu hàng tuần", "Định kỳ thứ Hai hằng tuần", "thứ Bảy hoặc Chủ nhật hàng tuần", or
    # the days after the cycle: "hàng tuần (Thứ 7, Chủ nhật)", "hằng tuần, gồm: Vào cuối giờ chiều thứ Sáu".
    for m in re.finditer(rf"(?:(?:dinh ky|vao|truoc)\s+)?(?:ngay\s+)?(?P<days>{DAYS})\s+(?:hang|moi)\s+tuan"
                         rf"|(?:hang|moi)\s+tuan\s*(?:\(|,?\s*gom\s*:)\s*{TIME_OF_DAY}(?P<after>{DAYS})", folded):
        days = [WEEKDAYS[d.group(1) or d.group(2)] for d in DAY_OF_WEEK.finditer(m.group("days") or m.group("after"))]
        add(m, None, "FREQ=WEEKLY;BYDAY=" + ",".join(dict.fromkeys(days)), 0)


# Cycles without a day, and the rule each gives.
CYCLES = [
    (r"(?:dinh ky\s+)?(?:(?:hang|moi|tung)\s+quy|vao thang dau (?:cua\s+)?(?:moi|hang) quy"
     # "theo quý" (by quarter), not "theo quy định", "theo quy chế", "theo quy trình" …
     r"|theo quy(?!\s+(?:dinh|che|trinh|hoach|mo|chuan|pham|tac|luat|uoc|cach)\b))", "FREQ=MONTHLY;INTERVAL=3"),
    (r"(?:dinh ky\s+)?(?:(?:3|ba)\s+thang\s+(?:mot|1)\s+lan|dinh ky\s+(?:3|ba)\s+thang)", "FREQ=MONTHLY;INTERVAL=3"),
    (r"(?:dinh ky\s+)?(?:hang|moi)\s+thang", "FREQ=MONTHLY"),
    (r"(?:dinh ky\s+)?(?:hang|moi)\s+tuan", "FREQ=WEEKLY"),
    (r"(?:dinh ky\s+)?(?:hang|moi)\s+ngay", "FREQ=DAILY"),
    # A count per period: "báo cáo 02 lần/ngày", "hai lần mỗi ngày", "1 lần/tuần": a duty of every such period.
    (r"\d{1,2}\s+lan\s*(?:/|moi|mot|trong\s+(?:mot|1))\s*ngay", "FREQ=DAILY"),
    (r"\d{1,2}\s+lan\s*(?:/|moi|mot|trong\s+(?:mot|1))\s*tuan", "FREQ=WEEKLY"),
    # "6 tháng, hằng năm": the half-year first in a list of periods (the shortest cycle named).
    (r"(?:dinh ky\s+(?:6|sau)\s+thang|(?:hang|moi)\s+(?:6|sau)\s+thang|(?:6|sau)\s+thang\s+(?:mot|1)\s+lan"
     r"|(?:6|sau)\s+thang(?=\s*(?:,|va)\s*(?:(?:hang|moi)\s+nam|(?:1|mot)\s+nam)))", "FREQ=MONTHLY;INTERVAL=6"),
    # "tối thiểu một lần/năm", "ít nhất 01 lần mỗi năm", "theo từng năm": once a year at least.
    (r"(?:dinh ky\s+)?(?:hang|moi)\s+nam|dinh ky nam|(?:toi thieu|it nhat)\s+(?:mot|0?1)\s+lan\s*(?:/|trong\s+|moi\s+)\s*nam"
     r"|theo tung nam", "FREQ=YEARLY"),
]


def cycles_without_day(phrases: Phrases, folded: str) -> None:
    """ "hàng quý", "định kỳ 6 tháng", "hằng năm" …, where they time the duty (not a cycle a phrase with
    its day already gave)."""
    add = phrases.add
    taken = [(t.start, t.end) for t in phrases.found if t.recurrence]
    for pattern, rule in CYCLES:
        for m in re.finditer(rf"\b(?:{pattern})\b", folded):
            if any(s <= m.start() < e for s, e in taken):
                continue
            hour = HOUR_BEFORE.search(folded[max(0, m.start() - 60) : m.start()])
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
    if over := cycle_over_period(text, cyclic, dated):
        return over  # "Hằng tháng, trong thời gian từ … đến hết …": the span is the cycle's period
    if dated:
        return min(dated, key=lambda t: (t.rank, t.due_on))
    return cyclic[0]


def complete_rule(rule: str, issued_on: date) -> tuple[str, date]:
    """The full RRULE and DTSTART a Task stores for a rule in ANNOTATION.md's short form.

    Monthly with no day is due on the month's last day; yearly with no day on 31/12; weekly on Friday;
    quarterly and half-yearly in the last month of each quarter or half (on its last day when no day is
    given), starting with the period in which the directive was issued.
    """
    fields = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    freq, interval = fields.get("FREQ"), int(fields.get("INTERVAL", "1"))
    if freq == "MONTHLY" and "BYMONTHDAY" not in fields:
        fields["BYMONTHDAY"] = "-1"
    if freq == "MONTHLY" and interval in (3, 6):
        # Also with a day ("trước ngày 20 tháng cuối quý"): the first occurrence is in the period's last month.
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
