"""A letter that answers its one recipient's proposal: "Xét Công văn số … của Sở X về việc đề nghị …, Chủ
tịch UBND tỉnh có ý kiến như sau:" then "1. Đồng ý cho Sở X tổ chức …", "2. Thống nhất …". An office
conveys its head's view to the body that asked; the points that name no doer of their own are what that
body may now go on and do, its tasks. With several recipients, or one the introduction does not name as
the proposer, the points stay as they are."""

from __future__ import annotations

import re

from .catch_all_addressees import RECIPIENTS
from .name_shapes import Mention
from .text import fold
from .vocabulary import GIVING_VIEW

# The head's view introduced as the points below: "có ý kiến (chỉ đạo) (như sau):".
GIVES_VIEW = re.compile(rf"\b{GIVING_VIEW}$")
# The proposal answered, in the introduction: "Xét (xem xét) Công văn số … của X", "Xét đề nghị của X".
ANSWERS = re.compile(r"^(?:xem xet|xet|theo de nghi|tai)\b")


def answered_proposer(intro: str, aliases: dict[str, list[Mention]]) -> list[Mention]:
    """The letter's one recipient, when the introduction answers its proposal and gives the head's view."""
    recipients = aliases.get(RECIPIENTS, [])
    folded = fold(intro).strip()
    if len(recipients) != 1 or not GIVES_VIEW.search(folded) or not ANSWERS.match(folded):
        return []
    name = re.sub(r"[^a-z0-9 ]+", " ", fold(recipients[0].name)).split()
    words = re.sub(r"[^a-z0-9 ]+", " ", folded).split()
    proposer = any(words[i : i + len(name)] == name for i in range(len(words)))
    return list(recipients) if proposer else []
