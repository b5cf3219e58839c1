"""Form fields shared by several features."""

from datetime import date, datetime

from markupsafe import Markup, escape
from wtforms import IntegerField, SelectField, StringField
from wtforms.validators import ValidationError
from wtforms.fields.choices import Choice, SelectChoice
from wtforms.widgets import Select, html_params

DATE_FORMAT = "%d/%m/%Y"


class VietnameseDateField(StringField):
    """A date typed as dd/mm/yyyy; a bad value gives a Vietnamese message."""

    def process_formdata(self, valuelist):
        self.data = None
        self.raw = (valuelist[0] if valuelist else "").strip()
        if not self.raw:
            return
        try:
            self.data = datetime.strptime(self.raw, DATE_FORMAT).date()
        except ValueError:
            self.data = None
            raise ValueError("Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.")

    def _value(self) -> str:
        if isinstance(self.data, date):
            return self.data.strftime(DATE_FORMAT)
        return getattr(self, "raw", "") or ""


def required_date(form, field):
    """A VietnameseDateField that must be filled in."""
    if field.data is None and not field.errors:
        raise ValidationError("Vui lòng nhập ngày (dd/mm/yyyy).")


class VietnameseIntegerField(IntegerField):
    """An integer field whose parse error is in Vietnamese."""

    def process_formdata(self, valuelist):
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError("Vui lòng nhập một số nguyên.")


INVALID_CHOICE = "Lựa chọn không hợp lệ."


class QuickSelect(Select):
    """wtforms' select, drawn in one pass over the choices. The filters of every list offer a
    province's departments and its newest directives, hundreds of options: wtforms' own widget
    builds three objects per option and costs more than the page's queries."""

    def __call__(self, field, **kwargs):
        if field.has_groups():
            return super().__call__(field, **kwargs)
        kwargs.setdefault("id", field.id)
        if self.multiple:
            kwargs["multiple"] = True
        if field.flags.required and "required" not in kwargs:
            kwargs["required"] = True
        chosen = set(field.data or ()) if self.multiple else {field.data}
        options = []
        for choice in map(SelectChoice.from_input, field.choices or ()):
            if choice.render_kw or isinstance(choice.value, bool):
                options.append(self.render_option(Choice(choice.value, choice.label, field.coerce(choice.value) in chosen,
                                                         choice.render_kw)))
                continue
            selected = " selected" if field.coerce(choice.value) in chosen else ""
            options.append(f'<option value="{escape(choice.value)}"{selected}>{escape(choice.label)}</option>')
        return Markup(f"<select {html_params(name=field.name, **kwargs)}>{''.join(options)}</select>")


class VietnameseSelectField(SelectField):
    """A select whose errors read in Vietnamese: a value that is not offered, or one the field
    cannot even read (a number expected), both as INVALID_CHOICE."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("invalid_choice_message", INVALID_CHOICE)
        super().__init__(*args, **kwargs)

    def process_formdata(self, valuelist):
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError(INVALID_CHOICE) from None


class ManyChoicesField(VietnameseSelectField):
    """A select of hundreds of options (a province's agencies, its directives): drawn by
    QuickSelect and checked against a set, where wtforms builds an object per option."""

    widget = QuickSelect()

    def pre_validate(self, form):
        if self.process_errors or not self.validate_choice:
            return
        if self.choices is None:
            raise TypeError("Choices cannot be None.")
        values = {self.coerce(SelectChoice.from_input(choice).value) for choice in self.choices}
        if self.data not in values:
            raise ValidationError(self.invalid_choice_message)
