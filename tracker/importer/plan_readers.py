"""General words for the bodies that carry a plan out, given work of their own in its organisation section:
"1. Các cơ quan, đơn vị, địa phương xây dựng kế hoạch triển khai … xong trong tháng 12/2025. Định kỳ báo cáo … hằng
năm", "4. Các đơn vị, địa phương tăng cường kiểm tra …, định kỳ hằng năm báo cáo … chậm nhất ngày 17 tháng 12",
"Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo …".
A plan has no Kính gửi list for the words to stand for: they name who does the work, a group kept as written
(ANNOTATION.md rule 3). Only carrying the plan out ("nghiêm túc tổ chức, triển khai thực hiện", "có trách nhiệm
hoàn thành nhiệm vụ được phân công") is the closing formula, no work of their own, unless a report with its date
or its cycle goes with it."""

from __future__ import annotations

import re
from dataclasses import replace

from .name_shapes import Mention
from .remits import after_remit
from .repeats import EAGERLY
from .text import fold
from .timing import best_timing
from .vocabulary import DIRECTIVE_VERB

# The duty's words before the verb ("… có trách nhiệm thực hiện nghiêm túc …"): the work begins after them.
DUTY = re.compile(r"\s*(?:co trach nhiem|co nhiem vu)\s+")
# A ground the bodies act on, closed by "để" ("… căn cứ Kế hoạch này và tình hình của đơn vị để phát động …").
GROUND = re.compile(r"\s*,?\s*can cu(?:\s+vao)?\s+[^.;:]{0,150}?\s+de\s+")
# Carrying out what is written and nothing else: "(nghiêm túc, khẩn trương) (phối hợp) (tổ chức,) triển khai (và)
# thực hiện …", "nghiên cứu triển khai thực hiện", "hoàn thành (tốt) (các) nhiệm vụ được giao / phân công".
IMPLEMENT_ONLY = re.compile(rf"\s*(?:(?:(?:{EAGERLY}|nghien cuu|phoi hop)\s*,?\s*)*"
                            r"(?:(?:(?:to chuc|trien khai)\s*(?:,|va)?\s*)*thuc hien|(?:to chuc\s*,?\s*)?trien khai\s+"
                            r"(?:(?:va\s+)?thuc hien\b|(?:ke hoach|chuong trinh|cac noi dung|cac nhiem vu)\b))\b"
                            r"|hoan thanh\s+(?:tot\s+)?(?:cac\s+)?nhiem vu\s+duoc\s+(?:giao|phan cong)\b)")
REPORT = re.compile(r"\bbao cao\b")
REPORT_BY_DATE = re.compile(r"\bbao cao\b[^.;]*\b(?:truoc|cham nhat)\s+ngay\s+\d")


def plan_work(after: str) -> bool:
    """Whether the words after the bodies give them work of their own: a verb of work (past a remit, a duty or a
    ground) that is more than carrying the plan out, or a report with its date or cycle."""
    folded = fold(after)
    if dated_report(after):
        return True
    start = after_remit(folded, 0)
    # After a ground closed by "để", what follows is the work itself, whatever its verb ("… để phát động …").
    ground = GROUND.match(folded, start)
    if ground:
        start = ground.end()
    elif not DIRECTIVE_VERB.match(folded, start):
        return False
    if duty := DUTY.match(folded, start):
        start = duty.end()
    return IMPLEMENT_ONLY.match(folded, start) is None


def dated_report(work: str) -> bool:
    """A report asked with the date it is due by or its cycle ("định kỳ hằng năm báo cáo … trước ngày 15/11")."""
    return bool(REPORT_BY_DATE.search(fold(work))) or cyclic_report(work)


def cyclic_report(work: str) -> bool:
    """A report asked on a cycle, its time before or after the verb ("định kỳ trước ngày 30/11 hằng năm báo cáo …")."""
    if not REPORT.search(fold(work)):
        return False
    timing = best_timing(work, None)
    return timing is not None and timing.recurrence is not None


# The enterprises listed right after the plan's general words ("Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ
# …"), as an emulation plan addresses its blocs: one group with them, as written, not a catch-all left out.
ENTERPRISES = re.compile(r"(?:cac\s+)?doanh nghiep")


def with_enterprises(leads: list[Mention], subjects: list[Mention]) -> list[Mention]:
    """The leads with a group of general words read on over the enterprises listed right after it; not a group
    named as such ("Các sở, ngành, doanh nghiệp"), whose enterprises stay a catch-all (ANNOTATION.md rule 8)."""
    from .catch_all_addressees import READERS  # which reads this module's work; imported when used

    result = []
    for lead in leads:
        listed = next((s for s in subjects if s.catch_all and 0 < s.start - lead.end <= 2
                       and ENTERPRISES.fullmatch(fold(s.name).strip())), None)
        if lead.group and not lead.catch_all and listed is not None and READERS.fullmatch(fold(lead.name).strip()):
            lead = replace(lead, end=listed.end, name=f"{lead.name}, doanh nghiệp")
        result.append(lead)
    return result
