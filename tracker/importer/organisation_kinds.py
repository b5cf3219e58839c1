"""Kinds of organisations named among the helpers ("phối hợp với các doanh nghiệp viễn thông, viện nghiên cứu")."""

from __future__ import annotations

import re

from .names import Mention, find_mentions
from .subjects import helpers_named_at
from .text import fold

# A plan asks its lead to work with organisations outside the state tree, named by what they are rather
# than one by one: "Sở Công Thương phối hợp với các doanh nghiệp bán lẻ …", "… với viện nghiên cứu, trường
# đại học …", a column "Đơn vị phối hợp: Viện, Trường; Doanh nghiệp". Each is a cooperating body (rule 5)
# the officer keeps as written; no agency of the tree matches it, so the name reader leaves it out.
HEAD = (r"(?:doanh nghiep|nha cung cap|vien nghien cuu|truong dai hoc(?:\s*,\s*cao dang)?|truong cao dang"
        r"|co so nghien cuu|hop tac xa|vien|truong)")
# "Các tổ chức" alone is a catch-all ("các cơ quan, tổ chức liên quan"); with what they do ("các tổ chức
# cung ứng dịch vụ thanh toán") they are a kind of their own. Unplural, "tổ chức" is the verb "organise".
QUALIFIED_HEAD = r"(?:cac|nhung)\s+to chuc"
KIND = re.compile(rf"(?P<plural>(?:cac|nhung)\s+)?(?P<head>{HEAD})\b|(?P<qualified>{QUALIFIED_HEAD})\b")
# Where a kind's qualifier stops in running text: a separator, or the work the helpers are asked to do
# ("… các doanh nghiệp vận tải triển khai …", "… doanh nghiệp đồng hành để xây dựng …"). "Cung cấp" is a
# verb too, but "doanh nghiệp cung cấp dịch vụ viễn thông" names the kind by the service it sells.
STOP = re.compile(
    r"[,;.:()\"“”]|\b(?:va|de|nham|trong|tai|theo|tren|ve|voi|cho|khi|thuc hien|trien khai|xay dung|to chuc|phat trien"
    r"|dao tao|nghien cuu|tham muu|huong dan|ra soat|kiem tra|tuyen truyen|ho tro|hoan thien|day manh|tang cuong"
    r"|chia se|ket noi|van hanh|bao dam|dam bao|thuc day|cap nhat|tong hop|de xuat|ung dung|lua chon|ky ket"
    r"|cung cap(?!\s+dich vu))\b")
QUALIFIER_WORDS = 6
# Left open ("các viện nghiên cứu liên quan", "các doanh nghiệp khác"), a kind is whichever the matter
# concerns, a catch-all (rule 2), as "các sở, ngành liên quan" is.
OPEN = re.compile(r"\b(?:(?:co\s+)?lien quan|khac)\s*$")
OPEN_AFTER = re.compile(r"\s*(?:(?:co\s+)?lien quan|khac)\b")
PLURAL = re.compile(r"(?:cac|nhung)\s+")
# Between helpers: a comma, a semicolon (a column's list), "và", a dash opening a column's next line.
BETWEEN = re.compile(r"\s*(?:,\s*va\b|,|;|\bva\b|\n\s*[-–+])\s*[-–+]?\s*")
# Schools and institutes under one "các" are one group, the academic and research bodies together: "các
# trường đại học, viện nghiên cứu", "các viện, trường" (without "các", each is a member of the list).
ACADEMIC = r"(?:truong dai hoc(?:\s*,\s*cao dang)?|truong cao dang|vien nghien cuu|vien|truong)"
SHARED_PLURAL = re.compile(rf"\s*,\s*{ACADEMIC}\b(?=\s*(?:[,;.]|\bva\b|$))")


def kind_at(text: str, folded: str, position: int, in_cell: bool) -> Mention | None:
    """The kind of organisation named at `position`, with what qualifies it, if one is."""
    match = KIND.match(folded, position)
    if match is None:
        return None
    end = _qualified_end(folded, match.end(), in_cell)
    unqualified = match.group("qualified") and end == match.end()
    left_open = OPEN.search(folded[match.end() : end]) or OPEN_AFTER.match(folded, match.end())
    if unqualified or left_open or _bare_head(match):
        return None
    academic = re.fullmatch(ACADEMIC, match.group("head") or "")
    if match.group("plural") and academic and (shared := SHARED_PLURAL.match(folded, end)):
        end = shared.end()
    written = re.sub(r"\s+", " ", text[position:end]).strip()
    return Mention(position, end, written[:1].upper() + written[1:], "other", group=True)


def _bare_head(match: re.Match) -> bool:
    """ "Viện", "Trường" alone only as a list's member ("Viện, Trường; Doanh nghiệp"), not before more words."""
    if match.group("plural") or match.group("head") not in ("vien", "truong"):
        return False
    return re.match(r"\s*(?:[,;.]|$)", match.string[match.end() :]) is None


def _qualified_end(folded: str, head_end: int, in_cell: bool) -> int:
    """Where the kind's name ends: its qualifier's words up to a stop, or the head alone when they run on."""
    # A column lists names only: there its qualifier runs to the next separator, verbs and all.
    stop = re.compile(r"[,;\n()]|\bva\b").search(folded, head_end) if in_cell else STOP.search(folded, head_end)
    limit = stop.start() if stop else len(folded)
    words = folded[head_end:limit].split()
    if len(words) > QUALIFIER_WORDS:
        return head_end
    return head_end + len(folded[head_end:limit].rstrip())


def _wins(folded: str, kind: Mention, named: Mention | None) -> bool:
    """Whether a kind is read where a name also stands: over a catch-all ("các tổ chức" + what they do), or
    a name it goes on from with a comma ("Các trường đại học" + ", viện nghiên cứu"); a known name with
    words after it stays ("các trường mầm non" is a group of schools, whatever follows it)."""
    if named is None or named.catch_all:
        return True
    return kind.end > named.end and folded[named.end : kind.end].lstrip().startswith(",")


def kinds_among(text: str, mentions: list[Mention], start: int, in_cell: bool = False) -> list[Mention]:
    """The kinds of organisations in the list of helpers that opens at `start`, read through the named
    bodies of the list (`mentions`); a kind wins over a catch-all or shorter name at its place."""
    folded = fold(text)
    by_start = {m.start: m for m in mentions}
    found: list[Mention] = []
    previous: Mention | None = None  # general words right before, whose "các" a kind may share
    position = re.compile(r"\s*[-–+]?\s*").match(folded, start).end()
    while True:
        plural = PLURAL.match(folded, position)
        named = by_start.get(position) or (by_start.get(plural.end()) if plural else None)
        kind = kind_at(text, folded, position, in_cell)
        if kind is not None and _wins(folded, kind, named):
            found.append(_joined(text, previous, kind) if previous else kind)
            position = kind.end
        elif named is not None:
            position = named.end
        else:
            return found
        between = BETWEEN.match(folded, position)
        if between is None:
            return found
        previous = named if named is not None and named.catch_all and folded[position : between.end()].strip() == "," \
            and GENERAL.fullmatch(folded[named.start : named.end]) else None
        position = between.end()


# General words for bodies under one "các" with a kind after them: "các cơ quan, đơn vị, doanh nghiệp"
# names every body and business of the matter, one set the plan works with (not "… liên quan", open).
GENERAL = re.compile(r"cac\s+(?:co quan|don vi|to chuc|dia phuong)(?:\s*,\s*(?:co quan|don vi|to chuc|dia phuong))*")


def _joined(text: str, general: Mention, kind: Mention) -> Mention:
    """The general words and the kind after them as one group ("Các cơ quan, đơn vị, doanh nghiệp")."""
    if kind.name.lower().startswith(("các ", "những ")):
        return kind
    written = re.sub(r"\s+", " ", text[general.start : kind.end]).strip()
    return Mention(general.start, kind.end, written[:1].upper() + written[1:], "other", group=True)


def kinds_helping(text: str, mentions: list[Mention]) -> list[Mention]:
    """The kinds of organisations named after "phối hợp (với)" or "cùng", except where the lead directs or
    guides them ("chỉ đạo, hướng dẫn các doanh nghiệp phối hợp …": those it steers, not its helpers)."""
    found: list[Mention] = []
    for position in helpers_named_at(fold(text)):
        found += [kind for kind in kinds_among(text, mentions, position) if kind not in found]
    return found


# Where a column's next name begins: its start, and after each separator or line's dash.
ITEM_START = re.compile(r"(?:^|[,;\n]|\bva\b)\s*[-–+]?\s*")


def with_kinds(cell: str, helpers: list[Mention]) -> list[Mention]:
    """A helpers' column's bodies (`helpers`, read from `cell`) with the kinds of organisations it lists
    ("Các sở, ngành; các doanh nghiệp viễn thông"), in the column's order; a kind wins over a catch-all or
    a shorter name at its place ("Các trường đại học, viện nghiên cứu" over "Các trường đại học")."""
    folded = fold(cell)
    names = find_mentions(cell)
    kinds: list[Mention] = []
    for start in sorted({m.end() for m in ITEM_START.finditer(folded)}):
        kind = kind_at(cell, folded, start, in_cell=True)
        if kind is None or any(kind.start < k.end for k in kinds):
            continue
        overlapping = [m for m in names if m.start < kind.end and kind.start < m.end]
        if all(_wins(folded, kind, m) for m in overlapping):
            kinds.append(kind)
    kept = [m for m in helpers if not any(k.start <= m.start < k.end for k in kinds)]
    return sorted([*kept, *kinds], key=lambda m: m.start)
