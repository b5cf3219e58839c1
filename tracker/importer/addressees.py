"""Who the introduction asks: the bodies named after its request, or the recipients addressed by their
head's post and no name ("Bộ … đề nghị các đồng chí Giám đốc Sở chỉ đạo …", "… đề nghị đồng chí Chủ tịch
Ủy ban chỉ đạo …" in a letter whose Kính gửi names them). The post stands for the body it heads (rule 4):
the recipients are the ones asked."""

from __future__ import annotations

import re

from .inheritance import REQUEST
from .name_shapes import Mention
from .opinions import answered_proposer
from .subjects import HOLDER, leading_subjects
from .text import fold

# The post then its body's head word with no name after it: a verb of the request follows, in lower case.
BARE_HEAD = re.compile(r"(so|bo|uy ban)(?=\s+(?:chi dao|to chuc|thuc hien|trien khai|quan tam|tap trung|khan truong|chu dong)\b)")
POLITE = {"so": "quy so", "bo": "quy bo", "uy ban": "quy uy ban"}


def addressed_by_post(folded_after: str, aliases: dict[str, list[Mention]]) -> list[Mention]:
    """The recipients, when the words after a request address them by their head's post alone."""
    post = HOLDER.match(folded_after)
    head = BARE_HEAD.match(folded_after, post.end()) if post else None
    return [_as_body(r) for r in aliases.get(POLITE[head.group(1)], [])] if head else []


def _as_body(recipient: Mention) -> Mention:
    """ "Giám đốc Sở Giáo dục và Đào tạo" → "Sở Giáo dục và Đào tạo": the body, not its head."""
    name = re.sub(r"^(?:Các đồng chí|Đồng chí|Đ/c)\s+", "", recipient.name)
    name = re.sub(r"^(?:Giám đốc|Chủ tịch|Bộ trưởng|Thủ trưởng|Người đứng đầu)\s+", "", name)
    return Mention(recipient.start, recipient.end, name[:1].upper() + name[1:], recipient.kind, recipient.group)


def intro_leads(intro: str, aliases: dict[str, list[Mention]] | None = None) -> list[Mention]:
    """The addressees of the sentence that introduces the clauses ("... yêu cầu X, Y thực hiện:"), or the
    recipients it addresses by their head's post ("… đề nghị các đồng chí Giám đốc Sở chỉ đạo …")."""
    folded = fold(intro)
    for m in REQUEST.finditer(folded):
        subjects, _ = leading_subjects(intro[m.end() :])
        if subjects:
            # A group the letter defined as its recipients ("các địa phương" in a letter to the provinces) is them.
            return [a for s in subjects if not s.catch_all for a in (s.group and (aliases or {}).get(fold(s.name).strip()) or [s])]
        if posted := addressed_by_post(folded[m.end() :], aliases or {}):
            return posted
    return answered_proposer(intro, aliases or {})  # "Xét Công văn số … của Sở X, … có ý kiến như sau:"
