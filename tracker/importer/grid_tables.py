"""Tables a converter to Markdown writes as a grid (pandoc's grid tables): borders of "+", "-", ":" and "="
("+------+:-----:+"), and each line of text "| left cell | right cell |", the lines of a cell broken with a
backslash at their end. A document's layout tables are printed so: the recipients' list beside the
signature ("| - Chính phủ;\\ | TM. ỦY BAN …\\ |"). Read line by line the columns run into each other, and
the signature is read as a clause's last words. Each row is read a column after the other, as a page
shows the cells apart: the left cell's lines, then the right's. A task table (its header names the work
and the lead) keeps a row a line, its cells set apart by " | ", as pipe_tables reads such rows."""

from __future__ import annotations

import re

from .tables import task_header

BORDER = re.compile(r"^\s*\+(?:[-:=]+\+)+\s*$")
ROW = re.compile(r"^\s*\|.*\|\s*$")
# A cell's line broken where the converter kept the source's line break.
HARD_BREAK = re.compile(r"\s*\\$")


def grid_tables_read(text: str) -> str:
    """The text with each grid table's rows written as their cells' lines (see the module's docstring)."""
    lines, out, index = text.split("\n"), [], 0
    while index < len(lines):
        if not BORDER.match(lines[index]):
            out.append(lines[index])
            index += 1
            continue
        end = index + 1
        while end < len(lines) and (ROW.match(lines[end]) or BORDER.match(lines[end])):
            end += 1
        out += _table_lines(lines[index:end])
        index = end
    return "\n".join(out)


def _table_lines(lines: list[str]) -> list[str]:
    """A grid's rows (the lines between its borders, the first line its top border) read as text."""
    bounds = [i for i, mark in enumerate(lines[0]) if mark == "+"]
    rows, row = [], []
    for line in lines[1:]:
        if BORDER.match(line):
            rows, row = [*rows, row] if row else rows, []
        else:
            row.append(_cells(line, bounds))
    rows = [*rows, row] if row else rows
    columns = [[[line[i] for line in row if i < len(line)] for i in range(len(bounds) - 1)] for row in rows]
    if columns and len(columns[0]) >= 3 and task_header([" ".join(c).strip() for c in columns[0]]):
        return [" | ".join(" ".join(c).strip() for c in cells) for cells in columns]
    return [line for cells in columns for cell in cells for line in [*cell, ""]]


def _cells(line: str, bounds: list[int]) -> list[str]:
    """A row's line cut at the border's corners; where a wide letter shifted them, at its bars."""
    if all(i < len(line) and line[i] == "|" for i in bounds):
        return [_cell_line(line[a + 1 : b]) for a, b in zip(bounds, bounds[1:])]
    return [_cell_line(part) for part in re.split(r"\s\|\s", line.strip().strip("|"))]


def _cell_line(part: str) -> str:
    return HARD_BREAK.sub("", part.strip(" |"))
