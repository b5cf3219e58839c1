"""A closing paragraph that sets a recurring report of named bodies ("Hàng năm, các bộ … báo cáo … ./."), and a
bullet that names its bodies over the bullets after it ("- UBND tỉnh A và UBND tỉnh B cần tập trung các nhiệm vụ
sau:"), each read on an invented text (study 140)."""

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency, t.due_on, t.recurrence) for t in parse_text(text).tasks]


HEAD = ("QUYẾT ĐỊNH\nPhê duyệt Kế hoạch phát triển du lịch cộng đồng\nTHỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n"
        "I. MỤC TIÊU\nTăng lượng khách du lịch.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Bộ Văn hóa, Thể thao và Du lịch\n\nHướng dẫn các địa phương xây dựng sản phẩm du lịch cộng đồng.\n\n"
        "2. Bộ Tài chính\n\nBố trí kinh phí thực hiện Kế hoạch.\n\n")


def test_a_closing_yearly_report_is_work_of_the_bodies_it_names():
    text = HEAD + ("Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương báo cáo "
                   "kết quả thực hiện về Bộ Văn hóa, Thể thao và Du lịch để tổng hợp, báo cáo Thủ tướng Chính phủ./.\n")
    closing = [(lead, rule) for clause, lead, _, rule in _tasks(text) if clause == "II"]
    assert [rule for _, rule in closing] == ["FREQ=YEARLY", "FREQ=YEARLY"]
    assert closing[0][0] == "Các bộ, ngành"


def test_a_closing_that_only_asks_for_implementation_is_no_task():
    text = HEAD + "Các bộ, ngành và địa phương tổ chức thực hiện Kế hoạch này./.\n"
    assert [clause for clause, *_ in _tasks(text)] == ["II.1", "II.2"]


TITLED = ("QUYẾT ĐỊNH\nPhê duyệt Kế hoạch chống ngập đô thị\nTHỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n"
          "I. MỤC TIÊU\nGiảm điểm ngập.\nII. TỔ CHỨC THỰC HIỆN\n"
          "1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n\n"
          "- Rà soát hệ thống thoát nước đô thị.\n\n"
          "- Ủy ban nhân dân thành phố Cần Thơ và Ủy ban nhân dân thành phố Hải Phòng cần tập trung các nhiệm vụ sau:\n\n"
          "+ Hoàn thành nạo vét kênh rạch nội đô trong năm 2027.\n\n"
          "+ Xây dựng bản đồ cảnh báo ngập.\n\n"
          "2. Bộ Xây dựng\n\nHướng dẫn các địa phương lập quy hoạch thoát nước.\n")


def test_a_bullet_naming_its_bodies_over_a_colon_heads_the_bullets_after_it():
    dated = [(lead, due) for clause, lead, due, _ in _tasks(TITLED) if clause.startswith("II.1") and due]
    assert sorted(lead for lead, _ in dated) == ["Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân thành phố Hải Phòng"]
