"""Forms of the tasks feature: the progress update and the list filters."""

from flask_wtf import FlaskForm
from wtforms import SelectField, TextAreaField
from wtforms.fields import SelectChoice
from wtforms.validators import InputRequired, NumberRange, Optional

from ..forms import VietnameseDateField, VietnameseIntegerField, required_date
from .models import WorkStatus
from .states import TaskState

ALL = SelectChoice("", "Tất cả")


class ProgressForm(FlaskForm):
    """What an agency reports on an occurrence."""

    status = SelectField(
        "Tình trạng",
        choices=[SelectChoice(WorkStatus.IN_PROGRESS.value, "Đang thực hiện"), SelectChoice(WorkStatus.DONE.value, "Đã hoàn thành")],
    )
    percent = VietnameseIntegerField(
        "Tỷ lệ hoàn thành (%)",
        default=0,
        validators=[
            InputRequired("Vui lòng nhập tỷ lệ hoàn thành."),
            NumberRange(0, 100, "Tỷ lệ hoàn thành phải từ 0 đến 100%%."),
        ],
    )
    reported_on = VietnameseDateField("Ngày báo cáo (dd/mm/yyyy)", validators=[required_date])
    note = TextAreaField("Nội dung báo cáo", validators=[InputRequired("Nội dung báo cáo không được để trống.")])


class TaskFilterForm(FlaskForm):
    """The filters of the task list, read from the query string so a view can be bookmarked."""

    class Meta:
        csrf = False

    agency = SelectField("Cơ quan chủ trì", coerce=str, validators=[Optional()])
    state = SelectField(
        "Trạng thái",
        choices=[ALL] + [SelectChoice(state.value, state.label) for state in TaskState],
        validators=[Optional()],
    )
    directive = SelectField("Văn bản", coerce=str, validators=[Optional()])
    due_from = VietnameseDateField("Hạn từ ngày")
    due_to = VietnameseDateField("đến ngày")
