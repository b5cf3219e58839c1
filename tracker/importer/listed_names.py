"""Bodies listed after a colon by their bare names: "Giao các Bộ: Công an, Tài chính …", "các Sở: Y tế,
Nội vụ" — each name of the list a body of its own."""

from __future__ import annotations

import re

from .name_shapes import LISTED_SEPARATOR, Mention
from .vocabulary import DEPARTMENTS

LISTED = re.compile(r"\bcac (bo|so)(?:\s*,\s*(?:(?:ban\s*,?\s*)?nganh|co quan))?(?:\s+(?:co\s+)?lien quan)?\s*:\s*")
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
    for m in LISTED.finditer(folded):
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
