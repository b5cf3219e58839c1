"""Words of request on a page that make no request: "yêu cầu" counted as a thing ("kế hoạch đặt ra hai yêu cầu
cốt lõi", "các yêu cầu về an toàn"), "phải" after "việc" ("Kế hoạch nhấn mạnh việc phải đề phòng …"), and a
request to the readers in general words for measures the page sets out below (catch_all_addressees). A
paragraph whose only such words are these gives no task and is no clause of the page."""

from __future__ import annotations

import re
import unicodedata

from .catch_all_addressees import announces_measures
from .text import fold

# A quantifier or a noun's determiner before "yêu cầu": the word names requirements, it does not ask. Read
# with its accents: folded, "ba" (three) is also "bà" ("Bà … yêu cầu"), "năm" (five) the end of "Quảng Nam",
# "số" (number) the speaker "Sở".
COUNTED = re.compile(r"\b(?:một|hai|ba|bốn|năm|các|những|một số|nhiều|mọi|số|nhóm)\s*$")
# "việc phải …", "sự cần …": the duty spoken of as a matter, not laid on anyone.
AS_MATTER = re.compile(r"\b(?:viec|su)\s*$")
# "chương trình chỉ đạo tháng 12", "ý kiến chỉ đạo", "sự lãnh đạo, chỉ đạo": direction named as a thing, nobody directed.
AS_DIRECTION = re.compile(r"\b(?:chuong trinh|y kien|van ban|cong tac|su(?:\s+lanh dao\s*(?:,|va))?)\s*$")


def nominal_use(text: str, match: re.Match) -> bool:
    """Whether one assigning word of a paragraph is a noun (counted requirements, a duty spoken of)."""
    word = fold(match.group(0)).strip()
    before = text[: match.start()]
    if word == "yeu cau":
        return COUNTED.search(unicodedata.normalize("NFC", before).lower()) is not None
    if word == "chi dao":
        return AS_DIRECTION.search(fold(before)) is not None
    return word in ("phai", "can") and AS_MATTER.search(fold(before)) is not None


def only_announces_measures(text: str, hits: list[re.Match]) -> bool:
    """Whether every assigning word of a paragraph stands in a sentence that only announces measures."""
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.;!?]+[.;!?]?", text)]
    asking = {span for span in sentences for hit in hits if span[0] <= hit.start() < span[1]}
    return bool(asking) and all(announces_measures(text[start:end]) for start, end in asking)
