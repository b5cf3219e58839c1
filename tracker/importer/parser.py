"""The whole reading: text in, a Draft out (no database needed)."""

from __future__ import annotations

from dataclasses import asdict

from .clauses import split_body
from .draft import Draft
from .extract import extract_tasks
from .metadata import parse_metadata
from .text import clean


def parse_text(text: str) -> Draft:
    """Draft a directive's metadata and tasks from its text."""
    text = clean(text)
    meta = parse_metadata(text)
    body = split_body(text)
    tasks = extract_tasks(body, meta.issued_on)
    return Draft(**asdict(meta), tasks=tasks, full_text=text)
