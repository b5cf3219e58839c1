"""A call to be aware, with nothing to deliver (ANNOTATION.md rule 8): "Chủ tịch UBND tỉnh yêu cầu các đơn vị cần
nhận thức đầy đủ tính chất nguy hiểm của đợt mưa lớn …". It says how those asked should see the danger, which the
work the letter sets out (evacuation plans, forces on standby) then answers; no task."""

from __future__ import annotations

import re

from .text import fold

# Right after whom it asks, the work is only to see the matter clearly: "(cần / phải) nhận thức (rõ / đầy đủ /
# sâu sắc) …", "ý thức rõ …". Not "nâng cao nhận thức" (a campaign to make others aware, which is work).
AWARE = re.compile(r"\s*,?\s*(?:(?:deu|cung)\s+)?(?:(?:can|phai)\s+)?(?:nhan thuc|y thuc)\s+(?:(?:ro|day du|sau sac)\b)?")
AWARENESS = re.compile(r"(?:nhan thuc|y thuc)\s")


def only_aware(segment: str) -> bool:
    """Whether the sentence's work, after the bodies it opens with or asks, is only to be aware."""
    from .segment_subjects import own_subjects  # it reads names, which import this module's neighbours

    folded = fold(segment)
    if AWARENESS.search(folded) is None:
        return False  # every segment of a document passes here: read its subjects only when the words are there
    subjects, end = own_subjects(segment)
    return bool(subjects) and AWARE.match(folded, end) is not None
