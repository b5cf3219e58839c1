"""A year that says when an aim the work serves may come about, not when the work itself is due (ANNOTATION.md rule 6:
a year is a deadline only as a completion time): inside a clause of what the work is to make possible ("tháo gỡ các
khó khăn … để có thể triển khai trong năm 2026", "hoàn thiện thủ tục để có thể khởi công trong năm 2027"), or after
the rate a target sets. A plain "để" keeps its year, as the work's own end more often than not ("báo cáo Chính phủ
để trình Quốc hội … trong năm 2026", "để đưa xã đạt chuẩn … trong năm 2025"); so does a possibility of finishing
("để có thể hoàn thành …")."""

from __future__ import annotations

import re

# "để có thể" and the purpose's words up to the year, within one clause.
PURPOSE = re.compile(r"\bđể\s+có\s+thể\s+[^.;,:()]{0,80}$", re.IGNORECASE)
FINISHING = re.compile(r"\b(?:hoàn thành|hoàn tất|xong|kịp)\b", re.IGNORECASE)
# A target's year, not the work's deadline: "đôn đốc các doanh nghiệp … phủ sóng 5G, phải đạt 90% trong năm 2025" (the
# rate the target sets, rule 8).
AIM = re.compile(r"\bđạt\s+(?:tỷ lệ\s+|tỉ lệ\s+)?(?:trên\s+|tối thiểu\s+)?\d+(?:[.,]\d+)?\s*%[^.;,:()]*$", re.IGNORECASE)


def aim_year(text: str, start: int, rank: int, own_time: bool) -> bool:
    """Whether the year phrase at `start` (a year's rank, 4) closes a purpose clause that is no finishing, or a
    target's rate; never a completion phrase of its own (`own_time`: "…, hoàn thành trong năm 2026")."""
    if rank != 4 or own_time:
        return False
    if AIM.search(text[max(0, start - 120) : start]):
        return True
    purpose = PURPOSE.search(text[max(0, start - 80) : start])
    return purpose is not None and FINISHING.search(purpose.group()) is None
