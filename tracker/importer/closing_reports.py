"""A body's closing paragraph that sets a recurring report of named bodies, with no request word before them:
"Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh báo cáo kết quả thực hiện về Bộ X tổng hợp, báo cáo Thủ
tướng Chính phủ./.", "Định kỳ 6 tháng, các sở, ngành báo cáo tình hình thực hiện về Sở Y./.". The closing mark
"./." ends the body, yet the paragraph is work of the bodies it names (a report on a cycle, ANNOTATION.md rule 7):
it is read as one more clause of the last section, the one on organising the work."""

from __future__ import annotations

import re

from .clauses import Body, Clause
from .closing_requests import without_closing_mark
from .segment_subjects import own_subjects
from .text import fold
from .timing import best_timing

# The work right after the bodies: a report ("báo cáo", "định kỳ báo cáo", "có báo cáo", "gửi báo cáo").
REPORTS = re.compile(r"\s*(?:(?:dinh ky|co|gui)\s+)?bao cao\b")


def with_closing_report(body: Body) -> Body:
    """The body with its closing recurring report as a clause under its last top-level clause."""
    if not body.closing or not body.clauses or not _recurring_report(body.closing):
        return body
    top = [c for c in body.clauses if c.parent is None][-1]
    text = without_closing_mark(body.closing)
    # Under a section with clauses of its own, the report is the section's ("III"); else a clause after the last.
    if top.children:
        clause = Clause(ref=top.ref, heading=text, parent=top)
    else:
        clause = Clause(ref=_next_ref(top.ref), heading=text)
    return Body([*body.clauses, clause], body.intro, "", body.page)


def _recurring_report(closing: str) -> bool:
    """Whether the closing opens with named bodies (after a leading cycle) who report on a cycle."""
    subjects, end = own_subjects(closing)
    if not subjects or any(m.catch_all for m in subjects) or not REPORTS.match(fold(closing[end:])):
        return False
    timing = best_timing(closing[:end], None)
    return timing is not None and timing.recurrence is not None


def _next_ref(ref: str) -> str:
    return str(int(ref) + 1) if ref.isdigit() else ref
