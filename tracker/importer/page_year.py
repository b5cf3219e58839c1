"""The earliest day an undated page can be from, for its deadlines written without a year ("trước ngày 26/8",
"trước mốc 5/9"). A press page or a letter's copy that lost its date still shows when it was written: the
documents it cites were issued before it ("Nghị định 214/2025" → 2025 or later), and the words of the two-tier
local government ("xã, phường, đặc khu", "chính quyền địa phương hai cấp", a province "sau sắp xếp") date it
from 1 July 2025 on, a department the mergers created ("Sở Nông nghiệp và Môi trường") from 1 March 2025 on. A
document cited with its day ("Kế hoạch số 01-KH/ĐU, ngày 9-7-2025", "Chỉ thị số 48-CT/TW ngày 24-6-2025") was
issued on that day, before the page.
The deadline is the first such day on or after that day, as it would be after an issue date."""

from __future__ import annotations

import re
from datetime import date

from .date_shapes import DATE
from .text import fold
from .vocabulary import DEPARTMENTS


class Earliest(date):
    """No issue date, only the first day the page can be from: a day and month take their year from it; a count
    of days from the issue ("trong 10 ngày kể từ ngày ký") has nothing to count from."""


# A document cited with its year in its number: "Nghị định 214/2025", "Quyết định số 12/2025/QĐ-UBND".
# Not a date or a month ("1/1/2026", "tháng 8/2025"), which may lie ahead.
CITED_KINDS = r"nghi dinh|quyet dinh|nghi quyet|thong tu|chi thi|cong van|ke hoach|thong bao|cong dien"
CITED_YEAR = re.compile(rf"\b(?:{CITED_KINDS}|luat|so)\s+(?:so\s+)?\d{{1,5}}/((?:19|20)\d{{2}})(?!\d)")
# A document cited by its number and the day it was issued: "Kế hoạch số 01-KH/ĐU, ngày 9-7-2025", "Chỉ thị số
# 48-CT/TW ngày 24-6-2025 của Ban Bí thư". The number may carry its year and kind ("12/2025/QĐ-UBND").
CITED_ON = re.compile(rf"\b(?:{CITED_KINDS}|ket luan|to trinh|bao cao|huong dan)\s+so\s+\d{{1,5}}[^\s,;]*\s*,?\s*ngay\s+{DATE}")
# The two-tier local government, from 1 July 2025.
TWO_TIER = re.compile(r"\bdac khu\b|\bchinh quyen dia phuong (?:hai|2) cap\b"
                      r"|\b(?:tinh|tphcm|tp\.?\s*hcm)(?:\s+[^\s,.;:]+){0,3}?\s+sau\s+(?:sap xep|sap nhap|hop nhat)\b")
TWO_TIER_START = date(2025, 7, 1)
# The departments and ministries the mergers of 1 March 2025 created ("Sở Nông nghiệp và Môi trường", "Bộ Dân tộc
# và Tôn giáo"): a page that names one is from that day on.
MERGED_NAMES = ("Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo")
MERGED = re.compile(r"\b(?:so|bo)\s+(?:" + "|".join(
    pattern for name, patterns in DEPARTMENTS if name in MERGED_NAMES for pattern in patterns) + ")")
MERGED_START = date(2025, 3, 1)


def _issued(match: re.Match) -> date | None:
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None  # no such day ("31/4/2025")


def earliest_day(text: str) -> Earliest | None:
    """The first day the page can be from, or None when its words do not tell."""
    folded = fold(text)
    days = [date(int(year), 1, 1) for year in CITED_YEAR.findall(folded)]
    days += [day for m in CITED_ON.finditer(folded) if (day := _issued(m)) is not None]
    if TWO_TIER.search(folded):
        days.append(TWO_TIER_START)
    if MERGED.search(folded):
        days.append(MERGED_START)
    latest = max(days, default=None)
    return Earliest(latest.year, latest.month, latest.day) if latest else None
