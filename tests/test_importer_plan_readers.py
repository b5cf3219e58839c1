"""General words for the bodies that carry a plan out ("Các cơ quan, đơn vị, địa phương …") opening an item of its
organisation section, or asked by its closing request, with work of their own: a group lead as written (ANNOTATION.md
rule 3); only carrying the plan out is no task; read on invented texts (study 163)."""

from datetime import date

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency, t.due_on, t.recurrence) for t in parse_text(text).tasks]


HEAD = ("KẾ HOẠCH\nPhát triển du lịch cộng đồng vùng ven biển\n"
        "I. MỤC TIÊU\nTăng số điểm du lịch cộng đồng được công nhận.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn các điểm du lịch cộng đồng xây dựng sản phẩm.\n\n")


def test_general_words_opening_an_item_with_a_plan_and_a_yearly_report_lead_it():
    text = HEAD + ("2. Các cơ quan, đơn vị, địa phương xây dựng kế hoạch phát triển du lịch cộng đồng của mình, hoàn "
                   "thành trong tháng 9/2026. Định kỳ báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 25 "
                   "tháng 10 hằng năm.\n")
    own = [(clause, lead, due, rule) for clause, lead, due, rule in _tasks(text) if clause.startswith("II.2")]
    assert ("II.2", "Các cơ quan, đơn vị, địa phương", date(2026, 9, 30), None) in own
    assert any(lead == "Các cơ quan, đơn vị, địa phương" and rule == "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=25"
               for _, lead, _, rule in own)


def test_a_check_on_carrying_the_plan_out_with_a_yearly_report_is_work_of_their_own():
    text = HEAD + ("2. Các đơn vị, địa phương tăng cường kiểm tra việc thực hiện Kế hoạch này, định kỳ hằng năm báo "
                   "cáo kết quả về Sở Văn hóa, Thể thao và Du lịch chậm nhất ngày 05 tháng 12.\n")
    assert ("II.2", "Các đơn vị, địa phương", None, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5") in _tasks(text)


def test_general_words_told_only_to_complete_the_duties_given_lead_nothing():
    text = HEAD + ("2. Các cơ quan, đơn vị, địa phương có trách nhiệm hoàn thành nhiệm vụ được phân công, bảo đảm tiến "
                   "độ và chất lượng.\n")
    assert [clause for clause, *_ in _tasks(text)] == ["II.1"]


def test_general_words_a_body_is_told_to_urge_are_no_lead_of_their_own():
    text = HEAD + ("2. Sở Văn hóa, Thể thao và Du lịch\n\n- Chủ trì, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; "
                   "tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm.\n")
    assert all(lead != "Các cơ quan, đơn vị" for _, lead, *_ in _tasks(text))


def test_work_after_a_ground_closed_by_de_is_their_own():
    text = HEAD + ("2. Các cơ quan, đơn vị căn cứ Kế hoạch này và tình hình thực tế của mình để phát động phong trào "
                   "làm du lịch cộng đồng với nội dung, hình thức phù hợp.\n")
    assert ("II.2", "Các cơ quan, đơn vị", None, None) in _tasks(text)


def test_enterprises_listed_with_the_general_words_are_part_of_the_group():
    text = HEAD + ("2. Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ chức năng, nhiệm vụ được giao xây dựng kế "
                   "hoạch hưởng ứng phong trào làm du lịch cộng đồng.\n")
    assert ("II.2", "Các cơ quan, đơn vị, địa phương, doanh nghiệp", None, None) in _tasks(text)


def test_a_closing_request_after_the_summary_sentence_with_a_yearly_report_is_the_next_item():
    text = HEAD + ("Trên đây là Kế hoạch phát triển du lịch cộng đồng vùng ven biển. Đề nghị các cơ quan, đơn vị "
                   "nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 20 tháng 11) báo cáo kết quả thực "
                   "hiện về Sở Văn hóa, Thể thao và Du lịch để tổng hợp./.\n")
    assert ("II.2", "Các cơ quan, đơn vị", None, "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20") in _tasks(text)


def test_a_closing_request_after_the_summary_sentence_only_to_implement_is_no_task():
    text = HEAD + ("Trên đây là Kế hoạch phát triển du lịch cộng đồng vùng ven biển. Đề nghị các cơ quan, đơn vị "
                   "nghiêm túc triển khai thực hiện./.\n")
    assert [clause for clause, *_ in _tasks(text)] == ["II.1"]


def test_the_period_a_report_covers_is_no_task_of_its_own():
    item = ("2. Ủy ban nhân dân các xã, phường định kỳ hằng năm báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao "
            "và Du lịch chậm nhất ngày 05 tháng 12.")
    period = (" Thời gian báo cáo định kỳ hằng năm tính từ ngày 01 tháng 12 năm trước kỳ báo cáo đến ngày 30 tháng 11 "
              "của kỳ báo cáo.")
    assert _tasks(HEAD + item + period + "\n") == _tasks(HEAD + item + "\n")
