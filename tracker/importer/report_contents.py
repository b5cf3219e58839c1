"""A letter's request for one report, then what the report must hold: "… đề nghị Ban X báo cáo kết quả thực hiện
nhiệm vụ năm 2021, gồm các nội dung sau:" over "1. Kết quả triển khai …", "2. Các kiến nghị, đề xuất.", "3. Trong
báo cáo tập trung phân tích …". The numbered items are the report's headings, not assignments of their own: the
asked bodies owe one report, one task under the first item's number (ANNOTATION.md rule 1). An item that names
another body, or sets a deadline of its own, is work apart and ends the headings: it and the items after it stay
as read; one that only says when the report is sent ("4. Thời gian gửi báo cáo: trước ngày …") dates the report.
The request must ask for a report: under "… đề nghị X thực hiện các nội dung sau:" each item is work, a task of
its own."""

from __future__ import annotations

import re
from datetime import date

from .addressees import intro_leads
from .assembly import TaskBuilder
from .closing import closing_deadline
from .closing_requests import without_closing_mark
from .clauses import Body, Clause
from .draft import DraftTask
from .headings import descendants
from .inheritance import REQUEST
from .names import Mention
from .segment_subjects import own_subjects
from .segments import SENTENCE_BREAK
from .subjects import leading_subjects
from .text import fold
from .timing import Timing, best_timing

# The work asked right after the bodies is a report: "báo cáo", "tổng hợp, báo cáo", "xây dựng báo cáo", "gửi báo cáo".
REPORT_ASKED = re.compile(r"[\s,]*(?:(?:khan truong|kip thoi)\s+)?(?:(?:tong hop|xay dung|gui|lap|co|danh gia)\s*,?\s+)*bao cao\b")
# The end of the request that announces the report's contents: "…, gồm các nội dung sau:", "… với các nội dung sau
# đây:", "… theo các nội dung chủ yếu sau:", "… theo đề cương sau:", "…, cụ thể như sau:".
CONTENTS = re.compile(r"[\s,]*(?:(?:(?:bao\s+)?gom|voi|theo)\s+(?:cac|nhung|mot so)\s+noi dung(?:\s+(?:chu yeu|chinh|cu the))?"
                      r"|theo\s+de cuong(?:\s+bao cao)?|cu the)\s+(?:sau(?:\s+day)?|nhu sau)\s*:\s*$")
# An item that only says when the report is sent: "Thời gian gửi báo cáo: trước ngày 20/11/2024".
REPORT_TIME = re.compile(r"\s*(?:thoi gian|thoi han)\s+(?:gui|nop)\s+bao cao\b")


def one_report(body: Body, tasks: list[DraftTask], aliases: dict[str, list[Mention]],
               issued_on: date | None) -> list[DraftTask]:
    """The tasks with the report's contents as the asked bodies' one report, when the introduction asks for it."""
    asked = _asked_report(body.intro)
    leads = [m for m in intro_leads(body.intro, aliases) if not m.catch_all] if asked else []
    items = [c for c in body.clauses if c.parent is None]
    if not leads or not items:
        return tasks
    names = {lead.name for lead in leads}
    contents, timing, kept = [], best_timing(asked, issued_on), list(tasks)
    for item in items:
        own = [t for t in kept if _from_item(t, item)]
        if REPORT_TIME.match(fold(item.heading)) and (sent := best_timing(item.text, issued_on)) is not None:
            timing, kept = timing or sent, [t for t in kept if t not in own]  # when the report is sent dates it
        elif _apart(item, own, names):
            break  # work of its own ends the report's headings: it and the items after it stay as they are
        else:
            contents.append(item)
            kept = [t for t in kept if t not in own]
    if not contents:
        return tasks
    timing = timing or (closing_deadline(without_closing_mark(body.closing), issued_on) if body.closing else None)
    report = _report_tasks(asked, contents, leads, timing, issued_on)
    first = items.index(contents[0])
    at = next((i for i, t in enumerate(kept) if any(_from_item(t, c) for c in items[first:])), len(kept))
    return [*kept[:at], *report, *kept[at:]]


def _asked_report(intro: str) -> str:
    """The report the introduction's last sentence asks for, from its verb ("báo cáo kết quả …, gồm các nội
    dung sau:"), when it asks bodies for a report whose contents follow; else ""."""
    sentence = SENTENCE_BREAK.split(intro.strip())[-1] if intro.strip() else ""
    folded = fold(sentence)
    if not CONTENTS.search(folded):
        return ""
    for request in REQUEST.finditer(folded):
        subjects, end = leading_subjects(sentence[request.end() :], asked=True)
        verb = REPORT_ASKED.match(folded, request.end() + end)
        if subjects and verb:
            return sentence[request.end() + end :].lstrip(" ,")
    return ""


def _from_item(task: DraftTask, item: Clause) -> bool:
    """The task was read from the item or from a point under it ("3", "3.1", "3 ý 2")."""
    return task.clause_number == item.ref or task.clause_number.startswith(f"{item.ref}.")


def _apart(item: Clause, own: list[DraftTask], asked: set[str]) -> bool:
    """Whether the item is work of its own: it names another body, or a task of it has another lead or a time."""
    named, _ = own_subjects(item.heading)
    if any(not m.catch_all and m.name not in asked for m in named):
        return True
    return any(t.lead_agency not in asked or t.due_on or t.recurrence for t in own)


def _report_tasks(asked: str, contents: list[Clause], leads: list[Mention], timing: Timing | None,
                  issued_on: date | None) -> list[DraftTask]:
    """One task per asked body: the report asked for, its contents on the lines after it."""
    work = asked[: CONTENTS.search(fold(asked)).start()] + ":"  # the report, its contents on the lines below
    text = "\n".join([work, *(f"- {line}" for item in contents for line in _lines(item))])
    builder = TaskBuilder(contents[0].ref, issued_on)
    for lead in leads:
        builder.add(lead, text, timing, 1, source_text=lead.name, unit=(1, False))
    return builder.tasks()


def _lines(item: Clause) -> list[str]:
    """The item's words and those of the points under it, in order."""
    return [item.text, *(point.text for point in descendants(item))]
