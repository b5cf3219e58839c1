"""Composing reminder digests and urging mails (HTML and plain text, in Vietnamese)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import current_app, render_template

from .planner import DigestLine

SECTIONS = (
    ("overdue", "Nhiệm vụ quá hạn"),
    ("due_today", "Nhiệm vụ đến hạn hôm nay"),
    ("upcoming", "Nhiệm vụ sắp đến hạn"),
)


@dataclass(frozen=True)
class Composed:
    subject: str
    text: str
    html: str


def compose_digest(lines: list[DigestLine], day: date) -> Composed:
    """One mail listing a recipient's tasks: overdue first (most late first), then today, then upcoming."""
    unique = {line.occurrence_id: line for line in lines}.values()
    sections = [
        (title, sorted((l for l in unique if l.section == key), key=lambda l: (l.days_left, l.due_on, l.occurrence_id)))
        for key, title in SECTIONS
    ]
    sections = [(title, items) for title, items in sections if items]
    overdue = sum(len(items) for title, items in sections if title == SECTIONS[0][1])
    subject = f"[Nhắc việc {day:%d/%m/%Y}] {sum(len(i) for _, i in sections)} nhiệm vụ cần theo dõi"
    if overdue:
        subject += f", {overdue} quá hạn"
    return _render("reminder_digest", subject, sections=sections, day=day)


def compose_urge(lines: list[DigestLine], note: str, sender_name: str, day: date) -> Composed:
    """The provincial office's urging (đôn đốc) about one task or an agency's overdue tasks."""
    subject = f"[Đôn đốc] {len(lines)} nhiệm vụ cần khẩn trương thực hiện"
    ordered = sorted(lines, key=lambda l: (l.days_left, l.occurrence_id))
    return _render("urge", subject, lines=ordered, note=note, sender_name=sender_name, day=day)


def _render(template: str, subject: str, **context) -> Composed:
    # Links in mail need the public address; outside a request Flask knows no host.
    with current_app.test_request_context(base_url=current_app.config["PUBLIC_BASE_URL"]):
        text = render_template(f"email/{template}.txt", subject=subject, **context)
        html = render_template(f"email/{template}.html", subject=subject, **context)
    return Composed(subject, text, html)
