"""Forms of the tasks feature: the progress update and the list filters."""

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import SelectMultipleField, StringField, TextAreaField
from wtforms.fields import SelectChoice
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from ..forms import (INVALID_CHOICE, ManyChoicesField, QuickSelect, VietnameseDateField, VietnameseIntegerField,
                     VietnameseSelectField, required_date)
from .models import WorkStatus
from .states import TaskState

ALL = SelectChoice("", "Tất cả")


class ProgressForm(FlaskForm):
    """What an agency reports on an occurrence."""

    status = VietnameseSelectField(
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
    note = TextAreaField(
        "Nội dung báo cáo",
        validators=[InputRequired("Nội dung báo cáo không được để trống."), Length(max=4000, message="Không quá 4000 ký tự.")],
    )
    attachment = FileField("Tệp đính kèm (pdf, docx, xlsx, doc, xls, odt, jpg, png)")


class TaskFilterForm(FlaskForm):
    """The filters of the task list, read from the query string so a view can be bookmarked."""

    class Meta:
        csrf = False

    agency = ManyChoicesField("Cơ quan chủ trì", coerce=str, validators=[Optional()])
    state = VietnameseSelectField(
        "Trạng thái",
        choices=[ALL] + [SelectChoice(state.value, state.label) for state in TaskState],
        validators=[Optional()],
    )
    directive = ManyChoicesField("Văn bản", coerce=str, validators=[Optional()])
    due_from = VietnameseDateField("Hạn từ ngày")
    due_to = VietnameseDateField("đến ngày")


class TaskForm(FlaskForm):
    """What the provincial office sets on a task: text, lead and cooperating agencies, deadline."""

    clause = StringField("Mục", validators=[InputRequired("Vui lòng nhập mục."), Length(max=40, message="Không quá 40 ký tự.")])
    summary = StringField(
        "Tóm tắt nhiệm vụ", validators=[InputRequired("Vui lòng nhập tóm tắt."), Length(max=500, message="Không quá 500 ký tự.")]
    )
    clause_text = TextAreaField("Nội dung trích từ văn bản", validators=[Length(max=20000, message="Quá dài.")])
    lead_agency = ManyChoicesField("Cơ quan chủ trì")
    cooperating_agencies = SelectMultipleField("Cơ quan phối hợp", invalid_choice_message=INVALID_CHOICE,
                                               widget=QuickSelect(multiple=True))
    due_on = VietnameseDateField("Thời hạn (dd/mm/yyyy; để trống nếu thường xuyên)")
    target = StringField("Chỉ tiêu", validators=[Length(max=255, message="Không quá 255 ký tự.")])
    reason = StringField("Lý do thay đổi (khi đổi cơ quan chủ trì hoặc thời hạn)", validators=[Length(max=500, message="Không quá 500 ký tự.")])


def set_filter_choices(form: TaskFilterForm, args, user) -> None:
    """Fill the agency and directive filters with what the user may choose (and has chosen)."""
    from ..accounts.permissions import visible_agency_ids
    from ..agencies.services import agency_filter_choices
    from ..directives.services import directive_filter_choices

    form.agency.choices = [ALL] + [
        SelectChoice(str(agency_id), name)
        for agency_id, name in agency_filter_choices(visible_agency_ids(user), args.get("agency", type=int))
    ]
    form.directive.choices = [ALL] + [
        SelectChoice(str(directive_id), title)
        for directive_id, title in directive_filter_choices(user, args.get("directive", type=int))
    ]
