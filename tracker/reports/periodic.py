"""The periodic report of one agency ("Báo cáo tình hình thực hiện nhiệm vụ") for a period."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import and_, or_

from ..accounts.models import User
from ..agencies.models import Agency
from ..extensions import db
from ..tasks.models import TaskOccurrence, WorkStatus
from ..tasks.states import TaskState
from ..dashboard.lists import OccurrenceRow, rows_query, to_row
from ..dashboard.services import Figures, View
from .spreadsheets import Column, Sheet
from .tables import TASK_COLUMNS

# The report's four parts, in the order offices write them: key, title, sheet name (Excel
# allows 31 characters), states.
SECTIONS = [
    ("on_time", "Nhiệm vụ hoàn thành đúng hạn", "Hoàn thành đúng hạn", (TaskState.DONE_ON_TIME,)),
    ("late", "Nhiệm vụ hoàn thành quá hạn", "Hoàn thành quá hạn", (TaskState.DONE_LATE,)),
    ("open", "Nhiệm vụ đang thực hiện, còn hạn", "Đang thực hiện",
     (TaskState.NOT_YET_DUE, TaskState.DUE_SOON, TaskState.IN_PROGRESS)),
    ("overdue", "Nhiệm vụ quá hạn chưa hoàn thành", "Quá hạn", (TaskState.OVERDUE,)),
]


@dataclass(frozen=True)
class PeriodicReport:
    """What one agency (with the agencies under it) did in a period, as it stood at its end."""

    agency: Agency
    start: date
    end: date
    day: date  # the states are taken on this day: the period's end, or today if it is not over
    sections: dict[str, list[OccurrenceRow]]

    @property
    def figures(self) -> Figures:
        counts = {state: 0 for state in TaskState}
        for rows in self.sections.values():
            for row in rows:
                counts[row.state] += 1
        return Figures(counts)


def periodic_report(user: User, agency: Agency, start: date, end: date, view: View) -> PeriodicReport:
    """The occurrences of the period: due in it, done in it, or still open at its end (late ones
    carried over, and ongoing duties), each in its state at the period's end."""
    view = replace(view, filters=replace(view.filters, agency_id=agency.id, state=None, due_from=None, due_to=None),
                   as_of=end)
    columns = view.columns()
    is_open = columns.status != WorkStatus.DONE
    in_period = or_(
        and_(TaskOccurrence.due_on >= start, TaskOccurrence.due_on <= end),
        and_(columns.done_on >= start, columns.done_on <= end),
        and_(is_open, or_(columns.effective_due_on < start, columns.effective_due_on.is_(None))),
    )
    rows = [to_row(row, view) for row in db.session.execute(rows_query(user, view, most_late_first=True).where(in_period))]
    sections = {key: [row for row in rows if row.state in states] for key, _title, _sheet, states in SECTIONS}
    return PeriodicReport(agency=agency, start=start, end=end, day=view.day, sections=sections)


REPORT_COLUMNS = [
    *TASK_COLUMNS,
    Column("Ngày hoàn thành", 14, lambda r: r.done_on, "date"),
    Column("Số ngày quá hạn", 10, lambda r: r.days_late, "int"),
    Column("Tình hình, nguyên nhân (báo cáo gần nhất)", 60, lambda r: r.last_note),
    Column("Ngày báo cáo gần nhất", 14, lambda r: r.last_reported_on, "date"),
]

SUMMARY_COLUMNS = [
    Column("Nội dung", 45, lambda r: r[0]),
    Column("Số lượng", 12, lambda r: r[1], "int"),
]


def report_sheets(report: PeriodicReport) -> list[Sheet]:
    """The report as a workbook: a summary sheet, then one sheet per part."""
    title = [
        "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
        f"Cơ quan: {report.agency.name}",
        f"Kỳ báo cáo: từ ngày {report.start:%d/%m/%Y} đến ngày {report.end:%d/%m/%Y}"
        f" (số liệu tính đến ngày {report.day:%d/%m/%Y})",
    ]
    figures = report.figures
    summary = [(label, len(report.sections[key])) for key, label, _sheet, _states in SECTIONS]
    summary.append(("Tổng số", sum(len(rows) for rows in report.sections.values())))
    rate = figures.on_time_rate
    summary.append(("Tỷ lệ hoàn thành đúng hạn (%)", None if rate is None else round(rate * 100, 1)))
    sheets = [Sheet("Tổng hợp", SUMMARY_COLUMNS, summary, title)]
    for key, label, sheet_name, _states in SECTIONS:
        sheets.append(Sheet(sheet_name, REPORT_COLUMNS, report.sections[key], [label]))
    return sheets
