"""Who may do what: one table, consulted by every view (through `requires`) and every check.

Each action gives each role a scope: everything, the user's agency subtree, the tasks the
subtree leads, the tasks it cooperates on, or nothing. Route-level checks ask whether a role
has the action at all; object-level checks ask whether the object falls in the scope.
"""

from __future__ import annotations

import enum
from functools import wraps

from flask import abort, has_request_context, request
from flask_login import current_user, login_required
from sqlalchemy import or_, select
from sqlalchemy.sql.elements import ColumnElement

from ..agencies.models import Agency
from ..agencies.services import subtree_ids
from ..extensions import db
from ..tasks.models import Task, TaskOccurrence, task_cooperating_agencies
from .models import Role, User


class Action(enum.StrEnum):
    """What a user can do; the labels are for the README and the accounts pages."""

    VIEW = "xem văn bản, nhiệm vụ, cơ quan, báo cáo"
    REPORT_PROGRESS = "báo cáo tiến độ, báo cáo hoàn thành"
    CONTRIBUTE = "góp ý kiến phối hợp"
    REQUEST_EXTENSION = "xin gia hạn"
    DECIDE_EXTENSION = "duyệt, từ chối gia hạn"
    CONFIRM_COMPLETION = "xác nhận, trả lại báo cáo hoàn thành"
    EDIT_DIRECTIVES = "tạo, sửa văn bản và nhiệm vụ; giao cơ quan; đổi thời hạn"
    IMPORT_DIRECTIVES = "nhập văn bản từ tệp"
    URGE = "đôn đốc"
    SEE_REMINDERS = "theo dõi nhắc việc"
    MANAGE_REMINDERS = "sửa chính sách nhắc việc, lịch nghỉ"
    READ_OUTBOX = "xem hộp thư đi"
    MANAGE_USERS = "quản lý tài khoản"
    READ_AUDIT = "tra cứu nhật ký thay đổi"


class Scope(enum.StrEnum):
    ALL = "tất cả"
    SUBTREE = "cơ quan mình và cấp dưới"
    LEAD = "nhiệm vụ cơ quan mình chủ trì"
    COOPERATING = "nhiệm vụ cơ quan mình phối hợp"


A, S, L, C = Scope.ALL, Scope.SUBTREE, Scope.LEAD, Scope.COOPERATING
ADMIN, OFFICE, HEAD, OFFICER, VIEWER = (
    Role.ADMIN, Role.PROVINCIAL_OFFICE, Role.AGENCY_HEAD, Role.AGENCY_OFFICER, Role.VIEWER
)

PERMISSIONS: dict[Action, dict[Role, Scope]] = {
    Action.VIEW: {ADMIN: A, OFFICE: S, HEAD: S, OFFICER: S, VIEWER: S},
    Action.REPORT_PROGRESS: {ADMIN: A, HEAD: L, OFFICER: L},
    Action.CONTRIBUTE: {ADMIN: A, HEAD: C, OFFICER: C},
    Action.REQUEST_EXTENSION: {ADMIN: A, HEAD: L},
    Action.DECIDE_EXTENSION: {ADMIN: A, OFFICE: S},
    Action.CONFIRM_COMPLETION: {ADMIN: A, OFFICE: S},
    Action.EDIT_DIRECTIVES: {ADMIN: A, OFFICE: S},
    Action.IMPORT_DIRECTIVES: {ADMIN: A, OFFICE: S},
    Action.URGE: {ADMIN: A, OFFICE: S},
    Action.SEE_REMINDERS: {ADMIN: A, OFFICE: S},
    Action.MANAGE_REMINDERS: {ADMIN: A},
    Action.READ_OUTBOX: {ADMIN: A, OFFICE: S},
    Action.MANAGE_USERS: {ADMIN: A},
    Action.READ_AUDIT: {ADMIN: A},
}


def allowed(user: User, action: Action) -> bool:
    """Whether the user's role has the action at all (route-level check)."""
    return user.is_authenticated and user.is_active and action_scope(user, action) is not None


def action_scope(user: User, action: Action) -> Scope | None:
    return PERMISSIONS[action].get(user.role)


def can(user: User, action: Action, *, task: Task | None = None, agency: Agency | None = None) -> bool:
    """Whether the user may do the action on this task or agency (object-level check)."""
    if not allowed(user, action):
        return False
    scope = action_scope(user, action)
    if scope is Scope.ALL or (task is None and agency is None):
        return True
    mine = visible_agency_ids(user)
    if mine is None:  # the user's subtree is every agency
        return True
    if agency is not None:
        return agency.id in mine
    cooperating = {a.id for a in task.cooperating_agencies}
    if scope is Scope.LEAD:
        return task.lead_agency_id in mine
    if scope is Scope.COOPERATING:
        return bool(cooperating & mine) and task.lead_agency_id not in mine
    involved = {task.lead_agency_id, task.directive.issuer_id, *cooperating}
    if action is Action.VIEW:
        return bool(involved & mine)
    # Deciding about a task (the provincial office) needs the lead or the issuer in scope.
    return bool({task.lead_agency_id, task.directive.issuer_id} & mine)


def ensure(action: Action, *, task: Task | None = None, agency: Agency | None = None) -> None:
    """In a view: refuse (403) unless the signed-in user may do the action on this task or agency."""
    if not can(current_user, action, task=task, agency=agency):
        abort(403)


def requires(action: Action):
    """View decorator: sign-in and the action at route level; the view checks its object with `can`."""

    def decorate(view):
        @wraps(view)
        @login_required
        def checked(*args, **kwargs):
            if not allowed(current_user, action):
                abort(403)
            return view(*args, **kwargs)

        checked.required_action = action
        return checked

    return decorate


def public(view):
    """Mark a view that needs no sign-in (sign-in itself, password reset, secret feeds)."""
    view.public = True
    return view


def visible_agency_ids(user: User) -> set[int] | None:
    """The agencies whose tasks the user may see; None means every agency (admin)."""
    if user.role is Role.ADMIN:
        return None
    if user.agency_id is None:
        return set()
    if not has_request_context():
        return _subtree_or_everything(user.agency_id)
    # A page asks this once per query it runs; the tree is read once per request.
    cache = request.environ.setdefault("tracker.visible_agency_ids", {})
    key = (user.id, user.agency_id)
    if key not in cache:
        cache[key] = _subtree_or_everything(user.agency_id)
    return None if cache[key] is None else set(cache[key])


def _subtree_or_everything(agency_id: int) -> set[int] | None:
    """The agency's subtree; None when that is every agency there is (the only root of a
    one-province install), so that queries need no list of a thousand ids to say "all"."""
    roots = db.session.scalars(select(Agency.id).where(Agency.parent_id.is_(None)).limit(2)).all()
    return None if roots == [agency_id] else subtree_ids(agency_id)


def task_visibility(user: User, *, of: type = Task) -> ColumnElement[bool] | None:
    """A SQL condition on Task (or, with `of=TaskOccurrence`, on an occurrence's copies of its
    task's columns) for the tasks the user may see (None: no restriction).

    A task is visible when its lead or a cooperating agency is in the user's subtree, or
    when the user's subtree issued its directive (the provincial office sees its province).
    """
    from ..directives.models import Directive

    agency_ids = visible_agency_ids(user)
    if agency_ids is None:
        return None
    task_id = Task.id if of is Task else TaskOccurrence.task_id
    model = Task if of is Task else TaskOccurrence
    cooperating = select(task_cooperating_agencies.c.task_id).where(
        task_cooperating_agencies.c.agency_id.in_(agency_ids)
    )
    issued_here = select(Directive.id).where(Directive.issuer_id.in_(agency_ids))
    return or_(
        model.lead_agency_id.in_(agency_ids),
        task_id.in_(cooperating),
        model.directive_id.in_(issued_here),
    )


def permission_table() -> list[tuple[str, list[str]]]:
    """The table as rows of text (README, accounts page): action, then each role's scope."""
    return [
        (action.value, [PERMISSIONS[action].get(role, None) and PERMISSIONS[action][role].value or "—" for role in Role])
        for action in Action
    ]


def import_province(user: User) -> Agency | None:
    """The province a provincial office imports into (its own); None lets an admin import for any."""
    if user.role is Role.PROVINCIAL_OFFICE and user.agency is not None:
        return user.agency.province
    return None


def can_manage_users(user: User) -> bool:
    """Only admins create, edit, unlock accounts and send them reset links."""
    return allowed(user, Action.MANAGE_USERS)


def can_manage_feed(user: User, owner_id: int) -> bool:
    """A calendar feed is revoked by the one who made it, or an admin."""
    return user.role is Role.ADMIN or user.id == owner_id
