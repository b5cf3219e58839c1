"""A directive's metadata from its header, title and signature block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .citations import recipients, references
from .casing import official_casing
from .names import find_mentions
from .signature import signer_of
from .text import UPPER, clean, flat, fold, is_capitalised, sentence_case

KINDS = {
    "chi thi": "chỉ thị", "ke hoach": "kế hoạch", "quyet dinh": "quyết định",
    "nghi quyet": "nghị quyết", "thong bao": "thông báo", "cong van": "công văn", "cong dien": "công điện",
}
SYMBOL_KINDS = {"CT": "chỉ thị", "KH": "kế hoạch", "QĐ": "quyết định", "NQ": "nghị quyết", "TB": "thông báo", "CV": "công văn",
                "CĐ": "công điện"}
AGENCY_STARTS = ("uy ban", "ubnd", "hoi dong", "tinh uy", "thanh uy", "huyen uy", "dang bo", "ban ", "so ", "bo ", "van phong", "bao hiem", "cuc ", "chinh phu", "thu tuong")
# A standing committee or a sub-committee: a part of the body named above it, not a body of its own.
PART_OF_BODY = ("ban thuong truc", "thuong truc", "tieu ban", "ban thuong vu")
ISSUER_CODES = {"UBND": "Ủy ban nhân dân", "TU": "Tỉnh ủy", "HĐND": "Hội đồng nhân dân"}
DATE_LINE = re.compile(r"([^\s,]+(?:\s+[^\s,]+){0,4})\s*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
PLACE_LINE = re.compile(r"^([^,:;]{2,40}?)\s*,\s*ngày(?:\s+\d{1,2})?(?:\s+tháng\b|\s*$)")
# A date line whose day and month were left blank for the digital stamp: "Hà Nội, ngày   tháng   năm 2026".
BLANK_DATE_LINE = re.compile(r"([^\s,]+(?:\s+[^\s,]+){0,4})\s*,\s*ngày\s+tháng\s+năm\b")
SYMBOL = re.compile(r"^\s*Số\s*:?\s*(\d+[\w./&\-]*(?: ?[/-]\s?[A-ZĐ][\w./&]*(?:-[\w./&]+)*)+)", re.MULTILINE)  # "08 /CV- UBND" too
PROPER_TERMS = ("Đảng", "Nhà nước", "Chính phủ", "Thủ tướng", "Bộ Chính trị", "Tỉnh ủy", "Trung ương", "Việt Nam", "Quốc hội")


@dataclass
class Metadata:
    """What the header, title and signature say about the document."""

    kind: str = "công văn"
    symbol: str | None = None
    issued_on: date | None = None
    place: str | None = None
    issuer: str | None = None
    province: str | None = None
    subject: str = ""
    signer: dict = field(default_factory=lambda: {"name": None, "capacity": None, "title": None})
    recipients: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)


def parse_metadata(text: str) -> Metadata:
    """Read the metadata of a document (any province, either era)."""
    lines = [line.strip() for line in clean(text).split("\n")]
    head = "\n".join(lines[:60])
    meta = Metadata()
    symbol = SYMBOL.search(head)
    if symbol:
        meta.symbol = re.sub(r"\s*([/-])\s*", r"\1", symbol.group(1)).rstrip(".")
    dated = DATE_LINE.search(flat(head))
    blank = None if dated else BLANK_DATE_LINE.search(flat(head))
    if blank:
        meta.place = _place(blank.group(1))
    if dated:
        meta.place = _place(dated.group(1))
        # The place is on the date's own line: a summary line wrapped above it ("… Long Thành") is not.
        at = next(((i, m) for i, line in enumerate(lines[:60]) if (m := PLACE_LINE.match(line))), None)
        if at:
            index, own_line = at
            words = own_line.group(1)
            previous = next((line for line in reversed(lines[:index]) if line), "")
            short = previous.split()
            if 0 < len(short) <= 3 and is_capitalised(short[0]) and is_capitalised(short[-1]) \
                    and not re.search(r"\d|/", previous) and not re.match(r"(Số|V/v|Về)\b", previous):
                words = f"{previous} {words}"  # a place wrapped onto two lines ("Thành phố Hồ / Chí Minh")
            meta.place = _place(words)
        try:
            meta.issued_on = date(int(dated.group(4)), int(dated.group(3)), int(dated.group(2)))
        except ValueError:
            meta.issued_on = None
    meta.kind = _kind(lines, meta.symbol)
    meta.province = _province(lines, meta.place)
    meta.issuer = _issuer(lines, meta.symbol, meta.province, text)
    meta.subject = _subject(lines, meta.kind, meta.province)
    meta.signer = signer_of(lines)
    meta.recipients = recipients(lines)
    meta.references = references(text, meta.symbol)
    return meta


def _place(words: str) -> str:
    parts = words.split()
    # The place is the capitalised words just before ", ngày"; symbols and header words are not.
    kept: list[str] = []
    for word in reversed(parts):
        if "/" in word or not is_capitalised(word) or word.isupper() and len(word) > 3 and not word.startswith("TP"):
            break
        kept.insert(0, word)
    before = parts[: len(parts) - len(kept)]
    if kept and before[-2:] == ["Thành", "phố"]:
        kept = ["Thành", "phố", *kept]  # the written name "Thành phố Hồ Chí Minh, ngày …"
    return " ".join(kept) or words


def _kind(lines: list[str], symbol: str | None) -> str:
    # The name printed as the document's title ("QUYẾT ĐỊNH") is the kind; the symbol's code is the
    # fallback (a symbol may be mistyped: "55/2007/CT-UBND" on a Quyết định).
    for line in lines[:60]:
        folded = fold(line).strip()
        for key, kind in KINDS.items():
            if line.isupper() and folded == key:
                return kind
    if any(re.match(r"V/v\b", line) for line in lines[:20]):
        return "công văn"  # the "V/v …" summary line under the number is the form of a letter
    if symbol:
        for code, kind in SYMBOL_KINDS.items():
            if re.search(rf"(^|[/-]){code}([/-]|$)", symbol.split("/", 1)[-1] if "/" in symbol else symbol):
                return kind
    for line in lines[:60]:
        folded = fold(line).strip()
        for key, kind in KINDS.items():
            if line.isupper() and folded.startswith(key + " "):
                return kind
    return "công văn"


def _province(lines: list[str], place: str | None) -> str | None:
    for line in lines[:15]:
        m = re.search(r"\b(?:TỈNH|THÀNH PHỐ)\s+(\S.*)$", line)
        if m and line.isupper():
            words = []
            # "TỈNH ỦY QUẢNG NAM": the committee of the Party's province, then the province.
            named = m.group(1).split()
            for word in named[1:] if fold(named[0]) == "uy" else named:
                if fold(word) in {"nam", "giai", "ve", "tren", "den", "tu", "trong"} or not word.isalpha():
                    break
                words.append(word)
            return " ".join(words[:3]).title() or None
    text = "\n".join(lines)
    counts: dict[str, int] = {}
    for m in re.finditer(rf"\b[tT]ỉnh\s+([{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,2}})", text):
        name = m.group(1)
        # "Phó Chủ tịch UBND tỉnh Lại Thanh Sơn": the holder's own name may follow the office.
        holder = re.search(r"chu tich\s+(?:ubnd|uy ban nhan dan)\s+$", fold(text[max(0, m.start() - 40) : m.start()]))
        if not name.isupper() and not fold(name).startswith(("ubnd", "uy ")) and not holder:
            counts[name] = counts.get(name, 0) + 1
    if counts:
        return max(counts, key=counts.get)
    return place


def _header_lines(lines: list[str]) -> list[str]:
    """The header's first lines as the issuer's name reads them: a Markdown cell's pipes and the rule
    under the name dropped ("| BỘ XÂY DỰNG -------"), a word cut off its line joined to the next ("ỦY" /
    "BAN NHÂN DÂN")."""
    # A rule ("--------") still ends the name; an empty cell is nothing.
    cleaned = [re.sub(r"^[|\s]+|[|\s]+$", "", line) if not re.fullmatch(r"[|\s:-]*", line)
               else "" if re.fullmatch(r"[|\s]*", line) else "---" for line in lines[:12]]
    joined: list[str] = []
    for line in cleaned:
        if joined and len(joined[-1].split()) == 1 and joined[-1].isupper() and line.isupper() \
                and fold(f"{joined[-1]} {line}").startswith(AGENCY_STARTS) and not fold(joined[-1]).startswith(AGENCY_STARTS):
            joined[-1] = f"{joined[-1]} {line}"
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


def _issuer(lines: list[str], symbol: str | None, province: str | None, text: str) -> str | None:
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
    if len(bodies) > 1 and fold(header[bodies[-1]]).startswith(PART_OF_BODY):
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
        header = header[bodies[-1] :]
    if header:
        name = re.sub(r"\s*[-–_]{3,}.*$", "", " ".join(header))  # the rule under the name, copied as dashes
        # A council's term and session under its name ("KHÓA XVII - KỲ HỌP THỨ NĂM") are not part of it.
        name = re.sub(r"\s+(?:KHÓA|KHOÁ|NHIỆM KỲ|KỲ HỌP)\b.*$", "", name)
        if fold(name).strip() in ("uy ban nhan dan", "hoi dong nhan dan") and province:
            name += suffix.upper()  # the line with the province was not copied: the place tells it
        name = sentence_case(name, keep=PROPER_TERMS + ((province,) if province else ()))
        name = re.sub(r"^Ủy ban nhân dân", "Ủy ban nhân dân", name)
        name = re.sub(r"\bủy ban\b", "Ủy ban", name)
        name = re.sub(r"(?i)\bmặt trận tổ quốc việt nam\b", "Mặt trận Tổ quốc Việt Nam", name)
        # The place that ends the name, in capitals in the header: "… xã Lương Minh".
        name = re.sub(r"\b(xã|phường|đặc khu)\s+(?!hội\b)((?:\S+\s*){1,3})$", lambda m: f"{m.group(1)} {m.group(2).title()}", name)
        return official_casing(re.sub(r"\btỉnh\b", "tỉnh", name))
    if symbol:
        code = re.split(r"[/-]", symbol)[-1]
        if code in ISSUER_CODES:
            return ISSUER_CODES[code] + (f" {province}" if code == "TU" and province else suffix if code != "TU" else "")
    folded = fold(text)
    if re.search(r"(uy ban nhan dan|ubnd)(\s*\(ubnd\))? tinh (yeu cau|chi thi|de nghi)", folded):
        return "Ủy ban nhân dân" + suffix
    if "tinh uy yeu cau" in folded:
        return "Tỉnh ủy" + (f" {province}" if province else "")
    if re.search(r"\bthu tuong chinh phu (?:yeu cau|chi thi|quyet dinh)\b", folded):
        return "Thủ tướng Chính phủ"  # a chỉ thị copied without its header: the Prime Minister speaks
    return None


# The authority that enacts, on its own line after a decision's title ("ỦY BAN NHÂN DÂN TỈNH").
ENACTING = re.compile(r"(?:chu tich\s+)?(?:uy ban nhan dan|hoi dong nhan dan|ban thuong vu|tinh uy)\b")
RUN_ON_TITLE = re.compile(r"\b(?:CHỈ THỊ|KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|THÔNG BÁO)\s+(?:V/V|VỀ VIỆC|VỀ)?\s*")
RUN_ON_END = re.compile(r"\s(?:CHỦ TỊCH\s+)?(?:ỦY|UỶ|HỘI ĐỒNG) BAN NHÂN DÂN\b|\sHỘI ĐỒNG NHÂN DÂN\b")


def _subject(lines: list[str], kind: str, province: str | None) -> str:
    subject = _subject_in_lines(lines, kind, province)
    if subject:
        return subject
    # A header copied as one run of text: the title in capitals after the kind, up to the
    # enacting authority.
    for line in lines[:10]:
        m = RUN_ON_TITLE.search(line)
        if not m:
            continue
        rest = line[m.end() :]
        stop = RUN_ON_END.search(rest)
        title = rest[: stop.start() if stop else len(rest)].strip(" ,.-")
        if len(title.split()) >= 3 and title.isupper():
            return sentence_case(title, keep=PROPER_TERMS + ((province,) if province else ()))
    return ""


def _subject_in_lines(lines: list[str], kind: str, province: str | None) -> str:
    for index, line in enumerate(lines[:60]):
        # "V/v …" on its own line, or after the number when the header was copied as runs of text
        # ("Số: 384/BYT-KCB V/v cấp CCHN …").
        summary = re.match(r"^[“\"]?V/v\b", line) or (re.match(r"^Số\b", line) and re.search(r"\sV/v\b", line))
        if summary:
            parts = [line[summary.end() :].strip()]
            for follow in lines[index + 1 : index + 6]:
                if not follow or DATE_LINE.search(follow) or re.match(r"(Kính gửi|Số\b|CỘNG|Độc lập)", follow) or "ngày" in follow:
                    break
                parts.append(follow)
            subject = " ".join(parts).strip("“”\" ")  # the summary printed in quotes: “V/v …”
            return subject[:1].upper() + subject[1:]
    for index, line in enumerate(lines[:60]):
        folded = fold(line).strip()
        if line.isupper() and any(folded == key or folded.startswith(key + " ") for key in KINDS):
            rest = line.split(None, 2)[2] if len(line.split()) > 2 else ""
            parts = [rest] if rest else []
            following = [f for f in lines[index + 1 : index + 8] if f.strip("- ")]
            if not parts and following and not following[0].isupper() and index + 1 < len(lines) and lines[index + 1]:
                about = [following[0]]
                for follow in lines[lines.index(following[0], index) + 1 : index + 8]:
                    if not follow or follow.endswith((".", ":")) and len(follow) > 80:
                        break
                    about.append(follow)
                subject = re.sub(r"^(?:Về việc|V/v)\s+", "", " ".join(about), flags=re.IGNORECASE).strip()
                return subject[:1].upper() + subject[1:]
            for follow in lines[index + 1 : index + 8]:
                if not follow or not follow.replace("-", "").strip():
                    if parts:
                        break
                    continue
                letters = [c for c in follow if c.isalpha()]
                if follow.endswith(":"):
                    break  # the addressing line under a telegram's title ("THỦ TƯỚNG CHÍNH PHỦ điện:")
                if sum(c.isupper() for c in letters) < 0.8 * len(letters) or ENACTING.match(fold(follow)):
                    break
                parts.append(follow)
            title = re.sub(r"^(VỀ\s+VIỆC|VỀ|V/V)\s+", "", " ".join(parts)).strip()
            title = re.sub(r"^VIỆC\s+", "", title)
            if title:
                return sentence_case(title, keep=PROPER_TERMS + ((province,) if province else ()))
    return ""
