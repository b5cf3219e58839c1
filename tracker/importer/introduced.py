"""Bodies a heading lists only to introduce their items: "b) Các Bộ: X, Y khẩn trương …, hoàn thành
trong tháng 11 năm 2025, cụ thể:" then "(1) Bộ X …", "(2) Bộ Y …". Each item is its body's task and
keeps the heading's deadline; the heading's list repeats the same bodies and is no task of its own."""

from __future__ import annotations

from datetime import date

from .clauses import Body, Clause
from .draft import DraftTask
from .segment_subjects import own_subjects
from .text import fold
from .timing import best_timing


def introducing(clause: Clause) -> bool:
    """A heading ending in ':' that names bodies, then bracketed items each opening with one of them.
    A conclusion's "2. Về dự án …, hoàn thành trước ngày …:" whose items name other bodies is no list:
    its items are tasks of their own and its date is the project's, not theirs."""
    if not clause.children or not clause.heading.rstrip().endswith(":") or not all(c.bracketed for c in clause.children):
        return False
    listed = _doers(clause)
    return bool(listed) and all(_doers(item) <= listed for item in clause.children)


def _doers(item: Clause) -> set[str]:
    subjects, _ = own_subjects(item.heading)
    return {m.name for m in subjects if not m.catch_all}


def _from_item(task: DraftTask, item: Clause) -> bool:
    """The task was read from the item: its own label, or it opens with the item's words (an agency's
    heading reads its items as its own bullets, under the heading's label)."""
    return task.clause_number == item.ref or fold(task.text).lstrip("- ").startswith(fold(item.heading[:60]))


def apply_introductions(body: Body, tasks: list[DraftTask], issued_on: date | None) -> list[DraftTask]:
    """The items as the tasks, with the heading's time where they name none; not the heading's list."""
    for heading in (c for c in body.clauses if introducing(c)):
        timing = best_timing(heading.heading, issued_on)
        listed: set[str] = set()
        for item in heading.children:
            doers = _doers(item)
            listed |= doers
            for task in tasks:
                if task.lead_agency not in doers or not _from_item(task, item):
                    continue
                task.clause = item.ref
                if timing is not None and task.due_on is None and task.recurrence is None:
                    task.due_on, task.recurrence, task.due_text = timing.due_on, timing.recurrence, timing.text
        tasks = [t for t in tasks if not (t.lead_agency in listed and t.clause_number == heading.ref)]
    return tasks


def lead_in(clause: Clause) -> str | None:
    """The paragraph under a section's title that introduces its numbered items ("II. NHIỆM VỤ, GIẢI
    PHÁP" then "Đề nghị Thường trực Tỉnh ủy tập trung …, trong đó lưu ý một số nội dung sau:"): the
    section's last paragraph, no bullet, ending in ':' before its first item."""
    if clause.children and clause.units and not clause.bulleted[-1] and clause.units[-1].rstrip().endswith(":"):
        return clause.units[-1]
    return None
