"""Who a document is sent to (Kính gửi) and which documents it cites."""

from __future__ import annotations

import re

from .name_shapes import PROVINCES_LISTED, provinces_listed
from .names import find_mentions
from .text import LETTER_OPENING, LETTER_OPENINGS, clean, flat, fold
from .vocabulary import HOLDERS

# The kinds of document a text cites by number; a letter is often cited as "văn bản số …" in lower case.
CITED_KINDS = ("Nghị quyết|Chỉ thị|Quyết định|Kế hoạch|Chương trình|Công văn|Công điện|Thông tư|Nghị định|Thông báo"
               "|Kết luận|Hướng dẫn|Luật|Pháp lệnh|Quy định|Phương án|Thông tri|[Vv]ăn bản")
REFERENCE = re.compile(
    r"\b(" + CITED_KINDS + ")"
    r"\s+(?:số\s+)?(\d+[\w./&]*(?:[/-]\s?[A-ZĐ][\w./&\-]*)+)"
    r"(?:\s+ngày\s+(\d{1,2})(?:\s*/\s*|\s+tháng\s+)(\d{1,2})(?:\s*/\s*|\s+năm\s+)(\d{4}))?"
    r"(?:\s+(của\s+[^,;.()\"“]+?))?(?=\s+(?:về|khóa|là|xem|giai đoạn|và|đối với|trên|tại|nhằm|để|,)|[,;.()\"“:]|$)"
)

# The same citations where words stand between the kind and "số" ("Luật Đất đai số 31/2024/QH15",
# "Kế hoạch hành động số 459-KHHĐ/TU") or other words follow the date ("… năm 2023 phê duyệt …").
NAMED_REFERENCE = re.compile(
    r"\b(" + CITED_KINDS + ")"
    r"((?:\s+[^\W\d][\w-]*){0,10}?)\s+số\s+(\d+[\w./&]*(?:[/-]\s?[A-ZĐ][\w./&\-]*)+)"
    r"(?:\s+ngày\s+(\d{1,2})(?:\s*/\s*|\s+tháng\s+)(\d{1,2})(?:\s*/\s*|\s+năm\s+)(\d{4}))?"
)

# Several documents of one kind cited together ("Công văn số 1017/BTNMT, số 1016/BTNMT ngày 22/3/2013"):
# each symbol with the date that closes the list.
SYMBOL = r"\d+[\w./&]*(?:[/-]\s?[A-ZĐ][\w./&\-]*)+"
LISTED_REFERENCES = re.compile(
    r"\b(Nghị quyết|Chỉ thị|Quyết định|Kế hoạch|Công văn|Công điện|Thông tư|Nghị định|Thông báo)\s+số\s+" + SYMBOL
    + r"((?:\s*(?:,|và)\s*số\s+" + SYMBOL + r")+)"
    r"(?:\s+ngày\s+(\d{1,2})(?:\s*/\s*|\s+tháng\s+)(\d{1,2})(?:\s*/\s*|\s+năm\s+)(\d{4}))?"
)

# The line that opens a telegram's list of addressees: "THỦ TƯỚNG CHÍNH PHỦ điện:".
TELEGRAM_TO = re.compile(r"\sđiện\s*:\s*$")
# An office holder before the body they head: "Chủ tịch ", "Đồng chí Bộ trưởng ".
HOLDER_FIRST = re.compile(rf"(?:(?:d/c|dong chi)\s+)?(?:{HOLDERS})\s+(?=\S)")
# Each body of a list may have its holder before it ("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ");
# a minister written alone ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ") stands for the ministries.
HOLDER_IN_LIST = re.compile(rf"(?:^|(?<=,\s))(?:(?:d/c|dong chi)\s+)?(?:{HOLDERS})(?:\s+(?=\S)|(?=,))")


def recipients(lines: list[str]) -> list[str]:
    """The Kính gửi list, one agency per entry ("Các sở, ngành: A; B" gives A and B)."""
    start = next((i for i, line in enumerate(lines[:80]) if re.match(r"^[-\s]*Kính gửi", line)), None)
    telegram = next((i for i, line in enumerate(lines[:40]) if TELEGRAM_TO.search(line)), None)
    if start is None and telegram is not None:
        # A telegram addresses the office holders of its recipients under "THỦ TƯỚNG CHÍNH PHỦ điện:";
        # the recipients are their bodies ("Chủ tịch UBND tỉnh X" → "UBND tỉnh X").
        listed = recipients(["Kính gửi:", *lines[telegram + 1 :]])
        return [entry[m.end() :] if (m := HOLDER_FIRST.match(fold(entry))) else entry for entry in listed]
    if start is None:
        # A header copied as runs of text: "Hà Nội, ngày 05 tháng 4 năm 2019 Kính gửi: Bộ X."
        start = next((i for i, line in enumerate(lines[:80]) if re.search(r"\bnăm\s+\d{4}\s+Kính gửi\b", line)), None)
        if start is None:
            return []
        lines = [*lines[:start], lines[start][lines[start].index("Kính gửi") :], *lines[start + 1 :]]
    inline = re.sub(r"^[-\s]*Kính gửi\s*:?\s*", "", lines[start]).strip()
    # … and the letter's first sentence run on after the addressee ("… Trung ương Thực hiện Luật …").
    run_on = re.split(rf"\s(?=(?:{LETTER_OPENINGS})\b)", inline, maxsplit=1)
    inline = run_on[0].strip()
    collected: list[str] = [inline] if inline else []
    for line in lines[start + 1 : start + 40] if len(run_on) == 1 else []:
        if not line:
            continue
        if not line.startswith(("-", "+", "•")) and (len(line) > 120 or line.endswith(".") and not collected):
            break
        if LETTER_OPENING.match(line):
            break  # the letter's first sentence ("Thực hiện Nghị định số …"), wrapped short
        if not line.startswith(("-", "+", "•")) and collected and collected[-1].endswith((".", ":")):
            break
        if not line.startswith(("-", "+", "•")) and collected and line.endswith(":") and len(line.split()) > 3:
            break  # the sentence that opens the letter ("Bộ Tài chính đề nghị như sau:"), no addressee
        collected.append(line)
        if line.endswith("."):
            break
    joined: list[str] = []
    for line in collected:
        if joined and not line.startswith(("-", "+", "•")):
            joined[-1] += " " + line
        else:
            joined.append(line)
    items: list[str] = []
    for entry in re.split(r";|\n", "\n".join(joined)):
        entry = _bodies_of_holders(entry.strip().lstrip("-+• ").strip().rstrip("."))
        if ":" in entry:
            head, tail = entry.split(":", 1)
            if PROVINCES_LISTED.fullmatch(fold(head) + ": "):
                items.extend(m.name for m in provinces_listed(entry, fold(entry)))  # each province's committee
                continue
            if fold(head).strip(" -") in ("cac so", "cac bo") and tail.strip():
                # "Các sở: Y tế, Tài chính" names two sở; "Các Bộ: Công an, Tư pháp" two ministries
                word = "Bộ" if fold(head).strip(" -") == "cac bo" else "Sở"
                items.extend(_departments_listed(tail, word))
                continue
            if tail.strip():
                entry = tail.strip()
        if entry:
            items.extend(_bodies_listed(entry))
    return items

# The holder's second office after a dash ("Bộ trưởng Bộ Tài chính - Phó Trưởng ban …"): the same person.
SECOND_OFFICE = re.compile(r"\s+[-–]\s+(?=Phó\s|Trưởng\s)")


def _bodies_of_holders(entry: str) -> str:
    """ "Giám đốc Sở Y tế" → "Sở Y tế"; "Bộ trưởng, Thủ trưởng cơ quan ngang bộ" → "Các bộ, cơ quan ngang
    bộ": a letter is sent to the bodies, whose heads it names (ANNOTATION.md rule 4)."""
    entry = re.split(SECOND_OFFICE, entry, maxsplit=1)[0]
    folded, kept, last = fold(entry), [], 0
    for m in HOLDER_IN_LIST.finditer(folded):
        kept.append(entry[last : m.start()])
        if folded[m.end() : m.end() + 1] in (",", ""):
            kept.append("các bộ" if folded[m.start() : m.end()] == "bo truong" else "")
        # "Chánh Văn phòng X", "Chánh Thanh tra X" head the office named in their title.
        last = m.start() + len("chanh ") if folded.startswith("chanh ", m.start()) else m.end()
    body = ("".join(kept) + entry[last:]).strip(" ,")
    return body[:1].upper() + body[1:] if body else entry


def _bodies_listed(entry: str) -> list[str]:
    """ "Đài Phát thanh và Truyền hình tỉnh, Báo Thanh Hóa" names two recipients ('và' joins what the writer listed as one); a group written
    with commas ("UBND các huyện, thị xã, thành phố") or a name that holds one stays whole."""
    mentions = find_mentions(entry)
    if len(mentions) < 2 or any(m.catch_all for m in mentions):
        return [entry]
    folded = fold(entry)
    gaps = [folded[a.end : b.start] for a, b in zip(mentions, mentions[1:])]
    covered = not folded[: mentions[0].start].strip() and not folded[mentions[-1].end :].strip(" .")
    if covered and all(re.fullmatch(r"\s*[,;]\s*", gap) for gap in gaps):
        return [entry[m.start : m.end].strip() for m in mentions]
    return [entry]


# The departments whose names hold a comma (often written so); a list split on commas
# must put it back together.
COMMA_NAMES = (("Lao động", "Thương binh và Xã hội"), ("Văn hóa", "Thể thao và Du lịch"))


def _departments_listed(tail: str, word: str = "Sở") -> list[str]:
    """ "Y tế, Giáo dục và Đào tạo, Lao động, Thương binh và Xã hội" → each as "Sở …" (or "Bộ …")."""
    pieces = [piece.strip() for piece in tail.split(",") if piece.strip()]
    names: list[str] = []
    for piece in pieces:
        if names and (names[-1].removeprefix(f"{word} "), piece) in COMMA_NAMES:
            names[-1] += ", " + piece
        else:
            names.append(piece if fold(piece).startswith(fold(word) + " ") else f"{word} {piece}")
    return names


# A legal library's note inside the text ("[Nội dung này được đính chính bởi Công văn 666/BYT-BH …]"):
# the site's, not the document's, so what it names is not cited by the document.
EDITORIAL_NOTE = re.compile(r"\[[^\]]{0,40}?(?:được|bị)\s+(?:đính chính|sửa đổi|bổ sung|bãi bỏ|thay thế|hướng dẫn|hủy bỏ)[^\]]*\]")


# The proposal or report a document answers ("Theo đề nghị của …", "Xét đề nghị của … tại văn bản số …",
# "Xét báo cáo và đề xuất của …"): its origin, like a Tờ trình, not a document it cites.
# The opinions heard with it ("… và ý kiến của Sở Tài chính tại Công văn số …") are cited.
PROPOSAL = re.compile(r"(?i)(?:theo đề nghị|xét\s+(?:đề nghị|báo cáo))(?:(?!ý kiến)[^.;])*")


def references(text: str, own_symbol: str | None = None) -> list[str]:
    """Documents referred to ("X số N", or "X N" with its symbol alone), as "X số N ngày dd/mm/yyyy[ của ...]",
    once each. The letter that
    proposed the document ("Theo đề nghị của Sở X tại Công văn số …") is its origin, not a citation,
    wherever it is named."""
    found: dict[str, str] = {}
    text = EDITORIAL_NOTE.sub("", flat(clean(text)))
    proposals = [(m.start(), m.end()) for m in PROPOSAL.finditer(text)]
    proposed = lambda m: any(a <= m.start() < b for a, b in proposals)  # noqa: E731
    # (match, name, symbol, (day, month, year), words after) of both forms, in that order.
    candidates = [(m, m.group(1), m.group(2), m.group(3, 4, 5), m.group(6)) for m in REFERENCE.finditer(text)]
    candidates += [(m, m.group(1) + m.group(2), m.group(3), m.group(4, 5, 6), None)
                   for m in NAMED_REFERENCE.finditer(text)]
    listed = [(m, m.group(1), symbol, m.group(3, 4, 5), None)
              for m in LISTED_REFERENCES.finditer(text) for symbol in re.findall(SYMBOL, m.group(0))]
    candidates = [c for c in candidates if not any(c[2] == d[2] and c[0].start() == d[0].start() for d in listed)]
    candidates = sorted(candidates + listed, key=lambda c: c[0].start())
    written = lambda c: re.sub(r"([/-])\s+", r"\1", c[2]).rstrip(".")  # noqa: E731
    origins = {written(c) for c in candidates if proposed(c[0])}  # named again later, still the origin
    for m, name, written_symbol, (day, month, year), tail in candidates:
        symbol = written((m, name, written_symbol))
        if symbol == own_symbol or symbol in found or symbol in origins:
            continue
        entry = f"{name[:1].upper()}{name[1:]} số {symbol}"
        if year:
            entry += f" ngày {int(day):02d}/{int(month):02d}/{year}"
        if tail:
            entry += " " + tail.strip()
        found[symbol] = entry
    return list(found.values())
