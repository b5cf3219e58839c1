"""A closing request under Roman sections ("UBND tỉnh yêu cầu các sở, …; định kỳ trước ngày 15/12 hằng năm báo cáo
…./."): the last section's next item, its formula left out, read on an invented text (study 150)."""

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency, t.due_on, t.recurrence) for t in parse_text(text).tasks]


HEAD = ("KẾ HOẠCH\nPhát triển thương mại điện tử nông thôn\n"
        "I. MỤC TIÊU\nTăng số hộ kinh doanh trực tuyến.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Công Thương\n\nHướng dẫn các hợp tác xã mở gian hàng trên sàn thương mại điện tử.\n\n"
        "2. Sở Tài chính\n\nBố trí kinh phí thực hiện Kế hoạch.\n\n")


def test_a_closing_request_with_a_yearly_report_is_the_last_sections_next_item():
    text = HEAD + ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường nghiêm túc "
                   "triển khai thực hiện; định kỳ trước ngày 15 tháng 12 hằng năm báo cáo kết quả thực hiện về Sở "
                   "Công Thương để tổng hợp./.\n")
    closing = [(lead, rule) for clause, lead, _, rule in _tasks(text) if clause.startswith("II.3")]
    assert closing == [("Các sở, ban, ngành tỉnh", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"),
                       ("Ủy ban nhân dân xã, phường", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")]


def test_a_closing_request_only_to_implement_is_still_no_task():
    text = HEAD + ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường nghiêm túc "
                   "triển khai thực hiện./.\n")
    assert [clause for clause, *_ in _tasks(text)] == ["II.1", "II.2"]


def test_a_closing_request_to_bodies_and_a_catch_all_by_their_remit_is_no_task():
    text = HEAD + ("Ủy ban nhân dân tỉnh giao Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường, các cơ quan "
                   "liên quan theo chức năng, nhiệm vụ được giao triển khai thực hiện đúng quy định./.\n")
    assert [clause for clause, *_ in _tasks(text)] == ["II.1", "II.2"]


def test_a_request_the_last_item_ends_on_is_the_next_item_with_its_half_yearly_report():
    text = HEAD + ("3. Liên minh Hợp tác xã tỉnh hỗ trợ các hợp tác xã đưa sản phẩm lên sàn thương mại điện tử.\n\n"
                   "Yêu cầu các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường; các đơn vị liên quan căn cứ nhiệm "
                   "vụ được giao triển khai thực hiện tốt Kế hoạch này. Định kỳ 6 tháng các cơ quan báo cáo kết quả "
                   "thực hiện về Sở Công Thương để tổng hợp.\n\n(Kèm theo Phụ lục các nhiệm vụ trọng tâm).\n")
    closing = [(clause, lead, rule) for clause, lead, _, rule in _tasks(text) if clause.startswith("II.4")]
    assert closing == [("II.4", "Các sở, ban, ngành tỉnh", "FREQ=MONTHLY;INTERVAL=6"),
                       ("II.4", "Ủy ban nhân dân xã, phường", "FREQ=MONTHLY;INTERVAL=6")]


def test_a_request_under_an_item_naming_no_doer_is_the_items_own():
    text = HEAD + ("3. Thống nhất chủ trương phát triển chợ đầu mối nông sản.\n\n"
                   "Giao Sở Công Thương chủ trì xây dựng đề án phát triển chợ đầu mối; định kỳ hằng năm báo cáo kết quả "
                   "thực hiện về Ủy ban nhân dân tỉnh.\n")
    assert {clause for clause, *_ in _tasks(text)} >= {"II.3"}
    assert not any(clause.startswith("II.4") for clause, *_ in _tasks(text))
