"""Calendar feeds: made, parsed back with the icalendar package, and revoked."""

import re
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from tracker.accounts.models import Role
from tracker.reports.models import FeedToken

from .factories import make_user
from .scenes import TODAY, build_scene


@pytest.fixture
def scene(db, frozen_day):
    frozen_day(TODAY)
    return build_scene()


def _create_feed(client, agency_id=None) -> str:
    page = client.post("/bao-cao/lich", data={"agency": agency_id or ""}).text
    return re.search(r'value="([^"]+)" size="80" id="feed-url"', page).group(1)


def test_agency_feed_holds_all_day_deadline_events(scene, client, login, db):
    head = make_user(Role.AGENCY_HEAD, scene.bhxh)
    db.session.commit()
    login(head)
    url = _create_feed(client, scene.bhxh.id)
    assert url.startswith("http://localhost/bao-cao/lich/") and url.endswith(".ics")
    client.post("/dang-xuat")
    response = client.get(url.removeprefix("http://localhost"))  # no sign-in: the secret is the key
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.data)
    assert str(calendar["X-WR-CALNAME"]) == "Lịch của BHXH tỉnh"
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert sorted(events) == [
        "Hạn: Thu hồi nợ đọng BHXH (100/UBND-VX, mục 10)",
        "Hạn: Tổng hợp, báo cáo UBND tỉnh (6880/UBND-VHXH, mục 3)",
        "Hạn: Đối chiếu số liệu người tham gia (6880/UBND-VHXH, mục 4)",
    ]
    late = events["Hạn: Tổng hợp, báo cáo UBND tỉnh (6880/UBND-VHXH, mục 3)"]
    assert late.decoded("DTSTART") == date(2020, 11, 17) and late.decoded("DTEND") == date(2020, 11, 18)
    assert late["DTSTART"].params.get("VALUE") == "DATE"
    assert "Trạng thái: Quá hạn" in str(late["DESCRIPTION"]) and "Chờ số liệu của các huyện" in str(late["DESCRIPTION"])
    assert str(late["UID"]).startswith("occurrence-") and "/nhiem-vu/" in str(late["URL"])
    moved = events["Hạn: Thu hồi nợ đọng BHXH (100/UBND-VX, mục 10)"]
    assert moved.decoded("DTSTART") == date(2020, 11, 13)  # the deadline in force after the move


def test_personal_feed_of_a_district_official_covers_its_communes(scene, client, login, db):
    officer = make_user(Role.AGENCY_OFFICER, scene.district)
    db.session.commit()
    login(officer)
    calendar = Calendar.from_ical(client.get(_create_feed(client).removeprefix("http://localhost")).data)
    days = sorted(event.decoded("DTSTART") for event in calendar.walk("VEVENT"))
    # T5, T8's three periods (10/10 is a Saturday: the event is on the date written), T6, T7.
    assert days == [date(2020, 10, 10), date(2020, 11, 10), date(2020, 11, 24), date(2020, 12, 10),
                    date(2020, 12, 15), date(2020, 12, 31)]


def test_revoked_feed_answers_404_and_only_a_hash_is_kept(scene, client, login, db):
    login(scene.office)
    url = _create_feed(client, scene.province.id).removeprefix("http://localhost")
    secret = url.rsplit("/", 1)[1].removesuffix(".ics")
    token = db.session.scalar(select(FeedToken))
    assert secret not in token.token_hash and len(token.token_hash) == 64
    assert client.get(url).status_code == 200
    response = client.post(f"/bao-cao/lich/{token.id}/thu-hoi", follow_redirects=True)
    assert "Đã thu hồi đường dẫn lịch" in response.text and "Đã thu hồi" in response.text
    assert client.get(url).status_code == 404
    assert client.get("/bao-cao/lich/khong-co-that.ics").status_code == 404


def test_feeds_of_others_cannot_be_revoked_nor_made_for_hidden_agencies(scene, client, login, db):
    head = make_user(Role.AGENCY_HEAD, scene.bhxh)
    other = make_user(Role.AGENCY_HEAD, scene.health)
    db.session.commit()
    login(head)
    _create_feed(client)
    token = db.session.scalar(select(FeedToken))
    login(other)
    assert client.post(f"/bao-cao/lich/{token.id}/thu-hoi").status_code == 403
    response = client.post("/bao-cao/lich", data={"agency": scene.bhxh.id}, follow_redirects=True)
    assert "Bạn không có quyền xem nhiệm vụ của cơ quan này." in response.text
    assert db.session.scalar(select(FeedToken).where(FeedToken.user_id == other.id)) is None


def test_feed_stops_when_its_owner_is_disabled(scene, client, login, db):
    head = make_user(Role.AGENCY_HEAD, scene.bhxh)
    db.session.commit()
    login(head)
    url = _create_feed(client).removeprefix("http://localhost")
    head.active = False
    db.session.commit()
    assert client.get(url).status_code == 404


def test_old_done_deadlines_leave_the_feed(scene, client, login, db, frozen_day):
    login(scene.office)
    url = _create_feed(client, scene.bhxh.id).removeprefix("http://localhost")
    frozen_day(TODAY + timedelta(days=120))
    calendar = Calendar.from_ical(client.get(url).data)
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == [
        "Hạn: Tổng hợp, báo cáo UBND tỉnh (6880/UBND-VHXH, mục 3)"  # still open, so still shown
    ]
