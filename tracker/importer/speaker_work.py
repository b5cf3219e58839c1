"""The work a page's speaking committee reports as its own: on a page that tells what a province's People's
Committee asks ("UBND tỉnh A yêu cầu các đơn vị, địa phương …"), a later paragraph in which the same committee
acts ("Đối với các xã còn lại, UBND tỉnh vận động xã hội hóa để trao quà …") tells what the issuer itself will
do. The letter assigns that work to no one it can be tracked from: the issuer is no lead of its own letter."""

from __future__ import annotations

import re

from .names import find_mentions
from .text import fold
from .vocabulary import ASKS_AFTER_NAME


def _committee(name: str) -> str:
    """A province's committee without its place: "Ủy ban nhân dân tỉnh A" → "Ủy ban nhân dân tỉnh"."""
    match = re.match(r"Ủy ban nhân dân (?:tỉnh|thành phố)", name)
    return match.group(0) if match else name


def _speaker(text: str) -> str | None:
    """The province's committee a paragraph opens its request with, if any (a purpose may come first)."""
    folded = fold(text)
    for mention in find_mentions(text[:300]):
        if mention.kind == "province" and not mention.group and ASKS_AFTER_NAME.match(folded, mention.end):
            return _committee(mention.name)
    return None


def without_speaker_work(body, tasks: list) -> list:
    """A headerless page's tasks without those whose lead is the committee that speaks in a paragraph above."""
    if not body.page:
        return tasks
    speakers: set[str] = set()
    dropped: set[tuple[str, str]] = set()
    for clause in body.clauses:
        for task in tasks:
            if task.clause_number == clause.ref and _committee(task.lead_agency or "") in speakers:
                dropped.add((clause.ref, task.lead_agency))
        if (speaker := _speaker(clause.text)) is not None:
            speakers.add(speaker)
    return [task for task in tasks if (task.clause_number, task.lead_agency) not in dropped]
