"""`flask reminders preview|run`: what a run would send, and a run now."""

from __future__ import annotations

from datetime import date, datetime

import click
from flask.cli import AppGroup

from ..clock import today
from ..extensions import db
from .planner import Plan
from .services import preview, run_reminders

reminders = AppGroup("reminders", help="Nhắc việc: xem trước và chạy.")


def _parse_day(value: str | None) -> date:
    if not value:
        return today()
    try:
        return datetime.strptime(value, "%d/%m/%Y").date()
    except ValueError as error:
        raise click.BadParameter("Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.") from error


@reminders.command("preview")
@click.option("--date", "day_text", help="Ngày chạy thử (dd/mm/yyyy); mặc định hôm nay.")
def preview_command(day_text):
    """Print what a run on that day would send; writes nothing."""
    plan = preview(_parse_day(day_text))
    db.session.rollback()
    click.echo(_describe(plan))


@reminders.command("run")
@click.option("--date", "day_text", help="Ngày chạy (dd/mm/yyyy); mặc định hôm nay.")
def run_command(day_text):
    """Send the reminders due now (each announcement once)."""
    result = run_reminders(_parse_day(day_text))
    if not result.ran:
        raise click.ClickException("Một tiến trình khác đang chạy nhắc việc; lần này bỏ qua.")
    click.echo(
        f"Ngày {result.day:%d/%m/%Y}: {result.messages} thư, {result.announcements} lượt nhắc, "
        f"{result.delivered} thư đã gửi qua SMTP, {len(result.unreachable)} nhiệm vụ không có người nhận."
    )


def _describe(plan: Plan) -> str:
    lines = [f"Chạy thử ngày {plan.day:%d/%m/%Y}: {len(plan.by_recipient)} thư, {plan.announcement_count} lượt nhắc."]
    for recipient, announcements in sorted(plan.by_recipient.items()):
        lines.append(f"\n{recipient}")
        for item in announcements:
            line = item.line
            lines.append(
                f"  [{item.stage}] {line.directive_title} mục {line.clause}: {line.summary}"
                f" (hạn {line.due_on:%d/%m/%Y})"
            )
    if plan.unreachable:
        lines.append(f"\nKhông có người nhận ({len(plan.unreachable)}):")
        lines.extend(f"  {l.directive_title} mục {l.clause}: {l.summary}" for l in plan.unreachable)
    return "\n".join(lines)
