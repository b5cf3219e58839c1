"""Labels of a task table's rows. A row's label is its printed number with what tells it apart from
the other rows of the table:

- the group row it stands under ("I | Hoàn thiện thể chế"), when the numbers start again under
  each group ("1", "2" under I, "1", "2" under II → "I.1", "II.1");
- nothing more when the numbers already carry their group ("2.1", "2.2" under II: "2.1");
- the lettered part it stands under ("A | PHÁT TRIỂN NỀN MÓNG …", "B | …"), when the table is cut
  into parts whose numbers start again in each ("A.2.1", "B.2.1"); the letters run in the Vietnamese
  alphabet's order (A, B, C, D, Đ, E, G, H, I, K …: no F, J), or the Latin one;
- the annex it stands in ("PLI.A.1", "PLII.I.1"), when a document annexes two or more task tables:
  their labels would meet otherwise (each numbers its groups from I or A again).
"""

from __future__ import annotations

import re

from .text import fold

ROMAN = re.compile(r"^[IVXLC]+\.?$")
NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?$")
# A part of a table: one capital letter on a row of its own, A first, then B, C … in turn.
PART = re.compile(r"^[A-ZĐ]\.?$")
# Capital letters as a Vietnamese list runs them: no F, J, W, Z; "Đ" after "D" is often left out.
VIETNAMESE_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY"
# A row whose output is marked as delivered already ("Kế hoạch (đã thực hiện)"): no task (round 24).
DONE = re.compile(r"\((?:da thuc hien|da hoan thanh|da ban hanh)\)")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral ("IX" → 9)."""
    values = [ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def heading_row(cells: list[str]) -> bool:
    """A row that only names a part or a group: its letter or numeral and at most a title."""
    return len([c for c in cells if c]) <= 2 and bool(cells) and bool(ROMAN.match(cells[0]) or PART.match(cells[0]))


def is_part(cell: str, part: str) -> bool:
    """Whether a heading row's letter opens the next part ("A" first; "C" after "B", not the numeral)."""
    letter = cell.rstrip(".")
    if not PART.match(letter):
        return False
    return letter == "A" if not part else letter in _next_letters(part)


def _next_letters(letter: str) -> set[str]:
    """The letters that may follow `letter` in a lettered list: the Latin next one, or the Vietnamese."""
    following = {chr(ord(letter) + 1)} if letter != "Đ" else set()
    at = VIETNAMESE_LETTERS.find(letter)
    if 0 <= at < len(VIETNAMESE_LETTERS) - 1:
        following |= set(VIETNAMESE_LETTERS[at + 1 : at + 3] if VIETNAMESE_LETTERS[at + 1] == "Đ" else VIETNAMESE_LETTERS[at + 1])
    return following


def numbers_carry_groups(rows: list[list[str]]) -> bool:
    """Whether the rows' numbers begin with their group's numeral ("2.1" under II): then the group
    adds nothing to the label. Read from the numbers with several parts, most of which must agree."""
    group, agree, dotted = 0, 0, 0
    part = ""
    for cells in rows:
        if not cells or not cells[0]:
            continue
        if heading_row(cells):
            if is_part(cells[0], part):
                part, group = cells[0].rstrip("."), 0
            elif ROMAN.match(cells[0]):
                group = roman_value(cells[0].rstrip("."))
            continue
        if group and NUMBER.match(cells[0]) and "." in cells[0].rstrip("."):
            dotted += 1
            agree += int(cells[0].split(".")[0]) == group
    return dotted > 0 and agree * 2 > dotted


def row_label(part: str, group: str, number: str, carried: bool) -> str:
    """The label of a row numbered `number` under `group` in `part`; a group's one unnumbered row
    (`number` empty) is labelled with the group alone ("D")."""
    return ".".join(p for p in (part, "" if carried else group, number) if p)


def annex_label(annex: str, label: str) -> str:
    """A row's label with its annex before it: "PLII" + "I.1" → "PLII.I.1"."""
    return f"PL{annex}.{label}"


def done(cells: list[str]) -> bool:
    """Whether a row says its work is done already, in brackets after its output."""
    return any(DONE.search(fold(cell)) for cell in cells)
