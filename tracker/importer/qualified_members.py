"""A group of committees bounded by a kind of place ("UBND các huyện trọng điểm", "UBND các xã biên giới") in a
document that lists those places one by one, each with its share: "giao chỉ tiêu … Trong đó: huyện A 120ha;
huyện B 90ha; huyện C 60ha", "… gồm: xã X 3 tỷ đồng; xã Y 2 tỷ đồng". The qualifier says the group is not every
district of the province, and the list says which it is: each listed committee is given the group's work
(rule 2; rule 3 keeps a group whole only where it is not listed out)."""

from __future__ import annotations

import re
from dataclasses import replace

from .committees import QUALIFIER
from .name_shapes import capitalised_words
from .named_members import COMMITTEE_LEVEL, DISTRICT_LEVELS, LEVEL_WORDS, group_levels
from .text import fold

# A list's item opens after the colon that introduces the list or after the ';' that ends the item before it,
# with the place's level and its name: "Trong đó: Huyện A 170ha; huyện B 130ha".
ITEM = re.compile(rf"[:;]\s*({COMMITTEE_LEVEL})\s+(?=\S)")
# Between two items of one list: the first item's share, then its ';' (no sentence ends there).
SHARE = re.compile(r"[^.:;\n]*")


def _lists(prose: str, folded: str) -> list[list[tuple[str, str]]]:
    """Every run of two or more listed places, as (folded level, place as written)."""
    runs: list[list[tuple[str, str]]] = []
    run: list[tuple[str, str]] = []
    position = -1
    for m in ITEM.finditer(folded):
        end = capitalised_words(prose, m.end(), limit=3)
        if end == m.end():
            continue  # "; xã hội hóa …": no place's name after the level word
        if run and m.start() != position:
            runs.append(run)
            run = []
        run.append((m.group(1), re.sub(r"\s+", " ", prose[m.end() : end]).strip()))
        position = SHARE.match(folded, end).end()
    runs.append(run)
    return [r for r in runs if len(r) >= 2]


def _members(lead: str, runs: list[list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """The places of the only list whose levels are all the group's, when the lead is such a bounded group."""
    folded = fold(lead)
    if not folded.startswith("uy ban nhan dan") or not QUALIFIER.search(folded):
        return []
    levels = group_levels(QUALIFIER.split(folded)[0])
    fitting = [r for r in runs if all(level in levels for level, _ in r)]
    return fitting[0] if len(fitting) == 1 else []


def qualified_members(tasks: list, prose: str) -> list:
    """The tasks, each whose lead is a bounded committee group the document lists out given to each listed
    committee instead (same clause and work)."""
    runs = _lists(prose, fold(prose))
    if not runs:
        return tasks
    result = []
    for task in tasks:
        members = _members(task.lead_agency or "", runs) if task.group else []
        result += [replace(task, lead_agency=f"Ủy ban nhân dân {LEVEL_WORDS[level]} {place}", group=False,
                           lead_kind="district" if level in DISTRICT_LEVELS else "commune",
                           cooperating_agencies=list(task.cooperating_agencies)) for level, place in members] or [task]
    return result
