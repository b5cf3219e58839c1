"""Study 60: the two-tier era's local government on a page, and report cycles written with their hours.
Every text here is invented."""

from datetime import date

from tracker.importer.names import find_mentions
from tracker.importer.own_voice import own_voice
from tracker.importer.parser import parse_text
from tracker.importer.timing import best_timing


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(task.clause, task.lead_agency) for task in parse_text(text).tasks]


def test_report_at_several_hours_of_each_day_is_daily():
    timing = best_timing("Tổng hợp tình hình mưa lũ, gửi Sở Nông nghiệp và Môi trường trước 7 giờ, 12 giờ và 17 giờ "
                         "hằng ngày cho đến khi kết thúc đợt mưa", date(2025, 9, 1))
    assert timing is not None and timing.recurrence == "FREQ=DAILY"
    assert timing.text == "trước 7 giờ, 12 giờ và 17 giờ hằng ngày"
    timing = best_timing("Báo cáo nhanh lúc 8 giờ, 16 giờ hằng ngày", date(2025, 9, 1))
    assert timing is not None and timing.recurrence == "FREQ=DAILY"


def test_one_stop_centres_of_every_level_are_one_group():
    names = [(m.name, m.group) for m in find_mentions(
        "Từ ngày 01/3/2026, Trung tâm Phục vụ hành chính công các cấp tiếp nhận hồ sơ trực tuyến.")]
    assert names == [("Trung tâm Phục vụ hành chính công các cấp", True)]


PAGE_OWN_VOICE = """Tỉnh tổ chức đối thoại với nông dân năm 2026

Thực hiện quy chế dân chủ, Chủ tịch UBND tỉnh sẽ chủ trì buổi đối thoại với nông dân vào ngày 20/3/2026 tại Hội trường tỉnh.

UBND tỉnh cũng kính mời Thường trực HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh cùng dự buổi đối thoại.

UBND tỉnh giao Sở Nông nghiệp và Môi trường chuẩn bị tài liệu, tổng hợp các kiến nghị của nông dân gửi trước buổi đối thoại.
"""


def test_province_committee_chairing_or_inviting_on_its_own_page_is_no_lead():
    leads = [lead for _, lead in _tasks(PAGE_OWN_VOICE)]
    assert "Ủy ban nhân dân tỉnh" not in leads
    assert "Sở Nông nghiệp và Môi trường" in leads


PAGE_CONTINUED = """Cảnh báo sạt lở bờ sông tại xã Bình An

UBND tỉnh yêu cầu UBND xã Bình An khẩn trương cắm biển cảnh báo khu vực sạt lở. Sở Xây dựng khảo sát, đề xuất phương án gia cố bờ sông.

Đồng thời, chủ động bố trí lực lượng trực tại chỗ, theo dõi diễn biến sạt lở và di dời các hộ dân trong vùng nguy hiểm.
"""


def test_paragraph_opening_with_a_connector_goes_on_with_the_body_asked_above():
    tasks = _tasks(PAGE_CONTINUED)
    assert ("2", "Ủy ban nhân dân xã Bình An") in tasks
    assert ("2", "Sở Xây dựng") not in tasks


PAGE_NAMED_AGAIN = """Cảnh báo sạt lở bờ sông tại xã Bình An

UBND tỉnh yêu cầu UBND xã Bình An khẩn trương cắm biển cảnh báo khu vực sạt lở.

Bên cạnh đó, Sở Xây dựng chủ động khảo sát, đề xuất phương án gia cố bờ sông.
"""


def test_paragraph_after_a_connector_with_its_own_doer_keeps_it():
    assert _tasks(PAGE_NAMED_AGAIN) == [("1", "Ủy ban nhân dân xã Bình An"), ("2", "Sở Xây dựng")]


PAGE_DESIGNATED = """Sắp xếp trạm y tế xã

UBND xã, phường quyết định thành lập trạm y tế mới theo tên của xã, phường.

Các trạm y tế cũ của hai xã được xác định là điểm khám bệnh trực thuộc trạm y tế mới.
"""


def test_body_given_a_status_is_no_doer():
    assert [lead for _, lead in _tasks(PAGE_DESIGNATED)] == ["Ủy ban nhân dân xã, phường"]


PAGE_SUMMARY_THEN_CONTENT = """Tăng cường quản lý chợ đầu mối

Văn bản được ban hành để triển khai chỉ đạo của Bộ Công Thương; UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương chủ động phòng ngừa vi phạm.

Theo đó, UBND tỉnh giao Sở Công Thương chủ trì kiểm tra hoạt động của các chợ đầu mối trên địa bàn.

Sở Y tế phối hợp kiểm tra an toàn thực phẩm tại các chợ.
"""


def test_first_paragraph_asking_no_one_by_name_before_theo_do_is_no_clause():
    assert _tasks(PAGE_SUMMARY_THEN_CONTENT) == [("1", "Sở Công Thương"), ("2", "Sở Y tế")]


def test_traffic_in_the_stressed_words_is_no_request():
    # "giao thông" folds to the request word "giao": the province still only stresses.
    sentence = "Chủ tịch UBND tỉnh nhấn mạnh việc bảo đảm trật tự an toàn giao thông trong dịp lễ."
    subjects = [m for m in find_mentions(sentence) if m.kind == "province"]
    assert own_voice(sentence, subjects[0].end, subjects)
