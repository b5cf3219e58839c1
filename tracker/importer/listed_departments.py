"""A letter to the departments, or the provincial offices, of provinces it lists by name ("Sở Xây dựng các tỉnh,
thành phố: Gia Lai, Đắk Lắk, Khánh Hòa", "NHNN chi nhánh các tỉnh: Bình Định, Cao Bằng"), whose clause then gives
its work to them by pointing back ("4. Các Sở Xây dựng nêu trên", "… yêu cầu Giám đốc các NHNN chi nhánh tỉnh nêu
trên …"): the bodies meant are those listed, each given the work (rule 2; rule 3 keeps a group whole only where it
is not listed out): "Sở Xây dựng tỉnh Gia Lai", or "thành phố" for a centrally-run city."""

from __future__ import annotations

import re
from dataclasses import replace

from .name_shapes import CITIES
from .text import UPPER, fold

# After the body's name: the provinces' level, then a colon and the places.
PROVINCES_LISTED = r"\s+(?:cua\s+)?cac\s+tinh(?:\s*,\s*thanh pho)?(?:\s+truc thuoc\s+trung uong)?\s*:\s*"
# The pointer back after the body's name: "Các Sở X nêu trên", "Sở X nói trên".
POINTER = r"\s+(?:neu tren|noi tren|tren day|co ten (?:o )?tren)\b"
LIST_END = re.compile(r"[;.\n()]|$")
# A listed place: its capitalised words; the sentence may go on after the last ("…, Bình Phước về việc …").
PLACE = re.compile(rf"(?:[{UPPER}][\w-]*\s*){{1,4}}")


def _unplaced(lead: str, kind: str) -> str | None:
    """The name a list of provinces follows: a department's, or a provincial office's without its "tỉnh"
    ("Ngân hàng Nhà nước chi nhánh tỉnh" is listed as "… chi nhánh các tỉnh: A, B"); None for other bodies."""
    if kind == "department":
        return lead
    return lead.removesuffix(" tỉnh") if lead.endswith(" tỉnh") else None


def _listed_places(prose: str, folded: str, body: str) -> list[str]:
    """The places of the list that names `body` of several provinces, as written; none if no list."""
    listed = re.search(re.escape(fold(body)) + PROVINCES_LISTED, folded)
    if listed is None:
        return []
    end = LIST_END.search(folded, listed.end()).start()
    places = []
    for written in re.split(r"\s*,\s*|\s+và\s+", prose[listed.end() : end]):
        place = PLACE.match(written)
        if place is None:
            return []
        places.append(re.sub(r"\s+", " ", place.group()).strip())
        if place.end() < len(written.rstrip()):
            break  # the sentence goes on after this place: the list has ended
    return places if len(places) >= 2 else []


def _points_back(folded: str, clause: str, lead: str, text: str) -> bool:
    """Whether the clause's heading ("2. Các Sở X nêu trên"), or the task's own words ("… các Sở X nêu trên …"),
    name the lead by pointing back to a list above."""
    name = rf"(?:cac\s+)?{re.escape(fold(lead))}{POINTER}"
    return re.search(rf"(?:^|\n)\s*{re.escape(fold(clause))}[.)]\s+{name}", folded) is not None \
        or re.search(rf"\b{name}", fold(text)) is not None


def listed_departments(tasks: list, prose: str) -> list:
    """The tasks, each whose lead is a body pointed back to a list of provinces given to each listed one."""
    folded = fold(prose)
    result = []
    for task in tasks:
        body = _unplaced(task.lead_agency, task.lead_kind)
        places = _listed_places(prose, folded, body) if body else []
        if not places or not _points_back(folded, task.clause_number, task.lead_agency, task.text):
            result.append(task)
            continue
        for place in places:
            level = "thành phố" if place in CITIES else "tỉnh"
            result.append(replace(task, lead_agency=f"{body} {level} {place}", group=False,
                                  cooperating_agencies=list(task.cooperating_agencies)))
    return result
