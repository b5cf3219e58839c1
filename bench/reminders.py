"""The reminders' benchmark: one run over a synthetic province (see bench/bench.py for the scaffolding).

Measured in a fresh process: seconds to decide what to send (the plan), seconds for a whole run
without sending (plan again, claim, compose and queue the digests), mails per second over one SMTP
connection to a local server (aiosmtpd on loopback, in another process), and the process's peak
resident memory. No tracemalloc: it would slow the very allocations being timed.
"""

from __future__ import annotations

import multiprocessing
import socket
import time
from contextlib import contextmanager

from sqlalchemy import update


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Sink:
    """An SMTP handler that accepts and counts."""

    def __init__(self, received):
        self.received = received

    async def handle_DATA(self, server, session, envelope):
        with self.received.get_lock():
            self.received.value += 1
        return "250 OK"


def _serve(port: int, received, stop) -> None:
    """The SMTP server, in a process of its own so it does not share the sender's interpreter."""
    from aiosmtpd.controller import Controller

    controller = Controller(_Sink(received), hostname="127.0.0.1", port=port)
    controller.start()
    stop.wait()
    controller.stop()


@contextmanager
def smtp_server():
    """A local SMTP server in another process; yields (port, count of messages received)."""
    port, received, stop = _free_port(), multiprocessing.Value("i", 0), multiprocessing.Event()
    process = multiprocessing.Process(target=_serve, args=(port, received, stop), daemon=True)
    process.start()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    try:
        yield port, received
    finally:
        stop.set()
        process.join(timeout=10)


def measure_reminders(url: str, schema: str | None, built: dict) -> dict:
    """Time one reminder run on today's date over the built province; runs in its own process."""
    from tracker.agencies.models import Agency
    from tracker.clock import today
    from tracker.extensions import db
    from tracker.outbox.services import deliver_queued
    from tracker.reminders.planner import plan_run
    from tracker.reminders.services import run_reminders

    from .bench import _app, _peak_rss_mb

    with smtp_server() as (port, received):
        app = _app(url, schema, MAIL_SERVER="127.0.0.1", MAIL_PORT=port)
        with app.app_context():
            # Every agency gets an address, so every stage reaches someone.
            db.session.execute(update(Agency).values(head_email=Agency.code + "@bench.invalid"))
            db.session.commit()
            day = today()
            started = time.perf_counter()
            plan = plan_run(day, app.config["REMINDER_CATCH_UP_DAYS"])
            decide = time.perf_counter() - started
            started = time.perf_counter()
            result = run_reminders(day, deliver=False)
            queue = time.perf_counter() - started
            started = time.perf_counter()
            sent = deliver_queued()
            send = time.perf_counter() - started
        time.sleep(0.5)  # let the server count the last message
        count = received.value
    return {
        "day": day.isoformat(), "announcements": plan.announcement_count, "recipients": len(plan.by_recipient),
        "decide_s": decide, "claim_and_queue_s": queue, "messages": result.messages, "sent": sent,
        "received": count, "send_s": send, "mails_per_s": sent / send if send else 0.0,
        "maxrss_mb": _peak_rss_mb(),
    }


def report_reminders(database: str, built: dict, results: dict) -> str:
    """The reminder run's figures as a Markdown table."""
    return "\n".join([
        f"### Reminders on {database}",
        "",
        f"{built['occurrences']:,} occurrences, {results['recipients']:,} recipients, run on {results['day']}.",
        "",
        "| decide (plan) s | plan + claim + queue s | announcements | digests | sent / received | mails/s over one SMTP connection | peak RSS MB |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {results['decide_s']:.2f} | {results['claim_and_queue_s']:.2f} | {results['announcements']:,} "
        f"| {results['messages']:,} | {results['sent']:,} / {results['received']:,} | {results['mails_per_s']:.0f} "
        f"| {results['maxrss_mb']:.0f} |",
    ])
