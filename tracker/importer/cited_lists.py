"""Documents cited as the later items of a list ("…, số 12/QĐ-UBND ngày …") and the kind a symbol's code names."""

from __future__ import annotations

import re

# The code inside a symbol that names the kind of document ("380/NQ-CP" is a Nghị quyết, "99-TB/TW" a Thông báo).
CODE_KINDS = {
    "QĐ": "Quyết định", "NQ": "Nghị quyết", "CĐ": "Công điện", "CT": "Chỉ thị", "KH": "Kế hoạch", "TB": "Thông báo",
    "NĐ": "Nghị định", "TT": "Thông tư", "BC": "Báo cáo", "HD": "Hướng dẫn", "KL": "Kết luận", "CV": "Công văn",
}
CODE = re.compile(r"(?:^|[/-])(" + "|".join(CODE_KINDS) + r")(?=[/-]|$)")

# Letters of the Cyrillic alphabet that look like Latin capitals: a symbol copied from a page
# that mixed them ("16495/BТС-PTHT") is still the symbol typed in Latin letters.
LOOKALIKES = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")

DATE = r"(?:\s+ngày\s+(\d{1,2})(?:\s*/\s*|\s+tháng\s+)(\d{1,2})(?:\s*/\s*|\s+năm\s+)(\d{4}))?"
# A list goes on with "số …" after a comma, a semicolon, a colon or "và" ("các Quyết định: số 36/QĐ-TTg
# ngày 11/01/2024 về …; số 1569/QĐ-TTg …"), or with a bare symbol right after another symbol
# ("các Công điện số 217/CĐ-TTg, 218/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025").
NEXT_WITH_NUMBER = r"(?:[,;:]|\svà)\s*[Ss][ốô]\s*:?\s*"
NEXT_BARE = r"(?<=[A-ZĐa-z\d])(?:\s*,\s*|\s+và\s+)"


def continued(text: str, symbol: str, date: str) -> re.Pattern:
    """The later items of a list of citations, each with the date written after it, if any."""
    return re.compile(rf"(?:{NEXT_WITH_NUMBER}|{NEXT_BARE})({symbol}){date}")


def kind_of_symbol(symbol: str) -> str | None:
    """ "380/NQ-CP" → "Nghị quyết"; "7514/VPCP-V.I" names no kind."""
    after_number = re.sub(r"^\d+(?:/\d{4})?[/-]", "", symbol)
    m = CODE.search(after_number)
    return CODE_KINDS[m.group(1)] if m else None


def abbreviated(symbols: list[str]) -> set[str]:
    """Symbols that only shorten another one found in the same text ("102/2025/NQLT" after
    "102/2025/NQLT/UBTVQH15-CP"; "71/NQ" for "71/NQ-CP"): the same document named again."""
    return {s for s in symbols if any(t != s and t.startswith(s) and t[len(s)] in "/-" for t in symbols)}
