"""Loading the reviewed seed directives (seed/*.toml); loading twice changes nothing."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from .agencies.models import Agency, AgencyKind
from .agencies.services import get_by_code
from .directives.models import Directive, DirectiveKind
from .extensions import db
from .tasks.services import NewTask, add_task
from .workdays import WorkCalendar, current_calendar

SEED_DIR = Path(__file__).resolve().parent.parent / "seed"
GROUP_PREFIX = "@"


class SeedError(ValueError):
    """A seed file that does not hold together."""


@dataclass
class SeedReport:
    """What one load added."""

    agencies: int = 0
    directives: int = 0
    tasks: int = 0
    skipped: list[str] = field(default_factory=list)


def load_seed_dir(today: date, seed_dir: Path = SEED_DIR) -> SeedReport:
    """Load every seed file; existing agencies and directives are left as they are."""
    report = SeedReport()
    calendar = current_calendar()
    for path in sorted(seed_dir.glob("*.toml")):
        load_seed_file(path, today, report, calendar)
    return report


def load_seed_file(path: Path, today: date, report: SeedReport, calendar: WorkCalendar) -> None:
    """Load one directive with its province's agencies and its tasks."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    for entry in data.get("agencies", []):
        report.agencies += _ensure_agency(entry)
    db.session.flush()
    meta = data["directive"]
    if db.session.scalar(select(Directive).where(Directive.code == meta["code"])) is not None:
        report.skipped.append(meta["code"])
        return
    directive = _new_directive(meta, path.parent / data["text_file"])
    db.session.add(directive)
    province_codes = {entry["code"] for entry in data.get("agencies", [])}
    for entry in data.get("tasks", []):
        for lead in _expand(entry["leads"], province_codes):
            add_task(directive, _new_task(entry, lead), today, calendar)
            report.tasks += 1
    report.directives += 1


def load_agencies(path: Path) -> int:
    """Load only the agency tree of one seed file (no directive); returns how many were added."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    added = sum(_ensure_agency(entry) for entry in data.get("agencies", []))
    db.session.flush()
    return added


def _ensure_agency(entry: dict) -> int:
    if get_by_code(entry["code"]) is not None:
        return 0
    parent = _agency(entry["parent"]) if "parent" in entry else None
    db.session.add(
        Agency(
            code=entry["code"],
            parent=parent,
            kind=AgencyKind(entry["kind"]),
            name=entry["name"],
            short_name=entry.get("short_name", entry["name"]),
            aliases=entry.get("aliases", []),
            head_name=entry.get("head_name"),
            head_email=entry.get("head_email"),
            contact_emails=entry.get("contact_emails", []),
        )
    )
    db.session.flush()
    return 1


def _new_directive(meta: dict, text_path: Path) -> Directive:
    return Directive(
        code=meta["code"],
        kind=DirectiveKind(meta["kind"]),
        symbol=meta.get("symbol"),
        issuer=_agency(meta["issuer"]),
        issued_on=meta.get("issued_on"),
        place=meta.get("place"),
        signer=meta.get("signer"),
        signer_capacity=meta.get("signer_capacity"),
        signer_title=meta.get("signer_title"),
        subject=meta["subject"],
        full_text=text_path.read_text(encoding="utf-8"),
        references=meta.get("references", []),
        recipients=meta.get("recipients", []),
    )


def _new_task(entry: dict, lead: Agency) -> NewTask:
    return NewTask(
        clause=str(entry["clause"]),
        summary=entry["summary"],
        lead_agency=lead,
        clause_text=_without_markup(entry.get("text", "")),
        cooperating_agencies=tuple(_agency(code) for code in entry.get("cooperating", [])),
        due_on=entry.get("due_on"),
        due_text=entry.get("due_text"),
        recurrence=entry.get("recurrence"),
        recurrence_starts_on=entry.get("recurrence_starts_on"),
        target=entry.get("target"),
        informational=entry.get("informational", False),
    )


def _without_markup(text: str) -> str:
    """The seed texts keep the source's bold markers (**...**); a clause is shown without them."""
    return text.replace("**", "")


def _expand(leads: list[str], province_codes: set[str]) -> list[Agency]:
    """Codes as they are; "@district" or "@department" as every such agency of the province."""
    agencies: list[Agency] = []
    for lead in leads:
        if not lead.startswith(GROUP_PREFIX):
            agencies.append(_agency(lead))
            continue
        kind = AgencyKind(lead.removeprefix(GROUP_PREFIX))
        members = db.session.scalars(
            select(Agency).where(Agency.kind == kind, Agency.code.in_(province_codes)).order_by(Agency.code)
        ).all()
        if not members:
            raise SeedError(f"Nhóm {lead} không có cơ quan nào trong tỉnh.")
        agencies.extend(members)
    return agencies


def _agency(code: str) -> Agency:
    agency = get_by_code(code)
    if agency is None:
        raise SeedError(f"Không tìm thấy cơ quan có mã {code}.")
    return agency
