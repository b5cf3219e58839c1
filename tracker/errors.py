"""Error pages in Vietnamese."""

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError

MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    403: "Bạn không có quyền truy cập trang này.",
    404: "Không tìm thấy trang hoặc dữ liệu yêu cầu.",
    413: "Tệp hoặc nội dung gửi lên quá lớn.",
    429: "Có quá nhiều yêu cầu từ địa chỉ của bạn; vui lòng chờ một phút rồi thử lại.",
    500: "Hệ thống gặp lỗi, vui lòng thử lại sau.",
}


CSRF_MESSAGE = "Biểu mẫu đã hết hạn hoặc thiếu mã bảo vệ; vui lòng tải lại trang và gửi lại."


def register(app: Flask) -> None:
    """One Vietnamese page per error code, and one for a missing or stale CSRF token."""
    for code, message in MESSAGES.items():
        app.register_error_handler(code, _handler(code, message))
    app.register_error_handler(CSRFError, _handler(400, CSRF_MESSAGE))


def _handler(code: int, message: str):
    def handle(error):
        return render_template("error.html", code=code, message=message), code

    return handle
