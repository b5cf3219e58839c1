"""A ministry's letter to the departments of provinces it lists by name ("Sở Xây dựng các tỉnh, thành phố: Gia Lai,
Đắk Lắk, Khánh Hòa"), whose clause then gives its work to them by pointing back ("4. Các Sở Xây dựng nêu trên"):
the departments meant are those listed, each given the work (rule 2; rule 3 keeps a group whole only where it is
not listed out): "Sở Xây dựng tỉnh Gia Lai", or "thành phố" for a centrally-run city."""

from __future__ import annotations

import re
from dataclasses import replace

from .name_shapes import CITIES
from .text import fold

# After the department's name: the provinces' level, then a colon and the places.
PROVINCES_LISTED = r"\s+(?:cua\s+)?cac\s+tinh(?:\s*,\s*thanh pho)?(?:\s+truc thuoc\s+trung uong)?\s*:\s*"
# The pointer back after the department's name, at the head of a clause: "Các Sở X nêu trên", "Sở X nói trên".
POINTER = r"\s+(?:neu tren|noi tren|tren day|co ten (?:o )?tren)\b"
LIST_END = re.compile(r"[;.\n()]|$")


def _listed_places(prose: str, folded: str, department: str) -> list[str]:
    """The places of the list that names `department` of several provinces, as written; none if no list."""
    listed = re.search(re.escape(fold(department)) + PROVINCES_LISTED, folded)
    if listed is None:
        return []
    end = LIST_END.search(folded, listed.end()).start()
    places = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\s*,\s*|\s+và\s+", prose[listed.end() : end])]
    return places if len(places) >= 2 and all(p[:1].isupper() and len(p.split()) <= 4 for p in places) else []


def _points_back(folded: str, clause: str, department: str) -> bool:
    """Whether the clause's heading names the department by pointing back to a list above."""
    heading = rf"(?:^|\n)\s*{re.escape(fold(clause))}[.)]\s+(?:cac\s+)?{re.escape(fold(department))}{POINTER}"
    return re.search(heading, folded) is not None


def listed_departments(tasks: list, prose: str) -> list:
    """The tasks, each whose lead is a department pointed back to a list of provinces given to each listed one."""
    folded = fold(prose)
    result = []
    for task in tasks:
        places = _listed_places(prose, folded, task.lead_agency) if task.lead_kind == "department" else []
        if not places or not _points_back(folded, task.clause_number, task.lead_agency):
            result.append(task)
            continue
        for place in places:
            level = "thành phố" if place in CITIES else "tỉnh"
            result.append(replace(task, lead_agency=f"{task.lead_agency} {level} {place}", group=False,
                                  cooperating_agencies=list(task.cooperating_agencies)))
    return result
