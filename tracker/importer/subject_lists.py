"""A list of subjects cut by a line break after its semicolon: "3. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính
phủ;" / "Ủy ban nhân dân các tỉnh … và các cơ quan X căn cứ chức năng … triển khai …". The clause's first line names
bodies and nothing else, the next paragraph opens with more bodies and gives the work: one sentence, whose work is
every body's, not a first body with no work and the rest with it."""

from __future__ import annotations

from .clauses import Body, Clause
from .segment_subjects import own_subjects


def _only_names(text: str) -> bool:
    """Whether the text is bodies' names and nothing else, closed by a semicolon."""
    subjects, end = own_subjects(text)
    return bool(subjects) and text.rstrip().endswith(";") and not text[end:].strip(" ;,")


def _join(clause: Clause) -> None:
    if not clause.units or clause.bulleted[0] or not _only_names(clause.heading):
        return
    subjects, _ = own_subjects(clause.units[0])
    if not subjects or subjects[0].start > 0:
        return  # the next paragraph opens with its own words, not with the list's next bodies
    clause.heading = f"{clause.heading} {clause.units[0]}"
    clause.units, clause.bulleted = clause.units[1:], clause.bulleted[1:]


def subject_lists_joined(body: Body) -> Body:
    """The body with each such clause's list of subjects made one heading again (the clauses changed in place)."""
    for clause in body.clauses:
        _join(clause)
    return body
