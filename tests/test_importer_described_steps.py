"""What the articles of a Quy chế or a resolution describe rather than assign: the closing article naming who
applies the rules, a step for a case only ("Trường hợp …, X …", a paragraph titled "Trường hợp …:"), a body
encouraged before the organisation article, a definition of whose remit a matter is. Invented texts of the
general form."""

from tracker.importer.parser import parse_text

RULES = """ỦY BAN NHÂN DÂN
TỈNH LAM SƠN
Số: 77/2025/QĐ-UBND
Lam Sơn, ngày 12 tháng 11 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế tiếp nhận và trả lời ý kiến của doanh nghiệp

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận và trả lời ý kiến của doanh nghiệp.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

QUY CHẾ
Tiếp nhận và trả lời ý kiến của doanh nghiệp

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phân loại ý kiến

1. Ý kiến thuộc thẩm quyền trả lời của UBND, Chủ tịch UBND các cấp là ý kiến về việc thuộc nhiệm vụ của chính quyền.

Chương II

TRÌNH TỰ TIẾP NHẬN

Điều 2. Tiếp nhận ý kiến

1. Trường hợp ý kiến vượt thẩm quyền, Sở Kế hoạch và Đầu tư tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét.

2. Trường hợp doanh nghiệp đề nghị đối thoại trực tiếp:

Sở Tư pháp bố trí địa điểm, mời các cơ quan liên quan dự buổi đối thoại.

3. Khuyến khích Ủy ban nhân dân các xã tổ chức đối thoại với doanh nghiệp trên địa bàn.

Chương III

ĐIỀU KHOẢN THI HÀNH

Điều 3. Trách nhiệm tổ chức thực hiện

1. Sở Kế hoạch và Đầu tư có trách nhiệm tổng hợp ý kiến của doanh nghiệp, báo cáo Ủy ban nhân dân tỉnh
trước ngày 15 tháng 12 hằng năm.

2. Giám đốc các sở; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm triển khai thực hiện Quy chế này.
"""


def _clauses() -> set[str]:
    return {t.clause for t in parse_text(RULES).tasks}


def test_the_closing_article_of_rules_names_who_applies_them_and_assigns_nothing():
    # "… chịu trách nhiệm triển khai thực hiện Quy chế này" is the rules' "chịu trách nhiệm thi hành Quyết định này".
    assert "3.2" not in _clauses()
    assert "3.1" in _clauses()  # a duty with its cycle in the same article stays


def test_a_step_for_a_case_set_off_by_a_comma_is_no_task():
    assert "2.1" not in _clauses()


def test_a_paragraph_titled_by_its_case_gives_no_task():
    assert "2.2" not in _clauses()


def test_a_body_encouraged_before_the_organisation_article_is_not_told():
    assert "2.3" not in _clauses()


def test_a_committee_named_bare_after_of_joins_the_names_after_the_comma():
    # "… của UBND, Chủ tịch UBND các cấp là …": the committees whose remit it is, no subject.
    assert "1.1" not in _clauses()
