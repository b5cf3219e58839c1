"""What a sentence tells rather than asks: an event the page reports, a speaker the press names, a
consent given. A subject found in such a sentence is told of, and gets no work."""

from __future__ import annotations

import re

from .date_shapes import DAY, MONTH, SHORT_YEAR
from .doc_kinds import CITED_KINDS
from .news_events import CEREMONY
from .committees import SURNAMES
from .reported import MORE_SURNAMES, named_holder
from .segment_subjects import own_subjects
from .subjects import leading_subjects
from .text import UPPER, fold
from .vocabulary import ASK_WORDS, GIVE_WORDS, HONORIFIC, REQUEST_WORDS

# A subject that tells of a past event: "Báo X ngày 26/3 đưa tin", "UBND tỉnh đã chỉ đạo", "Bộ Y tế có Công văn số …";
# or one that is appraised or appraises ("HĐND tỉnh đánh giá cao …", "… cơ bản thống nhất với …"): no work in either.
# "Văn phòng Chính phủ chưa nhận được báo cáo …": an urging letter states what has not come in, no work.
# The holder may be told with the party he led: "Chủ tịch UBND thành phố và Đoàn công tác đã đi kiểm tra …".
COMPANY = r"(?:(?:va|cung)\s+(?:doan|to)\s+(?:cong tac|kiem tra|giam sat|khao sat)\s+)?"
# A span of time past between the subject and its "đã": "Bộ X trong thời gian ngắn đã tích cực vào cuộc …", "Sở Y thời
# gian qua đã …", "UBND huyện Z những năm gần đây đã …": still an account of what was done.
TIME_PAST = r"(?:(?:trong\s+)?(?:thoi gian|nhung nam|cac nam|nam)\s+(?:qua|ngan|vua qua|gan day)\s*,?\s*)?"
NARRATION = re.compile(rf"\s*,?\s*{COMPANY}(?:(?:\S+\s+){{0,2}}?ngay\s+\d|{TIME_PAST}da\b|vua\b|(?:(?:van\s+)?chua\s+)?nhan duoc\b"
                       r"|(?:co ban\s+|rat\s+)?(?:danh gia cao|ghi nhan|bieu duong|hoan nghenh|khen ngoi|tran trong|thong nhat voi)\b"
                       # an office conveying its leader's words, a spokesman's "cho biết": the report's speaker, no work
                       r"|(?:co (?:van ban|cong van)\s+)?(?:truyen dat|thong bao) (?:y kien|ket luan|chi dao)\b|cho biet\b"
                       rf"|(?:co|ban hanh) (?:{CITED_KINDS}|to trinh) so\b"
                       # who heads a visiting party: "Đoàn công tác do Chủ tịch UBND xã làm trưởng đoàn / dẫn đầu"
                       r"|lam (?:pho\s+)?truong doan\b|dan dau\b)")


def narrates(segment: str, end: int) -> bool:
    """Whether the subject ending at `end` tells of what happened, or is a person the press names (a
    holder with his own name after the post: the speaker, never the addressee)."""
    # "X đang (tiếp tục) …" (spelled "đang", not "đăng ký"): the work under way now, told as news, no task.
    # "Trước đó, X đã có văn bản gửi Y …": what came before the news, recounted.
    folded = fold(segment)
    if NARRATION.match(folded, end) or EARLIER.match(folded) or _dated_deed(segment, end) or _name_first(segment) \
            or ATTENDS.match(folded, end) and not ASKED_BEFORE.search(folded[:end]) \
            or re.match(r"\s*,?\s*đang\b", segment[end:]) or _drafted_attached(folded, end):
        return True
    if CEREMONY.match(folded, end) and not _asks_body(segment, end):
        return True  # "Lãnh đạo Hội X trao quyết định …": a ceremony's act, told (news_events)
    person = PERSON_FIRST.search(folded[:end])
    speaker = named_holder(segment, end) or (person is not None and not ASKED_BEFORE.search(person.group()))
    return speaker and not _asks_body(segment, end)


# A draft the subject made and the letter carries: "Sở X tham mưu dự thảo Kế hoạch … (có dự thảo kèm theo)", "Phòng Y
# đã xây dựng dự thảo Quy chế (dự thảo gửi kèm)". The paper attached is done; the work the letter asks is others' (their
# comments on it), unless the sentence itself asks or gives ("Đề nghị Sở X hoàn thiện dự thảo (kèm theo) …").
DRAFT_ATTACHED = re.compile(r"\((?:[^()]{0,20}\b)?du thao\b[^()]{0,30}\b(?:kem theo|dinh kem|gui kem)\b[^()]*\)")
ASKS_OR_GIVES = re.compile(rf"\b(?:{ASK_WORDS}|{GIVE_WORDS})\b")


def _drafted_attached(folded: str, end: int) -> bool:
    return DRAFT_ATTACHED.search(folded, end) is not None and ASKS_OR_GIVES.search(folded) is None


EARLIER = re.compile(r"\s*(?:truoc do|truoc day)\s*,")
# The press's day and hour, then what a body did that day ("Sáng 5/3, UBND phường X tổ chức lễ ra quân …",
# "Chiều nay, Sở Y tổ chức hội nghị …"): an event reported, no request, unless a request stands before the
# subject ("Chiều 4/6, … cho biết, Chủ tịch UBND tỉnh vừa có văn bản chỉ đạo Sở X …": Sở X is asked).
# A portal's lead may name the day alone: "Ngày 7/9/2019, UBND huyện tổ chức hội nghị giao ban …".
# A portal may write the day out in words: "Sáng ngày 02 tháng 12 năm 2025, Đảng ủy xã A tổ chức Hội nghị …".
PRESS_DAY = rf"(?:{DAY}[/-]{MONTH}(?:[/-]{SHORT_YEAR})?|{DAY}\s+thang\s+{MONTH}(?:\s+nam\s+{SHORT_YEAR})?)"
DAY_OPENING = re.compile(rf"\s*(?:(?:sang|chieu|toi|trua|dem)\s+(?:nay|qua|(?:ngay\s+)?{PRESS_DAY})|ngay\s+{PRESS_DAY})\s*,")
ASKED_BEFORE = re.compile(rf"\b(?:{REQUEST_WORDS}|cho biet|thong tin)\b")
# A person named before the post ("Bà Trần Thị B, Phó Chủ tịch UBND phường X phát biểu …"): who speaks, not who acts.
PERSON_FIRST = re.compile(rf"(?:^|,\s*){HONORIFIC}\s+[^\s,]+(?:\s+[^\s,]+){{1,3}}\s*,\s*(?:pho\s+)?"
                          r"(?:chu tich|giam doc|bi thu|truong ban|truong phong|chanh van phong)\b[^,]*$")

# Those who attended, as the report tells it: "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy dự hội nghị", "Lãnh đạo
# các sở cùng tham dự buổi làm việc": a meeting's attendance, no work (unless someone asked them to come).
ATTENDS = re.compile(r"\s*,?\s*(?:(?:cung|da|deu)\s+)*(?:tham\s+)?du\s+(?:hoi nghi|buoi|le|cuoc hop|phien hop|dai hoi|ky hop)\b")
# The press names a person first, then the posts after a dash: "Trần Văn B - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng
# Ban Tuyên giáo Tỉnh ủy đồng chủ trì hội nghị", "đồng chí Lê C - Bí thư Huyện ủy phát biểu": the bodies named are
# the person's posts, the speaker's, never an addressee.
NAME_FIRST = re.compile(rf"\s*(?:(?:cac\s+)?(?:dong chi|ong|ba)\s+)?((?:[{UPPER}]\w*\s+){{1,3}}[{UPPER}]\w*)\s*[-–]\s*[{UPPER}]")


def _name_first(segment: str) -> bool:
    named = NAME_FIRST.match(segment if not segment[:1].islower() else segment[:1].upper() + segment[1:])
    return bool(named) and named.group(1).split()[0].lower() in SURNAMES + MORE_SURNAMES


def _dated_deed(segment: str, end: int) -> bool:
    folded = fold(segment[:end])
    day = DAY_OPENING.match(folded)
    return bool(day) and not ASKED_BEFORE.search(folded, day.end())


def person_acts(paragraph: str) -> bool:
    """Whether a paragraph only tells what a holder named by his own name did or said ("Chủ tịch UBND tỉnh X
    Nguyễn Văn Y phát biểu chỉ đạo tại phiên họp", a caption): an account, whatever its words, no clause."""
    subjects, end = own_subjects(paragraph)
    speaks = named_holder(paragraph, end) or CONVEYS.match(fold(paragraph), end) is not None
    return bool(subjects) and speaks and not _asks_body(paragraph, end)


# An office conveying its leader's view ("Văn phòng UBND tỉnh (vừa) truyền đạt / thông báo ý kiến chỉ đạo của
# Phó Chủ tịch …"): the page's lead on the letter, a clause only if it goes on to ask a body by name.
CONVEYS = re.compile(r"\s*,?\s*(?:(?:da|vua|moi)\s+)*(?:truyen dat|thong bao)\s+(?:y kien|ket luan|chi dao)\b")


ASKING = re.compile(rf"\b{REQUEST_WORDS}\s*:?\s+")


def _asks_body(segment: str, end: int) -> bool:
    """Whether, after its subject, the sentence asks a body it names ("Phó Chủ tịch UBND tỉnh Lê Văn B cho
    biết, Chủ tịch UBND tỉnh vừa có văn bản chỉ đạo Sở X …"): the speaker reports a request, whose
    addressees the reading still finds."""
    return any(leading_subjects(segment[m.end() :])[0] for m in ASKING.finditer(fold(segment), end))


# The one who decides gives its consent: "Chủ tịch UBND tỉnh đồng ý với việc triển khai …", "UBND tỉnh
# thống nhất chủ trương …", "UBND tỉnh chỉ đạo: Đồng ý cho …": a decision taken, no work (the work follows: "… giao Sở X …").
CONSENTS = re.compile(r"\s*,?\s*(?:(?:chi dao|ket luan|quyet dinh)\s*:\s*)?(?:co ban\s+)?(?:dong y|chap thuan|thong nhat (?:voi|chu truong))\b")


# Bodies agreeing on how a matter stands, as a meeting's conclusion records it: "Các Bộ, cơ quan thống nhất chỉ có một
# cơ quan chủ trì", "Các sở thống nhất là …", "… thống nhất rằng …": a view reached, no work (the work follows: "giao X …").
# Not "thống nhất thực hiện …", bodies told to act alike.
AGREED = re.compile(r"\s*,?\s*(?:(?:da|deu|co ban)\s+)*thong nhat\s+(?:la|rang|chi co)\b")


def consents(segment: str, end: int, subjects: list) -> bool:
    """Whether the segment's subject, a province's People's Committee or its chairman, only consents; or the bodies
    it names only agree on how a matter stands."""
    if subjects and AGREED.match(fold(segment), end):
        return True
    return bool(subjects) and all(m.kind == "province" and not m.group for m in subjects) \
        and bool(CONSENTS.match(fold(segment), end))


# A request told as done: "UBND huyện đã yêu cầu Phòng X …", "Sở Y vừa chỉ đạo các trường …" (not "cũng chỉ đạo …").
TOLD_DONE = re.compile(r"\b(?:da|vua)\s+(?:\S+\s+){0,2}?(?:yeu cau|chi dao|de nghi|giao)\b")


def untold_sentences(paragraph: str) -> str:
    """A paragraph that opens with an account, read again for its requests ("Sáng 30-5, UBND tỉnh có văn bản … . Sở X
    cũng chỉ đạo Trường Y làm …"): without the sentences that tell a request as already made, which belong to the
    account as its opening does ("Ngày 3/5, UBND huyện ban hành Công văn … . UBND huyện đã yêu cầu Phòng X …")."""
    sentences = re.split(rf"(?<=[.!?])\s+(?=[{UPPER}])", paragraph.strip())
    return " ".join(s for s in sentences if not TOLD_DONE.search(fold(s)))
