"""Organisation sections of plans and decisions: group leads, their remit, points under a heading
(invented texts)."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text

HEADER = """ỦY BAN NHÂN DÂN TỈNH BẮC NAM
Số: 12/KH-UBND
Bắc Nam, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
Triển khai công tác phòng cháy trong khu dân cư

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của người dân về phòng cháy.
II. TỔ CHỨC THỰC HIỆN
"""


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_remit_between_the_subjects_and_their_work_after_a_basis():
    # "Trên cơ sở …, X theo nhiệm vụ được giao … xây dựng": the remit does not hide who acts.
    text = HEADER + ("1. Trên cơ sở nội dung Chỉ thị số 05/CT-TTg, Kế hoạch này, các sở, ban, ngành, Ủy ban nhân dân các huyện theo "
                     "nhiệm vụ được giao tại Kế hoạch này xây dựng kế hoạch của đơn vị trong quý II năm 2025.\n"
                     "2. Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch.\n")
    leads = _leads(text)
    assert ("II.1", "Các sở, ban, ngành") in leads
    assert any(clause == "II.1" and lead.startswith("Ủy ban nhân dân") for clause, lead in leads)


def test_ministries_and_boards_not_named_above_are_one_group():
    names = [m.name for m in find_mentions("Các bộ, ban, ngành khác: căn cứ chức năng, nhiệm vụ, tổ chức thực hiện.")]
    assert names[0] == "Các bộ, ban, ngành khác"
    assert [m.name for m in find_mentions("phối hợp với các bộ, ban, ngành liên quan")] == ["Các bộ, ban, ngành liên quan"]


def test_a_known_ministry_then_the_work_on_the_next_line():
    # "3. Bộ Công Thương" then "Chủ trì …": the capital of the work's first word is not part of the name.
    assert [m.name for m in find_mentions("Bộ Công Thương Chủ trì, phối hợp với Bộ Y tế rà soát.")][:1] == ["Bộ Công Thương"]


def test_points_stay_the_headings_when_the_next_article_hangs_under_the_last():
    text = """THỦ TƯỚNG CHÍNH PHỦ
Số: 99/QĐ-TTg
Hà Nội, ngày 02 tháng 4 năm 2026

QUYẾT ĐỊNH
Phê duyệt Đề án đào tạo kỹ sư cầu đường

QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án với các nội dung sau:
I. MỤC TIÊU
1. Đào tạo 500 kỹ sư cầu đường.
II. TỔ CHỨC THỰC HIỆN
1. Bộ Xây dựng
Chủ trì triển khai Đề án.
2. Các bộ, cơ quan ngang bộ, địa phương
a) Cử cán bộ tham gia các khóa đào tạo.
b) Bố trí kinh phí theo thẩm quyền cho các khóa đào tạo.
c) Phối hợp với Bộ Xây dựng tổng kết Đề án.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định này.
"""
    leads = _leads(text)
    assert ("II.2", "Các bộ, cơ quan ngang bộ, địa phương") in leads
    assert not any(clause.startswith("II.2.") for clause, _ in leads)
