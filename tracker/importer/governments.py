"""Government and the Party named in general words, as directives and the press write them: "chính
quyền địa phương", "chính quyền các cấp", "các cấp ủy đảng, chính quyền" (the "các cấp" shared), and
"đoàn thể", "Mặt trận" in a list of the political system's parts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention

# "chính quyền (các) địa phương", "chính quyền các cấp"; not the model of government ("mô hình chính
# quyền địa phương 02 cấp", "các cấp chính quyền địa phương") nor "chính quyền số".
# Only where a list of bodies or a request puts it: after "và", "phối hợp (với)", "chỉ đạo", "yêu cầu"
# ("Chính quyền địa phương phải gần dân" states a duty of government in general).
LOCAL_GOVERNMENT = re.compile(r"(?:(?<=\bva )|(?<=hop voi )|(?<=phoi hop )|(?<=chi dao )|(?<=yeu cau ))chinh quyen\s+(?:(?:cac\s+)?dia phuong|cac cap)\b"
                              r"(?!\s*(?:0?2|hai|ba|03)\s+cap|\s+cac cap)")
# The parts of the political system listed after the party committees of every level: "các cấp ủy (đảng),
# chính quyền, Mặt trận (Tổ quốc) và (các) đoàn thể": each part at every level, as the list begins.
# The Front by its initials in such a list ("các cấp ủy đảng, chính quyền, MTTQ và …") is the Front of every level.
SYSTEM_PART = re.compile(r"\s*(?:,|\bva\b)\s*(?P<part>chinh quyen(?!\s+dia phuong)|mat tran(?! to quoc)|mttq(?:\s*vn)?|(?:cac\s+)?doan the)\b")
PARTY_LEVELS = re.compile(r"\bcac cap uy(?:\s+dang)?\b")
PART_NAMES = {"chinh quyen": ("Chính quyền các cấp", "other", True),
              "mat tran": ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mass_organisation", False),
              "doan the": ("Các đoàn thể", "mass_organisation", True),
              "mttq": ("Mặt trận Tổ quốc Việt Nam các cấp", "mass_organisation", False)}


def governments(text: str, folded: str) -> Iterator[Mention]:
    for m in LOCAL_GOVERNMENT.finditer(folded):
        written = re.sub(r"\s+", " ", text[m.start() : m.end()]).strip()
        yield Mention(m.start(), m.end(), written[:1].upper() + written[1:], "other", group=True)
    for levels in PARTY_LEVELS.finditer(folded):
        position = levels.end()
        while (part := SYSTEM_PART.match(folded, position)) is not None:
            name, kind, group = PART_NAMES[re.sub(r"^cac\s+|\s*vn$", "", part.group("part"))]
            yield Mention(part.start("part"), part.end("part"), name, kind, group=group)
            position = part.end()
