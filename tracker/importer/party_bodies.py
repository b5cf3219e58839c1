"""The Party's, the Front's and the People's Council's standing bodies as they speak in their own documents
and in the press's account of them: "Ban Thường vụ Huyện ủy đề nghị …", "Thường trực HĐND tỉnh đã đề nghị …",
"Ban Thường trực Ủy ban MTTQ Việt Nam thành phố đề nghị …".

Such a body issues the document (or the instruction the press reports): when its name is followed by its
request, it is the one who asks, never the one asked. It is read as a name that gives no task (as a
catch-all is), so that the request's addressees still lead, and when they are not read the body is not
drafted as the lead of its own request."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, capitalised_words
from .party_units import ORGAN_BEFORE
from .text import fold
from .vocabulary import ASK_WORDS, BEFORE_REQUEST, HONORIFIC, REQUEST_WORDS, URBAN_DISTRICT

# The standing organs: a party committee's standing board or its standing members ("Ban Thường vụ",
# "Thường trực"), its executive committee, the Front's standing board, the Council's standing members.
BOARD = r"(?:ban thuong vu|ban thuong truc|thuong truc|ban chap hanh(?:\s+dang bo)?)"
# Whose organ: a party committee of any level, the People's Council, the Front's committee.
OF_WHOM = (r"(?:(?:tinh|thanh|huyen|quan|thi) uy|dang uy|dang bo|hoi dong nhan dan|hdnd|(?:uy ban|ub)\s*(?:mat tran to quoc|mttq)"
           r"|ubmttq|mat tran to quoc|mttq)")
# The board, the rest of its name (level, place; no punctuation), then its request, maybe after an adverb
# of time or sequence ("đã đề nghị", "cũng yêu cầu"). "chỉ đạo" is left out: "Đề nghị Thường trực Tỉnh ủy
# chỉ đạo …" asks the board itself to direct.
SPEAKING = re.compile(
    rf"\b{BOARD}\s+{OF_WHOM}\b[^,;:.()\n\"“”]{{0,50}}?(?=\s+{BEFORE_REQUEST}{ASK_WORDS}\b)"
)


def speaking_boards(text: str, folded: str) -> Iterator[Mention]:
    """Each standing body named right before its own request, as a name that gives no task."""
    for m in SPEAKING.finditer(folded):
        if not text[m.start()].isupper():
            continue  # "… của ban thường vụ …" in lower case is no body's name opening a sentence
        name = re.sub(r"\s+", " ", text[m.start() : m.end()]).strip()
        yield Mention(m.start(), m.start() + len(text[m.start() : m.end()].rstrip()), name, "party_committee",
                      catch_all=True)
    yield from committees_speaking(text, folded)
    yield from comrades_speaking(text, folded)


# A commune's or a district's Party committee itself speaking in its own letter, as its standing board does: "Đảng
# ủy xã (Hòa Sơn) yêu cầu Công an xã …", "Huyện ủy đề nghị …", "Thị ủy, Thành ủy, Tỉnh ủy yêu cầu …". It asks; those
# named after its request lead, as after "UBND xã X yêu cầu …" (its own name read alone is no body of the sentence).
COMMITTEE = re.compile(r"\b(?:dang uy\s+(?:xa(?!\s+hoi)|phuong|thi tran|dac khu)|tinh uy|thanh uy|huyen uy|quan uy|thi uy)\b")
ASKS_NEXT = re.compile(rf"\s+{BEFORE_REQUEST}{ASK_WORDS}\b")


def committees_speaking(text: str, folded: str) -> Iterator[Mention]:
    for m in COMMITTEE.finditer(folded):
        end = capitalised_words(text, m.end(), limit=4)  # the commune's or the district's name, if written
        if text[m.start()].isupper() and ASKS_NEXT.match(folded, end) \
                and not ORGAN_BEFORE.search(folded, max(0, m.start() - 30), m.start()):  # "Văn phòng Huyện ủy đề nghị": the office asks
            name = re.sub(r"\s+", " ", text[m.start() : end]).strip()
            yield Mention(m.start(), end, name, "party_committee", catch_all=True)


# A person the press names first, then his titles, then what he says: "đồng chí Nguyễn Văn A, Tỉnh ủy viên,
# Chủ tịch Hội Nông dân tỉnh đề nghị …", "Ông Trần B, Phó Chủ tịch UBND huyện phát biểu …". The bodies in
# his titles are his posts, not the doers: the whole run is the speaker, read as a name that gives no task,
# so that those he asks lead and what he only says is no one's work.
COMRADE = re.compile(rf"\b{HONORIFIC}\s+")
TITLES = re.compile(rf"(?:\s*,\s*[^,;:.()\n]{{2,80}}?)+?(?=\s+{BEFORE_REQUEST}(?:{REQUEST_WORDS}"
                    r"|phat bieu|nhan manh|cho biet|khang dinh|ghi nhan|danh gia|chuc mung|trao|luu y)\b)")


def comrades_speaking(text: str, folded: str) -> Iterator[Mention]:
    for m in COMRADE.finditer(folded):
        name_end = capitalised_words(text, m.end(), limit=5)
        if len(text[m.end() : name_end].split()) < 2:
            continue  # "ông", "bà" before no person's name
        titles = TITLES.match(folded, name_end)
        if titles and text[titles.start() :].lstrip(" ,")[:1].isupper():
            yield Mention(m.start(), titles.end(), text[m.start() : titles.end()], "other", catch_all=True)


REQUEST = re.compile(rf"\s+{BEFORE_REQUEST}{ASK_WORDS}\s*:?\s+")


def board_request(segment: str) -> int | None:
    """Where a standing body's request ends when an opening phrase comes before it ("Hưởng ứng chiến dịch
    … do Sở X phát động, Ban Thường trực Ủy ban MTTQ thành phố đề nghị các xã …", "Công văn nêu rõ: Để
    …, Ban Thường vụ Huyện ủy đề nghị …"): the body speaks after a comma or a colon, and those it names
    after its request are the ones asked, whatever bodies the opening phrase named."""
    folded = fold(segment)
    for m in SPEAKING.finditer(folded):
        if segment[m.start()].isupper() and re.search(r"[,:]\s*$", segment[: m.start()]):
            return REQUEST.match(folded, m.end()).end()
    return None


# The levels below the province a Party document addresses its committees by: "xã, phường, thị trấn".
_LEVEL = rf"(?:xa(?!\s+hoi)|phuong|thi tran|dac khu|huyen|{URBAN_DISTRICT}|thi xa|thanh pho)"
# The committee of every commune (or district) of a level, named by the level: "Đảng ủy các xã, thị trấn",
# "Đảng ủy xã, phường, đặc khu". With "các" or several levels it is a group, one committee at each place;
# one level alone ("Đảng ủy xã", "Đảng ủy xã Tân Hòa") is one commune's committee, left to the name's shape.
COMMITTEES_BY_LEVEL = re.compile(rf"\bdang uy\s+(?P<cac>cac\s+)?{_LEVEL}(?P<more>(?:\s*(?:,|va|-)\s*{_LEVEL})+)?\b")
# The committee a group is under, written after "trực thuộc": "Huyện ủy", "Đảng ủy Khối", "Tỉnh ủy".
_OVER = r"(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy(?:\s+khoi)?|dang bo(?:\s+khoi)?)"
# The grassroots committees and cells listed together, as a district's committee addresses them: "các đảng
# ủy, chi bộ trực thuộc Huyện ủy", "cấp ủy các chi bộ, đảng bộ cơ sở trực thuộc": one group, whose name
# runs on to "cơ sở", "trực thuộc" and the committee above them. (One kind alone is a group of group_names.py.)
_UNIT = r"(?:dang uy|dang bo|chi bo)"
CELLS_AND_COMMITTEES = re.compile(rf"\b(?:cap uy\s+)?cac\s+{_UNIT}(?:\s*(?:,|va)\s*{_UNIT})*"
                                  rf"(?:\s+co so|\s+{_LEVEL}(?:\s*(?:,|va|-)\s*{_LEVEL})*)?"
                                  rf"(?:\s+truc thuoc(?:\s+{_OVER})?)?\b")
# The cells of the hamlets: "chi bộ các thôn, tổ dân phố", "các chi bộ thôn, xóm": one cell in each.
_HAMLET = r"(?:thon|xom|ap|ban|buon|khom|khu pho|to dan pho|khu dan cu)"
HAMLET_CELLS = re.compile(rf"\b(?:cac\s+chi bo\s+(?:o\s+)?(?:cac\s+)?|chi bo\s+(?:o\s+)?cac\s+){_HAMLET}(?:\s*(?:,|va|-|/)\s*{_HAMLET})*\b")

# The committee of a bloc of agencies or enterprises, one body whose name runs to its level: "Đảng ủy Khối
# các cơ quan tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh" (not the catch-all "các cơ quan" its words contain); since
# 2025 the committee of a province's Party agencies, "Đảng ủy các cơ quan Đảng tỉnh", is one such body.
BLOC_COMMITTEE = re.compile(r"\bdang uy (?:khoi\s+(?:cac\s+)?(?:co quan|doanh nghiep)(?:\s+(?:va\s+)?(?:cac\s+)?doanh nghiep)?"
                            r"|cac co quan dang)"
                            r"(?:\s+(?:tinh|thanh pho|huyen|trung uong))?\b")

# The standing board of the committee of each unit's own level, as a Party letter to every level names it: "Ban
# Thường vụ cấp ủy cùng cấp", "Thường trực cấp ủy các cấp": one board at each level, a group.
STANDING_BY_LEVEL = re.compile(r"\b(?:ban thuong vu|ban thuong truc|thuong truc)\s+cap uy\s+(?:cung cap|cac cap)\b")

# A member's title, not the committee: "Tỉnh ủy viên", "Huyện ủy viên", "Đảng ủy viên" (a member of that
# committee, as the press presents a speaker: "đồng chí X, Tỉnh ủy viên, Chủ tịch …"). Read as a name that
# gives no task, so that the committee is not drafted for what its member says or does.
MEMBER_TITLE = re.compile(r"\b(?:tinh|thanh|huyen|quan|thi|dang) uy vien\b")

# The Party's mass-mobilisation work at each level, by the names its regulations give: "Khối dân vận các xã,
# thị trấn" (the commune's bloc of the Front, the unions and the offices under the Party committee),
# "Khối dân vận cấp xã", "bộ phận công tác dân vận của lực lượng vũ trang cấp huyện". With "các", a level
# written "cấp …" or several levels, each is a group, one in every unit of that level.
MOBILISATION = re.compile(rf"\b(?:(?:cac\s+)?khoi dan van|(?:cac\s+)?bo phan (?:cong tac\s+)?dan van"
                          r"(?:\s+(?:cua|trong)\s+(?:(?:cac\s+)?luc luong vu trang|quan doi|cong an|chinh quyen|co quan nha nuoc))?)"
                          rf"\s+(?P<level>(?:cac\s+)?{_LEVEL}(?:\s*(?:,|va|-)\s*{_LEVEL})*|cap (?:tinh|huyen|xa|co so)|cac cap)\b")


def party_levels(text: str, folded: str) -> Iterator[Mention]:
    """The Party's committees and cells named by their level or as the units under a committee: groups."""
    for m in COMMITTEES_BY_LEVEL.finditer(folded):
        if m.group("cac") or m.group("more"):
            yield _written(text, m.start(), m.end(), "party_committee")
    for pattern in (CELLS_AND_COMMITTEES, HAMLET_CELLS):
        for m in pattern.finditer(folded):
            yield _written(text, m.start(), m.end(), "party_committee")
    for m in BLOC_COMMITTEE.finditer(folded):
        if text[m.start()].isupper():
            yield Mention(m.start(), m.end(), re.sub(r"\s+", " ", text[m.start() : m.end()]), "party_committee")
    for m in MOBILISATION.finditer(folded):
        level = m.group("level")
        if level.startswith(("cac", "cap")) or re.search(r",|\bva\b|-", level):
            yield _written(text, m.start(), m.end(), "other")
    for m in STANDING_BY_LEVEL.finditer(folded):
        yield _written(text, m.start(), m.end(), "party_committee")
    for m in MEMBER_TITLE.finditer(folded):
        yield Mention(m.start(), m.end(), text[m.start() : m.end()], "party_committee", catch_all=True)
    yield from party_voices(text, folded)


# The people a Party committee speaks through, named as its own: "báo cáo viên", "tuyên truyền viên" and
# "cộng tác viên dư luận xã hội" of a committee ("… của Đảng bộ Khối", "… của Ban Tuyên giáo Huyện ủy") or of
# every level ("… các cấp"). A Party letter asks them by name to spread its message: each a group of people
# acting for that committee. Two joined by "và" share the owner written after the second.
_VOICE = r"(?:bao cao vien|tuyen truyen vien|cong tac vien du luan(?: xa hoi)?)"
VOICES = re.compile(rf"\b(?P<first>{_VOICE})(?:\s*(?:,|va)\s*(?P<second>{_VOICE}))?"
                    r"(?P<owner>\s+(?:cua|thuoc)\s+(?:ban tuyen giao(?: va dan van)?\s+)?"
                    r"(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang bo)\b|\s+cac cap\b)")


def party_voices(text: str, folded: str) -> Iterator[Mention]:
    for m in VOICES.finditer(folded):
        owner_end = m.end() if m.group("owner").strip() == "cac cap" else capitalised_words(text, m.end(), limit=3)
        owner = re.sub(r"\s+", " ", text[m.start("owner") : owner_end])
        for part in ("first", "second"):
            if m.group(part):
                end = m.end(part) if part == "first" and m.group("second") else owner_end
                written = re.sub(r"\s+", " ", text[m.start(part) : m.end(part)])
                yield Mention(m.start(part), end, written[:1].upper() + written[1:] + owner, "party_committee", group=True)


def _written(text: str, start: int, end: int, kind: str) -> Mention:
    written = re.sub(r"\s+", " ", text[start:end]).strip()
    return Mention(start, end, written[:1].upper() + written[1:], kind, group=True)


# The Party's group inside a state body or a mass organisation: "Ban cán sự đảng UBND tỉnh", "Đảng đoàn Hội Nông dân".
PARTY_GROUP = re.compile(r"(?:ban can su dang|dang doan)\b")


def party_group_directs(subjects: list[Mention]) -> bool:
    """ "Ban cán sự đảng UBND tỉnh, lãnh đạo UBND tỉnh chỉ đạo Sở X …", "Đảng đoàn Hội Y chỉ đạo các cấp hội …": a
    party committee's letter asks the party group of a body (and that body's leaders) to lead it; directing those
    under it is the work it is given, so the directing bodies lead, not the ones they direct."""
    return any(PARTY_GROUP.match(fold(m.name)) for m in subjects)


# The Party's central leadership (the Politburo, the Secretariat): the Central Committee gives it work by having it
# direct the party committee of a state body ("Giao Bộ Chính trị chỉ đạo Đảng ủy Chính phủ …"); the committee directed
# does the work, as the departments do what a province hands on.
CENTRAL_LEADERSHIP = re.compile(r"(?:bo chinh tri|ban bi thu)$")


def hands_on(subjects: list[Mention]) -> bool:
    """Whether those asked to direct ("Giao X chỉ đạo Y …") hand the work on to the bodies they direct: a province,
    a central body or the Party's central leadership, unlike an agency told to direct its own units."""
    return any(m.kind in ("province", "central") or CENTRAL_LEADERSHIP.match(fold(m.name)) for m in subjects)
