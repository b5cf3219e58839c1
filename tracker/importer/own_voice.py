"""A province's own People's Committee (or its chairman) speaking in a page or notice of its own: it
stresses, invites, or chairs its own session; the page reports its voice, and no body is given work."""

from __future__ import annotations

import re

from .names import Mention, find_mentions
from .text import fold
from .vocabulary import PRESIDES_MEETING, REQUEST_WORDS

# After the committee's name (its chairman's post before it): "Chủ tịch UBND tỉnh cũng nhấn mạnh việc …",
# "UBND tỉnh trân trọng kính mời lãnh đạo các cơ quan … cùng dự", "Chủ tịch UBND tỉnh sẽ chủ trì hội nghị
# …" (the issuer's own session: those it invites attend, nothing to deliver).
# "UBND tỉnh công bố tình huống khẩn cấp …": the declaration its decision makes, done as it is issued.
# "UBND tỉnh xác định mục tiêu (trọng tâm) là …": the goal it sets, which by itself is no work (a target).
# Not "nhấn mạnh, yêu cầu Sở X …", where it goes on to ask.
SPEAKS = re.compile(r"\s*,?\s*(?:(?:cung|da|se|van|tiep tuc|tran trong)\s+)*"
                    r"(?:nhan manh|khang dinh|luu y chung|kinh moi|moi\b|cong bo\b|xac dinh\s+(?:cac\s+)?muc (?:tieu|dich)\b"
                    rf"|(?:truc tiep\s+)?{PRESIDES_MEETING})")
ASKS_AFTER = re.compile(rf"\b{REQUEST_WORDS}\b")


# The Government itself (its head) saying what it will do, as a meeting's conclusion records it: "Chính phủ sẽ phân công
# nhiệm vụ các bộ …", "Thủ tướng Chính phủ sẽ xem xét …": the authority the notice speaks for states its own next step;
# the bodies it will assign are given their work when it does.
GOVERNMENT = re.compile(r"(?:thu tuong\s+)?chinh phu$")
WILL = re.compile(r"\s*,?\s*(?:(?:cung|van|tiep tuc)\s+)*se\b")


def _government_will(folded: str, end: int, subjects: list[Mention]) -> bool:
    return all(GOVERNMENT.match(fold(m.name)) for m in subjects) and WILL.match(folded, end) is not None


def own_voice(segment: str, end: int, subjects: list[Mention]) -> bool:
    """Whether the segment's subject, one province's or centrally-run city's committee, only speaks: it
    stresses, invites or chairs its own session, and asks no one by name in the same sentence; or the Government
    says what it will do."""
    folded = fold(segment)
    if subjects and _government_will(folded, end, subjects):
        return True
    if not subjects or not all(m.kind == "province" and not m.group for m in subjects):
        return False
    voice = SPEAKS.match(folded, end)
    return voice is not None and not ASKS_AFTER.search(folded, voice.end())


# A body named as what something becomes, not as who acts: "Các phòng khám còn lại được xác định là cơ sở
# trực thuộc bệnh viện huyện", "Trung tâm X được công nhận là …" (a status the letter sets; its work is the
# committee's that reorganises them).
DESIGNATED = re.compile(r"[^.;:]{0,60}?\s+(?:duoc|se duoc)\s+(?:xac dinh|cong nhan|goi|coi)\s+la\b")


# A body chosen for a part, as a Party page tells a pilot congress: "Đảng bộ xã A được Ban Thường vụ Tỉnh ủy
# chọn (làm) điểm", "Trường B được lựa chọn tham gia thí điểm": the choice is made, the body given a part, no work yet
# (what it is then asked to do follows as a request of its own).
CHOSEN = re.compile(r"[^.;:]{0,60}?\s+(?:duoc|da duoc)\s+(?:[^.;:,]{0,40}?\s+)?(?:chon|lua chon)\b")
# The one who chooses a named body for that part: "Ban Thường vụ Huyện ủy cũng chọn Chi bộ Trường C chỉ đạo đại hội
# điểm": a decision taken and told. "UBND các huyện chọn 01 xã làm điểm" (no body named: one it is to find) is work.
CHOOSES = re.compile(r"\s*,?\s*(?:(?:cung|da|vua|dong thoi)\s+)*(?:chon|lua chon)\s+(?=\S)")


def designated(segment: str, end: int) -> bool:
    """Whether the segment's subject is only given a status ("… được xác định là …") or a part it was chosen
    for, or only chooses a named body for a part: no work."""
    folded = fold(segment)
    if DESIGNATED.match(folded, end) or CHOSEN.match(folded, end):
        return True
    chooses = CHOOSES.match(folded, end)
    named = find_mentions(segment[chooses.end() :]) if chooses else []
    return bool(named) and named[0].start == 0 and not named[0].catch_all and not named[0].group
