"""Record every change of the audited models from the session itself, so no change escapes.

An `after_flush` hook reads each new, changed or deleted row's attribute history and writes one
audit event per row in the same transaction: the record commits or rolls back with the change.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from flask import g, has_request_context, request
from sqlalchemy import DDL, event, inspect, insert
from sqlalchemy.orm import Session

from ..clock import utcnow
from .models import AuditEvent

SYSTEM_ACTOR = (None, "Hệ thống")
# Values of these fields are never copied into the record; the record says they changed.
SECRET_FIELDS = {"password_hash"}
IGNORED_FIELDS = {"updated_at", "created_at"}
_audited: dict[type, str] = {}
# Per model: columns that only copy or derive other data (recorded where they originate).
_derived: dict[type, frozenset[str]] = {}


def audited(entity_type: str, *, derived: tuple[str, ...] = ()):
    """Class decorator: changes to this model are recorded under `entity_type`; the `derived`
    columns (copies of another row's data, computed columns) are left out of the record."""

    def register(model: type) -> type:
        _audited[model] = entity_type
        _derived[model] = frozenset(derived)
        return model

    return register


def _keep_old_value(target, value, oldvalue, initiator):
    """A no-op listener; registering it with active_history is what matters."""


def set_actor(user, address: str | None) -> None:
    """Called at the start of each request: who acts, and from where."""
    if user is not None and user.is_authenticated:
        g.audit_actor = (user.id, user.full_name or user.username)
    else:
        g.audit_actor = SYSTEM_ACTOR
    g.audit_address = address


def _actor() -> tuple[tuple[int | None, str], str | None]:
    if has_request_context():
        return getattr(g, "audit_actor", SYSTEM_ACTOR), getattr(g, "audit_address", request.remote_addr)
    return SYSTEM_ACTOR, None


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if hasattr(value, "__table__"):
        return getattr(value, "id", None)
    return value


def _changes(obj, action: str) -> dict:
    state = inspect(obj)
    changes = {}
    skipped = IGNORED_FIELDS | _derived.get(type(obj), frozenset())
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in skipped:
            continue
        history = state.attrs[name].history
        if action == "create":
            before, after = None, getattr(obj, name)
        elif action == "delete":
            before, after = getattr(obj, name), None
        elif history.has_changes():
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
        else:
            continue
        if before is None and after is None:
            continue
        if name in SECRET_FIELDS:
            changes[name] = ["***", "***"]
        else:
            changes[name] = [_plain(before), _plain(after)]
    for rel in state.mapper.relationships:
        if rel.secondary is None or action != "update":
            continue
        history = state.attrs[rel.key].history
        if history.has_changes():
            changes[rel.key] = [
                sorted(_plain(item) for item in (*history.unchanged, *history.deleted)),
                sorted(_plain(item) for item in (*history.unchanged, *history.added)),
            ]
    return changes


def _summary(entity_type: str, obj, action: str) -> str:
    label = getattr(obj, "audit_label", None)
    text = label() if callable(label) else f"{entity_type} #{getattr(obj, 'id', '?')}"
    verb = {"create": "Tạo", "update": "Sửa", "delete": "Xóa"}[action]
    return f"{verb} {text}"[:500]


def _record(session: Session, flush_context) -> None:
    (actor_id, actor_name), address = _actor()
    now = utcnow()
    rows = []
    for action, objects in (("create", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            entity_type = _audited.get(type(obj))
            if entity_type is None:
                continue
            changes = _changes(obj, action)
            if action == "update" and not changes:
                continue
            rows.append({
                "at": now, "actor_id": actor_id, "actor_name": actor_name, "address": address,
                "action": action, "entity_type": entity_type, "entity_id": getattr(obj, "id", None),
                "summary": _summary(entity_type, obj, action), "changes": changes,
            })
    if rows:
        session.connection().execute(insert(AuditEvent), rows)


def _refuse(*_args) -> None:
    raise RuntimeError("Nhật ký thay đổi chỉ được ghi thêm, không được sửa hay xóa.")


def install() -> None:
    """Hook the recorder into every session and make the audit table append-only, once."""
    if event.contains(Session, "after_flush", _record):
        return
    event.listen(Session, "after_flush", _record)
    # Load the old value before a change, even when a commit expired the row's attributes;
    # otherwise the record would show "before" as empty.
    for model in _audited:
        for attr in inspect(model).column_attrs:
            if attr.key in _derived[model]:
                continue
            event.listen(getattr(model, attr.key), "set", _keep_old_value, active_history=True)
    event.listen(AuditEvent, "before_update", _refuse)
    event.listen(AuditEvent, "before_delete", _refuse)


# The database itself refuses to change a record, whatever client tries (create_all and migration).
SQLITE_TRIGGERS = [
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END",
]
POSTGRESQL_TRIGGERS = [
    "CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
]
for _statement in SQLITE_TRIGGERS:
    event.listen(AuditEvent.__table__, "after_create", DDL(_statement).execute_if(dialect="sqlite"))
for _statement in POSTGRESQL_TRIGGERS:
    event.listen(AuditEvent.__table__, "after_create", DDL(_statement).execute_if(dialect="postgresql"))
