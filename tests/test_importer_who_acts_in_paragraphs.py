"""Who acts when a page's or a plan's paragraphs name their doers in running text (invented texts)."""

from tracker.importer.parser import parse_text


def _leads(text: str) -> list[tuple[str, str]]:
    return [(task.clause_number, task.lead_agency) for task in parse_text(text).tasks]


TITLE_ALONE_ASKS = """Quảng Trị rà soát quỹ đất công chưa sử dụng
(Quangtri.gov.vn) - Chủ tịch UBND tỉnh vừa ký văn bản về việc rà soát quỹ đất công chưa sử dụng trên địa bàn tỉnh.

Theo đó, Chủ tịch giao UBND các huyện, thị xã có trách nhiệm lập danh mục các khu đất công chưa sử dụng trên địa bàn.

Sở Tài chính tổng hợp, đề xuất phương án xử lý các khu đất công, trình UBND tỉnh.
"""


def test_a_title_named_alone_asks_and_those_it_asks_act():
    # "Chủ tịch" with no body is the holder the page named above: he speaks, the districts act
    assert ("1", "Ủy ban nhân dân huyện, thị xã") in _leads(TITLE_ALONE_ASKS)


PLAN_AIMS = """Kế hoạch hưởng ứng Tuần lễ quốc gia phòng, chống thiên tai năm 2021

Ngày 05 tháng 5 năm 2021, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 1450/KH-UBND hưởng ứng Tuần lễ quốc gia phòng, chống thiên tai.

Theo đó mục đích, yêu cầu của Kế hoạch như sau:

1. Nâng cao nhận thức của cộng đồng về phòng, chống thiên tai, chủ động ứng phó với biến đổi khí hậu.

2. Các hoạt động hưởng ứng thiết thực, tiết kiệm, tránh hình thức.

"""


def test_a_closing_request_opened_by_a_connector_is_a_clause():
    # the numbered aims draft nothing; the request the page closes with, opened by "Ngoài ra,", is the work
    text = PLAN_AIMS + ("   Ngoài ra, Ủy ban nhân dân tỉnh đề nghị Sở Nông nghiệp và Phát triển nông thôn bố trí "
                        "lực lượng trực ban, cập nhật thông tin thiên tai trên địa bàn tỉnh./.\n")
    assert _leads(text) == [("3", "Sở Nông nghiệp và Phát triển nông thôn")]


def test_implementing_with_a_report_by_a_date_is_no_closing_formula():
    # "triển khai thực hiện" alone closes a letter; with a report due by a date it is work to follow up
    text = PLAN_AIMS + ("Ủy ban nhân dân tỉnh yêu cầu Sở Tài nguyên và Môi trường triển khai thực hiện Kế hoạch, "
                        "báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/6/2021./.\n")
    tasks = parse_text(text).tasks
    assert [(t.clause_number, t.lead_agency, str(t.due_on)) for t in tasks] == \
        [("3", "Sở Tài nguyên và Môi trường", "2021-06-15")]
