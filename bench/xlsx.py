"""The XLSX export's own share: openpyxl writing rows already in memory, with no SQL or Flask."""

from __future__ import annotations

import statistics
import time

from flask import current_app, request
from sqlalchemy import select

from tracker.accounts.models import User
from tracker.clock import today
from tracker.dashboard.forms import filter_form, view_from
from tracker.extensions import db
from tracker.reports.spreadsheets import xlsx_bytes
from tracker.reports.tables import occurrences_sheet


def openpyxl_median_ms(app, path: str, username: str, count: int) -> float:
    """Median time openpyxl takes to write the XLSX export's rows, already in memory: the part of
    the export that neither SQL nor Flask adds to."""
    with app.test_request_context(path):
        user = db.session.scalar(select(User).where(User.username == username))
        view = view_from(filter_form(request.args, user), today(), current_app.config["DUE_SOON_DAYS"])
        sheet = occurrences_sheet(user, view)
        times = []
        for _ in range(count):
            started = time.perf_counter()
            xlsx_bytes([sheet])
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
