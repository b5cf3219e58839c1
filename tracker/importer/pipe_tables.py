"""Task tables copied with their cells set apart by " | ", one row a line ("TT | Nhiệm vụ | Cơ quan chủ trì |
Cơ quan phối hợp | Thời gian …", then "1 | Báo cáo … | Bộ Tư pháp | … | 2022"), as a web page's table or a
converter writes them. They are the task tables tables.py reads, their cells separated by tabs there: the
rows from such a header on are rewritten with tabs. A group's title printed once per cell it was merged
across ("I | Hoàn thiện … | Hoàn thiện … | Hoàn thiện …") is the group's row, its numeral and its title."""

from __future__ import annotations

import re

from .tables import task_header

# A cell boundary: a pipe with a space on either side (not "KH|CN" inside a word, nor a table's outer edge).
SEPARATOR = re.compile(r"\s+\|\s+")


def pipe_tables_as_tabs(text: str) -> str:
    """The text with every " | " task table's rows (from its header to the first line that is no row,
    blank lines between rows let through) written with tabs between their cells."""
    lines = text.split("\n")
    inside = False
    for i, line in enumerate(lines):
        cells = _cells(line)
        if not inside:
            inside = len(cells) >= 3 and task_header(cells)
        elif not line.strip():
            continue
        elif len(cells) < 2:
            inside = False
        if inside:
            lines[i] = "\t".join(_merged_title(cells))
    return "\n".join(lines)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in SEPARATOR.split(line.strip())]


def _merged_title(cells: list[str]) -> list[str]:
    """A row whose cells after the first all say the same: one cell merged across the row."""
    return [cells[0], cells[1]] if len(cells) > 2 and len(set(cells[1:])) == 1 else cells
