"""In headless Chromium: the pages work under the Content-Security-Policy, and an admin creates an account."""

from __future__ import annotations

import pytest

from tracker.accounts.models import Role, User
from tracker.extensions import db

from .factories import PASSWORD, make_agency, make_user
from .test_browser import ARTIFACTS

pytestmark = pytest.mark.browser


def test_admin_creates_an_account_and_the_policy_blocks_nothing(app, live_server, browser):  # noqa: F811
    agency = make_agency("Sở Y tế tỉnh Long An", short_name="SYT Long An")
    admin = make_user(Role.ADMIN)
    db.session.commit()
    page = browser.new_page()
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)

    page.goto(f"{live_server}/dang-nhap")
    assert page.locator("text=Quên mật khẩu?").is_visible()
    page.fill("#username", admin.username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.click("nav >> text=Tài khoản")
    page.click("text=Tạo tài khoản")
    page.fill("#username", "chuyenvien.syt")
    page.fill("#password", "mat-khau-ban-dau")
    page.fill("#full_name", "Nguyễn Văn C")
    page.fill("#email", "c@syt.example.vn")
    page.select_option("#role", "agency_officer")
    page.select_option("#agency_id", str(agency.id))
    page.click("main button[type=submit]")

    assert "Đã tạo tài khoản chuyenvien.syt." in page.locator(".flash").inner_text()
    row = page.locator('tr[data-username="chuyenvien.syt"]').inner_text()
    assert "SYT Long An" in row and "Chuyên viên cơ quan" in row
    # The stylesheet applied: the top bar has its colour, so CSP let the local CSS through.
    assert page.locator(".topbar").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(164, 22, 26)"
    assert violations == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "accounts-admin.png"), full_page=True)
    assert db.session.scalar(db.select(User).where(User.username == "chuyenvien.syt")).agency_id == agency.id
