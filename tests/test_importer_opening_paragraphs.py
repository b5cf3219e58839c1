"""A page's opening paragraphs that report or announce its letter, and who the paragraphs below ask
(study 105). Invented texts, other provinces and topics than the documents that showed the rules."""

from tracker.importer.parser import parse_text
from tracker.importer.segment_subjects import own_subjects


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_a_caption_ending_with_its_photo_credit_is_no_part_of_the_paragraph_below():
    text = (
        "Ngày 12/3, UBND tỉnh đã ban hành công văn yêu cầu các sở, ban, ngành của tỉnh; Báo Bình Thuận, "
        "UBND các huyện, thị xã, thành phố tăng cường phòng, chống sốt xuất huyết.\n"
        "Phun thuốc diệt muỗi tại một khu dân cư (Ảnh minh họa - Nguồn: Internet)\n"
        "UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các cơ quan liên quan tổ chức giám sát ổ dịch trên địa bàn tỉnh.\n"
        "Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch theo quy định.\n"
    )
    assert _tasks(text) == [("1", "Sở Y tế"), ("2", "Sở Tài chính")]


def test_a_lead_that_directs_naming_no_one_only_announces_the_letter():
    text = (
        "Thực hiện Công văn số 210/UBND-KT ngày 03/4/2022 của UBND tỉnh Hà Tĩnh về việc phòng, chống cháy rừng; "
        "UBND huyện chỉ đạo tăng cường công tác phòng, chống cháy rừng mùa khô (Công văn số 415/UBND-VP ngày 8/4/2022).\n\n"
        "Yêu cầu các phòng, ban, ngành, UBND các xã, thị trấn tăng cường kiểm tra, trực phòng cháy rừng.\n\n"
        "Giao Phòng Nông nghiệp và Phát triển nông thôn huyện chủ trì tổ chức tuần tra các vùng rừng trọng điểm.\n"
    )
    tasks = _tasks(text)
    assert ("1", "Các phòng, ban, ngành") in tasks and ("2", "Phòng Nông nghiệp và Phát triển nông thôn huyện") in tasks
    assert all(lead != "Ủy ban nhân dân huyện" for _, lead in tasks)


def test_the_front_invited_after_a_semicolon_is_asked_the_same_work():
    text = (
        "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh Quảng Trị về việc phòng, chống ma túy; UBND huyện chỉ đạo "
        "tăng cường phòng, chống ma túy (Công văn số 77/UBND-VP ngày 2/2/2022).\n\n"
        "Yêu cầu các phòng, ban, ngành, UBND các xã, thị trấn; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức "
        "chính trị - xã hội huyện theo chức năng, nhiệm vụ tăng cường tuyên truyền về tác hại của ma túy.\n"
    )
    leads = {lead for _, lead in _tasks(text)}
    assert {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Các tổ chức chính trị - xã hội huyện"} <= leads


def test_a_district_names_its_own_office_with_no_level():
    text = (
        "Để bảo đảm an toàn giao thông dịp Tết, UBND huyện yêu cầu các đơn vị thực hiện các nội dung sau:\n\n"
        "1. Giao Văn phòng HĐND và UBND chủ trì, theo dõi, tổng hợp tình hình, tham mưu UBND huyện chỉ đạo kịp thời.\n"
    )
    leads = {lead for _, lead in _tasks(text)}
    assert "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện" in leads


def test_a_body_asked_to_direct_its_subordinates_leads():
    text = (
        "UBND tỉnh Nam Định vừa ban hành công văn về công tác quản lý cư trú năm 2026.\n\n"
        "Theo đó, UBND tỉnh giao Công an tỉnh chủ trì rà soát, cập nhật dữ liệu dân cư trên địa bàn.\n\n"
        "Giao Công an tỉnh chỉ đạo Công an xã, phường thực hiện tốt công tác quản lý công dân ở địa phương.\n"
    )
    assert all(lead == "Công an tỉnh" for _, lead in _tasks(text))


def test_the_localities_going_on_with_the_communes_work_are_the_same_clause():
    text = (
        "UBND TP. Cần Thơ vừa ban hành quyết định bổ sung kinh phí cho ngân sách các xã, phường để hỗ trợ sửa chữa nhà ở.\n\n"
        "UBND thành phố giao UBND các xã, phường chịu trách nhiệm về tính chính xác của hồ sơ đề nghị hỗ trợ.\n\n"
        "Các địa phương tiếp nhận, phân bổ và quyết toán kinh phí đúng mục đích, đúng đối tượng. Trường hợp kinh phí "
        "không sử dụng hết, UBND các xã, phường hoàn trả ngân sách thành phố theo quy định.\n\n"
        "Sở Xây dựng được giao hướng dẫn UBND các xã, phường triển khai chính sách hỗ trợ.\n"
    )
    tasks = _tasks(text)
    assert ("2", "Sở Xây dựng") in tasks and all(lead != "Các địa phương" for _, lead in tasks)
    assert [clause for clause, _ in tasks].count("1") == 1


def test_general_words_point_back_to_a_lead_only_when_it_names_no_readers_in_general():
    text = (
        "UBND tỉnh vừa có văn bản chỉ đạo các sở, ban, ngành, đơn vị liên quan; UBND các huyện, thị xã, thành phố "
        "tăng cường phòng, chống đuối nước cho trẻ em.\n\n"
        "Theo đó, UBND tỉnh yêu cầu các cơ quan, đơn vị tăng cường tuyên truyền, kiểm tra các điểm có nguy cơ đuối nước.\n\n"
        "UBND tỉnh giao Sở Lao động - Thương binh và Xã hội theo dõi, tổng hợp tình hình.\n"
    )
    assert ("1", "Các cơ quan, đơn vị") in _tasks(text)


def test_the_localities_in_the_committees_own_paragraph_are_the_same_task():
    # Study 106: "… đề nghị UBND các huyện rà soát … . (Sở đề nghị) Các địa phương hoàn tất … trước ngày 30-8".
    for closing in ("Các địa phương hoàn tất", "Sở đề nghị các địa phương hoàn tất"):
        text = (
            "Sở Nông nghiệp và Môi trường vừa có công văn đề nghị các địa phương rà soát kế hoạch nông thôn mới năm 2026.\n\n"
            "Theo đó, Sở Nông nghiệp và Môi trường đề nghị UBND các huyện, thị xã rà soát, đăng ký danh sách các xã đạt chuẩn. "
            f"{closing} việc rà soát trước ngày 30-8-2026.\n"
        )
        tasks = parse_text(text).tasks
        assert [(t.clause, t.lead_agency) for t in tasks] == [("1", "Ủy ban nhân dân huyện, thị xã")]
        assert str(tasks[0].due_on) == "2026-08-30"


LOCALITIES_RIGHT_UNDER = (
    "Thực hiện công điện của Thủ tướng Chính phủ, UBND tỉnh đã yêu cầu Chủ tịch UBND các huyện, thị xã tiếp tục chỉ "
    "đạo quyết liệt các biện pháp phòng, chống hạn hán cho cây trồng vụ Đông Xuân.\n"
    "Các địa phương cần thành lập ngay các tổ công tác đi kiểm tra, hướng dẫn việc điều tiết nước tại các xã vùng cao.\n"
    "UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chỉ đạo các công ty thủy nông vận hành hợp lý các hồ chứa.\n"
)


def test_the_localities_right_under_the_committees_paragraph_go_on_with_it():
    assert _tasks(LOCALITIES_RIGHT_UNDER) == [("1", "Ủy ban nhân dân huyện, thị xã"),
                                               ("2", "Sở Nông nghiệp và Phát triển nông thôn")]


def test_the_localities_a_page_asked_apart_above_stay_a_clause_of_their_own():
    # The lead asked "các địa phương" beside the departments: the word below names them again, not the committees.
    text = ("UBND tỉnh yêu cầu các sở, ngành, địa phương chủ động ứng phó với hạn hán.\n"
            "Theo đó, UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thị xã tiếp tục chỉ đạo quyết liệt.\n"
            "Các địa phương cần thành lập ngay các tổ công tác đi kiểm tra việc điều tiết nước tại các xã vùng cao.\n")
    assert ("3", "Các địa phương") in _tasks(text)


LETTER_WITH_ATTACHMENT = """Đông Sơn, ngày 04 tháng 9 năm 2018
    Thực hiện Chương trình hành động số 21-CTr/TU ngày 10/02/2017 của Ban Thường vụ Tỉnh ủy về phát triển du lịch; ngày 20/8/2018, Ủy ban nhân dân huyện ban hành Kế hoạch số 77/KH-UBND về phát triển du lịch năm 2018.
    Trên cơ sở kế hoạch của Ủy ban nhân dân huyện, đề nghị các phòng chuyên môn và UBND các xã, thị trấn xây dựng kế hoạch thực hiện tại đơn vị mình.
    Tệp đính kèm:
Kế hoạch phát triển du lịch huyện Tân Lạc năm 2018.doc
"""


def test_an_attachment_label_a_past_action_programme_and_a_request_after_a_basis():
    # Study 115: "Tệp đính kèm:" lists files, no work; "Thực hiện Chương trình hành động số …" is the letter's
    # grounds; "Trên cơ sở kế hoạch của UBND huyện, đề nghị A và B …": both asked, not only the last.
    assert _tasks(LETTER_WITH_ATTACHMENT) == [
        ("1", "Các phòng chuyên môn"), ("1", "Ủy ban nhân dân xã, thị trấn")]


def test_a_province_setting_its_goal_is_no_clause_of_the_page():
    # Study 115: "UBND tỉnh xác định mục tiêu trọng tâm là …" states a goal, by itself no work.
    page = ("Năm nay, công tác kiểm kê rừng được triển khai trên toàn tỉnh với 40 đơn vị cấp xã.\n\n"
            "UBND tỉnh xác định mục tiêu trọng tâm là phản ánh đầy đủ, chính xác hiện trạng rừng tại từng địa phương.\n\n"
            "Về tiến độ, UBND các xã, phường hoàn thành kiểm kê rừng cấp xã trước ngày 15.4.2026.\n")
    assert _tasks(page) == [("1", "Ủy ban nhân dân xã, phường")]


def test_an_attachment_label_ends_the_letter():
    # Study 115: the page's "Tệp đính kèm:" introduces files, not the letter's assignments.
    text = ("Đông Sơn, ngày 04 tháng 9 năm 2018\n"
            "Đề nghị UBND các xã, thị trấn tổ chức tuyên truyền kế hoạch đến nhân dân.\n"
            "Tệp đính kèm:\nKế hoạch tuyên truyền năm 2018.pdf\n")
    assert _tasks(text) == [("1", "Ủy ban nhân dân xã, thị trấn")]


def test_carrying_out_an_action_programme_is_the_letters_grounds():
    # Study 115: "Chương trình hành động số …" cites a document as "Chương trình số …" does.
    text = ("Đông Sơn, ngày 04 tháng 9 năm 2018\n"
            "Thực hiện Chương trình hành động số 21-CTr/TU ngày 10/02/2017 của Ban Thường vụ Tỉnh ủy về phát triển "
            "du lịch; Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, ngày 20/8/2018, Ủy ban nhân dân huyện ban hành "
            "Kế hoạch số 77/KH-UBND.\n"
            "Đề nghị UBND các xã, thị trấn tổ chức tuyên truyền kế hoạch đến nhân dân.\n")
    assert _tasks(text) == [("1", "Ủy ban nhân dân xã, thị trấn")]


def test_a_request_after_a_basis_asks_all_it_names():
    # Study 115: the basis ends with its author, then "đề nghị" parts it from those asked: all of them lead.
    segment = ("Trên cơ sở kế hoạch của Ủy ban nhân dân huyện, đề nghị các phòng, ban chuyên môn và UBND các xã "
               "tổ chức xây dựng kế hoạch thực hiện.")
    assert [m.name for m in own_subjects(segment)[0]] == [
        "Các phòng, ban chuyên môn", "Ủy ban nhân dân xã"]
