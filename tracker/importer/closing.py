"""A deadline stated on its own after the work it closes: "Thời hạn hoàn thành: trước ngày 30/11/2025.",
"Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2014.", "Thời gian hoàn thành việc quán triệt, chậm nhất
ngày 14/5/2021 …". It names no one, so it dates the work of every body the paragraphs before it named,
not only the last one's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .draft import DraftTask
from .segment_subjects import own_subjects
from .segments import SENTENCE_BREAK
from .text import fold
from .timing import Timing, best_timing

STATEMENT = re.compile(r"\s*(?:thoi han|thoi gian)\s+hoan (?:thanh|tat)\b|\s*thoi han\s*:"
                       # "Thời gian tiến hành đại hội cấp cơ sở hoàn thành trong quý II năm 2018 …": when the work is done
                       r"|\s*thoi gian\s+(?:tien hanh|to chuc|thuc hien)\b[^.;:]{0,200}?\bhoan (?:thanh|tat)\b")
# "Các công việc (chỉ đạo, nêu trên) phải hoàn thành trong ngày …": all the work the page set out, dated at once,
# whatever captions or photos stand between it and the paragraph before.
ALL_WORK = re.compile(r"\s*(?:cac|toan bo|tat ca cac|nhung)\s+(?:cong viec|phan viec|nhiem vu|noi dung)\b[^.;:]{0,40}?"
                      r"\b(?:phai|can)\s+(?:duoc\s+)?hoan (?:thanh|tat)\b")
# A report's sending stated on its own after the request for it: "Báo cáo (kết quả rà soát) gửi về Sở Nội vụ
# trước ngày 10/3/2026." It dates the report, so only the work that asked for a report.
REPORT_SENT = re.compile(r"\s*(?:cac\s+)?bao cao\b[^.;:]{0,250}?\bgui\b")


class AllWorkDeadline(Timing):
    """The date a statement on all the work above gives ("Các công việc … phải hoàn thành trong ngày X"): every
    body's, not only the last paragraph's."""


def dated_work(drafted: list[DraftTask], previous: list[DraftTask], timing: Timing) -> list[DraftTask]:
    """The tasks a closing statement dates: all drafted so far for all the work, else the paragraph's before it."""
    return drafted if isinstance(timing, AllWorkDeadline) else previous


class ReportDeadline(Timing):
    """The date a subjectless "Báo cáo … gửi về … trước ngày X" gives: the report's, not all the work's."""


@dataclass(frozen=True)
class StagedDeadline(Timing):
    """A closing statement that sets stages, each its own date: "Thời gian tiến hành đại hội cấp cơ sở, cấp huyện
    hoàn thành trong quý II năm 2018 và Đại hội đại biểu tỉnh hoàn thành trong quý III năm 2018". The first
    stage's date, and the later ones: the work of one body is a task for each stage (a part with its own
    deadline is a task of its own, ANNOTATION.md rule 1)."""

    later: tuple = ()


def closing_deadline(text: str, issued_on: date | None, whole: bool = False) -> Timing | None:
    """The date of a paragraph's last sentence when that sentence (the whole paragraph if `whole`) only
    states when the work ends."""
    sentences = SENTENCE_BREAK.split(text.strip())
    last = sentences[-1]
    report = bool(REPORT_SENT.match(fold(last)))
    all_work = bool(ALL_WORK.match(fold(last)))
    if whole and len(sentences) > 1 or not (report or all_work or STATEMENT.match(fold(last))) or own_subjects(last)[0]:
        return None
    timing = best_timing(last, issued_on)
    if timing is None or timing.due_on is None:
        return None
    stages = [best_timing(part, issued_on) for part in STAGE_BREAK.split(last)] if whole and not report else []
    if len(stages) > 1 and all(t is not None and t.due_on for t in stages) and len({t.due_on for t in stages}) == len(stages):
        return StagedDeadline(**vars(stages[0]), later=tuple(stages[1:]))
    if all_work and whole:
        return AllWorkDeadline(**vars(timing))
    return ReportDeadline(**vars(timing)) if report else timing


# Where one stage ends and the next begins: "… hoàn thành trong quý II năm 2018 và Đại hội … hoàn thành …".
STAGE_BREAK = re.compile(r"(?<=\d)\s*(?:;|,?\s+và)\s+(?=[^.;]*\bhoàn (?:thành|tất)\b)")


def is_aside(paragraph: str) -> bool:
    """A paragraph wholly in brackets ("(Gửi kèm đề cương báo cáo)") between a request and its closing
    date: a note, which leaves the request the closing date belongs to."""
    text = paragraph.strip()
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1


def date_untimed(tasks: list[DraftTask], timing: Timing) -> list[DraftTask]:
    """Give the closing date to the tasks that have no time of their own; a staged closing gives one body's
    one task the first stage's date and returns a task of that body for each later stage."""
    untimed = [t for t in tasks if t.due_on is None and t.recurrence is None]
    if isinstance(timing, StagedDeadline) and len(untimed) == 1:
        return [replace(untimed[0], due_on=stage.due_on, due_text=stage.text) for stage in timing.later] \
            + date_untimed(untimed, Timing(timing.due_on, timing.recurrence, timing.text, timing.start, timing.end, timing.rank))
    for task in tasks:
        if isinstance(timing, ReportDeadline) and "bao cao" not in fold(task.text):
            continue  # the report's date is not the date of work that asked for none
        if task.due_on is None and task.recurrence is None:
            task.due_on, task.due_text = timing.due_on, timing.text
    return []
