"""A task table's row whose lead cell names firms or persons, not a body ("Doanh nghiệp, nhà cung cấp dịch vụ,
nhà đầu tư" over the helpers "Sở X, Sở Y"). A PDF's text prints the cell as a line of its own, which reads as
the task's last line, so the helpers' cell would be taken for the lead; the firms' duties are no task
(ANNOTATION.md rule 8), and the row is none."""

from __future__ import annotations

import re

from .citizens_asked import CITIZENS_ASKED
from .text import fold

# Firms and persons opening a line, in capitals as a cell begins: "Doanh nghiệp, …", "Các doanh nghiệp …",
# "Nhà đầu tư", "Tổ chức, cá nhân …".
FIRMS = re.compile(rf"(?:{CITIZENS_ASKED.pattern}|\s*(?:cac\s+)?nha (?:dau tu|cung cap|thau)\b)")


def firms_lead(lines: list[str], start: int, cells: int, columns: int) -> bool:
    """Whether the line before the lead cell found at `start` is a lead cell naming firms: it opens in capitals
    with them, and the cells after it are one short of the columns (the firms' cell is the missing one)."""
    line = lines[start - 1]
    return cells == columns - 1 and line[:1].isupper() and FIRMS.match(fold(line)) is not None
