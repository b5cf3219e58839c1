"""How a document's subject line or title starts and ends in its header, however its lines were wrapped."""

from __future__ import annotations

import re

from .text import LETTER_OPENING, fold, is_capitalised

# The place and date line: "Hà Nội, ngày 05 tháng 3 năm 2025" (its place may have started on the line above).
PLACE_LINE = re.compile(r"^([^,:;]{2,40}?)\s*,\s*ngày(?:\s+\d{1,2})?(?:\s+tháng\b|\s*$)")

# The words that open a subject and are not part of it: "V/v", "Về việc" (typed "Về viêc" at times), "Về".
ABOUT = re.compile(r"^(?:v/v|ve\s+vi[e]c|ve)\s+")

# The authority that enacts, on its own line after a title: "ỦY BAN NHÂN DÂN TỈNH", "THỦ TƯỚNG CHÍNH PHỦ",
# "CHÍNH PHỦ", "BỘ TRƯỞNG BỘ Y TẾ", "BAN THƯỜNG VỤ TỈNH ỦY".
# A province's Party committee named with its province ("TỈNH ỦY THANH HÓA") ends a title as often as
# it enacts, so only the bare "TỈNH ỦY" is taken for the authority.
ENACTING = re.compile(r"(?:chu tich\s+)?(?:uy ban nhan dan|hoi dong nhan dan|ban thuong vu|tinh uy\s*$|thu tuong chinh phu"
                      r"|chinh phu\s*$|bo truong bo\b)")
# A title line ending in a word that links it to the next ("… LÀM VIỆC VỚI THƯỜNG TRỰC" / "TỈNH ỦY THANH HÓA"):
# the next line goes on with the title, even one that looks like an authority.
LINKING_END = re.compile(r"\b(?:voi|cua|tai|va|ve|cho)\s*$")


def without_about(subject: str) -> str:
    """ "Về việc tổ chức …" → "Tổ chức …": the subject without the words that announce it."""
    m = ABOUT.match(fold(subject))
    subject = subject[m.end() :] if m else subject
    return subject[:1].upper() + subject[1:]


def enacting_line(line: str, next_line: str, title_so_far: str) -> bool:
    """Whether a line in capitals under a title is the authority that enacts, not the title going on.
    The authority may be wrapped too: "THỦ" / "TƯỚNG CHÍNH PHỦ điện:"."""
    if LINKING_END.search(fold(title_so_far)):
        return False
    if ENACTING.match(fold(line)):
        return True
    return len(line.split()) == 1 and bool(ENACTING.match(fold(f"{line} {next_line}")))


def subject_across_blank(line: str) -> bool:
    """Whether the line under a title printed apart from it (a blank line between) is its subject in
    sentence case ("KẾ HOẠCH" / "" / "Tổ chức hội nghị cử tri …"), not the first sentence of the text."""
    return len(line) < 300 and not LETTER_OPENING.match(line) and not line.endswith((".", ":", ";"))


def has_letters(line: str) -> bool:
    """A line of words, not a rule of underscores or dashes under a title."""
    return any(c.isalpha() for c in line)


def wrapped_place(previous: str) -> bool:
    """Whether the line above a date line is the start of its place: a few capitalised words
    ("Thành phố Hồ Chí"), not a summary line or the number."""
    short = previous.split()
    if not 0 < len(short) <= 4 or re.search(r"\d|/", previous) or re.match(r"(Số|V/v|Về)\b", previous):
        return False
    if len(short) == 4:  # four words only as a written name: each capitalised but the level's "phố"
        return all(is_capitalised(word) or word == "phố" for word in short)
    return is_capitalised(short[0]) and is_capitalised(short[-1])


def place_starts(line: str, following: list[str]) -> bool:
    """Whether a line under the summary is the start of the place wrapped onto the date's line
    ("Thành phố Hồ Chí" / "Minh, ngày 28 …"): the summary ends above it."""
    return bool(following) and bool(PLACE_LINE.match(following[0])) and wrapped_place(line)


def title_lines(lines: list[str], start: int, stop: int) -> list[str]:
    """A subject in sentence case under the title, from its first line: it goes on past a blank line only
    with a line in lower case ("…các cấp," / "" / "nhiệm kỳ 2026 - 2031"), and stops at a rule of underscores."""
    about = [lines[start]]
    for at in range(start + 1, min(stop, len(lines))):
        follow = lines[at]
        if not follow and at + 1 < len(lines) and lines[at + 1][:1].islower() and about[-1].endswith(","):
            continue
        if not follow or not has_letters(follow) or follow.endswith((".", ":")) and len(follow) > 80:
            break
        about.append(follow)
    return about


# "BAN HÀNH" opens a decision's title; a copy that lost the spaces around it glued it to its neighbours
# ("BANHÀNH KẾ HOẠCH …", "BAN HÀNHQUY ĐỊNH …"), which casing would then read as one unknown word.
GLUED_ISSUE = re.compile(r"\bBAN\s*HÀNH\s*(?=[^\W\d_])")


def unglued_issue(title: str) -> str:
    """ "BANHÀNH KẾ HOẠCH X" → "BAN HÀNH KẾ HOẠCH X"; a title written with its spaces is unchanged."""
    return GLUED_ISSUE.sub("BAN HÀNH ", title)
