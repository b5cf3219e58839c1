"""The bare word "Tỉnh" in a central body's notice about one province: the Government Office's notice of a
leader's conclusions at a meeting with a province writes the province as "Tỉnh" once it has named it ("Tỉnh
căn cứ các quy định hiện hành …", "Trong thời gian tới, Tỉnh tổ chức thực hiện …", "phối hợp chặt chẽ với Tỉnh
để …"). The province acts through its People's Committee (ANNOTATION.md rule 4), so the word is read as that
committee's full name, as a short name the text defines is (defined_abbreviations)."""

from __future__ import annotations

import re

# "Tỉnh" as written, a word of its own; not the start of another body's or thing's name ("Tỉnh ủy", "Tỉnh đoàn",
# "Tỉnh đội", "Tỉnh lộ 5") nor the province named in full ("Tỉnh Điện Biên"), which bare_provinces reads. Nor the
# province as the notice's assessment tells of it ("Tỉnh đã có nhiều cố gắng …", "Tỉnh là địa phương …"): the
# place, what it did or is, no body given work.
BARE = re.compile(r"(?<![\w/])Tỉnh(?=\s+(?!(?:ủy|uỷ|đoàn|đội|lộ|lỵ|trưởng|đã|đang|được|là|có|vẫn|còn)\b)(\w))")


def province_word_named(prose: str, province: str | None, issuer: str | None) -> str:
    """The prose with the bare "Tỉnh" written as the People's Committee of `province`, where the text names
    that province by its level ("tỉnh Điện Biên") and is not the province's own (whose "Tỉnh" is its own voice)."""
    if not province or (issuer and province.lower() in issuer.lower()):
        return prose
    if not re.search(rf"\btỉnh\s+{re.escape(province)}\b", prose, re.IGNORECASE):
        return prose
    committee = f"Ủy ban nhân dân tỉnh {province}"
    return BARE.sub(lambda m: committee if m.group(1).islower() else m.group(0), prose)
