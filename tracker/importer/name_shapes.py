"""An agency name by its shape: the Mention found in a text, and bodies known only by the head
words and level of their name ("Hội Chữ thập đỏ tỉnh", "Phòng Tài chính - Kế hoạch các huyện")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .abbreviations import ABBREVIATIONS, full_fields
from .board_names import BOARD_HEAD, BOARD_REACH, board_stops
from .field_initials import initialled_units
from .firm_names import firm_end
from .joined_boards import joined_board_end
from .proper_names import capitalised_words  # re-exported: the modules that read names import it from here
from .text import UPPER, fold
from .vocabulary import DIRECTIVE_VERB, HONORIFIC


@dataclass(frozen=True)
class Mention:
    """An agency named in a text: its span, its full name and its kind."""

    start: int
    end: int
    name: str
    kind: str  # an AgencyKind value, or "central" for bodies outside the province
    group: bool = False
    catch_all: bool = False
    asked: bool = False  # a catch-all a request names ("đề nghị các đơn vị …"): the sender's own readers

    @property
    def central(self) -> bool:
        """A body outside the province (ministry, Government): its clause is informational."""
        return self.kind == "central"


def expand_abbreviations(name: str) -> str:
    """UBND → Ủy ban nhân dân, BHXH → Bảo hiểm xã hội, TP → thành phố ..."""
    name = full_fields(name)
    for pattern, full in ABBREVIATIONS:
        name = re.sub(pattern, full, name)
    return re.sub(r"\s+", " ", name).strip()


def written_name(words: str) -> str:
    """A name as a draft shows it: abbreviations written out, one space between words, a capital first."""
    name = expand_abbreviations(re.sub(r"\s+", " ", words).strip())
    return name[:1].upper() + name[1:]


# A group of provinces bounded by two of them, the region's kind possibly between ("UBND các tỉnh, thành
# phố từ Hà Tĩnh đến Khánh Hòa", "… ven biển từ Đà Nẵng đến Lâm Đồng"): one group under that name.
PLACE_RANGE = re.compile(r"(?:\s+(?:ven bien|mien nui|bien gioi|khu vuc|phia (?:bac|nam)))?\s+tu\s+")


def range_end(text: str, folded: str, position: int) -> int | None:
    """Where a range of places "từ X đến Y" after `position` ends, if one follows."""
    start = PLACE_RANGE.match(folded, position)
    first = capitalised_words(text, start.end(), limit=3) if start else position
    until = re.compile(r"\s+den\s+").match(folded, first) if start and first > start.end() else None
    last = capitalised_words(text, until.end(), limit=3) if until else position
    return last if until and last > until.end() else None


# The head words of a body's name, then its own name in capitals: "Hội Chữ thập đỏ tỉnh", "Chi cục
# Thủy lợi", "Phòng Tài chính - Kế hoạch các huyện", "Trung tâm Y tế huyện", "Ban Tuyên giáo Tỉnh ủy"; a council by
# "Hội đồng" and its field in capitals ("Hội đồng Thi đua - Khen thưởng các cấp", "Hội đồng Giám định y khoa tỉnh").
HEADS = (r"tap doan|tong cong ty|cong ty|chi cuc|tieu ban|tram|tong cuc|trung tam|benh vien|hoc vien|van phong|thanh tra|kho bac|ngan hang"
         r"|cong an|bo chi huy|toa an|vien kiem sat|lien doan|lien minh|chi nhanh|uy ban|phong|ban|cuc|vu|vien|hoi dong|hoi|doan|dai|quy")
ORGANISATION_HEAD = re.compile(rf"\b(?:{HEADS})\s+")
# A level's project board, often in lower case ("Giao Ban quản lý dự án … huyện"): written as a name is (official_name).
# So is a steering or command board in older texts ("Ban chỉ đạo phòng chống dịch SARS của địa phương").
LOWER_CASE_BOARD = re.compile(r"ban (?:quan ly (?:cac )?du an|chi (?:dao|huy))\b")
# "và" then a word in lower case or another body: the name has ended.
NEXT_BODY = re.compile(rf"(?:so|bo|uy ban|ubnd|bao hiem|bhxh|{HEADS})\s")
# "các cấp", "các ngành, các cấp": a board at every level ("Ban Chỉ huy Phòng thủ dân sự các cấp"), a group.
# "quân khu" (a military region) is a level of the army's bodies: "Ban Chỉ đạo các quân khu".
# "quốc gia" (national) ends a national board's name as "Trung ương" does: "Ban Chỉ đạo Phòng thủ dân sự quốc gia".
# "Xã hội" (society) in a name is no level; "đặc khu" (a special zone) is a commune's level since 2025: "Phòng Lao động - Thương binh và Xã hội quận".
# Nor "quân sự" (military), written in lower case inside a name ("Hội đồng Nghĩa vụ quân sự phường").
# A town's or an urban district's Party committee is a level as a province's is: "Ban Tuyên giáo Thị ủy", "Ban Tổ chức Quận ủy".
LEVEL_WORD = re.compile(r"(?:cac nganh\s*,\s*cac cap|cac cap|tinh uy|thanh uy|huyen uy|thi uy|quan uy|trung uong|quoc gia|viet nam|thanh pho|thi xa|quan khu|tinh|huyen|quan(?!\s+su\b)|xa(?!\s+hoi)|phuong|dac khu"
                        r"|thon|to dan pho|khu pho)\b")
# Levels joined as a city writes them: "quận - huyện", "phường - xã, thị trấn".
JOINED_LEVELS = re.compile(r"(?:\s*[-,]\s*(?:huyen|quan|xa(?!\s+hoi)|phuong|thi tran|thi xa|thanh pho)\b)+")
# A village's body with no village named ("Ban Công tác Mặt trận thôn") is every village's, as "UBND huyện" is.
VILLAGE = ("thon", "to dan pho", "khu pho")
# "Ban Chỉ đạo các tỉnh, thành phố (trực thuộc Trung ương)": the level of every province goes on.
EVERY_PROVINCE_ON = re.compile(r"\s*,\s*thanh pho(?:\s+truc thuoc\s+(?:trung uong|tw))?\b")
# Where a name surely ends: punctuation, a verb of the sentence, or "và" before a word in lower case or
# another body ("Phòng Giáo dục và Đào tạo huyện" is one name, "Hội Nông dân và Công an tỉnh" two).
# Not the comma of "phòng, chống", "phòng, tránh" (the usual words of a board's field: "Ban Chỉ huy Phòng,
# chống thiên tai …", "Ban Chỉ đạo phòng, chống tham nhũng …") nor that of "các ngành, các cấp" (every sector
# and level, a board's level); not "thiên tai" (a disaster), whose folded "tai" is the preposition's twin; nor
# "cơ sở" (the grassroots, a field in names: "Cục Thông tin cơ sở"), whose folded "co" is the verb "có"'s twin.
NAME_STOP = re.compile(r"(?<!phong)(?<!cac nganh),|(?<=phong),(?!\s*(?:chong|tranh)\b)|(?<=cac nganh),(?!\s*cac cap\b)|[;:.()\n]"
                       r"|\s(?:chu tri|phoi hop|co(?!\sso\b)|thuc hien|to chuc|trien khai|bao cao|tham muu|theo|trong|de)\s|(?<!thien)\stai\s")


def _and_stop(text: str, folded: str, position: int) -> re.Match | None:
    """The first "và" after `position` that joins two bodies or ends the name."""
    for m in re.finditer(r"\sva\s+", folded[position:]):
        after = position + m.end()
        if text[after : after + 1].islower() or NEXT_BODY.match(folded, after):
            return re.compile(r"\sva\s").search(folded, position + m.start())
    return None


# Bodies whose name carries no level: a ministry's unit ("Cục Kết cấu hạ tầng xây dựng", "Vụ Pháp chế"), a project board known by
# its number ("Ban Quản lý dự án 85"), a board's sub-committee ("Tiểu ban An toàn nghề cá"), a firm by its form ("Công ty CP X"),
# a state group or corporation ("Tập đoàn Công nghiệp - Viễn thông Quân đội": firm_names);
# a ministry's own office and inspectorate, named by "Bộ" alone in its letters to its units ("Văn phòng Bộ", "Thanh tra Bộ").
UNLEVELLED = re.compile(r"(?:tong cuc|cuc|vu|tieu ban|tap doan|tong cong ty|cong ty\s+(?:cp|co phan|tnhh))\s|ban quan ly (?:cac )?du an\s+(?:\S+\s+){0,3}?\d+\b"
                        r"|(?:van phong|thanh tra)\s+bo\b")


def before_verb(folded: str, start: int, limit: int) -> int:
    """Where a name with no level ends: before the verb of its sentence ("Cục X rà soát …"), looked for
    after the name's first word; "xây dựng" ends many names ("Cục Kinh tế xây dựng") and is left in."""
    for space in re.compile(r"\s+").finditer(folded, start + 1, limit):
        if DIRECTIVE_VERB.match(folded, space.start()) \
                and not folded.startswith("xay dung", space.end()):
            return space.start()
    return limit


# "Vụ Kế hoạch, Tài chính": a unit's name may join two fields with a comma, the second in capitals.
JOINED_FIELD = re.compile(rf",\s*(?=[{UPPER}])")


def _joined_field(text: str, folded: str, end: int) -> int:
    """Where the name ends if a comma joins a second field of up to three words that the sentence's
    verb follows at once or that ends a heading, and that field is no body of its own ("Vụ X, Sở Y …")."""
    joined = JOINED_FIELD.match(text, end)
    if joined is None or re.match(rf"(?:so|bo|uy ban|ubnd|{HEADS})\s", folded[joined.end() :]):
        return end
    for word in list(re.finditer(r"\S+", folded[joined.end() :]))[:3]:
        after = joined.end() + word.end()
        if DIRECTIVE_VERB.match(folded, after) or not folded[after:].strip(" :."):  # or a heading ends
            return after
    return end


def _unlevelled(text: str, folded: str, m: re.Match, limit: int) -> Mention | None:
    shape = UNLEVELLED.match(folded, m.start())
    if shape is None:
        return None
    # "Văn phòng Bộ" has its whole name in the shape: the verb may follow it at once ("Văn phòng Bộ tổng hợp …").
    first = shape.end() - 1 if shape.group(0).endswith(" bo") else shape.end()
    end = shape.end() if shape.group(0)[-1:].isdigit() else before_verb(folded, first, limit)
    if end == limit:
        end = _joined_field(text, folded, end)
    end = firm_end(text, folded, m.start(), end)
    name = re.sub(r"\s+", " ", text[m.start() : end]).strip(" -–")
    if len(name.split()) < 3 or len(name.split()) > 10:
        return None  # "Cục" and one word is a heading cut short; a long run is a sentence, not a name
    return Mention(m.start(), m.start() + len(text[m.start() : end].rstrip(" -–")), name, "other")


def organisations(text: str, folded: str) -> list[Mention]:
    """Bodies named by the shape of their name: a head word in capitals, a name that starts with a
    capital, and its level ("tỉnh", "huyện", "các huyện", "Tỉnh ủy") within a few words."""
    found: list[Mention] = []
    for m in ORGANISATION_HEAD.finditer(folded):
        if not text[m.start()].isupper() or not (text[m.end() : m.end() + 1].isupper() or LOWER_CASE_BOARD.match(folded, m.start())):
            continue
        stops = [x.start() for x in (NAME_STOP.search(folded, m.end()), _and_stop(text, folded, m.end())) if x]
        # A steering or command board's name spells out its field at length ("Ban Chỉ đạo phòng, chống dịch
        # bệnh … tỉnh", its fields listed: see board_names): its level may come later than another body's.
        if board := BOARD_HEAD.match(folded, m.start()):
            stops = board_stops(text, folded, m.end(), _and_stop(text, folded, m.end()), (NAME_STOP, NEXT_BODY))
        limit = min([*stops, len(folded), m.end() + (BOARD_REACH if board else 60)])
        level = next((x for x in LEVEL_WORD.finditer(folded, m.end(), limit)
                      if x.start() > m.end() + 1 and (text[x.start()].islower() or x.group(0) != "quan")), None)
        if level is None and (joined := joined_board_end(text, folded, m.start())) is not None:
            found.append(Mention(m.start(), joined, re.sub(r"\s+", " ", text[m.start() : joined]), "other"))
            continue
        if level is None:
            if (unlevelled := _unlevelled(text, folded, m, limit)) is not None:
                found.append(unlevelled)
            continue
        end = capitalised_words(text, level.end(), limit=3) if level.group(0) in ("tinh", "thanh pho", "huyen") else level.end()
        if level.group(0) in ("huyen", "quan", "xa", "phuong") and (joined := JOINED_LEVELS.match(folded, level.end())):
            end = joined.end()
        group = folded[max(m.end(), level.start() - 4) : level.start()] == "cac " or level.group(0).startswith("cac ") \
            or (level.group(0) in VILLAGE and capitalised_words(text, level.end()) == level.end())
        if group and level.group(0) == "tinh" and (on := EVERY_PROVINCE_ON.match(folded, end)):
            end = on.end()
        name = official_name(re.sub(r"\s+", " ", text[m.start() : end]).strip())
        found.append(Mention(m.start(), end, name, "other", group=group))
    initialled = [Mention(start, end, name, "other") for start, end, name in initialled_units(text)]
    return found + titled_bodies(text, folded) + initialled


# A head whose title repeats the body's head word, then the body: "Chi cục trưởng chi cục kiểm lâm",
# "Viện trưởng Viện Quy hoạch": the title tells that a body's name follows, even one in lower case.
TITLED_HEAD = re.compile(r"\b(chi cuc|tong cuc|cuc|vu|vien)\s+truong\s+(\1)\s+(?=\w)")


def titled_bodies(text: str, folded: str) -> list[Mention]:
    """The bodies named after their head's title, up to punctuation or the sentence's verb."""
    found: list[Mention] = []
    for m in TITLED_HEAD.finditer(folded):
        stop = NAME_STOP.search(folded, m.end())
        limit = min(stop.start() if stop else len(folded), m.end() + 50)
        end = before_verb(folded, m.end(), limit)
        words = re.sub(r"\s+", " ", text[m.start(2) : end]).strip()
        if end > m.end() and len(words.split()) <= 8:
            found.append(Mention(m.start(2), m.start(2) + len(text[m.start(2) : end].rstrip()),
                                 official_name(words[:1].upper() + words[1:]), "other"))
    return found


# The usual orthography of a body's name capitalises the word after its head ("Ban Công tác Mặt trận",
# "Phòng Văn hóa - Xã hội"); a plan written in haste does not ("Ban công tác Mặt trận các thôn").
# Verbs that open with a head word ("Phòng chống …", "Ban hành …") are no names.
NOT_A_NAME = re.compile(r"(?:phong (?:chong|ngua|tranh)|ban (?:hanh|giao|do|dau)|hoi (?:nghi|thao|dap|nhap)|doan (?:ket|kiem tra)"
                        r"|vu (?:viec)|dai (?:dien|hoi)|quy (?:dinh|che|trinh|hoach))\b")


def official_name(text: str) -> str:
    """The text with the word after a leading head word capitalised, as a body's name is written;
    unchanged when it opens with no head word or with a verb that starts like one."""
    folded = fold(text)
    head = re.match(rf"(?:{HEADS})\s+", folded)
    if head is None or not text[:1].isupper() or NOT_A_NAME.match(folded):
        return text
    return text[: head.end()] + text[head.end() : head.end() + 1].upper() + text[head.end() + 1 :]


# "Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực:": a person named by
# their post in a home body, then their post in a committee. The home body is who acts (rule 4).
POSTED = re.compile(
    rf"{HONORIFIC}\s+(?:pho\s+)?(?:truong|giam doc|chanh van phong|chu tich|bi thu|chu nhiem|chi huy truong)\s+"
    rf"(?P<body>(?:{HEADS})\s+.+?)(?=\s+-\s+(?:pho\s+|uy vien|thanh vien|truong|to truong)|\s*:)"
)


def posted_body(heading: str) -> Mention | None:
    """The home body of a person a heading names by post, written as a body's name, or None."""
    m = POSTED.match(fold(heading))
    if m is None:
        return None
    name = heading[m.start("body") : m.end("body")].strip()
    name = official_name(name[:1].upper() + name[1:])
    return Mention(m.start("body"), m.end("body"), name, "other")


# Names of a list are parted by commas, "và", or semicolons ("các Bộ: Tài chính; Xây dựng; Y tế").
LISTED_SEPARATOR = re.compile(r"\s*(?:,\s*va|,|;|va)\s+|\s*[,;]\s*")
PROVINCES_LISTED = re.compile(r"\b(?:uy ban nhan dan|ubnd)\s+cac tinh(?:\s*,\s*thanh pho)?(?:\s+truc thuoc\s+(?:trung uong|tw))?\s*:\s*")
# The centrally-run cities: listed among provinces, their committee is "UBND thành phố X".
CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")


def provinces_listed(text: str, folded: str) -> list[Mention]:
    """ "UBND các tỉnh: Cao Bằng, Lạng Sơn và Hà Giang": the committee of each province named, a body of its own
    (a lower level's list, "UBND các xã: A, B", is read in named_members.py)."""
    found: list[Mention] = []
    for m in PROVINCES_LISTED.finditer(folded):
        position, start = m.end(), m.start()
        while (end := capitalised_words(text, position, limit=3)) > position:
            place = re.sub(r"\s+", " ", text[position:end]).strip()
            level = "thành phố" if place.removeprefix("TP. ").removeprefix("Thành phố ") in CITIES else "tỉnh"
            found.append(Mention(start, end, f"Ủy ban nhân dân {level} {place}", "province"))
            separator = LISTED_SEPARATOR.match(folded, end)
            if separator is None:
                break
            position = start = separator.end()
    return found


# A People's Committee's named place and the level word before it ("… thành phố Hà Nội").
NAMED_COMMITTEE = re.compile(r"^uy ban nhan dan (thanh pho|tinh|huyen|quan|thi xa|xa|phuong|dac khu) \S")


def sharing_head(text: str, folded: str, committee: Mention) -> list[Mention]:
    """ "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh": a place of the same level named after a
    committee's, the head "UBND" left out, is that place's committee too. Only the same level: "UBND
    xã Tân Phú, huyện Đức Hòa" names where the commune lies."""
    named = NAMED_COMMITTEE.match(fold(committee.name))
    if committee.group or named is None:
        return []
    found, position = [], committee.end
    next_place = re.compile(rf"\s*(?:,|\bva\b)\s*({named.group(1)})\s+")
    while (m := next_place.match(folded, position)) and (end := capitalised_words(text, m.end())) > m.end():
        place = re.sub(r"\s+", " ", text[m.start(1) : end]).strip()
        found.append(Mention(m.start(1), end, f"Ủy ban nhân dân {place}", committee.kind))
        position = end
    return found
