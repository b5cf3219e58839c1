"""Items whose bodies are given on labelled lines after their bullets: "Đơn vị chủ trì: Sở X",
"Đơn vị phối hợp: Y", "Thời gian thực hiện: Quý II/2026". Each set of lines belongs to the bullets
before it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .assembly import TaskBuilder
from .clauses import Clause
from .draft import DraftTask
from .names import Mention
from .roles import is_issuer
from .segments import segments
from .subjects import leading_subjects
from .text import fold
from .timing import best_timing

# Plans give each item's agencies and time on labelled lines: "- Cơ quan thực hiện: Sở X chủ trì,
# phối hợp với Y.", "- Cơ quan phối hợp: Z", "- Thời gian thực hiện: Quý II/2026", "Đơn vị chủ trì
# thực hiện: …", "Đơn vị chủ trì tham mưu thực hiện: …".
LABEL = re.compile(
    r"(?P<label>(?:co quan|don vi)\s+(?:chu tri|thuc hien|chiu trach nhiem|tham muu)(?: tham muu)?(?: thuc hien)?"
    r"|chu tri(?: thuc hien)?"
    r"|(?:co quan|don vi)\s+phoi hop(?: thuc hien)?|phoi hop(?: thuc hien)?"
    r"|thoi gian(?: thuc hien| hoan thanh| trien khai)?|thoi han(?: hoan thanh| thuc hien)?|tien do(?: thuc hien| hoan thanh)?)"
    r"\s*:\s*"
)
LABEL_START = re.compile(rf"^\s*(?:[-+•–]\s*)?{LABEL.pattern}")
LABEL_INSIDE = re.compile(rf"\s[-+•–]\s*(?={LABEL.pattern})")


def _label_kind(label: str) -> str:
    if "phoi hop" in label:
        return "cooperating"
    if label.startswith(("thoi", "tien do")):
        return "time"
    return "lead"


def labelled_tasks(clause: Clause, units: list[tuple[str, bool]], issued_on: date | None,
                   issuer: str | None = None) -> list[DraftTask] | None:
    """Tasks of an item whose agencies are given on a labelled line, or None if it has no such line.
    Each set of labelled lines belongs to the bullets before it: the first set gives the item's label,
    a later one "ý N" by the ordinal of the bullet it follows."""
    blocks = _labelled_blocks(units)
    if not any(fields["lead"] for _, fields, _ in blocks):
        return None
    tasks = [_block_tasks(clause.ref if index == 0 else f"{clause.ref} ý {bullet}", work, fields, issued_on, issuer)
             for index, (work, fields, bullet) in enumerate(blocks)]
    if all(t is None for t in tasks):
        return None
    return [task for block in tasks if block for task in block]


def _labelled_blocks(units: list[tuple[str, bool]]) -> list[tuple[list[str], dict[str, list[str]], int]]:
    """The units cut after each run of labelled lines: (work, fields, ordinal of its last bullet); a run
    with no lead line stays with the block before it (its time or helpers are that block's), or the
    first block's with the one after it."""
    blocks: list[tuple[list[str], dict[str, list[str]], int]] = []
    bullets = 0
    for unit, bulleted in units:
        bullets += bulleted
        starts = [0] + [m.end() for m in LABEL_INSIDE.finditer(fold(unit))]
        for begin, end in zip(starts, starts[1:] + [len(unit)]):
            piece = unit[begin:end].strip(" -")
            m = LABEL_START.match(fold(piece))
            if not m and not piece:
                continue
            if not blocks or not m and any(blocks[-1][1].values()):
                blocks.append(([], {"lead": [], "cooperating": [], "time": []}, bullets))
            work, fields, _ = blocks[-1]
            if m:
                fields[_label_kind(m.group("label"))].append(piece[m.end() :].strip())
            else:
                work.append(piece)
                blocks[-1] = (work, fields, bullets)
    merged: list[tuple[list[str], dict[str, list[str]], int]] = []
    for block in blocks:
        if merged and (not block[1]["lead"] or not merged[-1][1]["lead"]):
            merged[-1] = (merged[-1][0] + block[0], {k: merged[-1][1][k] + v for k, v in block[1].items()},
                          block[2])
        else:
            merged.append(block)
    return merged


# Words a lead line may name its bodies with, broad as they are: "Đơn vị chủ trì: Các cơ quan, đơn vị,
# địa phương" gives them the work (a group); with "liên quan" after them they are only a catch-all.
SLOT_ADDRESSEES = re.compile(r"(?:cac|nhung)\s+(?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi|dia phuong|to chuc))*")


def _slot_leads(lead_text: str) -> list[Mention]:
    subjects, _ = leading_subjects(lead_text)
    return [replace(m, name=m.name[:1].upper() + m.name[1:], catch_all=False)
            if m.catch_all and SLOT_ADDRESSEES.fullmatch(fold(m.name)) else m for m in subjects]


def _block_tasks(ref: str, work: list[str], fields: dict[str, list[str]], issued_on: date | None,
                 issuer: str | None) -> list[DraftTask] | None:
    lead_text = " ".join(fields["lead"])
    leads = [m for m in _slot_leads(lead_text) if not m.catch_all]
    if not leads:
        return None
    leads = [m for m in leads if not is_issuer(m.name, issuer)]  # what the issuer chairs is its own undertaking
    text = " ".join(work)
    helpers = " ".join([lead_text] + [f"phối hợp với {c}" for c in fields["cooperating"]])
    times = [part for t in fields["time"] for part in segments(t)] or [text]
    timings = [best_timing(part, issued_on) for part in times]
    builder = TaskBuilder(ref, issued_on)
    for lead in leads:
        if not any(timings):
            builder.add(lead, f"{text} {helpers}", None, 1, source_text=lead_text[lead.start : lead.end], unit=(1, False))
            continue
        for number, (part, timing) in enumerate(zip(times, timings), start=1):
            body = f"{text} {helpers}" if timing is None else f"{text} {helpers} {part}"
            builder.add(lead, body, timing, number, source_text=lead_text[lead.start : lead.end], unit=(number, False))
    return builder.tasks()
