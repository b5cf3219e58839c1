"""A Quy chế's last articles and the bodies they name (study 122): a commune's own office and units named by
their tier ("Văn phòng HĐND - UBND cấp xã", "các phòng, ban, đơn vị thuộc UBND cấp xã"), a duty that opens
with whom it answers to, a partner "cùng cấp" beside "UBND cấp xã", the points of an article that open with a
time counted back from a session, a khoản whose first sentence states what the results count for and a report's
title after a full sentence of work. Invented text."""

from datetime import date

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text
from tracker.importer.timing import find_timings

QUY_CHE = """ỦY BAN NHÂN DÂN
TỈNH SÔNG LAM
Số: 51/2025/QĐ-UBND
Sông Lam, ngày 12 tháng 11 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế tiếp nhận, xử lý phản ánh của người dân trên địa bàn tỉnh

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh của người dân.

Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 11 năm 2025.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Lâm

QUY CHẾ

TIẾP NHẬN, XỬ LÝ PHẢN ÁNH CỦA NGƯỜI DÂN

Điều 6. Trách nhiệm của UBND cấp xã

1. UBND cấp xã có trách nhiệm phối hợp với Ủy ban MTTQ Việt Nam cùng cấp tổng hợp phản ánh của
người dân tại các buổi đối thoại.

Điều 7. Trách nhiệm của Văn
phòng HĐND - UBND cấp xã

1. Văn phòng HĐND - UBND cấp xã có trách nhiệm tiếp nhận, phân loại phản ánh, tham mưu cho Chủ tịch UBND cùng
cấp giao cơ quan xử lý.

2. Trong 05 ngày làm việc kể từ khi nhận được văn bản trả lời của cơ quan xử lý, Văn phòng HĐND - UBND cấp xã
công khai kết quả trên trang thông tin điện tử của xã.

Điều 8. Trách nhiệm các phòng, ban, đơn vị thuộc UBND cấp xã

1. Chịu trách nhiệm trước UBND, Chủ tịch UBND cấp xã về việc xử lý phản ánh thuộc lĩnh vực mình phụ trách.

2. Gửi kết quả xử lý đến Văn phòng HĐND - UBND cấp xã để tổng hợp.

Điều 9. Báo cáo trước kỳ họp

1. Chậm nhất là 20 ngày, trước ngày khai mạc kỳ họp thường lệ của HĐND tỉnh, các sở, ban, ngành có Báo cáo
kết quả xử lý phản ánh thuộc thẩm quyền gửi Chủ tịch UBND tỉnh.

2. Chậm nhất là 20 ngày, trước ngày khai mạc kỳ họp thường lệ của HĐND tỉnh, UBND cấp xã có Báo cáo kết quả xử
lý phản ánh gửi Chủ tịch UBND tỉnh. Báo cáo gồm các nội dung sau:

a) Số phản ánh đã tiếp nhận;

b) Số phản ánh đã xử lý xong.

Điều 10. Khen thưởng

1. Kết quả xử lý phản ánh là một căn cứ để bình xét danh hiệu thi đua của các cơ quan, đơn vị.
Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu bổ sung tiêu chí đánh giá thi đua, khen thưởng
hằng năm của các sở, ngành.
"""


def _tasks():
    return parse_text(QUY_CHE).tasks


def _task(clause, lead):
    return next(t for t in _tasks() if t.clause == clause and t.lead_agency == lead)


OFFICE = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân các xã, phường"


def test_a_commune_office_named_by_its_tier_is_every_commune_office():
    mentions = find_mentions("Văn phòng HĐND - UBND cấp xã tiếp nhận phản ánh")
    assert [m.name for m in mentions] == [OFFICE]
    task = _task("7", OFFICE)
    assert task.due_on is None  # counted from each reply's receipt: no date


def test_a_commune_units_by_their_tier_own_the_article():
    mentions = find_mentions("các phòng, ban, đơn vị thuộc UBND cấp xã phối hợp")
    assert [m.name for m in mentions] == ["Các phòng, ban, đơn vị thuộc Ủy ban nhân dân các xã, phường"]
    leads = [t.lead_agency for t in _tasks() if t.clause.split(".")[0] == "8"]
    assert leads == ["Các phòng, ban, đơn vị thuộc Ủy ban nhân dân các xã, phường"]


def test_a_partner_at_the_same_level_as_a_commune_tier_lead():
    task = _task("6", "Ủy ban nhân dân cấp xã")
    assert task.cooperating_agencies == ["Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã"]


def test_the_bodies_after_a_time_counted_back_from_a_session_act():
    leads = {(t.clause, t.lead_agency) for t in _tasks()}
    assert ("9.1", "Các sở, ban, ngành") in leads
    assert ("9.2", "Ủy ban nhân dân cấp xã") in leads


def test_a_khoan_stating_what_results_count_for_still_gives_work():
    task = _task("10.1", "Sở Nội vụ")
    assert task.cooperating_agencies == ["Văn phòng Ủy ban nhân dân tỉnh"]
    assert task.recurrence is None  # "tiêu chí đánh giá … hằng năm": which criteria, not a cycle


def test_a_cycle_after_the_criteria_of_an_evaluation_is_no_cycle():
    assert not [t for t in find_timings("bổ sung tiêu chí đánh giá thi đua hằng năm của các sở") if t.recurrence]
    assert [t for t in find_timings("đánh giá thi đua hằng năm các sở") if t.recurrence]


def test_a_reply_received_is_each_case_letter():
    issued = date(2025, 11, 12)
    assert all(t.due_on is None for t in find_timings(
        "trong 03 ngày làm việc kể từ khi nhận được văn bản trả lời cử tri", issued))
    assert any(t.due_on for t in find_timings("trong 03 ngày làm việc kể từ khi nhận được văn bản", issued))
