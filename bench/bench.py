"""`flask bench` / `python -m bench.bench`: build a synthetic province, then time the dashboard's pages.

Each page is requested through the whole Flask stack (test client, signed in as the provincial
office), beside the bare SQL it ran (the same statements replayed on the driver's cursor), with
peak Python memory (tracemalloc) and the process's peak resident size (VmHWM, else ru_maxrss). The pages are
measured in a fresh process, so the builder's memory does not count against the web process.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from datetime import timedelta
from pathlib import Path

import click
import sqlalchemy as sa

from .reminders import measure_reminders, report_reminders
from .xlsx import openpyxl_median_ms

PROJECT_DIR = Path(__file__).resolve().parent.parent
TARGETS_MS = {"dashboard": 100, "overdue": 30, "agency": 30, "league": None, "xlsx": 3000}
# Pages a province's office opens every day, beyond the five: measured, with no target.
OTHER_PAGES = ("task list", "directive list", "agency page", "as of a year ago", "reminders")
# Pages that take long enough that fewer requests give a steady median.
SLOW_PAGES = {"xlsx", "as of a year ago", "reminders"}


def _app(url: str, schema: str | None, **overrides):
    from tracker import create_app

    options = {"connect_args": {"options": f"-csearch_path={schema}"}} if schema else {}
    settings = dict(
        SQLALCHEMY_DATABASE_URI=url, SQLALCHEMY_ENGINE_OPTIONS=options, SECRET_KEY="bench", WTF_CSRF_ENABLED=False,
        SCHEDULER_MODE="off", PASSWORD_HASH_METHOD="pbkdf2:sha256:1000", MAIL_SERVER=None,
    )
    return create_app(**{**settings, **overrides})


def build_database(url: str, schema: str | None, scale) -> dict:
    """Migrate an empty database and fill it; returns what was built and how long it took."""
    from flask_migrate import upgrade

    from tracker.clock import today
    from tracker.extensions import db

    from .synthetic import build

    app = _app(url, schema)
    with app.app_context():
        started = time.perf_counter()
        upgrade()
        built = build(scale, today())
        seconds = time.perf_counter() - started
        # Statistics as a running database has them; on PostgreSQL also what autovacuum would
        # have done to the tuples the build's upserts left behind (the completion counts).
        statement = "VACUUM ANALYZE" if db.engine.dialect.name == "postgresql" else "ANALYZE"
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(statement)
        db.engine.dispose()
    return {"seconds": seconds, **built.__dict__}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def measure(url: str, schema: str | None, built: dict, repeats: int) -> dict:
    """Time every page through the Flask stack and its bare SQL; runs in its own process."""
    from sqlalchemy import event, func, select

    from tracker.clock import today
    from tracker.extensions import db
    from tracker.tasks.models import TaskOccurrence

    from .synthetic import PASSWORD

    app = _app(url, schema)
    gc.collect()
    gc.freeze()  # as wsgi.py does for the web process
    client = app.test_client()
    response = client.post("/dang-nhap", data={"username": built["office_username"], "password": PASSWORD})
    assert response.status_code == 302, response.status_code
    with app.app_context():
        # A period whose deadlines hold about 10,000 occurrences, for the XLSX export.
        dues = db.session.scalars(select(TaskOccurrence.due_on).where(TaskOccurrence.due_on.is_not(None))
                                  .order_by(TaskOccurrence.due_on.desc()).limit(10_000)).all()
        period_from = dues[-1]
        export_rows = db.session.scalar(select(func.count()).where(TaskOccurrence.due_on >= period_from,
                                                                   TaskOccurrence.due_on <= dues[0]))
        engine = db.engine
    pages = {
        "dashboard": "/",
        "overdue": "/tong-quan/qua-han",
        "league": "/tong-quan/xep-hang",
        "agency": f"/nhiem-vu/?agency={built['busy_agency_id']}",
        "xlsx": f"/bao-cao/nhiem-vu.xlsx?due_from={period_from:%d/%m/%Y}&due_to={dues[0]:%d/%m/%Y}",
        "task list": "/nhiem-vu/",
        "directive list": "/van-ban/",
        "agency page": f"/co-quan/{built['busy_agency_id']}",
        "as of a year ago": f"/?as_of={today() - timedelta(days=365):%d/%m/%Y}",
        "reminders": "/nhac-viec/",
    }
    statements: list = []

    def record(_conn, _cursor, statement, parameters, _context, _executemany):
        statements.append((statement, parameters))

    results = {}
    for name, path in pages.items():
        count = max(3, repeats // 6) if name in SLOW_PAGES else repeats
        for _ in range(2):  # warm caches (templates, statement cache, database pages)
            assert client.get(path).status_code == 200
        times = []
        for _ in range(count):
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
        statements.clear()
        event.listen(engine, "before_cursor_execute", record)
        client.get(path)
        event.remove(engine, "before_cursor_execute", record)
        captured = list(statements)
        sql_times = []
        raw = engine.raw_connection()
        try:
            for _ in range(count):
                started = time.perf_counter()
                cursor = raw.cursor()
                for statement, parameters in captured:
                    cursor.execute(statement, parameters)
                    if cursor.description is not None:
                        cursor.fetchall()
                cursor.close()
                sql_times.append((time.perf_counter() - started) * 1000)
            raw.rollback()
        finally:
            raw.close()
        results[name] = {
            "path": path, "requests": count, "median_ms": statistics.median(times), "p95_ms": _percentile(times, 0.95),
            "sql_median_ms": statistics.median(sql_times), "statements": len(captured), "bytes": len(response.data),
        }
    # The web process's peak is read before tracing allocations, which costs memory of its own.
    results["_maxrss_mb"] = _peak_rss_mb()
    for name, path in pages.items():
        tracemalloc.start()
        client.get(path)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        results[name]["peak_python_mb"] = peak / 2**20
    results["_export_rows"] = export_rows
    results["_xlsx_writer_ms"] = openpyxl_median_ms(app, pages["xlsx"], built["office_username"], max(3, repeats // 6))
    return results


def _peak_rss_mb() -> float:
    """This process's peak resident size. Linux's VmHWM belongs to the process's own memory;
    ru_maxrss can carry the parent's peak across fork and exec, so it is the fallback only."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(database: str, built: dict, results: dict) -> str:
    """The figures as a Markdown table, with the targets."""
    lines = [
        f"### {database}",
        "",
        f"Built {built['occurrences']:,} occurrences of {built['tasks']:,} tasks with {built['updates']:,} progress "
        f"reports in {built['seconds']:.0f} s; XLSX export of {results['_export_rows']:,} rows. "
        f"Web process peak RSS: {results['_maxrss_mb']:.0f} MB (target ≤ 150 MB).",
        "",
        "| page | median ms | p95 ms | target p95 | bare SQL ms (statements) | page / SQL | peak Python MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in (*TARGETS_MS, *OTHER_PAGES):
        figures = results[name]
        target = TARGETS_MS.get(name)
        ratio = figures["median_ms"] / figures["sql_median_ms"] if figures["sql_median_ms"] else float("nan")
        lines.append(
            f"| {name} | {figures['median_ms']:.1f} | {figures['p95_ms']:.1f} | {'—' if target is None else f'≤ {target}'} "
            f"| {figures['sql_median_ms']:.1f} ({figures['statements']}) | {ratio:.1f}× | {figures['peak_python_mb']:.1f} |"
        )
    lines += ["", f"The XLSX export's rows, already in memory, take openpyxl {results['_xlsx_writer_ms']:.0f} ms "
              f"to write (median), {results['_xlsx_writer_ms'] / results['xlsx']['sql_median_ms']:.1f}× the "
              "export's bare SQL."]
    return "\n".join(lines)


def run(database_url: str | None, agencies: int, directives: int, occurrences: int, repeats: int,
        what: str = "pages") -> str:
    """Build in a scratch database (temp SQLite file, or a new PostgreSQL schema dropped after),
    measure in a child process, print and return the report."""
    from .synthetic import Scale

    scale = Scale(agencies=agencies, directives=directives, occurrences=occurrences)
    scratch = None
    schema = None
    if database_url is None or database_url.startswith("sqlite"):
        scratch = tempfile.TemporaryDirectory(prefix="tracker-bench-")
        database_url = database_url or f"sqlite:///{scratch.name}/bench.db"
    else:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin = sa.create_engine(database_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        built = build_database(database_url, schema, scale)
        child = subprocess.run(
            [sys.executable, "-m", "bench.bench", "measure", "--database-url", database_url, "--schema", schema or "",
             "--built", json.dumps(built, default=str), "--repeats", str(repeats), "--what", what],
            cwd=PROJECT_DIR, capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONPATH": str(PROJECT_DIR)},
        )
        if child.returncode != 0:
            raise click.ClickException(f"Đo thất bại:\n{child.stderr[-4000:]}")
        results = json.loads(child.stdout.strip().splitlines()[-1])
        name = "PostgreSQL" if schema else "SQLite"
        text = report_reminders(name, built, results) if what == "reminders" else report(name, built, results)
        click.echo(text)
        return text
    finally:
        if schema:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
            admin.dispose()
        if scratch:
            scratch.cleanup()


@click.group()
def cli():
    """Benchmark commands."""


@cli.command("run")
@click.option("--database-url", default=None, help="Mặc định: một tệp SQLite tạm.")
@click.option("--agencies", default=1000)
@click.option("--directives", default=2000)
@click.option("--occurrences", default=100_000)
@click.option("--repeats", default=60)
def run_command(database_url, agencies, directives, occurrences, repeats):
    """Build and measure."""
    run(database_url, agencies, directives, occurrences, repeats)


@cli.command("measure")
@click.option("--database-url", required=True)
@click.option("--schema", default="")
@click.option("--built", required=True)
@click.option("--repeats", default=60)
@click.option("--what", type=click.Choice(["pages", "reminders"]), default="pages")
def measure_command(database_url, schema, built, repeats, what):
    """(Internal) measure a built database in this fresh process; prints JSON."""
    if what == "reminders":
        results = measure_reminders(database_url, schema or None, json.loads(built))
    else:
        results = measure(database_url, schema or None, json.loads(built), repeats)
    print(json.dumps(results))


if __name__ == "__main__":
    cli()
