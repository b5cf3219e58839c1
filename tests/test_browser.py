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
    history = page.locator("#reports").inner_text()
    assert "Đã tổng hợp báo cáo của 15 huyện và trình UBND tỉnh." in history
    assert "16/11/2020" in history and "Báo cáo hoàn thành" in history
    # The provincial office has yet to confirm it: the task awaits confirmation.
    assert page.locator("#awaiting").inner_text() == "Chờ xác nhận hoàn thành"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "progress-update.png"), full_page=True)


def _sign_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/dang-nhap")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")


def test_extension_requested_by_the_agency_and_approved_by_the_office(app, live_server, browser, frozen_day):
    frozen_day(date(2020, 11, 16))
    province = make_agency("Ủy ban nhân dân tỉnh Long An", short_name="UBND tỉnh Long An")
    bhxh = make_agency("Bảo hiểm xã hội tỉnh Long An", short_name="BHXH tỉnh Long An", parent=province)
    directive = make_directive(province, symbol="6880/UBND-VHXH", issued_on=date(2020, 11, 12))
    task = make_task(directive, bhxh, clause="3", summary="Tổng hợp, báo cáo trình UBND tỉnh", due_on=date(2020, 11, 17),
                     today=date(2020, 11, 16))
    head = make_user(Role.AGENCY_HEAD, bhxh)
    office = make_user(Role.PROVINCIAL_OFFICE, province)
    db.session.commit()

    agency_page = browser.new_page()
    _sign_in(agency_page, live_server, head.username)
    agency_page.goto(f"{live_server}/nhiem-vu/{task.id}")
    agency_page.fill("#proposed_due_on", "30/11/2020")
    agency_page.fill("#reason", "Chờ số liệu của Cục Thống kê tỉnh.")
    agency_page.click("text=Gửi đề nghị gia hạn")
    assert "chờ Văn phòng UBND tỉnh duyệt" in agency_page.locator(".flash").inner_text()

    office_page = browser.new_context().new_page()
    _sign_in(office_page, live_server, office.username)
    office_page.goto(f"{live_server}/nhiem-vu/{task.id}")
    assert "Chờ số liệu của Cục Thống kê tỉnh." in office_page.locator("#pending-extension").inner_text()
    office_page.check("#pending-extension input[value=approve]")
    office_page.click("text=Gửi quyết định gia hạn")
    assert "Đã duyệt gia hạn." in office_page.locator(".flash").inner_text()
    assert office_page.locator("#due-on").inner_text() == "30/11/2020"
    assert "hạn ban đầu 17/11/2020" in office_page.locator("#occurrence").inner_text()
    timeline = office_page.locator("#timeline").inner_text()
    assert "Thời hạn: 17/11/2020 → 30/11/2020" in timeline and "đề nghị gia hạn" in timeline
    ARTIFACTS.mkdir(exist_ok=True)
    office_page.screenshot(path=str(ARTIFACTS / "extension-approved.png"), full_page=True)
def test_provincial_office_imports_the_long_an_directive(app, live_server, browser, frozen_day):
    """Paste the Long An text, review the draft, fix a field, save, find BHXH tỉnh due 17/11/2020."""
    from tracker.seeding import SEED_DIR, load_agencies
    from tracker.agencies.services import get_by_code

    frozen_day(date(2020, 11, 13))
    load_agencies(SEED_DIR / "long-an-6880-ubnd-vhxh-2020.toml")
    office = make_user(Role.PROVINCIAL_OFFICE, get_by_code("long-an"))
    db.session.commit()
    text = (SEED_DIR / "long-an-6880-ubnd-vhxh-2020.txt").read_text(encoding="utf-8")

    page = browser.new_page()
    page.goto(f"{live_server}/")
    page.fill("#username", office.username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.click("nav >> text=Nhập văn bản")
    page.fill("#text", text)
    with page.expect_navigation():
        page.click("button:has-text('Đọc văn bản')")

    assert page.locator("h1").inner_text() == "Xem lại bản nháp"
    assert page.locator("#symbol").input_value() == "6880/UBND-VHXH"
    bhxh = page.locator(".draft-task", has_text="Chậm nhất ngày 17/11/2020").last
    assert bhxh.locator("mark.date").first.inner_text() == "Chậm nhất ngày 17/11/2020"
    assert bhxh.locator("mark.agency").first.inner_text() == "Bảo hiểm xã hội tỉnh"
    assert bhxh.locator("input[name$='-due_on']").input_value() == "17/11/2020"
    ARTIFACTS.mkdir(exist_ok=True)
    bhxh.screenshot(path=str(ARTIFACTS / "directive-import-review.png"))
    bhxh.locator("input[name$='-summary']").fill("Tổng hợp báo cáo các sở, ngành, huyện và trình UBND tỉnh")
    page.check("#create_missing")
    with page.expect_navigation():
        page.click("button:has-text('Lưu văn bản và nhiệm vụ')")

    assert "Đã lưu văn bản với 6 nhiệm vụ." in page.locator(".flash").inner_text()
    assert page.locator("h1").inner_text() == "Công văn 6880/UBND-VHXH"
    row = page.locator("tr", has_text="Tổng hợp báo cáo các sở, ngành, huyện và trình UBND tỉnh")
    assert "BHXH tỉnh Long An" in row.inner_text() and "17/11/2020" in row.inner_text()
    page.screenshot(path=str(ARTIFACTS / "directive-import.png"), full_page=True)
