"""The owner of an article of duties named in general words: "Điều 16. Trách nhiệm của các cơ quan, đơn vị",
"Trách nhiệm các cơ quan, đơn vị cấp thành phố và UBND xã, phường", "Trách nhiệm của các cơ quan, đơn vị xử lý
phản ánh kiến nghị". Inside a sentence such words are a catch-all (ANNOTATION.md rule 2); as the title of an
article whose points are their duties they are the bodies the Quy chế applies to, a group (rule 3)."""

from __future__ import annotations

import re
from dataclasses import replace

from .general_groups import ADDRESSABLE
from .name_shapes import Mention
from .text import fold

# General words for state bodies only: "tổ chức", "cá nhân" take in firms and citizens, whose duties are
# no task (rule 8), and "khác", "(có) liên quan" leave whom they mean open.
STATE_WORDS = re.compile(r"(?:cac\s+)?(?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi|dia phuong))*")
# Those who carry out the work the plan is about, named by it: "Trách nhiệm của đối tượng thực hiện kiểm kê"
# (the bodies the plan charges with the inventory), read as general words for bodies are.
DOERS = re.compile(r"(?:cac\s+)?doi tuong(?=\s+thuc hien\b)")
# What a title adds in brackets after the owner's name ("… cấp trên (bao gồm cả …):"): a remark, not the name.
REMARK_AFTER = re.compile(r"\s*\([^()]*\)[\s.:]*$")
# The level a group's name ends on: "… cấp tỉnh", "… các cấp".
LEVEL_AFTER = re.compile(r"\s+(?:cap (?:tinh|huyen|xa|thanh pho)|cac cap)$")
# What the owner is named by after the words, the work that makes them a set ("… xử lý phản ánh kiến
# nghị", "… quản lý trực tiếp"): a few plain words, no name, no list, no "khác" or "liên quan".
QUALIFIER = re.compile(r"(?:\s+(?!khac\b|lien quan\b|co lien quan\b|va\b|hoac\b|ca nhan\b|to chuc\b|nguoi\b)[a-z]+){1,6}")


def owned_groups(subjects: list[Mention], heading: str, offset: int) -> list[Mention]:
    """The subjects of an article's title after "Trách nhiệm (của)" (at `offset` in `heading`), with its
    general words for state bodies made the group that owns the article."""
    folded = fold(heading)
    owned = []
    for mention in subjects:
        words = folded[mention.start + offset : mention.end + offset]
        if mention.catch_all and STATE_WORDS.match(words) and ADDRESSABLE.fullmatch(words):
            mention = replace(mention, name=_group_name(mention.name), catch_all=False, group=True)
        owned.append(mention)
    if not subjects:
        # "Trách nhiệm của Cơ quan quản lý trực tiếp": the words with what they do, and nothing after.
        whole = STATE_WORDS.match(folded, offset) or DOERS.match(folded, offset)
        qualifier = QUALIFIER.fullmatch(folded, whole.end(), _name_end(folded)) if whole else None
        if qualifier:
            written = heading[offset : qualifier.end()]
            return [Mention(0, len(written), _group_name(written), "other", group=True)]
    elif len(subjects) == 1 and owned[0] is not subjects[0]:
        # "… các cơ quan, đơn vị xử lý phản ánh kiến nghị": the group named by its work, read on to the end.
        end = subjects[0].end + offset
        qualifier = QUALIFIER.fullmatch(folded, end, _name_end(folded))
        if qualifier:
            name = _group_name(heading[subjects[0].start + offset : qualifier.end()])
            return [replace(owned[0], end=qualifier.end() - offset, name=name)]
    return owned


def _name_end(folded: str) -> int:
    """Where the owner's name ends in a title: before its closing colon or stop and any remark in brackets."""
    remark = REMARK_AFTER.search(folded)
    return len((folded[: remark.start()] if remark else folded).rstrip(" .:"))


def general_owner(mention: Mention) -> bool:
    """Whether a heading's body is named in general words ("Các cơ quan, đơn vị", a group `owned_groups` made)."""
    return mention.group and not mention.catch_all and STATE_WORDS.match(fold(mention.name)) is not None


def _group_name(written: str) -> str:
    """The general words as a group's name: "Các cơ quan, đơn vị …" whether or not "các" was written."""
    bare = re.sub(r"^các\s+", "", written.strip(), flags=re.IGNORECASE)
    return f"Các {bare[:1].lower()}{bare[1:]}"


def heading_leads(leads: list[Mention], subjects: list[Mention], owners: list[Mention]) -> list[Mention]:
    """Who does a part under a heading that names its bodies (`owners`), when the part names bodies again."""
    if not leads and subjects and all(s.catch_all for s in subjects) and any(o.group for o in owners) \
            and all(STATE_WORDS.fullmatch(fold(s.name)) for s in subjects):
        # "Trách nhiệm các cơ quan, đơn vị cấp thành phố và UBND xã, phường" then "b) … các cơ quan, đơn vị
        # xây dựng báo cáo …": the general words stand for the article's owners, not for whoever is concerned.
        return owners
    leads = _localities_as_committee(leads, owners)
    # "8. UBND các xã, phường:" then "- Chủ tịch UBND các phường, xã chịu trách nhiệm …": the heading's body
    # named again (its words in another order, its level left out) is still the heading's task.
    leads = [next((o for o in owners if _same_body(o, lead)), lead) for lead in leads]
    if leads and all(lead.group for lead in leads) and any(o.kind == lead.kind and not o.group
                                                           for o in owners for lead in leads):
        # "Các sở: X, Y …: Các Sở, ngành có ý kiến …": the group restates the bodies named.
        return owners
    return leads


# "Các địa phương": the localities, said of the committees that govern them.
LOCALITIES = re.compile(r"cac dia phuong")
COMMITTEE_KINDS = ("province", "district", "commune")


def _localities_as_committee(leads: list[Mention], owners: list[Mention]) -> list[Mention]:
    """Under a heading that names one group of committees ("2. UBND các tỉnh, thành phố …:"), a point that calls
    them "các địa phương" ("b) Lãnh đạo các địa phương cần giữ vững …", "… các bộ, cơ quan, địa phương xây dựng
    …") names the heading's committees again in a general word: the work is theirs, not a second group's."""
    committees = [o for o in owners if o.group and o.kind in COMMITTEE_KINDS]
    if len(committees) != 1:
        return leads
    named = [committees[0] if LOCALITIES.fullmatch(fold(lead.name)) else lead for lead in leads]
    return [lead for at, lead in enumerate(named) if lead not in named[:at]]


def _same_body(one: Mention, other: Mention) -> bool:
    """Two names of one body: the places of a group listed in another order ("UBND các phường, xã" and
    "UBND các xã, phường"), or a group's name with its level left out ("các sở, ban, ngành" under "Trách
    nhiệm của các Sở, ban, ngành cấp tỉnh")."""
    def words(mention: Mention) -> list[str]:
        return sorted(re.findall(r"\w+", LEVEL_AFTER.sub("", fold(mention.name)) if mention.group else fold(mention.name)))
    return one.kind == other.kind and one.group == other.group and words(one) == words(other)
