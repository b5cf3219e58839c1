"""Bodies listed after a colon by their bare names: "Giao các Bộ: Công an, Tài chính …", "các Sở: Y tế,
Nội vụ" — each name of the list a body of its own. The press drops the colon ("gửi các Sở Nội vụ, Tài chính,
Giáo dục & Đào tạo …"): the plural head and two names or more still make the list."""

from __future__ import annotations

import re

from .name_shapes import LISTED_SEPARATOR, Mention
from .vocabulary import DEPARTMENTS

LISTED = re.compile(r"\bcac (bo|so)(?:\s*,\s*(?:(?:ban\s*,?\s*)?nganh|co quan))?(?:\s+(?:co\s+)?lien quan)?\s*:\s*")
# The colon-less list: the plural head straight before the first name; it is a list only if a second name follows.
UNCOLONED = re.compile(r"\bcac (bo|so)\s+")
# Ministries with no department of their name in a province.
MINISTRIES_ONLY = [("Bộ Công an", re.compile(r"cong an\b")), ("Bộ Quốc phòng", re.compile(r"quoc phong\b")),
                   ("Bộ Ngoại giao", re.compile(r"ngoai giao\b"))]


def _listed_name(folded: str, position: int, ministry: bool) -> tuple[int, str] | None:
    """The longest department (or ministry) name that starts at `position`, without its "Sở"/"Bộ"."""
    best: tuple[int, str] | None = None
    patterns = [(name, re.compile(rf"(?:{v})\b")) for name, variants in DEPARTMENTS for v in variants]
    if ministry:
        patterns = [("Bộ" + name.removeprefix("Sở"), p) for name, p in patterns] + MINISTRIES_ONLY
    for name, pattern in patterns:
        m = pattern.match(folded, position)
        if m and (best is None or m.end() > best[0]):
            best = (m.end(), name)
    return best


def listed_after_colon(text: str, folded: str) -> list[Mention]:
    """ "Giao các Bộ: Công an, Tài chính, Nông nghiệp và Môi trường …", "các Sở: Y tế, Nội vụ": each
    name of the list is a body of its own ("Bộ Công an", "Sở Y tế"); the list ends at the first
    words that are not a known name."""
    found: list[Mention] = []
    for m in [*LISTED.finditer(folded), *filter(lambda m: _two_named(folded, m), UNCOLONED.finditer(folded))]:
        ministry = m.group(1) == "bo"
        position, start = m.end(), m.start()
        while (named := _listed_name(folded, position, ministry)) is not None:
            end, name = named
            found.append(Mention(start, end, name, "central" if ministry else "department"))
            separator = LISTED_SEPARATOR.match(folded, end)
            if separator is None or _listed_name(folded, separator.end(), ministry) is None:
                break
            position = start = separator.end()
    return found


def _two_named(folded: str, head: re.Match) -> bool:
    """Whether the plural head is followed by a known name, a separator and another known name."""
    ministry = head.group(1) == "bo"
    first = _listed_name(folded, head.end(), ministry)
    separator = LISTED_SEPARATOR.match(folded, first[0]) if first else None
    return separator is not None and _listed_name(folded, separator.end(), ministry) is not None
