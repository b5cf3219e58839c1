"""`flask directives import FILE [--dry-run]`, `flask directives score` and `flask directives bench`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from .. import PROJECT_DIR
from ..clock import today
from ..extensions import db
from .draft import to_annotation
from .reading import ImportInputError
from .score_changes import scoring_report
from .services import ImportSaveError, draft_from_upload, province_for, save_draft

directives = AppGroup("directives", help="Văn bản chỉ đạo: nhập từ tệp, chấm điểm bộ đọc.")


def register(app: Flask) -> None:
    """Add the `flask directives ...` commands."""
    app.cli.add_command(directives)


@directives.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Chỉ in bản nháp (JSON), không lưu.")
@click.option("--create-agencies", is_flag=True, help="Tạo các cơ quan chưa có trong hệ thống.")
def import_command(path: Path, dry_run: bool, create_agencies: bool):
    """Read a directive file (.txt, .docx, .pdf); print its draft or save it."""
    try:
        draft = draft_from_upload(path.name, path.read_bytes(), current_app.config.get("IMPORT_MAX_BYTES", 10 * 1024 * 1024))
    except ImportInputError as error:
        raise click.ClickException(str(error)) from error
    if dry_run:
        click.echo(json.dumps(to_annotation(draft), ensure_ascii=False, indent=2))
        return
    try:
        directive = save_draft(draft, province=province_for(draft), create_missing=create_agencies, today=today())
    except ImportSaveError as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Đã lưu {directive.title} với {len(directive.tasks)} nhiệm vụ.")


@directives.command("score")
@click.option("--verbose", is_flag=True, help="In cả từng chỗ sai.")
@click.option("--heldout", type=click.Path(file_okay=False, path_type=Path),
              help="Thư mục chứa văn bản của các chỉ thị thật trong tests/heldout/.")
@click.option("--save", "save_to", type=click.Path(dir_okay=False, path_type=Path),
              help="Ghi số liệu từng văn bản vào tệp JSON này, để so với lần chấm sau.")
@click.option("--against", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="So với tệp một lần chấm trước đã ghi (--save): văn bản nào tốt lên, văn bản nào kém đi.")
def score_command(verbose: bool, heldout: Path | None, save_to: Path | None, against: Path | None):
    """Score the importer against the gold annotations (seeds, unseen-style fixtures, held-out)."""
    click.echo(scoring_report(verbose, heldout, save_to, against))


@directives.command("bench")
@click.option("--heldout", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Thư mục chứa văn bản của các chỉ thị thật trong tests/heldout/.")
@click.option("--repeats", default=3, show_default=True, help="Đọc mỗi văn bản bấy nhiêu lần, lấy lần nhanh nhất.")
def bench_command(heldout: Path | None, repeats: int):
    """Time the importer on the seeds, the fixtures and (optionally) the held-out texts."""
    if str(PROJECT_DIR) not in sys.path:
        sys.path.insert(0, str(PROJECT_DIR))
    from bench.importer import measure_importer, report_importer

    click.echo(report_importer(measure_importer(heldout, repeats)))
