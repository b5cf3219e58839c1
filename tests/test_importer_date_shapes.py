"""The shared date shapes (tracker/importer/date_shapes.py), each form matched and its parts read, and the
rules built on them, on invented sentences."""

import re
from datetime import date

from tracker.importer import date_shapes as shapes
from tracker.importer.deadlines import DATE
from tracker.importer.metadata import parse_metadata
from tracker.importer.timing import best_timing
from tracker.text import fold

ISSUED = date(2026, 2, 10)
NAMES = {"day": "day", "month": "month", "year": "year"}


def parts(pattern: str, text: str) -> tuple[str, str, str] | None:
    """The day, month and year a whole text reads as, or None when the shape does not take it."""
    m = re.fullmatch(pattern, text)
    return (m["day"], m["month"], m["year"]) if m else None


def test_a_date_in_numbers_with_a_stroke_a_dash_or_a_dot():
    by_number = shapes.by_number(**NAMES)
    assert parts(by_number, "17/11/2026") == ("17", "11", "2026")
    assert parts(by_number, "5-9-2025") == ("5", "9", "2025")
    assert parts(by_number, "5.9.2025") == ("5", "9", "2025")
    assert parts(by_number, "05 / 09 / 2025") == ("05", "09", "2025")
    assert parts(by_number, "5 tháng 9 năm 2025") is None
    assert parts(by_number, "5/9/25") is None  # the year has four digits
    assert parts(shapes.by_number(shapes.STROKE, **NAMES), "5-9-2025") is None


def test_a_date_written_out_folded_or_as_written():
    assert parts(shapes.by_words(shapes.WRITTEN, **NAMES), "5 tháng 9 năm 2025") == ("5", "9", "2025")
    assert parts(shapes.by_words(**NAMES), fold("ngày 5 tháng 9 năm 2025")[5:]) == ("5", "9", "2025")
    assert parts(shapes.by_words(**NAMES), "5 tháng 9 năm 2025") is None  # folded words only
    assert parts(shapes.by_words(shapes.WRITTEN, **NAMES), "5/9/2025") is None


def test_a_full_date_may_mix_marks_and_words_but_one_way_may_not():
    mixed = shapes.full_date(shapes.STROKE, shapes.WRITTEN, **NAMES)
    assert parts(mixed, "22/3/2013") == ("22", "3", "2013")
    assert parts(mixed, "05 tháng 8 năm 2020") == ("05", "8", "2020")
    assert parts(mixed, "5 tháng 8/2020") == ("5", "8", "2020")
    assert parts(mixed, "5.8.2020") is None  # a stroke only
    assert parts(shapes.one_way(), "5 thang 8/2020") is None
    assert parts(shapes.one_way(), "5/8 nam 2020") is None
    assert re.fullmatch(DATE, "17.11.2026")["marked"] == "."
    assert re.fullmatch(DATE, "17 thang 11 nam 2026")["marked"] is None


def test_a_day_and_month_without_a_year():
    pattern = shapes.day_month(day="day", month="month")
    assert re.fullmatch(pattern, "15/8").group("day", "month") == ("15", "8")
    assert re.fullmatch(pattern, "15 thang 08").group("day", "month") == ("15", "08")
    assert re.fullmatch(pattern, "15-8").group("day", "month") == ("15", "8")
    close = shapes.day_month(shapes.STROKE_CLOSE, day="day", month="month")
    assert re.fullmatch(close, "15 /8").group("day", "month") == ("15", "8")
    assert re.fullmatch(close, "15/ 8") is None
    assert re.fullmatch(close, "15-8") is None
    assert re.fullmatch(rf"{pattern}{shapes.no_year()}", "15/8") is not None
    assert re.match(rf"{pattern}{shapes.no_year()}", "15/8/2026") is None
    assert re.match(rf"{pattern}{shapes.no_year()}", "15/8 nam 2026") is None
    assert re.match(rf"ngay {shapes.part(shapes.DAY, 'day')}{shapes.no_month()}", "ngay 20 thang 5") is None
    assert re.match(rf"ngay {shapes.part(shapes.DAY, 'day')}{shapes.no_month()}", "ngay 20 hang thang")["day"] == "20"


def test_a_month_and_its_year():
    pattern = shapes.month_year(month="month", year="year")
    assert re.fullmatch(pattern, "11/2017").group("month", "year") == ("11", "2017")
    assert re.fullmatch(pattern, "11 nam 2017").group("month", "year") == ("11", "2017")
    assert re.fullmatch(shapes.month_year(shapes.STROKE_CLOSE), "11/ 2017") is None


def test_rules_built_on_the_shapes_read_each_form():
    assert best_timing("Sở Xây dựng báo cáo chậm nhất ngày 17.11.2026.", ISSUED).due_on == date(2026, 11, 17)
    assert best_timing("Các xã hoàn thành trước ngày 5-9-2026.", ISSUED).due_on == date(2026, 9, 5)
    assert best_timing("Sở Nội vụ tổng hợp trước ngày 5 tháng 9 năm 2026.", ISSUED).due_on == date(2026, 9, 5)
    # No year: the next such day from the issue.
    assert best_timing("Phòng Tư pháp gửi kết quả trước ngày 15/8.", ISSUED).due_on == date(2026, 8, 15)
    assert best_timing("Phòng Tư pháp gửi kết quả trước ngày 5 tháng 1.", ISSUED).due_on == date(2027, 1, 5)
    assert best_timing("Hoàn thành trong tháng 11 năm 2026.", ISSUED).due_on == date(2026, 11, 30)
    cycle = best_timing("Định kỳ 6 tháng trước ngày 05 tháng 6 và ngày 05 tháng 12 các huyện báo cáo.", ISSUED)
    assert cycle.recurrence == "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=5"
    assert best_timing("Báo cáo trước ngày 20/11 hằng năm.", ISSUED).recurrence == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20"


def test_the_date_line_reads_the_day_month_and_year_written_out():
    meta = parse_metadata("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 12/UBND-KT\nHòa Bình, ngày 03 tháng 4 năm 2026\n\nKính gửi: Sở Y tế")
    assert meta.issued_on == date(2026, 4, 3)


def test_only_the_parts_named_are_captured():
    # citations read the cited date's groups by number: an unnamed part must add no group.
    assert re.compile(shapes.day_month()).groups == 0
    assert re.compile(shapes.full_date(shapes.STROKE, shapes.WRITTEN, day="day", month="month", year="year")).groups == 3
    assert re.compile(shapes.month_year(year="year")).groupindex == {"year": 1}
