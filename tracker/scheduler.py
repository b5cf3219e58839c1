"""Periodic jobs (APScheduler 3): a fixed table in code; what is due is read from the database.

The scheduler runs either inside the one web process (SCHEDULER_MODE=embedded, the default
for a single-process install) or as its own process (`flask scheduler`) when several web
workers serve the app; see the README.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from flask import Flask
from sqlalchemy.exc import IntegrityError
from werkzeug.serving import is_running_from_reloader

from .clock import today
from .extensions import db
from .tasks.services import extend_recurring_tasks

log = logging.getLogger(__name__)

# APScheduler's defaults (1 s grace) would drop a run missed by a short pause; an hour's grace
# with coalescing runs a missed job once when the process wakes up.
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


def configure(scheduler: BaseScheduler, app: Flask) -> BaseScheduler:
    """Add the fixed job table to a scheduler."""
    scheduler.add_job(
        extend_cycles,
        CronTrigger(hour=0, minute=5, timezone=scheduler.timezone),
        args=[app],
        id="extend_cycles",
        replace_existing=True,
    )
    return scheduler


def _new(cls, app: Flask) -> BaseScheduler:
    return cls(timezone=ZoneInfo(app.config["TIMEZONE"]), job_defaults=JOB_DEFAULTS)


def start_embedded_scheduler(app: Flask) -> BackgroundScheduler | None:
    """Start the in-process scheduler when configured; never in tests or a reloader's parent."""
    if app.config["SCHEDULER_MODE"] != "embedded" or app.testing:
        return None
    if app.debug and not is_running_from_reloader():
        return None
    scheduler = configure(_new(BackgroundScheduler, app), app)
    scheduler.start()
    extend_cycles(app)  # catch up at start-up: the process may have been down at 00:05
    return scheduler


def run_scheduler(app: Flask) -> None:
    """Run the scheduler in the foreground, as its own process (`flask scheduler`)."""
    scheduler = configure(_new(BlockingScheduler, app), app)
    extend_cycles(app)
    scheduler.start()
