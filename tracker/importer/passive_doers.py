"""Work named first and its doer after "sẽ do": "Các kỳ thi cấp tỉnh sẽ do Sở Giáo dục và Đào tạo xây
dựng kế hoạch và tổ chức", "Việc kiểm tra sẽ do UBND các xã thực hiện". Pages and plans often turn the
sentence round so that the work is its subject; the body after "do" is who acts. Only the future "sẽ
do" assigns: a bare "do X ban hành" names who made a document ("Quyết định … do UBND tỉnh ban hành"),
and "do" alone is often "because" ("do ảnh hưởng của bão")."""

from __future__ import annotations

import re

from .subjects import leading_subjects
from .text import fold
from .vocabulary import DIRECTIVE_VERB

WILL_BE_DONE_BY = re.compile(r"\bse (?:duoc )?(?:giao )?(?:cho )?do\s+")


def passive_doer(segment: str) -> int | None:
    """Where the doer named after "sẽ do" begins, if the sentence sets its work first; the caller reads
    the bodies there and checks that work follows them."""
    folded = fold(segment)
    for m in WILL_BE_DONE_BY.finditer(folded):
        subjects, end = leading_subjects(segment[m.end() :])
        if subjects and not all(s.catch_all for s in subjects) and DIRECTIVE_VERB.match(folded, m.end() + end):
            return m.end()
    return None
