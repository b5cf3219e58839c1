"""Pages without a header, each rule with an invented page: which paragraphs are the page's clauses. A request to
the readers in general words for "measures" only announces those the page sets out below, so it is no clause; nor
is a paragraph that counts requirements ("hai yêu cầu cốt lõi") or speaks of a duty as a matter ("việc phải …"); a
lead that only names the document to carry out is none when paragraphs below ask; and the document the press makes
the subject ("Công điện yêu cầu Sở X …") asks, those it names act."""

import re

import pytest

from tracker.importer.catch_all_addressees import announces_measures
from tracker.importer.nominal_requests import nominal_use
from tracker.importer.parser import parse_text
from tracker.importer.segment_subjects import own_subjects
from tracker.importer.text import paragraphs


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


MEASURES_PAGE = """Tân Lập siết chặt phòng, chống bệnh dại trên đàn chó, mèo

UBND xã Tân Lập vừa ban hành công văn số 214/UBND-VX, ngày 09/3/2026 về việc tăng cường phòng, chống bệnh dại.

Theo đó, mùa nắng nóng là thời điểm bệnh dại dễ phát sinh, đe dọa sức khỏe của người dân. Vì vậy, UBND xã yêu cầu các đơn vị liên quan triển khai đồng bộ các giải pháp nhằm ngăn chặn bệnh dại.

UBND xã giao Trạm Y tế xã tăng cường giám sát các trường hợp bị chó, mèo cắn, hướng dẫn người dân tiêm phòng kịp thời.

Công an xã phối hợp với các ấp kiểm tra, xử lý nghiêm việc thả rông chó, mèo nơi công cộng.
"""


def test_a_request_for_measures_in_general_words_is_no_clause():
    leads = _leads(MEASURES_PAGE)
    assert ("1", "Trạm Y tế xã") in leads
    assert ("2", "Công an xã") in leads
    assert all(clause in ("1", "2") for clause, _ in leads)


def test_a_request_in_general_words_for_work_of_its_own_stays_a_clause():
    concrete = MEASURES_PAGE.replace("triển khai đồng bộ các giải pháp nhằm ngăn chặn bệnh dại",
                                     "rà soát, thống kê đàn chó, mèo trên địa bàn trước ngày 30/3/2026")
    assert ("2", "Trạm Y tế xã") in _leads(concrete)


def test_what_announces_measures():
    assert announces_measures("Do đó, UBND huyện đề nghị các cơ quan, đơn vị thực hiện quyết liệt, đồng bộ nhiều biện pháp.")
    assert not announces_measures("UBND huyện đề nghị các cơ quan, đơn vị thực hiện các biện pháp cưỡng chế nợ thuế, báo cáo trước ngày 5.")
    assert not announces_measures("UBND tỉnh yêu cầu Sở Y tế triển khai đồng bộ các giải pháp phòng bệnh.")


PLAN_PAGE = """Bảo vệ đàn trâu bò qua mùa lạnh

Kế hoạch của UBND xã Na Hang cho biết, mùa đông năm nay đến sớm. Kế hoạch đặc biệt nhấn mạnh việc phải đề phòng những đợt rét kéo dài.

Để chủ động ứng phó, kế hoạch đặt ra ba yêu cầu cốt lõi là giữ ấm chuồng trại, dự trữ rơm và tiêm phòng.

Về chuồng trại: Kế hoạch yêu cầu Phòng Kinh tế xã rà soát, thống kê hiện trạng chuồng nuôi của từng hộ.
"""


def test_counted_requirements_and_a_duty_spoken_of_are_no_clauses():
    assert _leads(PLAN_PAGE) == [("1", "Phòng Kinh tế xã")]


def test_the_document_as_the_subject_asks_those_it_names():
    subjects, _ = own_subjects("Công điện cũng yêu cầu Sở Công Thương bảo đảm cung cấp điện cho các trạm bơm.")
    assert [m.name for m in subjects] == ["Sở Công Thương"]
    # a document cited with its date is recounted, not the page's request
    cited, _ = own_subjects("Công văn số 45/UBND-KT ngày 2/3/2024 yêu cầu Sở Công Thương bảo đảm cung cấp điện.")
    assert not cited


IMPLEMENTING_PAGE = """UBND tỉnh chỉ đạo triển khai thực hiện Nghị quyết số 12/NQ-HĐND về bảo vệ nguồn nước (Công văn số 905/UBND-KT, ngày 05/6/2025).

Ảnh minh họa

Yêu cầu các cơ quan, đơn vị liên quan theo chức năng, nhiệm vụ tổ chức triển khai thực hiện nghiêm túc Nghị quyết.

Sở Nông nghiệp và Môi trường chủ trì kiểm tra việc xả thải vào các sông, hồ trên địa bàn tỉnh.
"""


def test_a_lead_that_only_names_the_document_to_carry_out_is_no_clause():
    leads = _leads(IMPLEMENTING_PAGE)
    assert ("2", "Sở Nông nghiệp và Môi trường") in leads
    assert not any(lead == "Ủy ban nhân dân tỉnh" for _, lead in leads)


@pytest.mark.parametrize("sentence, nominal", [
    ("Kế hoạch đặt ra hai yêu cầu cốt lõi về an toàn.", True),
    ("Văn bản nêu một số yêu cầu đối với các cơ sở.", True),
    ("Sở yêu cầu các đơn vị trực thuộc rà soát danh sách.", False),
    ("UBND tỉnh Hà Nam yêu cầu các huyện kiểm tra đê điều.", False),
    ("Bà yêu cầu các phòng chuyên môn báo cáo trong tuần.", False),
])
def test_a_request_after_a_speaker_is_no_counted_requirement(sentence, nominal):
    match = re.search("yêu cầu", sentence)
    assert nominal_use(sentence, match) is nominal


def test_a_need_for_a_thing_is_no_clause_of_the_page():
    # Study 106: "cần sự thống nhất" states a need; the paragraph that asks below is clause 1.
    page = ("Để quản lý các bến đò ngang sông, Sở Xây dựng tỉnh Đông Sơn có ý kiến như sau:\n\n"
            "Đối với công tác cấp phép, Sở nhấn mạnh cần sự thống nhất giữa hai Sở về quản lý bến đò.\n\n"
            "Sở Xây dựng đề nghị UBND xã Tân Lập tăng cường kiểm tra các bến đò trên địa bàn.\n")
    assert _leads(page) == [("1", "Ủy ban nhân dân xã Tân Lập")]
    text = "cần sử dụng áo phao"
    assert not nominal_use(text, re.search("cần", text))


CAPTIONED_MEETING = """Quang cảnh buổi giao ban
Dự và chủ trì buổi giao ban có đồng chí: Lò Văn Khải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Nậm Khiêu; Các đồng chí Phó Chủ tịch UBND xã; Trưởng các phòng chuyên môn; Văn phòng HĐND-UBND xã
Các trưởng bản phát biểu ý kiến tại buổi giao ban
Tại buổi giao ban, các trưởng bản đã nêu các khó khăn về giao thông nông thôn, nước sinh hoạt và việc thu gom rác thải trên địa bàn các bản, đồng thời kiến nghị xã sớm có giải pháp khắc phục.
Về nhiệm vụ thời gian tới, đồng chí Chủ tịch UBND xã đề nghị các phòng ban chuyên môn, đơn vị sự nghiệp căn cứ chức năng, nhiệm vụ được giao chủ động nắm bắt tình hình các bản để kịp thời hướng dẫn, giải quyết những kiến nghị của người dân.
"""


def test_a_caption_between_paragraphs_of_a_web_page_joins_neither():
    assert paragraphs(CAPTIONED_MEETING)[:3] == [line.strip() for line in CAPTIONED_MEETING.splitlines()[:3]]
    # The attendance ends with no stop; joined to the caption below, it read as a sentence with doers of its own.
    assert _leads(CAPTIONED_MEETING) == [("1", "Các phòng ban chuyên môn"), ("1", "Các đơn vị sự nghiệp công lập")]


STANDARDS_PAGE = """Sở Y tế tỉnh Đông Giang vừa gửi công văn tới các bệnh viện, trung tâm y tế trên địa bàn về việc công khai giá dịch vụ khám, chữa bệnh năm 2026.

Sở Y tế yêu cầu các cơ sở khám bệnh, chữa bệnh niêm yết công khai giá dịch vụ tại nơi tiếp đón người bệnh và trên trang thông tin điện tử của đơn vị.

Tuyệt đối không để xảy ra tình trạng thu sai giá dịch vụ. Mọi khoản thu phải có hóa đơn, chứng từ hợp lệ, không thu thêm ngoài bảng giá đã niêm yết.

Giám đốc các đơn vị chịu trách nhiệm toàn diện về việc thu giá dịch vụ tại đơn vị. Có trách nhiệm giải trình trước người bệnh và cơ quan quản lý về từng mức thu.

Sở Y tế đề nghị UBND các xã, phường chỉ đạo trạm y tế rà soát việc niêm yết giá dịch vụ trên địa bàn.
"""


def test_standards_and_the_duty_to_account_name_no_new_doer_and_are_no_clause():
    # "Mọi khoản thu phải …" and "có trách nhiệm giải trình" keep the doers of the paragraph above: the next request is clause 2.
    assert _leads(STANDARDS_PAGE) == [("1", "Các cơ sở khám bệnh, chữa bệnh"), ("2", "Ủy ban nhân dân xã, phường")]


def test_work_given_a_time_with_no_body_named_stays_a_clause():
    page = STANDARDS_PAGE.replace("Tuyệt đối không để xảy ra tình trạng thu sai giá dịch vụ. Mọi khoản thu phải có hóa đơn",
                                  "Việc rà soát bảng giá phải hoàn thành trước ngày 15/3/2026. Mọi khoản thu có hóa đơn")
    assert _leads(page)[-1][0] == "3"
