"""Shared form fields: the quick select draws what wtforms' own select draws."""

from html.parser import HTMLParser

import pytest
from werkzeug.datastructures import MultiDict
from wtforms import Form, SelectField, SelectMultipleField
from wtforms.fields import SelectChoice

from tracker.forms import QuickSelect

CHOICES = [SelectChoice("", "Tất cả"), SelectChoice("1", "Sở <Y tế> & BHXH"), SelectChoice("2", "UBND \"huyện\""),
           SelectChoice("3", "Khóa", {"disabled": True})]


class Options(HTMLParser):
    """The options of a rendered select: (value, label, selected, disabled)."""

    def __init__(self, html: str):
        super().__init__()
        self.options, self._open = [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "option":
            attrs = dict(attrs)
            self._open = [attrs.get("value"), "", "selected" in attrs, "disabled" in attrs]

    def handle_data(self, data):
        if self._open is not None:
            self._open[1] += data

    def handle_endtag(self, tag):
        if tag == "option":
            self.options.append(tuple(self._open))
            self._open = None


class Both(Form):
    quick = SelectField(choices=CHOICES, widget=QuickSelect())
    plain = SelectField(choices=CHOICES)
    quick_many = SelectMultipleField(choices=CHOICES, widget=QuickSelect(multiple=True))
    plain_many = SelectMultipleField(choices=CHOICES)


@pytest.mark.parametrize("chosen", [[], ["1"], ["2", "3"]])
def test_quick_select_draws_the_same_options_as_wtforms(chosen):
    data = MultiDict([(name, value) for value in chosen for name in ("quick_many", "plain_many")])
    if chosen:
        data.add("quick", chosen[0])
        data.add("plain", chosen[0])
    form = Both(data)
    assert Options(form.quick()).options == Options(form.plain()).options
    assert Options(form.quick_many()).options == Options(form.plain_many()).options
    assert "&lt;Y tế&gt; &amp; BHXH" in form.quick() and 'multiple' in form.quick_many()
    assert [option[0] for option in Options(form.quick_many()).options if option[2]] == chosen


def test_many_choices_field_accepts_its_options_and_refuses_others():
    from tracker.forms import ManyChoicesField

    class Filter(Form):
        agency = ManyChoicesField(choices=CHOICES, invalid_choice_message="Lựa chọn không hợp lệ.")

    assert Filter(MultiDict([("agency", "2")])).validate()
    assert Filter(MultiDict([("agency", "")])).validate()  # "Tất cả"
    refused = Filter(MultiDict([("agency", "99")]))
    assert not refused.validate() and refused.agency.errors == ["Lựa chọn không hợp lệ."]
    assert 'value="2" selected' in Filter(MultiDict([("agency", "2")])).agency()
