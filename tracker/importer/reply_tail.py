"""A letter without numbers that asks its recipients for something in one paragraph and, in the next,
says where and by when to send it: "Sở X đề nghị các đơn vị tham gia ý kiến về dự thảo …" / "Các đơn vị
gửi ý kiến về Phòng Y trước ngày 15/3/2024." The second paragraph is the reply the first asked for, its
address and its date: one request, one clause (rule 1), as a numbered item would print it."""

from __future__ import annotations

import re

from .addressees import UNITS_WORDS
from .clauses import Body
from .inheritance import REQUEST
from .name_shapes import Mention
from .text import fold
from .titled_intro import unnumbered

# The recipients' general word, then sending the reply: "Các đơn vị gửi ý kiến (góp ý) về …", "Các trường
# gửi báo cáo về …", "Văn bản góp ý gửi về …".
REPLY = re.compile(r"^(?:(?:cac\s+)?(?:don vi|truong|co quan|dia phuong)\s+gui\s+(?:y kien|bao cao|van ban|ket qua|ho so)"
                   r"|(?:y kien|van ban) gop y(?: cua cac \S+(?: \S+)?)? gui ve)\b")
SUBJECT = re.compile(r"(?:cac\s+)?(?:don vi|truong|co quan|dia phuong)\s+(?=gui\b)|")
# The request above asks the same general word: "… đề nghị các đơn vị …".
ASKS_UNITS = re.compile(r"\s*(?:cac\s+)?(?:don vi|truong|co quan|dia phuong)\b")


def reply_joined(body: Body, prose: str) -> Body:
    """The body with each plain paragraph that sends the reply joined to the request right above it (a
    numbered item of its own is the letter's own point, kept)."""
    if body.page or not all(unnumbered(c, prose) for c in body.clauses):
        return body
    kept = []
    for clause in body.clauses:
        folded = fold(clause.heading).strip()
        if kept and not clause.units and not kept[-1].units and REPLY.match(folded) and _asks_units(kept[-1].text):
            # One sentence of the request, its subject the same addressees: the date it gives is the request's.
            reply = clause.heading[SUBJECT.match(folded).end() :].lstrip()
            kept[-1].heading = f"{kept[-1].heading.rstrip(' .')}; {reply}"
            continue
        kept.append(clause)
    if len(kept) < len(body.clauses) and [c.ref for c in body.clauses] == [str(n) for n in range(1, len(body.clauses) + 1)]:
        for number, clause in enumerate(kept, start=1):
            clause.ref = str(number)  # paragraphs counted: the reply was no paragraph of its own
    return Body(kept, asking_intro(Body(kept, body.intro)), body.closing, body.page)


def _asks_units(text: str) -> bool:
    folded = fold(text)
    return any(ASKS_UNITS.match(folded, m.end()) for m in REQUEST.finditer(folded))


def asking_intro(body: Body) -> str:
    """The sentence that asks a letter's recipients: its introduction, or, below a bare "Kính gửi:" list,
    its first paragraph when that is the request ("Sở X đề nghị các đơn vị …")."""
    if body.clauses and fold(body.intro).strip().startswith("kinh gui") and _asks_units(body.clauses[0].heading):
        return body.clauses[0].heading
    return body.intro


# A kind of unit addressed through its head in the singular: "Hiệu trưởng trường Trung học phổ thông",
# "Giám đốc trung tâm giáo dục thường xuyên" (every head of such a unit, in a department's letter).
SINGULAR_UNIT = re.compile(r"^(?:trường|trung tâm)\s", re.IGNORECASE)


def plural_units(aliases: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """"Các đơn vị" of a letter to such heads is every unit of each kind: "Các trường Trung học phổ thông",
    a group (rule 3), not one school."""
    result = dict(aliases)
    for word in UNITS_WORDS:
        if word in aliases:
            result[word] = [_plural(m) for m in aliases[word]]
    return result


def _plural(mention: Mention) -> Mention:
    if not SINGULAR_UNIT.match(mention.name):
        return mention
    return Mention(mention.start, mention.end, f"Các {mention.name[:1].lower()}{mention.name[1:]}", mention.kind, True)
