"""Items that record reports already heard (ANNOTATION.md rules 6 and 8): a meeting's resolution says "Tại phiên
họp, các Bộ đã có báo cáo như sau:", then "1. Bộ X báo cáo về …", "2. Bộ Y báo cáo về …". Each item tells what a
body reported at the meeting, a past event; none is work still to do."""

from __future__ import annotations

import re

from .text import fold
from .vocabulary import REQUEST_WORDS

# The heading's last sentence says bodies have reported, and introduces the items: "… đã có báo cáo (Chính phủ)
# như sau:", "… đã báo cáo, trình bày các nội dung sau:".
HEARD = re.compile(r"\bda\s+(?:co\s+)?(?:bao cao|trinh bay)\b[^.;:]*\b(?:nhu sau|sau|cu the)\s*:\s*$")
# A request in the same sentence makes the items work again ("… đã báo cáo; đề nghị các Bộ thực hiện như sau:").
ASKED = re.compile(rf"\b(?:{REQUEST_WORDS}|ket luan)\b")


def reports_heard(heading: str) -> bool:
    """Whether a section's heading closes on a lead-in saying its items are reports bodies have made."""
    last = re.split(r"(?<=[.!?])\s+", heading.strip())[-1]
    folded = fold(last)
    return HEARD.search(folded) is not None and ASKED.search(folded) is None
