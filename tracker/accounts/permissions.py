"""Who may see and change what; every view asks these functions."""

from __future__ import annotations

from flask import has_request_context, request
from sqlalchemy import or_, select
from sqlalchemy.sql.elements import ColumnElement

from ..agencies.models import Agency
from ..agencies.services import subtree_ids
from ..tasks.models import Task, TaskOccurrence, task_cooperating_agencies
from .models import Role, User

AGENCY_ROLES = {Role.AGENCY_HEAD, Role.AGENCY_OFFICER}


def visible_agency_ids(user: User) -> set[int] | None:
    """The agencies whose tasks the user may see; None means every agency (admin)."""
    if user.role is Role.ADMIN:
        return None
    if user.agency_id is None:
        return set()
    if not has_request_context():
        return subtree_ids(user.agency_id)
    # A page asks this once per query it runs; the tree is read once per request.
    cache = request.environ.setdefault("tracker.visible_agency_ids", {})
    key = (user.id, user.agency_id)
    if key not in cache:
        cache[key] = subtree_ids(user.agency_id)
    return set(cache[key])


def task_visibility(user: User) -> ColumnElement[bool] | None:
    """A SQL condition on Task for the tasks the user may see (None: no restriction).

    A task is visible when its lead or a cooperating agency is in the user's subtree, or
    when the user's subtree issued its directive (the provincial office sees its province).
    """
    from ..directives.models import Directive

    agency_ids = visible_agency_ids(user)
    if agency_ids is None:
        return None
    cooperating = select(task_cooperating_agencies.c.task_id).where(
        task_cooperating_agencies.c.agency_id.in_(agency_ids)
    )
    issued_here = select(Directive.id).where(Directive.issuer_id.in_(agency_ids))
    return or_(
        Task.lead_agency_id.in_(agency_ids),
        Task.id.in_(cooperating),
        Task.directive_id.in_(issued_here),
    )


def can_view_task(user: User, task: Task) -> bool:
    """Whether the user may open the task."""
    agency_ids = visible_agency_ids(user)
    if agency_ids is None:
        return True
    involved = {task.lead_agency_id, task.directive.issuer_id}
    involved.update(agency.id for agency in task.cooperating_agencies)
    return bool(involved & agency_ids)


def can_view_agency(user: User, agency: Agency) -> bool:
    """Whether the user may open the agency's page."""
    agency_ids = visible_agency_ids(user)
    return agency_ids is None or agency.id in agency_ids


def can_update_progress(user: User, occurrence: TaskOccurrence) -> bool:
    """Only the lead agency's own people, its provincial office and admins report progress."""
    if not user.is_active:
        return False
    task = occurrence.task
    if user.role is Role.ADMIN:
        return True
    if user.role is Role.PROVINCIAL_OFFICE:
        agency_ids = visible_agency_ids(user) or set()
        return task.lead_agency_id in agency_ids
    if user.role in AGENCY_ROLES:
        return task.lead_agency_id == user.agency_id
    return False


def can_read_outbox(user: User) -> bool:
    """The outbox shows mail to everyone; only admins and the provincial office read it."""
    return user.role in {Role.ADMIN, Role.PROVINCIAL_OFFICE}


def can_manage_feed(user: User, owner_id: int) -> bool:
    """A calendar feed is revoked by the one who made it, or an admin."""
    return user.role is Role.ADMIN or user.id == owner_id
