"""Agency names in running text: where they are, their full name, and whether they are a group."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold
from .vocabulary import ABBREVIATIONS, BODIES, CATCH_ALLS, DEPARTMENTS, GROUPS, HOLDERS

LEVELS_DISTRICT = ("huyen", "thi xa", "thanh pho", "quan", "thi", "cap huyen")
LEVEL = r"(?:cap huyen|cap xa|cap tinh|cac cap|thi xa|thanh pho|thi tran|dac khu|huyen|quan|phuong|xa|thi|tinh)"
SEPARATOR = re.compile(r"\s*(?:,\s*va\b|,|;|\bva\b|\bcung\b|\bvoi\b)\s*")


@dataclass(frozen=True)
class Mention:
    """An agency named in a text: its span, its full name and its kind."""

    start: int
    end: int
    name: str
    kind: str  # an AgencyKind value, or "central" for bodies outside the province
    group: bool = False
    catch_all: bool = False

    @property
    def central(self) -> bool:
        """A body outside the province (ministry, Government): its clause is informational."""
        return self.kind == "central"


def expand_abbreviations(name: str) -> str:
    """UBND → Ủy ban nhân dân, BHXH → Bảo hiểm xã hội, TP → thành phố ..."""
    for pattern, full in ABBREVIATIONS:
        name = re.sub(pattern, full, name)
    return re.sub(r"\s+", " ", name).strip()


def _capitalised_words(text: str, position: int, limit: int = 4) -> int:
    """End of the run of capitalised words (a proper name) starting at `position`."""
    end = position
    for _ in range(limit):
        match = re.compile(r"[ ]*([^\s,;:.()]+)").match(text, end)
        if match is None or not match.group(1)[:1].isupper():
            break
        end = match.end()
    return end


def _department_pattern() -> list[tuple[str, str]]:
    return [(name, rf"\b(?:so|nganh)\s+(?:{variant})\b") for name, variants in DEPARTMENTS for variant in variants]


_DEPARTMENT_PATTERNS = [(name, re.compile(p)) for name, p in _department_pattern()]
# A ministry bears its department's name: "Bộ Nông nghiệp và Môi trường" (outside the province).
_MINISTRY_PATTERNS = [
    ("Bộ" + name.removeprefix("Sở"), re.compile(rf"\bbo\s+(?:{variant})\b")) for name, variants in DEPARTMENTS for variant in variants
]
_BODY_PATTERNS = [(name, kind, re.compile(rf"\b(?:{p})\b")) for name, kind, ps in BODIES for p in ps]
_GROUP_PATTERNS = [(kind, re.compile(rf"\b{p}\b")) for kind, p in GROUPS]
_CATCH_ALL_PATTERNS = [re.compile(rf"\b{p}\b") for p in CATCH_ALLS]
_UBND = re.compile(
    rf"\b(?:uy ban nhan dan|ubnd)(?:\s*\(ubnd\))?\s+(?P<cac>cac\s+)?(?P<levels>{LEVEL}(?:\s*(?:,|va)\s*{LEVEL}\b)*)\b"
    r"(?P<central>\s+truc thuoc\s+(?:trung uong|tw)\b)?"
)
_BHXH = re.compile(
    r"\b(?P<pre>co quan\s+|he thong\s+|nganh\s+)?(?:bao hiem xa hoi|bhxh)"
    r"(?:\s+(?P<level>cac tinh(?:\s*,\s*thanh pho)?|tinh|huyen|cac cap|cung cap|thanh pho|thi xa))?\b"
)


EVERY_PROVINCE = re.compile(r"\s+(?:cac\s+tinh(?:\s*,\s*thanh pho)?|tinh\s*,\s*thanh pho)(?:\s+truc thuoc\s+(?:trung uong|tw)\b)?\b")


def _candidates(text: str, folded: str) -> list[Mention]:
    found: list[Mention] = []
    for name, pattern in _DEPARTMENT_PATTERNS:
        for m in pattern.finditer(folded):
            if folded[m.start() : m.start() + 5] == "nganh" and not text[m.start() + 6 : m.start() + 7].isupper():
                continue
            every = EVERY_PROVINCE.match(folded, m.end())
            if every:
                # "Sở Y tế các tỉnh, thành phố": the department of every province, as a ministry writes.
                written = re.sub(r"\s+", " ", text[m.end() : every.end()]).strip()
                found.append(Mention(m.start(), every.end(), f"{name} {written}", "department", group=True))
                continue
            found.append(Mention(m.start(), m.end(), name, "department"))
    for m in re.finditer(r"\bso\s+", folded):
        if text[m.start()] == "S":
            end = _capitalised_words(text, m.end())
            if end > m.end():
                found.append(Mention(m.start(), end, "Sở " + text[m.end() : end].strip(), "department"))
    for name, pattern in _MINISTRY_PATTERNS:
        for m in pattern.finditer(folded):
            if text[m.start()] == "B":
                found.append(Mention(m.start(), m.end(), name, "central"))
    for name, kind, pattern in _BODY_PATTERNS:
        for m in pattern.finditer(folded):
            same_level = re.compile(r"\s+cung cap\b").match(folded, m.end())
            if same_level and name.endswith(" tỉnh"):
                # "Liên đoàn Lao động cùng cấp": the body at the level of the task's lead.
                found.append(Mention(m.start(), same_level.end(), name.removesuffix(" tỉnh") + " cùng cấp", kind))
            elif name.endswith(" tỉnh") and (city := _city_level(text, folded, m)) is not None:
                found.append(Mention(m.start(), city[0], name.removesuffix(" tỉnh") + " " + city[1], kind))
            elif name.endswith(" tỉnh") and folded[m.start() : m.end()].endswith(" tinh") \
                    and (place_end := _capitalised_words(text, m.end(), limit=3)) > m.end():
                # A provincial body named with its province: "Thuế tỉnh Quảng Trị", "Công an tỉnh Lâm Đồng".
                found.append(Mention(m.start(), place_end, f"{name} {text[m.end() : place_end].strip()}", kind))
            else:
                found.append(Mention(m.start(), m.end(), name, kind))
    for m in re.finditer(r"\b(?:trung tam|vien)\s+", folded):
        # A provincial centre or institute: "Trung tâm Chuyển đổi số tỉnh", "Viện Nghiên cứu phát triển Thành phố".
        level = re.compile(r"[^,;:.()\n]{1,60}?\b(?:tinh|thanh pho)\b").match(folded, m.end())
        if text[m.start()].isupper() and text[m.end() : m.end() + 1].isupper() and level \
                and not _capitalised_words(text, level.end()) > level.end():
            found.append(Mention(m.start(), level.end(), text[m.start() : level.end()], "other"))
    for m in re.finditer(r"\b(bo|bao va phat thanh\s*,?\s*truyen hinh|bao|huyen uy|thanh uy|thi uy|truong)\s+", folded):
        if not text[m.start()].isupper():
            continue
        end = _capitalised_words(text, m.end(), limit=6)
        if end > m.end():
            word = m.group(1)
            kind = {"bo": "central", "bao": "press", "truong": "school"}.get(word.split()[0], "party_committee")
            found.append(Mention(m.start(), end, text[m.start() : end].strip(), kind))
    found.extend(_listed_after_colon(text, folded))
    for m in _UBND.finditer(folded):
        found.append(_ubnd(text, m))
    for m in _BHXH.finditer(folded):
        level = m.group("level")
        capital = text[m.start() : m.start() + 1].isupper() or text[m.start() : m.start() + 4] == "BHXH"
        if not (m.group("pre") or level or (capital and not folded[m.end() :].startswith(" ("))):
            continue
        if level in (None, "cung cap", "cac cap"):
            name = "Bảo hiểm xã hội tỉnh" if level is None else f"Bảo hiểm xã hội {text[m.end() - len(level):m.end()]}"
        else:
            name = f"Bảo hiểm xã hội {text[m.end() - len(level):m.end()]}"
        # "BHXH các tỉnh": the social insurance body of every province, as a central letter writes.
        group = bool(level) and level.startswith("cac tinh")
        found.append(Mention(m.start(), m.end(), name, "social_insurance", group=group))
    for kind, pattern in _GROUP_PATTERNS:
        for m in pattern.finditer(folded):
            found.append(Mention(m.start(), m.end(), _as_group_name(text[m.start() : m.end()]), kind, group=True))
    for pattern in _CATCH_ALL_PATTERNS:
        for m in pattern.finditer(folded):
            found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], "other", group=True, catch_all=True))
    return found


LISTED = re.compile(r"\bcac (bo|so)\s*:\s*")
LISTED_SEPARATOR = re.compile(r"\s*(?:,\s*va|,|va)\s+|\s*,\s*")
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


def _listed_after_colon(text: str, folded: str) -> list[Mention]:
    """ "Giao các Bộ: Công an, Tài chính, Nông nghiệp và Môi trường …", "các Sở: Y tế, Nội vụ": each
    name of the list is a body of its own ("Bộ Công an", "Sở Y tế"); the list ends at the first
    words that are not a known name."""
    found: list[Mention] = []
    for m in LISTED.finditer(folded):
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


def _city_level(text: str, folded: str, m: re.Match) -> tuple[int, str] | None:
    """A provincial body of a centrally-run city, written with "thành phố" where a province writes
    "tỉnh" ("Công an Thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"): its end and level
    word. "thành phố X" (a named city) is not the document's own city."""
    matched = folded[m.start() : m.end()]
    if matched.endswith("thanh pho"):
        end = m.end()
    elif matched.endswith("tinh"):
        return None
    else:
        city = re.compile(r"\s+thanh pho\b").match(folded, m.end())
        if city is None:
            return None
        end = city.end()
    if _capitalised_words(text, end) > end:
        return None
    return end, text[end - len("thanh pho") : end]


def _as_group_name(written: str) -> str:
    name = expand_abbreviations(written.strip())
    return name[:1].upper() + name[1:]


def _ubnd(text: str, m: re.Match) -> Mention:
    levels_text = text[m.start("levels") : m.end("levels")]
    levels = [level.strip() for level in re.split(r",|\bva\b", m.group("levels")) if level.strip()]
    end = m.end()
    proper_end = _capitalised_words(text, end) if len(levels) == 1 and not m.group("cac") else end
    group = bool(m.group("cac")) or len(levels) > 1 or levels[0].startswith("cap") or levels[0] == "cac cap"
    if "tinh" in levels and (m.group("central") or set(levels) == {"tinh", "thanh pho"}):
        # "UBND các tỉnh, thành phố (trực thuộc Trung ương)": every province, as a ministry writes.
        kind, group = "province", True
    elif levels == ["tinh"]:
        kind, group = "province", False
    elif all(level in LEVELS_DISTRICT for level in levels):
        kind = "district"
    else:
        kind = "commune"
    if not group and kind != "province" and proper_end == end:
        group = True  # "UBND huyện" with no name: every district
    end = proper_end if not group else end
    if levels_text.isupper():
        levels_text = levels_text.lower()  # "ỦY BAN NHÂN DÂN CÁC HUYỆN", a heading in capitals
    name = "Ủy ban nhân dân " + levels_text + text[m.end("levels") : end]
    return Mention(m.start(), end, re.sub(r"\s+", " ", name).strip(), kind, group=group)


def find_mentions(text: str) -> list[Mention]:
    """Every agency named in the text, longest first where names overlap, in reading order; a body
    known only by the shape of its name comes last, where no known name covers it."""
    folded = fold(text)
    chosen: list[Mention] = []
    # Longest first; on a tie a catch-all wins ("các sở, ban, ngành, đơn vị có liên quan" is no group).
    for mention in sorted(_candidates(text, folded), key=lambda x: (-(x.end - x.start), not x.catch_all, x.start)):
        if all(mention.end <= other.start or mention.start >= other.end for other in chosen):
            chosen.append(mention)
    for mention in _organisations(text, folded):
        # A known name inside it after its head is its level ("Ban Tuyên giáo Tỉnh ủy"): the whole name wins.
        inside = [o for o in chosen if mention.start < o.start and o.end <= mention.end]
        others = [o for o in chosen if o not in inside]
        if all(mention.end <= other.start or mention.start >= other.end for other in others):
            chosen = [*others, mention]
    return sorted(chosen, key=lambda x: x.start)


# The head words of a body's name, then its own name in capitals: "Hội Chữ thập đỏ tỉnh", "Chi cục
# Thủy lợi", "Phòng Tài chính - Kế hoạch các huyện", "Trung tâm Y tế huyện", "Ban Tuyên giáo Tỉnh ủy".
HEADS = (r"tong cong ty|cong ty|chi cuc|tong cuc|trung tam|benh vien|hoc vien|van phong|thanh tra|kho bac|ngan hang"
         r"|cong an|bo chi huy|toa an|vien kiem sat|lien doan|lien minh|chi nhanh|uy ban|phong|ban|cuc|vu|vien|hoi|doan|dai|quy")
ORGANISATION_HEAD = re.compile(rf"\b(?:{HEADS})\s+")
# "và" then a word in lower case or another body: the name has ended.
NEXT_BODY = re.compile(rf"(?:so|bo|uy ban|ubnd|bao hiem|bhxh|{HEADS})\s")
LEVEL_WORD = re.compile(r"(?:tinh uy|thanh uy|huyen uy|trung uong|viet nam|thanh pho|thi xa|tinh|huyen|quan|xa|phuong)\b")
# Where a name surely ends: punctuation, a verb of the sentence, or "và" before a word in lower case or
# another body ("Phòng Giáo dục và Đào tạo huyện" is one name, "Hội Nông dân và Công an tỉnh" two).
NAME_STOP = re.compile(r"[,;:.()\n]|\s(?:chu tri|phoi hop|co|thuc hien|to chuc|trien khai|bao cao|tham muu|theo|tai|trong|de)\s")



def _and_stop(text: str, folded: str, position: int) -> re.Match | None:
    """The first "và" after `position` that joins two bodies or ends the name."""
    for m in re.finditer(r"\sva\s+", folded[position:]):
        after = position + m.end()
        if text[after : after + 1].islower() or NEXT_BODY.match(folded, after):
            return re.compile(r"\sva\s").search(folded, position + m.start())
    return None


def _organisations(text: str, folded: str) -> list[Mention]:
    """Bodies named by the shape of their name: a head word in capitals, a name that starts with a
    capital, and its level ("tỉnh", "huyện", "các huyện", "Tỉnh ủy") within a few words."""
    found: list[Mention] = []
    for m in ORGANISATION_HEAD.finditer(folded):
        if not text[m.start()].isupper() or not text[m.end() : m.end() + 1].isupper():
            continue
        stops = [x.start() for x in (NAME_STOP.search(folded, m.end()), _and_stop(text, folded, m.end())) if x]
        limit = min([*stops, len(folded), m.end() + 60])
        level = next((x for x in LEVEL_WORD.finditer(folded, m.end(), limit)
                      if x.start() > m.end() + 1 and (text[x.start()].islower() or x.group(0) != "quan")), None)
        if level is None:
            continue
        end = _capitalised_words(text, level.end(), limit=3) if level.group(0) in ("tinh", "thanh pho", "huyen") else level.end()
        group = folded[max(m.end(), level.start() - 4) : level.start()] == "cac "
        name = re.sub(r"\s+", " ", text[m.start() : end]).strip()
        found.append(Mention(m.start(), end, name, "other", group=group))
    return found


LEADING = re.compile(r"^\s*(?:(?:de nghi|giao cho|giao|yeu cau|uy quyen|dong thoi)\s*:?\s+)*")
HOLDER = re.compile(rf"(?:(?:d/c|dong chi)\s+)?(?:{HOLDERS})\s+")
PLURAL = re.compile(r"(?:cac dong chi|cac)\s+")


def _mention_at(folded: str, position: int, by_start: dict[int, Mention]) -> Mention | None:
    """The name starting at `position`, reading through an office holder and "các"."""
    holder = HOLDER.match(folded, position)
    after_holder = holder.end() if holder else position
    plural = PLURAL.match(folded, after_holder)
    for candidate in (position, after_holder, plural.end() if plural else -1):
        if candidate in by_start:
            return by_start[candidate]
    return None


def leading_subjects(text: str, mentions: list[Mention] | None = None) -> tuple[list[Mention], int]:
    """The agencies a sentence opens with (its subjects), and where the list ends.

    Office holders ("Chủ tịch", "Giám đốc", "Thủ trưởng") and "Đề nghị"/"Giao" before a name are
    read through; the list ends at the first word that is not a name or a separator.
    """
    mentions = find_mentions(text) if mentions is None else mentions
    folded = fold(text)
    position = LEADING.match(folded).end()
    subjects: list[Mention] = []
    by_start = {m.start: m for m in mentions}
    while (mention := _mention_at(folded, position, by_start)) is not None:
        subjects.append(mention)
        position = mention.end
        separator = SEPARATOR.match(folded, position)
        if separator is None or _mention_at(folded, separator.end(), by_start) is None:
            break
        position = separator.end()
    return subjects, position


COOPERATION = re.compile(r"\b(?:phoi hop|cung|ket hop voi)(?:\s+chat che)?(?:\s+voi)?\s+")


def cooperating_in(text: str, mentions: list[Mention] | None = None) -> list[Mention]:
    """Agencies named after "phối hợp (với)" or "cùng", except where a subordinate is told to help."""
    mentions = find_mentions(text) if mentions is None else mentions
    folded = fold(text)
    by_start = {m.start: m for m in mentions}
    result: list[Mention] = []
    for match in COOPERATION.finditer(folded):
        clause_start = max(folded.rfind(";", 0, match.start()), folded.rfind(".", 0, match.start())) + 1
        if re.search(r"\b(?:chi dao|huong dan)\b", folded[clause_start : match.start()]):
            continue
        position = match.end()
        while (mention := _mention_at(folded, position, by_start)) is not None:
            result.append(mention)
            separator = SEPARATOR.match(folded, mention.end)
            if separator is None:
                break
            position = separator.end()
    return result
