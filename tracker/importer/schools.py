"""The schools an education office writes to, named by their levels rather than one by one: "các trường
MN, TH, THCS và TH&THCS trên địa bàn huyện" (the levels abbreviated, as the sector always writes them),
"các trường phổ thông, trường phổ thông nhiều cấp học", "các cơ sở giáo dục phổ thông", "các trường học
trực thuộc" (those under the writing Phòng or Sở), "các trường học và cơ sở giáo dục trên địa bàn". Each is one group of units (ANNOTATION.md rule 3)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, capitalised_words

# A school level, written out or abbreviated; the longer forms first ("TH&THCS" before "TH").
LEVELS = [
    (r"th\s*(?:&|va)\s*thcs", "tiểu học và trung học cơ sở"), (r"thcs\s*(?:&|va)\s*thpt", "trung học cơ sở và trung học phổ thông"),
    (r"thpt", "trung học phổ thông"), (r"thcs", "trung học cơ sở"), (r"th", "tiểu học"), (r"mn", "mầm non"),
    (r"mg", "mẫu giáo"), (r"ptdtnt", "phổ thông dân tộc nội trú"), (r"ptdtbt", "phổ thông dân tộc bán trú"),
]
WRITTEN_LEVEL = (r"(?:mam non|mau giao|tieu hoc|trung hoc co so|trung hoc pho thong|pho thong(?: nhieu cap hoc)?"
                 r"|pho thong dan toc (?:noi tru|ban tru))")
# Who owns a school: the State, or not ("công lập", "ngoài công lập", "tư thục", "dân lập").
OWNERSHIP = r"(?:cong lap|ngoai cong lap|tu thuc|dan lap)(?!\w)"
LEVEL = rf"(?:{WRITTEN_LEVEL}|(?:{'|'.join(p for p, _ in LEVELS)})(?![\w&]))"
# Where the schools are, or whose they are: "trên (toàn) địa bàn (huyện)", "trên toàn thị xã", "trực thuộc".
AREA = (r"(?:\s+(?:tren\s+(?:toan\s+)?(?:dia ban\s*)?(?:thi xa|huyen|quan|thanh pho|tinh|xa|phuong)?|truc thuoc)"
        r"(?=[\s,;.:)]|$))?")
SCHOOLS = re.compile(
    # "các trường MN, TH, THCS", "các trường phổ thông, trường phổ thông nhiều cấp học"
    rf"\bcac\s+truong\s+{LEVEL}(?:\s*(?:,|va)\s*(?:truong\s+)?{LEVEL})*{AREA}"
    # "các cơ sở giáo dục mầm non, phổ thông", "các trường học trực thuộc"; not "các cơ sở giáo dục" alone, which a
    # plan names among those it encourages ("khuyến khích các cơ sở giáo dục phối hợp với doanh nghiệp …").
    rf"|\bcac\s+co so giao duc\s+(?:{WRITTEN_LEVEL}|thuong xuyen)(?:\s*(?:,|va)\s*(?:giao duc\s+)?(?:{WRITTEN_LEVEL}|thuong xuyen))*{AREA}"
    # By who owns them, as a fee or budget letter sorts them: "các cơ sở giáo dục công lập", "… ngoài công lập".
    rf"|\bcac\s+co so giao duc\s+(?:{OWNERSHIP})(?:\s*(?:,|va)\s*(?:{OWNERSHIP}))*{AREA}"
    r"|\bcac\s+(?:don vi\s+)?truong hoc(?:\s*(?:,|va)\s*(?:cac\s+)?co so giao duc)?"
    r"\s+(?:truc thuoc|tren (?:toan\s+)?dia ban(?:\s+(?:thi xa|huyen|quan|thanh pho|tinh))?)\b"
)
ABBREVIATED = re.compile(rf"(?<![\w&])(?:{'|'.join(f'(?P<l{i}>{p})' for i, (p, _) in enumerate(LEVELS))})(?![\w&])", re.IGNORECASE)


def _written_out(name: str) -> str:
    """ "các trường MN, TH&THCS" → "các trường mầm non, tiểu học và trung học cơ sở": the levels by name."""
    return ABBREVIATED.sub(lambda m: LEVELS[int(m.lastgroup[1:])][1], name)


def schools(text: str, folded: str) -> Iterator[Mention]:
    """Each group of schools named by level, its levels written out."""
    for m in SCHOOLS.finditer(folded):
        written = re.sub(r"\s+", " ", text[m.start() : m.end()]).strip()
        name = _written_out(written[:1].upper() + written[1:])
        yield Mention(m.start(), m.end(), name, "school", group=True)


# One school by its own name, after its level (and its kind of ownership): "Trường Mầm non Hoa Sen", "Trường tiểu học
# Kim Đồng 2", "Trường mầm non tư thục Ánh Dương". The level is written in lower case as often as not, so the name's
# end is the run of capitalised words after it, with a school's number ("… 2"); a place's level may open the name
# ("Trường THCS thị trấn Phú Lộc"). Without a name after its level, "Trường tiểu học" is no body.
NAMED_SCHOOL = re.compile(rf"\btruong\s+{LEVEL}(?:\s+(?:tu thuc|cong lap|dan lap|ban tru|noi tru))?"
                          r"\s+(?:(?:xa|phuong|thi tran|thi xa)\s+)?(?=\w)")
SCHOOL_NUMBER = re.compile(r"\s+\d{1,2}\b")


def named_schools(text: str, folded: str) -> Iterator[Mention]:
    """Each school named by its own name, as written."""
    for m in NAMED_SCHOOL.finditer(folded):
        end = capitalised_words(text, m.end(), limit=4)
        if text[m.start()] != "T" or end == m.end():
            continue
        if number := SCHOOL_NUMBER.match(text, end):
            end = number.end()
        yield Mention(m.start(), end, re.sub(r"\s+", " ", text[m.start() : end]).strip(), "school")


# A province's centre of continuing education and careers guidance, which a Sở Giáo dục lists among its schools
# in lower case as a kind, often short ("…, các trung tâm GDNN-GDTX, trung tâm GDTX và hướng nghiệp thực hiện …"):
# one centre (not "các trung tâm …", the districts' centres as a group), named in full, with its province if written.
CONTINUING_CENTRE = re.compile(r"(?<!cac )\btrung tam (?:gdtx|giao duc thuong xuyen)\s*(?:va|-|–)\s*(?:huong nghiep|hn)\b")
PROVINCE_AFTER = re.compile(r"\s+(?:tinh|thanh pho)\s+")


def continuing_centres(text: str, folded: str) -> Iterator[Mention]:
    """Each continuing-education and careers centre named by its kind, its name written out."""
    for m in CONTINUING_CENTRE.finditer(folded):
        end = m.end()
        if (province := PROVINCE_AFTER.match(folded, end)) and (named := capitalised_words(text, province.end(), limit=3)) > province.end():
            end = named
        yield Mention(m.start(), end, "Trung tâm Giáo dục thường xuyên và Hướng nghiệp" + text[m.end() : end], "school")


# The parents' board a school has by the sector's rules, which a plan asks its schools to work with: "Ban đại diện
# cha mẹ học sinh" (of a school, "… các trường", "… học viên"), written with its capital. A body of its own, named so.
PARENT_BOARD = re.compile(r"\bban dai dien cha me (?:hoc sinh|hoc vien|tre)\b")


def parent_boards(text: str, folded: str) -> Iterator[Mention]:
    """Each parents' board, by the words that name it."""
    for m in PARENT_BOARD.finditer(folded):
        if text[m.start()] == "B":
            yield Mention(m.start(), m.end(), re.sub(r"\s+", " ", text[m.start() : m.end()]), "other")
