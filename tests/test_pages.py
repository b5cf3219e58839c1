"""Directive, agency and home pages on the seeded data, as each role sees them."""

from datetime import date

import pytest
from flask import url_for
from sqlalchemy import select

from tracker.accounts.models import Role
from tracker.agencies.models import Agency
from tracker.agencies.services import get_by_code
from tracker.directives.models import Directive
from tracker.extensions import db
from tracker.seeding import load_seed_dir
from tracker.template_helpers import row_url
from tracker.text import fold

from .factories import make_task, make_user
from .scenes import TODAY as SCENE_DAY
from .scenes import build_scene

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


def test_directive_list_pages_and_searches(seeded, app, client, login):
    app.config["DIRECTIVES_PER_PAGE"] = 2
    login(make_user(Role.ADMIN))
    first = client.get("/van-ban/").text
    assert "5 văn bản" in first and "Trang 1/3" in first and "Trang sau" in first
    last = client.get("/van-ban/?page=3").text
    # The last page holds the fifth directive alone (the menu's links are not rows of the table).
    assert "Trang 3/3" in last and last.count('<td><a href="/van-ban/') == 1
    long_an = _directive("long-an-6880-ubnd-vhxh-2020")
    found = client.get("/van-ban/?q=6880").text
    assert "1 văn bản" in found and "6880/UBND-VHXH" in found and "06/CT-UBND" not in found
    # The task count is read for the page in one query, not per directive.
    assert f"<td>{len(long_an.tasks)}</td>" in found
    by_subject = client.get("/van-ban/", query_string={"q": long_an.subject[:12]}).text
    assert "6880/UBND-VHXH" in by_subject
    nothing = client.get("/van-ban/?q=50%25_").text  # LIKE's wildcards are searched as written
    assert "0 văn bản" in nothing and "Không có văn bản nào khớp “50%_”." in nothing


def test_directive_search_ignores_case_and_diacritics(seeded, client, login):
    login(make_user(Role.ADMIN))
    vinh_long = _directive("vinh-long-06-ct-ubnd-2018")
    words = " ".join(vinh_long.subject.split()[:3])
    for typed in (words.upper(), fold(words), f"  {words.lower()}  "):
        found = client.get("/van-ban/", query_string={"q": typed}).text
        assert "06/CT-UBND" in found, typed
    # Punctuation separates words and nothing more: "Triển khai, thực hiện Chương trình số 71-CTr/TU".
    found = client.get("/van-ban/", query_string={"q": "trien khai thuc hien chuong trinh so 71-CTr/TU"}).text
    assert "183/KH-UBND" in found and "06/CT-UBND" not in found
    # The folded words follow a changed subject.
    vinh_long.subject = "Về việc ĐẨY MẠNH phong trào thi đua"
    db.session.commit()
    assert "06/CT-UBND" in client.get("/van-ban/", query_string={"q": "day manh phong trao"}).text
    assert "06/CT-UBND" not in client.get("/van-ban/", query_string={"q": fold(words)}).text


def test_agency_tree_nests_every_agency_once(seeded, client, login):
    login(make_user(Role.ADMIN))
    tree = client.get("/co-quan/").text
    agencies = db.session.scalars(select(Agency)).all()
    assert tree.count('<li><a href="/co-quan/') == len(agencies)
    province = get_by_code("long-an")
    children = [a for a in agencies if a.parent_id == province.id]
    # Its children are listed inside the province's item, after its own link, before the next root.
    parent_at = tree.index(f'<a href="/co-quan/{province.id}">')
    closing = tree.index("</ul>\n</li>", parent_at)
    assert children and all(parent_at < tree.index(f'<a href="/co-quan/{child.id}">') < closing for child in children)


def test_agency_page_shows_open_work_first_a_page_at_a_time(app, db, frozen_day, client, login):
    frozen_day(SCENE_DAY)
    scene = build_scene()
    app.config["TASKS_PER_PAGE"] = 2
    login(scene.office)
    health = scene.health
    first = client.get(f"/co-quan/{health.id}").text
    second = client.get(f"/co-quan/{health.id}?page=2").text
    # Its one open task (a duty with no deadline) leads; the three finished follow by deadline.
    assert "Trang 1/2" in first and "Tuyên truyền thường xuyên về BHYT" in first and "Báo cáo chỉ tiêu y tế" in first
    assert "Rà soát danh sách hộ nghèo" not in first
    assert second.index("Kiểm tra cơ sở khám chữa bệnh") < second.index("Rà soát danh sách hộ nghèo")
    assert "Trang 2/2" in second and "Tuyên truyền thường xuyên" not in second


def test_agency_page_includes_work_it_only_cooperates_in(app, db, frozen_day, client, login):
    frozen_day(SCENE_DAY)
    scene = build_scene()
    make_task(scene.main, scene.health, clause="12", summary="Phối hợp kiểm tra thẻ BHYT",
              cooperating_agencies=[scene.commune], today=SCENE_DAY)
    db.session.commit()
    login(scene.office)
    page = client.get(f"/co-quan/{scene.commune.id}").text
    assert "Phối hợp kiểm tra thẻ BHYT" in page and "Lập danh sách người chưa có thẻ" in page
    assert "Rà soát danh sách hộ nghèo" not in page  # Sở Y tế's own, with no part for the commune
    # The district's page takes in its commune's work, led and cooperating.
    assert "Phối hợp kiểm tra thẻ BHYT" in client.get(f"/co-quan/{scene.district.id}").text


@pytest.mark.parametrize("script_root", ["", "/theo-doi"])
def test_row_links_are_the_urls_flask_builds(app, script_root):
    # Rows build their links from a per-request pattern; they must be exactly url_for's.
    with app.test_request_context("/", base_url=f"http://localhost{script_root}/"):
        for task_id, occurrence_id in ((3, 41), (987, 6), (12, 12)):
            assert row_url("tasks.detail", task_id=task_id, occurrence_id=occurrence_id) == \
                url_for("tasks.detail", task_id=task_id, occurrence_id=occurrence_id)
        assert row_url("agencies.detail", agency_id=5) == url_for("agencies.detail", agency_id=5)
        assert row_url("agencies.detail", agency_id=5).startswith(f"{script_root}/")
