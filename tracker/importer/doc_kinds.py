"""The kinds of document, by name and by the code their symbols carry: one list that every reading of a
kind takes its words from (a directive's own title, its symbol, the documents it cites), so that a kind
added here is read in all of them at once."""

from __future__ import annotations

import re

from .text import fold

# The kinds a directive itself may be, as its title prints them ("CHỈ THỊ", "CÔNG ĐIỆN"), and the code
# its symbol gives each ("12/CT-UBND", "46-NQ/TW", "5/CĐ-UBND"). A Front's or a department's HƯỚNG DẪN
# assigns work too.
DIRECTIVE_KINDS = {
    "Chỉ thị": "CT", "Kế hoạch": "KH", "Quyết định": "QĐ", "Nghị quyết": "NQ", "Thông báo": "TB",
    "Công văn": "CV", "Công điện": "CĐ", "Hướng dẫn": "HD",
}
# The other kinds a text cites by number, with the code of those that have one ("123/2020/NĐ-CP",
# "12/BC-SYT", "57-KL/TW"). A letter is often cited as "văn bản số …"; a report or a joint rule is cited
# as any other ("báo cáo số 12/BC-SYT", "Quy chế phối hợp số 3/QCPH-…").
OTHER_KINDS = {
    "Nghị định": "NĐ", "Thông tư": "TT", "Báo cáo": "BC", "Kết luận": "KL", "Chương trình": None, "Luật": None,
    "Pháp lệnh": None, "Quy định": None, "Phương án": None, "Thông tri": None, "Văn bản": None, "Quy chế": None,
}
# Every kind's name, those a directive may be first ("Nghị quyết", "Chỉ thị", …).
KIND_NAMES = (*DIRECTIVE_KINDS, *OTHER_KINDS)
# The code inside a symbol that names the kind of document ("380/NQ-CP" is a Nghị quyết, "99-TB/TW" a Thông báo).
CODE_KINDS = {code: name for name, code in (*DIRECTIVE_KINDS.items(), *OTHER_KINDS.items()) if code}
CODE = re.compile(r"(?:^|[/-])(" + "|".join(CODE_KINDS) + r")(?=[/-]|$)")
# A directive's kind as a title prints it, in capitals: "QUYẾT ĐỊNH|CHỈ THỊ|…".
TITLE_KINDS = "|".join(name.upper() for name in DIRECTIVE_KINDS)


def kind_of_symbol(symbol: str) -> str | None:
    """ "380/NQ-CP" → "Nghị quyết"; "02-CT/TU" (a Party committee's) → "Chỉ thị"; "55/2007/CT-UBND" → "Chỉ
    thị"; "7514/VPCP-V.I" and "12/BYT-KH" (a unit's code after the issuer's) name no kind. The number (and a year after it) is read past, so that the code
    is found whether the issuer's code follows it (the State's "12/KH-UBND") or comes after the code (the
    Party's "46-NQ/TW")."""
    after_number = re.sub(r"^\d+(?:/\d{4})?[/-]", "", symbol)
    # The kind's code stands first after the number: a letter's symbol names its issuer there and a unit of it
    # after ("4396/BYT-KH-TC", the Bộ's Vụ Kế hoạch - Tài chính), whose code is no kind.
    m = CODE.match(after_number)
    return CODE_KINDS[m.group(1)] if m else None


def _alternation(names) -> str:
    """The folded names as one regular alternation, the longest first, so that a longer kind is never read
    as a shorter one it begins with."""
    return "|".join(sorted({fold(name) for name in names}, key=lambda word: (-len(word), word)))


# The folded words a pattern reads a kind by ("chi thi|cong dien|…"), for the text is matched folded.
# THIS_KINDS: the kinds a directive may be, and "văn bản", the word any of them calls itself by ("… kể từ
# ngày nhận được văn bản này"): a pattern about this very document, or a letter it reports, reads these.
THIS_KINDS = _alternation((*DIRECTIVE_KINDS, "Văn bản"))
# CITED_KINDS: every kind a text names when it cites a document ("Căn cứ Nghị định số …", "theo Kết luận
# số …").
CITED_KINDS = _alternation(KIND_NAMES)
# Many kinds are named by an everyday word too: "căn cứ quy định nêu trên" (the rules just stated), "thực hiện
# kế hoạch đề ra", "theo hướng dẫn của cấp trên". Such a word cites a document only with its number after it,
# maybe after the words of its kind's full name ("Chương trình phối hợp số 01/…", "Kế hoạch liên tịch số …",
# "Kết luận 14-KL/TU"): WORD_KINDS, to be read with NUMBERED. The other kinds' names are a document's alone
# (TERM_KINDS).
WORD_KINDS = _alternation(("Kế hoạch", "Thông báo", "Hướng dẫn", "Báo cáo", "Kết luận", "Chương trình", "Quy định",
                           "Phương án", "Văn bản", "Quy chế"))
TERM_KINDS = _alternation(name for name in KIND_NAMES if fold(name) not in WORD_KINDS.split("|"))
NUMBERED = r"(?:(?:\s+[a-z]+){0,3}?\s+so\s*|\s+)\d"
