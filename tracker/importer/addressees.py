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
from .vocabulary import ASK_WORDS

# The post then its body's head word with no name after it: a verb of the request follows, in lower case.
BARE_HEAD = re.compile(r"(so|bo|uy ban)(?=\s+(?:chi dao|to chuc|thuc hien|trien khai|quan tam|tap trung|khan truong|chu dong)\b)")
POLITE = {"so": "quy so", "bo": "quy bo", "uy ban": "quy uy ban"}
# A recipient that is a kind of unit ("trường", "trung tâm", "đơn vị"), not a state body by its own name.
UNIT_HEAD = re.compile(r"^(?:hieu truong\s+|giam doc\s+|thu truong\s+)?(?:cac\s+)?(?:truong|trung tam|don vi|co so giao duc)\b")


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


def _only_catch_all(subjects: list[Mention], rest: str) -> list[Mention]:
    """ "Bộ X yêu cầu các cơ quan, đơn vị:" over the items: the general words are all the request names, the
    recipients it sends to; the items are theirs, a group's work (rule 3) rather than nobody's."""
    if len(subjects) != 1 or not subjects[0].catch_all or not re.fullmatch(r"\s*:\s*", rest):
        return []
    name = subjects[0].name
    return [Mention(subjects[0].start, subjects[0].end, name[:1].upper() + name[1:], subjects[0].kind, group=True)]


# A request that names no one and closes the introduction: "Phòng GD&ĐT yêu cầu:", "Sở … đề nghị như sau:".
UNNAMED_REQUEST = re.compile(rf"\b{ASK_WORDS}(?:\s+(?:nhu sau|mot so noi dung sau|cac noi dung sau))?\s*:\s*$")
# A department's guidance to the units below it: "Sở GDĐT hướng dẫn các cơ sở giáo dục thực hiện … như sau:".
GUIDES = re.compile(r"\bhuong dan\s+(?=cac\s)")
GUIDED_WORK = re.compile(r"\s*(?:thuc hien|trien khai|to chuc)\b")


def intro_leads(intro: str, aliases: dict[str, list[Mention]] | None = None) -> list[Mention]:
    """The addressees of the sentence that introduces the clauses ("... yêu cầu X, Y thực hiện:"), or the
    recipients it addresses by their head's post ("… đề nghị các đồng chí Giám đốc Sở chỉ đạo …")."""
    folded = fold(intro)
    # The Kính gửi list (by its polite alias, roles.py), when the letter is sent to units (schools, centres, "các
    # đơn vị trực thuộc"): a Prime Minister's telegram to ministries and provinces says who does each item.
    recipients = [r for r in (aliases or {}).get("quy don vi", []) if UNIT_HEAD.match(fold(r.name))]
    recipients = recipients if len(recipients) == len((aliases or {}).get("quy don vi", [])) else []
    for m in REQUEST.finditer(folded):
        subjects, end = leading_subjects(intro[m.end() :])
        if subjects and not recipients and (asked := _only_catch_all(subjects, folded[m.end() + end :])):
            return asked
        if subjects:
            # A group the letter defined as its recipients ("các địa phương" in a letter to the provinces) is them.
            named = [a for s in subjects if not s.catch_all for a in (s.group and (aliases or {}).get(fold(s.name).strip()) or [s])]
            # "Sở … đề nghị các đơn vị tham gia ý kiến …" in a letter to the schools: the general word points
            # back at the recipients, who are those asked (a catch-all is never a lead of its own).
            return named or list(recipients)
        if posted := addressed_by_post(folded[m.end() :], aliases or {}):
            return posted
    if recipients and UNNAMED_REQUEST.search(folded.strip()):
        # "… Phòng GD&ĐT yêu cầu:" over items that name no one: the letter asks those it is sent to.
        return list(recipients)
    for m in GUIDES.finditer(folded):
        subjects, end = leading_subjects(intro[m.end() :])
        if subjects and not any(s.catch_all for s in subjects) and GUIDED_WORK.match(folded, m.end() + end):
            return subjects
    return answered_proposer(intro, aliases or {})  # "Xét Công văn số … của Sở X, … có ý kiến như sau:"


# The general words a letter to its own units uses for them: "Các đơn vị tiếp tục thực hiện …", "Đề nghị Hiệu
# trưởng các đơn vị chấp hành nghiêm túc", "Thủ trưởng các đơn vị trực thuộc …".
UNITS_WORDS = ("cac don vi", "cac don vi truc thuoc", "don vi", "cac nha truong", "cac truong")


def units_aliases(aliases: dict[str, list[Mention]], recipients: list[str], intro: str) -> dict[str, list[Mention]]:
    """A letter sent only to units (schools, centres, "các đơn vị trực thuộc") whose introduction asks them
    ("Phòng GD&ĐT yêu cầu:") then calls them "các đơn vị" in its items: the general word is its recipients,
    those who act (ANNOTATION.md rule 2 keeps a catch-all from being a lead of its own; here it names who was
    addressed). A letter to state bodies, or one whose introduction asks no one, keeps the word a catch-all."""
    if not recipients or not all(UNIT_HEAD.match(fold(name)) for name in recipients) or "quy don vi" not in aliases:
        return aliases
    if [m.name for m in intro_leads(intro, aliases)] != [m.name for m in aliases["quy don vi"]]:
        return aliases
    return {**{word: aliases["quy don vi"] for word in UNITS_WORDS}, **aliases}


def asked_group_aliases(aliases: dict[str, list[Mention]], intro: str) -> dict[str, list[Mention]]:
    """The general words an introduction asks as a group ("Bộ X yêu cầu các cơ quan, đơn vị:"), and the shorter
    "các đơn vị", stand for that group when an item opens with them ("2. Các cơ quan, đơn vị căn cứ … chủ động …",
    "8. Các đơn vị tổ chức trực ban …"): the same readers, asked again, the item's leads."""
    folded, leads = fold(intro), None
    for m in REQUEST.finditer(folded):
        subjects, end = leading_subjects(intro[m.end() :])
        group = _only_catch_all(subjects, folded[m.end() + end :]) if subjects else []
        if not group:
            continue
        leads = leads if leads is not None else [g.name for g in intro_leads(intro, aliases)]
        if leads == [g.name for g in group]:
            return {**{fold(subjects[0].name).strip(): group, "cac don vi": group}, **aliases}
    return aliases
