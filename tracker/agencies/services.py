"""Rules over the agency tree."""

from __future__ import annotations

from sqlalchemy import or_, select

from ..extensions import db
from .models import Agency


def subtree_ids(agency_id: int) -> set[int]:
    """The agency and everything below it, by a recursive query (SQLite and PostgreSQL)."""
    tree = select(Agency.id).where(Agency.id == agency_id).cte("subtree", recursive=True)
    tree = tree.union_all(select(Agency.id).where(Agency.parent_id == tree.c.id))
    return set(db.session.scalars(select(tree.c.id)))


def agency_tree(agency_ids: set[int] | None) -> tuple[list[Agency], dict[int, list[Agency]]]:
    """The agencies the user may see as a forest, read in one query: the topmost of them, and
    each one's children by name."""
    query = select(Agency).order_by(Agency.name)
    if agency_ids is not None:
        query = query.where(Agency.id.in_(agency_ids))
    agencies = db.session.scalars(query).all()
    shown = {agency.id for agency in agencies}
    children: dict[int, list[Agency]] = {}
    roots = []
    for agency in agencies:
        if agency.parent_id in shown:
            children.setdefault(agency.parent_id, []).append(agency)
        else:
            roots.append(agency)
    return roots, children


def agency_choices(agency_ids: set[int] | None) -> list[Agency]:
    """Agencies to offer in a filter, limited to what the user may see, provinces first."""
    query = select(Agency).order_by(Agency.parent_id.is_not(None), Agency.name)
    if agency_ids is not None:
        query = query.where(Agency.id.in_(agency_ids))
    return list(db.session.scalars(query))


def agency_filter_choices(agency_ids: set[int] | None, selected: int | None) -> list[tuple[int, str]]:
    """Agencies to offer in a list filter: the top of the user's tree and the level below it, plus
    the one selected. Deeper units (communes) are reached from the league table's drill-down;
    a select of a thousand options would cost more to draw than the page's figures."""
    columns = select(Agency.id, Agency.parent_id, Agency.short_name).order_by(Agency.parent_id.is_not(None), Agency.name)
    if agency_ids is None:  # everything: the roots, their children and the one selected
        roots = select(Agency.id).where(Agency.parent_id.is_(None))
        shown = or_(Agency.parent_id.is_(None), Agency.parent_id.in_(roots))
        if selected is not None:
            shown = or_(shown, Agency.id == selected)
        return [(row.id, row.short_name) for row in db.session.execute(columns.where(shown))]
    rows = db.session.execute(columns.where(Agency.id.in_(agency_ids))).all()
    tops = {row.id for row in rows if row.parent_id not in agency_ids}
    return [
        (row.id, row.short_name)
        for row in rows
        if row.id in tops or row.parent_id in tops or row.id == selected
    ]


def get_by_code(code: str) -> Agency | None:
    return db.session.scalar(select(Agency).where(Agency.code == code))
