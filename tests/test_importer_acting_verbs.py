"""Verbs that make a body named first the doer of its bullet outside the organisation section, where
only explicit assignments count: "X đưa … vào kế hoạch …". Invented texts of the general form."""

from tracker.importer.parser import parse_text

PLAN = """THỦ TƯỚNG CHÍNH PHỦ
Số: 100/QĐ-TTg
Hà Nội, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển du lịch
II. NHIỆM VỤ CỤ THỂ
1. Tăng cường công tác quảng bá du lịch
- Ủy ban nhân dân cấp tỉnh, cấp xã đưa các chỉ tiêu phát triển du lịch vào kế hoạch phát triển kinh tế - xã hội của địa phương.
- Đổi mới nội dung, hình thức quảng bá du lịch.
2. Phát triển hạ tầng du lịch
- Bộ Xây dựng hướng dẫn quy hoạch khu du lịch.
III. TỔ CHỨC THỰC HIỆN
1. Bộ Văn hóa, Thể thao và Du lịch chủ trì theo dõi việc thực hiện Kế hoạch.
2. Bộ Tài chính bảo đảm kinh phí thực hiện Kế hoạch.
"""


def test_bodies_putting_targets_into_their_plans_lead_the_bullet():
    leads = [(t.clause, t.lead_agency) for t in parse_text(PLAN).tasks]
    assert ("II.1", "Ủy ban nhân dân cấp tỉnh") in leads
    assert ("II.1", "Ủy ban nhân dân cấp xã") in leads
