"""Small factory functions for test data; each takes what the test cares about as arguments."""

from __future__ import annotations

import itertools
from datetime import date

from tracker.accounts.models import Role, User
from tracker.accounts.services import create_user
from tracker.agencies.models import Agency, AgencyKind
from tracker.directives.models import Directive, DirectiveKind
from tracker.extensions import db
from tracker.tasks.models import Task
from tracker.tasks.services import NewTask, add_task

PASSWORD = "mat-khau-thu-nghiem"
_sequence = itertools.count(1)


def make_agency(name: str | None = None, *, parent: Agency | None = None, kind: AgencyKind | None = None, **fields) -> Agency:
    number = next(_sequence)
    name = name or f"Cơ quan {number}"
    agency = Agency(
        code=fields.pop("code", f"test/{number}"),
        name=name,
        short_name=fields.pop("short_name", name),
        kind=kind or (AgencyKind.DEPARTMENT if parent else AgencyKind.PROVINCE),
        parent=parent,
        aliases=fields.pop("aliases", []),
        contact_emails=fields.pop("contact_emails", []),
        **fields,
    )
    db.session.add(agency)
    db.session.flush()
    return agency


def make_directive(issuer: Agency, *, symbol: str | None = None, issued_on: date | None = date(2020, 11, 12), **fields) -> Directive:
    number = next(_sequence)
    directive = Directive(
        code=fields.pop("code", f"directive-{number}"),
        kind=fields.pop("kind", DirectiveKind.CONG_VAN),
        symbol=symbol or f"{number}/UBND-VX",
        issuer=issuer,
        issued_on=issued_on,
        subject=fields.pop("subject", f"Văn bản thử nghiệm {number}"),
        full_text=fields.pop("full_text", ""),
        **fields,
    )
    db.session.add(directive)
    db.session.flush()
    return directive


def make_task(directive: Directive, lead: Agency, *, today: date = date(2020, 11, 12), **fields) -> Task:
    new = NewTask(
        clause=fields.pop("clause", "1"),
        summary=fields.pop("summary", "Nhiệm vụ thử nghiệm"),
        lead_agency=lead,
        **fields,
    )
    task = add_task(directive, new, today)
    db.session.flush()
    return task


def make_user(
    role: Role = Role.AGENCY_HEAD, agency: Agency | None = None, *, username: str | None = None, email: str | None = None
) -> User:
    number = next(_sequence)
    user = create_user(
        username=username or f"user{number}",
        password=PASSWORD,
        full_name=f"Người dùng {number}",
        role=role,
        agency=agency,
        email=email,
    )
    db.session.flush()
    return user


def seed_with_district_addresses(province_code: str, day: date) -> list[str]:
    """Load the seed and give each district of the province a head's address; returns them sorted."""
    from sqlalchemy import select

    from tracker.seeding import load_seed_dir

    load_seed_dir(day)
    districts = db.session.scalars(
        select(Agency).where(Agency.kind == AgencyKind.DISTRICT, Agency.code.startswith(f"{province_code}/"))
    ).all()
    for district in districts:
        district.head_email = f"{district.code.split('/')[1]}@{province_code.replace('-', '')}.gov.vn"
    db.session.commit()
    return sorted(district.head_email for district in districts)
