"""How a text is cut into clauses: a place range wrapped before its dash, points numbered in words inside a
numbered clause, a preamble citing another body's letter, a reply's address and date after a request."""

from tracker.importer.clauses import split_body
from tracker.importer.parser import parse_text
from tracker.importer.text import paragraphs

HEADER = """UBND TỈNH NAM SƠN
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 15/SGDĐT-KT
V/v góp ý dự thảo quy định
Nam Sơn, ngày 02 tháng 3 năm 2024
"""


def test_a_place_range_wrapped_before_its_dash_goes_on_with_the_sentence():
    text = ("Xét đề nghị của Ủy ban nhân dân tỉnh Nam Sơn về tiến độ giải phóng mặt bằng dự án đường sắt tốc độ cao Bắc Hà\n"
            "- Đông Giang, đoạn qua hai huyện miền núi, Phó Thủ tướng có ý kiến như sau:\n"
            "- Rà soát hồ sơ dự án.")
    assert paragraphs(text) == [
        "Xét đề nghị của Ủy ban nhân dân tỉnh Nam Sơn về tiến độ giải phóng mặt bằng dự án đường sắt tốc độ cao Bắc Hà "
        "- Đông Giang, đoạn qua hai huyện miền núi, Phó Thủ tướng có ý kiến như sau:",
        "- Rà soát hồ sơ dự án.",
    ]


def test_a_bullet_after_a_line_ending_in_a_name_stays_a_bullet():
    text = ("Các đơn vị thực hiện theo hướng dẫn tại văn bản của Ủy ban nhân dân tỉnh Nam Sơn\n"
            "- Căn cứ tình hình thực tế, chủ động bố trí lực lượng.")
    assert len(paragraphs(text)) == 2


def test_points_numbered_in_words_inside_a_numbered_clause_are_part_of_it():
    text = HEADER + """Kính gửi: Các sở, ngành
Ủy ban nhân dân tỉnh kết luận như sau:
1. Việc sắp xếp các trường học có ý nghĩa quan trọng với các khía cạnh:
Thứ nhất, bảo đảm quyền lợi của học sinh;
Thứ hai, sử dụng hiệu quả cơ sở vật chất;
2. Giao Sở Giáo dục và Đào tạo rà soát mạng lưới trường học.
"""
    body = split_body(text)
    assert [c.ref for c in body.clauses] == ["1", "2"]
    assert body.clauses[0].units[0].startswith("Thứ nhất")


def test_words_numbering_a_whole_text_still_make_its_clauses():
    text = HEADER + """Kính gửi: Các sở, ngành
Ủy ban nhân dân tỉnh yêu cầu như sau:
Thứ nhất, Sở Y tế kiểm tra an toàn thực phẩm.
Thứ hai, Sở Công Thương kiểm soát thị trường.
"""
    assert [c.ref for c in split_body(text).clauses] == ["1", "2"]


LETTER = HEADER + """Kính gửi:
- Hiệu trưởng trường Trung học cơ sở;
- Giám đốc trung tâm giáo dục nghề nghiệp.
Theo văn bản số 88/BC-STP ngày 20/02/2024 của Sở Tư pháp về việc lấy ý kiến dự thảo quy định, Sở Tư pháp đã xây dựng dự thảo quy định về giáo dục pháp luật trong nhà trường.
Sở Giáo dục và Đào tạo đề nghị các đơn vị nghiên cứu, góp ý dự thảo quy định.
Các đơn vị gửi ý kiến về Phòng Khảo thí trước ngày 15/3/2024.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_preamble_citing_another_body_s_letter_is_no_clause():
    body = split_body(LETTER)
    assert not any(c.heading.startswith("Theo văn bản") for c in body.clauses)


def test_the_reply_s_address_and_date_join_the_request_and_the_units_are_groups():
    tasks = parse_text(LETTER).tasks
    assert [(t.clause, t.lead_agency, str(t.due_on)) for t in tasks] == [
        ("1", "Các trường Trung học cơ sở", "2024-03-15"),
        ("1", "Các trung tâm giáo dục nghề nghiệp", "2024-03-15"),
    ]
