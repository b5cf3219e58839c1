"""Tasks from clauses, following ANNOTATION.md: one per clause and lead, parts with their own
deadline or cycle as tasks of their own, groups kept whole, catch-alls never a task."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .clauses import Body, Clause
from .draft import DraftTask
from .names import Mention, cooperating_in, find_mentions, leading_subjects
from .text import UPPER, fold, shorten
from .timing import Timing, best_timing

NON_TASK_SECTIONS = ("muc dich", "yeu cau", "muc tieu", "quan diem", "thuc trang", "khai quat", "tinh hinh",
                     "ket qua", "can cu", "pham vi", "nguyen tac", "doi tuong ap dung", "chi tieu")
ORGANISATION_SECTIONS = ("to chuc thuc hien", "phan cong nhiem vu", "trach nhiem thuc hien", "phan cong thuc hien")
SENTENCE_BREAK = re.compile(rf"(?<=[.!?])\s+(?=[{UPPER}])")
REQUEST = re.compile(r"\b(?:yeu cau|de nghi|giao|chi dao)\s+")
TARGET = re.compile(r"\b(?:phan dau|dat va vuot|dat|bao dam|dam bao|tu)\b[^.;:()]*?\d+(?:[.,]\d+)?\s*%(?:\s*tro len)?[^,;.)]*")
# "…; hoàn thành trước ngày X": the date closes the work just described, not a new duty.
COMPLETION = re.compile(r"\s*(?:hoan thanh|xong|ket thuc|thoi han hoan thanh)\b")
GROUP_COOPERATORS = {"district", "commune"}


def _heading_kind(folded: str, words: tuple[str, ...]) -> bool:
    return folded.strip(" .:").startswith(words)


def intro_leads(intro: str) -> list[Mention]:
    """The addressees of the sentence that introduces the clauses ("... yêu cầu X, Y thực hiện:")."""
    folded = fold(intro)
    for m in REQUEST.finditer(folded):
        subjects, _ = leading_subjects(intro[m.end() :])
        if subjects:
            return [s for s in subjects if not s.catch_all]
    return []


def extract_tasks(body: Body, issued_on: date | None) -> list[DraftTask]:
    """Every task of the body, in document order."""
    defaults = intro_leads(body.intro)
    has_organisation = any(_heading_kind(fold(c.heading), ORGANISATION_SECTIONS) for c in body.clauses)
    tasks: list[DraftTask] = []
    for clause in body.clauses:
        chain = clause.ancestors + [clause]
        if any(_heading_kind(fold(c.heading), NON_TASK_SECTIONS) for c in chain):
            continue
        in_organisation = any(_heading_kind(fold(c.heading), ORGANISATION_SECTIONS) for c in chain)
        explicit_only = has_organisation and not in_organisation
        inherited = _inherited(clause, defaults)
        tasks.extend(_clause_tasks(clause, inherited, issued_on, explicit_only))
    return tasks


def _agency_heading(clause: Clause) -> tuple[list[Mention], str] | None:
    """The agencies a heading consists of ("5. Sở Giáo dục và Đào tạo:") and any text after ':'."""
    subjects, end = leading_subjects(clause.heading)
    remainder = clause.heading[end:].strip()
    if subjects and (not remainder or remainder[0] in ":."):
        return subjects, remainder[1:].strip()
    return None


def _inherited(clause: Clause, defaults: list[Mention]) -> list[Mention]:
    for ancestor in reversed(clause.ancestors):
        heading = _agency_heading(ancestor)
        if heading:
            return [m for m in heading[0] if not m.catch_all]
    return defaults if not clause.ancestors else []


def _segments(unit: str) -> list[str]:
    """Sentences, and within them parts after ';' that open with their own time or subject."""
    segments: list[str] = []
    for sentence in SENTENCE_BREAK.split(unit):
        pieces = [p for p in _split_outside_brackets(sentence) if p.strip()]
        for index, piece in enumerate(pieces):
            if index == 0 or (_opens_with_time(piece) and not COMPLETION.match(fold(piece))) or _own_subjects(piece)[0]:
                segments.append(piece)
            else:
                segments[-1] = f"{segments[-1]} {piece}"
    return segments


def _split_outside_brackets(sentence: str) -> list[str]:
    """Split after each ';' that is not inside parentheses."""
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(sentence):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:
            pieces.append(sentence[start : index + 1].strip())
            start = index + 1
    pieces.append(sentence[start:].strip())
    return pieces


def _opens_with_time(text: str) -> Timing | None:
    timing = best_timing(text)
    if timing and timing.start <= 3:
        return timing
    return None


def _own_subjects(segment: str) -> tuple[list[Mention], int]:
    """The subjects a segment opens with, after a leading time or adverbial phrase ("Chậm nhất ngày X,")."""
    subjects, end = leading_subjects(segment)
    if subjects:
        return subjects, end
    comma = segment.find(",")
    if 0 < comma < 60 and not find_mentions(segment[:comma]):
        offset = comma + 1
        subjects, end = leading_subjects(segment[offset:])
        shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects]
        return shifted, end + offset if subjects else 0
    return [], 0


def _explicit_leads(segment: str) -> list[Mention]:
    """Agencies named as "X chủ trì" or after "chủ trì:" anywhere in the segment."""
    folded = fold(segment)
    leads = []
    for mention in find_mentions(segment):
        after, before = folded[mention.end : mention.end + 12], folded[max(0, mention.start - 20) : mention.start]
        if re.match(r"\s*,?\s*chu tri\b", after) or re.search(r"chu tri\s*:\s*$", before):
            leads.append(mention)
    return [m for m in leads if not m.catch_all]


def _clause_tasks(clause: Clause, inherited: list[Mention], issued_on: date | None, explicit_only: bool) -> list[DraftTask]:
    heading = _agency_heading(clause)
    units: list[tuple[str, bool]] = []
    if heading:
        clause_leads, rest = [m for m in heading[0] if not m.catch_all], heading[1]
        if not clause_leads:
            return []
        if rest:
            units.append((rest, False))
    else:
        subjects, _ = leading_subjects(clause.heading)
        clause_leads = [m for m in subjects if not m.catch_all] if subjects else inherited
        if subjects and not clause_leads:
            return []
        title = clause.heading.rstrip().endswith(":") or (clause.children and not clause.units)
        if not title and clause.heading:
            units.append((clause.heading, False))
    units.extend(zip(clause.units, clause.bulleted))
    source = heading[0][0] if heading else None
    builder = _TaskBuilder(clause.ref, issued_on)
    for number, (unit, bulleted) in enumerate(units, start=1):
        for sentence_number, segment in enumerate(_segments(unit), start=1):
            subjects, _ = _own_subjects(segment)
            if explicit_only:
                leads = _explicit_leads(segment)
            elif subjects:
                leads = [m for m in subjects if not m.catch_all]
            else:
                leads = clause_leads
            if not leads:
                continue
            timing = best_timing(segment, issued_on)
            part = number if bulleted or len(units) > 1 else sentence_number
            for lead in leads:
                builder.add(lead, segment, timing, part, source_text=_source(segment, lead, subjects, source, clause),
                            unit=(number, bulleted))
    return builder.tasks()


def _source(segment: str, lead: Mention, subjects: list[Mention], heading: Mention | None, clause: Clause) -> str:
    if lead in subjects:
        return segment[lead.start : lead.end]
    if heading is not None:
        return clause.heading[lead.start : lead.end] if lead.end <= len(clause.heading) else lead.name
    return lead.name


class _TaskBuilder:
    """Collects the segments of one clause into tasks per lead: one ongoing, one per timed part."""

    def __init__(self, ref: str, issued_on: date | None):
        self.ref, self.issued_on = ref, issued_on
        self.ongoing: dict[str, DraftTask] = {}
        self.last_unit: dict[str, int] = {}
        self.order: list[DraftTask] = []

    def add(self, lead: Mention, segment: str, timing: Timing | None, part: int, source_text: str,
            unit: tuple[int, bool]) -> None:
        text = segment.strip()
        if timing is None:
            task = self.ongoing.get(lead.name)
            if task is None:
                task = self._new(lead, self.ref, source_text)
                self.ongoing[lead.name] = task
            # Sentences of one bullet stay on one line; each bullet starts its own, as written.
            same_unit = self.last_unit.get(lead.name) == unit[0]
            joiner = " " if same_unit else "\n" + ("- " if unit[1] else "")
            task.text = f"{task.text}{joiner}{text}".strip() if task.text else ("- " if unit[1] else "") + text
            self.last_unit[lead.name] = unit[0]
            return
        task = self._new(lead, f"{self.ref} ý {part}", source_text)
        text = ("- " if unit[1] else "") + text
        task.text, task.due_on, task.recurrence, task.due_text = text, timing.due_on, timing.recurrence, timing.text

    def _new(self, lead: Mention, ref: str, source_text: str) -> DraftTask:
        task = DraftTask(clause=ref, lead_agency=lead.name, lead_kind=lead.kind, group=lead.group,
                         informational=lead.central, lead_source=source_text)
        self.order.append(task)
        return task

    def tasks(self) -> list[DraftTask]:
        result = [t for t in self.order if t.text]
        seen: set[str] = set()
        for task in result:
            if task.due_on is None and task.recurrence is None:
                seen.add(task.lead_agency)
        for task in result:
            if " ý " in task.clause and task.lead_agency not in seen:
                task.clause = self.ref  # the lead's only task from this clause keeps the clause's number
                seen.add(task.lead_agency)
            _finish(task)
        return result


def _finish(task: DraftTask) -> None:
    mentions = find_mentions(task.text)
    cooperating: list[str] = []
    for mention in cooperating_in(task.text, mentions):
        if mention.catch_all or (mention.group and mention.kind not in GROUP_COOPERATORS):
            continue
        name = _same_level(mention.name, task.lead_kind)
        if name != task.lead_agency and name not in cooperating:
            cooperating.append(name)
    task.cooperating_agencies = cooperating
    folded = fold(task.text)
    targets = [task.text[m.start() : m.end()].strip() for m in TARGET.finditer(folded)]
    task.target = "; ".join(dict.fromkeys(targets)) or None
    task.summary = _summary(task.text)


def _same_level(name: str, lead_kind: str) -> str:
    """"X cùng cấp" (the body at the lead's own level): X tỉnh, X huyện or X xã."""
    if not name.endswith(" cùng cấp"):
        return name
    level = {"district": "huyện", "commune": "xã"}.get(lead_kind, "tỉnh")
    return name.removesuffix("cùng cấp") + level


def _summary(text: str) -> str:
    first = text.split("\n")[0]
    subjects, end = _own_subjects(first)
    if subjects:
        first = first[end:]
    first = re.sub(r"^[\s,:;\-]+", "", first)
    first = SENTENCE_BREAK.split(first)[0]
    summary = shorten(first, 120)
    return summary[:1].upper() + summary[1:]
