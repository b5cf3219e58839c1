"""A request's change as one transaction: committed whole, or rolled back whole with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .extensions import db


@dataclass
class Change:
    """What became of a change: `error` is the refusal that undid it (None when committed)."""

    error: Exception | None = None

    @property
    def committed(self) -> bool:
        return self.error is None

    @property
    def message(self) -> str:
        return str(self.error) if self.error is not None else ""


@contextmanager
def one_change(*refusals: type[Exception]) -> Iterator[Change]:
    """Run a service step: commit what it wrote, or, when it refuses with one of `refusals` (its
    Vietnamese message for the user), roll everything back, so nothing is half-written. Other
    exceptions propagate (and the request's session is rolled back by Flask-SQLAlchemy)."""
    change = Change()
    try:
        yield change
    except refusals as error:
        db.session.rollback()
        change.error = error
    else:
        db.session.commit()
