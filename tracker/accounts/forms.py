"""Forms of the accounts feature: sign-in, password reset and change, the admin's account form."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, StringField
from wtforms.fields import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, Optional

from ..forms import VietnameseSelectField
from .models import Role
from .services import MIN_PASSWORD_LENGTH

PASSWORD_LENGTH = Length(min=MIN_PASSWORD_LENGTH, message=f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.")
PASSWORDS_MATCH = EqualTo("password", message="Hai lần nhập mật khẩu mới không khớp nhau.")


class LoginForm(FlaskForm):
    """Username and password."""

    username = StringField("Tên đăng nhập", validators=[DataRequired("Vui lòng nhập tên đăng nhập.")])
    password = PasswordField("Mật khẩu", validators=[DataRequired("Vui lòng nhập mật khẩu.")])


class ForgotPasswordForm(FlaskForm):
    """Who forgot their password."""

    identifier = StringField(
        "Tên đăng nhập hoặc địa chỉ thư điện tử",
        validators=[DataRequired("Vui lòng nhập tên đăng nhập hoặc địa chỉ thư điện tử."), Length(max=255)],
    )


class ResetPasswordForm(FlaskForm):
    """A new password, typed twice."""

    password = PasswordField("Mật khẩu mới", validators=[DataRequired("Vui lòng nhập mật khẩu mới."), PASSWORD_LENGTH])
    confirmation = PasswordField("Nhập lại mật khẩu mới", validators=[DataRequired("Vui lòng nhập lại mật khẩu mới."), PASSWORDS_MATCH])


class ChangePasswordForm(ResetPasswordForm):
    """The current password, then a new one typed twice."""

    current_password = PasswordField("Mật khẩu hiện tại", validators=[DataRequired("Vui lòng nhập mật khẩu hiện tại.")])


def _agency_id(value):
    # The select's options are ids; "" is "no agency". A forged id is refused by the service.
    return None if value in ("", None) else int(value)


class UserForm(FlaskForm):
    """An account as the admin edits it; the username and password only when creating."""

    username = StringField("Tên đăng nhập", validators=[Optional(), Length(max=80, message="Không quá 80 ký tự.")])
    password = PasswordField("Mật khẩu ban đầu", validators=[Optional(), PASSWORD_LENGTH])
    full_name = StringField("Họ tên", validators=[DataRequired("Vui lòng nhập họ tên."), Length(max=120, message="Không quá 120 ký tự.")])
    email = StringField("Thư điện tử", validators=[Optional(), Length(max=255, message="Không quá 255 ký tự.")])
    role = VietnameseSelectField("Vai trò", choices=[SelectChoice(role.value, role.label) for role in Role])
    agency_id = VietnameseSelectField("Cơ quan", coerce=_agency_id, validate_choice=False)
    active = BooleanField("Được đăng nhập", default=True)

    def set_agency_options(self, agencies) -> None:
        """The agencies to choose from (the service refuses any other id)."""
        self.agency_id.choices = [SelectChoice("", "— Không gắn cơ quan —")] + [
            SelectChoice(agency.id, agency.name) for agency in agencies
        ]
