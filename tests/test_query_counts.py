"""No page runs a query per row: the number of SQL statements must not grow with the data."""

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from tracker.extensions import db as _db
from tracker.tasks.models import WorkStatus
from tracker.tasks.services import record_progress

from .factories import make_agency, make_directive, make_task
from .scenes import TODAY, build_scene

PAGES = [
    "/", "/?as_of=18/11/2020", "/tong-quan/qua-han", "/tong-quan/qua-han?as_of=18/11/2020", "/tong-quan/xep-hang",
    "/tong-quan/van-ban", "/bao-cao/nhiem-vu.xlsx", "/bao-cao/nhiem-vu.csv?state=qua-han", "/bao-cao/xep-hang.xlsx",
    "/bao-cao/dinh-ky?agency={district}&due_from=01/11/2020&due_to=30/11/2020",
    "/bao-cao/dinh-ky.xlsx?agency={district}&due_from=01/11/2020&due_to=30/11/2020",
    "/nhiem-vu/", "/nhiem-vu/?agency={district}", "/co-quan/{district}", "/van-ban/{main}", "/van-ban/",
    "/van-ban/?q=UBND", "/co-quan/",
]


def _statements(client, path) -> int:
    count = 0

    def tally(*_args):
        nonlocal count
        count += 1

    event.listen(_db.engine, "before_cursor_execute", tally)
    try:
        response = client.get(path)
    finally:
        event.remove(_db.engine, "before_cursor_execute", tally)
    assert response.status_code == 200, path
    return count


def _add_more_rows(scene, number: int) -> None:
    """More tasks in every state, with progress reports, under every agency; more directives,
    each with a task, and more agencies under the district."""
    for i in range(number):
        directive = make_directive(scene.province, symbol=f"{900 + i}/UBND-VX")
        make_task(directive, scene.health, clause="1", summary="Nhiệm vụ của văn bản thêm", today=TODAY)
        make_agency(f"Ủy ban nhân dân xã Thêm {i}", parent=scene.district)
        for lead in (scene.health, scene.bhxh, scene.commune):
            task = make_task(scene.main, lead, clause=f"x{i}", summary=f"Nhiệm vụ thêm {i}",
                             due_on=date(2020, 11, 2) + timedelta(days=i % 25), today=TODAY)
            occurrence = task.occurrences[0]
            record_progress(occurrence, author=None, status=WorkStatus.IN_PROGRESS, percent=30,
                            reported_on=date(2020, 11, 2), note="Đang làm.", today=TODAY)
            if i % 3 == 0:
                record_progress(occurrence, author=None, status=WorkStatus.DONE, percent=100,
                                reported_on=date(2020, 11, 12), note="Xong.", today=TODAY)
    _db.session.commit()


@pytest.mark.parametrize("path", PAGES)
def test_statement_count_does_not_grow_with_rows(db, frozen_day, client, login, path):
    frozen_day(TODAY)
    scene = build_scene()
    login(scene.office)
    path = path.format(district=scene.district.id, main=scene.main.id)
    client.get(path)  # warm up what is read once per process
    before = _statements(client, path)
    _add_more_rows(scene, 20)
    client.get(path)  # the commit expired what the first request had loaded; load it again
    after = _statements(client, path)
    assert after == before, f"{path}: {before} statements with the small set, {after} with 60 more tasks"
    assert before <= 14


def test_feed_statement_count_does_not_grow(db, frozen_day, client, login):
    frozen_day(TODAY)
    scene = build_scene()
    login(scene.office)
    page = client.post("/bao-cao/lich", data={"agency": scene.province.id}).text
    url = page.split('id="feed-url"')[0].rsplit('value="', 1)[1].split('"')[0].removeprefix("http://localhost")
    client.get(url)
    before = _statements(client, url)
    _add_more_rows(scene, 10)
    client.get(url)
    assert _statements(client, url) == before
