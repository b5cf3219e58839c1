"""Doers a notice introduces in the middle of its sentence, its subject being the notice or the work, not a
body: "UBND xã thông báo lịch treo cờ như sau: Các cơ quan, đơn vị, trường học … treo cờ …", "Nội dung chính
của đợt ra quân là tất cả các cơ quan, đơn vị, trường học … tổ chức dọn vệ sinh …". The bodies after the
colon or the copula are the ones who act. So are those the document itself asks, when the press makes it the
sentence's subject: "Kế hoạch yêu cầu các thôn phải rà soát …", "Về chuồng trại: Công văn cũng đề nghị Sở X …". And
so are those after a time counted back from an event, which may name the event's body: "Chậm nhất là 30 ngày,
trước ngày khai mạc kỳ họp thường lệ của HĐND tỉnh, các sở, ban, ngành có Báo cáo …" (the council's session
dates the report; the departments make it)."""

from __future__ import annotations

import re

from .doc_kinds import THIS_KINDS
from .names import find_mentions
from .subjects import leading_subjects
from .text import fold
from .vocabulary import DIRECTIVE_VERB, REQUEST_WORDS

# The notice announcing its content ("… thông báo … như sau:", "… cụ thể:"), then the doers; or "… là (tất
# cả) các …" after words that name no body.
AS_FOLLOWS = re.compile(r"\bthong bao\b[^.;:]{0,120}?\b(?:nhu sau|cu the)\s*:\s*")
COPULA = re.compile(r"\bla\s+(?:tat ca\s+)?(?=cac\s)")
# The work right after the doers, a word of manner possibly first ("thường xuyên tổ chức …", "treo cờ …").
# The document as the subject that asks, after a short label at most ("Về chuồng trại: …"): not one cited with
# its date or author ("Công văn số 12/UBND ngày 3/5 của …" is recounted), only "số …", "này", "trên".
DOCUMENT_ASKS = re.compile(rf"(?:[^.;:,]{{0,50}}[:,]\s*)?(?:{THIS_KINDS})"
                           r"(?:\s+so\s+[^\s,;.]+)?(?:\s+(?:nay|tren))?(?:\s+(?:cung|dong thoi|con|tiep tuc|dac biet))*"
                           rf"\s+{REQUEST_WORDS}\s*:?\s+")
WORK = re.compile(r"\s*(?:(?:thuong xuyen|nghiem tuc|tich cuc|phai|can)\s+)*(?:treo|don|ve sinh|to chuc|bo tri|dam bao|bao dam)\b")
# A body that notifies its own units of what they are to do: "Sở X thông báo các trường học … tiếp tục cho học sinh
# nghỉ học …". The notice is the request; the units after it act, told what to do or to close ("nghỉ", "cho … nghỉ").
NOTIFIES = re.compile(r"\s+thong bao\s+(?=cac\s)")
# A count of days before or after an event, then a comma: the event's words run to that comma.
EVENT_TIME = re.compile(r"\s*(?:cham nhat(?:\s+la)?|it nhat|truoc)\s+\d+\s+ngay(?:\s+lam viec)?\s*,?\s*"
                        r"(?:truoc|sau)\s+(?:ngay|khi|thoi diem)\s+[^,;:.()]{1,120},\s*")
# The report a body is to have ("có báo cáo", "có Báo cáo tổng hợp"): its work.
HAS_REPORT = re.compile(r"\s*co\s+(?:van ban\s+)?bao cao\b")
CLOSING = re.compile(r"\s*(?:tiep tuc\s+)?(?:cho\s+(?:hoc sinh|hoc vien|tre|can bo|cong chuc|nguoi lao dong)\b[^,.;]{0,30}?\s)?"
                     r"(?:nghi|tam nghi|tam dung|dung)\b")


def introduced_doers(segment: str) -> int | None:
    """Where the doers begin, when the segment introduces them after a colon or a copula and their work
    follows them; None otherwise."""
    folded = fold(segment)
    if (asks := DOCUMENT_ASKS.match(folded)) and not find_mentions(segment[: asks.end()]):
        subjects, end = leading_subjects(segment[asks.end() :], asked=True)
        if subjects and (WORK.match(folded, asks.end() + end) or DIRECTIVE_VERB.match(folded, asks.end() + end)):
            return asks.end()
    if (notified := _notified(segment, folded)) is not None:
        return notified
    if (timed := EVENT_TIME.match(folded)) and (doers := leading_subjects(segment[timed.end() :]))[0] \
            and any(not s.catch_all for s in doers[0]):
        work = timed.end() + doers[1]
        if DIRECTIVE_VERB.match(folded, work) or HAS_REPORT.match(folded, work):
            return timed.end()
    for m in sorted([*AS_FOLLOWS.finditer(folded), *COPULA.finditer(folded)], key=lambda found: found.start()):
        if re.search(r"[.;!?]\s", segment[: m.start()]):
            break  # the doers of the first sentence only: a heading's later sentences are read as its segments
        if m.re is COPULA and find_mentions(segment[: m.start()]):
            continue  # "Sở X là cơ quan thường trực …": a body before the copula is the subject
        subjects, end = leading_subjects(segment[m.end() :])
        work = m.end() + end
        if any(not s.catch_all for s in subjects) and (WORK.match(folded, work) or DIRECTIVE_VERB.match(folded, work)):
            return m.end()
    return None


def _notified(segment: str, folded: str) -> int | None:
    """Where the units a body notifies begin ("Sở X thông báo các trường …"), when their work follows them."""
    for m in NOTIFIES.finditer(folded):
        if re.search(r"[.;!?]\s", segment[: m.start()]) or not any(b.end == m.start() for b in find_mentions(segment[: m.start()])):
            continue  # the body notifies right before: not "… theo thông báo các …"
        subjects, end = leading_subjects(segment[m.end() :], asked=True)
        work = m.end() + end
        if any(not s.catch_all for s in subjects) and (CLOSING.match(folded, work) or DIRECTIVE_VERB.match(folded, work)):
            return m.end()
    return None
