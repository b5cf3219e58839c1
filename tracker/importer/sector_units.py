"""The units a sector's own body runs, named as a group by their sector rather than one by one, as a
department, a Chi cục, the provincial police or an education office writes to them: "các đơn vị y tế trên
địa bàn tỉnh", "các đơn vị công an trong tỉnh", "các nhà trường trên địa bàn huyện", "các Hạt Kiểm lâm
(các) địa phương", "Đội Kiểm lâm cơ động …", "các địa phương trong tỉnh". Each is one group of units
(ANNOTATION.md rule 3): the sector word makes it a set of bodies the letter can hand work to, where "các
đơn vị" alone stays a catch-all."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .doc_kinds import THIS_KINDS
from .name_shapes import Mention, capitalised_words, written_name
from .pattern_family import PatternFamily
from .text import fold
from .vocabulary import DEPARTMENTS, REQUEST_WORDS

# The sectors whose units a provincial body runs through the province: health, police, education, the forest
# rangers, veterinary and farm services, customs, tax, statistics, treasury (the army's units are its ministry's to direct).
SECTOR = (r"(?:y te|cong an|giao duc|kiem lam|thu y|chan nuoi va thu y|hai quan|thue"
          r"|thong ke|kho bac|bao hiem xa hoi|van hoa|nong nghiep)")
# Where the units are: "trên (toàn) địa bàn (tỉnh)", "trong (toàn) tỉnh", "toàn ngành", "trong ngành"; or whose
# they are: "trực thuộc Sở", "thuộc Phòng".
AREA = (r"(?:\s+(?:tren\s+(?:toan\s+)?dia ban(?:\s+(?:toan\s+)?(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong))?"
        r"|trong\s+(?:toan\s+)?(?:tinh|thanh pho|nganh|huyen)|toan\s+(?:tinh|thanh pho|nganh)|(?:truc\s+)?thuoc\s+(?:so|phong))\b)?")
# "các đơn vị y tế (trên địa bàn tỉnh)", "các đơn vị công an trong tỉnh"; not "các cơ sở y tế", "các cơ sở giáo dục",
# the facilities a plan addresses among many (schools.py reads the latter with their levels).
SECTOR_UNITS = re.compile(rf"\bcac\s+don vi\s+{SECTOR}\b{AREA}")
# The facilities themselves, when a speaker's request addresses them ("Sở GD&ĐT yêu cầu các cơ sở giáo dục tiếp
# tục …"): the sector's body hands them work. Not read as a name anywhere else: a plan names them among those it
# encourages ("khuyến khích các cơ sở giáo dục …"), a duty checks them ("kiểm tra … đối với các cơ sở giáo dục"),
# and a department's own item asks them as part of its own work ("Sở Y tế: …, yêu cầu các cơ sở y tế …").
ASKED_FACILITIES = re.compile(rf"cac\s+co so (?:giao duc(?: nghe nghiep)?|y te)\b{AREA}(?=\s+\w)")
# "các nhà trường" is an education office's word for the schools under it (the levels are left to schools.py).
SCHOOLS = re.compile(rf"\bcac\s+nha truong\b{AREA}")
# The district forest-ranger offices, every one: "các Hạt Kiểm lâm (các) địa phương", "Hạt Kiểm lâm các huyện".
RANGERS = re.compile(r"\b(?:cac\s+)?hat kiem lam\s+(?:(?:cac\s+)?dia phuong|cac\s+(?:huyen|dia ban))\b")
# The province's mobile ranger unit, a standing body of every Chi cục Kiểm lâm: "Đội Kiểm lâm cơ động (và phòng
# cháy, chữa cháy rừng) (số 1)".
# The field is often written short ("… và PCCCR số I"), and the units numbered in Roman or Arabic figures.
MOBILE_RANGERS = re.compile(r"\bdoi kiem lam co dong(?:\s+va\s+(?:phong chay\s*,\s*chua chay rung|pcccr))?(?:\s+so\s+(?:\d+|[ivx]+)\b)?")
# The rangers' offices of the areas a Chi cục Kiểm lâm covers since the offices of the districts were merged
# ("Hạt Kiểm lâm khu vực", every one; "Hạt Kiểm lâm khu vực II", one of them).
AREA_RANGERS = re.compile(r"\b(?P<cac>cac\s+)?hat kiem lam\s+khu vuc(?P<number>\s+(?:\d+|[ivx]+)\b)?")
# The boards that manage a province's special-use and protection forests, by the kinds of forest ("Ban quản lý
# rừng đặc dụng, phòng hộ", "các Ban quản lý rừng phòng hộ"): one group of boards, unless a capitalised name
# after the kinds makes it one board ("Ban quản lý rừng phòng hộ Sông Đà").
_FOREST = r"(?:dac dung|phong ho)"
FOREST_BOARDS = re.compile(rf"\b(?:cac\s+)?ban quan ly rung\s+{_FOREST}(?:\s*(?:,|va)\s*{_FOREST}\b)?")
# "các địa phương trong (toàn) tỉnh": the localities of the writer's province (not "trên địa bàn", which
# group_names.py keeps a catch-all).
LOCALITIES = re.compile(r"\bcac\s+dia phuong\s+trong\s+(?:toan\s+)?(?:tinh|thanh pho)\b")

# The culture sector's units named by their kind and their owner's level alone, as the Sở Văn hóa writes to
# them: "Bảo tàng tỉnh", "Thư viện tỉnh", "Thư viện thành phố" (each province has one of each), possibly with the
# province after ("Bảo tàng tỉnh Lâm Đồng").
CULTURE_UNITS = re.compile(r"\b(?:bao tang|thu vien)\s+(?:tinh|thanh pho)\b")

# A province's Chi cục, named without its level in the province's own letters and the press ("Chi cục Kiểm lâm
# vừa có công văn …"): the sub-departments the law sets up under a Sở, by their fields (the name's words
# after the first are in lower case, so their shape does not show where the name ends).
CHI_CUC = re.compile(r"\bchi cuc\s+(?:kiem lam|thuy loi|chan nuoi va thu y|thu y|trong trot va bao ve thuc vat|bao ve thuc vat"
                     r"|thuy san|phat trien nong thon|quan ly chat luong nong lam san va thuy san|bao ve moi truong"
                     r"|quan ly dat dai|bien va hai dao|dan so\s*[-–]\s*ke hoach hoa gia dinh|dan so|an toan ve sinh thuc pham"
                     r"|tieu chuan do luong chat luong|van thu\s*[-–]\s*luu tru)\b(?!\s+(?:tinh|thanh pho|huyen|vung|khu vuc)\b)")

# A province's centre for disease control, named without its level by the Sở Y tế and the press of its own province
# ("Sở Y tế vừa có văn bản yêu cầu Trung tâm Kiểm soát bệnh tật, …"): one body the law sets up under every Sở Y tế,
# whose name's last words are in lower case (so its shape does not show where the name ends). With its level
# ("… tỉnh") the name is read whole elsewhere.
DISEASE_CONTROL = re.compile(r"\btrung tam kiem soat benh tat\b(?!\s+(?:tinh|thanh pho|huyen|vung|khu vuc)\b)")

# The units the law sets up under the Sở Lao động - Thương binh và Xã hội (the Sở Y tế since 2025), named without
# their level by the Sở and the press ("Sở yêu cầu Cơ sở Cai nghiện ma túy tiếp tục …", "Trung tâm Bảo trợ xã
# hội tỉnh"): their names' last words are in lower case, so their shape does not show where the name ends.
SOCIAL_UNITS = re.compile(r"\b(?:co so|trung tam)\s+(?P<field>cai nghien ma tuy|bao tro xa hoi|cong tac xa hoi)"
                          r"(?:\s+(?:cong lap|so\s+\d+))?(?:\s+tinh\b)?")

# The local bodies of a sector the state runs from the centre, named by their kind rather than by name, as a
# province's decision hands them work or names them as partners: "đơn vị điện lực" (the power company serving
# the area), "các đơn vị điện lực trên địa bàn", "cơ quan thuế (của) địa phương" (the tax office of the place). One
# body by its kind, or a group with "các"; the sector's word in lower case (capitalised, it begins a proper name).
# The tax office only with its place: "cơ quan thuế quản lý trực tiếp" is whichever office a taxpayer answers to.
# So are the units that drain and clean a town's streets, which its ward or commune directs in a storm or a campaign
# ("Đơn vị thoát nước bảo đảm …; đơn vị vệ sinh (môi trường) tăng cường thu gom …"); not the water suppliers, which
# a plan treats as enterprises.
LOCAL_SERVICES = re.compile(r"\b(?P<cac>cac\s+)?(?:don vi\s+(?P<power>dien luc|thoat nuoc|ve sinh(?:\s+moi truong)?)\b"
                            r"(?:\s+(?:(?:cua|o|tai)\s+)?dia phuong\b)?"
                            rf"|co quan\s+(?P<tax>thue)\s+(?:(?:cua|o|tai)\s+)?dia phuong\b){AREA}")


# A sector named as a body by the press, which gives it work as a whole: "Ngành giáo dục phối hợp với Công an tỉnh
# triển khai …", "… đề nghị ngành y tế theo dõi …". One group (rule 3) under its own name, "Ngành giáo dục", where it
# acts: opening a sentence or asked by a request word; not the sector as an owner or a place ("cán bộ ngành giáo
# dục", "trong ngành y tế"), nor "Ngành Y tế" in capitals, which names the department (names.py).
SECTOR_AS_BODY = re.compile(rf"(?:^|[.;:]\s*|\b(?:{REQUEST_WORDS})\s+)(nganh\s+{SECTOR})\b(?!\s+va\b)")


# A department the press names with its province before it speaks: "Sở Y tế tỉnh Bình Dương vừa có công văn …",
# "Sở GD&ĐT Hà Tĩnh đã chỉ đạo …". The province is where it is, not its name; read whole, the request after it
# is found (its name stays the department's own, as rule 4 writes it).
_DEPARTMENTS = PatternFamily([(name, re.compile(rf"\bso\s+(?:{variant})\s+(?:tinh\s+|thanh pho\s+|tp\.?\s*)?(?=\w)"))
                              for name, variants in DEPARTMENTS for variant in variants])
SPEAKS_NEXT = re.compile(rf"\s+(?:vua|da|cung|con|moi|tiep tuc|{REQUEST_WORDS}|cho biet|thong bao|co (?:{THIS_KINDS}))\b")


# A city the press shortens to its initials, one word in capitals: "Sở Y tế TP.HCM vừa …", "Sở Xây dựng TPHCM đề nghị …".
SHORT_CITY = re.compile(r"(?:TP\.?\s*)?[A-ZĐ]{2,4}")


def _place_words(text: str, start: int, end: int) -> bool:
    """Whether the words between a department's name and its request are a place: two capitalised words or
    more ("Bình Dương"), or a city's initials."""
    place = text[start:end].strip()
    return len(place.split()) >= 2 or SHORT_CITY.fullmatch(place) is not None


def _speaking_departments(text: str, folded: str) -> Iterator[Mention]:
    for name, m in _DEPARTMENTS.finditer(folded):
        place_end = capitalised_words(text, m.end(), limit=3)
        if text[m.start()] == "S" and place_end > m.end() and _place_words(text, m.end(), place_end) \
                and SPEAKS_NEXT.match(folded, place_end):
            yield Mention(m.start(), place_end, name, "department")


def sector_units(text: str, folded: str) -> Iterator[Mention]:
    """Each group of a sector's units, and the province's mobile ranger unit."""
    for pattern in (SECTOR_UNITS, SCHOOLS, RANGERS, LOCALITIES):
        for m in pattern.finditer(folded):
            if pattern is RANGERS and not (text[m.start()] in "cC" or text[m.start()] == "H"):
                continue
            yield Mention(m.start(), m.end(), written_name(text[m.start() : m.end()]), "other", group=True)
    for m in CHI_CUC.finditer(folded):
        if text[m.start()] == "C" and text[m.start() + 8 : m.start() + 9].isupper():
            yield Mention(m.start(), m.end(), written_name(text[m.start() : m.end()]), "other")
    for m in CULTURE_UNITS.finditer(folded):
        if text[m.start()] in "BT":
            end = capitalised_words(text, m.end(), limit=3)
            yield Mention(m.start(), end, written_name(text[m.start() : end]), "other")
    for m in DISEASE_CONTROL.finditer(folded):
        if text[m.start()] == "T" and text[m.start() + 10 : m.start() + 11] == "K":
            yield Mention(m.start(), m.end(), written_name(text[m.start() : m.end()]), "other")
    for m in SOCIAL_UNITS.finditer(folded):
        if text[m.start()] in "CT" and text[m.start("field")].isupper():
            yield Mention(m.start(), m.end(), written_name(text[m.start() : m.end()]), "other")
    for m in SECTOR_AS_BODY.finditer(folded):
        if not text[m.start(1) + 6 : m.start(1) + 7].isupper():
            yield Mention(m.start(1), m.end(1), "N" + text[m.start(1) + 1 : m.end(1)].lower(), "other", group=True)
    for m in LOCAL_SERVICES.finditer(folded):
        if text[m.start("power") if m.group("power") else m.start("tax")].islower():
            yield Mention(m.start(), m.end(), written_name(text[m.start() : m.end()]), "other", group=bool(m.group("cac")))
    yield from _speaking_departments(text, folded)
    yield from _forest_bodies(text, folded)
    for m in MOBILE_RANGERS.finditer(folded):
        if text[m.start()] == "Đ":
            yield Mention(m.start(), m.end(), written_name(text[m.start() : m.end()]), "other")



def _forest_bodies(text: str, folded: str) -> Iterator[Mention]:
    """The area ranger offices and the forest management boards, as a Chi cục Kiểm lâm addresses them."""
    for m in AREA_RANGERS.finditer(folded):
        if text[m.start("cac") if m.group("cac") else m.start()] in "cCH":
            yield Mention(m.start(), m.end(), written_name(text[m.start() : m.end()]), "other",
                          group=bool(m.group("cac")) or not m.group("number"))
    for m in FOREST_BOARDS.finditer(folded):
        if text[m.start()] not in "cCB":
            continue
        end = capitalised_words(text, m.end(), limit=4)
        named = end > m.end() and not text[m.end() : end].strip().isupper()
        yield Mention(m.start(), end if named else m.end(), written_name(text[m.start() : end if named else m.end()]),
                      "other", group=not named)


def asked_facilities(segment: str) -> tuple[list[Mention], int]:
    """The facilities a segment cut just after a speaker's request opens with ("các cơ sở giáo dục tiếp tục
    …" after "Sở GD&ĐT … yêu cầu"): one group, asked."""
    m = ASKED_FACILITIES.match(fold(segment))
    if m is None:
        return [], 0
    return [Mention(0, m.end(), written_name(segment[: m.end()]), "other", group=True, asked=True)], m.end()


# A guidance's sentence that opens with the facilities themselves, named by their kind ("Các cơ sở giáo dục phối
# hợp với …", "Cơ sở giáo dục tổ chức …", "Người đứng đầu cơ sở giáo dục bố trí …"): every such facility, one group,
# acts. Only at a sentence's capitalised opening with work after it; what they are granted ("… được …") is no duty.
OPENING_FACILITIES = re.compile(rf"(?:(?:nguoi dung dau|thu truong)\s+)?(?:cac\s+)?(?P<kind>co so (?:giao duc(?: nghe nghiep)?|y te)\b"
                                rf"(?:\s+(?:mam non|pho thong|cong lap|ngoai cong lap)(?:\s*(?:,|va)\s*(?:mam non|pho thong))*)?{AREA})"
                                r"(?=\s+(?!duoc\b|la\b|co\b|va\b|thuoc\b)[a-zà-ỹđ])")


def opening_facilities(segment: str) -> tuple[list[Mention], int]:
    """The facilities a sentence opens with as its subject ("Cơ sở giáo dục tổ chức …"): one group."""
    m = OPENING_FACILITIES.match(fold(segment))
    if m is None or not segment[:1].isupper():
        return [], 0
    written = written_name(segment[m.start("kind") : m.end()])
    return [Mention(0, m.end(), "Các " + written[:1].lower() + written[1:], "other", group=True)], m.end()
