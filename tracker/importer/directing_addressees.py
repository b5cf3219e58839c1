"""Who leads when a body is told to direct others ("X chỉ đạo Y …"), read by who the document's issuer is.

A ministry or a province directing its own subordinates may hand them the work: a ministry's own letter asks the
departments in its own voice ("Bộ Y tế chỉ đạo các Sở Y tế …"), and a ministry's decision asking "Ủy ban nhân
dân các tỉnh chỉ đạo Sở X …" reads the department as asked, the province only passing it on. Two readings keep
the directing body the lead:

- a ministry directing a national agency or state group under it ("Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt
  Nam …", "Bộ Công Thương chỉ đạo Tập đoàn Điện lực …"): the Government holds the ministry to account for it;
- any body the Government, the Prime Minister or his office addresses, a ministry, a central agency or the
  provinces' committees ("1. Bộ trưởng Bộ Y tế chỉ đạo Sở Y tế các địa phương …", "3. Chủ tịch Ủy ban nhân dân
  các tỉnh, thành phố chỉ đạo các sở, ngành …"): the issuer stands above it and tells it, through its head, to
  have its own subordinates act; the work is the addressee's to answer for (rule 4), and those it directs are
  neither leads nor partners (rule 5).
"""

from __future__ import annotations

from .issuer_level import government_reading
from .name_shapes import Mention
from .subjects import leading_subjects
from .text import fold

# The bodies a Government document addresses and holds to account for those they direct.
ADDRESSED_KINDS = ("central", "province")


def directs_as_asked(segment: str, subjects: list[Mention], offset: int) -> bool:
    """Whether the subjects, told to direct those named after `offset` ("… chỉ đạo <those> …"), lead the work."""
    return _ministry_directs(segment, subjects, offset) or _addressed_by_government(subjects)


def _ministry_directs(segment: str, subjects: list[Mention], offset: int) -> bool:
    """A ministry directing a national agency or state group (named, not a group nor a catch-all) leads."""
    if not all(m.kind == "central" and fold(m.name).startswith("bo ") for m in subjects):
        return False
    named = leading_subjects(segment[offset:])[0]
    return bool(named) and all(m.kind in ("central", "other") and not m.group and not m.catch_all for m in named)


def _addressed_by_government(subjects: list[Mention]) -> bool:
    """A ministry, a central agency or a province directing others in a Government document leads."""
    return government_reading() and all(m.kind in ADDRESSED_KINDS for m in subjects)
