"""Operator commands: `flask setup`, `flask seed`, `flask users create`, `flask scheduler`, ..."""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from flask_migrate import upgrade

from .accounts.models import Role
from .accounts.permissions import permission_table
from .accounts.services import AccountError, create_user, find_user
from .agencies.services import get_by_code
from .clock import today
from .extensions import db
from .outbox.services import deliver_queued, queue_mail
from .reminders.cli import reminders
from .scheduler import run_scheduler
from .seeding import SeedError, load_seed_dir
from .tasks.services import extend_recurring_tasks
from .workflows.services import WorkflowError, dissolve_agency

# Demo accounts for a fresh install, so each role can be tried on the seeded data.
DEMO_ACCOUNTS = [
    ("admin", "Quản trị hệ thống", Role.ADMIN, None),
    ("vanphong.longan", "Văn phòng UBND tỉnh Long An", Role.PROVINCIAL_OFFICE, "long-an"),
    ("bhxh.longan", "Lãnh đạo BHXH tỉnh Long An", Role.AGENCY_HEAD, "long-an/bhxh"),
    ("vanphong.vinhlong", "Văn phòng UBND tỉnh Vĩnh Long", Role.PROVINCIAL_OFFICE, "vinh-long"),
]


def register(app: Flask) -> None:
    app.cli.add_command(setup_command)
    app.cli.add_command(seed_command)
    app.cli.add_command(users)
    app.cli.add_command(tasks)
    app.cli.add_command(mail)
    app.cli.add_command(agencies)
    app.cli.add_command(scheduler_command)
    app.cli.add_command(reminders)


def _load_seed() -> None:
    try:
        report = load_seed_dir(today())
    except SeedError as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(
        f"Đã nạp {report.directives} văn bản, {report.tasks} nhiệm vụ, {report.agencies} cơ quan"
        + (f"; bỏ qua {len(report.skipped)} văn bản đã có." if report.skipped else ".")
    )


@click.command("seed")
@with_appcontext
def seed_command():
    """Load the reviewed seed directives (idempotent)."""
    _load_seed()


@click.command("setup")
@with_appcontext
def setup_command():
    """Migrate the database, load the seed and create demo accounts; print how to sign in."""
    upgrade()
    _load_seed()
    password = _demo_password()
    created = []
    for username, full_name, role, agency_code in DEMO_ACCOUNTS:
        if find_user(username) is None:
            agency = get_by_code(agency_code) if agency_code else None
            create_user(
                username=username, password=password, full_name=full_name, role=role, agency=agency,
                email=f"{username}@example.invalid",  # reserved domain: demo reminders land in the outbox
            )
            created.append(username)
    db.session.commit()
    click.echo("Tài khoản dùng thử (mật khẩu lưu ở instance/demo-password.txt):")
    for username, full_name, _role, _agency in DEMO_ACCOUNTS:
        click.echo(f"  {username:<20} {full_name}")
    click.echo(f"  Mật khẩu: {password}")


def _demo_password() -> str:
    path = Path(current_app.instance_path) / "demo-password.txt"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(9) + "\n", encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


@click.group(cls=AppGroup)
def users():
    """Manage accounts."""


@users.command("create")
@click.argument("username")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--agency", "agency_code", help="Mã cơ quan (ví dụ long-an/bhxh).")
@click.option("--name", "full_name", required=True)
@click.option("--email")
@click.password_option()
def create_user_command(username, role, agency_code, full_name, email, password):
    """Create an account."""
    agency = None
    if agency_code:
        agency = get_by_code(agency_code)
        if agency is None:
            raise click.ClickException(f"Không tìm thấy cơ quan có mã {agency_code}.")
    try:
        create_user(
            username=username, password=password, full_name=full_name, role=Role(role), agency=agency, email=email
        )
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Đã tạo tài khoản {username}.")


@users.command("permissions")
def permissions_command():
    """Print the permission table (as in the README)."""
    click.echo("| hành động | " + " | ".join(role.label for role in Role) + " |")
    click.echo("|---|" + "---|" * len(Role))
    for action, scopes in permission_table():
        click.echo(f"| {action} | " + " | ".join(scopes) + " |")


@click.group(cls=AppGroup)
def tasks():
    """Task maintenance."""


@tasks.command("extend-cycles")
def extend_cycles_command():
    """Create the next period of every open-ended cycle (the scheduler does this daily)."""
    added = extend_recurring_tasks(today())
    db.session.commit()
    click.echo(f"Đã thêm {added} kỳ nhiệm vụ.")


@click.group(cls=AppGroup)
def agencies():
    """Agency tree maintenance."""


@agencies.command("dissolve")
@click.argument("code")
@click.option("--successor", "successor_code", required=True, help="Mã cơ quan kế thừa.")
@click.option("--on", "on_text", required=True, help="Ngày thôi hoạt động (dd/mm/yyyy).")
def dissolve_command(code, successor_code, on_text):
    """An agency ceases; its open tasks pass to its successor (e.g. a district after 1/7/2025)."""
    agency, successor = get_by_code(code), get_by_code(successor_code)
    if agency is None or successor is None:
        raise click.ClickException(f"Không tìm thấy cơ quan có mã {code if agency is None else successor_code}.")
    try:
        on = datetime.strptime(on_text, "%d/%m/%Y").date()
        moved = dissolve_agency(agency, successor=successor, on=on)
    except ValueError as error:
        db.session.rollback()
        raise click.ClickException(str(error) if isinstance(error, WorkflowError) else "Ngày không hợp lệ (dd/mm/yyyy).")
    db.session.commit()
    deliver_queued()
    click.echo(f"{agency.short_name} thôi hoạt động từ {on:%d/%m/%Y}; {len(moved)} nhiệm vụ chuyển cho {successor.short_name}.")


@click.group(cls=AppGroup)
def mail():
    """Mail: test messages and delivery of the outbox."""


@mail.command("send-test")
@click.argument("address")
def send_test_command(address):
    """Compose a test message to ADDRESS (kept in the outbox, or sent when SMTP is set)."""
    queue_mail([address], "Thư thử nghiệm từ hệ thống theo dõi nhiệm vụ", "Hệ thống gửi thư hoạt động bình thường.")
    db.session.commit()
    click.echo(f"Đã gửi {deliver_queued()} thư qua SMTP.")


@mail.command("deliver")
def deliver_command():
    """Send every queued message over SMTP."""
    click.echo(f"Đã gửi {deliver_queued()} thư qua SMTP.")


@click.command("scheduler")
@with_appcontext
def scheduler_command():
    """Run the scheduler as its own process (use with SCHEDULER_MODE=off on the web workers)."""
    run_scheduler(current_app._get_current_object())
