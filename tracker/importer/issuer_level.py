"""Bare names read at the level of the body that issues the document. A province writes "Ngân hàng Nhà nước",
"Mặt trận Tổ quốc Việt Nam", "Hội đồng nhân dân" for the bodies at its own level (the central bank's branch, the
Front's provincial committee, its own council); the Government, the Prime Minister, a ministry, the Party's or the
Assembly's central bodies write the same bare names for the central bodies ("Ngân hàng Nhà nước Việt Nam", "Ủy
ban Trung ương Mặt trận Tổ quốc Việt Nam") and, asking councils, for those of every province. A name written
with its level ("Ngân hàng Nhà nước chi nhánh tỉnh X", "Mặt trận Tổ quốc Việt Nam tại địa phương", "Hội đồng
nhân dân cùng cấp") keeps it whoever writes it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from typing import TYPE_CHECKING

from .name_shapes import Mention
from .text import fold

if TYPE_CHECKING:  # draft.py reads names through metadata, so only the type is imported
    from .draft import DraftTask

# Whether the document being read is a central body's; names are read without an issuer outside a parse.
_CENTRAL: ContextVar[bool] = ContextVar("central_issuer", default=False)
# Whether it is the Government's (its own, the Prime Minister's, or its office's, which speaks for him): above every
# ministry and province it addresses, unlike a ministry, which stands beside the provinces.
_GOVERNMENT: ContextVar[bool] = ContextVar("government_issuer", default=False)
GOVERNMENT_ISSUER = re.compile(r"^(?:thu tuong|chinh phu|van phong chinh phu)\b")

# The central issuers by their name's first words: the Government and its head and office, a ministry (not a
# province's military command, "Bộ Chỉ huy Quân sự tỉnh"), the national social insurance and central bank, the
# Party's Central Committee and its organs, the National Assembly and its committees, a national steering board.
CENTRAL_ISSUER = re.compile(
    r"^(?:thu tuong|chinh phu|van phong chinh phu|bo (?!chi huy|tu lenh|doi\b)|bao hiem xa hoi viet nam"
    r"|ngan hang nha nuoc viet nam|uy ban dan toc$|ban chap hanh trung uong|bo chinh tri|ban bi thu"
    r"|van phong trung uong|ban (?:\w+ ){1,5}trung uong|quoc hoi|uy ban thuong vu quoc hoi"
    r"|uy ban (?:\w+ ){1,6}(?:cua )?quoc hoi|ban chi dao (?:quoc gia|trung uong))")

# A level written after a bare name: the name is not bare ("… tỉnh", "… tại địa phương", "… cùng cấp").
LEVEL_AFTER = re.compile(r"\s*(?:cac\s+|cung\s+|cap\s+)?(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu"
                         r"|cap|khu vuc|chi nhanh|(?:tai|o) (?:dia phuong|cac)|dia phuong)\b")
# What a central document's bare names stand for: (provincial name the text gives, as written bare, central name, kind).
PROVINCIAL_FRONT, CENTRAL_FRONT_NAME = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
CENTRAL_NAMES = (
    ("Ngân hàng Nhà nước chi nhánh tỉnh", re.compile(r"ngan hang nha nuoc"), "Ngân hàng Nhà nước Việt Nam", "central"),
    (PROVINCIAL_FRONT,
     re.compile(r"(?:(?:uy ban|ub)\s*)?(?:mat tran to quoc|mttq)(?:\s*(?:viet nam|vn))?|ubmttq(?:\s*vn| viet nam)?"),
     CENTRAL_FRONT_NAME, "mass_organisation"),
)
# A council named bare: not its standing board, its head, deputies or sessions, nor the Party's group in it.
BARE_COUNCIL = re.compile(r"(?<!thuong truc )(?<!chu tich )(?<!dai bieu )(?<!ky hop )(?<!dang doan )(?<!van phong )"
                          r"(?<!ban )\b(?:hoi dong nhan dan|hdnd)\b")
# The levels a list shares, written once after its last name ("Mặt trận Tổ quốc Việt Nam, Hội Cựu chiến binh các cấp").
SHARED_LEVEL = re.compile(r"[^.;:\n]{0,80}?\b(?:cac cap|cung cap|(?:tai|o) dia phuong)\b")
EVERY_COUNCIL = "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương"


def _issuer_name(issuer: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", fold(issuer or ""))).strip()


def central_issuer(issuer: str | None) -> bool:
    """Whether a document's issuer is a central body."""
    return CENTRAL_ISSUER.match(_issuer_name(issuer)) is not None


@contextmanager
def issuer_level(issuer: str | None) -> Iterator[None]:
    """Names found inside read at the issuer's level."""
    token = _CENTRAL.set(central_issuer(issuer))
    government = _GOVERNMENT.set(GOVERNMENT_ISSUER.match(_issuer_name(issuer)) is not None)
    try:
        yield
    finally:
        _GOVERNMENT.reset(government)
        _CENTRAL.reset(token)


def central_reading() -> bool:
    """Whether names are being read for a central issuer (the key under which names.py keeps a text's names)."""
    return _CENTRAL.get()


def government_reading() -> bool:
    """Whether the document being read is the Government's, the Prime Minister's or his office's."""
    return _GOVERNMENT.get()


def at_issuer_level(text: str, folded: str, mentions: list[Mention], central: bool) -> list[Mention]:
    """The mentions, a central issuer's bare names read as the central bodies they stand for, and its bare
    councils ("Đề nghị Hội đồng nhân dân, …") as those of every province."""
    if not central:
        return mentions
    result = []
    for mention in mentions:
        written = folded[mention.start : mention.end]
        for provincial, bare, name, kind in CENTRAL_NAMES:
            if mention.name == provincial and bare.fullmatch(written) and not LEVEL_AFTER.match(folded, mention.end) \
                    and not SHARED_LEVEL.match(folded, mention.end):
                mention = replace(mention, name=name, kind=kind)
        result.append(mention)
    for m in BARE_COUNCIL.finditer(folded):
        if text[m.start()] != "H" or LEVEL_AFTER.match(folded, m.end()) or any(o.start < m.end() and m.start() < o.end for o in mentions):
            continue
        result.append(Mention(m.start(), m.end(), EVERY_COUNCIL, "other", group=True))
    return sorted(result, key=lambda x: x.start)


# The Front's central committee as written: what keeps it central beside a local lead.
CENTRAL_FRONT = re.compile(r"\b(?:trung uong|tw)\s*(?:mat tran to quoc|mttq)")


def partners_at_lead_level(tasks: list[DraftTask]) -> list[DraftTask]:
    """The tasks, the Front a province's committee works with, named bare, read as the Front at the province's
    level: "UBND các tỉnh … phối hợp với Mặt trận Tổ quốc Việt Nam vận động …" asks each province to work with its
    own Front committee, whoever writes it; the central committee is named so ("Ủy ban Trung ương MTTQ …")."""
    if not central_reading():
        return tasks
    for task in tasks:
        if task.lead_kind == "province" and CENTRAL_FRONT_NAME in task.cooperating_agencies \
                and not CENTRAL_FRONT.search(fold(task.text)):
            task.cooperating_agencies = [PROVINCIAL_FRONT if name == CENTRAL_FRONT_NAME else name
                                         for name in task.cooperating_agencies]
    return tasks
