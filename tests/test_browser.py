"""What a person clicks, in headless Chromium: sign in, open a directive, report progress."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.accounts.models import Role
from tracker.extensions import db

from .conftest import ARTIFACTS
from .factories import PASSWORD, make_agency, make_directive, make_task, make_user

pytestmark = pytest.mark.browser


def test_agency_head_reports_progress_from_the_directive_page(app, live_server, browser, frozen_day):
    frozen_day(date(2020, 11, 16))
    province = make_agency("Ủy ban nhân dân tỉnh Long An", short_name="UBND tỉnh Long An")
    bhxh = make_agency("Bảo hiểm xã hội tỉnh Long An", short_name="BHXH tỉnh Long An", parent=province)
    directive = make_directive(province, symbol="6880/UBND-VHXH", issued_on=date(2020, 11, 12),
                               subject="Triển khai thực hiện lộ trình BHYT toàn dân")
    make_task(directive, bhxh, clause="3", summary="Tổng hợp, báo cáo trình UBND tỉnh", due_on=date(2020, 11, 17),
              today=date(2020, 11, 16))
    head = make_user(Role.AGENCY_HEAD, bhxh)
    db.session.commit()

    page = browser.new_page()
    page.goto(f"{live_server}/")
    page.fill("#username", head.username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.click("nav >> text=Văn bản")
    page.click("text=6880/UBND-VHXH")
    assert page.locator("h1").inner_text() == "Công văn 6880/UBND-VHXH"
    page.click("text=Tổng hợp, báo cáo trình UBND tỉnh")
    assert page.locator("[data-state]").first.inner_text() == "Sắp đến hạn"

    page.select_option("#status", "done")
    page.fill("#reported_on", "16/11/2020")
    page.fill("#note", "Đã tổng hợp báo cáo của 15 huyện và trình UBND tỉnh.")
    page.click("text=Gửi báo cáo tiến độ")

    assert "Đã ghi nhận báo cáo tiến độ." in page.locator(".flash").inner_text()
    history = page.locator(".history").inner_text()
    assert "Đã tổng hợp báo cáo của 15 huyện và trình UBND tỉnh." in history
    assert "16/11/2020" in history and "Hoàn thành" in history
    assert page.locator("#occurrence [data-state]").first.inner_text() == "Hoàn thành đúng hạn"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "progress-update.png"), full_page=True)
