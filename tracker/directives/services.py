"""Rules of directives: which ones a user sees."""

from __future__ import annotations

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import func, or_, select
from sqlalchemy.orm import defer, selectinload

from ..accounts.models import User
from ..accounts.permissions import task_visibility, visible_agency_ids
from ..extensions import db
from ..tasks.models import Task
from ..text import search_key
from .models import Directive, directive_title


def directive_page(user: User, search: str, page: int, per_page: int) -> Pagination:
    """One page of the directives the user's subtree issued or has a visible task in, newest
    first, narrowed to those whose symbol or subject contains `search` (when given), whatever
    its case and with or without diacritics."""
    query = _visible(select(Directive), user).options(defer(Directive.full_text), selectinload(Directive.issuer))
    words = search_key(search)
    if words:
        query = query.where(Directive.search_text.contains(words, autoescape=True))
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def task_counts(directive_ids: list[int]) -> dict[int, int]:
    """How many tasks each of these directives assigns, in one grouped query."""
    rows = db.session.execute(
        select(Task.directive_id, func.count()).where(Task.directive_id.in_(directive_ids)).group_by(Task.directive_id)
    )
    return {directive_id: number for directive_id, number in rows}


def directive_choices(user: User, limit: int | None = None) -> list[tuple[int, str]]:
    """(id, title) of the visible directives, newest first, for filter lists: no full rows loaded."""
    rows = db.session.execute(_visible(select(Directive.id, Directive.symbol, Directive.kind), user).limit(limit))
    return [(row.id, directive_title(row.symbol, row.kind)) for row in rows]


def directive_filter_choices(user: User, selected: int | None, limit: int = 200) -> list[tuple[int, str]]:
    """The newest visible directives for a list filter, plus the one selected (an older one
    reached from a link stays selectable)."""
    choices = directive_choices(user, limit=limit)
    if selected is not None and all(directive_id != selected for directive_id, _title in choices):
        row = db.session.execute(
            _visible(select(Directive.id, Directive.symbol, Directive.kind), user).where(Directive.id == selected)
        ).first()
        if row is not None:
            choices.append((row.id, directive_title(row.symbol, row.kind)))
    return choices


def _visible(query, user: User):
    query = query.order_by(Directive.issued_on.desc().nulls_last(), Directive.id.desc())
    agency_ids = visible_agency_ids(user)
    if agency_ids is not None:
        with_visible_task = select(Task.directive_id).where(task_visibility(user))
        query = query.where(or_(Directive.issuer_id.in_(agency_ids), Directive.id.in_(with_visible_task)))
    return query


def can_view_directive(user: User, directive: Directive) -> bool:
    """Whether the user may open the directive: their subtree issued it or has a task in it."""
    agency_ids = visible_agency_ids(user)
    if agency_ids is None or directive.issuer_id in agency_ids:
        return True
    visible_task = select(Task.id).where(Task.directive_id == directive.id, task_visibility(user)).limit(1)
    return db.session.scalar(visible_task) is not None


def save_directive(directive: Directive | None, fields: dict) -> Directive:
    """Create a directive, or change one, from checked form fields."""
    directive = directive or Directive()
    for name, value in fields.items():
        setattr(directive, name, value)
    db.session.add(directive)
    return directive
