"""A notice's last paragraph that asks named bodies for work of their own: "Đề nghị Đài Truyền thanh xã,
Trưởng các ấp thông báo rộng rãi … để Nhân dân biết./." The closing mark "./." ends the body, yet the
paragraph is a clause of it; a closing that only tells everyone to implement the text is none."""

from __future__ import annotations

import re

from .clauses import Body, Clause
from .continued import ADDS
from .repeats import EAGERLY
from .subjects import leading_subjects
from .text import fold
from .vocabulary import REQUEST_WORDS

# The request, after its speaker ("UBND xã đề nghị …") or a short phrase ("Vậy, đề nghị …").
# A connector may open it, the request adding to the plan's contents above ("Ngoài ra, UBND tỉnh yêu cầu …").
REQUEST = re.compile(rf"(?:{ADDS.pattern})?(?:\S+\s+){{0,6}}?{REQUEST_WORDS}\s+")
# Work that is only the text's implementation ("nghiêm túc triển khai thực hiện", "thực hiện tốt nội dung
# Thông báo này", "tổ chức quán triệt …", "chỉ đạo các cơ quan … thực hiện"): the closing formula.
# Implementing the text with a report due by a date ("… triển khai thực hiện, báo cáo về UBND tỉnh trước ngày
# 15/8/2021") is work of its own, no formula.
REPORT_BY_DATE = re.compile(r"\bbao cao\b[^.;]*\btruoc ngay\s+\d")
# Wider than repeats.ONLY_IMPLEMENT, which reads a whole work: here only the work's first verb is read.
IMPLEMENTING = re.compile(rf"(?:{EAGERLY}\s*,?\s*)*"
                          r"(?:trien khai|thuc hien|to chuc|chi dao|phoi hop|can cu|theo doi|biet|nam)\b")


def with_closing_request(body: Body) -> Body:
    """The body with its closing request as one more numbered clause, when it asks bodies by name."""
    top = [c for c in body.clauses if c.parent is None]
    if not body.closing or not top or not all(c.ref.isdigit() for c in top):
        return body
    request = REQUEST.match(fold(body.closing))
    if request is None:
        return body
    subjects, end = leading_subjects(body.closing[request.end() :])
    written = body.closing[request.end() + end :].lstrip(" ,:")
    work = fold(written)
    # The work opens with its verb in lower case; a capital is more of a name the list goes on with.
    formula = IMPLEMENTING.match(work) and not REPORT_BY_DATE.search(work)
    if not subjects or any(m.catch_all for m in subjects) or not written[:1].islower() or formula \
            or len(work.split()) < 4:
        return body
    clause = Clause(ref=str(max(int(c.ref) for c in top) + 1), heading=re.sub(r"\s*\./\.?\s*$", ".", body.closing))
    return Body([*body.clauses, clause], body.intro, "", body.page)
