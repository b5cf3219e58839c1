"""Universities and institutes listed by their full names after "gồm:" ("Giao các cơ sở đào tạo trọng điểm gồm:
Đại học X, Trường Đại học Y - Đại học Quốc gia Z, Học viện W, Viện V và các cơ sở …"). Their names hold words in
lower case ("Trường Đại học Khoa học tự nhiên", "Viện Năng lượng nguyên tử Việt Nam"), which the run of capitalised
words cuts short ("Trường Đại"); in such a list each item is one name, up to the mark or the "và" that ends it."""

from __future__ import annotations

import re

from .name_shapes import Mention
from .text import flat
from .vocabulary import DIRECTIVE_VERB

# The words that introduce the members of a kind: "gồm:", "bao gồm:", "gồm có:".
INTRODUCED = re.compile(r"\b(?:bao\s+)?gom(?:\s+co)?\s*:\s*")
# An academic body's head words: a university (of a national one: "Đại học X"), a college, an academy, an institute.
# Not "Viện Kiểm sát" (the prosecution), which the known bodies read.
UNIVERSITY = r"(?:truong\s+(?:dai\s+hoc|cao\s+dang)|dai\s+hoc|hoc\s+vien)\s+"
ACADEMIC_HEAD = re.compile(rf"(?:{UNIVERSITY}|vien\s+(?!kiem\s+sat\b))")
UNIVERSITY_HEAD = re.compile(UNIVERSITY)
# Where an item ends: a mark, a line break before a numbered or lettered item, or the verb of the sentence.
ITEM_END = re.compile(r"\s*(?:[,;:.()]|\n(?=\s*(?:\d|[a-zđ]\)|[-+•]))|$)")
AND = re.compile(r"\s+va\s+")
SEPARATOR = re.compile(r"\s*(?:,\s*va|,|;)\s*|\s+va\s+")
# The list's closing catch-all: "… và các cơ sở (khác) (do Bộ X lựa chọn) (đủ năng lực)": others of the kind, chosen
# later, no body of their own.
OTHERS = re.compile(r"cac\s+(?:co so|don vi|co quan|to chuc)(?:\s+khac)?"
                    r"(?:\s+do\s+[^,.;:]{0,60}?\s+(?:lua chon|chi dinh|gioi thieu|quyet dinh))?"
                    r"(?:\s+(?:co\s+)?du\s+(?:nang luc|dieu kien))?")
# The sentence's verb after the last name, in lower case ("… Viện X thực hiện đào tạo"); not "xây dựng", which ends
# names ("Viện Khoa học công nghệ xây dựng"), nor a verb's word in capitals inside one ("Viện Nghiên cứu …").
VERB = re.compile(r"\s+(?!xay dung\b)(?=" + DIRECTIVE_VERB.pattern.removeprefix(r"\s*") + ")")


def _item_end(text: str, folded: str, position: int) -> int:
    """Where the name at `position` ends: at the first mark, at "và" before a word in lower case or another
    academic body ("Viện X và các cơ sở …", "Học viện X và Trường Đại học Y"), or before the sentence's verb."""
    limit = ITEM_END.search(folded, position).start()
    for joined in AND.finditer(folded, position, limit):
        after = joined.end()
        if text[after : after + 1].islower() or ACADEMIC_HEAD.match(folded, after):
            limit = joined.start()
            break
    verbs = (v.start() for v in VERB.finditer(folded, position, limit) if text[v.end() : v.end() + 1].islower())
    return next(verbs, limit)


def academic_listed(text: str, folded: str) -> list[Mention]:
    """Each university or institute a list after "gồm:" names, while its items open with an academic head in
    capitals; the list ends at the first item that does not. A text that opens with a university and one more such
    name is such a list read after its colon (the subjects after "Giao các cơ sở … gồm:" are read on their own)."""
    found: list[Mention] = []
    for intro in INTRODUCED.finditer(folded):
        found += _listed(text, folded, intro.end())
    start = len(folded) - len(folded.lstrip())
    opening = _listed(text, folded, start) if UNIVERSITY_HEAD.match(folded, start) else []
    return found + (opening if len(opening) > 1 else [])


def _listed(text: str, folded: str, position: int) -> list[Mention]:
    found: list[Mention] = []
    while ACADEMIC_HEAD.match(folded, position) and text[position : position + 1].isupper():
        end = _item_end(text, folded, position)
        name = flat(text[position:end])
        if len(name.split()) < 3 or len(name.split()) > 20:
            break  # "Viện X" at the least; a longer run is a sentence, not a name
        kind = "other" if folded.startswith("vien", position) else "school"
        found.append(Mention(position, end, name, kind))
        separator = SEPARATOR.match(folded, end)
        if separator is None:
            break
        position = separator.end()
        if (others := OTHERS.match(folded, position)) is not None:
            found.append(Mention(position, others.end(), text[position : others.end()], "other", group=True, catch_all=True))
    return found
