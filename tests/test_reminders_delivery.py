"""Exactly once: concurrent schedulers, a process killed mid-run, an outage, a refusing SMTP server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click
from sqlalchemy import func, select

from tracker.extensions import db
from tracker.outbox.models import MailStatus, OutboxMessage
from tracker.reminders.models import Delivery
from tracker.reminders.services import run_reminders
from tracker.scheduler import JOB_DEFAULTS, catch_up, new_scheduler, runs_embedded_scheduler

from .conftest import subprocess_database_url
from .factories import seed_with_district_addresses

PROJECT = Path(__file__).resolve().parent.parent
VN = ZoneInfo("Asia/Ho_Chi_Minh")
RUN_DAY = "19/11/2026"


def _vinh_long_with_addresses(day: date) -> list[str]:
    return seed_with_district_addresses("vinh-long", day)


def _flask(database_url, smtp_port: int, tmp_path, *args: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": subprocess_database_url(database_url),
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(smtp_port),
        "TRACKER_INSTANCE_DIR": str(tmp_path / "instance"),
        "SCHEDULER_MODE": "off",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "tracker", *args],
        cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def _text(message) -> str:
    return message.get_body(("plain",)).get_content()


def _recipients(inbox) -> list[str]:
    return sorted(r for envelope in inbox.envelopes for r in envelope.rcpt_tos)


def test_three_schedulers_at_once_announce_each_stage_once(smtp_app, smtp_server, database_url, tmp_path, frozen_day):
    controller, inbox = smtp_server
    frozen_day(date(2026, 11, 19))
    addresses = _vinh_long_with_addresses(date(2026, 11, 19))
    processes = [_flask(database_url, controller.port, tmp_path, "reminders", "run", "--date", RUN_DAY) for _ in range(3)]
    outputs = [process.communicate(timeout=120)[0] for process in processes]
    assert all(process.returncode in (0, 1) for process in processes), outputs
    assert any("8 thư" in output for output in outputs), outputs
    assert _recipients(inbox) == addresses  # each district once, whoever ran
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 8


def test_a_process_killed_mid_run_sends_each_announcement_once_after_restart(
    smtp_app, smtp_server, database_url, tmp_path, frozen_day
):
    controller, inbox = smtp_server
    frozen_day(date(2026, 11, 19))
    addresses = _vinh_long_with_addresses(date(2026, 11, 19))
    process = _flask(database_url, controller.port, tmp_path, "reminders", "run", "--date", RUN_DAY)
    inbox.kill_on_first_message = process.pid  # dies after choosing and claiming, before any mail is accepted
    process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL
    assert inbox.messages == []
    claimed = db.session.scalar(select(func.count()).select_from(Delivery))
    assert claimed > 0
    restarted = _flask(database_url, controller.port, tmp_path, "reminders", "run", "--date", RUN_DAY)
    output = restarted.communicate(timeout=120)[0]
    assert restarted.returncode == 0, output
    assert _recipients(inbox) == addresses
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Delivery)) == claimed  # nothing claimed twice


def test_a_three_day_outage_is_caught_up_at_the_next_start(smtp_app, smtp_server, time_machine):
    _controller, inbox = smtp_server
    time_machine.move_to(datetime(2026, 11, 16, 7, 31, tzinfo=VN), tick=False)
    addresses = _vinh_long_with_addresses(date(2026, 11, 16))
    run_reminders(date(2026, 11, 16))
    # Monday's mails are about the districts' overdue lists of earlier years, not 01/12/2026.
    assert not any("01/12/2026" in _text(m) for m in inbox.messages)
    monday = len(inbox.messages)
    # Down from Tuesday to Thursday evening; the 07:30 runs of 17, 18 and 19/11 never happened.
    time_machine.move_to(datetime(2026, 11, 19, 18, 0, tzinfo=VN), tick=False)
    catch_up(smtp_app)
    caught_up = inbox.messages[monday:]
    assert sorted(r for e in inbox.envelopes[monday:] for r in e.rcpt_tos) == addresses
    assert all("Hạn: 01/12/2026 (còn 12 ngày)" in _text(m) for m in caught_up)  # the before-7 stage of 19/11
    catch_up(smtp_app)
    assert len(inbox.messages) == monday + 8


def test_only_a_process_that_serves_requests_runs_the_embedded_scheduler(make_app):
    app = make_app(TESTING=False, SCHEDULER_MODE="embedded")
    assert runs_embedded_scheduler(app)  # imported by a WSGI server: no command line
    with click.Context(click.Command("run")):
        assert runs_embedded_scheduler(app)
    # Another command loading the same entry point would run the jobs a second time beside the server.
    for command in ("reminders", "directives", "shell", "flask"):
        with click.Context(click.Command(command)):
            assert not runs_embedded_scheduler(app)
    assert not runs_embedded_scheduler(make_app(TESTING=False, SCHEDULER_MODE="off"))
    assert not runs_embedded_scheduler(make_app(SCHEDULER_MODE="embedded"))  # tests


def test_the_scheduler_runs_a_missed_job_once_in_the_configured_zone(smtp_app, smtp_server, frozen_day):
    from apscheduler.schedulers.background import BackgroundScheduler

    _controller, inbox = smtp_server
    assert JOB_DEFAULTS == {"misfire_grace_time": 3600, "coalesce": True, "max_instances": 1}
    scheduler = new_scheduler(BackgroundScheduler, smtp_app)
    assert str(scheduler.timezone) == "Asia/Ho_Chi_Minh"
    remind = scheduler.get_job("remind")
    fields = {field.name: str(field) for field in remind.trigger.fields}
    assert (fields["hour"], fields["minute"]) == ("7", "30")
    frozen_day(date(2026, 11, 19))
    addresses = _vinh_long_with_addresses(date(2026, 11, 19))
    # A run that was due ten minutes ago (within the grace time) runs once when the scheduler wakes.
    scheduler.start(paused=True)
    missed = datetime.now(VN).replace(microsecond=0)
    scheduler.modify_job("remind", next_run_time=missed)
    scheduler.resume()
    deadline = time.monotonic() + 20
    while len(inbox.messages) < 8 and time.monotonic() < deadline:
        time.sleep(0.1)
    scheduler.shutdown(wait=True)
    assert _recipients(inbox) == addresses


def test_a_refusing_smtp_server_loses_nothing_and_sends_once_when_it_recovers(smtp_app, smtp_server, time_machine):
    _controller, inbox = smtp_server
    time_machine.move_to(datetime(2026, 11, 19, 7, 30, tzinfo=VN), tick=False)
    _vinh_long_with_addresses(date(2026, 11, 19))
    inbox.refuse_next = 2 * 8  # the first two attempts of each of the 8 messages are refused (451)
    first = run_reminders(date(2026, 11, 19))
    assert first.messages == 8 and first.delivered == 0
    queued = db.session.scalars(select(OutboxMessage)).all()
    assert all(m.status is MailStatus.QUEUED and m.attempts == 1 and "451" in m.last_error for m in queued)
    assert run_reminders(date(2026, 11, 19)).messages == 0  # the claims stand; nothing is chosen again
    time_machine.shift(61)
    run_reminders(date(2026, 11, 19))
    assert all(m.attempts == 2 for m in queued) and inbox.messages == []
    time_machine.shift(121)
    result = run_reminders(date(2026, 11, 19))
    assert result.delivered == 8 and len(inbox.messages) == 8
    assert all(m.status is MailStatus.SENT for m in queued)
    time_machine.shift(3600)
    run_reminders(date(2026, 11, 19))
    assert len(inbox.messages) == 8


def test_preview_writes_nothing_and_lists_what_would_go(smtp_app, frozen_day):
    frozen_day(date(2026, 11, 19))
    _vinh_long_with_addresses(date(2026, 11, 19))
    runner = smtp_app.test_cli_runner()
    result = runner.invoke(args=["reminders", "preview", "--date", RUN_DAY])
    assert result.exit_code == 0, result.output
    assert "Chạy thử ngày 19/11/2026: 8 thư" in result.output and "long-ho@vinhlong.gov.vn" in result.output
    assert "[before-7] 06/CT-UBND mục 10 ý 3" in result.output
    assert db.session.scalar(select(func.count()).select_from(Delivery)) == 0
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    bad = runner.invoke(args=["reminders", "preview", "--date", "2026-11-19"])
    assert bad.exit_code != 0 and "dd/mm/yyyy" in bad.output
