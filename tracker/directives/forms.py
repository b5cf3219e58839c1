"""The directive form of the provincial office."""

from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.fields import SelectChoice
from wtforms.validators import InputRequired, Length, Optional

from ..forms import ManyChoicesField, VietnameseDateField, VietnameseSelectField
from .models import DirectiveKind


class DirectiveForm(FlaskForm):
    kind = VietnameseSelectField("Loại văn bản", choices=[SelectChoice(k.value, k.label) for k in DirectiveKind])
    symbol = StringField("Số, ký hiệu", validators=[Optional(), Length(max=60, message="Không quá 60 ký tự.")])
    issuer = ManyChoicesField("Cơ quan ban hành")
    issued_on = VietnameseDateField("Ngày ban hành (dd/mm/yyyy)")
    subject = TextAreaField("Trích yếu", validators=[InputRequired("Vui lòng nhập trích yếu."), Length(max=2000, message="Quá dài.")])
    signer = StringField("Người ký", validators=[Length(max=120, message="Không quá 120 ký tự.")])
    supervisor_name = StringField("Lãnh đạo phụ trách", validators=[Length(max=120, message="Không quá 120 ký tự.")])
    supervisor_email = StringField("Thư lãnh đạo phụ trách (nhận thư báo quá hạn)", validators=[Length(max=255, message="Quá dài.")])
    full_text = TextAreaField("Toàn văn", validators=[Length(max=500_000, message="Văn bản quá dài.")])
