"""A lead's item that lists those it works with, one bullet each: "b) Chủ trì, phối hợp (với):" then "- Sở Tài
chính và các đơn vị liên quan tham mưu bố trí ngân sách …", "- Sở Nội vụ … tham mưu phân cấp quản lý …".
The bodies opening each bullet help the lead the heading names; they do not lead the bullet's work."""

from __future__ import annotations

import re

from .clauses import Body
from .subjects import leading_subjects
from .text import fold

# The lead-in alone: "Chủ trì, phối hợp", "Chủ trì và phối hợp với:", "Chủ trì, phối hợp với các cơ quan sau:".
LEAD_IN = re.compile(r"\s*chu tri\s*(?:,|va)?\s*phoi hop(?:\s+voi)?(?:\s+cac\s+(?:co quan|don vi)(?:\s*,\s*don vi)?\s+sau)?\s*:?\s*$")
PREFIX = "Chủ trì, phối hợp với "


def with_helper_lists(body: Body) -> Body:
    """The body with each helper bullet after a bare "Chủ trì, phối hợp" lead-in read as the lead's own
    work with those helpers ("Chủ trì, phối hợp với Sở Tài chính … tham mưu …")."""
    for clause in body.clauses:
        if LEAD_IN.match(fold(clause.heading)):
            _prefix(clause.units, clause.bulleted, 0)
        for index, unit in enumerate(clause.units):
            if LEAD_IN.match(fold(unit)):
                _prefix(clause.units, clause.bulleted, index + 1)
    return body


def _prefix(units: list[str], bulleted: list[bool], start: int) -> None:
    """Open each bullet from `start` that begins with named bodies with the lead-in, up to the first that
    does not (the lead's own next point)."""
    for index in range(start, len(units)):
        subjects, _ = leading_subjects(units[index])
        if not bulleted[index] or not subjects or all(m.catch_all for m in subjects):
            return
        text = units[index]
        units[index] = PREFIX + ("c" + text[1:] if text.startswith("Các ") else text)
