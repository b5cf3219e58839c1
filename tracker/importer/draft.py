"""The draft an import produces: metadata and tasks, as ANNOTATION.md's JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from .metadata import Metadata


@dataclass
class DraftTask:
    """One task as read from one clause: who leads, who helps, by when, from which words."""

    clause: str
    lead_agency: str
    summary: str = ""
    cooperating_agencies: list[str] = field(default_factory=list)
    due_on: date | None = None
    recurrence: str | None = None
    due_text: str | None = None
    target: str | None = None
    informational: bool = False
    text: str = ""
    lead_kind: str = "other"  # AgencyKind value, or "central"
    group: bool = False  # a group not listed out ("UBND các huyện ..."), expandable on review
    lead_source: str = ""  # the words that gave the lead agency, highlighted on review
    agency_id: int | None = None  # the registered agency the officer (or the matcher) chose as lead

    @property
    def clause_number(self) -> str:
        """The clause without the part of it the task comes from ("IV.1" of "IV.1 ý 2")."""
        return self.clause.split(" ý ")[0]


@dataclass
class Draft(Metadata):
    """A directive as the importer read it, before an officer reviews it: its metadata and tasks."""

    tasks: list[DraftTask] = field(default_factory=list)
    full_text: str = ""


TASK_KEYS = ("clause", "lead_agency", "cooperating_agencies", "summary", "due_on", "recurrence", "due_text", "target", "informational")


def _iso(value):
    return value.isoformat() if isinstance(value, date) else value


def to_annotation(draft: Draft) -> dict:
    """The draft in ANNOTATION.md's format (the keys other tools read, in its order)."""
    return {
        "kind": draft.kind,
        "symbol": draft.symbol,
        "issued_on": _iso(draft.issued_on),
        "place": draft.place,
        "issuer": draft.issuer,
        "subject": draft.subject,
        "signer": dict(draft.signer),
        "recipients": list(draft.recipients),
        "references": list(draft.references),
        "tasks": [{key: _iso(asdict(task)[key]) for key in TASK_KEYS} for task in draft.tasks],
    }


def from_annotation(data: dict) -> Draft:
    """A draft from ANNOTATION.md's JSON (gold files, or a draft written out earlier)."""
    tasks = [
        DraftTask(
            clause=str(item["clause"]),
            lead_agency=item["lead_agency"],
            summary=item.get("summary") or "",
            cooperating_agencies=list(item.get("cooperating_agencies") or []),
            due_on=date.fromisoformat(item["due_on"]) if item.get("due_on") else None,
            recurrence=item.get("recurrence"),
            due_text=item.get("due_text"),
            target=item.get("target"),
            informational=bool(item.get("informational", False)),
        )
        for item in data.get("tasks", [])
    ]
    signer = data.get("signer") or {}
    return Draft(
        kind=data.get("kind") or "công văn",
        symbol=data.get("symbol"),
        issued_on=date.fromisoformat(data["issued_on"]) if data.get("issued_on") else None,
        place=data.get("place"),
        issuer=data.get("issuer"),
        subject=data.get("subject") or "",
        signer={"name": signer.get("name"), "capacity": signer.get("capacity"), "title": signer.get("title")},
        recipients=list(data.get("recipients") or []),
        references=list(data.get("references") or []),
        tasks=tasks,
    )
