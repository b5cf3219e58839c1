"""Bodies listed after a colon by their bare names: "Giao các Bộ: Công an, Tài chính …", "các Sở: Y tế,
Nội vụ", a body's own offices "các phòng: Tổ chức biên chế; Công chức, viên chức" — each name of the list a
body of its own. The press drops the colon ("gửi các Sở Nội vụ, Tài chính, Giáo dục & Đào tạo …"): the plural
head and two names or more still make the list."""

from __future__ import annotations

import re

from .academic_lists import academic_listed as academic_listed  # re-exported: names reads every list after a colon from here
from .name_shapes import LISTED_SEPARATOR, Mention
from .vocabulary import DEPARTMENTS, DIRECTIVE_VERB

LISTED = re.compile(r"\bcac (bo|so)(?:\s*,\s*(?:(?:ban\s*,?\s*)?nganh|co quan))?(?:\s+(?:co\s+)?lien quan)?\s*:\s*")
# The colon-less list: the plural head straight before the first name; it is a list only if a second name follows.
UNCOLONED = re.compile(r"\bcac (bo|so)\s+")
# Ministries with no department of their name in a province.
MINISTRIES_ONLY = [("Bộ Công an", re.compile(r"cong an\b")), ("Bộ Quốc phòng", re.compile(r"quoc phong\b")),
                   ("Bộ Ngoại giao", re.compile(r"ngoai giao\b"))]


def _listed_name(folded: str, position: int, ministry: bool) -> tuple[int, str] | None:
    """The longest department (or ministry) name that starts at `position`, without its "Sở"/"Bộ"."""
    best: tuple[int, str] | None = None
    patterns = [(name, re.compile(rf"(?:{v})\b")) for name, variants in DEPARTMENTS for v in variants]
    if ministry:
        patterns = [("Bộ" + name.removeprefix("Sở"), p) for name, p in patterns] + MINISTRIES_ONLY
    for name, pattern in patterns:
        m = pattern.match(folded, position)
        if m and (best is None or m.end() > best[0]):
            best = (m.end(), name)
    return best


def listed_after_colon(text: str, folded: str) -> list[Mention]:
    """ "Giao các Bộ: Công an, Tài chính, Nông nghiệp và Môi trường …", "các Sở: Y tế, Nội vụ": each
    name of the list is a body of its own ("Bộ Công an", "Sở Y tế"); the list ends at the first
    words that are not a known name."""
    found: list[Mention] = []
    for m in [*LISTED.finditer(folded), *filter(lambda m: _two_named(folded, m), UNCOLONED.finditer(folded))]:
        ministry = m.group(1) == "bo"
        position, start = m.end(), m.start()
        while (named := _listed_name(folded, position, ministry)) is not None:
            end, name = named
            found.append(Mention(start, end, name, "central" if ministry else "department"))
            separator = LISTED_SEPARATOR.match(folded, end)
            if separator is None or _listed_name(folded, separator.end(), ministry) is None:
                break
            position = start = separator.end()
    return found


# A body's own offices listed by their bare names: "biệt phái cán bộ thuộc các phòng: Tổ chức biên chế; Công chức,
# viên chức; Văn thư – lưu trữ". Their names are the body's own, no known list: each item is taken as written.
# Bodies of other kinds are listed so too, their head written once ("các Tập đoàn: Điện lực Việt Nam, Dầu khí
# Việt Nam", "các Tổng công ty: …", "các Hội: Nông dân, Cựu chiến binh"): each item is "<Head> <item>".
OFFICES_LISTED = re.compile(r"\bcac\s+(phong(?:\s+(?:chuyen mon|nghiep vu))?|tap\s+doan|tong\s+cong\s+ty|ngan\s+hang(?:\s+thuong\s+mai)?"
                            r"|hoi|benh\s+vien|truong|trung\s+tam|vien)\s*:\s*")
# An item runs to the next mark; when the items hold commas, the list is separated by semicolons. A line break
# ends it only before a numbered or lettered item: a PDF's text wraps a name anywhere ("Công nghiệp\n- Viễn thông").
ITEM_END = re.compile(r"\s*(?:[.;:()]|\n(?=\s*(?:\d|[a-zđ]\)|[+•]))|$)")
ITEM_END_PLAIN = re.compile(r"\s*(?:[.,;:()]|\n(?=\s*(?:\d|[a-zđ]\)|[+•]))|\s+va\s+|$)")
# Work may follow the last item ("… Văn thư – lưu trữ thực hiện …"), or the manner of it ("… Quân đội theo chức
# năng, nhiệm vụ …").
WORK = re.compile(r"\s(?=" + DIRECTIVE_VERB.pattern.removeprefix(r"\s*") + r"|theo\s)")
FIRST_WORDS = re.compile(r"\S+\s+\S+")
# Items that only name kinds of the head ("các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh"): the list is
# one group of those kinds, no bodies of their own.
KIND_ITEM = re.compile(r"(?:dai hoc|cao dang|trung cap|mam non|tieu hoc|trung hoc(?: co so| pho thong)?|thcs|thpt"
                       r"|tuyen (?:tinh|huyen|xa))(?: tren dia ban(?: \S+)?)?")


def _office_end(folded: str, position: int, ends: re.Pattern) -> tuple[int, bool]:
    """Where the office named at `position` ends, and whether the list goes on after it. An office's name may
    open with a verb's words ("Tổ chức biên chế", "Xây dựng chính quyền"): work is looked for after its first two."""
    stop = ends.search(folded, position)
    opening = FIRST_WORDS.match(folded, position, stop.start())
    work = WORK.search(folded, opening.end() if opening else position, stop.start())
    if work:
        return work.start(), False
    return stop.start(), stop.group().strip() in (";", ",", "va")


def offices_listed(text: str, folded: str) -> list[Mention]:
    """Each office of a list after "các phòng:" as "Phòng <item>" (a body of another kind as "<Head> <item>"),
    the first spanning the group's words; the list ends at its sentence's end, where work begins, or at an
    item that is no name (no capital, too long)."""
    found: list[Mention] = []
    for m in OFFICES_LISTED.finditer(folded):
        # Semicolons separate the items only if one comes before the work ("…, Dầu khí Việt Nam tổ chức …; Bộ X …").
        sentence = re.match(r"[^.]*", folded[m.end() :]).group()
        work = WORK.search(sentence)
        ends = ITEM_END if ";" in sentence[: work.start() if work else len(sentence)] else ITEM_END_PLAIN
        head = "Phòng" if m.group(1).startswith("phong") else " ".join(text[m.start(1) : m.end(1)].split())
        head = head[:1].upper() + head[1:]
        position, start, more, listed, items = m.end(), m.start(), True, [], []
        while more and position < len(text) and text[position].isupper():
            end, more = _office_end(folded, position, ends)
            name = re.sub(r"\s+", " ", text[position:end]).strip()
            if len(re.findall(r"\w+", name)) > 8 or any(ch.isdigit() for ch in name):
                break
            listed.append(Mention(start, end, f"{head} {name}", "other"))
            items.append(folded[position:end])
            position = start = LISTED_SEPARATOR.match(folded, end).end() if more else end
        if not all(KIND_ITEM.fullmatch(" ".join(item.split())) for item in items):
            found += listed
    return found


def _two_named(folded: str, head: re.Match) -> bool:
    """Whether the plural head is followed by a known name, a separator and another known name."""
    ministry = head.group(1) == "bo"
    first = _listed_name(folded, head.end(), ministry)
    separator = LISTED_SEPARATOR.match(folded, first[0]) if first else None
    return separator is not None and _listed_name(folded, separator.end(), ministry) is not None
