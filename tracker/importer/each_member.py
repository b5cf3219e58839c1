"""A sentence whose subject is "each" of a kind the text has just listed: "… thuộc các phòng: Tổ chức biên chế;
Văn thư – lưu trữ. Mỗi phòng cử 1–2 công chức …", "… gồm UBND xã An Hòa, xã Bình Lợi. Mỗi xã bố trí …". "Mỗi
phòng" points back at each office listed, so each of them is told to act (rule 2), not the body that listed them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .name_shapes import Mention
from .text import fold

# "Mỗi phòng", "Từng xã", "Mỗi đơn vị": the kind's word after the distributive. Read with its accents: folded,
# "mỗi" is also "Môi" ("Môi trường …"), "từng" also "Tùng".
EACH = re.compile(r"\s*(?:mỗi|từng)\s+(\S+)\s+")
# A member's name without the committee's words, so that "Ủy ban nhân dân xã An Hòa" opens with its level.
COMMITTEE = re.compile(r"^(?:uy ban nhan dan|ubnd)\s+")


def each_of_listed(segment: str, text: str) -> list[Mention]:
    """The bodies of the kind the segment's "Mỗi <kind>" names, listed in `text` before the segment (two or more,
    each at the subject's place in the segment); none when the segment opens otherwise."""
    each = EACH.match(unicodedata.normalize("NFC", segment).lower())
    if each is None:
        return []
    from .names import find_mentions  # names read this module's neighbours; imported when used

    at = text.find(segment[:40])
    before = text[: at if at > 0 else len(text)]
    members = [m for m in find_mentions(before) if not m.group and not m.catch_all
               and COMMITTEE.sub("", fold(m.name)).startswith(fold(each.group(1)) + " ")]
    named = list({m.name: m for m in members}.values())
    return [replace(m, start=each.start(1) - 4, end=each.end(1)) for m in named] if len(named) >= 2 else []
