"""The league table of agencies: figures per lead agency, rolled up the agency tree."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..agencies.models import Agency
from ..extensions import db
from ..tasks.states import ALL_STATES
from .services import Figures

SORT_KEYS = {
    "ten": lambda row: row.name.casefold(),
    "giao": lambda row: row.figures.assigned,
    "dung-han": lambda row: row.figures.on_time,
    "tre-han": lambda row: row.figures.late,
    "qua-han": lambda row: row.figures.overdue,
    "ty-le": lambda row: -1.0 if row.figures.on_time_rate is None else row.figures.on_time_rate,
}
DEFAULT_SORT = ("qua-han", "giam")
OTHERS_LABEL = "Cơ quan khác (ngoài phạm vi, phối hợp)"
DIRECT = object()  # the key of the scope agency's own row while the table is summed


@dataclass(frozen=True)
class LeagueRow:
    """One agency of the table: the tasks led by it and by every agency under it."""

    agency_id: int | None
    name: str
    figures: Figures
    has_children: bool = False
    direct: bool = False  # the scope agency itself: only the tasks it leads directly


def league_table(
    by_agency: dict[int, Figures], scope_agency_id: int | None, *, sort: str = DEFAULT_SORT[0], order: str = DEFAULT_SORT[1]
) -> list[LeagueRow]:
    """Rows for the agencies right below the scope (or the provinces when there is none).

    Each lead agency's figures are added to the row of its ancestor at that level; the scope
    agency's own tasks make a row of their own, and leads outside the scope (tasks the user
    sees as a cooperating agency) a last row.
    """
    agencies = {row.id: row for row in db.session.execute(select(Agency.id, Agency.parent_id, Agency.short_name))}
    with_children = {row.parent_id for row in agencies.values() if row.parent_id is not None}
    # Summed as plain numbers per row of the table (a thousand lead agencies fold into a few rows).
    sums: dict[object, list[int]] = {}
    for agency_id, figures in by_agency.items():
        key = DIRECT if agency_id == scope_agency_id else _row_of(agency_id, scope_agency_id, agencies)
        row = sums.setdefault(key, [0] * len(ALL_STATES))
        for i, state in enumerate(ALL_STATES):
            row[i] += figures.by_state[state]
    totals = {key: Figures(dict(zip(ALL_STATES, row))) for key, row in sums.items()}
    direct = totals.pop(DIRECT, Figures())
    rows = [
        LeagueRow(key, agencies[key].short_name, figures, has_children=key in with_children)
        for key, figures in totals.items()
        if key is not None
    ]
    rows.sort(key=SORT_KEYS["ten"])  # ties keep the agencies in name order
    rows.sort(key=SORT_KEYS.get(sort, SORT_KEYS[DEFAULT_SORT[0]]), reverse=order == "giam")
    if direct.assigned and scope_agency_id is not None:
        rows.insert(0, LeagueRow(scope_agency_id, f"{agencies[scope_agency_id].short_name} (trực tiếp chủ trì)", direct, direct=True))
    if None in totals:
        rows.append(LeagueRow(None, OTHERS_LABEL, totals[None]))
    return rows


def _row_of(agency_id: int, scope_agency_id: int | None, agencies: dict) -> int | None:
    """The ancestor of `agency_id` just below the scope (a root when no scope); None if outside it."""
    node = agencies.get(agency_id)
    while node is not None:
        if node.parent_id == scope_agency_id:
            return node.id
        node = agencies.get(node.parent_id)
    return None
