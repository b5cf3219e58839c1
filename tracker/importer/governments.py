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
# The government of the administrative units a central resolution rearranges, named in a list of the bodies it
# charges ("Chính phủ, UBND tỉnh X, chính quyền địa phương các đơn vị hành chính liên quan (đến việc thực hiện sắp
# xếp) và …"): one group, named with its units. Opening a sentence it is what the units' government does, no charge.
LISTED_UNITS = re.compile(r"(?:(?<=, )|(?<=,))chinh quyen dia phuong\s+(?:o\s+)?(?:cac\s+)?don vi hanh chinh(?:\s+cap (?:tinh|huyen|xa))?"
                          r"(?:\s+(?:co\s+)?lien quan(?:\s+den\s+[^,;.]{1,60}?)?)?(?=\s*(?:,|;|\bva\b|\bco trach nhiem\b))")
# The parts of the political system listed after the party committees of every level: "các cấp ủy (đảng),
# chính quyền, Mặt trận (Tổ quốc) và (các) đoàn thể": each part at every level, as the list begins.
# The Front by its initials in such a list ("các cấp ủy đảng, chính quyền, MTTQ và …") is the Front of every level.
# The Front by its name ("…, Mặt trận Tổ quốc và các đoàn thể") is found as a name; the list reads on past it.
# Government with its places or level written after it ("chính quyền các thôn", "Cấp ủy, chính quyền Thành phố")
# is those places' or that level's, named by other rules (hamlets.py).
# "Các ban, ngành" there are that level's branches, one group (elsewhere words for whoever is concerned).
_PLACED = r"(?:dia phuong|cac|tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)"
SYSTEM_PART = re.compile(r"\s*(?:,|;|\bva\b)\s*(?:(?P<front>mat tran to quoc(?:\s+viet nam)?)"
                         rf"|(?P<part>chinh quyen(?P<every_part>\s+cac cap)?(?!\s+{_PLACED}\b)"
                         r"|mat tran(?! to quoc)|mttq(?:\s*vn)?|(?:cac\s+)?doan the|cac ban\s*,\s*nganh(?!\s*,\s*doan the)))\b")
# The committees may be addressed with their organisations ("các cấp ủy, tổ chức đảng, chính quyền …"), or
# bare at the head of the list ("Cấp ủy, chính quyền, các ban, ngành …"). Only "các cấp ủy (đảng)" just
# before shares its "các cấp" with the government ("Chính quyền các cấp"); after the party's organisations
# or a bare "cấp ủy" the government is named bare ("Chính quyền"), as the committees' own papers write it.
PARTY_LEVELS = re.compile(r"\b(?P<every>cac\s+)?cap uy(?:\s+dang)?(?P<units>\s*,\s*(?:cac\s+)?to chuc (?:co so\s+)?dang)?\b")
# A bare "Cấp ủy" heads such a list where a sentence, a part of one or a request opens it.
LIST_HEAD = re.compile(r"(?:^|[.;:\n]|\b(?:yeu cau|de nghi|giao|chi dao))\s*$")
PART_NAMES = {"chinh quyen": ("Chính quyền các cấp", "other", True),
              "mat tran": ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mass_organisation", False),
              "doan the": ("Các đoàn thể", "mass_organisation", True),
              "mttq": ("Mặt trận Tổ quốc Việt Nam các cấp", "mass_organisation", False),
              "ban, nganh": ("Các ban, ngành", "other", True)}


def governments(text: str, folded: str) -> Iterator[Mention]:
    for m in (*LOCAL_GOVERNMENT.finditer(folded), *LISTED_UNITS.finditer(folded)):
        written = re.sub(r"\s+", " ", text[m.start() : m.end()]).strip()
        yield Mention(m.start(), m.end(), written[:1].upper() + written[1:], "other", group=True)
    for levels in PARTY_LEVELS.finditer(folded):
        position = levels.end()
        shared = bool(levels.group("every")) and not levels.group("units")
        if not levels.group("every") and not levels.group("units") and SYSTEM_PART.match(folded, position) \
                and LIST_HEAD.search(folded, max(0, levels.start() - 24), levels.start()) is not None:
            yield Mention(levels.start(), levels.end(), "Các cấp ủy", "party_committee", group=True)
        while (part := SYSTEM_PART.match(folded, position)) is not None:
            position = part.end()
            if part.group("front"):
                continue
            written = part.group("part")[: part.start("every_part") - part.start("part")] if part.group("every_part") else part.group("part")
            name, kind, group = PART_NAMES[re.sub(r"^cac\s+|\s*vn$", "", re.sub(r"\s*,\s*", ", ", written))]
            if name == "Chính quyền các cấp" and not shared and not part.group("every_part"):
                name = "Chính quyền"
            yield Mention(part.start("part"), part.end("part"), name, kind, group=group)
