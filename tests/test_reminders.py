"""Reminders on the seed cases, over a real SMTP server with the clock under control."""

from collections import defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from tracker.accounts.models import Role
from tracker.agencies.models import Agency, AgencyKind
from tracker.agencies.services import get_by_code
from tracker.directives.models import Directive
from tracker.extensions import db
from tracker.reminders.models import Delivery
from tracker.reminders.services import run_reminders
from tracker.seeding import load_seed_dir
from tracker.tasks.models import Task, WorkStatus
from tracker.tasks.services import record_progress

from .factories import make_user, seed_with_district_addresses

BHXH = "giamdoc.bhxh@longan.gov.vn"
BHXH_DESK = "vanthu.bhxh@longan.gov.vn"
OFFICE = "vanphong@longan.gov.vn"
LEADER = "pct.vhxh@longan.gov.vn"


def _mails_by_day(inbox, days, frozen_day):
    """Run the reminders on each day; returns day → recipient → list of messages."""
    received = defaultdict(lambda: defaultdict(list))
    for day in days:
        frozen_day(day)
        before = len(inbox.messages)
        run_reminders(day)
        for envelope, message in zip(inbox.envelopes[before:], inbox.messages[before:]):
            for recipient in envelope.rcpt_tos:
                received[day][recipient].append(message)
    return received


def _body(message) -> str:
    return message.get_body(("plain",)).get_content()



@pytest.fixture
def app(smtp_app):
    """Every request of this module goes through the app whose mail reaches the SMTP server."""
    return smtp_app

@pytest.fixture
def long_an(smtp_app, frozen_day):
    frozen_day(date(2020, 11, 12))
    load_seed_dir(date(2020, 11, 12))
    bhxh = get_by_code("long-an/bhxh")
    bhxh.head_email, bhxh.contact_emails = BHXH, [BHXH_DESK]
    make_user(Role.PROVINCIAL_OFFICE, get_by_code("long-an"), email=OFFICE)
    directive = db.session.scalar(select(Directive).where(Directive.code == "long-an-6880-ubnd-vhxh-2020"))
    directive.supervisor_email = LEADER
    db.session.commit()
    return directive


def _days(first: date, last: date):
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def test_long_an_bhxh_is_reminded_before_17_november_and_escalated_after(long_an, smtp_server, frozen_day):
    _controller, inbox = smtp_server
    received = _mails_by_day(inbox, _days(date(2020, 11, 12), date(2020, 11, 30)), frozen_day)
    days_for = lambda address: sorted(day for day, by in received.items() if by.get(address))  # noqa: E731
    # 7 and 3 working days before fell on or before the issue date: announced together on 12/11.
    assert days_for(BHXH) == [date(2020, 11, 12), date(2020, 11, 16), date(2020, 11, 17), date(2020, 11, 18),
                              date(2020, 11, 20), date(2020, 11, 27)]
    assert days_for(BHXH_DESK) == days_for(BHXH)
    assert days_for(OFFICE) == [date(2020, 11, 18), date(2020, 11, 20), date(2020, 11, 27)]
    assert days_for(LEADER) == [date(2020, 11, 20), date(2020, 11, 27)]
    for day, by in received.items():
        assert all(len(messages) == 1 for messages in by.values()), day  # one digest per recipient per run

    before = received[date(2020, 11, 16)][BHXH][0]
    assert before["Subject"].startswith("[Nhắc việc 16/11/2020]")
    text = _body(before)
    assert "NHIỆM VỤ SẮP ĐẾN HẠN" in text and "6880/UBND-VHXH, mục 3" in text
    assert "Hạn: 17/11/2020 (còn 1 ngày)" in text
    assert "https://nhiemvu.example.vn/nhiem-vu/" in text
    due = _body(received[date(2020, 11, 17)][BHXH][0])
    assert "NHIỆM VỤ ĐẾN HẠN HÔM NAY" in due and "(hạn hôm nay)" in due
    late = received[date(2020, 11, 18)][OFFICE][0]
    assert "quá hạn" in late["Subject"] and "Hạn: 17/11/2020 (quá hạn 1 ngày)" in _body(late)
    html = late.get_body(("html",)).get_content()
    assert "Nhiệm vụ quá hạn" in html and "quá hạn 1 ngày" in html


def test_a_second_run_on_the_same_day_sends_nothing_new(long_an, smtp_server, frozen_day):
    _controller, inbox = smtp_server
    frozen_day(date(2020, 11, 18))
    first = run_reminders(date(2020, 11, 18))
    count, deliveries = len(inbox.messages), db.session.scalar(select(func.count()).select_from(Delivery))
    assert first.messages == count == 3  # BHXH's two addresses and the office
    second = run_reminders(date(2020, 11, 18))
    assert second.messages == 0 and len(inbox.messages) == count
    assert db.session.scalar(select(func.count()).select_from(Delivery)) == deliveries


def test_done_stops_the_stages_and_an_extension_restarts_them(long_an, smtp_server, frozen_day):
    _controller, inbox = smtp_server
    task = next(t for t in long_an.tasks if t.lead_agency.code == "long-an/bhxh" and t.due_on)
    occurrence = task.occurrences[0]
    frozen_day(date(2020, 11, 18))
    run_reminders(date(2020, 11, 18))
    # The deadline moves to 30/11 (an extension): the before-stages start again for the new date.
    occurrence.due_on = occurrence.effective_due_on = date(2020, 11, 30)
    db.session.commit()
    before = len(inbox.messages)
    frozen_day(date(2020, 11, 27))
    run_reminders(date(2020, 11, 27))
    mails = {r: m for e, m in zip(inbox.envelopes[before:], inbox.messages[before:]) for r in e.rcpt_tos}
    assert {BHXH, BHXH_DESK} <= set(mails)
    assert "Hạn: 30/11/2020 (còn 3 ngày)" in _body(mails[BHXH])
    # Before the new deadline nobody escalates it (the office still hears of other late tasks).
    assert task.summary not in _body(mails[OFFICE]) and task.summary not in _body(mails[LEADER])
    record_progress(occurrence, author=None, status=WorkStatus.DONE, percent=100,
                    reported_on=date(2020, 11, 27), note="Đã trình", today=date(2020, 11, 27))
    db.session.commit()
    before = len(inbox.messages)
    for day in _days(date(2020, 11, 30), date(2020, 12, 10)):
        frozen_day(day)
        run_reminders(day)
    later = [m for m in inbox.messages[before:] if task.summary in _body(m)]
    assert later == []
    assert not any(BHXH in e.rcpt_tos for e in inbox.envelopes[before:])


def test_vinh_long_districts_are_reminded_before_1_december_2026(smtp_app, smtp_server, frozen_day):
    _controller, inbox = smtp_server
    frozen_day(date(2026, 11, 19))
    addresses = seed_with_district_addresses("vinh-long", date(2026, 11, 19))
    run_reminders(date(2026, 11, 19))  # 7 working days before Tuesday 01/12/2026 (24/11 is a holiday)
    by_recipient = {e.rcpt_tos[0]: m for e, m in zip(inbox.envelopes, inbox.messages)}
    assert sorted(by_recipient) == addresses
    for message in by_recipient.values():
        text = _body(message)
        assert "NHIỆM VỤ SẮP ĐẾN HẠN" in text
        assert "06/CT-UBND, mục 10 ý 3" in text and "Hạn: 01/12/2026 (còn 12 ngày)" in text


def test_an_giang_monthly_report_is_reminded_for_its_own_month(smtp_app, smtp_server, frozen_day):
    _controller, inbox = smtp_server
    frozen_day(date(2017, 11, 29))
    load_seed_dir(date(2017, 11, 29))
    long_xuyen = db.session.scalar(
        select(Agency).where(Agency.kind == AgencyKind.DISTRICT, Agency.code.startswith("an-giang/"),
                             Agency.name.contains("Long Xuyên"))
    )
    long_xuyen.head_email = "ubnd@longxuyen.angiang.gov.vn"
    monthly = db.session.scalar(
        select(Task).where(Task.lead_agency_id == long_xuyen.id, Task.recurrence.startswith("FREQ=MONTHLY"))
    )
    for occurrence in monthly.occurrences[:10]:  # January to October reported on time
        record_progress(occurrence, author=None, status=WorkStatus.DONE, percent=100, reported_on=occurrence.due_on,
                        note="Đã báo cáo", today=date(2017, 11, 29))
    db.session.commit()
    run_reminders(date(2017, 11, 29))  # one working day before Thursday 30/11/2017
    assert len(inbox.messages) == 1 and inbox.envelopes[0].rcpt_tos == ["ubnd@longxuyen.angiang.gov.vn"]
    text = _body(inbox.messages[0])
    assert "Chỉ thị (không số), mục 4" in text and "Hạn: 30/11/2017 (còn 1 ngày)" in text
    assert "31/12/2017" not in text and "31/10/2017" not in text


def test_cooperating_agencies_get_the_first_reminder_only(smtp_app, smtp_server, frozen_day):
    from .factories import make_agency, make_directive, make_task

    _controller, inbox = smtp_server
    frozen_day(date(2026, 11, 2))
    province = make_agency("UBND tỉnh")
    lead = make_agency("Sở Y tế", parent=province, head_email="soyte@example.vn")
    partner = make_agency("BHXH tỉnh", parent=province, head_email="bhxh@example.vn")
    directive = make_directive(province, issued_on=date(2026, 11, 2))
    make_task(directive, lead, cooperating_agencies=(partner,), due_on=date(2026, 11, 20), today=date(2026, 11, 2))
    db.session.commit()
    received = _mails_by_day(inbox, _days(date(2026, 11, 2), date(2026, 11, 20)), frozen_day)
    assert sorted(d for d, by in received.items() if "bhxh@example.vn" in by) == [date(2026, 11, 11)]
    assert sorted(d for d, by in received.items() if "soyte@example.vn" in by) == [
        date(2026, 11, 11), date(2026, 11, 17), date(2026, 11, 19), date(2026, 11, 20)]


def test_a_task_nobody_can_be_told_about_is_reported_not_skipped(long_an, frozen_day, client, login):
    frozen_day(date(2020, 11, 18))
    result = run_reminders(date(2020, 11, 18))
    # The districts' and departments' clause-3 reports were due 17/11 too, but have no address.
    unreachable = {line.summary for line in result.unreachable}
    assert any("Gửi báo cáo" in summary for summary in unreachable)
    office = make_user(Role.PROVINCIAL_OFFICE, get_by_code("long-an"))
    db.session.commit()
    login(office)
    page = client.get("/nhac-viec/").text.split('id="unreachable"')[1].split("</table>")[0]
    assert "Ủy ban nhân dân huyện Đức Hòa" in page and "Sở Y tế tỉnh Long An" in page
    assert "Bảo hiểm xã hội tỉnh Long An" not in page  # it has addresses
    assert "Hà Giang" not in page  # another province is not this office's business
