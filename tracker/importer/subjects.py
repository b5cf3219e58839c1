"""The bodies a sentence opens with (its subjects) and those it names as cooperating."""

from __future__ import annotations

import re
from dataclasses import replace

from .bare_bodies import HAMLET_HEADS, addressed, listed_member
from .bare_provinces import opening_province, province_at
from .general_groups import addressed_groups, with_charge, with_level
from .name_shapes import PROVINCES_LISTED
from .names import Mention, find_mentions
from .sent_to_help import sent_to_help
from .steered_helpers import steers_others
from .text import fold
from .unlevelled_helpers import unlevelled_helper
from .vocabulary import HOLDERS, HONORIFIC

SEPARATOR = re.compile(r"\s*(?:,\s*va\b|,|;|\bva\b|\bcung\b|\bvoi\b)\s*")
# A request that asks the state's bodies, then the Front and the unions, whom it may only invite ("Yêu cầu các phòng,
# ban, UBND các xã; đề nghị Ủy ban MTTQ và các đoàn thể huyện tăng cường …"): one list of addressees of one work.
ASKED_TOO = re.compile(r"\s*;\s*(?:dong thoi\s+)?de nghi\s+")
# An instruction quoted whole, as the press reports it ("“Sở X phối hợp với … tập trung …”. Đó là chỉ đạo
# của UBND tỉnh …"), opens with the quotation mark.
# "… yêu cầu trước mắt các cấp ủy …": "trước mắt", "trước hết" (first of all) may stand before the addressees.
# A schedule's step may open with its days before its doer ("Từ ngày 10/12 đến ngày 12/12/2021 Ban X tiến hành …",
# "Sáng ngày 15/3 Tổ Y …"): the days are the step's time (timing reads them), the body after them its subject.
WHEN_FIRST = (r"(?:(?:sang|chieu|toi)\s+)?(?:tu\s+)?ngay\s+\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?"
              r"(?:\s*(?:den|-|–)\s*(?:ngay\s+)?\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?)?\s+(?=[^\W\d])")
LEADING = re.compile(rf"^\s*[\"“‘']?\s*(?:{WHEN_FIRST})?(?:(?:de nghi|giao cho|giao|yeu cau|uy quyen|dong thoi|khuyen khich|truoc mat|truoc het)\s*:?\s+)*")
# A holder may be addressed politely: "đồng chí", "các ông", "ông (bà)" before the post. The members of a
# board asked as such ("các đồng chí Ủy viên Ban Chấp hành …") are the board; a steering board's, its members
# (STEERING_MEMBERS).
# A head's title may be set off by a comma before the plural bodies it heads ("Yêu cầu: Thủ trưởng, các cơ quan, đơn vị
# … tiếp tục …", as pages type "Thủ trưởng các cơ quan, đơn vị"): the bodies are addressed.
# A state firm's two heads named together ("Chủ tịch HĐTV, Tổng giám đốc các Tập đoàn, …") address the firms.
HOLDER = re.compile(rf"(?:(?:cac\s+)?{HONORIFIC}\s*:?\s+)?(?:{HOLDERS}|(?:cac\s+)?(?:thanh vien|uy vien))(?:\s*,\s*tong giam doc(?=\s+cac\s))?"
                    r"(?:\s*,(?=\s*cac\s))?\s+")
# A short name the sentence gives its subjects, in brackets after them.
DEFINITION = re.compile(r"\s*\((?:sau day|duoi day|goi tat|viet tat)[^()]{0,120}\)")
# Or its initials alone, read on the text as written: "Sở Giáo dục và Đào tạo (GDĐT) yêu cầu …".
INITIALS = re.compile(r"\s*\([A-ZĐ][A-ZĐ&-]{1,11}\)")
BARE_LOCALITIES = re.compile(r"dia phuong(?=\s*,)")
PUBLIC_UNITS = re.compile(r"\s+su nghiep(?:\s+cong lap)?\b")
ABOVE = re.compile(r"\s+(?:noi tren|neu tren|tren day|ke tren)\b")
PLURAL = re.compile(r"(?:cac dong chi|tat ca(?:\s+cac)?|moi|cac)\s+")


def _mention_at(folded: str, position: int, by_start: dict[int, Mention]) -> Mention | None:
    """The name starting at `position`, reading through an office holder and "các"."""
    holder = SECRETARY_AND_CHAIR.match(folded, position) or HOLDER.match(folded, position)
    after_holder = holder.end() if holder else position
    plural = PLURAL.match(folded, after_holder)
    standing = STANDING_ORGAN.match(folded, position)
    for candidate in (position, after_holder, plural.end() if plural else -1, standing.end() if standing else -1):
        if candidate in by_start:
            named = by_start[candidate]
            if STEERING_MEMBERS.fullmatch(folded, position, named.start) and folded.startswith("ban chi dao", named.start):
                return replace(named, start=position, name=f"Thành viên {named.name}", group=True)
            return named
    return None


# The members of a named steering board asked as its members: "đề nghị các thành viên Ban Chỉ đạo CCHC tỉnh góp ý …".
# Each member is a body that sits on the board and answers for its own field (as a command board's do,
# command_members): the lead is "Thành viên Ban Chỉ đạo …", a group the officer expands, not the board meeting as one.
STEERING_MEMBERS = re.compile(r"(?:cac\s+)?thanh vien\s+")


# A body's standing organ named for the body ("phối hợp với Thường trực Ủy ban MTTQ Việt Nam cùng cấp"), as an
# office holder is (ANNOTATION.md rule 4): the body works through it.
STANDING_ORGAN = re.compile(r"(?:ban\s+)?thuong truc\s+")


def _name_at(text: str, folded: str, position: int, by_start: dict[int, Mention], first: bool) -> Mention | None:
    """The name at `position`, or the member a list names bare there ("…, trường học, bệnh viện"), the longer."""
    plural = PLURAL.match(folded, position)  # "Tất cả các cơ quan hành chính, …"
    named = _mention_at(folded, position, by_start)
    member = listed_member(text, folded, position, first) or (listed_member(text, folded, plural.end(), first, position) if plural else None)
    if member is None and (holder := HOLDER.match(folded, position)):
        # "Hiệu trưởng các trường học": the head of a member the list names bare, that member.
        after = PLURAL.match(folded, holder.end())
        member = listed_member(text, folded, after.end() if after else holder.end(), first, position)
    if named is None and member is None and not first and re.search(r",\s*$", folded[:position]) \
            and (local := BARE_LOCALITIES.match(folded, position)):
        # "Các phòng, ban, đơn vị, địa phương, trường học …": the list's "các" is shared; the localities are one more
        # (within the list, between commas: "các sở, ngành, địa phương" closing a list is the stock phrase, read as such).
        return Mention(position, local.end(), "Các địa phương", "other", group=True)
    return member if member and (named is None or member.end > named.end) else named


def leading_subjects(text: str, mentions: list[Mention] | None = None, asked: bool = False) -> tuple[list[Mention], int]:
    """The agencies a sentence opens with (its subjects), and where the list ends.

    Office holders ("Chủ tịch", "Giám đốc", "Thủ trưởng") and "Đề nghị"/"Giao" before a name are
    read through; the list ends at the first word that is not a name or a separator. `asked`: the text
    follows a request ("… yêu cầu "), so its first names are the addressees.
    """
    mentions = find_mentions(_heads_paired(text)) if mentions is None else mentions
    folded = fold(text)
    position = opening = LEADING.match(folded).end()
    subjects: list[Mention] = []
    by_start = {m.start: m for m in mentions}
    asking = bool(ASKED_FIRST.search(folded[:opening]))
    while (mention := _name_at(text, folded, position, by_start, not subjects)) is not None:
        mention = with_charge(with_level(mention, text, folded), text, folded)
        subjects.extend(_party_of_same_level(text, folded, position, mention))
        if mention.group and (public := PUBLIC_UNITS.match(folded, mention.end)) and \
                (last := re.search(r",\s*don vi$", folded[mention.start : mention.end])):
            # "các sở, ban, ngành, đơn vị sự nghiệp công lập và …": the last word opens a name of its own, the
            # public service units, one more subject beside the departments.
            cut = mention.start + last.start()
            subjects.append(replace(mention, end=cut, name=re.sub(r",\s*đơn vị$", "", mention.name, flags=re.IGNORECASE)))
            mention = Mention(cut + last.group().index("d"), public.end(), "Các đơn vị sự nghiệp công lập", "other", group=True)
        subjects.append(mention)
        position = mention.end
        separator = (mention.name in PARTY_OF_PROVINCE and BOTH_PARTIES.match(folded, position)) \
            or asking and ASKED_TOO.match(folded, position) or SEPARATOR.match(folded, position)
        following = _name_at(text, folded, separator.end(), by_start, False) if separator else None
        if following is None or HELPING_GROUP.match(separator.group()) and _general_group(following):
            break  # "UBND xã A cùng các cơ quan, ban ngành …": the level's bodies at large help the one named
        position = separator.end()
    if not subjects and (bare := opening_province(text, position)) is not None:
        subjects, position = [bare], bare.end  # "Thành phố Hà Nội nghiên cứu …": the city's People's Committee
    if len(subjects) == 1 and subjects[0].catch_all and (colon := MEMBERS.match(folded, position)):
        # "Các đơn vị: Công an, Quân sự, Trạm Y tế phải …": the general word's colon introduces who acts.
        listed, end = leading_subjects(text[colon.end() :])
        if listed and not any(m.catch_all for m in listed):
            subjects = [replace(m, start=m.start + colon.end(), end=m.end + colon.end()) for m in listed]
            position = colon.end() + end
    if len(subjects) > 1:
        subjects = [replace(m, name=HAMLET_HEADS[m.name], group=True) if m.name in HAMLET_HEADS else m for m in subjects]
    subjects, position = addressed(subjects, folded, opening, position)
    subjects = addressed_groups(subjects, text, folded, asked or bool(ASKED_FIRST.search(folded[:opening])))
    if subjects and (defined := DEFINITION.match(folded, position) or INITIALS.match(text, position)):
        position = defined.end()  # "UBND phường, xã (sau đây gọi là UBND cấp xã) đối chiếu …": the work follows
    if subjects and (pointed := ABOVE.match(folded, position)):
        position = pointed.end()  # "Sở Y tế các tỉnh nói trên theo dõi …": the words point back, the work follows
    return _party_committees_listed(subjects, folded), position


HELPING_GROUP = re.compile(r"\s*cung\b")
GENERAL_GROUP = re.compile(r"cac (?:co quan|ban|nganh|don vi|doan the)\b")


def _general_group(mention: Mention) -> bool:
    return mention.group and not mention.catch_all and GENERAL_GROUP.match(fold(mention.name)) is not None


# "Giám đốc các sở, Thủ trưởng các ban, ngành (tỉnh)": the stock address of a province's departments and
# agencies names each by its head; the two heads are one group, "các sở, ban, ngành". Read with the second
# head blanked out (the same length, so that every name keeps its place in the text).
HEADS_PAIRED = re.compile(r"(?<=\bcac so,\s)(?:thu truong|lanh dao)\s+cac\s+(?=ban\b)")


def _heads_paired(text: str) -> str:
    match = HEADS_PAIRED.search(fold(text))
    return text if match is None else text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


ASKED_FIRST = re.compile(r"\b(?:de nghi|giao|yeu cau)\b")
# "Bí thư, Chủ tịch UBND các xã, phường": the heads of the commune's two bodies, each told to act; the
# secretary's is the commune's party committee ("Đảng ủy các xã, phường").
SECRETARY_AND_CHAIR = re.compile(rf"(?:(?:cac\s+)?{HONORIFIC}\s+)?bi thu\s*(?:,|va|/)\s*(?:pho\s+)?chu tich\s+")


def _party_of_same_level(text: str, folded: str, position: int, committee: Mention) -> list[Mention]:
    both = SECRETARY_AND_CHAIR.match(folded, position)
    if both is None or committee.kind != "commune" or not fold(committee.name).startswith("uy ban nhan dan") \
            or not re.match(r"(?:uy ban nhan dan|ubnd)\s+", folded[committee.start : committee.end]):
        return []
    levels = re.sub(r"^(?:uy ban nhan dan|ubnd)\s+", "", text[committee.start : committee.end], flags=re.IGNORECASE)
    return [Mention(both.start(), both.end(), "Đảng ủy " + re.sub(r"\s+", " ", levels).strip(), "party_committee",
                    group=committee.group)]


# "Bí thư Tỉnh ủy, Chủ tịch UBND các tỉnh: A, B và C": the party committee is that of each province the
# list names, as its committee is ("Tỉnh ủy A", "Ủy ban nhân dân tỉnh A"); a city's is its "Thành ủy".
PARTY_OF_PROVINCE = ("Tỉnh ủy", "Thành ủy")
BOTH_PARTIES = re.compile(r"\s*,\s*thanh uy(?=\s*(?:,|\bva\b))\s*(?:,|\bva\b)\s*")
LISTED_PLACE = re.compile(r"^Ủy ban nhân dân (tỉnh|thành phố) (\S.*)$")


def _party_committees_listed(subjects: list[Mention], folded: str) -> list[Mention]:
    result: list[Mention] = []
    for index, mention in enumerate(subjects):
        following = subjects[index + 1 :]
        if mention.name not in PARTY_OF_PROVINCE or not following or not PROVINCES_LISTED.match(folded, following[0].start):
            result.append(mention)
            continue
        for place in following:
            named = LISTED_PLACE.match(place.name)
            if place.kind != "province" or place.group or named is None:
                break
            party = "Thành ủy" if named.group(1) == "thành phố" else "Tỉnh ủy"
            result.append(replace(mention, name=f"{party} {named.group(2)}"))
    return result


# How closely the helpers are worked with may come between ("phối hợp thường xuyên với …", "phối hợp chặt chẽ,
# quyết liệt với …", "phối hợp tốt với …").
COOPERATION = re.compile(r"\b(?:phoi hop|cung|ket hop voi)(?:\s*,?\s+(?:chat che|thuong xuyen|tot|quyet liet|hieu qua))*(?:\s+voi)?\s+")


MEMBERS = re.compile(r"\s*:\s*")


def helpers_named_at(folded: str) -> list[int]:
    """Where the helpers are named: after each "phối hợp (với)" or "cùng", except in a clause where the lead directs
    others to help (steered_helpers: those it steers, not its helpers, whose partners are theirs)."""
    positions = []
    for match in COOPERATION.finditer(folded):
        clause_start = max(folded.rfind(";", 0, match.start()), folded.rfind(".", 0, match.start())) + 1
        if not steers_others(folded, clause_start, match.start()):
            positions.append(match.end())
    return positions


def cooperating_in(text: str, mentions: list[Mention] | None = None) -> list[Mention]:
    """Agencies named after "phối hợp (với)" or "cùng", except where a subordinate is told to help."""
    mentions = find_mentions(text) if mentions is None else mentions
    folded = fold(text)
    by_start = {m.start: m for m in mentions}
    result: list[Mention] = []
    for position in helpers_named_at(folded):
        first = True
        while (mention := _helper_at(text, folded, position, by_start, first)) is not None:
            result.append(mention)
            first = False
            # "phối hợp với các cơ quan chức năng: Sở Y tế, …": a catch-all's colon introduces its members.
            separator = SEPARATOR.match(folded, mention.end) or (MEMBERS.match(folded, mention.end) if mention.catch_all else None)
            if separator is None:
                break
            position = separator.end()
    return sorted(result + [m for m in sent_to_help(folded, mentions) if m not in result], key=lambda m: m.start)


def _helper_at(text: str, folded: str, position: int, by_start: dict[int, Mention], first: bool) -> Mention | None:
    """The helper named at `position`; after the first, also a member the list names bare, as a list of subjects
    does ("phối hợp cùng Công an xã, các Trạm Y tế và …": the clinics are helpers too), never one who is no body
    of the state ("…, các doanh nghiệp")."""
    named = _mention_at(folded, position, by_start)
    if named is None and first:
        # "phối hợp với thành phố Hà Nội": the city named bare, through its People's Committee.
        return _named_in_lower_case(text, folded, position, by_start) or _open_kinds(folded, position, by_start) \
            or province_at(text, position) or unlevelled_helper(text, folded, position)
    if named is not None or first:
        return named
    member = listed_member(text, folded, position, False)
    if member is None:
        return unlevelled_helper(text, folded, position)
    return member if not member.catch_all else None


# Kinds of body listed bare before the catch-all that closes them ("phối hợp với các sở, cơ quan liên quan, …").
BARE_KINDS = re.compile(r"(?:cac\s+)?(?:(?:so|ban|nganh|co quan|don vi)\s*,\s*)+")


def _open_kinds(folded: str, position: int, by_start: dict[int, Mention]) -> Mention | None:
    """ "Phối hợp với các sở, cơ quan liên quan, UBND các xã …": the first helpers are kinds of body left open by
    the "liên quan" after the last, one catch-all, and the list of helpers goes on after it."""
    kinds = BARE_KINDS.match(folded, position)
    named = by_start.get(kinds.end()) if kinds else None
    return named if named is not None and named.catch_all else None


# A body's name the text writes in lower case after its capitalised head ("phối hợp với Trung tâm quản lý đường
# thủy, Thanh tra Sở GTVT …"): a name still, when a list of named bodies goes on after its comma.
LOWER_CASE_NAME = re.compile(r"(?:trung tam|chi cuc|tram|cuc|ban quan ly|benh vien|vien)\s+(?P<own>(?:[^\W\d_]+\s+){0,5}?[^\W\d_]+)(?=\s*,\s*)")


def _named_in_lower_case(text: str, folded: str, position: int, by_start: dict[int, Mention]) -> Mention | None:
    """The first helper, named in lower case after its head, if a named body follows it in the list."""
    name = LOWER_CASE_NAME.match(folded, position)
    if name is None or not text[position].isupper() or not text[name.end() - 1].islower():
        return None
    following = SEPARATOR.match(folded, name.end())
    if following is None or _mention_at(folded, following.end(), by_start) is None:
        return None
    # Written as an official name is: its own name's first word with a capital ("Trung tâm Quản lý đường thủy").
    own = name.start("own")
    written = text[position:own] + text[own].upper() + text[own + 1 : name.end()]
    return Mention(position, name.end(), re.sub(r"\s+", " ", written), "other")
