"""Documents cited as the later items of a list ("…, số 12/QĐ-UBND ngày …")."""

from __future__ import annotations

import re

from .date_shapes import STROKE, WRITTEN, full_date

# Letters of the Cyrillic alphabet that look like Latin capitals: a symbol copied from a page
# that mixed them ("16495/BТС-PTHT") is still the symbol typed in Latin letters.
LOOKALIKES = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")

# The date after a cited document's symbol ("ngày 22/3/2013", "ngày 05 tháng 8 năm 2020"): day, month, year.
# A stroke only between the numbers, as the rule was first written (a dotted or dashed cited date is not read).
CITED_DATE = rf"\s+ngày\s+{full_date(STROKE, WRITTEN, day='day', month='month', year='year')}"
DATE = rf"(?:{CITED_DATE})?"
# A list goes on with "số …" after a comma, a semicolon, a colon or "và" ("các Quyết định: số 36/QĐ-TTg
# ngày 11/01/2024 về …; số 1569/QĐ-TTg …"), or with a bare symbol right after another symbol
# ("các Công điện số 217/CĐ-TTg, 218/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025").
NEXT_WITH_NUMBER = r"(?:[,;:]|\svà)\s*[Ss][ốô]\s*:?\s*"
NEXT_BARE = r"(?<=[A-ZĐa-z\d])(?:\s*,\s*|\s+và\s+)"


def continued(text: str, symbol: str, date: str) -> re.Pattern:
    """The later items of a list of citations, each with the date written after it, if any."""
    return re.compile(rf"(?:{NEXT_WITH_NUMBER}|{NEXT_BARE})({symbol}){date}")


def abbreviated(symbols: list[str]) -> set[str]:
    """Symbols that only shorten another one found in the same text ("102/2025/NQLT" after
    "102/2025/NQLT/UBTVQH15-CP"; "71/NQ" for "71/NQ-CP"; "53/NĐ-CP" for "53/2006/NĐ-CP", its year left
    out): the same document named again."""
    yearless = {re.sub(r"^(\d+)/\d{4}/", r"\1/", t): t for t in symbols if re.match(r"\d+/\d{4}/", t)}
    return {s for s in symbols if any(t != s and t.startswith(s) and t[len(s)] in "/-" for t in symbols)
            or yearless.get(s, s) != s}
