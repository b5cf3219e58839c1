"""A lead's item that lists those it works with, one bullet each: "b) Chủ trì, phối hợp (với):" then "- Sở Tài
chính và các đơn vị liên quan tham mưu bố trí ngân sách …", "- Sở Nội vụ … tham mưu phân cấp quản lý …".
The bodies opening each bullet help the lead the heading names; they do not lead the bullet's work.
A list of helpers may also run on past a ';' ("phối hợp với Sở A, các đoàn thể; UBND các xã tuyên truyền …"):
the bodies after it are helpers too, not the subjects of a duty of their own."""

from __future__ import annotations

import re

from .clauses import Body
from .names import find_mentions
from .subjects import COOPERATION, leading_subjects
from .text import fold

# The lead-in alone: "Chủ trì, phối hợp", "Chủ trì và phối hợp với:", "Chủ trì, phối hợp với các cơ quan sau:".
LEAD_IN = re.compile(r"\s*chu tri\s*(?:,|va)?\s*phoi hop(?:\s+voi)?(?:\s+cac\s+(?:co quan|don vi)(?:\s*,\s*don vi)?\s+sau)?\s*:?\s*$")
PREFIX = "Chủ trì, phối hợp với "


def with_helper_lists(body: Body) -> Body:
    """The body with each helper bullet after a bare "Chủ trì, phối hợp" lead-in read as the lead's own
    work with those helpers ("Chủ trì, phối hợp với Sở Tài chính … tham mưu …")."""
    for clause in body.clauses:
        clause.heading = helpers_run_on(clause.heading)
        clause.units[:] = [helpers_run_on(unit) for unit in clause.units]
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


# What may stand between the names of a list: a comma, "và", a ';', or nothing (a catch-all's qualifier
# named after it: "các cơ quan thành viên Ban Chỉ đạo …").
BETWEEN_NAMES = re.compile(r"\s*(?:,\s*va\b|,|\bva\b)?\s*")


def helpers_run_on(text: str) -> str:
    """The text with each ';' that a list of helpers runs on past read as a comma (the same length, so that
    every name keeps its place): "Chủ trì, phối hợp với Sở A và các đoàn thể; UBND cấp xã tuyên truyền …".
    The helpers' list before the ';' holds names only (no work yet: the verb comes after the bodies that
    follow), and the bodies after it open the rest with a verb; "phối hợp với Sở A xây dựng …; UBND các xã
    tuyên truyền …" keeps its ';', the work before it done."""
    if ";" not in text:
        return text
    folded = fold(text)
    by_start = {m.start: m for m in find_mentions(text)}
    # Helpers a steered subordinate works with too ("chỉ đạo Quỹ X phối hợp với Sở A, …; UBND các huyện …").
    for position in (match.end() for match in COOPERATION.finditer(folded)):
        names = 0
        while (mention := by_start.get(position) or by_start.get(position + 4 * folded.startswith("cac ", position))) is not None:
            names, position = names + 1, BETWEEN_NAMES.match(folded, mention.end).end()
        if not names or position >= len(text) or text[position] != ";":
            continue
        subjects, end = leading_subjects(text[position + 1 :])
        if subjects and not any(m.catch_all for m in subjects) and text[position + 1 + end :].strip(" ,;.:"):
            text = text[:position] + "," + text[position + 1 :]
    return text
