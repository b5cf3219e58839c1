"""Bodies addressed in general words, told to act: "yêu cầu các ban, ngành, đoàn thể cấp huyện, UBND các xã
…", "Thủ trưởng các cơ quan, đơn vị và UBND các xã, thị trấn tổ chức …". Such words are a catch-all when
tacked on after named bodies ("Sở Y tế và các cơ quan, đơn vị liên quan", ANNOTATION.md rule 2), but a
group of their own (rule 3) when a request addresses them first, with their level, or lists them among
other bodies who all act: each such group is a lead."""

from __future__ import annotations

import re
from dataclasses import replace

from .name_shapes import Mention
from .text import fold

# The general words for the bodies of one level: its offices, units, departments, sectors and unions,
# with the localities after them ("các cơ quan, đơn vị, địa phương"). Not "… liên quan" (whichever are
# concerned), "… chức năng" or "… trực thuộc", whose bodies the reader cannot tell.
MEMBER = r"(?:co quan|don vi|to chuc|so|ban\s*,?\s*nganh|ban|nganh|doan the)"
ADDRESSABLE = re.compile(rf"(?:(?:cac|tat ca cac|moi)\s+)?{MEMBER}(?:\s*,\s*(?:{MEMBER}|dia phuong))*"
                         r"(?P<level>\s+(?:cap (?:tinh|huyen|xa|quan|thanh pho|thi xa)|cac cap|tinh|huyen|thanh pho|thi xa|quan))?")
# The level written after the words, part of the group's name: "các ban, ngành, đoàn thể cấp huyện",
# "các cơ quan, đơn vị tỉnh"; a level word that begins a list of places ("… huyện, thị xã") is no level.
LEVEL = re.compile(r"\s+(?:cap (?:tinh|huyen|xa|quan|thanh pho|thi xa)|cac cap|tinh|huyen)\b(?!\s*,\s*(?:thi xa|thanh pho|thi tran|phuong)\b)")


def with_level(mention: Mention, text: str, folded: str) -> Mention:
    """A catch-all of general words read on over the level written after it ("các ban, ngành, đoàn thể"
    + " cấp huyện"): the level names whose bodies they are, so the list of addressees goes on after it."""
    if not mention.catch_all or not ADDRESSABLE.fullmatch(folded[mention.start : mention.end]):
        return mention
    level = LEVEL.match(folded, mention.end)
    return replace(mention, end=level.end(), name=text[mention.start : level.end()]) if level else mention


def addressed_groups(subjects: list[Mention], text: str, folded: str, asked: bool) -> list[Mention]:
    """The subjects with the general words a request addresses as a group made leads ("yêu cầu các ban,
    ngành, đoàn thể cấp huyện, …"): those that carry their level, and those listed before a body named as
    such (the list's members all act). Alone with no level they stand for the letter's recipients ("đề
    nghị các đơn vị phản hồi …"); last after named bodies, or before more general words only ("… và cá
    nhân có liên quan"), they stay a catch-all; a body told to direct them ("chỉ đạo các đơn vị …") keeps
    the work (`asked` is False there)."""
    if not asked:
        return subjects
    if subjects and all(m.catch_all for m in subjects):
        # "Sở X yêu cầu các đơn vị …": the words alone are those asked, the sender's readers (catch_all_addressees).
        return [replace(subjects[0], asked=True), *subjects[1:]]
    result = list(subjects)
    for index, mention in enumerate(subjects):
        shape = ADDRESSABLE.fullmatch(folded[mention.start : mention.end])
        if not mention.catch_all or shape is None:
            continue
        if shape.group("level") is not None or any(not later.catch_all for later in subjects[index + 1 :]):
            name = re.sub(r"^(?:các|tất cả các|mọi)\s+", "", text[mention.start : mention.end], flags=re.IGNORECASE)
            result[index] = replace(mention, name=f"Các {name}", catch_all=False, group=True)
    return result


# "các sở, (ban,) ngành, địa phương": the province's departments and its localities (districts, communes),
# the two tiers a provincial request addresses at once; each tier is a group of its own. The central
# government's "các bộ, ngành, địa phương" ("các bộ, cơ quan, địa phương") is the same pair: the ministries
# and the provinces.
TWO_TIERS = re.compile(r"(?P<sectors>(?:cac\s+)?(?:so\s*,\s*(?:ban\s*,\s*)?nganh|bo\s*,\s*(?:nganh|co quan)))\s*,\s*dia phuong")


def tiers_apart(mention: Mention, after: str | None = None) -> list[Mention]:
    """The departments and the localities of "các sở, ban, ngành, địa phương" as two leads; with `after`, the
    words after the last name of a list, also the localities written right after the departments."""
    leads = _two_tiers(mention)
    if after is not None and SECTORS.fullmatch(fold(mention.name)) and LOCALITIES_AFTER.match(fold(after)):
        leads.append(Mention(mention.start, mention.end, "Các địa phương", "other", group=True))
    return leads


# "Các sở ngành, địa phương, đơn vị …", "các sở, ngành, địa phương và đơn vị liên quan": when the names stop at
# the departments, the localities written right after them are the request's second tier, a group of their
# own; not "địa phương liên quan", a catch-all.
SECTORS = re.compile(r"(?:cac\s+)?so\s*,?\s*(?:ban\s*,?\s*)?nganh")
LOCALITIES_AFTER = re.compile(r"\s*,\s*dia phuong\b(?!\s+(?:co\s+)?lien quan)")


def _two_tiers(mention: Mention) -> list[Mention]:
    written = mention.name
    folded = fold(written)
    tiers = TWO_TIERS.fullmatch(folded)
    if mention.catch_all or not mention.group or tiers is None:
        return [mention]
    sectors = written[: tiers.end("sectors")]
    sectors = sectors if fold(sectors).startswith("cac ") else f"các {sectors}"
    return [replace(mention, name=sectors[:1].upper() + sectors[1:]),
            Mention(mention.start, mention.end, "Các địa phương", "other", group=True)]


# The charge that names which bodies the general words mean: "các cơ quan, đơn vị được giao trách nhiệm thực hiện
# Chương trình X phối hợp …" are the bodies in charge of X, a group the officer can tell, no catch-all.
CHARGE = re.compile(r"\s+duoc giao\s+(?:nhiem vu|trach nhiem)\s+(?:chu tri\s*,?\s*)?(?:thuc hien|trien khai|quan ly)\s+(?=\S)")


# Or by their competence: "các cơ quan theo thẩm quyền (có thẩm quyền) khẩn trương …" are the bodies whose power the
# work falls under, a group the officer can tell by the work, no catch-all.
COMPETENT = re.compile(r"\s+(?:theo|co)\s+tham quyen\b")


def with_charge(mention: Mention, text: str, folded: str) -> Mention:
    """The general words read on over the charge or the competence written after them, up to the verb of their work."""
    from .vocabulary import DIRECTIVE_VERB  # the vocabulary reads names; imported when used

    if not mention.catch_all or not ADDRESSABLE.fullmatch(folded, mention.start, mention.end):
        return mention
    if (competent := COMPETENT.match(folded, mention.end)) is not None:
        return _told_group(mention, text, competent.end())
    if (charge := CHARGE.match(folded, mention.end)) is None:
        return mention
    for word in re.finditer(r"\s+", folded[charge.end() : charge.end() + 120]):
        at = charge.end() + word.start()
        if re.search(r"[,.;:()]", folded[charge.end() : at]):
            return mention  # the charge runs on into a sentence of its own: no name to tell them by
        # A verb's word right after a capital is part of the charge's title ("Chương trình", "Kế hoạch").
        if DIRECTIVE_VERB.match(folded, at) and not text[: at].split()[-1][:1].isupper():
            return _told_group(mention, text, at)
    return mention


def _told_group(mention: Mention, text: str, end: int) -> Mention:
    """The general words read on to `end` as the name of the group their charge or competence tells."""
    written = re.sub(r"^(?:các|tất cả các)\s+", "", text[mention.start : end], flags=re.IGNORECASE)
    return replace(mention, end=end, name=f"Các {written}", catch_all=False, group=True)
