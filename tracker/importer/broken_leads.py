"""A lead cell a page break cut inside a body's name, in a task table printed one cell per line.

The row's lead cell ends on a word that cannot end a name ("Bộ Khoa học và"), the table's header is
printed again, and the rest of every cut cell follows in column order: the task's words, then the
lead's ("Công nghệ"), then those of the later cells ("và doanh nghiệp liên quan" …). The lead is
completed with the words that open the first piece in capitals after the task's, when together they
make one name; that piece is the later columns' and no part of the task's words.
"""

from __future__ import annotations

import re

from .names import find_mentions

# The words a name can be cut after: a body's name goes on past them ("Bộ Khoa học và" / "Công nghệ").
CUT_AFTER = ("và", "của", "-", "–")


def finished_lead(cells: list[str], owed: list[str]) -> tuple[list[str], list[str]]:
    """The row's cells after the task's, the lead completed with the words the break carried over, and
    the owed pieces left for the task's words. A lead cut on "và" may have run into the next cell
    ("Bộ Khoa học và" / "Cơ quan, tổ chức"): what follows the cut is that cell's again."""
    lead = cells[0] if cells else ""
    for cut in re.finditer(rf"\s(?:{'|'.join(map(re.escape, CUT_AFTER))})(?=\s|$)", lead):
        found = _completed(lead[: cut.end()], owed)
        if found is not None:
            rest = lead[cut.end() :].strip()
            return [found[0], *([rest] if rest else []), *cells[1:]], found[1]
    return cells, owed


def _completed(cut: str, owed: list[str]) -> tuple[str, list[str]] | None:
    """The name the cut lead and the first words in capitals after the task's make, the longest first
    (a field in capitals only at its first word: "Khoa học và" / "Công nghệ")."""
    index = next((i for i, piece in enumerate(owed[1:], start=1) if piece[:1].isupper()), None)
    if index is None:
        return None
    words = owed[index].split()
    for count in range(min(len(words), 6), 0, -1):
        whole = f"{cut} {' '.join(words[:count])}"
        if any(m.start == 0 and m.end == len(whole) and not m.catch_all for m in find_mentions(whole)):
            return whole, owed[:index] + owed[index + 1 :]
    return None
