"""Putting a clause's parts together into draft tasks: one ongoing task per lead, one per timed part."""

from __future__ import annotations

import re
from datetime import date

from .completion_times import completion_only
from .cooperating_groups import group_cooperates, localities_concerned, with_localities
from .organisation_kinds import kinds_helping
from .draft import DraftTask
from .names import Mention, find_mentions
from .segment_subjects import own_subjects
from .segments import SENTENCE_BREAK
from .subjects import cooperating_in
from .text import fold, shorten
from .timing import Timing

TARGET = re.compile(r"\b(?:phan dau|dat va vuot|dat|bao dam|dam bao|tu)\b[^.;:()]*?\d+(?:[.,]\d+)?\s*%(?:\s*tro len)?[^,;.)]*")


class TaskBuilder:
    """Collects the segments of one clause into tasks per lead: one ongoing, one per timed part."""

    def __init__(self, ref: str, issued_on: date | None):
        self.ref, self.issued_on = ref, issued_on
        self.ongoing: dict[str, DraftTask] = {}
        self.order: list[DraftTask] = []
        self.items: dict[str, set[str | None]] = {}  # the lettered items an ongoing task was made of
        self.pieces: dict[str, list[tuple[int, bool, str, str | None]]] = {}  # untimed parts per lead
        # an item's timed task per lead, unit and item (items numbered in brackets may run on in one unit)
        self.timed_units: dict[tuple[str, int, str | None], DraftTask] = {}
        self.timed_paragraphs: dict[tuple[str, int], DraftTask] = {}  # a lead's dated work per plain paragraph
        self.named_items: set[str] = set()  # items in brackets that name their own doers ("(3) các bộ … tập trung")
        self.titled: set[str] = set()  # the leads the clause's heading names ("1. Bộ trưởng các Bộ: X, Y:")

    def add(self, lead: Mention, segment: str, timing: Timing | None, part: int, source_text: str,
            unit: tuple[int, bool], ref: str | None = None, named_item: bool = False) -> None:
        """Give a part of the clause to a lead: to its ongoing task, or as a task of its own if timed
        (numbered by its own item, "1.a", where it has one, else "1 ý N"); `named_item`: the part is an item
        in brackets that names its own doers ("(3) các bộ, ngành tập trung …")."""
        text = segment.strip()
        if named_item and ref:
            self.named_items.add(ref)
        if timing is None:
            if unit[1] and (timed := self.timed_units.get((lead.name, unit[0], ref))) is not None:
                timed.text = f"{timed.text} {text}"  # a timed bullet's later sentence: the same bullet's work
                return
            if not unit[1] and not ref and (timed := self.timed_paragraphs.get((lead.name, unit[0]))) is not None:
                # "Các sở, ngành xây dựng kế hoạch (xong trước ngày 30/6/2026). Thực hiện báo cáo theo quy định.":
                # a plain paragraph's later untimed sentence goes on with the lead's dated work (rule 1).
                timed.text = f"{timed.text} {text}"
                return
            if lead.name not in self.ongoing:
                self.ongoing[lead.name] = self._new(lead, self.ref, source_text)
            self.pieces.setdefault(lead.name, []).append((unit[0], unit[1], text, ref))
            return
        if self._restates(lead, text, unit, ref):
            # "1. UBND tỉnh X, Y rà soát … các nội dung sau: (1) … (2) …" then "UBND tỉnh X, Y gửi Báo cáo
            # … trước ngày …": a closing paragraph that names the leads again finishes the same work.
            task = self.ongoing[lead.name]
            task.due_on, task.recurrence, task.due_text = timing.due_on, timing.recurrence, timing.text
            self.pieces[lead.name].append((unit[0], unit[1], text, ref))
            return
        same = self.timed_units.get((lead.name, unit[0], ref))
        if ref and same is not None and _frequency(same) == _frequency(timing):
            # "Hàng tháng … có trách nhiệm: … chậm nhất là ngày 18 hàng tháng": one cycle, told twice.
            same.text = f"{same.text} {text}"
            if timing.rank < same_rank(same):
                same.due_on, same.recurrence, same.due_text = timing.due_on, timing.recurrence, timing.text
            return
        dated = self.timed_paragraphs.get((lead.name, unit[0])) if not ref and not unit[1] else None
        if dated is not None and timing.due_on and (dated.due_on, dated.recurrence) == (timing.due_on, timing.recurrence):
            # "… báo cáo … trước 14h00' ngày 6/9; thực hiện di dân … trước 20h00' ngày 06/9": one paragraph's work due
            # the same day, one task (the hours of one day are no deadline of their own).
            dated.text = f"{dated.text} {text}"
            return
        if self._completes(lead, text, timing, unit, ref, dated):
            return
        label = ref or f"{self.ref} ý {part}"
        earlier = sum(1 for t in self.order if t.lead_agency == lead.name and t.clause_number == ref)
        if ref and earlier:
            label = f"{ref} ý {earlier + 1}"  # an item's second timed part: "8.2.h ý 2"
        task = self._new(lead, label, source_text)
        text = ("- " if unit[1] else "") + text
        task.text, task.due_on, task.recurrence, task.due_text = text, timing.due_on, timing.recurrence, timing.text
        if not ref and not unit[1]:
            self.timed_paragraphs.setdefault((lead.name, unit[0]), task)
        if ref or unit[1]:  # a bullet with its own time is one task, all its sentences (rule 1)
            self.timed_units.setdefault((lead.name, unit[0], ref), task)

    def _completes(self, lead: Mention, text: str, timing: Timing, unit: tuple[int, bool], ref: str | None,
                   dated: DraftTask | None) -> bool:
        """A plain paragraph's part that only says by when ("…; hoàn thành trước ngày X."): the lead's work in the
        paragraph so far takes that time (completion_times)."""
        if ref or unit[1] or timing.due_on is None or not completion_only(text, timing.text):
            return False
        pieces = self.pieces.get(lead.name) or []
        task = dated or (self.ongoing[lead.name] if pieces and pieces[-1][:2] == unit and not pieces[-1][3] else None)
        if task is None:
            return False
        task.due_on, task.recurrence, task.due_text = timing.due_on, None, timing.text
        if task is dated:
            task.text = f"{task.text} {text}"
        else:
            pieces.append((unit[0], unit[1], text, ref))
        return True

    def _restates(self, lead: Mention, text: str, unit: tuple[int, bool], ref: str | None) -> bool:
        """A later plain paragraph (no bullet, no item of its own) that opens with the lead's name, when
        the lead's work so far has no time."""
        task = self.ongoing.get(lead.name)
        if ref or unit[1] or unit[0] == 1 or task is None or task.due_on or task.recurrence:
            return False
        subjects, _ = own_subjects(text)
        return any(m.name == lead.name for m in subjects)

    def _gather(self) -> None:
        """Untimed parts into their tasks: a part of an item's piece that also gives a time goes with
        that time ("Phối hợp với X mua thẻ … . … lập danh sách báo giảm hàng tháng"); the rest make the
        lead's ongoing task, each piece on its own line, as written."""
        for lead, pieces in self.pieces.items():
            task = self.ongoing[lead]
            last = None
            for number, bulleted, text, ref in pieces:
                timed = self.timed_units.get((lead, number, ref)) if ref else None
                if timed is not None:
                    timed.text = f"{text} {timed.text.removeprefix('- ')}"
                    continue
                joiner = " " if last == number else "\n" + ("- " if bulleted else "")
                task.text = f"{task.text}{joiner}{text}".strip() if task.text else ("- " if bulleted else "") + text
                last = number
                self.items.setdefault(lead, set()).add(ref)

    def _new(self, lead: Mention, ref: str, source_text: str) -> DraftTask:
        task = DraftTask(clause=ref, lead_agency=lead.name, lead_kind=lead.kind, group=lead.group,
                         informational=lead.central, lead_source=source_text)
        self.order.append(task)
        return task

    def tasks(self) -> list[DraftTask]:
        """The finished tasks, in the order they were met."""
        self._gather()
        result = [t for t in self.order if t.text]
        seen: set[str] = set()
        for task in result:
            if task.due_on is None and task.recurrence is None:
                seen.add(task.lead_agency)
        for lead, items in self.items.items():
            # Under a heading that names the lead ("1. Bộ trưởng Bộ X:"), the first point opens the clause's work and
            # reads on from the heading: left alone untimed (the later points timed apart or given to others) it is the clause's
            # task "1" (rule 1); a later point left alone ("4.b" after a dated "4.a"), or a clause's only point,
            # keeps its path.
            item = next(iter(items)) or ""
            more = any(t.clause != item and t.clause.startswith(f"{self.ref}.") for t in result)  # other points' tasks
            opening = lead in self.titled and more and item.endswith(".a")
            if len(items) == 1 and None not in items and (LETTERED.search(item) or item in self.named_items) and not opening:
                # Ongoing work from one lettered item only keeps that item's number ("4.b"), as does one item in
                # brackets that names its doers ("…; (3) các bộ, ngành tập trung: …" is "III.4.3"): theirs, not the
                # clause's. One that names none ("a) Bộ X: (1) …; (2) hướng dẫn …") is the heading's body's work,
                # under the heading's label; an article's khoản ("5.1") fall under the article's number.
                self.ongoing[lead].clause = next(iter(items))
        for task in result:
            # The lead's only task from this clause keeps the clause's number; an item's second timed part
            # ("1.b ý 2") stays apart from the item's first.
            if " ý " in task.clause and task.clause_number == self.ref and task.lead_agency not in seen:
                task.clause = self.ref
                seen.add(task.lead_agency)
            _finish(task)
        self._lead_in_helpers(result)
        return result

    def _lead_in_helpers(self, tasks: list[DraftTask]) -> None:
        """"X chủ động phối hợp với Y …, tập trung vào các nội dung sau:" over bullets: a bullet timed apart ("- Định
        kỳ hàng năm báo cáo …") is still done with the helpers the lead-in named for all of them; so is a lettered item
        timed apart under a heading's charge ("3. Bộ X chủ trì, phối hợp với Y:"), though its untimed first sentence,
        put before its timed one, left its text without the bullet's dash."""
        items = {id(task) for task in self.timed_units.values()}
        for lead, pieces in self.pieces.items():
            number, bulleted, text, _ = pieces[0]
            if bulleted or not text.rstrip().endswith(":"):
                continue
            named = _helpers(text, lead, self.ongoing[lead].lead_kind)
            for task in tasks:
                if task.lead_agency == lead and task is not self.ongoing[lead] and (task.text.startswith("- ") or id(task) in items):
                    task.cooperating_agencies += [a for a in named if a not in task.cooperating_agencies]


LETTERED = re.compile(r"\.[a-zđ]$")


def _frequency(timing: Timing | DraftTask) -> str | None:
    """What kind of time: a date, or a cycle's frequency and interval whatever its day."""
    if timing.recurrence is None:
        return None if timing.due_on is None else f"date {timing.due_on}"
    return ";".join(p for p in timing.recurrence.split(";") if p.startswith(("FREQ", "INTERVAL")))


def same_rank(task: DraftTask) -> int:
    """How specific a task's time is, as a Timing's rank: a cycle with its day is the most."""
    return 0 if task.recurrence and "BYMONTHDAY" in task.recurrence else 5


def _finish(task: DraftTask) -> None:
    task.cooperating_agencies = _helpers(task.text, task.lead_agency, task.lead_kind)
    folded = fold(task.text)
    targets = [task.text[m.start() : m.end()].strip() for m in TARGET.finditer(folded)]
    task.target = "; ".join(dict.fromkeys(targets)) or None
    task.summary = _summary(task.text)


def _helpers(text: str, lead: str, lead_kind: str) -> list[str]:
    """The cooperating agencies a lead's text names, each once, at the lead's level where it says "cùng cấp"."""
    text = _lead_directed(text, find_mentions(text), lead)
    named = find_mentions(text)
    found = cooperating_in(text, named)
    # A kind that opens a unit's longer own name ("phối hợp Viện Nghiên cứu phát triển …") is that unit, named.
    kinds = [k for k in kinds_helping(text, named) if not any(m.start == k.start and m.end > k.end for m in found)]
    helpers = [m for m in found if not any(k.start <= m.start < k.end for k in kinds)]
    folded = fold(text)
    cooperating: list[str] = []
    for mention in sorted([*helpers, *kinds], key=lambda m: m.start):
        mention = localities_concerned(mention, lead_kind, folded) or mention
        if mention.catch_all or (mention.group and not group_cooperates(mention, folded)):
            continue
        for helper in with_localities(mention, folded):
            name = _same_level(helper.name, lead_kind, lead)
            if name != lead and name not in cooperating:
                cooperating.append(name)
    return cooperating


def _lead_directed(text: str, mentions: list[Mention], lead: str) -> str:
    """The text without "chỉ đạo" before the lead's own name: in "Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy
    Quân sự tỉnh phối hợp với Sở Tài chính …" the lead is the one directed, and those it works with
    cooperate (elsewhere, bodies a lead directs to help are its subordinates, not cooperating)."""
    folded = fold(text)
    for mention in mentions:
        directing = re.search(r"\bchi dao\s*,?\s+$", folded[: mention.start])  # "… chỉ đạo, UBND huyện X phối hợp …"
        if mention.name == lead and directing:
            text = text[: directing.start()] + " " * (mention.start - directing.start()) + text[mention.start :]
    return text


def _same_level(name: str, lead_kind: str, lead: str = "") -> str:
    """"X cùng cấp" (the body at the lead's own level): X tỉnh, X huyện or X xã, the level written as the lead
    writes its own: beside "UBND cấp xã" (every commune by its tier) it is "X cấp xã"."""
    if not name.endswith(" cùng cấp"):
        return name
    level = {"district": "huyện", "commune": "xã"}.get(lead_kind, "tỉnh")
    return name.removesuffix("cùng cấp") + (f"cấp {level}" if re.search(rf"\bcấp {level}$", lead) else level)


# Words opening a clause on whom the work is done with: "Chủ trì, phối hợp với …", "Cùng các cơ quan, ban ngành …".
# Matched as written: folded, "cùng" would be "Củng cố …" and "Cung cấp …" too.
JOINT = re.compile(r"(?:chủ trì|(?:chủ động\s+)?phối hợp|cùng)\b", re.IGNORECASE)


def _summary(text: str) -> str:
    first = text.split("\n")[0]
    subjects, end = own_subjects(first)
    if subjects:
        first = first[end:]
    first = re.sub(r"^[\s,:;\-]+", "", first)
    first = SENTENCE_BREAK.split(first)[0]
    # "Chủ trì, phối hợp với X, Y rà soát ..." → "Rà soát ...": who helps is in its own field.
    if JOINT.match(first):
        helpers = [m for m in cooperating_in(first) if m.start < 120]
        catch_all = re.match(r"[\w\s,]*?(?:phối hợp|cùng)(?:\s+chặt chẽ)?(?:\s+với)?\s+", first, re.IGNORECASE)
        end = max([m.end for m in helpers], default=catch_all.end() if catch_all else 0)
        rest = re.sub(r"^[\s,]*(?:cac\s+\S+(?:\s+(?:co )?lien quan)?\s*,?\s*)?(?:để\s+)?", "", first[end:]) if end else ""
        if len(rest) > 15:
            first = rest
    summary = shorten(first, 120)
    return summary[:1].upper() + summary[1:]
