"""The schools an education office writes to, named by their levels rather than one by one: "các trường
MN, TH, THCS và TH&THCS trên địa bàn huyện" (the levels abbreviated, as the sector always writes them),
"các trường phổ thông, trường phổ thông nhiều cấp học", "các cơ sở giáo dục phổ thông", "các trường học
trực thuộc" (those under the writing Phòng or Sở). Each is one group of units (ANNOTATION.md rule 3)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention

# A school level, written out or abbreviated; the longer forms first ("TH&THCS" before "TH").
LEVELS = [
    (r"th\s*(?:&|va)\s*thcs", "tiểu học và trung học cơ sở"), (r"thcs\s*(?:&|va)\s*thpt", "trung học cơ sở và trung học phổ thông"),
    (r"thpt", "trung học phổ thông"), (r"thcs", "trung học cơ sở"), (r"th", "tiểu học"), (r"mn", "mầm non"),
    (r"mg", "mẫu giáo"), (r"ptdtnt", "phổ thông dân tộc nội trú"), (r"ptdtbt", "phổ thông dân tộc bán trú"),
]
WRITTEN_LEVEL = (r"(?:mam non|mau giao|tieu hoc|trung hoc co so|trung hoc pho thong|pho thong(?: nhieu cap hoc)?"
                 r"|pho thong dan toc (?:noi tru|ban tru))")
LEVEL = rf"(?:{WRITTEN_LEVEL}|(?:{'|'.join(p for p, _ in LEVELS)})(?![\w&]))"
# Where the schools are, or whose they are: "trên (toàn) địa bàn (huyện)", "trên toàn thị xã", "trực thuộc".
AREA = (r"(?:\s+(?:tren\s+(?:toan\s+)?(?:dia ban\s*)?(?:thi xa|huyen|quan|thanh pho|tinh|xa|phuong)?|truc thuoc)"
        r"(?=[\s,;.:)]|$))?")
SCHOOLS = re.compile(
    # "các trường MN, TH, THCS", "các trường phổ thông, trường phổ thông nhiều cấp học"
    rf"\bcac\s+truong\s+{LEVEL}(?:\s*(?:,|va)\s*(?:truong\s+)?{LEVEL})*{AREA}"
    # "các cơ sở giáo dục mầm non, phổ thông", "các trường học trực thuộc"; not "các cơ sở giáo dục" alone, which a
    # plan names among those it encourages ("khuyến khích các cơ sở giáo dục phối hợp với doanh nghiệp …").
    rf"|\bcac\s+co so giao duc\s+(?:{WRITTEN_LEVEL}|thuong xuyen)(?:\s*(?:,|va)\s*(?:giao duc\s+)?(?:{WRITTEN_LEVEL}|thuong xuyen))*{AREA}"
    r"|\bcac\s+(?:don vi\s+)?truong hoc\s+(?:truc thuoc|tren (?:toan\s+)?dia ban(?:\s+(?:thi xa|huyen|quan|thanh pho|tinh))?)\b"
)
ABBREVIATED = re.compile(rf"(?<![\w&])(?:{'|'.join(f'(?P<l{i}>{p})' for i, (p, _) in enumerate(LEVELS))})(?![\w&])", re.IGNORECASE)


def _written_out(name: str) -> str:
    """ "các trường MN, TH&THCS" → "các trường mầm non, tiểu học và trung học cơ sở": the levels by name."""
    return ABBREVIATED.sub(lambda m: LEVELS[int(m.lastgroup[1:])][1], name)


def schools(text: str, folded: str) -> Iterator[Mention]:
    """Each group of schools named by level, its levels written out."""
    for m in SCHOOLS.finditer(folded):
        written = re.sub(r"\s+", " ", text[m.start() : m.end()]).strip()
        name = _written_out(written[:1].upper() + written[1:])
        yield Mention(m.start(), m.end(), name, "school", group=True)
