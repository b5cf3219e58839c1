"""Who leads in a plan's sections, each form with an invented text: outside the organisation section only explicit
charges count, and a charge right after the last of a list of bodies ("Đài X, Thông tấn xã Y và các cơ quan báo
chí có trách nhiệm …") is the whole list's; a paragraph naming a body over bullets ("Ủy ban nhân dân các tỉnh:")
makes them its work; what to send only if a change proves needed is no task."""

from tracker.importer.parser import parse_text

PLAN = """THỦ TƯỚNG CHÍNH PHỦ
Số: 100/QĐ-TTg
Hà Nội, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống thiên tai
II. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao nhận thức về phòng, chống thiên tai
a) Bộ Nông nghiệp và Môi trường chủ trì biên soạn tài liệu hướng dẫn kỹ năng phòng, chống thiên tai.
b) Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan báo chí có trách nhiệm mở chuyên mục tuyên truyền về phòng, chống thiên tai.
III. TỔ CHỨC THỰC HIỆN
1. Bộ Nông nghiệp và Môi trường chủ trì theo dõi việc thực hiện Kế hoạch.
2. Bộ Tài chính bảo đảm kinh phí thực hiện Kế hoạch.
"""


def test_a_charge_after_the_last_body_of_a_list_is_every_listed_bodys():
    leads = [(t.clause, t.lead_agency) for t in parse_text(PLAN).tasks]
    assert ("II.1.b", "Đài Tiếng nói Việt Nam") in leads
    assert ("II.1.b", "Thông tấn xã Việt Nam") in leads
    assert ("II.1.b", "Các cơ quan báo chí") in leads


TITLED_BY_A_PARAGRAPH = """THỦ TƯỚNG CHÍNH PHỦ
Số: 100/QĐ-TTg
Hà Nội, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống thiên tai
II. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao năng lực ứng phó thiên tai

a) Hoàn thiện hạ tầng phòng, chống thiên tai

Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:

- Rà soát các công trình đê điều xung yếu, bố trí vốn sửa chữa.

- Xây dựng phương án sơ tán dân cư vùng ven biển.

b) Nâng cao năng lực cứu hộ

- Bộ Công an

+ Hướng dẫn lực lượng cứu hộ.

III. TỔ CHỨC THỰC HIỆN
1. Bộ Nông nghiệp và Môi trường chủ trì theo dõi việc thực hiện Kế hoạch.
2. Bộ Tài chính bảo đảm kinh phí thực hiện Kế hoạch.
"""


def test_a_paragraph_naming_a_body_over_bullets_gives_them_that_body():
    leads = [(t.clause, t.lead_agency) for t in parse_text(TITLED_BY_A_PARAGRAPH).tasks]
    assert ("II.1.a", "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương") in leads
    assert ("II.1.b", "Bộ Công an") in leads


ONLY_IF_AMENDED = """CHÍNH PHỦ
Số: 50/NQ-CP
Hà Nội, ngày 10 tháng 3 năm 2026
NGHỊ QUYẾT
Về phát triển du lịch cộng đồng
III. TỔ CHỨC THỰC HIỆN
1. Bộ Văn hóa, Thể thao và Du lịch chủ trì theo dõi việc thực hiện Nghị quyết.
2. Trong quá trình triển khai, nếu thấy cần điều chỉnh nội dung của Nghị quyết này, các bộ, ngành liên quan gửi Bộ Văn hóa, Thể thao và Du lịch tổng hợp, báo cáo Chính phủ.
"""


def test_what_to_send_if_a_change_proves_needed_while_carrying_out_is_no_task():
    clauses = [t.clause for t in parse_text(ONLY_IF_AMENDED).tasks]
    assert clauses == ["III.1"]  # rule 8: only if the need arises
