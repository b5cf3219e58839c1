"""Who answers for the accuracy or the outcome of work, with nothing to deliver (ANNOTATION.md rule 8): "Cơ sở
X chịu trách nhiệm về tính chính xác của các chi phí đã đề nghị …", "Sở Y chịu trách nhiệm về số liệu đã báo cáo",
"Người đứng đầu các sở, ngành trực tiếp chỉ đạo và chịu trách nhiệm về kết quả rà soát …". The sentence says who
is to blame if the figures or the results are wrong; the work itself is assigned elsewhere (or not at all); no task."""

from __future__ import annotations

import re

from .accountability import answers_if_failed
from .awareness import only_aware
from .report_periods import only_report_period
from .segment_subjects import own_subjects
from .text import fold
from .vocabulary import REQUEST_WORDS

# Right after the bodies it opens with: (phải / sẽ) (trực tiếp chỉ đạo và) (hoàn toàn / trực tiếp) chịu trách nhiệm về
# the correctness of what they give ("tính chính xác / trung thực / hợp pháp …"), the figures ("số liệu", "việc tổng
# hợp số liệu") or the results ("kết quả …"). Not "chịu trách nhiệm về công tác …" (a field of work put in their charge).
ANSWERS_FOR = re.compile(r"\s*,?\s*(?:(?:phai|se|cung)\s+)?(?:(?:truc tiep\s+)?chi dao\s+va\s+)?(?:(?:hoan toan|truc tiep)\s+)?"
                         r"chiu trach nhiem\s+ve\s+(?:viec\s+(?:tong hop|cung cap|bao cao|ke khai|ra soat)\s+)?"
                         r"(?:tinh\s+(?:chinh xac|trung thuc|hop phap|hop le|xac thuc)|so lieu|ket qua)\b")
# Other work in the same sentence ("… và gửi báo cáo …", "…, đồng thời rà soát …") is still a task; a ';' alone
# goes on listing what they answer for ("… tính chính xác của các chi phí …; thuốc, vật tư được mua sắm đúng …").
MORE_WORK = re.compile(r"\b(?:dong thoi|va (?:gui|bao cao|thuc hien|to chuc|trien khai|hoan thanh))\b")
# Accountability the issuer gives by name ("UBND tỉnh giao UBND các xã chịu trách nhiệm về tính chính xác của hồ
# sơ …") is an assignment the officer enters; only the bare statement of who answers is none.
GIVEN = re.compile(rf"\b{REQUEST_WORDS}\b")


def only_accountable_for_figures(segment: str) -> bool:
    """Whether the sentence, after the bodies it opens with, only says they answer for accuracy or results."""
    folded = fold(segment)
    if "chiu trach nhiem ve" not in folded:
        return False  # every segment of a document passes here: read its subjects only when the words are there
    subjects, end = own_subjects(segment)
    answers = ANSWERS_FOR.match(folded, end) if subjects and not GIVEN.search(folded, 0, end) else None
    return answers is not None and MORE_WORK.search(folded, answers.end()) is None


def nothing_to_deliver(segment: str) -> bool:
    """Whether the sentence only says who answers for a failure, who must be aware, or who answers for accuracy
    or results: the three kinds of sentence that name bodies yet give them no work; or only the period a report
    covers, which names none."""
    return answers_if_failed(segment) or only_aware(segment) or only_accountable_for_figures(segment) or only_report_period(segment)
