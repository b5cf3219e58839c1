"""Words of request on a page that make no request: "yêu cầu" counted as a thing ("kế hoạch đặt ra hai yêu cầu
cốt lõi", "các yêu cầu về an toàn"), "phải" after "việc" ("Kế hoạch nhấn mạnh việc phải đề phòng …"), "cần"
before a thing ("cần sự thống nhất"), "phải" in standards that name no one (standards_only), and a request to the
readers in general words for measures the page sets out below (catch_all_addressees). A paragraph whose only such
words are these gives no task and is no clause of the page."""

from __future__ import annotations

import re
import unicodedata

from .catch_all_addressees import announces_measures
from .doc_kinds import THIS_KINDS
from .text import fold

# A quantifier or a noun's determiner before "yêu cầu": the word names requirements, it does not ask. Read
# with its accents: folded, "ba" (three) is also "bà" ("Bà … yêu cầu"), "năm" (five) the end of "Quảng Nam",
# "số" (number) the speaker "Sở".
COUNTED = re.compile(r"\b(?:một|hai|ba|bốn|năm|các|những|một số|nhiều|mọi|số|nhóm)\s*$")
# "việc phải …", "sự cần …": the duty spoken of as a matter, not laid on anyone.
AS_MATTER = re.compile(r"\b(?:viec|su)\s*$")
# "chương trình chỉ đạo tháng 12", "ý kiến chỉ đạo", "sự lãnh đạo, chỉ đạo": direction named as a thing, nobody directed.
# "… nhấn mạnh cần sự thống nhất giữa hai Sở": "cần" before a noun of "sự" states a need, it lays no work on anyone.
# Read with its accents: folded, "sự" is also "sử" ("cần sử dụng …" is work).
NEEDS_THING = re.compile(r"\s+(?:có\s+)?sự\b")
AS_DIRECTION = re.compile(r"\b(?:chuong trinh|y kien|van ban|cong tac|su(?:\s+lanh dao\s*(?:,|va))?)\s*$")


# "… báo cáo UBND thành phố chỉ đạo", "… trình UBND tỉnh xem xét, chỉ đạo": the body reported to directs once it
# knows; the paragraph's own doer reports, and the "chỉ đạo" is what the report is for, no request to anyone.
REPORTED_FOR = re.compile(r"\b(?:bao cao|trinh|xin y kien)\s+(?P<body>[^.;,]{2,60}?)\s+(?:de\s+)?(?:xem xet\s*,?\s*)?$")
BODY_HEAD = re.compile(r"(?:ubnd|uy ban nhan dan|thuong truc|chu tich|tinh uy|thanh uy|huyen uy|ban thuong vu)\b")


def _reported_for(text: str, match: re.Match) -> bool:
    from .names import find_mentions  # names read this module's neighbours; imported when used

    reported = REPORTED_FOR.search(fold(text[: match.start()]))
    if reported is None:
        return False
    # A body by its name, or a committee by its short name the names do not read ("UBND TP", "Thường trực Huyện ủy").
    return BODY_HEAD.match(reported.group("body")) is not None or any(
        m.start == reported.start("body") and m.end == reported.end("body") for m in find_mentions(text[: reported.end("body")]))


# The paragraph's opening phrase of purpose, up to its first comma: "Nhằm kịp thời nắm bắt tình hình và chỉ đạo công
# tác bầu cử, đoàn công tác đã …", "Để chỉ đạo sát sao …, UBND xã …": why the act told after it was done, no request.
# Read with its accents: folded, "để" is also "đề" ("Đề nghị UBND xã chỉ đạo …" asks).
PURPOSE_OPENING = re.compile(r"^\s*(?:nhằm|để)\s+[^,;.:]*$")


# "Phương án nhấn mạnh thực hiện nghiêm túc phương châm "3 sẵn sàng" (… khắc phục khẩn trương …)", "Kế hoạch cũng
# nhấn mạnh việc tăng cường …": a sentence in which the document stresses a way of working, naming no doer before the
# word; an orientation (ANNOTATION.md rule 8): whom the work falls to, the paragraphs that name bodies say.
STRESSED = re.compile(rf"(?:^|[.;!?]\s)\s*(?:{THIS_KINDS}|phuong an|chuong trinh|de an)\s+(?:(?:cung|con|da)\s+)?nhan manh\b[^.;!?]*$")


def _stressed(before: str) -> bool:
    from .names import find_mentions  # names read this module's neighbours; imported when used

    stressed = STRESSED.search(fold(before))
    return stressed is not None and not find_mentions(before[stressed.start() :])


def nominal_use(text: str, match: re.Match) -> bool:
    """Whether one assigning word of a paragraph is a noun (counted requirements, a duty spoken of), the
    direction a report is for, or the purpose an opening phrase gives."""
    word = fold(match.group(0)).strip()
    before = text[: match.start()]
    if PURPOSE_OPENING.match(unicodedata.normalize("NFC", before).lower()) or _stressed(before):
        return True
    if word == "chi dao":
        return AS_DIRECTION.search(fold(before)) is not None or _reported_for(text, match)
    if word == "yeu cau":
        return COUNTED.search(unicodedata.normalize("NFC", before).lower()) is not None
    if word == "can" and NEEDS_THING.match(unicodedata.normalize("NFC", text[match.end() :]).lower()):
        return True
    return word in ("phai", "can") and AS_MATTER.search(fold(before)) is not None


# A paragraph that recounts what a plan holds, its items listed after a colon: "Nội dung thực hiện bao gồm 08 hoạt
# động chính như: Xây dựng …; Chỉ đạo tăng cường …", "Kế hoạch đã xây dựng 7 nhiệm vụ, giải pháp trọng tâm cần thực
# hiện …, gồm có: …". The listed items and the words that qualify them ("nhiệm vụ … cần thực hiện") are the
# plan's headings, read by a reader of the plan; whom they fall to the paragraphs below say.
CONTENTS_LISTED = re.compile(r"^(?:[^.;:]{0,60}?\b(?:ke hoach|chuong trinh|de an|van ban)\s+(?:da\s+)?(?:xay dung|de ra|dat ra|neu|xac dinh)\s+)?"
                             r"(?:(?:\d+|cac|nhung)\s+)?(?:noi dung|nhiem vu|hoat dong|giai phap)\b[^.;:]{0,160}?"
                             r"\b(?:bao gom|gom co|gom|nhu)\s*:")


def lists_contents(text: str, hits: list[re.Match]) -> bool:
    """Whether a paragraph opens by recounting the plan's contents and its every assigning word stands among them."""
    listed = CONTENTS_LISTED.match(fold(text).lstrip())
    if not listed:
        return False
    opening = len(text) - len(text.lstrip()) + listed.start()
    sentence = re.compile(r"\.\s+(?=[A-ZĐ])").search(text, opening + listed.end())
    end = sentence.start() if sentence else len(text)
    noun = re.compile(r"\b(?:noi dung|nhiem vu|hoat dong|giai phap)\b").search(fold(text), opening)
    return all(noun.start() <= hit.start() < end for hit in hits)


def only_announces_measures(text: str, hits: list[re.Match]) -> bool:
    """Whether every assigning word of a paragraph stands in a sentence that only announces measures."""
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.;!?]+[.;!?]?", text)]
    asking = {span for span in sentences for hit in hits if span[0] <= hit.start() < span[1]}
    return bool(asking) and all(announces_measures(text[start:end]) for start, end in asking)


def standards_only(text: str, hits: list[re.Match]) -> bool:
    """Whether a paragraph asks only by "phải" in sentences that name no body and no time, said of the work or of things
    ("Tuyệt đối không để xảy ra tình trạng lạm thu. Mọi khoản thu phải có căn cứ pháp lý …"): the standards the
    doers the page named above keep, no new doer and no clause of its own. Work given a time ("Công tác sơ tuyển
    … phải kết thúc trước ngày 10/10") is a deliverable of its own, whoever does it."""
    from .names import find_mentions  # both import modules that import this one: imported when used
    from .timing import find_timings

    # The sentences that hold the "phải" are read: a paragraph may open with work its doer is left unnamed for
    # ("Lãnh đạo ban chấp hành hội các cấp chuẩn bị tốt nội dung đại hội; … Nội dung đại hội ở từng cấp phải đi sâu …").
    # Words for whoever is concerned ("các cấp" in "nghị quyết đại hội đảng bộ các cấp") name a doer only before the "phải".
    said = [s for s in SENTENCE.finditer(text) if any(s.start() <= hit.start() < s.end() for hit in hits)]
    subjects = " ".join(text[s.start() : min(h.start() for h in hits if s.start() <= h.start() < s.end())] for s in said)
    named = any(not m.catch_all for s in said for m in find_mentions(s.group(0))) or find_mentions(subjects)
    return bool(hits) and all(fold(hit.group(0)) == "phai" for hit in hits) and not named \
        and not any(find_timings(s.group(0)) for s in said)


# A sentence: up to its full stop before a space (or the paragraph's end); not a dotted date's ("10.10.2025").
SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?!\s|$))+(?:[.!?]+|$)")
