"""A ministry's centre or institute named with the ministry's field in initials at its end, as the ministry's
own letters write it ("Trung tâm Chuyển đổi số VHTTDL", "Viện Chiến lược TT&TT"): no level in the name, which ends
with the initials; written out with the field in full ("Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch")."""

from __future__ import annotations

import re

from .vocabulary import DEPARTMENTS

# The head, then up to six words of the unit's own name, then the initials (capitals, maybe joined by "&" or "-").
UNIT = re.compile(r"\b(?:Trung tâm|Học viện|Viện)\s+(?P<own>(?:[^\W\d_][\w]*\s+){1,6}?)(?P<initials>[A-ZĐ]{2,}(?:\s*[&-]\s*[A-ZĐ]{2,})?)"
                  r"(?![\w&-])")


def field_named(initials: str) -> str | None:
    """The field a department's initials stand for ("VHTTDL" → "Văn hóa, Thể thao và Du lịch"), or None."""
    folded = initials.lower().replace("đ", "d")
    for name, variants in DEPARTMENTS:
        if any(re.fullmatch(variant, folded) for variant in variants):
            return name.removeprefix("Sở ")
    return None


def initialled_units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the centres and institutes named with a field in initials at their end, the
    field written out."""
    found = []
    for m in UNIT.finditer(text):
        field = field_named(m.group("initials"))
        if field is not None and m.group("own")[:1].isupper():
            name = re.sub(r"\s+", " ", text[m.start() : m.start("initials")]) + field
            found.append((m.start(), m.end(), name))
    return found
