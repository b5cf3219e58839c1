"""Who issues a document, from its header's first lines (in capitals: "ỦY BAN NHÂN DÂN / TỈNH LONG AN",
"BỘ TÀI CHÍNH / CỤC THUẾ", "ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC"), else from its
symbol's code or its own words ("UBND tỉnh yêu cầu …")."""

from __future__ import annotations

import re

from .casing import PROPER_TERMS, official_casing
from .names import expand_abbreviations, find_mentions
from .text import fold, sentence_case
from .vocabulary import ASK_WORDS

AGENCY_STARTS = ("uy ban", "ubnd", "hoi dong", "tinh uy", "thanh uy", "huyen uy", "dang bo", "ban ", "so ", "bo ", "van phong", "bao hiem", "cuc ", "chinh phu", "thu tuong")
# A part of the body above it that issues in its name ("Ban Thường trực", "Tiểu ban").
PART_OF_BODY = ("ban thuong truc", "thuong truc", "tieu ban", "ban thuong vu")
# The office or head of a body, named before it ("VĂN PHÒNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ").
HEAD_AND_OFFICE = ("van phong", "thu tuong")
ISSUER_CODES = {"UBND": "Ủy ban nhân dân", "TU": "Tỉnh ủy", "HĐND": "Hội đồng nhân dân"}


def _header_lines(lines: list[str]) -> list[str]:
    """The header's first lines as the issuer's name reads them: a Markdown cell's pipes and the rule
    under the name dropped ("| BỘ XÂY DỰNG -------"), a word cut off its line joined to the next ("ỦY" /
    "BAN NHÂN DÂN")."""
    # A rule ("--------") still ends the name; an empty cell is nothing.
    # Two header columns on one line ("UBND TỈNH X          CỘNG HOÀ XÃ HỘI …"): the left one is the issuer's.
    # The motto under it may be run on to the issuer's second line ("HUYỆN X   Độc lập - Tự do - Hạnh phúc").
    lines = [re.sub(r"(?<=\S)\s*\|?\s*(?:CỘNG H[OÒ][AÀ] XÃ HỘI\b|Độc [lL]ập\s*[-–]\s*Tự [dD]o\b).*$", "", line) for line in lines]
    cleaned = [re.sub(r"^[|\s]+|[|\s]+$", "", line) if not re.fullmatch(r"[|\s:-]*", line)
               else "" if re.fullmatch(r"[|\s]*", line) else "---" for line in lines[:12]]
    joined: list[str] = []
    for line in cleaned:
        if joined and len(joined[-1].split()) == 1 and joined[-1].isupper() and line.isupper() \
                and fold(f"{joined[-1]} {line}").startswith(AGENCY_STARTS) and not fold(joined[-1]).startswith(AGENCY_STARTS):
            joined[-1] = f"{joined[-1]} {line}"
            continue
        if len(joined) == 1 and fold(joined[0]).strip() in HEAD_AND_OFFICE and line.isupper() \
                and not fold(line).startswith("cong hoa"):
            # "VĂN PHÒNG" / "CHÍNH PHỦ", "THỦ TƯỚNG" / "CHÍNH PHỦ": a narrow header column wrapped the name; an
            # office or head is named before the body it serves, so the first line is not a body of its own.
            joined[0] = f"{joined[0]} {line}"
            continue
        joined.append(line)
    return joined


def _department_of_place(parent: list[str], line: str) -> str | None:
    """ "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH / SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI": a department
    issues, named in full with the province or city its parent's lines name."""
    mentions = find_mentions(line)
    if len(mentions) != 1 or mentions[0].kind != "department" or mentions[0].group or not fold(line).startswith("so "):
        return None
    place = re.match(r"(?:ỦY BAN NHÂN DÂN\s+|UBND\s+)?(TỈNH|THÀNH PHỐ)\s+(\S.*)$", " ".join(parent[1:] or parent[:1]).strip())
    if place is None:
        return None
    level = "tỉnh" if place.group(1) == "TỈNH" else "Thành phố"
    return f"{mentions[0].name} {level} {place.group(2).title()}"


def issuer_of(lines: list[str], symbol: str | None, province: str | None, text: str) -> str | None:
    suffix = f" tỉnh {province}" if province else " tỉnh"
    header = []
    for line in _header_lines(lines):
        if header and ("CỘNG HÒA" in line or line.startswith("-") or "Độc lập" in line):
            break
        if not line and header:
            continue  # a header copied one line a paragraph ("ỦY BAN MTTQ VIỆT NAM", "", "XÃ LƯƠNG MINH")
        if not line or not line.isupper() or not (header or fold(line).startswith(AGENCY_STARTS)):
            if header:
                break
            continue
        header.append(line)
    bodies = [i for i, line in enumerate(header) if fold(line).startswith(AGENCY_STARTS + PART_OF_BODY)]
    # The Front's boards ("ỦY BAN MTTQ VIỆT NAM / THÀNH PHỐ X / BAN TUYÊN GIÁO") have no seal of their own:
    # any "BAN …" under the Front's committee issues as part of it, named with it.
    front = bool(header) and re.match(r"(?:uy ban|ub)\s*(?:mttq|mat tran to quoc)|ubmttq", fold(header[0])) is not None
    if len(bodies) > 1 and (fold(header[bodies[-1]]).startswith(PART_OF_BODY) or front and fold(header[bodies[-1]]).startswith("ban ")):
        # "ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC", "ỦY BAN BẦU CỬ XÃ X / TIỂU BAN …": a part
        # of the body above it issues, named with it.
        part = header[bodies[-1]]
        parent = re.sub(r"\bMTTQ(?:\s+VIỆT NAM|\s+VN)?\b", "MẶT TRẬN TỔ QUỐC VIỆT NAM", " ".join(header[: bodies[-1]]))
        header = [f"{part}{',' if ',' in part else ''} {parent}"]
    elif len(bodies) > 1:
        # "BỘ TÀI CHÍNH / CỤC THUẾ", "UBND TỈNH X / SỞ Y": the parent body above the one that issues.
        department = _department_of_place(header[: bodies[-1]], header[bodies[-1]])
        if department:
            return department
        # "UBND TỈNH X / VĂN PHÒNG": the office is its parent's, named with it ("Văn phòng Ủy ban nhân dân tỉnh X").
        office = fold(header[bodies[-1]]).strip() == "van phong" and len(header) == 2
        header = [f"{header[1]} {expand_abbreviations(header[0]).upper()}"] if office else header[bodies[-1] :]
    if header:
        name = re.sub(r"\s*[-–_]{3,}.*$", "", " ".join(header))  # the rule under the name, copied as dashes
        # A council's term and session under its name ("KHÓA XVII - KỲ HỌP THỨ NĂM") are not part of it.
        name = re.sub(r"\s+(?:KHÓA|KHOÁ|NHIỆM KỲ|KỲ HỌP)\b.*$", "", name)
        if fold(name).strip() == "uy ban nhan dan" and (department := _department_of_symbol(symbol, province)):
            return department
        if fold(name).strip() in ("uy ban nhan dan", "hoi dong nhan dan") and province:
            name += suffix.upper()  # the line with the province was not copied: the place tells it
        name = sentence_case(name, keep=PROPER_TERMS + ((province,) if province else ()))
        name = re.sub(r"^Ủy ban nhân dân", "Ủy ban nhân dân", name)
        name = re.sub(r"\bủy ban\b", "Ủy ban", name)
        name = re.sub(r"(?i)\bmặt trận tổ quốc việt nam\b", "Mặt trận Tổ quốc Việt Nam", name)
        # The place that ends the name, in capitals in the header: "… xã Lương Minh", "… huyện Tân Phước".
        name = re.sub(r"\b(xã|phường|đặc khu|huyện|quận|thị trấn)\s+(?!hội\b)((?:\S+\s*){1,3})$", lambda m: f"{m.group(1)} {m.group(2).title()}", name)
        return official_casing(re.sub(r"\btỉnh\b", "tỉnh", name))
    if symbol:
        code = re.split(r"[/-]", symbol)[-1]
        if code in ISSUER_CODES:
            return ISSUER_CODES[code] + (f" {province}" if code == "TU" and province else suffix if code != "TU" else "")
    folded = fold(text)
    if any(not ASKED_COMMITTEE.search(folded[: m.start()]) for m in COMMITTEE_SPEAKS.finditer(folded)):
        return "Ủy ban nhân dân" + suffix
    if "tinh uy yeu cau" in folded:
        return "Tỉnh ủy" + (f" {province}" if province else "")
    if re.search(r"\bthu tuong chinh phu (?:yeu cau|chi thi|quyet dinh)\b", folded):
        return "Thủ tướng Chính phủ"  # a chỉ thị copied without its header: the Prime Minister speaks
    return _speaking_office(text, folded)


COMMITTEE_SPEAKS = re.compile(r"(uy ban nhan dan|ubnd)(\s*\(ubnd\))? tinh (yeu cau|chi thi|chi dao|de nghi)")
# Not the committee speaking: its party group ("Ban cán sự đảng UBND tỉnh chỉ đạo …") or its leaders named after it
# ("Ban cán sự đảng UBND tỉnh, lãnh đạo UBND tỉnh chỉ đạo …"), whom a party committee's letter asks to direct.
ASKED_COMMITTEE = re.compile(r"(?:\bban can su dang\s+|\bban can su dang[^.;:]{0,60},\s*(?:lanh dao\s+)?)$")


def _department_of_symbol(symbol: str | None, province: str | None) -> str | None:
    """ "Số: 215/SGDĐT-VP" under a header that kept only its first column's first line ("ỦY BAN NHÂN DÂN"):
    the department the symbol's code names ("S" + its initials) issues, not the People's Committee above it."""
    code = re.match(r"[^/]*/S([A-ZĐ&]{2,})(?:[-–]|$)", symbol or "")
    named = find_mentions(f"Sở {code.group(1)}") if code else []
    if len(named) != 1 or named[0].kind != "department" or fold(named[0].name) == fold(f"so {code.group(1)}"):
        return None
    place = province and (province if fold(province).startswith("thanh pho") else f"tỉnh {province}")
    return f"{named[0].name} {place}" if place else named[0].name


# A letter copied without its header, whose office introduces its items: "Phòng GD&ĐT yêu cầu:", "Sở Y tế đề
# nghị các đơn vị thực hiện một số nội dung sau:". A body given work ("giao Sở X hướng dẫn …") is not one.
SPEAKS = re.compile(rf"\s*(?:\([^)]{{1,20}}\)\s*)?{ASK_WORDS}\b[^.;:]{{0,120}}:")


def _speaking_office(text: str, folded: str) -> str | None:
    """The district office or department that introduces the items of a letter (one with a Kính gửi line)
    when nothing else names the issuer."""
    if "kinh gui" not in folded:
        return None
    for mention in find_mentions(text[:3000]):
        if mention.kind in ("district", "department") and not mention.group and SPEAKS.match(folded, mention.end) \
                and not re.search(r"\b(?:cua|voi|gui|cho)\s+$", folded[max(0, mention.start - 8) : mention.start]):
            return mention.name
    return None
