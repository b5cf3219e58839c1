"""A request's change is committed whole or undone whole."""

import pytest
from sqlalchemy import func, select

from tracker.agencies.models import Agency
from tracker.extensions import db
from tracker.transactions import one_change

from .factories import make_agency


class Refused(Exception):
    pass


def _agencies() -> int:
    return db.session.scalar(select(func.count()).select_from(Agency))


def test_a_change_is_committed(db):
    with one_change(Refused) as change:
        make_agency("Sở Y tế")
    db.session.rollback()  # nothing left to undo: it was committed
    assert change.committed and change.message == "" and _agencies() == 1


def test_a_refused_change_writes_nothing_and_keeps_its_message(db):
    with one_change(Refused) as change:
        make_agency("Sở Y tế")
        raise Refused("Cơ quan đã có.")
    assert not change.committed and change.message == "Cơ quan đã có." and _agencies() == 0


def test_an_unexpected_error_is_not_swallowed(db):
    with pytest.raises(KeyError):
        with one_change(Refused):
            raise KeyError("lỗi lập trình")
