"""Tables written as XLSX (real cells, dates as dates) and as CSV (UTF-8 with BOM, for Excel)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

DATE_FORMAT = "DD/MM/YYYY"
PERCENT_FORMAT = "0.0%"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="EEF0F4")
TITLE_FONT = Font(bold=True, size=13)
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    """One column of an export: its Vietnamese header, width (in characters), value and kind."""

    header: str
    width: int
    value: Callable[[object], object]
    kind: str = "text"  # text, int, date, percent


@dataclass(frozen=True)
class Sheet:
    """A sheet: a name, optional title lines above the table, the columns and the rows."""

    name: str
    columns: list[Column]
    rows: Iterable
    title: list[str] | None = None


def xlsx_bytes(sheets: list[Sheet]) -> bytes:
    """An XLSX workbook, written in streaming mode so memory stays flat for long lists."""
    workbook = Workbook(write_only=True)
    for sheet in sheets:
        _write_sheet(workbook, sheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_sheet(workbook: Workbook, sheet: Sheet) -> None:
    worksheet = workbook.create_sheet(sheet.name[:31])
    for index, column in enumerate(sheet.columns, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = column.width
    title_lines = sheet.title or []
    header_row = len(title_lines) + 1
    worksheet.freeze_panes = f"A{header_row + 1}"
    for line_number, line in enumerate(title_lines):
        cell = WriteOnlyCell(worksheet, value=line)
        if line_number == 0:
            cell.font = TITLE_FONT
        worksheet.append([cell])
    worksheet.append([_header_cell(worksheet, column.header) for column in sheet.columns])
    # Styled cells are needed only for dates and percentages; the rest are plain values.
    styled = [column.kind in ("date", "percent") for column in sheet.columns]
    formats = [DATE_FORMAT if column.kind == "date" else PERCENT_FORMAT for column in sheet.columns]
    count = 0
    for row in sheet.rows:
        values = []
        for column, needs_style, number_format in zip(sheet.columns, styled, formats):
            value = column.value(row)
            if needs_style and value is not None:
                cell = WriteOnlyCell(worksheet, value=value)
                cell.number_format = number_format
                value = cell
            values.append(value)
        worksheet.append(values)
        count += 1
    last_column = get_column_letter(len(sheet.columns))
    worksheet.auto_filter.ref = f"A{header_row}:{last_column}{header_row + max(count, 1)}"


def _header_cell(worksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(worksheet, value=text)
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def csv_text(columns: list[Column], rows: Iterable) -> str:
    """CSV with a byte-order mark (Excel then reads the Vietnamese correctly), dates dd/mm/yyyy."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([column.header for column in columns])
    for row in rows:
        writer.writerow([_csv_value(column.value(row), column.kind) for column in columns])
    return buffer.getvalue()


def _csv_value(value, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if kind == "percent":
        return f"{value * 100:.1f}%"
    return str(value)
