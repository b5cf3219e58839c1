"""A synthetic province, inserted in bulk: an agency tree, directives, tasks, occurrences and progress."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import insert, text

from tracker.accounts.models import Role, User
from tracker.agencies.models import Agency, AgencyKind
from tracker.directives.models import Directive, DirectiveKind
from tracker.extensions import db
from tracker.tasks.models import ProgressUpdate, Task, TaskOccurrence, WorkStatus, task_cooperating_agencies
from tracker.text import search_key
from tracker.workdays import effective_deadline

CHUNK = 5000
PASSWORD = "bench-mat-khau"
NOTES_DONE = ["Đã hoàn thành, gửi báo cáo về Văn phòng UBND tỉnh.", "Đã ban hành kế hoạch triển khai.",
              "Đã tổng hợp số liệu và báo cáo kết quả."]
NOTES_OPEN = ["Đang phối hợp các đơn vị thu thập số liệu.", "Chờ ý kiến của các sở, ngành liên quan.",
              "Đã xây dựng dự thảo, đang lấy ý kiến.", "Thiếu kinh phí, đề nghị bổ sung."]


@dataclass(frozen=True)
class Scale:
    """How big the province is."""

    agencies: int = 1000
    directives: int = 2000
    occurrences: int = 100_000
    years: int = 5


@dataclass
class Built:
    """What the builder made, for the measurements to aim at."""

    office_username: str
    busy_agency_id: int
    occurrences: int
    updates: int
    tasks: int


def build(scale: Scale, today: date, seed: int = 20201118) -> Built:
    """Insert the province; everything goes in with executemany, in chunks."""
    rng = random.Random(seed)
    agency_rows, leads = _agencies(scale, rng)
    _insert(Agency, agency_rows)
    users = [
        {"id": 1, "username": "vanphong", "full_name": "Văn phòng UBND tỉnh", "role": Role.PROVINCIAL_OFFICE, "agency_id": 1},
        {"id": 2, "username": "admin", "full_name": "Quản trị", "role": Role.ADMIN, "agency_id": None},
    ]
    hashed = User(username="x", full_name="x", role=Role.ADMIN)
    hashed.set_password(PASSWORD)
    now = datetime.now(timezone.utc)
    for user in users:
        user.update(password_hash=hashed.password_hash, active=True, created_at=now, email=None)
    _insert(User, users)

    start = today - timedelta(days=365 * scale.years)
    directives = []
    for number in range(1, scale.directives + 1):
        issued = start + timedelta(days=rng.randrange((today - start).days - 20))
        symbol = f"{number}/{rng.choice(['CT-UBND', 'UBND-VX', 'KH-UBND', 'UBND-KT'])}"
        subject = f"Văn bản số {number} về triển khai nhiệm vụ trọng tâm"
        directives.append({
            "id": number, "code": f"bench-{number}", "kind": rng.choice(list(DirectiveKind)),
            "symbol": symbol, "issuer_id": 1, "issued_on": issued, "subject": subject,
            "search_text": search_key(symbol, subject),
            "full_text": "", "references": [], "recipients": [], "place": None, "signer": None,
            "signer_capacity": None, "signer_title": None,
        })
    _insert(Directive, directives)

    tasks, occurrences, updates, cooperating = [], [], [], []
    occurrence_id = update_id = 0
    task_id = 0
    while occurrence_id < scale.occurrences:
        task_id += 1
        directive = directives[rng.randrange(len(directives))]
        issued = directive["issued_on"]
        recurring = rng.random() < 0.06
        lead = rng.choice(leads)
        if recurring:
            months = rng.choice([1, 1, 3])
            first = issued + timedelta(days=30)
            dates = []
            day = first
            while day <= today + timedelta(days=31 * months) and len(dates) < 60:
                dates.append(day)
                day = _add_months(day, months)
            rule = f"FREQ=MONTHLY;INTERVAL={months}" if months > 1 else "FREQ=MONTHLY"
        else:
            dates = [issued + timedelta(days=rng.randrange(7, 120))] if rng.random() < 0.93 else [None]
            rule = None
        dates = dates[: scale.occurrences - occurrence_id] or dates[:1]
        tasks.append({
            "id": task_id, "directive_id": directive["id"], "position": task_id % 20, "clause": str(task_id % 20 + 1),
            "summary": f"Nhiệm vụ {task_id}: tổ chức triển khai, báo cáo kết quả thực hiện", "clause_text": "",
            "lead_agency_id": lead, "due_on": None if recurring else dates[0], "due_text": None,
            "recurrence": rule, "recurrence_starts_on": issued if recurring else None, "target": None,
            "informational": False, "officer_id": None, "created_at": now,
        })
        if rng.random() < 0.3:
            cooperating.append({"task_id": task_id, "agency_id": rng.choice([a for a in leads[:60] if a != lead])})
        for due in dates:
            occurrence_id += 1
            occurrence, history = _occurrence(occurrence_id, task_id, due, issued, today, rng)
            occurrence.update(lead_agency_id=lead, directive_id=directive["id"], informational=False, followed_from=issued)
            occurrences.append(occurrence)
            for status, reported_on, percent, note in history:
                update_id += 1
                updates.append({
                    "id": update_id, "occurrence_id": occurrence_id, "author_id": 1, "status": status,
                    "percent": percent, "reported_on": reported_on, "note": note,
                    "created_at": datetime.combine(reported_on, time(3, 0), tzinfo=timezone.utc),
                })
    _insert(Task, tasks)
    _insert(task_cooperating_agencies, cooperating)
    _insert(TaskOccurrence, occurrences)
    _insert(ProgressUpdate, updates)
    _fix_sequences()
    db.session.commit()
    busiest = max(set(t["lead_agency_id"] for t in tasks), key=[t["lead_agency_id"] for t in tasks].count)
    return Built("vanphong", busiest, occurrence_id, update_id, task_id)


def _agencies(scale: Scale, rng: random.Random) -> tuple[list[dict], list[int]]:
    """Province → 45 departments and bodies, 15 districts → communes, up to `scale.agencies`."""
    rows = [_agency(1, None, AgencyKind.PROVINCE, "Ủy ban nhân dân tỉnh Bench", "UBND tỉnh")]
    departments = min(45, scale.agencies - 1)
    for number in range(2, 2 + departments):
        rows.append(_agency(number, 1, AgencyKind.DEPARTMENT, f"Sở số {number}", f"Sở {number}"))
    districts_count = min(15, max(scale.agencies - len(rows), 0))
    districts = []
    for _ in range(districts_count):
        number = len(rows) + 1
        rows.append(_agency(number, 1, AgencyKind.DISTRICT, f"Ủy ban nhân dân huyện {number}", f"UBND huyện {number}"))
        districts.append(number)
    while len(rows) < scale.agencies and districts:
        number = len(rows) + 1
        parent = districts[number % len(districts)]
        rows.append(_agency(number, parent, AgencyKind.COMMUNE, f"Ủy ban nhân dân xã {number}", f"UBND xã {number}"))
    departments_ids = [row["id"] for row in rows if row["kind"] is AgencyKind.DEPARTMENT]
    others = [row["id"] for row in rows if row["kind"] in (AgencyKind.DISTRICT, AgencyKind.COMMUNE)]
    # Departments lead most tasks; districts and communes share the rest.
    leads = departments_ids * 12 + others if others else departments_ids
    rng.shuffle(leads)
    return rows, leads


def _agency(number, parent, kind, name, short):
    return {"id": number, "code": f"bench/{number}", "parent_id": parent, "kind": kind, "name": name,
            "short_name": short, "aliases": [], "contact_emails": [], "head_name": None, "head_email": None,
            "active_from": None, "dissolved_on": None, "successor_id": None}


def _occurrence(occurrence_id, task_id, due, issued, today, rng):
    """One occurrence with realistic state: old ones mostly done, recent ones often open."""
    effective = effective_deadline(due) if due else None
    history = []
    status, percent, done_on = WorkStatus.PENDING, 0, None
    age = (today - due).days if due else 0
    p_open = 0.02 if age > 365 else 0.08 if age > 90 else 0.3 if age > 0 else 1.0
    if due is None:
        p_open = 0.9
    started = min(issued + timedelta(days=rng.randrange(1, 20)), today)
    if rng.random() >= p_open:
        late = rng.random() < 0.2
        target = (effective or due or today)
        done_on = target + timedelta(days=rng.randrange(1, 45)) if late else target - timedelta(days=rng.randrange(0, 10))
        done_on = min(max(done_on, started), today)
        status, percent = WorkStatus.DONE, 100
        if rng.random() < 0.6:
            history.append((WorkStatus.IN_PROGRESS, started, 50, rng.choice(NOTES_OPEN)))
        history.append((WorkStatus.DONE, done_on, 100, rng.choice(NOTES_DONE)))
    elif rng.random() < 0.6 and started <= today:
        status, percent = WorkStatus.IN_PROGRESS, rng.choice([20, 40, 60, 80])
        history.append((WorkStatus.IN_PROGRESS, started, percent, rng.choice(NOTES_OPEN)))
    row = {"id": occurrence_id, "task_id": task_id, "scheduled_on": due, "due_on": due, "effective_due_on": effective,
           "status": status, "percent": percent, "done_on": done_on, "updated_at": datetime.now(timezone.utc)}
    return row, history


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, 28))


def _insert(target, rows: list[dict]) -> None:
    table = getattr(target, "__table__", target)
    for offset in range(0, len(rows), CHUNK):
        db.session.execute(insert(table), rows[offset:offset + CHUNK])


def _fix_sequences() -> None:
    """PostgreSQL: ids were given explicitly, so move the sequences past them."""
    if db.engine.dialect.name != "postgresql":
        return
    for table in ("agencies", "users", "directives", "tasks", "task_occurrences", "progress_updates"):
        db.session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
