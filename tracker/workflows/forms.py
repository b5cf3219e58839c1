"""Forms of the workflows: contribution, extension request and decision, completion decision."""

from flask_wtf import FlaskForm
from wtforms import RadioField, TextAreaField
from wtforms.fields import SelectChoice
from wtforms.validators import InputRequired, Length, Optional

from ..forms import VietnameseDateField, required_date

NOTE_LIMIT = Length(max=4000, message="Nội dung không quá 4000 ký tự.")


class ContributionForm(FlaskForm):
    note = TextAreaField("Ý kiến phối hợp", validators=[InputRequired("Nội dung không được để trống."), NOTE_LIMIT])


class ExtensionRequestForm(FlaskForm):
    proposed_due_on = VietnameseDateField("Thời hạn đề nghị (dd/mm/yyyy)", validators=[required_date])
    reason = TextAreaField("Lý do xin gia hạn", validators=[InputRequired("Cần nêu lý do xin gia hạn."), NOTE_LIMIT])


class DecisionForm(FlaskForm):
    """Approve or reject an extension; confirm or return a completion report."""

    decision = RadioField(
        "Quyết định",
        choices=[SelectChoice("approve", "Đồng ý"), SelectChoice("reject", "Không đồng ý / trả lại")],
        validators=[InputRequired("Vui lòng chọn quyết định.")],
    )
    note = TextAreaField("Ý kiến, lý do", validators=[Optional(), NOTE_LIMIT])
