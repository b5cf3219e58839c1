"""What a press page reports of an event, not of an assignment: who attended ("Tham dự có …"), what was
reported or discussed at the meeting ("Tại hội nghị, X đã báo cáo …"), a review of the past year
("Năm 2024, công tác … đạt nhiều kết quả …"). Such paragraphs name bodies and may use words that
elsewhere assign ("cần tháo gỡ", "lãnh đạo, chỉ đạo thành công"), but nobody is asked to do anything: they
are no clause of the page, and the paragraph that reports the leader's request is its clause 1."""

from __future__ import annotations

import re

from .date_shapes import DAY, MARKS, MONTH, SHORT_YEAR
from .handed_down import hands_down
from .text import UPPER, fold
from .vocabulary import ASK_WORDS, MEETING_WORDS, PRESIDES_MEETING

# A request made in the paragraph: if one is there, the paragraph reports an assignment, whatever else it tells.
# Not the noun of "đáp ứng yêu cầu phát triển …" (meeting the needs of), which asks no one.
REQUEST = re.compile(rf"\b(?<!dap ung )(?:{ASK_WORDS}|giao (?:cho|trach nhiem|nhiem vu|cac|so|ubnd|uy ban)|chi dao (?:cac|ubnd|uy ban|so))\b")

# Who attended or presided: "Tham dự hội nghị có …", "Dự buổi làm việc có các đồng chí …", "Cùng dự có …",
# "Chủ trì buổi làm việc có đồng chí …", "Tham gia cùng Chủ tịch … trong buổi tiếp có …". Not "Dự kiến có …",
# "Dự báo …", "Dự thảo …"; not "… có liên quan", "… có trách nhiệm".
ATTENDANCE = re.compile(r"(?:tham\s+)?du va (?:phat bieu\s+)?chi dao\b(?!\s+(?:cac|ubnd|uy ban|so)\b)"  # "Dự và chỉ đạo đồng chí A, …"
                        r"|(?:cung\s+|toi\s+|den\s+)?(?:tham du|du|chu tri|dong chu tri|tham gia cung)"
                        r"(?!\s+(?:kien|bao|thao|an|toan|phong|tru|bi|thi)\b)(?:\s+[^\s,.;:]+){0,10}?\s+co\b"
                        r"(?!\s+(?:co\s+)?(?:lien quan|trach nhiem|the)\b)"
                        # those invited to attend: "UBND tỉnh cũng kính mời lãnh đạo các cơ quan … cùng dự."
                        r"|[^.]{0,80}\bkinh moi\b[^.]{0,300}\b(?:cung\s+)?(?:tham )?du\s*\.?$")
# The leader the page is about hosts the event: "Chủ tịch UBND tỉnh sẽ chủ trì buổi làm việc với …",
# "Chủ tịch UBND tỉnh chủ trì hội nghị …": the event announced, no work of the issuer's own.
HOSTS = re.compile(r"[^.;]{0,120}?\b(?:chu tich|pho chu tich|ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho)\s+(?:\S+\s+){0,4}?(?:(?:se|da)\s+)?"
                   + PRESIDES_MEETING)

# The event held, as a report's lead dates it: "Chiều 31/10/2025, tại Nhà văn hóa xã, Ban Thường vụ Đảng ủy xã A tổ
# chức Hội nghị giao ban … nhằm đánh giá … và triển khai nhiệm vụ …": the aims are the meeting's, no work given.
# Or the day written out ("Sáng ngày 02 tháng 12 năm 2025, …"); or those who chaired it, named with their posts,
# each set apart by a semicolon ("Sáng 18-10, các đồng chí A - …; B - … đồng chủ trì hội nghị của Thường trực …").
HOLDS = re.compile(rf"(?:sang|chieu|toi|ngay)\s+(?:ngay\s+)?(?:{DAY}{MARKS}{MONTH}(?:{MARKS}{SHORT_YEAR})?"
                   rf"|{DAY}\s+thang\s+{MONTH}(?:\s+nam\s+{SHORT_YEAR})?)\s*,"
                   rf"(?:[^.;]{{0,160}}?\bto chuc\s+{MEETING_WORDS}\b|[^.]{{0,300}}?\b(?:dong\s+)?{PRESIDES_MEETING})")

# What bodies reported, discussed or proposed at the meeting the page covers: "Tại hội nghị, đại biểu các xã đã
# thảo luận …", "Tại buổi làm việc, UBND xã X báo cáo …"; the meeting's minutes, not its conclusions.
AT_MEETING = re.compile(r"tai (?:buoi|hoi nghi|cuoc hop|phien hop|ky hop|le)\b[^,.;]{0,80},")
REPORTED_AT = re.compile(r"\b(?:(?:da|cung|deu)\s+)*(?:bao cao|thao luan|trinh bay|tham luan|chia se|neu|kien nghi|de xuat"
                         r"|phat bieu|gop y)\b")

# A review of a period past: "Năm 2024, công tác Hội … đạt nhiều kết quả nổi bật", "Thời gian qua, …
# đạt được những kết quả quan trọng", "Trong 6 tháng đầu năm, … đạt nhiều thành tích": the results, no work.
PAST_PERIOD = re.compile(r"(?:trong\s+)?(?:nam\s+(?:\d{4}|qua|vua qua)|thoi gian qua|(?:6|sau|9|chin) thang dau nam(?:\s+\d{4})?"
                         r"|nhiem ky\s+(?:qua|\d{4}\s*-\s*\d{4})|qua\s+\S+\s+nam[^,]{0,60})\s*,")
# What a report read at the meeting found: "Báo cáo tại hội nghị cho thấy, năm 2025, …", "Báo cáo của UBND xã cho
# biết, …": the results it sums up, no work.
FINDINGS = re.compile(r"bao cao\s+(?:tai|cua)\s+[^,.;]{2,60}?\s+cho (?:thay|biet)\b")
RESULTS = re.compile(r"\bdat(?: duoc)?\s+(?:nhieu|nhung)\s+(?:ket qua|thanh tich|thanh tuu)\b")

# A ceremony's act, as the press captions it, right after its subject: "Lãnh đạo Hội X trao quyết định …",
# "Ban Thường vụ tặng hoa chúc mừng …", "Các đại biểu chụp ảnh lưu niệm": the event told, no work (unless the
# same sentence goes on to ask a body: narration.narrates). So "Bí thư Đảng ủy phường A phát biểu chỉ đạo hội nghị": the
# leader's speech captioned, its words not given.
CEREMONY = re.compile(r"\s*,?\s*(?:(?:da|cung)\s+)?(?:trao (?:quyet dinh|bang khen|giay khen|ky niem chuong|co thi dua)|tang hoa"
                      r"|chuc mung|chup anh luu niem|phat bieu)\b")

# A leader's visit, as a page's headline or caption tells it: "Chủ tịch UBND xã A kiểm tra tình hình sạt lở tại các
# thôn", "Bí thư Tỉnh ủy thăm, kiểm tra công trình …": one holder (no "các": the holders of many bodies asked to check
# are given work) who went to see; the event reported, those he then asks are the page's clauses.
INSPECTS = re.compile(r"(?:dong chi\s+)?(?:pho\s+)?(?:chu tich|bi thu|lanh dao)\s+(?:(?!\bcac\b)[^.;,]){0,60}?"
                      r"(?:(?:da|truc tiep|di|den)\s+)*(?:tham\s*,\s*)?(?:kiem tra|khao sat)\s+(?:thuc te\s+)?"
                      r"(?:tinh hinh|cong tac|cong trinh|khu vuc|dia ban|tai)\b")


def _sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(rf"(?<=[.!?])\s+(?=[{UPPER}])", paragraph.strip()) if s.strip()]


def reports_event(paragraph: str) -> bool:
    """Whether a page's paragraph only reports the event — its attendance, what was said at it, or the past
    year's results — and asks no body for anything."""
    folded = fold(paragraph).strip()
    if REQUEST.search(folded) or hands_down(paragraph):
        return False
    sentences = [fold(s) for s in _sentences(paragraph)]
    if sentences and all(ATTENDANCE.match(s) or HOLDS.match(s) for s in sentences):
        return True
    if (HOSTS.match(folded) or INSPECTS.match(folded)) and len(sentences) == 1:
        return True
    meeting = AT_MEETING.match(folded)
    if meeting and REPORTED_AT.search(folded, meeting.end(), meeting.end() + 160):
        return True
    if FINDINGS.match(folded):
        return True
    past = PAST_PERIOD.match(folded)
    return bool(past) and RESULTS.search(folded, past.end(), past.end() + 200) is not None
