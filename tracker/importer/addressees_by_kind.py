"""The general words a letter uses for its addressees by their kind ("Sở X đề nghị các Sở, ngành và các địa
phương …", "… các sở, ngành, địa phương …"): when those words name exactly the kinds of bodies its Kính gửi
lists, they stand for the addressees, one task each (ANNOTATION.md rules 2 and 3), not for groups of their own."""

from __future__ import annotations

import re
from dataclasses import replace

from .catch_all_addressees import REACHES_PAST, READER, READERS, RECIPIENTS
from .name_shapes import Mention
from .text import fold

LOCALITY_KINDS = ("province", "district", "commune")
# Bodies no "sở, ban, ngành" or "cơ quan" covers: schools, the party's committees, the mass organisations, the press.
NOT_STATE_OFFICES = LOCALITY_KINDS + ("school", "party_committee", "mass_organisation", "press")


def _covers(word: str, addressee: Mention) -> bool:
    """Whether one general word names an addressee of this kind: "địa phương" a province, district or commune,
    "sở" a department, "ngành", "ban", "cơ quan" or "phòng" any state office, "đoàn thể" a mass organisation,
    "đơn vị" any body."""
    if word == "dia phuong":
        return addressee.kind in LOCALITY_KINDS
    if word == "so":
        return addressee.kind == "department"
    if word == "doan the":
        return addressee.kind == "mass_organisation"
    if word == "don vi":
        return True
    return addressee.kind not in NOT_STATE_OFFICES


# General words that go on after the first name read stopped ("các Sở, ngành, địa phương …" read as "Các Sở,
# ngành"): a comma or "và" and more such words, before the work.
MORE_WORDS = re.compile(rf"\s*(?:,|va\b)\s*(?:(?:cac|tat ca cac)\s+)?{READER}(?:\s*,\s*{READER})*(?=\s|$)")


def addressees_by_kind(subjects: list[Mention], aliases: dict[str, list[Mention]], after: str = "") -> list[Mention]:
    """The letter's addressees for subjects that are only general words ("các Sở, ngành và các địa phương"),
    when every addressee is of a kind the words name and every word names one of them; empty otherwise (words
    with "liên quan" or "trực thuộc" reach past those addressed, and a page with no Kính gửi has none)."""
    addressees = aliases.get(RECIPIENTS, [])
    written = [fold(m.name).strip() for m in subjects]
    # Bare catch-alls ("các cơ quan, đơn vị") are read by catch_all_addressees, words the letter defines by aliases.
    if not addressees or not subjects or any(m.catch_all for m in subjects) or any(w in aliases for w in written):
        return []
    if more := MORE_WORDS.match(fold(after)):
        written.append(re.sub(r"^(?:,|va\b)\s*", "", more.group().strip()))
    if not all(READERS.fullmatch(w if re.match(r"(?:tat ca )?cac\b", w) else f"cac {w}") for w in written) \
            or any(REACHES_PAST.search(w) for w in written):
        return []
    words = {w for phrase in written for w in re.findall(rf"\b{READER}\b", phrase)}
    if not all(any(_covers(w, a) for w in words) for a in addressees) \
            or not all(any(_covers(w, a) for a in addressees) for w in words):
        return []
    return [replace(a, start=subjects[0].start, end=subjects[-1].end) for a in addressees]
