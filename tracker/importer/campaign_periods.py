"""A campaign's period stated once, in a page's lead: "Chủ tịch UBND tỉnh vừa có công văn phát động Đợt cao điểm
hành động X trên địa bàn tỉnh từ nay đến Tết Nguyên Đán 2016 (hết tháng 02/2016)", then "Chủ tịch UBND tỉnh chỉ
đạo Sở Y triển khai thực hiện Đợt cao điểm hành động X …". The body told to run the campaign runs it until the
campaign ends: its task is due at that end (ANNOTATION.md rule 6), though the lead is no clause of the page. A
task that does not name the campaign keeps its own time (none, if it gives none)."""

from __future__ import annotations

import re
from datetime import date

from .segments import SENTENCE_BREAK
from .text import fold
from .timing import best_timing

# A campaign, by the nouns the administration names its drives with: "Đợt cao điểm …", "Tháng hành động …",
# "Chiến dịch …", "Đợt thi đua …", "Đợt ra quân …".
CAMPAIGN = re.compile(r"\b(?:dot cao diem|dot hanh dong|thang hanh dong|chien dich|dot thi dua|dot ra quan)\b")
# The words after the noun that name the campaign: enough to tell it from another one.
NAME_WORDS = 4
# The period's end, after the name: "từ nay đến …", "đến hết …", "(hết tháng …)".
UNTIL = re.compile(r"\b(?:den|het)\b")


def _campaign_ends(text: str, issued_on: date | None) -> list[tuple[str, object]]:
    """The campaigns a paragraph names with the end of their period: (the campaign's name folded, its timing)."""
    ends = []
    for sentence in SENTENCE_BREAK.split(text):
        folded = fold(sentence)
        for m in CAMPAIGN.finditer(folded):
            name = " ".join([m.group(0), *folded[m.end() :].split()[:NAME_WORDS]])
            rest = sentence[m.end() :]
            timing = best_timing(rest, issued_on)
            if timing and timing.due_on and not timing.recurrence and UNTIL.search(fold(rest[: timing.end])):
                ends.append((name, timing))
    return ends


def campaign_dated(body, tasks: list, issued_on: date | None) -> list:
    """A page's undated tasks that run a campaign whose end its lead (the paragraphs above the first that gave a
    task) states: due at that end."""
    if not body.page:
        return tasks
    drafted = {task.clause_number for task in tasks}
    lead = []
    for clause in body.clauses:
        if clause.ref in drafted:
            break
        lead.append(clause.text)
    ends = [end for text in lead for end in _campaign_ends(text, issued_on)]
    for task in tasks:
        named = next((timing for name, timing in ends if name in fold(task.text)), None)
        if named and task.due_on is None and task.recurrence is None:
            task.due_on, task.due_text = named.due_on, named.text
    return tasks
