"""Hints for the query planners, written the way each database reads them best.

SQLite's ANALYZE records only the average number of rows per value: with three statuses it
believes "open" (pending, in progress, reported) is three quarters of the table, when in a
province's five years it is a tenth (`rarely`). PostgreSQL measures the spread itself, but a
condition "x IN (subquery)" inside an OR keeps it from using an index for either side
(`in_values_of`).
"""

from __future__ import annotations

from sqlalchemy import Select
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


class values_in(FunctionElement):  # noqa: N801 - used like a SQL function
    """`column IN (subquery)`; on PostgreSQL `column = ANY(ARRAY(subquery))`, whose subquery runs
    once before the scan, so the condition can be an index's, also as one side of an OR."""

    inherit_cache = True  # no Boolean type, as with `seldom`: SQLite would get "... = 1"
    name = "values_in"


@compiles(values_in)
def _in_subquery(element, compiler, **kw):
    column, subquery = list(element.clauses)
    return f"{compiler.process(column, **kw)} IN {compiler.process(subquery, **kw)}"


@compiles(values_in, "postgresql")
def _any_array(element, compiler, **kw):
    column, subquery = list(element.clauses)
    return f"{compiler.process(column, **kw)} = ANY(ARRAY{compiler.process(subquery, **kw)})"


def in_values_of(column: ColumnElement, subquery: Select) -> ColumnElement[bool]:
    """Whether `column` is one of the values the one-column `subquery` gives."""
    # A scalar subquery is how a SELECT travels as an argument; it is written in brackets.
    return values_in(column, subquery.scalar_subquery())
