"""The dashboard's filters, read from the query string so a view can be bookmarked and shared."""

from __future__ import annotations

from datetime import date, timedelta

from wtforms.validators import ValidationError

from ..accounts.models import Role, User
from ..clock import today
from ..forms import VietnameseDateField
from ..tasks.forms import TaskFilterForm, set_filter_choices
from ..tasks.queries import OccurrenceFilters
from ..tasks.states import TaskState
from .services import View

FILTER_ARGS = ("agency", "directive", "state", "due_from", "due_to", "as_of")


class DashboardFilterForm(TaskFilterForm):
    """The task list's filters (agency subtree, directive, state, period) and an "as of" day."""

    as_of = VietnameseDateField("Số liệu tính đến ngày")

    def validate_as_of(self, field) -> None:
        if field.data is not None and field.data > today():
            raise ValidationError("Ngày xem số liệu không được sau ngày hôm nay.")

    def validate_due_to(self, field) -> None:
        if field.data is not None and self.due_from.data is not None and field.data < self.due_from.data:
            raise ValidationError("Ngày kết thúc kỳ phải sau ngày bắt đầu.")


def filter_form(args, user: User) -> DashboardFilterForm:
    """The filter form with the agencies and directives the user may choose, validated."""
    form = DashboardFilterForm(args)
    set_filter_choices(form, args, user)
    form.validate()
    return form


def view_from(form: DashboardFilterForm, today_: date, soon_days: int) -> View:
    """The View the form describes; a field in error is left out."""
    def valid(field):
        return None if field.errors else field.data

    filters = OccurrenceFilters(
        agency_id=_int_or_none(valid(form.agency)),
        state=TaskState(form.state.data) if valid(form.state) else None,
        directive_id=_int_or_none(valid(form.directive)),
        due_from=valid(form.due_from),
        due_to=valid(form.due_to),
    )
    return View(filters=filters, today=today_, soon_days=soon_days, as_of=valid(form.as_of))


def scope_agency_id(user: User, view: View) -> int | None:
    """The agency the league table opens under: the filter's, else the user's own (admins: none)."""
    if view.filters.agency_id is not None:
        return view.filters.agency_id
    return None if user.role is Role.ADMIN else user.agency_id


def period_presets(day: date) -> list[tuple[str, date, date]]:
    """Ready-made periods around `day`: this month, this quarter, this year, last year."""
    month_end = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    quarter_first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    quarter_end = (quarter_first.replace(day=28) + timedelta(days=65)).replace(day=1) - timedelta(days=1)
    return [
        (f"Tháng {day.month}/{day.year}", day.replace(day=1), month_end),
        (f"Quý {(day.month - 1) // 3 + 1}/{day.year}", quarter_first, quarter_end),
        (f"Năm {day.year}", date(day.year, 1, 1), date(day.year, 12, 31)),
        (f"Năm {day.year - 1}", date(day.year - 1, 1, 1), date(day.year - 1, 12, 31)),
    ]


def query_args(args, **changes) -> dict:
    """The filter arguments of the request with some changed (None removes one)."""
    kept = {name: args[name] for name in FILTER_ARGS if args.get(name)}
    for name, value in changes.items():
        if value is None:
            kept.pop(name, None)
        else:
            kept[name] = value
    return kept


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None
