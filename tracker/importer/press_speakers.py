"""A person the press names as the speaker of a request: "Ông Nguyễn Văn A yêu cầu các sở, ngành …",
"Phát biểu tại cuộc họp, bà Trần Thị B đề nghị Sở X …", "Ông A, Phó Chủ tịch UBND tỉnh, chỉ đạo UBND
các xã …". A news report names the leader who spoke by "ông" or "bà" and his or her own name, often
by the given name alone after the first mention ("Ông Bình yêu cầu …"); no body is named before the
request, so the sentence seems to have no subject. The speaker is no lead (a directive addresses
bodies, never a person): those named after the request are the ones who act."""

from __future__ import annotations

import re

from .text import UPPER, fold
from .vocabulary import REQUEST_WORDS

# "ông"/"bà" (or, in the Party's and the Front's press, "đồng chí": "Về thu ngân sách, đồng chí Trần Văn B giao
# Sở X …") and the person's name in capitals (one to four words), an office in apposition between
# commas, then the request; an opening phrase ending with a comma may come first ("Phát biểu tại …,").
PERSON = re.compile(rf"(?:[^,.;:]{{0,80}},\s*)?(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+(?P<name>(?:[{UPPER}][^\s,;:.()]*\s+){{0,3}}[{UPPER}][^\s,;:.()]*)"
                    r"(?:\s*,[^,.;:]{3,80},)?\s+")
# A central letter names the Government's leader who asks by post and own name: "Phó Thủ tướng Trần Văn B yêu
# cầu Bộ X khẩn trương …", "Thủ tướng Chính phủ Lê Văn C giao Bộ Y …" (letters of the Government's office
# conveying a leader's view). The post alone names no body that acts; those after the request do.
LEADER = re.compile(rf"(?:[^,.;:]{{0,80}},\s*)?(?:[Pp]hó\s+)?[Tt]hủ tướng(?:\s+Chính phủ)?\s+"
                    rf"(?P<name>(?:[{UPPER}][^\s,;:.()]*\s+){{1,3}}[{UPPER}][^\s,;:.()]*)\s+")
PAST = re.compile(r"\s*(?:da|tung)\b")
REQUEST = re.compile(rf"(?:(?:cung|da|dong thoi|tiep tuc)\s+)*{REQUEST_WORDS}\s*:?\s+")


def person_request(segment: str) -> int | None:
    """Where the addressees of a request spoken by a person the press names begin, if the sentence
    opens with one (after an opening phrase at most)."""
    person = PERSON.match(segment)
    leader = None if person else LEADER.match(segment)
    person = person or leader
    if person is None or person.group("name").upper() == person.group("name"):
        return None  # a name wholly in capitals is an abbreviation ("Ông UBND …" is no person)
    asks = REQUEST.match(fold(segment), person.end())
    if leader and asks and PAST.match(fold(segment), person.end()):
        return None  # "Tại công văn số …, Phó Thủ tướng A đã giao Bộ X …": the earlier request an urging letter recalls
    return asks.end() if asks else None
