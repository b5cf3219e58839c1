"""The remit a sentence sets between its subject and its verb: "Các sở, ngành theo chức năng, nhiệm vụ
được giao tổ chức …", "UBND các xã căn cứ nhiệm vụ được giao trong Kế hoạch này xây dựng …". It says
how the bodies act, not who acts nor what they do: the work begins after it."""

from __future__ import annotations

import re

# "theo (đúng) chức năng, nhiệm vụ (, quyền hạn) (được giao) (tại/trong Kế hoạch, Quyết định này)", also
# opened with "căn cứ (vào)" or "trên cơ sở", and with a comma before or after it.
REMIT = re.compile(
    r"\s*,?\s*(?:theo(?:\s+dung)?|can cu(?:\s+vao)?|tren co so)\s+(?:(?:cac\s+)?chuc nang\s*,?\s*(?:va\s+)?)?(?:cac\s+)?nhiem vu"
    r"(?:\s*,\s*(?:quyen han|tham quyen|dia ban))*(?:\s+(?:duoc giao|duoc phan cong|cua minh))?"
    r"(?:\s+(?:tai|trong|theo)\s+(?:ke hoach|quyet dinh|chuong trinh|de an|chi thi|van ban)\s+nay)?\s*,?\s*"
)


def after_remit(folded: str, position: int) -> int:
    """Where the work begins after `position` (the end of a subject) in a folded sentence: past a
    remit phrase if one stands there, else at `position`."""
    remit = REMIT.match(folded, position)
    return remit.end() if remit else position
