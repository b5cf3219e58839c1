"""Forms of the reminders feature: the policy, urging, and calendar days."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, StringField, TextAreaField
from wtforms.fields import SelectChoice
from wtforms.validators import Length, NumberRange, Optional, ValidationError

from ..forms import VietnameseDateField, VietnameseIntegerField, VietnameseSelectField, required_date


def _working_day_list(form, field):
    try:
        days = [int(part) for part in field.data.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        raise ValidationError("Nhập các số ngày làm việc, cách nhau bởi dấu phẩy (ví dụ: 7, 3, 1).")
    if any(day <= 0 or day > 60 for day in days):
        raise ValidationError("Mỗi mốc nhắc phải từ 1 đến 60 ngày làm việc.")
    field.days = sorted(set(days), reverse=True)


class PolicyForm(FlaskForm):
    """When reminders go out."""

    before_working_days = StringField("Nhắc trước hạn (số ngày làm việc, cách nhau bởi dấu phẩy)", validators=[_working_day_list])
    on_due_day = BooleanField("Nhắc vào ngày đến hạn")
    office_after_working_days = VietnameseIntegerField(
        "Báo Văn phòng UBND sau hạn (ngày làm việc)", validators=[Optional(), NumberRange(1, 60, "Từ 1 đến 60 ngày.")]
    )
    leader_after_working_days = VietnameseIntegerField(
        "Báo lãnh đạo phụ trách sau hạn (ngày làm việc)", validators=[Optional(), NumberRange(1, 60, "Từ 1 đến 60 ngày.")]
    )
    repeat_every_days = VietnameseIntegerField(
        "Sau đó nhắc lại mỗi (ngày)", validators=[Optional(), NumberRange(1, 90, "Từ 1 đến 90 ngày.")]
    )


class UrgeForm(FlaskForm):
    """The provincial office's own words to go with an urging."""

    note = TextAreaField("Ý kiến đôn đốc", validators=[Length(max=2000, message="Không quá 2000 ký tự.")])


class CalendarDayForm(FlaskForm):
    """An extra day off, or a weekend day that is worked."""

    day = VietnameseDateField("Ngày (dd/mm/yyyy)", validators=[required_date])
    is_day_off = VietnameseSelectField(
        "Loại", choices=[SelectChoice("1", "Ngày nghỉ thêm"), SelectChoice("0", "Ngày làm việc bù (thứ Bảy, Chủ nhật)")]
    )
    note = StringField("Ghi chú", validators=[Length(max=255, message="Không quá 255 ký tự.")])
