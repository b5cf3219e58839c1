"""A small province whose right figures are known by hand, for the dashboard and report tests.

Today is Friday 20/11/2020. States today (D = done, open otherwise):
  Sở Y tế  T1 due 10/11 D 10/11 on time (on the due date) · T2 due 05/11 D 12/11 late
           T9 due 02/11 moved to 09/11, D 11/11 late after the move · T11 ongoing, in progress
  BHXH     T3 due 17/11 open (report 15/11) overdue · T4 due 16/11 (report 13/11) D 19/11 late
           T10 due 02/11 moved to 13/11, D 11/11 on time thanks to the move
  huyện    T5 due 24/11 due soon · T8 monthly on the 10th: 10/10 (a Saturday, met on Monday 12/10)
           D 12/10 on time, 10/11 overdue, 10/12 not yet due
  xã       T6 due 15/12 in progress (report 14/11) · T7 due 31/12 not yet due
Directive 6880/UBND-VHXH (issued 12/11/2020) holds T3 and T4; 100/UBND-VX (01/10/2020) the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.accounts.models import Role
from tracker.agencies.models import AgencyKind
from tracker.extensions import db
from tracker.tasks.models import WorkStatus
from tracker.tasks.services import record_progress
from tracker.workdays import effective_deadline

from .factories import make_agency, make_directive, make_task, make_user

TODAY = date(2020, 11, 20)


@dataclass
class Scene:
    province: object
    health: object
    bhxh: object
    district: object
    commune: object
    main: object
    urgent: object
    tasks: dict
    office: object
    admin: object


def _report(occurrence, day, note, status=WorkStatus.IN_PROGRESS, percent=50):
    record_progress(occurrence, author=None, status=status, percent=percent, reported_on=day, note=note, today=TODAY)


def _done(occurrence, day, note="Đã hoàn thành."):
    _report(occurrence, day, note, WorkStatus.DONE, 100)


def _move_deadline(occurrence, new_due):
    """What an approved extension does to an occurrence (the workflow arrives with another issue)."""
    occurrence.due_on = new_due
    occurrence.effective_due_on = effective_deadline(new_due)


def build_scene() -> Scene:
    province = make_agency("Ủy ban nhân dân tỉnh Long An", short_name="UBND tỉnh Long An")
    health = make_agency("Sở Y tế tỉnh Long An", short_name="Sở Y tế", parent=province)
    bhxh = make_agency("Bảo hiểm xã hội tỉnh Long An", short_name="BHXH tỉnh", parent=province,
                       kind=AgencyKind.SOCIAL_INSURANCE)
    district = make_agency("Ủy ban nhân dân huyện Đức Hòa", short_name="UBND huyện Đức Hòa", parent=province,
                           kind=AgencyKind.DISTRICT)
    commune = make_agency("Ủy ban nhân dân xã Hựu Thạnh", short_name="UBND xã Hựu Thạnh", parent=district,
                          kind=AgencyKind.COMMUNE)
    main = make_directive(province, symbol="100/UBND-VX", issued_on=date(2020, 10, 1))
    urgent = make_directive(province, symbol="6880/UBND-VHXH", issued_on=date(2020, 11, 12))
    t = {}
    t[1] = make_task(main, health, clause="1", summary="Rà soát danh sách hộ nghèo", due_on=date(2020, 11, 10), today=TODAY)
    t[2] = make_task(main, health, clause="2", summary="Báo cáo chỉ tiêu y tế", due_on=date(2020, 11, 5), today=TODAY)
    t[9] = make_task(main, health, clause="9", summary="Kiểm tra cơ sở khám chữa bệnh", due_on=date(2020, 11, 2), today=TODAY)
    t[11] = make_task(main, health, clause="11", summary="Tuyên truyền thường xuyên về BHYT", today=TODAY)
    t[3] = make_task(urgent, bhxh, clause="3", summary="Tổng hợp, báo cáo UBND tỉnh", due_on=date(2020, 11, 17), today=TODAY)
    t[4] = make_task(urgent, bhxh, clause="4", summary="Đối chiếu số liệu người tham gia", due_on=date(2020, 11, 16), today=TODAY)
    t[10] = make_task(main, bhxh, clause="10", summary="Thu hồi nợ đọng BHXH", due_on=date(2020, 11, 2), today=TODAY)
    t[5] = make_task(main, district, clause="5", summary="Vận động hộ gia đình tham gia BHYT", due_on=date(2020, 11, 24), today=TODAY)
    t[8] = make_task(main, district, clause="8", summary="Báo cáo tháng về BHYT hộ gia đình",
                     recurrence="FREQ=MONTHLY;BYMONTHDAY=10", today=TODAY)
    t[6] = make_task(main, commune, clause="6", summary="Lập danh sách người chưa có thẻ", due_on=date(2020, 12, 15), today=TODAY)
    t[7] = make_task(main, commune, clause="7", summary="Tổng kết năm", due_on=date(2020, 12, 31), today=TODAY)
    assert [o.scheduled_on for o in t[8].occurrences] == [date(2020, 10, 10), date(2020, 11, 10), date(2020, 12, 10)]

    _done(t[1].occurrences[0], date(2020, 11, 10))
    _done(t[2].occurrences[0], date(2020, 11, 12))
    _move_deadline(t[9].occurrences[0], date(2020, 11, 9))
    _done(t[9].occurrences[0], date(2020, 11, 11))
    _report(t[3].occurrences[0], date(2020, 11, 15), "Chờ số liệu của các huyện, chưa tổng hợp được.")
    _report(t[4].occurrences[0], date(2020, 11, 13), "Đang đối chiếu số liệu với Cục Thuế.")
    _done(t[4].occurrences[0], date(2020, 11, 19), "Đã đối chiếu xong, gửi UBND tỉnh.")
    _move_deadline(t[10].occurrences[0], date(2020, 11, 13))
    _done(t[10].occurrences[0], date(2020, 11, 11))
    _done(t[8].occurrences[0], date(2020, 10, 12), "Đã gửi báo cáo tháng 10.")
    _report(t[6].occurrences[0], date(2020, 11, 14), "Đang rà soát.")
    office = make_user(Role.PROVINCIAL_OFFICE, province)
    admin = make_user(Role.ADMIN)
    db.session.commit()
    return Scene(province, health, bhxh, district, commune, main, urgent, t, office, admin)
