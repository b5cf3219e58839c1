"""Lettered items under a paragraph that asks named bodies to do them: a section titled by its topic
("3. Phương hướng, nhiệm vụ trọng tâm thời gian tới"), then "Để hoàn thành các mục tiêu …; Chính phủ yêu
cầu các Bộ trưởng, Chủ tịch UBND các tỉnh … tập trung những nội dung sau:", then "a) …", "b) …".

The request is a heading in all but its place: the items are the asked bodies' bullets, one task per
body with the items that carry their own deadline or cycle apart (ANNOTATION.md rule 1), as under
"1. Sở Y tế:" — not a task per item, nor nothing because the items name no one."""

from __future__ import annotations

import re

from .clauses import Clause
from .introduced import lead_in
from .names import Mention
from .segment_subjects import own_subjects
from .segments import segments
from .text import fold
from .vocabulary import ASK_WORDS, GIVE_WORDS

LETTERED = re.compile(r"\.[a-zđ]$")
# The request word before the bodies asked, whoever speaks first ("Chính phủ yêu cầu", "đề nghị"), perhaps
# with their holders' titles between ("… yêu cầu Giám đốc Sở X").
ASKS = re.compile(rf"\b(?:{ASK_WORDS}|{GIVE_WORDS})\b")


def asked_request(clause: Clause) -> tuple[list[Mention], str] | None:
    """The bodies the clause's lead-in asks to do its lettered items, with the words after them; None
    unless the clause's title names no body and every child is a lettered item with none under it."""
    text = lead_in(clause)
    if text is None or not clause.children or own_subjects(clause.heading)[0]:
        return None
    if not all(LETTERED.search(c.ref) and not c.children for c in clause.children):
        return None
    # The request is the lead-in's last part, after a purpose ("Để …;") or the issuer's words.
    parts = segments(text)
    last = parts[-1] if parts else ""
    subjects, end = own_subjects(last)
    named = [m for m in subjects if not m.catch_all]
    if not named or not ASKS.search(fold(last[: named[0].start])):
        return None
    return named, last[end:]


def asked_items(clause: Clause) -> list[Clause]:
    """The lettered items a request above them gives to the bodies it asks (none when there is no such request)."""
    return list(clause.children) if asked_request(clause) is not None else []
