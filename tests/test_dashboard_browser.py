"""In headless Chromium: the dashboard, filtered by agency, then the overdue list, then a task."""

from tracker.extensions import db

from .conftest import ARTIFACTS
from .factories import PASSWORD
from .scenes import TODAY, build_scene

import pytest

pytestmark = pytest.mark.browser


def test_office_filters_the_dashboard_and_follows_the_overdue_list_to_a_task(app, live_server, browser, frozen_day):
    frozen_day(TODAY)
    scene = build_scene()
    bhxh_id = scene.bhxh.id
    db.session.commit()

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server}/")
    page.fill("#username", scene.office.username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    assert page.locator("h1").inner_text() == "Tổng quan"
    assert page.locator('[data-figure="overdue"] strong').inner_text() == "2"
    assert page.locator("svg.chart-overdue rect").count() == 12

    page.select_option("#agency", str(bhxh_id))
    page.click("form.filters button[type=submit]")
    assert f"agency={bhxh_id}" in page.url  # the view can be bookmarked
    assert page.locator('[data-figure="overdue"] strong').inner_text() == "1"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    page.click("#all-overdue")
    assert page.locator("h1").inner_text() == "Nhiệm vụ quá hạn"
    assert page.locator("#overdue-total").inner_text() == "1"
    assert page.locator("table.overdue .days-late").first.inner_text() == "3"
    page.click("table.overdue >> text=Tổng hợp, báo cáo UBND tỉnh")
    assert page.locator("h1").inner_text() == "Tổng hợp, báo cáo UBND tỉnh"
    assert page.locator("#occurrence [data-state]").first.inner_text() == "Quá hạn"
    page.screenshot(path=str(ARTIFACTS / "dashboard-overdue-task.png"), full_page=True)
