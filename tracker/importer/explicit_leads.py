"""Bodies a segment names as explicitly responsible: "X chủ trì", "X có trách nhiệm", a list after "chủ trì:", and
the subject whose duty its sentence states after a first act ("Sở X tiếp nhận hồ sơ …, có trách nhiệm xem xét …")."""

from __future__ import annotations

import re

from .names import Mention, find_mentions
from .subjects import leading_subjects
from .text import fold

# "X chủ trì", "X có (chịu) trách nhiệm chủ trì"; "X có trách nhiệm …" alone is as explicit ("chịu trách nhiệm"
# alone is liability, not work).
# So is a body first named the standing or focal body: "X là cơ quan thường trực (của Ban Chỉ đạo), chủ trì …".
RIGHT_AFTER = re.compile(r"\s*,?\s*(?:la\s+(?:co quan|don vi)\s+(?:thuong truc|dau moi)[^,;.:]{0,60}?,\s*)?"
                         r"(?:(?:(?:co|chiu|duoc giao)\s+trach nhiem\s+)?chu tri|(?:co|duoc giao)\s+trach nhiem)\b")
# A procedure's step tells what its body does first, then its duty in the same sentence: "Sở Công Thương tiếp nhận
# văn bản …, có trách nhiệm xem xét, kiểm tra …". The duty is the subject's, as if written right after its name.
RESPONSIBLE_LATER = re.compile(r"[^.;:]{0,200}?,\s*(?:co|duoc giao)\s+trach nhiem\b")


def explicit_leads(segment: str) -> list[Mention]:
    """Agencies named as "X chủ trì", "X có trách nhiệm" or after "chủ trì:" anywhere in the segment, and the
    segment's subject that a later ", có trách nhiệm" of its sentence binds (no other body named between)."""
    folded = fold(segment)
    mentions = find_mentions(segment)
    leads = []
    for mention in mentions:
        after, before = folded[mention.end : mention.end + 100], folded[max(0, mention.start - 20) : mention.start]
        if RIGHT_AFTER.match(after) or re.search(r"chu tri\s*:\s*$", before) \
                or _responsible_later(folded, mention, mentions) and not leads:
            leads.append(mention)
    return [m for m in _listed_with(segment, leads) if not m.catch_all]


def _listed_with(segment: str, leads: list[Mention]) -> list[Mention]:
    """The leads with the bodies listed before the last of them as the segment's subjects: in "Đài X, Đài Y và
    các cơ quan báo chí có trách nhiệm …" the charge after the last name is the whole list's (rule 2)."""
    if not leads:
        return leads
    subjects, _ = leading_subjects(segment)
    spans = {(m.start, m.end) for m in leads}
    if len(subjects) < 2 or (subjects[-1].start, subjects[-1].end) not in spans:
        return leads
    return [*[s for s in subjects if (s.start, s.end) not in spans], *leads]


def _responsible_later(folded: str, mention: Mention, mentions: list[Mention]) -> bool:
    later = RESPONSIBLE_LATER.match(folded, mention.end)
    return bool(later) and not folded[: mention.start].strip(" -+*") \
        and not any(mention.start < m.start < later.end() for m in mentions)
