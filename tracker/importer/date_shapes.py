"""The shapes a date takes in a Vietnamese document, each written once: "17/11/2020", "17.11.2020",
"17-11-2020", "ngày 17 tháng 11 năm 2020", a day and month with no year ("15/8", "15 tháng 8"), a month and
year ("tháng 11/2017", "tháng 11 năm 2017").

The rules that read dates (deadlines, cycles, cited documents, the date line) compose these pieces rather than
spell the numbers and the marks between them again, so that a date they disagree on is a choice made in one
call (which marks, which words, which parts captured), not a typing slip in a copy.

Most rules read the folded text ("thang", "nam"; `FOLDED`); a few read it as written ("tháng", "năm";
`WRITTEN`). A part is captured when the caller names it: `day_month(day="day", month="month")`.
"""

from __future__ import annotations

from typing import NamedTuple

DAY = r"\d{1,2}"
MONTH = r"\d{1,2}"
YEAR = r"\d{4}"
# A year as the press may shorten it ("Sáng 5/3/21"): only where a rule recognises a date, never reads it.
SHORT_YEAR = r"\d{2,4}"

# The mark between two numbers of a date: a stroke, a dot or a dash.
MARK = r"[/.\-]"
# The marks as typed, spaces allowed around them ("17/11/2020", "17.11.2020", "17 - 11 - 2020").
MARKS = rf"\s*{MARK}\s*"
# A stroke alone, spaces allowed around it ("22/3/2013", "22 / 3"). A dot or dash after a number may also be a
# decimal, a numbered item or a span of days ("ngày 5-6"); the rules written with the stroke alone keep it.
STROKE = r"\s*/\s*"
# A stroke or a dash, not a dot, as the press writes a day ("Ngày 30-8, …", "ngày 2/4/2026, …"), where a dot
# would be a numbered item's.
STROKE_OR_DASH = r"\s*[/-]\s*"
# A stroke with the next number close after it ("15/8"): the rules for a day and month with no year, and for
# a month and its year, were written so; reading "15/ 8" as well would change what they match.
STROKE_CLOSE = r"\s*/"


class Words(NamedTuple):
    """The words that stand for the marks in a date written out: before the month, before the year."""

    month: str
    year: str


FOLDED = Words(r"\s+thang\s+", r"\s+nam\s+")  # in fold(text)
WRITTEN = Words(r"\s+tháng\s+", r"\s+năm\s+")  # in the text as written


def part(pattern: str, name: str | None = None) -> str:
    """A piece of a date, captured under `name` when the caller reads it."""
    return f"(?P<{name}>{pattern})" if name else pattern


def to_month(marks: str = MARKS, words: Words = FOLDED) -> str:
    """What stands between a day and its month: a mark, or the word "tháng"."""
    return f"(?:{marks}|{words.month})"


def to_year(marks: str = MARKS, words: Words = FOLDED) -> str:
    """What stands between a month and its year: a mark, or the word "năm"."""
    return f"(?:{marks}|{words.year})"


def day_month(marks: str = MARKS, words: Words = FOLDED, day: str | None = None, month: str | None = None) -> str:
    """A day and its month: "15/8", "15.8", "15 tháng 8"."""
    return part(DAY, day) + to_month(marks, words) + part(MONTH, month)


def month_year(marks: str = MARKS, words: Words = FOLDED, month: str | None = None, year: str | None = None) -> str:
    """A month and its year, after the word "tháng": "11/2017", "11 năm 2017"."""
    return part(MONTH, month) + to_year(marks, words) + part(YEAR, year)


def full_date(marks: str = MARKS, words: Words = FOLDED, day: str | None = None, month: str | None = None,
              year: str | None = None) -> str:
    """A full date, each mark or word as it comes: "22/3/2013", "05 tháng 8 năm 2020", "5 tháng 8/2020"."""
    return day_month(marks, words, day, month) + to_year(marks, words) + part(YEAR, year)


def by_number(marks: str = MARKS, day: str | None = None, month: str | None = None, year: str | None = None) -> str:
    """A full date in numbers only: "17/11/2020", "17.11.2020", "17-11-2020"."""
    return part(DAY, day) + marks + part(MONTH, month) + marks + part(YEAR, year)


def by_words(words: Words = FOLDED, day: str | None = None, month: str | None = None, year: str | None = None) -> str:
    """A full date written out: "17 tháng 11 năm 2020" (after "ngày")."""
    return part(DAY, day) + words.month + part(MONTH, month) + words.year + part(YEAR, year)


def one_way(marks: str = MARKS, words: Words = FOLDED, day: str = "day", month: str = "month", year: str = "year",
            marked: str = "marked") -> str:
    """A full date in numbers only or written out, never the two mixed: "17/11/2020", "17 tháng 11 năm 2020".
    The year follows a mark when the month did (the group `marked` says which way the date was written)."""
    return (f"{part(DAY, day)}(?:(?P<{marked}>{marks})|{words.month}){part(MONTH, month)}"
            f"(?({marked}){marks}|{words.year}){part(YEAR, year)}")


def no_year(marks: str = MARKS, words: Words = FOLDED) -> str:
    """After a day and month: no year follows (nor another digit), so the year is the rule's to choose."""
    return rf"(?!\d|{to_year(marks, words)}\d)"


def no_month(marks: str = MARKS, words: Words = FOLDED) -> str:
    """After a day: no month follows (nor another digit), so it is a day of every month."""
    return rf"(?!\d|{to_month(marks, words)}\d)"


# A full date in folded text, in numbers or written out (not the two mixed): "17/11/2020", "17 tháng 11 năm 2020".
DATE = one_way()
# A deadline a request states before those it asks, in the folded text: "yêu cầu đến 30/5/2026 Sở X phải có báo cáo
# …", "giao trước ngày 15/6 UBND các xã hoàn thành …".
DEADLINE_FIRST = rf"(?:den|truoc|cham nhat)\s+(?:ngay\s+)?{day_month()}(?:{to_year()}{YEAR})?\s*,?\s+"
