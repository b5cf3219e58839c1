"""A mass organisation's branches at the district level, as its own letters and the press name them: "huyện, thị,
thành Hội" (the Hội of every district, town and city of the province), "các huyện, thị, thành Đoàn". The union is
the one the sentence speaks of ("Ban Thường vụ Hội Nông dân tỉnh … chỉ đạo huyện, thị, thành Hội …"): its branches
are one group, "Hội Nông dân các huyện, thị xã, thành phố"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention
from .text import fold

BRANCHES = re.compile(r"\b(?:cac\s+)?huyen\s*,\s*thi(?:\s+xa)?\s*,\s*thanh(?:\s+pho)?\s+(?P<union>hoi|doan)\b")
# The unions a "Hội" may be, as the text names them before (the nearest one wins).
UNIONS = re.compile(r"\bhoi (?:nong dan|lien hiep phu nu|phu nu|cuu chien binh|chu thap do|khuyen hoc|nguoi cao tuoi)\b")
LEVELS = "các huyện, thị xã, thành phố"


def union_branches(text: str, folded: str) -> Iterator[Mention]:
    """The district branches of a union named "huyện, thị, thành Hội/Đoàn", one group under the union's name."""
    for m in BRANCHES.finditer(folded):
        if not text[m.start("union")].isupper():
            continue  # "… thành hội viên": a member, no branch
        if m.group("union") == "doan":
            union = "Đoàn Thanh niên"
        else:
            named = list(UNIONS.finditer(folded, 0, m.start()))
            union = re.sub(r"\s+", " ", text[named[-1].start() : named[-1].end()]) if named else "Hội"
        yield Mention(m.start(), m.end(), f"{union} {LEVELS}", "mass_organisation", group=True)


def with_union_named(tasks: list, prose: str) -> list:
    """The branches of a "Hội" read where the union was not named in the same sentence part ("… chỉ đạo huyện, thị,
    thành Hội …" after "Ban Thường vụ Hội Nông dân tỉnh"): the union the page named last before the task's words."""
    folded = fold(prose)
    for task in tasks:
        if not task.lead_agency.startswith(f"Hội {LEVELS}"):
            continue
        at = folded.find(fold(task.lead_source or task.text)[:60])
        named = list(UNIONS.finditer(folded, 0, at if at > 0 else len(folded)))
        if named:
            union = re.sub(r"\s+", " ", prose[named[-1].start() : named[-1].end()])
            task.lead_agency = union[:1].upper() + union[1:] + task.lead_agency[len("Hội") :]
    return tasks
