"""Bodies told to pay for their own part of a plan out of the budget they were already given, and nothing more:
"Các sở, ngành và UBND các xã, phường chủ động cân đối, bố trí trong nguồn ngân sách nhà nước đã được giao năm 2025
để triển khai thực hiện.", "… xây dựng dự toán kinh phí từ ngân sách hằng năm được cấp có thẩm quyền giao để triển
khai thực hiện Kế hoạch này.", "… có trách nhiệm chủ động bố trí kinh phí từ dự toán được giao, ưu tiên …".

A plan's funding section ("Kinh phí thực hiện") says where the money for the work comes from; the bodies that carry
the work out spend it from their own allocation. That is a condition of the work given elsewhere, nothing to deliver
(ANNOTATION.md rule 8). The finance department's work in the same section ("Sở Tài chính tổng hợp, trình cấp có thẩm
quyền bố trí kinh phí") asks for new money: work of its own, which this does not read."""

from __future__ import annotations

import re

from .draft import DraftTask
from .repeats import EAGERLY, work_after_bodies

# "(có trách nhiệm) (chủ động) (cân đối,) bố trí / xây dựng (lập) dự toán (kinh phí) trong / từ (nguồn) ngân sách …
# (đã) được (cấp có thẩm quyền) giao (năm 2025)", then what the money is for ("để triển khai thực hiện …", ", ưu
# tiên thực hiện …") and nothing else.
_VERB = r"(?:can doi|bo tri|(?:xay dung|lap)\s+du toan)"
OWN_FUNDING = re.compile(
    rf"(?:co trach nhiem\s+)?(?:{EAGERLY}\s*,?\s*)*{_VERB}(?:\s*(?:,|va)?\s*{_VERB})*"
    r"(?:\s+(?:nguon\s+)?kinh phi(?:\s+thuc hien)?)?\s+(?:trong|tu)\s+(?:(?:cac\s+)?nguon\s+)?(?:ngan sach|du toan|kinh phi)"
    r"[^.;:]{0,80}?\s(?:da\s+)?duoc\s+(?:cap co tham quyen\s+)?(?:giao|phan bo)(?:\s+(?:nam|cho nam)\s+\d{4})?"
    r"(?:\s*,?\s*(?:de|nham|uu tien)\b[^.;:]*)?\s*[./;]*")


def funds_own_part(task: DraftTask) -> bool:
    """Whether the task's whole work, after the bodies it opens with, is to fund their part from their allocation."""
    rest = work_after_bodies(task)
    return bool(rest) and OWN_FUNDING.fullmatch(rest) is not None


def without_own_funding(tasks: list[DraftTask]) -> list[DraftTask]:
    """The tasks without those that only tell their bodies to fund their part out of what they were given."""
    return [task for task in tasks if not funds_own_part(task)]
