"""Periodic jobs (APScheduler 3): a fixed table in code; what is due is read from the database.

The scheduler runs either inside the one web process (SCHEDULER_MODE=embedded, the default
for a single-process install) or as its own process (`flask scheduler`) when several web
workers serve the app; see the README. Whichever runs, the reminders lock lets one act at a
time and the delivery log decides what was already announced.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import click
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from flask import Flask
from sqlalchemy.exc import IntegrityError
from werkzeug.serving import is_running_from_reloader

from .clock import local_zone, today, utcnow
from .extensions import db
from .outbox.services import deliver_queued
from .reminders.services import run_reminders
from .tasks.services import extend_recurring_tasks
from .workdays import current_calendar

log = logging.getLogger(__name__)

# APScheduler's defaults (1 s grace) would drop a run missed by a short pause; an hour's grace
# with coalescing runs a missed job once when the process wakes up. Longer outages are made
# up by the start-up catch-up below, since jobs live in memory, not in a shared job store.
JOB_DEFAULTS = {"misfire_grace_time": 3600, "coalesce": True, "max_instances": 1}


def extend_cycles(app: Flask) -> int:
    """Job: make sure every open-ended cycle has its next period."""
    with app.app_context():
        try:
            added = extend_recurring_tasks(today())
            db.session.commit()
        except IntegrityError:
            # Another process added the same periods first; the unique key kept them single.
            db.session.rollback()
            added = 0
        log.info("extend_cycles added %d occurrences", added)
        return added


def remind(app: Flask, day: date | None = None) -> None:
    """Job: the daily reminder run (skipped on days off: their stages moved to working days)."""
    with app.app_context():
        day = day or today()
        if current_calendar().is_day_off(day):
            return
        result = run_reminders(day)
        log.info("reminders %s: ran=%s messages=%d", day, result.ran, result.messages)


def deliver(app: Flask) -> None:
    """Job: send what is queued and retry what failed (the outbox's own lock keeps it single)."""
    with app.app_context():
        deliver_queued()


def last_run_day(app: Flask, now: datetime | None = None) -> date:
    """The latest day whose run time has passed: what a process starting now must catch up to."""
    with app.app_context():
        local_now = (now or utcnow()).astimezone(local_zone())
        run_at = time.fromisoformat(app.config["REMINDER_RUN_AT"])
        return local_now.date() if local_now.time() >= run_at else local_now.date() - timedelta(days=1)


def catch_up(app: Flask) -> None:
    """At start-up: roll cycles forward and make the run the process may have missed while down."""
    extend_cycles(app)
    with app.app_context():
        day = current_calendar().previous_working_day(last_run_day(app))
    remind(app, day)


def configure(scheduler: BaseScheduler, app: Flask) -> BaseScheduler:
    """Add the fixed job table to a scheduler."""
    zone = scheduler.timezone
    hour, minute = (int(part) for part in app.config["REMINDER_RUN_AT"].split(":"))
    scheduler.add_job(remind, CronTrigger(hour=hour, minute=minute, timezone=zone), args=[app], id="remind")
    scheduler.add_job(deliver, IntervalTrigger(minutes=1, timezone=zone), args=[app], id="deliver")
    scheduler.add_job(extend_cycles, CronTrigger(hour=0, minute=5, timezone=zone), args=[app], id="extend_cycles")
    return scheduler


def new_scheduler(cls, app: Flask) -> BaseScheduler:
    """A scheduler in the configured zone (not the host's) with explicit job defaults."""
    return configure(cls(timezone=ZoneInfo(app.config["TIMEZONE"]), job_defaults=JOB_DEFAULTS), app)


def runs_embedded_scheduler(app: Flask) -> bool:
    """Whether this process should run the jobs itself: configured so, and serving requests.

    A WSGI server imports the app outside any command line, `flask run` inside its own command;
    any other `flask` command that loads the same entry point (`flask --app wsgi reminders run`)
    must not start a second scheduler beside the server's, nor one on a database not migrated yet.
    Never in tests, nor in a reloader's parent process.
    """
    if app.config["SCHEDULER_MODE"] != "embedded" or app.testing:
        return False
    if app.debug and not is_running_from_reloader():
        return False
    command_line = click.get_current_context(silent=True)
    return command_line is None or command_line.command.name == "run"


def start_embedded_scheduler(app: Flask) -> BackgroundScheduler | None:
    """Start the in-process scheduler where `runs_embedded_scheduler` says so."""
    if not runs_embedded_scheduler(app):
        return None
    scheduler = new_scheduler(BackgroundScheduler, app)
    scheduler.start()
    scheduler.add_job(catch_up, args=[app], id="catch_up")  # at once, off the start-up path
    return scheduler


def run_scheduler(app: Flask) -> None:
    """Run the scheduler in the foreground, as its own process (`flask scheduler`)."""
    scheduler = new_scheduler(BlockingScheduler, app)
    catch_up(app)
    scheduler.start()
