"""The kinds of a document's sections by their titles: those that assign nothing (aims, requirements,
grounds, the situation), "Những yêu cầu chung" (general rules every body follows, which do assign),
and the organisation section ("Tổ chức thực hiện", "Phân công nhiệm vụ") whose items name the doers."""

from __future__ import annotations

import re

from .clauses import Clause
from .reports_heard import reports_heard
from .text import fold

# Sections that assign nothing, and a closing exhortation ("Đây là nhiệm vụ rất quan trọng …, đề nghị các đồng chí …").
# An emulation plan's criteria ("Tiêu chí thi đua", then "a) Đối với các sở, ngành: - Hoàn thành vượt mức …")
# say what a body is judged on, not work given to it: its "Đối với X" headings name who is scored.
NON_TASK_SECTIONS = ("muc dich", "yeu cau", "muc tieu", "quan diem", "thuc trang", "khai quat", "tinh hinh",
                     "ket qua", "can cu", "pham vi", "nguyen tac", "doi tuong ap dung", "chi tieu", "day la ",
                     "tieu chi thi dua", "tieu chi cham diem")
ORGANISATION_SECTIONS = ("to chuc thuc hien", "phan cong nhiem vu", "trach nhiem thuc hien", "phan cong thuc hien",
                         "trach nhiem to chuc thuc hien")
GENERAL_RULES = re.compile(r"(?:nhung\s+)?yeu cau chung\b")


def heading_kind(folded: str, words: tuple[str, ...]) -> bool:
    """Whether a (folded) section title begins with one of `words`."""
    # "Những kết quả nổi bật", "Các kết quả đạt được": a section of results, however it opens.
    folded = re.sub(r"^(?:nhung|cac)\s+(?=ket qua\b)", "", folded.strip(" .:"))
    request = re.match(r"yeu cau (?:cac|uy ban|ubnd|so|ban|phong|cong an|chu tich|giam doc|thu truong)\b", folded)
    if (folded.startswith("can cu") or request) and len(folded.split()) > 8:
        # A sentence opening an item (a basis "Căn cứ vào …", a request "Yêu cầu UBND các huyện …"), no section's title.
        words = tuple(w for w in words if not folded.startswith(w) or w not in ("can cu", "yeu cau"))
    if folded.startswith("ket qua") and STATEMENT.search(folded) and len(folded.split()) > 8:
        # "Kết quả thực hiện Quy chế này là một tiêu chí để đánh giá …": a khoản stating what the results count
        # for, no section of results; the sentences after it may still give work.
        words = tuple(w for w in words if w != "ket qua")
    return folded.startswith(words)


# A copula after the subject: the heading is a sentence saying what a thing is, not a title.
STATEMENT = re.compile(r"^ket qua\b[^,;:]{0,80}?\s(?:la|duoc (?:xem|coi) la)\s")


def organisation_heading(clause: Clause) -> bool:
    """A section title such as "Tổ chức thực hiện" or "Phân công nhiệm vụ" — a short heading, not
    a sentence that begins with those words ("Phân công nhiệm vụ và trách nhiệm cụ thể cho …")."""
    heading = fold(clause.heading).strip(" .:")
    return heading_kind(heading, ORGANISATION_SECTIONS) and (len(heading.split()) <= 8 or bool(clause.children))


# A point of the work on one matter's requirements ("4. Phương thức thực hiện" / "4.1. Yêu cầu về kỹ thuật và chất
# lượng:" / "a) Sở X nghiên cứu, thiết kế …"): no plan's "Yêu cầu" section, which stands as a section of its own.
TOPIC_REQUIREMENTS = re.compile(r"yeu cau ve\s")


def assigns_nothing(chain: list[Clause]) -> bool:
    """Whether a clause sits in a section that assigns nothing (aims, requirements, grounds …)."""
    return any(heading_kind(fold(c.heading), NON_TASK_SECTIONS)
               and not (c.parent is not None and TOPIC_REQUIREMENTS.match(fold(c.heading).strip())) for c in chain) \
        or any(reports_heard(c.heading) for c in chain)  # "… các Bộ đã có báo cáo như sau:": the items are past
