"""Work given in labelled slots: "- Cơ quan chủ trì: Sở X", "- Cơ quan phối hợp: Y", "- Thời gian
thực hiện: Quý II/2026" under an item name its lead, cooperating agencies and time."""

from __future__ import annotations

import re
from datetime import date

from .assembly import TaskBuilder
from .clauses import Clause
from .draft import DraftTask
from .segments import segments
from .subjects import leading_subjects
from .text import fold
from .timing import best_timing


# Plans give each item's agencies and time on labelled lines: "- Cơ quan thực hiện: Sở X chủ trì,
# phối hợp với Y.", "- Cơ quan phối hợp: Z", "- Thời gian thực hiện: Quý II/2026".
LABEL = re.compile(
    r"(?P<label>(?:co quan|don vi)\s+(?:chu tri|thuc hien|chiu trach nhiem|tham muu)|chu tri(?: thuc hien)?"
    r"|(?:co quan|don vi)\s+phoi hop|phoi hop(?: thuc hien)?"
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


def labelled_tasks(clause: Clause, units: list[tuple[str, bool]], issued_on: date | None) -> list[DraftTask] | None:
    """Tasks of an item whose agencies are given on a labelled line, or None if it has no such line."""
    work: list[str] = []
    fields: dict[str, list[str]] = {"lead": [], "cooperating": [], "time": []}
    for unit, _ in units:
        starts = [0] + [m.end() for m in LABEL_INSIDE.finditer(fold(unit))]
        for begin, end in zip(starts, starts[1:] + [len(unit)]):
            piece = unit[begin:end].strip(" -")
            m = LABEL_START.match(fold(piece))
            if m:
                fields[_label_kind(m.group("label"))].append(piece[m.end() :].strip())
            elif piece:
                work.append(piece)
    if not fields["lead"]:
        return None
    lead_text = " ".join(fields["lead"])
    subjects, _ = leading_subjects(lead_text)
    leads = [m for m in subjects if not m.catch_all]
    if not leads:
        return None
    text = " ".join(work)
    helpers = " ".join([lead_text] + [f"phối hợp với {c}" for c in fields["cooperating"]])
    times = [part for t in fields["time"] for part in segments(t)] or [text]
    timings = [best_timing(part, issued_on) for part in times]
    builder = TaskBuilder(clause.ref, issued_on)
    for lead in leads:
        if not any(timings):
            builder.add(lead, f"{text} {helpers}", None, 1, source_text=lead_text[lead.start : lead.end], unit=(1, False))
            continue
        for number, (part, timing) in enumerate(zip(times, timings), start=1):
            body = f"{text} {helpers}" if timing is None else f"{text} {helpers} {part}"
            builder.add(lead, body, timing, number, source_text=lead_text[lead.start : lead.end], unit=(number, False))
    return builder.tasks()
