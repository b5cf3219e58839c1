"""The rules of importing: draft a document, edit the draft, save it in one go."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import date

from sqlalchemy import select

from ..agencies.models import Agency, AgencyKind
from ..directives.models import Directive, DirectiveKind
from ..extensions import db
from ..tasks.recurrence import RecurrenceError, parse_rule
from ..tasks.services import NewTask, add_task
from .draft import Draft, DraftTask
from .segments import segments
from .matching import AgencyIndex, agency_key, find_province
from .parser import parse_text
from .reading import check_text, read_upload
from .text import fold
from .timing import complete_rule

KINDS = {kind.value: kind for kind in DirectiveKind}


class ImportSaveError(ValueError):
    """A draft that cannot be saved yet; the message tells the officer what to fix, in Vietnamese."""


def draft_from_text(text: str) -> Draft:
    """Draft a pasted text (refused, in Vietnamese, when empty, too long or not text)."""
    return parse_text(check_text(text))


def draft_from_upload(filename: str, data: bytes, max_bytes: int) -> Draft:
    """Draft an uploaded .txt, .docx or .pdf file."""
    return parse_text(read_upload(filename, data, max_bytes))


# ----------------------------------------------------------------------------- editing actions
def split_task(tasks: list[DraftTask], index: int) -> list[DraftTask]:
    """One task per line (bullet) of its text, or per sentence when it is one paragraph."""
    task = tasks[index]
    lines = [line.lstrip("-+• ").strip() for line in task.text.split("\n") if line.strip()]
    pieces = lines if len(lines) > 1 else segments(task.text)
    if len(pieces) < 2:
        return tasks
    parts = [replace(task, clause=f"{task.clause.split(' ý ')[0]} ý {n}", text=piece.strip(), cooperating_agencies=list(task.cooperating_agencies))
             for n, piece in enumerate(pieces, start=1)]
    return tasks[:index] + parts + tasks[index + 1 :]


def merge_task(tasks: list[DraftTask], index: int) -> list[DraftTask]:
    """Merge a task into the one above it (texts joined, cooperating agencies combined)."""
    if index <= 0 or index >= len(tasks):
        return tasks
    above, task = tasks[index - 1], tasks[index]
    merged = replace(
        above,
        text=f"{above.text}\n{task.text}".strip(),
        cooperating_agencies=list(dict.fromkeys(above.cooperating_agencies + task.cooperating_agencies)),
        due_on=above.due_on or task.due_on,
        recurrence=above.recurrence or task.recurrence,
        due_text=above.due_text or task.due_text,
        target="; ".join(filter(None, [above.target, task.target])) or None,
    )
    return tasks[: index - 1] + [merged] + tasks[index + 1 :]


def expand_group(tasks: list[DraftTask], index: int, agencies: AgencyIndex) -> list[DraftTask]:
    """A group task ("UBND các huyện ...") as one task per member agency of the tree."""
    task = tasks[index]
    members = agencies.members(task.lead_agency)
    if not members:
        return tasks
    parts = [replace(task, lead_agency=member.name, group=False, lead_kind=member.kind.value, agency_id=member.id,
                     cooperating_agencies=list(task.cooperating_agencies)) for member in members]
    return tasks[:index] + parts + tasks[index + 1 :]


# ----------------------------------------------------------------------------- saving
def save_draft(
    draft: Draft,
    *,
    province: Agency | None,
    create_missing: bool,
    today: date,
) -> Directive:
    """Create the directive and its tasks (and, when allowed, the agencies not yet registered).

    Nothing is committed here: the caller commits once, or rolls back on ImportSaveError.
    A task's `agency_id`, when set, is the lead the officer picked from the tree.
    """
    if not draft.tasks:
        raise ImportSaveError("Bản nháp không có nhiệm vụ nào: hãy thêm ít nhất một nhiệm vụ.")
    if not draft.subject.strip():
        raise ImportSaveError("Vui lòng nhập trích yếu của văn bản.")
    kind = KINDS.get(draft.kind)
    if kind is None:
        raise ImportSaveError(f"Loại văn bản không hợp lệ: “{draft.kind}”.")
    if province is None:
        if not create_missing or not draft.province:
            raise ImportSaveError(
                f"Tỉnh {draft.province or '(không rõ)'} chưa có trong hệ thống: hãy chọn “Tạo các cơ quan chưa có”."
            )
        province = _new_agency(None, f"Ủy ban nhân dân tỉnh {draft.province}", AgencyKind.PROVINCE, draft.province)
    if draft.province and province.parent_id is None and fold(draft.province) not in fold(province.name):
        raise ImportSaveError(
            f"Văn bản ghi tỉnh {draft.province}, không thuộc {province.name}: hãy kiểm tra trường “Tỉnh”."
        )
    _refuse_duplicate(draft, province)
    agencies = AgencyIndex(province)
    resolve = _Resolver(agencies, province, create_missing)
    issuer = resolve(draft.issuer or province.name, "province", position=None)
    directive = Directive(
        code=_code(draft),
        kind=kind,
        symbol=draft.symbol or None,
        issuer=issuer,
        issued_on=draft.issued_on,
        place=draft.place or None,
        signer=draft.signer.get("name") or None,
        signer_capacity=draft.signer.get("capacity") or None,
        signer_title=draft.signer.get("title") or None,
        subject=draft.subject.strip(),
        full_text=draft.full_text,
        references=list(draft.references),
        recipients=list(draft.recipients),
    )
    db.session.add(directive)
    starts_default = draft.issued_on or today
    for position, task in enumerate(draft.tasks, start=1):
        lead = db.session.get(Agency, task.agency_id) if task.agency_id else None
        if lead is not None and lead.id not in {a.id for a in agencies.agencies}:
            raise ImportSaveError(f"Nhiệm vụ {position}: cơ quan chủ trì không thuộc tỉnh của văn bản.")
        if lead is None:
            lead = resolve(task.lead_agency, task.lead_kind, position)
        cooperating = _cooperating(task.cooperating_agencies, lead, agencies, resolve, position)
        recurrence, starts_on = None, None
        if task.recurrence:
            try:
                recurrence, starts_on = complete_rule(task.recurrence, starts_default)
                parse_rule(recurrence, starts_on)
            except (RecurrenceError, ValueError) as error:
                raise ImportSaveError(f"Nhiệm vụ {position}: chu kỳ “{task.recurrence}” không hợp lệ.") from error
        add_task(
            directive,
            NewTask(
                clause=task.clause or str(position),
                summary=(task.summary or task.text[:120] or "Nhiệm vụ").strip()[:500],
                lead_agency=lead,
                clause_text=task.text,
                cooperating_agencies=cooperating,
                due_on=None if recurrence else task.due_on,
                due_text=(task.due_text or None) and task.due_text[:255],
                recurrence=recurrence,
                recurrence_starts_on=starts_on,
                target=(task.target or None) and task.target[:255],
                informational=task.informational,
            ),
            today,
        )
    db.session.flush()
    return directive


def _cooperating(names: list[str], lead: Agency, agencies: AgencyIndex, resolve: _Resolver, position: int) -> tuple[Agency, ...]:
    """The agencies a task's lead works with; a group ("phối hợp với các sở, ban, ngành") stands for its
    members in the tree, as a group lead does when the officer splits it."""
    found: list[Agency] = []
    for name in names:
        members = [] if agencies.match(name) else agencies.members(name)
        found += members or [resolve(name, "other", position)]
    return tuple(dict.fromkeys(agency for agency in found if agency.id != lead.id))


class _Resolver:
    """Finds the registered agency a name means, or (when allowed) registers it."""

    def __init__(self, agencies: AgencyIndex, province: Agency, create_missing: bool):
        self.agencies, self.province, self.create_missing = agencies, province, create_missing
        self.created: dict[str, Agency] = {}

    def __call__(self, name: str, kind: str, position: int | None) -> Agency:
        name = (name or "").strip()
        where = f"Nhiệm vụ {position}: " if position else ""
        if not name:
            raise ImportSaveError(f"{where}chưa có cơ quan chủ trì.")
        found = self.agencies.match(name)
        if found is None and agency_key(name) == "uy ban nhan dan tinh":
            found = self.province
        if found is not None:
            return found
        key = agency_key(name)
        if key in self.created:
            return self.created[key]
        if not self.create_missing:
            raise ImportSaveError(
                f"{where}cơ quan “{name}” chưa có trong hệ thống: hãy chọn cơ quan có sẵn, tách nhóm, "
                "hoặc đánh dấu “Tạo các cơ quan chưa có”."
            )
        agency_kind = AgencyKind(kind) if kind in AgencyKind._value2member_map_ else AgencyKind.OTHER
        if agency_kind is AgencyKind.PROVINCE:
            agency_kind = AgencyKind.OTHER
        self.created[key] = _new_agency(self.province, name, agency_kind, name)
        return self.created[key]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "co-quan"


def _new_agency(parent: Agency | None, name: str, kind: AgencyKind, short: str) -> Agency:
    base = _slug(short) if parent is None else f"{parent.code}/{_slug(name)}"
    code, number = base, 2
    while db.session.scalar(select(Agency.id).where(Agency.code == code)) is not None:
        code, number = f"{base}-{number}", number + 1
    agency = Agency(code=code, parent=parent, kind=kind, name=name, short_name=name[:120], aliases=[])
    db.session.add(agency)
    db.session.flush()
    return agency


def _refuse_duplicate(draft: Draft, province: Agency) -> None:
    if not draft.symbol or province.id is None:
        return
    existing = db.session.scalars(
        select(Directive).where(Directive.symbol == draft.symbol, Directive.issued_on == draft.issued_on)
    ).all()
    if any(d.issuer.province.id == province.id for d in existing):
        raise ImportSaveError(f"Văn bản số {draft.symbol} đã có trong hệ thống.")


def _code(draft: Draft) -> str:
    return f"nhap-{_slug(draft.symbol or draft.kind)}-{uuid.uuid4().hex[:8]}"


def match_leads(draft: Draft, agencies: AgencyIndex) -> None:
    """Pick, for each task without one, the registered agency its lead name means."""
    for task in draft.tasks:
        if task.agency_id is None:
            task.agency_id = getattr(agencies.match(task.lead_agency), "id", None)


def province_for(draft: Draft) -> Agency | None:
    """The registered province a draft belongs to, from its issuer or place."""
    return find_province(draft.province) or find_province(draft.place)
