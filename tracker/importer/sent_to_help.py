"""Bodies a lead informs so that they work with it: "… gửi Ủy ban nhân dân các xã để phối hợp kiểm tra" (the
communes help; a report sent to a body, "gửi X", with no such purpose, makes no partner: ANNOTATION.md rule 5)."""

from __future__ import annotations

import re

from .names import Mention

SENT = re.compile(r"\b(?:gui|thong bao(?:\s+(?:cho|den))?|chuyen)\s+(?:cho\s+|den\s+|ve\s+)?")
TO_HELP = re.compile(r"\s*,?\s*(?:de|cung)\s+phoi hop\b")


def sent_to_help(folded: str, mentions: list[Mention]) -> list[Mention]:
    """The bodies named right after "gửi" or "thông báo (cho)" and right before "để phối hợp"."""
    starts = {m.end() for m in SENT.finditer(folded)}
    return [m for m in mentions if m.start in starts and not m.catch_all and TO_HELP.match(folded, m.end)]
