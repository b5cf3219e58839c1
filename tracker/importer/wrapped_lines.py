"""Line breaks a page's fixed width made: a crawl that wraps every line at about 80 characters cuts a
sentence wherever the next word did not fit, after a dash or a semicolon as well as mid-name."""

from __future__ import annotations

import re
from statistics import quantiles

from ..text import UPPER

# Fewer lines surely wrapped than this and a text is not read as hard-wrapped: its width is not known.
MIN_WRAPS = 10
# What opens a paragraph of its own after a line ending in a semicolon, though unnumbered: the grounds of
# a decision's preamble ("Căn cứ …;" / "Theo đề nghị …;" / "Xét …;"), the enacting line under them, a
# heading word, the addressees and the recipients, and the enacting line ("Ủy ban nhân dân tỉnh ban hành
# Quyết định …").
OWN_OPENING = re.compile(
    r"^(?:Căn cứ|Theo đề nghị|Theo đề xuất|Xét\b|Thực hiện\b|Chương\b|Mục\b|Phần\b|Phụ lục\b|Nơi nhận|Kính gửi"
    r"|Điều\s+\d|[^;]{0,60}\bban hành (?:Quyết định|Thông tư|Nghị quyết|Chỉ thị)\b)",
    re.IGNORECASE,
)


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None when its lines were not cut at a width.

    Told by the lines a sentence surely goes on from (the next opens in lower case): most of them were
    cut by the width, a few by the page's markup, so the longest tenth of them is the width."""
    cut = [len(line) for line, below in zip(lines, lines[1:]) if line and below[:1].islower()]
    if len(cut) < MIN_WRAPS:
        return None
    return int(quantiles(cut, n=10)[-1])


def semicolon_wrapped(last_line: str, line: str, width: int | None) -> bool:
    """A line ending in a semicolon that the width cut inside its sentence: the next line's first word
    would not have fitted on it, and that line opens no list item, ground, heading or title of its own.

    "Điều 3. Chánh Văn phòng …; Thủ trưởng các sở, ban, ngành;" / "Ủy ban nhân dân các xã … chịu trách
    nhiệm thi hành Quyết định này." is one sentence; a semicolon ends a paragraph only where the line
    had room left for the next word. The caller has ruled out numbered items and bullets."""
    if width is None or not last_line.endswith(";") or not line[:1].isupper():
        return False
    if line.upper() == line or OWN_OPENING.match(line):
        return False
    return len(last_line) + 1 + len(line.split()[0]) > width


# A range of places written with a dash ("tuyến cao tốc Hà Nội - Hải Phòng", "đoạn Cần Thơ - Cà Mau"), cut
# by the page's width before the dash: the wrapped line ("- Hải Phòng, đoạn qua …") looks like a bullet
# but goes on with the sentence. Told by a full line of a sentence ending in a place's name with no stop
# (a lower-case word, then two capitalised syllables) and a line opening with another such name; a bullet
# ("- Căn cứ …", "- Đối với …") opens with a word in lower case after its first.
_NAME_AT_END = re.compile(rf"\s[a-zđà-ỹ]+\s[{UPPER}]\w*\s[{UPPER}]\w*$")
_NAME_AFTER_DASH = re.compile(rf"^[-–] [{UPPER}]\w*\s[{UPPER}]\w*(?:[,;.]|\s[a-zđà-ỹ])")


def range_wrapped(last_line: str, paragraph: str, line: str) -> bool:
    """A range of places cut before its dash, the rest read as a bullet (see above)."""
    return (len(last_line) >= 50 and len(paragraph) >= 100 and last_line.upper() != last_line
            and bool(_NAME_AT_END.search(last_line)) and bool(_NAME_AFTER_DASH.match(line)))


# A name of two fields joined by a dash ("Tập đoàn Công nghiệp - Viễn thông Quân đội"), one of a list, cut by the
# width before its dash: the line ends on the list's last name begun (a comma or colon, a capitalised word, maybe
# a lower-case syllable or two: "Dịch vụ số") and the next opens with the dash and the second field, capitalised
# words again. A bullet follows a line that ends its sentence, not one ending on a name begun after a comma.
_FIELD_AT_END = re.compile(rf"[,:]\s[{UPPER}]\w*(?:\s[a-zđà-ỹ]+){{0,2}}$")
_FIELD_AFTER_DASH = re.compile(rf"^[-–] [{UPPER}]\w*(?:\s[a-zđà-ỹ]+)?\s[{UPPER}]")


def field_wrapped(last_line: str, line: str) -> bool:
    """A dashed name of a list cut before its dash, the second field read as a bullet (see above)."""
    return (len(last_line) >= 50 and last_line.upper() != last_line
            and bool(_FIELD_AT_END.search(last_line)) and bool(_FIELD_AFTER_DASH.match(line)))
