"""What a person clicks, in headless Chromium: sign in, open a directive, report progress."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tracker.accounts.models import Role
from tracker.extensions import db

from .factories import PASSWORD, make_agency, make_directive, make_task, make_user

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# Chromium's background services try to reach Google; offices (and this CI) have no internet.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.browser


@pytest.fixture
def browser():
    if not os.path.exists(CHROMIUM):
        message = "Chromium (/usr/bin/chromium) is missing: run `make test`, which installs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def live_server(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


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
