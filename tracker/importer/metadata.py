"""A directive's metadata from its header, title and signature block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .casing import PROPER_TERMS
from .date_shapes import WRITTEN, by_number, by_words
from .citations import recipients, references
from .considered_papers import CAPTION_OPENING
from .doc_kinds import DIRECTIVE_KINDS, TITLE_KINDS, kind_of_symbol
from .issuer import issuer_of
from .signature import signer_of
from .summaries import (PLACE_LINE, enacting_line, has_letters, place_starts, subject_across_blank, title_lines, unglued_issue,
                        without_about, wrapped_place)
from .text import UPPER, clean, flat, fold, is_capitalised, sentence_case

# The kinds a directive may be, by the title's words folded ("chi thi") and as the draft names them ("chỉ thị").
KINDS = {fold(name): name.lower() for name in DIRECTIVE_KINDS}
DATE_LINE = re.compile(rf"([^\s,]+(?:\s+[^\s,]+){{0,4}})\s*,\s*ngày\s+{by_words(WRITTEN, day='day', month='month', year='year')}")
# A date line whose day (and month) were left blank for the digital stamp or to be filled in by hand: "Hà Nội,
# ngày   tháng   năm 2026", "Hòa Bình, ngày ….. tháng 12 năm 2021", "ngày ..... tháng ..... năm 2024".
BLANK_DATE_LINE = re.compile(r"([^\s,]+(?:\s+[^\s,]+){0,4})\s*,\s*ngày\s+(?:[.…_]+\s*)?tháng\s+(?:(?:\d{1,2}|[.…_]+)\s*)?năm\b")
# "08 /CV- UBND" and "12/SGDĐT –TCCB" (an en dash for the hyphen) too.
SYMBOL = re.compile(r"^\s*Số\s*:?\s*(\d+[\w./&\-]*(?: ?[/\-–]\s?[A-ZĐ][\w./&]*(?:-[\w./&]+)*)+)", re.MULTILINE)


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
        meta.symbol = re.sub(r"\s*([/-])\s*", r"\1", symbol.group(1).replace("–", "-")).rstrip(".")
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
            if wrapped_place(previous):
                words = f"{previous} {words}"  # a place wrapped onto two lines ("Thành phố Hồ / Chí Minh")
            meta.place = _place(words)
        try:
            meta.issued_on = date(int(dated["year"]), int(dated["month"]), int(dated["day"]))
        except ValueError:
            meta.issued_on = None
    meta.kind = _kind(lines, meta.symbol)
    if not dated and not blank:
        meta.issued_on = _titled_date(lines)
    meta.province = _province(lines, meta.place)
    meta.issuer = issuer_of(lines, meta.symbol, meta.province, text)
    meta.subject = _subject(lines, meta.kind, meta.province)
    meta.signer = signer_of(lines)
    meta.recipients = recipients(lines)
    meta.references = references(text, meta.symbol, meta.recipients)
    return meta


def _place(words: str) -> str:
    # The level abbreviated before a city's name: "TP. Hồ Chí Minh", "Tp.Hồ Chí Minh".
    words = re.sub(r"(?:^|(?<=\s))T[Pp]\.\s*(?=[{UPPER}])".replace("{UPPER}", UPPER), "Thành phố ", words)
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
    # The Party's symbols put the code before the committee's ("02-CT/TU"), the State's after the number.
    symbol_kind = (kind_of_symbol(symbol) or "").lower() if symbol else ""
    if symbol_kind in KINDS.values():
        return symbol_kind
    for line in lines[:60]:
        folded = fold(line).strip()
        for key, kind in KINDS.items():
            if line.isupper() and folded.startswith(key + " "):
                return kind
    return "công văn" if symbol else _titled_kind(lines) or "công văn"


def _page_title(lines: list[str]) -> str:
    """A page's title line, when the text opens with it rather than a header: "Thông báo Khẩn ngày …",
    "Thông báo về việc tổ chức …" (a portal prints the document's kind and subject as its headline)."""
    first = next((line for line in lines if line), "")
    return first if not first.isupper() and first[:1].isupper() and len(first) < 200 else ""


def _titled_kind(lines: list[str]) -> str | None:
    """The kind a page's title opens with, written in sentence case ("Thông báo …"); no other reading named one."""
    folded = fold(_page_title(lines))
    return next((kind for key, kind in KINDS.items() if re.match(rf"{key}\b(?!\s+(?:so|cua)\b)", folded)), None)


def _titled_date(lines: list[str]) -> date | None:
    """ "Thông báo khẩn ngày 02/9/2021": the date a page's title gives its document, when no date line does."""
    title = _page_title(lines) if not any(SYMBOL.match(line) for line in lines[:60]) else ""
    m = re.search(rf"\bngày\s+{by_number(day='day', month='month', year='year')}\s*$", title) if _titled_kind(lines) else None
    try:
        return date(int(m["year"]), int(m["month"]), int(m["day"])) if m else None
    except ValueError:
        return None


def _province(lines: list[str], place: str | None) -> str | None:
    for line in lines[:15]:
        m = re.search(r"\b(?:TỈNH|THÀNH PHỐ)\s+(\S.*)$", line)
        if m and line.isupper():
            words = []
            # "TỈNH ỦY QUẢNG NAM": the committee of the Party's province, then the province.
            named = m.group(1).split()
            for word in named[1:] if fold(named[0]) == "uy" else named:
                # "NĂM 2025" after the name ends it; the NAM of "HÀ NAM", "QUẢNG NAM" is part of it.
                if fold(word) in {"nam", "giai", "ve", "tren", "den", "tu", "trong"} and word.upper() != "NAM" or not word.isalpha():
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


RUN_ON_TITLE = re.compile(rf"\b(?:{TITLE_KINDS})\s+(?:V/V|VỀ VIỆC|VỀ)?\s*")
RUN_ON_END = re.compile(r"\s(?:CHỦ TỊCH\s+)?(?:ỦY|UỶ|HỘI ĐỒNG) BAN NHÂN DÂN\b|\sHỘI ĐỒNG NHÂN DÂN\b")


def _subject(lines: list[str], kind: str, province: str | None) -> str:
    subject = _subject_in_lines(lines, kind, province)
    if subject:
        return subject
    if _titled_kind(lines) and not any(SYMBOL.match(line) for line in lines[:60]):
        # A page titled with its kind and summary: "Thông báo về việc tổ chức …", "Thông báo “V/v phòng chống …”".
        about = re.match(r"^\S+\s+\S+\s*[“\"]?\s*(?:V/v|Về việc|về việc)\s+(.+?)[”\".\s]*$", _page_title(lines))
        if about:
            return about.group(1)[:1].upper() + about.group(1)[1:]
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


def _summary_lines(lines: list[str], start: int) -> list[str]:
    """The lines after a "V/v" line that may go on with the summary. A header copied from a table's cells
    may print each wrapped line of the summary as a paragraph ("V/v đồng ý tổ chức các", "", "hoạt động thể
    thao …"): a blank line before a line that opens in lower case does not end it, nor one before the last
    line above the address ("V/v đề xuất kinh phí thực hiện", "", "Đề án phát triển …", "", "Kính gửi:"): nothing
    but the summary stands between a letter's number and its address."""
    following = lines[start : start + 9]
    return [line for index, line in enumerate(following)
            if line or not (index + 1 < len(following) and (following[index + 1][:1].islower()
                                                             or _above_address(lines, start + index + 1)))][:5]


def _above_address(lines: list[str], index: int) -> bool:
    """Whether the line at index is words and the next line with words is the "Kính gửi" line."""
    after = next((line for line in lines[index + 1 : index + 6] if line.strip()), "")
    return has_letters(lines[index]) and after.startswith("Kính gửi")


def _subject_in_lines(lines: list[str], kind: str, province: str | None) -> str:
    addressed = False
    for index, line in enumerate(lines[:60]):
        # "V/v …" (or "Về: …") on its own line, or after the number when the header was copied as runs of text
        # ("Số: 384/BYT-KCB V/v cấp CCHN …").
        summary = re.match(r"^[“\"]?(?:V/v\b|Về\s*:)", line) or (re.match(r"^Số\b", line) and re.search(r"\sV/v\b", line))
        # "Về việc …" written out in place of "V/v", on its own line of the header (before the address).
        summary = summary or (index < 15 and not addressed and re.match(r"^Về việc\b", line))
        # "Về …" for "V/v" on the line under the number ("Số: 12/SYT-NV" / "Về tổ chức tiêm chủng …").
        summary = summary or (not addressed and _under_number(lines, index) and re.match(r"^Về\s", line))
        addressed = addressed or line.startswith("Kính gửi")
        if summary:
            parts = [line[summary.end() :].strip()]
            for at, follow in enumerate(_summary_lines(lines, index + 1), index + 1):
                if not follow or DATE_LINE.search(follow) or re.match(r"(Kính gửi|Số\b|CỘNG|Độc lập)", follow) or "ngày" in follow:
                    break
                if place_starts(follow, lines[at + 1 : at + 2]) or not has_letters(follow):
                    break  # the place wrapped onto the date's line, or a rule under the title
                parts.append(follow)
            subject = " ".join(parts).strip().rstrip(".")
            if subject[:1] in "“\"" or line[:1] in "“\"":  # the summary printed in quotes: “V/v …” (a quoted name inside stays)
                subject = subject.strip("“”\" ")
            return without_about(subject)
    for index, line in enumerate(lines[:60]):
        folded = fold(line).strip()
        if line.isupper() and any(folded == key or folded.startswith(key + " ") for key in KINDS):
            rest = line.split(None, 2)[2] if len(line.split()) > 2 else ""
            parts = [rest] if rest else []
            following = [f for f in lines[index + 1 : index + 8] if f.strip("- ")]
            if not parts and following and not following[0].isupper() and index + 1 < len(lines) and (
                    lines[index + 1] or subject_across_blank(following[0])):
                return without_about(" ".join(title_lines(lines, lines.index(following[0], index), index + 8)).strip())
            last = index
            for at, follow in enumerate(lines[index + 1 : index + 8], index + 1):
                if not follow or not follow.replace("-", "").strip():
                    if parts:
                        break
                    continue
                letters = [c for c in follow if c.isalpha()]
                if follow.endswith(":"):
                    break  # the addressing line under a telegram's title ("THỦ TƯỚNG CHÍNH PHỦ điện:")
                next_line = next((f for f in lines[lines.index(follow, index) + 1 :] if f), "")
                if sum(c.isupper() for c in letters) < 0.8 * len(letters) or enacting_line(follow, next_line, " ".join(parts)):
                    break
                parts.append(follow)
                last = at
            title = re.sub(r"^(VỀ\s+VIỆC|VỀ|V/V)\s+", "", unglued_issue(" ".join(parts))).strip()
            title = re.sub(r"^VIỆC\s+", "", title)
            if title:
                title = sentence_case(title, keep=PROPER_TERMS + ((province,) if province else ()))
                return f"{title} {qualifier}" if (qualifier := _title_qualifier(lines, last)) else title
    return ""


# A bracketed line under a title in capitals qualifies it, part of the subject: "(Thực hiện điểm a khoản 2 Điều 28 Luật
# Thủ đô …)", "(Sửa đổi, bổ sung …)". Not an annex's caption ("(Ban hành kèm theo …)").
QUALIFIER = re.compile(rf"^(?!{CAPTION_OPENING}\b)\([^()]{{10,200}}\)$", re.IGNORECASE)


def _title_qualifier(lines: list[str], last: int) -> str | None:
    """The bracketed line right under the title's last line (blank lines aside), if any."""
    following = next((line.strip() for line in lines[last + 1 : last + 4] if line.strip("- ")), "")
    return following if QUALIFIER.match(following) else None


def _under_number(lines: list[str], index: int) -> bool:
    """Whether the line at index comes right after the "Số: …" line (blank lines aside)."""
    previous = next((line for line in reversed(lines[:index]) if line), "")
    return bool(SYMBOL.match(previous))
