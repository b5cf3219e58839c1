"""Directive, agency and home pages on the seeded data, as each role sees them."""

from datetime import date

import pytest
from sqlalchemy import select

from tracker.accounts.models import Role
from tracker.agencies.services import get_by_code
from tracker.directives.models import Directive
from tracker.extensions import db
from tracker.seeding import load_seed_dir

from .factories import make_user

TODAY = date(2026, 11, 22)


@pytest.fixture
def seeded(app, frozen_day):
    frozen_day(TODAY)
    load_seed_dir(TODAY)
    db.session.commit()


def _directive(code):
    return db.session.scalar(select(Directive).where(Directive.code == code))


def test_directive_page_lists_tasks_in_clause_order_with_states(seeded, client, login):
    login(make_user(Role.ADMIN))
    db.session.commit()
    directive = _directive("vinh-long-06-ct-ubnd-2018")
    page = client.get(f"/van-ban/{directive.id}").text
    assert "Chỉ thị 06/CT-UBND" in page and "Lữ Quang Ngời" in page and "10/04/2018" in page
    assert "01/12/2026" in page and 'data-state="chua-den-han"' in page and 'data-state="qua-han"' in page
    assert "Nghị quyết số 21-NQ/TW" in page
    clause_positions = [page.index(f"<td>{clause}</td>") for clause in ("1", "2", "10 ý 3")]
    assert clause_positions == sorted(clause_positions)


def test_directive_without_number_or_date_is_shown_as_such(seeded, client, login):
    login(make_user(Role.ADMIN))
    directive = _directive("an-giang-ct-2017")
    listing = client.get("/van-ban/").text
    assert "Chỉ thị (không số)" in listing and "Không ghi ngày" in listing
    page = client.get(f"/van-ban/{directive.id}").text
    assert "Tháng 12/2017" in page and "**" not in page.split("Toàn văn")[0]


def test_recurring_task_page_lists_each_period(seeded, client, login):
    login(make_user(Role.ADMIN))
    directive = _directive("vinh-long-06-ct-ubnd-2018")
    task = next(t for t in directive.tasks if t.recurrence == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1")
    page = client.get(f"/nhiem-vu/{task.id}").text
    assert "Hằng năm, trước ngày 01/12" in page
    for year in range(2018, 2027):
        assert f"Năm {year}" in page
    assert "Năm 2027" not in page


def test_provincial_office_sees_only_its_province(seeded, client, login):
    office = make_user(Role.PROVINCIAL_OFFICE, get_by_code("long-an"))
    db.session.commit()
    login(office)
    listing = client.get("/van-ban/").text
    assert "6880/UBND-VHXH" in listing and "06/CT-UBND" not in listing
    vinh_long = _directive("vinh-long-06-ct-ubnd-2018")
    assert client.get(f"/van-ban/{vinh_long.id}").status_code == 403
    assert client.get(f"/co-quan/{get_by_code('vinh-long/so-y-te').id}").status_code == 403
    tree = client.get("/co-quan/").text
    assert "Ủy ban nhân dân huyện Đức Hòa" in tree and "Vĩnh Long" not in tree


def test_agency_page_lists_led_and_cooperating_tasks(seeded, client, login):
    login(make_user(Role.ADMIN))
    bhxh = get_by_code("long-an/bhxh")
    page = client.get(f"/co-quan/{bhxh.id}").text
    assert "Bảo hiểm xã hội tỉnh Long An" in page and "17/11/2020" in page


def test_home_counts_and_overdue_for_an_agency(seeded, client, login):
    login(make_user(Role.AGENCY_HEAD, get_by_code("long-an/bhxh")))
    page = client.get("/").text
    assert "Tổng quan" in page and "Quá hạn" in page
    assert "Tổng hợp" in page  # BHXH's consolidation, late since 17/11/2020


def test_unknown_pages_answer_in_vietnamese(seeded, client, login):
    login(make_user(Role.ADMIN))
    response = client.get("/van-ban/999999")
    assert response.status_code == 404 and "Không tìm thấy" in response.text
