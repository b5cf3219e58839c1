"""Bullets that only name a body ("- Bộ Y tế", then "+ …" bullets under it): a sub-heading inside a
point, whose bullets are that body's work (round 32's study), each with an invented text."""

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency, t.cooperating_agencies) for t in parse_text(text).tasks]


HEAD = ("NGHỊ QUYẾT\nVỀ PHÒNG CHỐNG DỊCH BỆNH MÙA MƯA\nCHÍNH PHỦ\nQUYẾT NGHỊ:\nI. MỤC TIÊU\nGiảm số ca mắc.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường phòng bệnh\n\na) Hoàn thiện quy định về phòng bệnh\n\n")
TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Bộ Y tế theo dõi việc thực hiện Nghị quyết này.\n"


def test_a_bullet_naming_only_a_body_heads_the_bullets_under_it():
    text = HEAD + ("- Bộ Y tế\n\n+ Ban hành hướng dẫn giám sát ổ dịch.\n\n+ Rà soát danh mục thuốc thiết yếu.\n\n"
                   "- Bộ Tư pháp\n\n+ Thẩm định các văn bản về phòng bệnh.\n\n"
                   "- Ngân hàng Nhà nước Việt Nam hướng dẫn các tổ chức tín dụng hỗ trợ vốn.\n\n"
                   "- Đề nghị Mặt trận Tổ quốc Việt Nam tại địa phương:\n\n+ Vận động Nhân dân vệ sinh nhà ở.\n") + TAIL
    tasks = _tasks(text)
    point = [(lead, coop) for clause, lead, coop in tasks if clause == "II.1.a"]
    assert point == [("Bộ Y tế", []), ("Bộ Tư pháp", []), ("Ngân hàng Nhà nước Việt Nam", []),
                     ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [])]


def test_a_bullet_with_work_after_the_name_is_no_sub_heading():
    text = HEAD + ("- Bộ Y tế ban hành hướng dẫn giám sát ổ dịch.\n\n"
                   "- Tăng cường truyền thông về phòng bệnh.\n") + TAIL
    assert [lead for clause, lead, _ in _tasks(text) if clause == "II.1.a"] == ["Bộ Y tế"]


def test_a_name_over_plain_text_is_an_entry_of_a_list_not_a_sub_heading():
    text = HEAD + ("- Bộ Y tế chủ trì tổng hợp danh sách khen thưởng, gồm:\n\n- Hội đồng Thi đua tỉnh:\nKhông quá 03 cá nhân;\n\n"
                   "- Ban Dân tộc tỉnh:\nKhông quá 02 cá nhân.\n") + TAIL
    assert [lead for clause, lead, _ in _tasks(text) if clause == "II.1.a"] == ["Bộ Y tế"]
