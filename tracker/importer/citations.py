"""Who a document is sent to (Kính gửi) and which documents it cites."""

from __future__ import annotations

import re

from .name_shapes import PROVINCES_LISTED, provinces_listed
from .cited_lists import CITED_DATE, DATE, LOOKALIKES, abbreviated, continued
from .considered_papers import weighed_papers, without_captions
from .doc_kinds import KIND_NAMES, kind_of_symbol
from .names import find_mentions
from .party_addressees import party_and_committee
from .text import BULLET_MARKS, LETTER_OPENING, LETTER_OPENINGS, clean, flat, fold
from .vocabulary import FORM_HONORIFIC, HOLDERS, HONORIFIC


def _either_case(word: str) -> str:
    return f"[{word[0].upper()}{word[0].lower()}]{word[1:]}"


# The kinds of document a text cites by number (doc_kinds.KIND_NAMES), each word's initial in either case:
# "theo công văn số …", "tại thông báo số …" in running text, "Nghị Quyết số …" typed so too.
CITED_KINDS = "|".join(" ".join(map(_either_case, name.split())) for name in KIND_NAMES)
# A name with words before "số" starts with a capital ("Luật Đất đai số …"); in lower case the words are
# running text ("báo cáo giải trình số …", "theo quy định tại …").
NAMED_KINDS = "|".join(" ".join([name.split()[0], *map(_either_case, name.split()[1:])]) for name in KIND_NAMES)
# "số" as typed in a hurry ("Thông báo sô 12/TB-UBND", "Chỉ thị so 41-CT/TW"), with a colon at times ("số: 26/KH-…").
NUMBER_WORD = r"s[ốôo]\s*:?\s*"
# A symbol; a space may stray before its hyphen ("71/NQ -CP"), or stand for the separator after the number
# ("Quyết định số 84 QĐ/TWĐTN", "Lệnh số 58 LCT/HĐNN": the code, in capitals, still has its own "/" or "-").
# A hyphen before a space goes on to the next code on the line ("07/2016/TTLT-BYT-BTC- BLĐTBXH", a wrapped joint symbol).
SYMBOL = r"\d+(?:[\w./&]*(?:(?:[/-]\s?|\s[/-])[A-ZĐ](?:[\w./&]|-(?!\s))*)+|\s(?=[A-ZĐ]{2,}[/-][A-ZĐ])[A-ZĐ][\w./&\-]*)"
CITED_TAIL = r"(?:\s+(của\s+[^,;.()\"“]+?))?(?=\s+(?:về|khóa|là|xem|giai đoạn|và|đối với|trên|tại|nhằm|để|,)|[,;.()\"“:]|$)"
REFERENCE = re.compile(r"\b(" + CITED_KINDS + r")\s+(?:" + NUMBER_WORD + ")?(" + SYMBOL + ")" + DATE + CITED_TAIL)
# A document cited by its number alone, no code, which its date makes a citation ("văn bản số 186 ngày
# 6/10/2020 của Phòng X", "Công điện số 81 ngày 20/8/2024 của Thủ tướng Chính phủ").
BARE_REFERENCE = re.compile(r"\b(" + CITED_KINDS + r")\s+" + NUMBER_WORD + r"(\d+)" + CITED_DATE + CITED_TAIL)

# The same citations where words stand between the kind and "số" ("Luật Đất đai số 31/2024/QH15",
# "Kế hoạch hành động số 459-KHHĐ/TU", a name with its own comma: "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14") or
# other words follow the date ("… năm 2023 phê duyệt …").
NAMED_REFERENCE = re.compile(
    r"\b(" + CITED_KINDS + ")"
    r"((?:,?\s+[^\W\d][\w-]*){0,14}?)\s+" + NUMBER_WORD + "(" + SYMBOL + ")" + DATE
)

# Several documents of one kind (any of doc_kinds.KIND_NAMES) cited together ("Công văn số 1017/BTNMT, số 1016/BTNMT ngày 22/3/2013"):
# each symbol with the date that closes the list.
LISTED_REFERENCES = re.compile(
    r"\b(" + "|".join(KIND_NAMES) + r")\s+số\s+" + SYMBOL
    + r"((?:\s*(?:,|và)\s*số\s+" + SYMBOL + r")+)" + DATE
)

# Those sent a copy for their information ("Đồng kính gửi: Bí thư Tỉnh ủy, Thành ủy …") are not addressees.
CO_ADDRESSED = re.compile(r"^[-\s]*Đồng kính gửi", re.IGNORECASE)
# The head of a list wrapped before its members ("- Bộ trưởng các Bộ:" / "Tư pháp, Công an, Y tế."): it goes on.
LIST_HEAD = re.compile(r"\bcac (?:bo|so|tinh|tinh, thanh pho)(?: truc thuoc trung uong)?\s*:$")
# A form letter's courtesy before the office holder addressed ("Ông (Bà) Hiệu trưởng …", "Ông/Bà Giám đốc …"); "Đồng chí",
# "Ông" alone are read with the holder after them (HOLDER_IN_LIST), for a bare "Bà" may begin a place.
HONORIFIC_FIRST = re.compile(rf"{FORM_HONORIFIC}\s+")
# The line that opens a telegram's list of addressees: "THỦ TƯỚNG CHÍNH PHỦ điện:".
TELEGRAM_TO = re.compile(r"\sđiện\s*:\s*$")
# An office holder before the body they head: "Chủ tịch ", "Đồng chí Bộ trưởng ".
HOLDER_FIRST = re.compile(rf"(?:{HONORIFIC}\s+)?(?:{HOLDERS})\s+(?=\S)")
# Each body of a list may have its holder before it ("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ");
# a minister written alone ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ") stands for the ministries.
HOLDER_IN_LIST = re.compile(rf"(?:^|(?<=,\s))(?:{HONORIFIC}\s+)?(?:{HOLDERS})(?:\s+(?=\S)|(?=,))")


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
    following = lines[start + 1 : start + 40] if len(run_on) == 1 else []
    for index, line in enumerate(following):
        if not line:
            continue
        bulleted = collected and collected[0].startswith(BULLET_MARKS)
        if bulleted and not line.startswith(BULLET_MARKS) and collected[-1].endswith(";") and not _names_addressee(line):
            break  # a dashed list's entry closed, then a line with no dash and no body: the letter's text begins
        if not line.startswith(BULLET_MARKS) and (len(line) > 120 or line.endswith(".") and not collected):
            break
        if LETTER_OPENING.match(line) or CO_ADDRESSED.match(line):
            break  # the letter's first sentence ("Thực hiện Nghị định số …"), wrapped short; or those copied in
        if not line.startswith(BULLET_MARKS) and collected and collected[-1].endswith((".", ":")) \
                and not LIST_HEAD.search(fold(collected[-1])):
            break
        if not line.startswith(BULLET_MARKS) and collected and line.endswith(":") and len(line.split()) > 3:
            break  # the sentence that opens the letter ("Bộ Tài chính đề nghị như sau:"), no addressee
        collected.append(line)
        if line.endswith(".") and not (bulleted and _names_addressee(next(filter(None, following[index + 1 :]), ""), dashed=True)):
            break  # a dashed list may close each entry with a full stop ("- Bộ trưởng các Bộ: A, B." / "- Chủ tịch …")
    joined: list[str] = []
    for line in collected:
        # "- … các tỉnh: Gia Lai," / "- Đắk Lắk và Khánh Hòa;": an entry cut inside its list of members goes on past
        # the dash; a dashed entry closed by a comma ("- UBND các tỉnh, …," / "- Các Bộ, …,") is one of its own.
        if joined and (not line.startswith(BULLET_MARKS) or joined[-1].endswith(",") and ":" in joined[-1]):
            joined[-1] += " " + line.lstrip("".join(BULLET_MARKS) + " ")
        else:
            joined.append(line)
    items: list[str] = []
    for entry in re.split(r";|\n", "\n".join(joined)):
        entry = entry.strip().lstrip("".join(BULLET_MARKS) + " ").strip().rstrip(".")
        if courtesy := HONORIFIC_FIRST.match(fold(entry)):
            entry = entry[courtesy.end() :]
        if joint := party_and_committee(entry):
            items.append(joint)  # "Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: A, B": both bodies, one entry
            continue
        entry = _bodies_of_holders(entry)
        if not any(c.isalpha() for c in entry):
            continue  # a line of dots left for the addressee's name ("Kính gửi: ………………")
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

def _names_addressee(line: str, dashed: bool = False) -> bool:
    """Whether a line of a Kính gửi list opens with an addressee (a body, or a holder before one), not the letter's text."""
    if dashed and not line.startswith(BULLET_MARKS):
        return False
    line = line.lstrip("".join(BULLET_MARKS) + " ")
    return bool(HOLDER_FIRST.match(fold(line))) or any(m.start == 0 for m in find_mentions(line))


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


# A reply opens with the letter it answers ("Sở Tài chính nhận được Công văn số 52/UBND-KT ngày … của UBND
# huyện A về …"); sent by the reply's own addressee, that letter is the question, its origin, not a citation.
RECEIVED = re.compile(rf"nhận được\s+(?:{CITED_KINDS})\s+{NUMBER_WORD}({SYMBOL})[^.;]*?\bcủa\s+([^.;]+)")


def _answered(text: str, addressees: list[str]) -> set[str]:
    """The symbols of letters the text says it received from one of its addressees."""
    folded = [fold(name) for name in addressees if len(name) > 3]
    return {m.group(1) for m in RECEIVED.finditer(text) if any(fold(m.group(2)).startswith(name) for name in folded)}


def references(text: str, own_symbol: str | None = None, addressees: list[str] | None = None) -> list[str]:
    """Documents referred to ("X số N", or "X N" with its symbol alone), as "X số N ngày dd/mm/yyyy[ của ...]",
    once each. The letter that
    proposed the document ("Theo đề nghị của Sở X tại Công văn số …") is its origin, not a citation,
    wherever it is named."""
    found: dict[str, str] = {}
    text = EDITORIAL_NOTE.sub("", flat(without_captions(clean(text))))
    proposals = [(m.start(), m.end()) for m in PROPOSAL.finditer(text)] + weighed_papers(text)
    proposed = lambda m: any(a <= m.start() < b for a, b in proposals)  # noqa: E731
    candidates = _candidates(text)
    written = lambda c: re.sub(r"\s*([/-])\s*", r"\1", c[2]).rstrip(".").translate(LOOKALIKES)  # noqa: E731
    origins = {written(c) for c in candidates if proposed(c[0])}  # named again later, still the origin
    origins |= {written((None, None, symbol)) for symbol in _answered(text, addressees or [])}
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
    shortened = abbreviated(list(found))
    return [entry for symbol, entry in found.items() if symbol not in shortened]


Candidate = tuple  # (match, name, symbol as written, (day, month, year), words after)


def _candidates(text: str) -> list[Candidate]:
    """Every citation of the text, in the order written: "X số N", "X <words> số N", lists of one kind
    ("số A, số B ngày …") and the later items of a list, each with its own date."""
    candidates = [(m, m.group(1), m.group(2), m.group(3, 4, 5), m.group(6))
                  for m in [*REFERENCE.finditer(text), *BARE_REFERENCE.finditer(text)]]
    candidates += [(m, name, m.group(3), m.group(4, 5, 6), None)
                   for m in NAMED_REFERENCE.finditer(text) if (name := _named(m.group(1), m.group(2)))]
    listed = [(m, m.group(1), symbol, m.group(3, 4, 5), None)
              for m in LISTED_REFERENCES.finditer(text) for symbol in re.findall(SYMBOL, m.group(0))]
    candidates = [c for c in candidates if not any(c[2] == d[2] and c[0].start() == d[0].start() for d in listed)]
    candidates = sorted(candidates + listed, key=lambda c: c[0].start())
    return sorted(candidates + _list_items(text, candidates), key=lambda c: c[0].start())


def _named(kind: str, words: str) -> str | None:
    """The name of the document cited by "<kind> <words> số N": the words after the last kind written with
    a capital ("Kế hoạch của tỉnh thực hiện Quyết định số 12/QĐ-TTg" cites the Quyết định). None where
    the words are running text: after a kind in lower case ("báo cáo giải trình số …"), or leading to
    another paper ("Pháp lệnh X tại Tờ trình số …" cites the Tờ trình, not the Pháp lệnh)."""
    if not words.strip():
        return kind
    name = kind + words
    inner = list(re.finditer(rf"\b(?:{NAMED_KINDS})\b", name))
    name = name[inner[-1].start() :] if inner else ""
    return name if name and not re.search(r"\s(?:tại|theo)\s", name) else None


# A list opened by its kind in the plural, its first item no citation of its own yet
# ("Căn cứ các Quyết định của Bộ trưởng Bộ Tài chính: số 12/QĐ-BTC …").
PLURAL_KIND = re.compile(rf"\b[Cc]ác\s+(?:{CITED_KINDS})\b[^.;]*$")


def _list_items(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "Căn cứ các Quyết định của Bộ Y tế: số 12/QĐ-BYT ngày 03/8/2016, số 40/QĐ-BYT ngày …": the items after
    the first, named by their symbol's code, else by the kind last cited, within a few lines of a citation."""
    items: list[Candidate] = []
    for m in continued(text, SYMBOL, DATE).finditer(text):
        earlier = [c for c in candidates + items if c[0].start() < m.start() and m.start() - c[0].end() < 400]
        if not earlier and not PLURAL_KIND.search(text[max(0, m.start() - 200) : m.start()]):
            continue
        last_kind = re.match(CITED_KINDS, earlier[-1][1]) if earlier else None
        kind = kind_of_symbol(m.group(1)) or (last_kind.group(0) if last_kind else None)
        if kind:
            items.append((m, kind, m.group(1), m.group(2, 3, 4), None))
    return items
