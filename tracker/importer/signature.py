"""The signature block: the signer's name, the capacity line ("TM.", "KT.") and the title."""

from __future__ import annotations

import re

from .text import UPPER, flat, fold

CAPACITY = re.compile(rf"^(TM\.|T/M|KT\.|Q\.|TL\.|TUQ\.)\s*[{UPPER}]")
NAME = re.compile(rf"[{UPPER}][^\s\d]*(?:\s+[{UPPER}][^\s\d]*){{1,4}}")


# A department's head may add the department he heads ("CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG"), signing for his minister;
# its name holds no second title ("VỤ TRƯỞNG VỤ X PHÓ VỤ TRƯỞNG": the deputy signs for the head).
SIGNER_TITLE = re.compile(
    r"(?:PHÓ\s+)?(?:CHỦ TỊCH|(?:TỔNG\s+)?GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|BỘ TRƯỞNG|THỨ TRƯỞNG|BÍ THƯ|THỦ TRƯỞNG"
    rf"|THỦ TƯỚNG|CHỦ NHIỆM|(?:CỤC|VỤ|TỔNG CỤC) TRƯỞNG(?:\s+(?:CỤC|VỤ|TỔNG CỤC)(?:\s+(?!PHÓ\b|TRƯỞNG\b)[{UPPER}][{UPPER},\-]*)+)?)$"
)
# A signature with no capacity line, run into the line above ("… Lưu: VT. BỘ TRƯỞNG, CHỦ NHIỆM Lê Văn A").
OWN_SIGNATURE = re.compile(
    rf"(?:^|\s)((?:[{UPPER}]+[,\s]+)*?(?:PHÓ\s+)?(?:BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ NHIỆM|(?:TỔNG\s+)?GIÁM ĐỐC|CHỦ TỊCH|(?:CỤC|VỤ) TRƯỞNG"
    rf"|THỦ TƯỚNG|TRƯỞNG BAN))"
    # A name whose syllable a copy cut in two ("Đặ ng Văn Minh") is still the name.
    rf"\s+([{UPPER}][^\s\d{UPPER}]*(?:\s[^\s\d{UPPER}]{{1,3}})?(?:\s+[{UPPER}][^\s\d{UPPER}]+){{1,4}})$"
)

# "TL. BỘ TRƯỞNG" above "KT. CHÁNH VĂN PHÒNG": the deputy chief of office signs on behalf of (KT.) the chief
# of office, who signs by order of (TL.) the minister or chair; both lines are the capacity ("TL. BỘ TRƯỞNG
# KT. CHÁNH VĂN PHÒNG"). A body's "TM." above "KT. CHỦ TỊCH" is not: the capacity is the deputy's "KT." alone.
BY_ORDER = re.compile(rf"TL\.\s*[{UPPER}]")
CUT_SYLLABLE = re.compile(rf"(\S)\s([^\s\d{UPPER}]{{1,3}})\b")
TWO_TITLES = re.compile(r"\b(TRƯỞNG BAN|BỘ TRƯỞNG|CHỦ TỊCH|BÍ THƯ)\s+(?=(?:PHÓ\s+)?(?:THỦ TƯỚNG|CHỦ NHIỆM|CHỦ TỊCH|BỘ TRƯỞNG)\b)")


def _run_on_signature(line: str) -> dict | None:
    """ "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A" on one line, or None."""
    name = re.search(rf"\s([{UPPER}][^\s\d{UPPER}]+(?:\s+[{UPPER}][^\s\d{UPPER}]+){{1,4}})$", line)
    if not name:
        return None
    capacities = [m.start() for m in re.finditer(r"(?:TM\.|T/M|KT\.|Q\.|TL\.|TUQ\.)\s*", line)]
    last = line[capacities[-1] : name.start()].strip()
    title = SIGNER_TITLE.search(last)
    if not title or title.start() == 0:
        return None
    capacity = last[: title.start()].strip()
    if len(capacities) > 1 and BY_ORDER.match(line[capacities[-2] :]) and capacity.startswith("KT."):
        capacity = f"{line[capacities[-2] : capacities[-1]].strip()} {capacity}"  # "TL. BỘ TRƯỞNG KT. CHÁNH VĂN PHÒNG"
    return {"name": name.group(1), "capacity": capacity, "title": title.group(0)}


def _by_order_above(lines: list[str], index: int) -> str | None:
    """The "TL." line right above the capacity line at `index` (blank lines between aside), or None."""
    above = next((lines[j] for j in range(index - 1, max(index - 3, -1), -1) if lines[j]), "")
    return flat(above) if BY_ORDER.match(above) else None


AUTHORITIES = ("uy ban nhan dan", "hoi dong nhan dan", "ban thuong vu", "ban chap hanh", "thuong truc hoi dong nhan dan",
               "chu tich uy ban nhan dan")


def _wrapped_authority(line: str, following: str) -> bool:
    """A capacity cut inside the authority's name ("TM. ỦY BAN NHÂN" then "DÂN", "TL. CHỦ TỊCH ỦY" then
    "BAN NHÂN DÂN TỈNH": the rest of the name and its level)."""
    authority = fold(CAPACITY_PREFIX.sub("", line)).strip()
    joined = f"{authority} {fold(following).strip()}"
    return any(a.startswith(authority) and a != authority and (a.startswith(joined) or joined.startswith(a + " "))
               for a in AUTHORITIES)


# A title in capitals run into the name by a copy that lost the line break ("CHÁNH VĂN PHÒNGLê Văn An").
GLUED_TITLE = re.compile(rf"^([{UPPER}][{UPPER}\s]*[{UPPER}])(?=[{UPPER}][^\s\d{UPPER}])")


def _unglued(line: str) -> list[str]:
    glued = GLUED_TITLE.match(line)
    if glued and NAME.fullmatch(line[glued.end() :]):
        return [glued.group(1), line[glued.end() :]]
    return [line]


# The kind of a document issued with a decision, alone on its line, heading its text after the signature.
ANNEX_KIND = re.compile(r"KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|ĐỀ ÁN|ĐIỀU LỆ|HƯỚNG DẪN|PHỤ LỤC(?:\s+[IVX\d]+)?")
CAPACITY_PREFIX = re.compile(r"^(?:TM\.|T/M|KT\.|Q\.|TL\.|TUQ\.)\s*")
# The heading of an annex, in capitals like a title ("DANH SÁCH CÁC TỈNH …", "PHỤ LỤC I", "BIỂU MẪU …"): a copy
# cut at the capacity line runs on into the annex, whose heading is no office of the signer's.
ANNEX_HEADING = re.compile(r"^(?:PHỤ LỤC|DANH SÁCH|DANH MỤC|BIỂU|MẪU|BẢNG)\b")


def signer_of(lines: list[str]) -> dict:
    """Who signed, in what capacity ("KT. CHỦ TỊCH") and with what title, from the lines of the signature."""
    signer = {"name": None, "capacity": None, "title": None}
    # Cells of a signature table copied as Markdown ("| | KT. BỘ TRƯỞNG …", "|---|---|") are text, or nothing.
    lines = [re.sub(r"^[|\s]+|[|\s]+$", "", line) if not re.fullmatch(r"[|\s:-]*", line) else "" for line in lines]
    lines = [part for line in lines for part in _unglued(line)]
    index = max((i for i, line in enumerate(lines) if CAPACITY.match(line)), default=None)
    if index is None:
        own = _own_signature(lines) or _own_signature(_before_annex(lines))
        if own:
            # Two titles of one signer ("TRƯỞNG BAN PHÓ THỦ TƯỚNG") are written as a list.
            signer["title"] = TWO_TITLES.sub(r"\1, ", own.group(1).strip())
            signer["name"] = CUT_SYLLABLE.sub(r"\1\2", own.group(2))
        return signer
    signer["capacity"] = flat(lines[index])
    following = next((j for j in range(index + 1, min(index + 3, len(lines))) if lines[j]), None)
    if following is not None and _wrapped_authority(lines[index], lines[following]):
        # "TM. ỦY BAN NHÂN / DÂN": the capacity wrapped onto the next line.
        signer["capacity"] = flat(f"{lines[index]} {lines[following]}")
        lines = [*lines[:index], signer["capacity"], *lines[following + 1 :]]
    elif following is not None and lines[index].endswith(",") and lines[following].isupper() \
            and len(lines[following].split()) <= 3 and any(j > following and lines[j].isupper() for j in range(following + 1, following + 3)):
        # "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM": a capacity ending in a comma goes on to name
        # the head's second office; the title is the line after it.
        signer["capacity"] = flat(f"{lines[index]} {lines[following]}")
        lines = [*lines[:index], signer["capacity"], *lines[following + 1 :]]
    run_on = _run_on_signature(flat(lines[index]))
    if run_on:
        return run_on
    by_order = _by_order_above(lines, index) if lines[index].startswith("KT.") else None
    title: list[str] = []
    for line in lines[index + 1 : index + 6]:
        if not line:
            if title:
                break
            continue
        if ANNEX_HEADING.match(line) or ANNEX_KIND.fullmatch(line.strip()):
            break  # the copy runs on into an annex or the document issued with it ("DANH SÁCH …", "KẾ HOẠCH")
        if line.isupper() and not CAPACITY.match(line):
            title.append(line)
            continue
        if CAPACITY.match(line):
            signer["capacity"] = flat(line)
            continue
        break
    signer["title"] = flat(" ".join(title)) or None
    if by_order and signer["capacity"].startswith("KT."):
        signer["capacity"] = f"{by_order} {signer['capacity']}"
    # The space left for the signature and the seal may be many blank lines: only lines with words count.
    worded = [at for at in range(index + 1, len(lines)) if lines[at]][:14]
    end = max(index + 15, worded[-1] + 1 if worded else 0)
    for at, line in enumerate(lines[index + 1 : end], index + 1):
        if line and not line.isupper() and NAME.fullmatch(line):
            signer["name"] = line
            break
        if _family_name_wrapped(line, lines[at + 1 : at + 2]):
            signer["name"] = f"{line} {lines[at + 1]}"  # "Trần" / "Minh Tâm": the name wrapped after its first word
            break
    return signer


def _own_signature(lines: list[str]) -> re.Match | None:
    """The head's title and name ending `lines`, signed with no capacity line ("CHỦ TỊCH Nguyễn Văn A")."""
    tail = [line for line in lines if line][-4:]
    own = next((m for line in reversed(tail) if (m := OWN_SIGNATURE.search(flat(line)))), None)
    if not own and len(tail) >= 2 and OWN_SIGNATURE.search(flat(" ".join(tail[-2:]))) and tail[-2].isupper():
        # The title alone on its line above the name ("THỦ TƯỚNG" / "Nguyễn Văn A").
        own = OWN_SIGNATURE.search(flat(" ".join(tail[-2:])))
    return own


def _before_annex(lines: list[str]) -> list[str]:
    """The lines before the document issued with a decision ("KẾ HOẠCH", "PHỤ LỤC I" alone on a line after
    the "Nơi nhận:" list): a head signing in his own name signs there, not at the end of the annex."""
    sent = next((i for i, line in enumerate(lines) if re.match(r"\W*N[ơo]i nhận\b", line, re.IGNORECASE)), None)
    if sent is None:
        return []
    annex = next((i for i in range(sent + 1, len(lines)) if ANNEX_KIND.fullmatch(lines[i].strip())
                  or ANNEX_HEADING.match(lines[i].strip())), None)
    return lines[:annex] if annex is not None else []


def _family_name_wrapped(line: str, following: list[str]) -> bool:
    """A family name alone on its line, the given names on the next ("Lê" / "Thị Mai Anh")."""
    return bool(re.fullmatch(rf"[{UPPER}][^\s\d{UPPER}]+", line)) and bool(following) \
        and not following[0].isupper() and bool(NAME.fullmatch(f"{line} {following[0]}"))
