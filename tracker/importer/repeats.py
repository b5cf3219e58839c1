"""A closing line that only tells a body already given work to implement it ("Chủ tịch UBND tỉnh yêu cầu
Giám đốc Sở X triển khai thực hiện.") repeats the instruction: it is no task of its own."""

from __future__ import annotations

import re

from .draft import DraftTask
from .remits import after_remit
from .segment_subjects import own_subjects
from .text import fold
from .vocabulary import REQUEST_WORDS

# How a body is told to act at once and in earnest: "khẩn trương", "nghiêm túc", "chủ động", "tích cực", "quan tâm",
# "kịp thời" (closing_requests reads the same words before the verb of a closing formula).
EAGERLY = r"(?:khan truong|nghiem tuc|chu dong|tich cuc|quan tam|kip thoi)"
# The one reading of "only implement": work that is nothing but carrying out what is written, "(khẩn trương)
# (triển khai) thực hiện (theo/đúng … này / nêu trên / trên)." A line whose whole work is this repeats the
# instruction (a task of its own here, a closing sentence in roles.assigning).
ONLY_IMPLEMENT = (rf"(?:{EAGERLY}\s*,?\s*)*(?:(?:trien khai|to chuc)\s+)?thuc hien"
                  r"(?:\s+(?:theo|dung)(?:\s+\S+){0,4}?\s+(?:nay|neu tren|tren))?\s*[./]*")
# A task whose whole work is to implement: "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở X triển khai thực hiện."
BARE_IMPLEMENT = re.compile(ONLY_IMPLEMENT)

# "Giao X tập trung chỉ đạo triển khai thực hiện các nội dung nêu trên (và chịu trách nhiệm về …)": a closing
# point that hands the lead the letter's own points again, its only bullet under a heading of the organisation
# of the work. Who is given work above, the point repeats; one given nothing else keeps it as a task.
DIRECT_ABOVE = re.compile(rf"^(?:{REQUEST_WORDS}\s+)?[^.;:]{{0,80}}?\b(?:tap trung\s+)?chi dao\s+(?:trien khai|to chuc)\s+thuc hien\s+"
                          r"(?:cac|nhung)\s+(?:noi dung|nhiem vu|giai phap)\b[^.;]{0,150}?\b(?:neu tren|noi tren|tren day)\b"
                          r"(?:\s+va\s+chiu trach nhiem\b[^.;]*)?\s*[./]*$")


# "X, Y và Z căn cứ chức năng, nhiệm vụ được giao khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên, chịu trách
# nhiệm toàn diện trước Thủ tướng … về việc chậm trễ …": a closing clause that tells the bodies given work above to carry
# it out and answer for delays. It names no work of its own (the answering is rule 8's), whatever its grounds.
IMPLEMENT_ABOVE = re.compile(rf"(?:{EAGERLY}\s*,?\s*)*(?:trien khai|to chuc)(?:\s+thuc hien)?(?:\s+(?:co\s+)?hieu qua|\s+nghiem tuc"
                             r"|\s+quyet liet|\s+dong bo)*\s+(?:cac|nhung)\s+(?:nhiem vu|noi dung|giai phap)(?:\s*,\s*(?:nhiem vu|noi dung"
                             r"|giai phap))*\s+(?:neu|noi|ke)?\s*tren(?:\s+day)?(?:\s*,?\s*(?:va\s+)?(?:phai\s+)?chiu trach nhiem\b[^.;]*)?\s*[./;]*")


def work_after_bodies(task: DraftTask) -> str:
    """The task's work, folded, after the bodies it opens with and their remit ("căn cứ chức năng, nhiệm vụ")."""
    subjects, end = own_subjects(task.text)
    rest = fold(task.text[end:] if subjects else task.text).strip(" ,:-")
    return rest[after_remit(rest, 0) :].strip()


def _implements_above(task: DraftTask) -> bool:
    """Whether the task's whole work, after the bodies it opens with, is to carry out the work above."""
    rest = work_after_bodies(task)
    return bool(rest) and IMPLEMENT_ABOVE.fullmatch(rest) is not None


def _repeats(task: DraftTask) -> bool:
    if BARE_IMPLEMENT.fullmatch(fold(task.summary).strip()) or _implements_above(task):
        return True
    bullets = [line.removeprefix("- ") for line in task.text.split("\n") if line.startswith("- ")]
    return len(bullets) == 1 and bool(DIRECT_ABOVE.match(fold(bullets[0]).strip()))


# The word a closing courtesy opens its work with: "(kính) đề nghị … quan tâm nghiên cứu, tham gia ý kiến" (not
# the urging "khẩn trương", which may well bring new work).
COURTESY = re.compile(r"^quan tam\b\s*,?\s*")


def _echoes(task: DraftTask, above: list[DraftTask]) -> bool:
    """A letter's closing courtesy asking its addressees again, politely, for what a clause above asked of them ("Sở
    X kính đề nghị các Sở, ngành … quan tâm nghiên cứu, tham gia ý kiến"): the same lead, nearly all the words of
    its work in that clause's, no date of its own."""
    courtesy = COURTESY.match(fold(task.summary))
    words = re.findall(r"\w+", fold(task.summary)[courtesy.end() :]) if courtesy and task.due_on is None else []
    if len(words) < 3:
        return False
    earlier = [set(re.findall(r"\w+", fold(other.summary))) for other in above
               if other.lead_agency == task.lead_agency and other.clause != task.clause]
    return any(sum(w in asked for w in words) >= 0.8 * len(words) for asked in earlier)


def _key(lead: str) -> str:
    """A lead's name as a group may be written again: "Các cơ quan X" for "Cơ quan X", "cơ quan thuộc Chính phủ" for
    "cơ quan trực thuộc Chính phủ"."""
    return re.sub(r"\b(?:cac|truc)\s+", "", fold(lead)).strip()


def without_repeats(tasks: list[DraftTask]) -> list[DraftTask]:
    """Without a closing line that only tells a body already given work to implement it, or asks again for the
    work it was given above: it repeats the instruction, it is no task of its own."""
    tasks = [t for i, t in enumerate(tasks) if not _echoes(t, tasks[:i])]
    working = {_key(t.lead_agency) for t in tasks if not _repeats(t)}
    kept = [t for t in tasks if _key(t.lead_agency) not in working or not _repeats(t)]
    for task in kept:
        clause = task.clause_number
        if task.clause != clause and not any(o is not task and o.lead_agency == task.lead_agency
                                             and o.clause_number == clause for o in kept):
            task.clause = clause  # the lead's only task from this clause keeps the clause's number
    return kept
