"""`flask bench`: the dashboard's benchmark at a province's scale (bench/bench.py does the work)."""

from __future__ import annotations

import sys

import click
from flask import Flask

from .. import PROJECT_DIR


@click.command("bench")
@click.option("--database-url", default=None, help="SQLAlchemy URL; mặc định một tệp SQLite tạm. PostgreSQL: một schema mới, xóa sau khi đo.")
@click.option("--agencies", default=1000, show_default=True)
@click.option("--directives", default=2000, show_default=True)
@click.option("--occurrences", default=100_000, show_default=True)
@click.option("--repeats", default=60, show_default=True, help="Số lần gọi mỗi trang.")
@click.option("--what", type=click.Choice(["pages", "reminders"]), default="pages", show_default=True,
              help="pages: tổng quan, danh sách, xuất Excel; reminders: một lần chạy nhắc việc.")
def bench_command(database_url, agencies, directives, occurrences, repeats, what):
    """Build a synthetic province and time the dashboard, lists and exports, or a reminder run."""
    if str(PROJECT_DIR) not in sys.path:
        sys.path.insert(0, str(PROJECT_DIR))
    from bench.bench import run

    run(database_url, agencies, directives, occurrences, repeats, what)


def register(app: Flask) -> None:
    app.cli.add_command(bench_command)
