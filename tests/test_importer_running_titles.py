"""A plan's running head before its parts' headings ("KẾ HOẠCH. II. …"), on an invented decision."""

from tracker.importer.parser import parse_text

DECISION = """ỦY BAN NHÂN DÂN TỈNH AN BÌNH
Số: 210/QĐ-UBND An Bình, ngày 12 tháng 3 năm 2021
QUYẾT ĐỊNH Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2021
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng năm 2021.
Điều 2. Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Bình

KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2021
I. MỤC ĐÍCH, YÊU CẦU
1. Khai thác tiềm năng du lịch của các bản làng.
2. Nâng cao thu nhập của người dân.
KẾ HOẠCH. II. NHIỆM VỤ CỤ THỂ
1. Sở Văn hóa, Thể thao và Du lịch xây dựng bộ tiêu chí điểm du lịch cộng đồng.
2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
KẾ HOẠCH. III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các huyện, thị xã tổ chức thực hiện Kế hoạch trên địa bàn.
2. Đề nghị Hội Nông dân tỉnh vận động hội viên tham gia làm du lịch cộng đồng./.
"""


def test_a_part_heading_after_the_plans_running_head_opens_its_part():
    leads = {(t.clause, t.lead_agency) for t in parse_text(DECISION).tasks}
    assert ("II.1", "Sở Văn hóa, Thể thao và Du lịch") in leads
    assert ("II.2", "Sở Tài chính") in leads
    assert ("III.2", "Hội Nông dân tỉnh") in leads
    assert any(clause == "III.1" for clause, _ in leads)
