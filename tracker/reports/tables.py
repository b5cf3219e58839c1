"""The columns of each export: occurrence lists and the league table."""

from __future__ import annotations

from ..accounts.models import User
from ..dashboard.lists import occurrence_rows
from ..dashboard.services import View
from .spreadsheets import Column, Sheet

# An export stops here; a longer list is better narrowed by the filters.
EXPORT_LIMIT = 65000

# What names an occurrence in every list and report: its directive, clause, task, period and lead.
TASK_COLUMNS = [
    Column("Văn bản", 18, lambda r: r.directive_title),
    Column("Mục", 8, lambda r: r.clause),
    Column("Nhiệm vụ", 60, lambda r: r.summary),
    Column("Kỳ", 16, lambda r: r.period or None),
    Column("Cơ quan chủ trì", 32, lambda r: r.lead_agency),
    Column("Hạn hoàn thành", 14, lambda r: r.deadline, "date"),
]

OCCURRENCE_COLUMNS = [
    *TASK_COLUMNS,
    Column("Trạng thái", 20, lambda r: r.state.label),
    Column("Số ngày quá hạn", 10, lambda r: r.days_late, "int"),
    Column("Ngày hoàn thành", 14, lambda r: r.done_on, "date"),
    Column("Ngày cập nhật gần nhất", 14, lambda r: r.last_reported_on, "date"),
    Column("Nội dung cập nhật gần nhất", 60, lambda r: r.last_note),
]


def occurrences_sheet(user: User, view: View) -> Sheet:
    """The occurrences of a filtered view as an export's sheet, titled with the day it stands on."""
    rows = occurrence_rows(user, view, limit=EXPORT_LIMIT)
    title = [f"DANH SÁCH NHIỆM VỤ (số liệu tính đến ngày {view.day:%d/%m/%Y})"]
    return Sheet("Nhiệm vụ", OCCURRENCE_COLUMNS, rows, title)


LEAGUE_COLUMNS = [
    Column("Cơ quan", 40, lambda r: r.name),
    Column("Được giao", 11, lambda r: r.figures.assigned, "int"),
    Column("Hoàn thành đúng hạn", 12, lambda r: r.figures.on_time, "int"),
    Column("Hoàn thành quá hạn", 12, lambda r: r.figures.late, "int"),
    Column("Quá hạn", 10, lambda r: r.figures.overdue, "int"),
    Column("Đang thực hiện (còn hạn)", 12, lambda r: r.figures.open, "int"),
    Column("Tỷ lệ đúng hạn", 11, lambda r: r.figures.on_time_rate, "percent"),
]
