"""Matching names read from a document to the agency tree, tolerant of abbreviations and spelling."""

from __future__ import annotations

import re

from sqlalchemy import select

from ..agencies.models import Agency, AgencyKind
from ..agencies.services import subtree_ids
from ..extensions import db
from .names import expand_abbreviations, find_mentions
from .text import fold

GROUP_KINDS = {
    "district": AgencyKind.DISTRICT, "commune": AgencyKind.COMMUNE, "department": AgencyKind.DEPARTMENT,
    "mass_organisation": AgencyKind.MASS_ORGANISATION, "party_committee": AgencyKind.PARTY_COMMITTEE,
    "school": AgencyKind.SCHOOL, "press": AgencyKind.PRESS,
}


def agency_key(name: str, province: str | None = None) -> str:
    """A key two spellings of one agency share: "Sở LĐ-TB&XH" and "Sở Lao động - Thương binh và
    Xã hội tỉnh Long An" give the same key; a group not listed out gives "nhóm:<kind>"."""
    if province:
        # The province's own name after its level adds nothing: "Công an tỉnh Sơn La" is "Công an tỉnh",
        # and a centrally-run city's "Hội Cựu chiến binh Thành phố Hồ Chí Minh" is "… Thành phố".
        name = re.sub(rf"\b(tỉnh|thành phố|Tỉnh ủy|Thành ủy)\s+{re.escape(province)}\b", r"\1", name,
                      flags=re.IGNORECASE).strip()
    mentions = [m for m in find_mentions(name) if not m.catch_all]
    if len(mentions) == 1 and mentions[0].end - mentions[0].start >= 0.6 * len(name.strip()):
        mention = mentions[0]
        if mention.group:
            return f"nhóm:{mention.kind}"
        if mention.kind == "province":
            return "uy ban nhan dan tinh"
        name = mention.name
    key = fold(expand_abbreviations(name))
    key = re.sub(r"[^a-z0-9 ]+", " ", key)
    key = re.sub(r"\b(?:cac|tinh|co quan)\s*$", "", key.strip())
    if not key.startswith("uy ban nhan dan"):
        key = re.sub(r"\bthanh pho\s*$", "", key)  # a centrally-run city's bodies: "Công an Thành phố"
    key = re.sub(r"^(?:cac|co quan)\s+", "", key)
    return re.sub(r"\s+", " ", key).strip()


def find_province(name: str | None) -> Agency | None:
    """The registered province (a root agency) whose name contains `name`."""
    if not name:
        return None
    wanted = fold(name)
    for agency in db.session.scalars(select(Agency).where(Agency.parent_id.is_(None))):
        if re.search(rf"\b{re.escape(wanted)}$", fold(agency.name)):
            return agency
    return None


class AgencyIndex:
    """The agencies of one province, looked up by any of their names or aliases."""

    def __init__(self, province: Agency | None):
        self.province = province
        self.agencies: list[Agency] = []
        self.by_key: dict[str, Agency] = {}
        if province is None:
            return
        ids = subtree_ids(province.id)
        self.agencies = list(db.session.scalars(select(Agency).where(Agency.id.in_(ids)).order_by(Agency.name)))
        province_name = _province_name(province)
        for agency in self.agencies:
            for name in [agency.name, agency.short_name, *(agency.aliases or [])]:
                self.by_key.setdefault(agency_key(name, province_name), agency)
        self.by_key.setdefault("uy ban nhan dan tinh", province)

    def match(self, name: str) -> Agency | None:
        """The registered agency a name means, if any."""
        if not name:
            return None
        return self.by_key.get(agency_key(name, _province_name(self.province) if self.province else None))

    def members(self, group_name: str) -> list[Agency]:
        """The agencies a group ("UBND các huyện ...", "các sở, ban, ngành") stands for."""
        key = agency_key(group_name)
        if not key.startswith("nhóm:"):
            return []
        kind = GROUP_KINDS.get(key.split(":", 1)[1])
        return [a for a in self.agencies if a.kind is kind and a.id != getattr(self.by_key.get(key), "id", None)]


def _province_name(province: Agency) -> str:
    return re.sub(r"^(?:Ủy ban nhân dân|UBND)\s+(?:tỉnh|thành phố)\s+", "", province.name)
