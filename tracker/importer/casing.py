"""How a body's name is written: the capitals of official names (Nghị định 30/2020/NĐ-CP writes the
kind of body and its field with a capital, "Bộ Lao động - Thương binh và Xã hội", "Cục Thuế")."""

from __future__ import annotations

import re

from .names import find_mentions
from .text import fold

# Words official names always write with their capitals, whatever the case around them.
PROPER_TERMS = ("Đảng", "Nhà nước", "Chính phủ", "Thủ tướng", "Bộ Chính trị", "Tỉnh ủy", "Trung ương", "Việt Nam", "Quốc hội")

# The kind of body a name starts with, and the level before a place's name that ends it.
KIND_HEADS = re.compile(r"^((?:Tổng cục|Chi cục|Trung tâm|Văn phòng|Bộ|Sở|Cục|Vụ|Ban|Viện)\s+)(\w)")
PLACE_AFTER_LEVEL = re.compile(r"\b((?:tỉnh|thành) ủy|tỉnh|thành phố)\s+(?!ủy\b)((?:\w+\s*){1,3})$", re.IGNORECASE)


def official_casing(name: str) -> str:
    """A body's name, put in sentence case from the capitals of a header, with the capitals official
    names have: a known body as it is spelled ("Bộ Y tế"), the word after the kind of body ("Cục
    Thuế", "Ban Chỉ đạo …") and a place that ends the name ("Tỉnh ủy Quảng Nam")."""
    name = KIND_HEADS.sub(lambda m: m.group(1) + m.group(2).upper(), name)
    return _known_casing(PLACE_AFTER_LEVEL.sub(lambda m: f"{m.group(1)} {m.group(2).title()}", name))


def _known_casing(name: str) -> str:
    """A known body's name written as it is spelled ("BỘ Y TẾ", in sentence case "Bộ y tế", is "Bộ Y
    tế"); only the case of its letters and the spaces around its dashes change."""
    letters = lambda words: re.sub(r"[^a-z0-9]+", "", fold(words))  # noqa: E731
    for mention in reversed(find_mentions(name)):
        if not mention.group and letters(name[mention.start : mention.end]) == letters(mention.name):
            name = name[: mention.start] + mention.name + name[mention.end :]
    return name
