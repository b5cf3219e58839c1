"""Central letters' spoken requests, the office that conveys them, and words a page glued together: a
Government leader named by post and own name who asks a body, an urging letter's account of what has not
come in, and a department's name run into the next word. Invented sentences of the general form."""

from tracker.importer.parser import parse_text
from tracker.importer.text import words_apart

HEADER = """VĂN PHÒNG CHÍNH PHỦ
Số: 1234/VPCP-KTTH
V/v hoàn thiện đề án phát triển cảng cá
Hà Nội, ngày 12 tháng 3 năm 2019

Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn

"""
SIGNATURE = """
Nơi nhận:
- Như trên;
- Lưu: VT, KTTH.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Khải
"""


def _tasks(body: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(HEADER + body + SIGNATURE).tasks]


def test_a_deputy_prime_minister_named_by_name_asks_the_body_after_him():
    tasks = _tasks("Phó Thủ tướng Hoàng Minh Tâm yêu cầu Bộ Nông nghiệp và Phát triển nông thôn khẩn trương "
                   "hoàn thiện đề án phát triển cảng cá, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 4 năm 2019.\n")
    assert tasks == [("1", "Bộ Nông nghiệp và Phát triển nông thôn")]


def test_the_prime_minister_with_his_name_gives_work_after_an_opening_phrase():
    tasks = _tasks("Xét đề nghị của Ủy ban nhân dân tỉnh Quảng Bình, Thủ tướng Chính phủ Lê Quang Vinh giao Bộ Tài chính "
                   "chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn xem xét hỗ trợ kinh phí trước ngày "
                   "30 tháng 4 năm 2019.\n")
    assert ("1", "Bộ Tài chính") in tasks


def test_the_earlier_request_an_urging_letter_recalls_is_no_task():
    tasks = _tasks("Tại Công văn số 567/VPCP-KTTH ngày 5 tháng 1 năm 2019 của Văn phòng Chính phủ, Phó Thủ tướng "
                   "Hoàng Minh Tâm đã giao Bộ Nông nghiệp và Phát triển nông thôn xây dựng đề án phát triển cảng cá; "
                   "báo cáo trước ngày 28 tháng 2 năm 2019.\n\n"
                   "Phó Thủ tướng Hoàng Minh Tâm yêu cầu Bộ Nông nghiệp và Phát triển nông thôn khẩn trương hoàn thành "
                   "đề án trước ngày 15 tháng 4 năm 2019.\n")
    assert tasks == [("2", "Bộ Nông nghiệp và Phát triển nông thôn")]


def test_the_office_that_has_not_received_a_report_is_given_no_work():
    tasks = _tasks("Ngày 4 tháng 1 năm 2019, Văn phòng Chính phủ có văn bản thông báo ý kiến của Phó Thủ tướng về "
                   "đề án phát triển cảng cá.\n\n"
                   "Tuy nhiên đến nay, Văn phòng Chính phủ chưa nhận được báo cáo của quý Bộ về việc thực hiện.\n\n"
                   "Văn phòng Chính phủ đề nghị quý Bộ khẩn trương báo cáo tình hình thực hiện.\n")
    assert all(lead != "Văn phòng Chính phủ" for _, lead in tasks)


def test_a_department_s_name_glued_to_the_verb_after_it_is_set_apart():
    assert words_apart("Sở Giao thông vận tảichủ trì, phối hợp") == "Sở Giao thông vận tải chủ trì, phối hợp"
    assert words_apart("gửi văn bản cho ĐàiPhát thanh tỉnh") == "gửi văn bản cho Đài Phát thanh tỉnh"
    assert words_apart("hoàn thành trướcngày 15/12/2022") == "hoàn thành trước ngày 15/12/2022"
    assert words_apart("Ban Dân tộcphối hợp với") == "Ban Dân tộc phối hợp với"


def test_brands_abbreviations_and_real_words_stay_whole():
    text = "MobiFone, VinGroup, YouTube, ThS Nguyễn Văn A, UBND tỉnh, hằng ngày 3 lần, ngày 5 tháng 6"
    assert words_apart(text) == text


def test_a_glued_department_name_is_read_whole_as_the_lead():
    tasks = _tasks("UBND tỉnh giao Sở Khoa học và Công nghệchủ trì, phối hợp với Sở Tài chính tổ chức kiểm tra "
                   "các phòng thí nghiệm, báo cáo kết quả trướcngày 20/5/2019.\n")
    assert tasks and tasks[0][1] == "Sở Khoa học và Công nghệ"


def test_a_notice_s_answer_to_a_proposal_is_the_work_of_the_bodies_it_opens_with():
    tasks = _tasks("1. Về đề nghị Bộ Tài chính sớm bổ sung vốn cho các dự án cảng cá, bảo đảm tiến độ: Ủy ban nhân dân "
                   "tỉnh Quảng Bình tiếp tục rà soát danh mục dự án, phối hợp với Bộ Tài chính đề xuất phương án phân bổ.\n\n"
                   "2. Về kiến nghị ban hành cơ chế đặc thù cho các xã đảo: Bộ Nông nghiệp và Phát triển nông thôn nghiên "
                   "cứu đề xuất của tỉnh trong quá trình xây dựng Nghị định.\n")
    assert tasks == [("1", "Ủy ban nhân dân tỉnh Quảng Bình"), ("2", "Bộ Nông nghiệp và Phát triển nông thôn")]
