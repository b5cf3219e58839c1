"""The Fatherland Front named short beside the unions: "Mặt trận và các đoàn thể huyện" is the Front's
committee and the unions of the level written once after both ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention

FRONT_BESIDE_UNIONS = re.compile(
    r"\bmat tran(?=\s*(?:,|va)\s*(?:cac\s+)?(?:hoi\s*,\s*)?doan the\s+(?P<level>tinh|huyen|thi xa|thanh pho|xa(?! hoi)|phuong)\b)"
)


def fronts(text: str, folded: str) -> Iterator[Mention]:
    for m in FRONT_BESIDE_UNIONS.finditer(folded):
        if text[m.start()].isupper():
            level = text[m.start("level") : m.end("level")]
            yield Mention(m.start(), m.end(), f"Ủy ban Mặt trận Tổ quốc Việt Nam {level}", "mass_organisation")
