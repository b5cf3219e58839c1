"""A plan's funding section: bodies told to pay for their part out of the budget they were given are no task;
the finance department asked to find new money is (invented texts)."""

from tracker.importer.parser import parse_text

HEADER = """ỦY BAN NHÂN DÂN TỈNH BẮC NAM
Số: 31/KH-UBND
Bắc Nam, ngày 12 tháng 9 năm 2025

KẾ HOẠCH
Triển khai Luật Thư viện trên địa bàn tỉnh

I. NHIỆM VỤ
1. Sở Văn hóa, Thể thao và Du lịch tổ chức tập huấn Luật cho cán bộ thư viện trong quý IV năm 2025.
"""


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_funding_their_part_from_the_allocation_given_is_no_task():
    text = HEADER + ("II. KINH PHÍ THỰC HIỆN\n"
                     "1. Đối với các nhiệm vụ triển khai trong năm 2025, các sở, ngành và Ủy ban nhân dân các xã, phường "
                     "chủ động cân đối, bố trí trong nguồn ngân sách đã được giao năm 2025 để triển khai thực hiện.\n"
                     "2. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường xây dựng dự toán kinh phí từ ngân sách hằng năm "
                     "được cấp có thẩm quyền giao để thực hiện Kế hoạch này.\n"
                     "3. Các sở, ngành, địa phương có trách nhiệm chủ động bố trí kinh phí từ dự toán được giao, ưu tiên "
                     "thực hiện các nhiệm vụ phát triển thư viện.\n"
                     "4. Sở Tài chính tổng hợp đề xuất của các cơ quan, đơn vị, trình cấp có thẩm quyền bố trí kinh phí "
                     "thực hiện Kế hoạch.\n")
    leads = _leads(text)
    assert ("II.4", "Sở Tài chính") in leads
    assert not [clause for clause, _ in leads if clause in ("II.1", "II.2", "II.3")]


def test_funding_with_work_of_its_own_stays_a_task():
    # Asked to propose more money when the allocation falls short, the bodies have a paper to send.
    text = HEADER + ("II. KINH PHÍ THỰC HIỆN\n"
                     "1. Các sở, ngành chủ động bố trí kinh phí từ dự toán được giao; trường hợp không cân đối được, "
                     "có văn bản đề xuất gửi Sở Tài chính trước ngày 30/10/2025.\n")
    assert any(clause.startswith("II.1") for clause, _ in _leads(text))
