"""The period a report covers, stated on its own after the request for the report: "Thời gian báo cáo định kỳ hàng
năm tính từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo.", "Thời gian chốt số liệu
báo cáo: tính từ ngày 01/01 đến hết ngày 30/6." Its dates bound the figures, not when anything is due: the report's
own date stands in the request before it; the sentence gives no work (ANNOTATION.md rule 8)."""

from __future__ import annotations

import re

from .text import fold

# "Thời gian (chốt số liệu) báo cáo (định kỳ …)", "Kỳ báo cáo": the span from one day to another, and nothing else.
REPORT_PERIOD = re.compile(r"\s*(?:thoi gian|ky)\s+(?:chot\s+)?(?:so lieu\s+)?bao cao\b[^.;]{0,60}?\s*:?\s*"
                           r"(?:duoc\s+)?(?:tinh\s+)?tu ngay\b[^.;]*?\bden\s+(?:het\s+)?ngay\b[^.;]*[.;]?\s*$")


def only_report_period(segment: str) -> bool:
    """Whether the sentence only states the period a report covers."""
    return REPORT_PERIOD.match(fold(segment)) is not None
