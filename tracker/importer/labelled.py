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
from .remits import after_remit
from .roles import is_issuer
from .segments import segments
from .subjects import leading_subjects
from .text import fold
from .timing import best_timing
from .vocabulary import DIRECTIVE_VERB

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
    bullets, listing = 0, False
    for unit, bulleted in units:
        bullets += bulleted
        starts = [0] + [m.end() for m in LABEL_INSIDE.finditer(fold(unit))]
        for begin, end in zip(starts, starts[1:] + [len(unit)]):
            piece = unit[begin:end].strip(" -")
            m = LABEL_START.match(fold(piece))
            if not m and not piece:
                continue
            listing = listing and bulleted and not m
            if not blocks or not m and not listing and any(blocks[-1][1].values()):
                blocks.append(([], {"lead": [], "cooperating": [], "time": []}, bullets))
            work, fields, _ = blocks[-1]
            if m:
                fields[_label_kind(m.group("label"))].append(piece[m.end() :].strip())
                listing = _label_kind(m.group("label")) == "lead" and not piece[m.end() :].strip()
            elif listing:
                # "- Cơ quan thực hiện:" then "+ Sở X chủ trì …", "+ Sở Y đăng tải …": the bullets are the slot's text.
                fields["lead"].append(piece)
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
    # "Sở X; Sở Y và các sở, ngành có liên quan": the group after named bodies is a catch-all (rule 2).
    subjects = [m for i, m in enumerate(subjects) if not (i and m.group and fold(m.name).endswith("lien quan"))]
    subjects += [m for _, _, doers in _later_parts(lead_text) for m in doers]
    return [replace(m, name=m.name[:1].upper() + m.name[1:], catch_all=False)
            if m.catch_all and SLOT_ADDRESSEES.fullmatch(fold(m.name)) else m for m in subjects]


# Work a later part of the slot gives others as their own, not as help: "…; B, C chủ động tổ chức …".
HELPING_VERB = re.compile(r"\s*(?:(?:chu dong|tich cuc)\s+)?(?:phoi hop|tham gia|cung|ho tro)\b")


def _later_parts(lead_text: str) -> list[tuple[int, int, list[Mention]]]:
    """The parts of a lead slot after its first that give bodies work of their own, with those bodies: "Cơ quan
    thực hiện: Sở X chủ trì tham mưu ban hành kế hoạch; Sở Y và UBND các xã chủ động tổ chức triển khai …" —
    a part after a ';' that opens with bodies and then their work (those told only to help do not lead)."""
    parts: list[tuple[int, int, list[Mention]]] = []
    offset = 0
    for part in lead_text.split(";"):
        if offset:
            subjects, end = leading_subjects(part)
            folded = fold(part)
            work = after_remit(folded, end)
            verb = DIRECTIVE_VERB.match(folded, work) or part[work:].lstrip()[:1].islower()
            if subjects and verb and not HELPING_VERB.match(folded, work):
                parts.append((offset, offset + len(part), [replace(m, start=m.start + offset, end=m.end + offset)
                                                           for m in subjects]))
        offset += len(part) + 1
    return parts


def _own_part(lead: Mention, lead_text: str, work: str) -> str:
    """The words of the slot that give a lead its work: a later doer's own part; for the first leads, the
    item's work and the slot without the later doers' parts."""
    later = _later_parts(lead_text)
    for start, end, _ in later:
        if start <= lead.start < end:
            return lead_text[start:end].strip()
    kept, position = [], 0
    for start, end, _ in later:
        kept.append(lead_text[position:start])
        position = end
    return f"{work} {''.join([*kept, lead_text[position:]])}".strip()


def _block_tasks(ref: str, work: list[str], fields: dict[str, list[str]], issued_on: date | None,
                 issuer: str | None) -> list[DraftTask] | None:
    lead_text = "; ".join(text for text in fields["lead"] if text)
    leads = [m for m in _slot_leads(lead_text) if not m.catch_all]
    if not leads:
        return None
    leads = [m for m in leads if not is_issuer(m.name, issuer)]  # what the issuer chairs is its own undertaking
    text = " ".join(work)
    helped = " ".join(f"phối hợp với {c}" for c in fields["cooperating"])
    times = [part for t in fields["time"] for part in segments(t)] or [text]
    timings = [slot_timing(part, issued_on) for part in times]
    builder = TaskBuilder(ref, issued_on)
    for lead in leads:
        own = f"{_own_part(lead, lead_text, text)} {helped}".strip()
        if not any(timings):
            builder.add(lead, own, None, 1, source_text=lead_text[lead.start : lead.end], unit=(1, False))
            continue
        for number, (part, timing) in enumerate(zip(times, timings), start=1):
            body = own if timing is None else f"{own} {part}"
            builder.add(lead, body, timing, number, source_text=lead_text[lead.start : lead.end], unit=(number, False))
    return builder.tasks()


# A time slot that starts the work and lets it run on: "Năm 2025 và các năm tiếp theo", "Quý IV/2025 và
# những năm sau", "Từ năm 2026 trở đi": ongoing work (ANNOTATION 6), not a deadline at the first year's end.
RUNS_ON = re.compile(r"\bva (?:cac|nhung) nam (?:tiep theo|sau)\b|\btro di\b")


def slot_timing(text: str, issued_on: date | None):
    """The time a slot's text gives, or None when the work it times goes on after its first period."""
    return None if RUNS_ON.search(fold(text)) else best_timing(text, issued_on)
