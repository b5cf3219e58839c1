"""A person the press names as the speaker of a request: "Ông Nguyễn Văn A yêu cầu các sở, ngành …",
"Phát biểu tại cuộc họp, bà Trần Thị B đề nghị Sở X …", "Ông A, Phó Chủ tịch UBND tỉnh, chỉ đạo UBND
các xã …". A news report names the leader who spoke by "ông" or "bà" and his or her own name, often
by the given name alone after the first mention ("Ông Bình yêu cầu …"); no body is named before the
request, so the sentence seems to have no subject. The speaker is no lead (a directive addresses
bodies, never a person): those named after the request are the ones who act. So is a place the press names
for its authority ("Tỉnh A giao …", "…, phường B yêu cầu …")."""

from __future__ import annotations

import re

from .text import UPPER, fold
from .vocabulary import BEFORE_REQUEST, HONORIFIC, REQUEST_WORDS

# An officer's rank stands where a civilian's "ông" would, before his name: "Thiếu tướng Lê Văn A đề nghị …".
RANK = r"(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu)\s+(?:tướng|tá|úy)"
# "ông"/"bà" (or, in the Party's and the Front's press, "đồng chí": "Về thu ngân sách, đồng chí Trần Văn B giao
# Sở X …") and the person's name in capitals (one to four words), an office in apposition between
# commas, then the request; opening phrases ending with a comma may come first ("Phát biểu tại …,", "Tại cuộc họp,
# liên quan đến việc lập danh sách cử tri, in thẻ cử tri …, đồng chí A yêu cầu …": the matter, then who spoke).
OPENING = r"(?P<opening>(?:[^,.;:]{0,140},\s*){0,4}?)"
PERSON = re.compile(rf"{OPENING}(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|{RANK})\s+(?P<name>(?:[{UPPER}][^\s,;:.()]*\s+){{0,3}}[{UPPER}][^\s,;:.()]*)"
                    r"(?:\s*,[^,.;:]{3,80},)?\s+")
# A central letter names the Government's leader who asks by post and own name: "Phó Thủ tướng Trần Văn B yêu
# cầu Bộ X khẩn trương …", "Thủ tướng Chính phủ Lê Văn C giao Bộ Y …" (letters of the Government's office
# conveying a leader's view). The post alone names no body that acts; those after the request do.
LEADER = re.compile(rf"(?:[^,.;:]{{0,80}},\s*)?(?:[Pp]hó\s+)?[Tt]hủ tướng(?:\s+Chính phủ)?\s+"
                    rf"(?P<name>(?:[{UPPER}][^\s,;:.()]*\s+){{1,3}}[{UPPER}][^\s,;:.()]*)\s+")
PAST = re.compile(r"\s*(?:da|tung)\b")
REQUEST = re.compile(rf"{BEFORE_REQUEST}{REQUEST_WORDS}\s*:?\s+")


def person_request(segment: str) -> int | None:
    """Where the addressees of a request spoken by a person the press names begin, if the sentence
    opens with one (after an opening phrase at most)."""
    person = PERSON.match(segment)
    leader = None if person else LEADER.match(segment)
    person = person or leader
    if person is None or person.group("name").upper() == person.group("name"):
        return None  # a name wholly in capitals is an abbreviation ("Ông UBND …" is no person)
    asks = _request_after(segment, person)
    if leader and asks and PAST.match(fold(segment), person.end()):
        return None  # "Tại công văn số …, Phó Thủ tướng A đã giao Bộ X …": the earlier request an urging letter recalls
    return asks.end() if asks else None


def _request_after(segment: str, speaker: re.Match) -> re.Match | None:
    """The request right after the speaker a sentence opens with; none when the opening phrase before the speaker
    made one already ("UBND tỉnh yêu cầu các sở, …, huyện A …": the request was made before, by another)."""
    if re.search(rf"\b{REQUEST_WORDS}\b", fold(speaker.groupdict().get("opening") or "")):
        return None
    return REQUEST.match(fold(segment), speaker.end())


# A leader the press names by his post alone, the body he heads after it, before his request: "Phó Tư lệnh Quân
# khu 4 cũng yêu cầu Ban Chỉ huy Quân sự các xã …", "đồng chí Phó Bí thư Thường trực Huyện ủy giao nhiệm vụ cho
# Ban Tuyên giáo …", "Chính ủy Bộ Chỉ huy Quân sự tỉnh đề nghị …". The post speaks for its body at the meeting
# the page reports (a person, no lead); those named after the request act.
POST = r"(?:pho\s+)?(?:bi thu|chu tich|tu lenh|chinh uy|chi huy truong|tham muu truong|giam doc|truong ban|chu nhiem)"
TITLED = re.compile(rf"(?:[^,.;:]{{0,80}},\s*)?(?:{HONORIFIC}\s+)?(?P<post>{POST})(?:\s+thuong truc)?\b[^,.;:()]{{0,50}}?"
                    rf"\s+{BEFORE_REQUEST}{REQUEST_WORDS}\s*:?\s+")


def titled_request(segment: str) -> int | None:
    """Where the addressees of a request spoken by a post the press names begin, if the sentence opens with one."""
    titled = TITLED.match(fold(segment))
    return titled.end() if titled and segment[titled.start("post")].isupper() else None


# A page names the authority it reports by its place alone, the level and the place's own name, before its request:
# "Tỉnh Hòa Bình giao Sở X chủ trì …", "Thực hiện Công điện … của UBND tỉnh, phường An Khê yêu cầu các phòng …". The
# place speaks through its People's Committee (no lead of the work); those named after the request act. The level
# written bare ("Phường cũng yêu cầu …") is read with the other requests in a sentence (segment_subjects.BARE_LEVEL).
PLACE = re.compile(rf"{OPENING}(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu)"
                   rf"\s+(?P<name>(?:[{UPPER}][^\s,;:.()]*\s+){{1,4}})")


def place_request(segment: str) -> int | None:
    """Where the addressees of a request a place makes by its name begin, if the sentence opens with one (after an
    opening phrase at most)."""
    place = PLACE.match(segment)
    asks = _request_after(segment, place) if place else None
    return asks.end() if asks else None
