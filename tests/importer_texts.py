"""An invented provincial plan's header shared by the importer's tests of clause forms, and the tasks the
parser drafts for a body under it as (clause, lead agency, due date) rows."""

from tracker.importer.parser import parse_text

PLAN_HEADER = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI

Số: 77/KH-UBND
Lào Cai, ngày 03 tháng 3 năm 2026

KẾ HOẠCH

Về nhiệm vụ trọng tâm quý II năm 2026

"""


def plan_tasks(body: str) -> list[tuple[str, str, str | None]]:
    """(clause, lead agency, ISO due date or None) of each task drafted for the plan with this body."""
    return [(t.clause, t.lead_agency, t.due_on and t.due_on.isoformat()) for t in parse_text(PLAN_HEADER + body).tasks]
