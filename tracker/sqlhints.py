"""Hints for SQLite's query planner, which keeps no statistics of how values are spread.

SQLite's ANALYZE records only the average number of rows per value: with three statuses it
believes "open" (pending, in progress, reported) is three quarters of the table, when in a
province's five years it is a tenth. PostgreSQL measures the spread itself and needs no hint.
"""

from __future__ import annotations

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FunctionElement


class seldom(FunctionElement):  # noqa: N801 - used like a SQL function
    """A condition that few rows meet: SQLite's `unlikely(...)`, the bare condition elsewhere."""

    # No Boolean type: SQLAlchemy would write "unlikely(...) = 1", which hides the condition
    # from the planner.
    inherit_cache = True
    name = "seldom"


@compiles(seldom)
def _plain(element, compiler, **kw):
    return compiler.process(list(element.clauses)[0], **kw)


@compiles(seldom, "sqlite")
def _unlikely(element, compiler, **kw):
    return f"unlikely({compiler.process(list(element.clauses)[0], **kw)})"


def rarely(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Mark `condition` as true of few rows, so SQLite searches its index instead of scanning."""
    return seldom(condition)
