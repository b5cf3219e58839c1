"""What runs into one paragraph of a conclusion: the clause's title before its content ("2. Đẩy mạnh cải
cách thủ tục hành chính: Các bộ khẩn trương …") and the items numbered in brackets inside it ("(1) Bộ X
ban hành …; (2) Bộ Y chủ trì …"), whose marker stands before the body that does the item."""

from __future__ import annotations

import re

from .clauses import PAREN
from .names import find_mentions
from .segment_subjects import own_subjects
from .text import fold
from .vocabulary import DIRECTIVE_VERB, REQUEST_WORDS

# A title is a short phrase: what the clause is about, said before a colon.
TITLE = re.compile(r"^([^:;.()]{8,160}):\s+(?=\S)")
# A conclusion's topic opens with "Về" and may be long: the matter as the province put it, with its figures in
# brackets, codes ("CT.03"), the documents and places it concerns ("… tại Nghị quyết số 37/2021/QH15 của Quốc
# hội cho tỉnh X:"). Not "Về phía X:", which names the body whose work follows.
TOPIC = re.compile(r"^(\s*Về\s(?!phía\b)[^:;]{8,600}?):\s+(?=\S)")


def after_title(segment: str) -> int:
    """Where the content begins after a title run into it, or 0. The title names no body of its own
    ("Đẩy mạnh chuyển đổi số:"), and what follows the colon opens with the body told to act ("Các bộ
    khẩn trương …") or with an item in brackets ("(1) Bộ Công an …"): the title is the clause's topic and
    the rest its work. A colon that introduces a list ("gồm các nội dung: …") is left alone, as is a
    heading naming its body ("Bộ Y tế: …"), which reads otherwise."""
    m = TITLE.match(segment)
    if m is None or find_mentions(m.group(1)) or NOT_TITLE.search(fold(m.group(1))):
        m = TOPIC.match(segment)
        if m is None or NOT_TITLE.search(fold(m.group(1))):
            return 0
    rest = segment[m.end() :]
    bracket = PAREN.match(rest)
    rest = rest[bracket.end() :] if bracket else rest
    subjects, end = own_subjects(rest)
    if subjects and not all(s.catch_all for s in subjects) and rest[end:].strip(" .;:"):
        return m.end()
    return 0


# Not a title: a speaker's words announced ("… cho biết:", "… đề nghị:"), a scope ("Đối với X:", whose
# heading reads otherwise) or a slot of a form ("Thẩm quyền:").
NOT_TITLE = re.compile(rf"\b(?:cho biet|{REQUEST_WORDS}|ket luan|phat bieu|nhan manh)\b|^\s*doi voi\b"
                       r"|^\s*(?:tham quyen|thoi gian|dia diem|thanh phan|doi tuong|pham vi|kinh phi|hinh thuc|quy trinh)\b")


COMMA = re.compile(r"\s*,?\s*")


def without_marker(segment: str) -> tuple[str, str]:
    """The bracket marker an item opens with ("(2) ", "- (ii) ") and the item's words after it."""
    m = PAREN.match(segment.lstrip("- "))
    if m is None:
        return "", segment
    cut = len(segment) - len(segment.lstrip("- ")) + m.end()
    subjects, end = own_subjects(segment[cut:])
    folded = fold(segment[cut:])
    # "(1) Các bộ, ngành, khẩn trương rà soát …": a comma may stand between the body and its work.
    if subjects and not DIRECTIVE_VERB.match(folded, COMMA.match(folded, end).end()):
        return "", segment  # a name not followed by its work is misread ("(4) Ban X chuyển Biên bản …"): left whole
    return segment[:cut], segment[cut:]
