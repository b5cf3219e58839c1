"""Who the items of a clause fall to when they name no one: the body an enclosing heading names, the
bodies a lead-in asks to do them, the addressees of the introduction, or those a conclusion notifies."""

from __future__ import annotations

import re

from .clauses import Body, Clause
from .headings import agency_heading
from .introduced import lead_in
from .name_shapes import capitalised_words
from .names import Mention, find_mentions
from .scoped_parts import scoped_doer
from .segment_subjects import own_subjects
from .segments import SENTENCE_BREAK
from .text import fold
from .vocabulary import REQUEST_WORDS

REQUEST = re.compile(rf"\b{REQUEST_WORDS}\s*:?\s+")
# A conclusion's section of tasks: "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI".
TASKS_SECTION = re.compile(r"\s*(?:mot so\s+)?nhiem vu(?:\s*,\s*giai phap)?\b")
# The closing line of a conclusion: "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh X, các Bộ … biết,
# thực hiện./." names who carries it out.
NOTIFIES = re.compile(r"\bthong bao de\s+")
# A conclusion tells the province it met what it must do: "…, thành phố Đà Nẵng cần tập trung thực
# hiện tốt một số nhiệm vụ, giải pháp sau đây:" (the locality, not a body: its committee does them).
LOCALITY_NEEDS = re.compile(r"(?:^|,\s*)(tinh|thanh pho)\s+(?=\S+(?:\s+\S+){0,2}?\s+can\s+(?:tap trung\s+)?"
                            r"(?:thuc hien|trien khai|lam tot))")


def inherited_leads(clause: Clause, defaults: list[Mention], notified: Mention | None = None) -> list[Mention]:
    """Who the clause's items fall to when they name no one: the agency an enclosing heading names, the
    addressee of a request that introduces them ("… đề nghị UBND tỉnh chỉ đạo thực hiện các việc sau:"),
    or, in a conclusion's tasks section, the province's committee its closing line notifies."""
    if scoped := scoped_doer(clause):
        return scoped  # "3.2. Đối với thôn: …" under "3. …: Các cơ quan và Ban công tác Mặt trận thôn …:"
    for ancestor in reversed(clause.ancestors):
        heading = agency_heading(ancestor)
        if heading:
            return [m for m in heading[0] if not m.catch_all]
        for text in (ancestor.heading, lead_in(ancestor) or ""):
            if requested_here := requested_over_items(text):
                return requested_here
    if notified is not None and clause.ancestors and any(TASKS_SECTION.match(fold(a.heading)) for a in clause.ancestors):
        return [notified]
    return defaults if not clause.ancestors or all(_bare_title(a, clause) for a in clause.ancestors) else []


# A part's title in capitals that names no one ("A. NHIỆM VỤ CHUNG", "II. NHIỆM VỤ CỤ THỂ"): the items under
# it are still the work the introduction asks its addressees to do ("… đề nghị các Sở … thực hiện các nội dung sau:").
BARE_TASKS_TITLE = re.compile(r"\s*(?:(?:cac|mot so)\s+)?nhiem vu(?:\s*,\s*giai phap)?(?:\s+(?:chung|cu the|trong tam|chu yeu))?\s*:?\s*$")


# Or a topic's title ("1. Về phân cấp, phân quyền …", "2. Về việc tháo gỡ khó khăn …") naming no body, over an item
# that is one paragraph of work: the introduction's request on that topic. An item with paragraphs under it is a title
# of its own ("3.1. Báo cáo định kỳ hàng tháng:"), whose paragraphs say who acts and list what a report holds.
TOPIC_TITLE = re.compile(r"\s*ve\s+(?:viec\s+)?")


def _bare_title(title: Clause, item: Clause | None = None) -> bool:
    if title.units:
        return False
    topic = item is not None and not item.units and TOPIC_TITLE.match(fold(title.heading)) and not find_mentions(title.heading)
    return bool(topic or BARE_TASKS_TITLE.match(fold(title.heading)))


# Or states their duty over them: "Sở X, UBND cấp xã và các cơ quan liên quan …, có trách nhiệm:", "… có nhiệm vụ
# thực hiện các nội dung sau:" (as a request would give it).
RESPONSIBLE_OVER = re.compile(r"\bco (?:trach nhiem|nhiem vu)(?:\s+(?:thuc hien|trien khai))?(?:\s+(?:cac|mot so|nhung)\s+"
                              r"(?:noi dung|nhiem vu|viec)(?:\s+sau(?:\s+day)?)?)?\s*:\s*$")


def requested_over_items(text: str) -> list[Mention]:
    """The bodies a paragraph ending in ':' asks to do the items under it ("Đề nghị X, Y:")."""
    if not text.rstrip().endswith(":"):
        return []
    sentence = SENTENCE_BREAK.split(text.strip())[-1]
    subjects, _ = own_subjects(sentence)
    requested_here = [m for m in subjects if not m.catch_all]
    if requested_here and (REQUEST.search(fold(text)) or RESPONSIBLE_OVER.search(fold(sentence))):
        return requested_here
    locality = LOCALITY_NEEDS.search(fold(sentence))
    if locality is None:
        return []
    end = capitalised_words(sentence, locality.end(), limit=3)
    place = sentence[locality.end() : end].strip()
    level = "thành phố" if locality.group(1) == "thanh pho" else "tỉnh"
    return [Mention(locality.start(1), end, f"Ủy ban nhân dân {level} {place}", "province")] if place else []


def notified_province(body: Body) -> Mention | None:
    """The province's committee a conclusion's closing line notifies ("thông báo để Ủy ban nhân dân tỉnh
    X và các Bộ … biết, thực hiện"): a working session's conclusion addresses its tasks to it, so the
    items of its tasks section that name no one are that committee's."""
    last = body.clauses[-1] if body.clauses else None
    for text in [body.closing, *reversed([last.heading, *last.units] if last else [])]:
        notice = NOTIFIES.search(fold(text))
        if notice:
            subjects, _ = own_subjects(text[notice.end() :])
            return next((m for m in subjects if m.kind == "province" and not m.group), None)
    return None
