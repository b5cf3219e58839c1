"""Work done every year, its day in the year given apart from the cycle: "Hằng năm, các cơ quan … gửi báo cáo …
từ ngày 10 đến ngày 15 tháng 12", "trong quý I của năm liền kề (năm) đánh giá"."""

from __future__ import annotations

import re

from .date_shapes import day_month, no_year
from .deadlines import QUARTER, ROMAN, Phrases

# A piece that opens with the cycle ("Hằng năm, …", "a) Hằng năm …") and later gives a day and month with no year
# ("… gửi về Sở X trước ngày 15 tháng 12", "… từ ngày 10 đến ngày 15/12"): the cycle's day, once a year, not one
# date of the year. Not when two days follow (a list of days is read elsewhere).
OPENING_CYCLE = re.compile(
    r"(?:^|[.;:]|\b[a-z]\))\s*(?:dinh ky\s+)?(?:hang|moi)\s+nam\b\s*,?[^.;:()]{0,300}?(?:truoc|cham nhat(?:\s+la)?|vao|den)"
    rf"\s+ngay\s+{day_month(day='day', month='month')}{no_year()}(?!\s*(?:va|,)\s*(?:ngay\s+)?\d)"
)
# A quarter of the year after the one assessed ("trong quý I của năm liền kề năm đánh giá"): an assessment made
# every year comes back each year in that quarter, due by its last day.
NEXT_YEAR_QUARTER = re.compile(rf"\b(?:trong\s+)?qu[yi]\s+{QUARTER}\s+(?:cua\s+)?nam\s+lien ke\b")


def yearly_days(phrases: Phrases, folded: str) -> None:
    """The cycle opening a piece with its day later on, and a quarter of the year after the one assessed."""
    for m in OPENING_CYCLE.finditer(folded):
        if 1 <= int(m["month"]) <= 12:
            start = re.match(r"(?:[.;:]|\b[a-z]\))?\s*", folded[m.start() :]).end() + m.start()
            phrases.add(m, None, f"FREQ=YEARLY;BYMONTH={int(m['month'])};BYMONTHDAY={int(m['day'])}", 0, start=start)
    for m in NEXT_YEAR_QUARTER.finditer(folded):
        quarter = ROMAN.get(m.group(1), 0) or int(m.group(1))
        last_day = {3: 31, 6: 30, 9: 30, 12: 31}[quarter * 3]
        phrases.add(m, None, f"FREQ=YEARLY;BYMONTH={quarter * 3};BYMONTHDAY={last_day}", 0)
