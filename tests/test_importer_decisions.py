"""Decisions of the older provincial style (round 33's study), each reading with an invented text: an
extraction that broke "Điều N" from its text, khoản numbered with their article's number ("3.1-"),
an article that names its body in a sentence over the khoản ("Sở X có nhiệm vụ giúp … như sau:"),
heads addressed as "các ông" and a body named after its head's title in lower case."""

from tracker.importer.clauses import split_body
from tracker.importer.parser import parse_text
from tracker.importer.text import clean

DECISION = """QUYẾT ĐỊNH
Về việc giao nhiệm vụ quản lý các công trình thủy lợi nhỏ
ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Căn cứ Luật Tổ chức HĐND và UBND ngày 21/06/1994;
QUYẾT ĐỊNH:
Điều 1
: Giao nhiệm vụ quản lý các công trình thủy lợi nhỏ cho Sở Xây dựng.
Điều 3
: Sở Xây dựng có trách nhiệm giúp UBND tỉnh quản lý các công trình thủy lợi nhỏ trên địa bàn tỉnh cụ thể như sau:
3.1- Lập danh mục các công trình thủy lợi nhỏ của tỉnh.
Phối hợp với Sở Tài chính hướng dẫn UBND các huyện lập dự toán duy tu hằng năm.
3.2- Kiểm tra việc vận hành các công trình theo quy định.
Điều 4
: Giao các ông Giám đốc Sở Tư pháp; Chi cục trưởng chi cục thủy lợi, thủ trưởng các ngành có liên quan bàn giao hồ sơ
công trình cho Sở Xây dựng; việc bàn giao phải hoàn thành trước ngày 30/9/2001;
Điều 5
: Quyết định này có hiệu lực kể từ ngày ký./.
"""


def test_an_article_label_broken_from_its_text_is_one_line_again():
    assert "Điều 3: Sở Xây dựng có trách nhiệm" in clean(DECISION)
    refs = [c.ref for c in split_body(clean(DECISION)).clauses]
    assert refs[:4] == ["1", "3", "3.1", "3.2"]  # "3.1-" under "Điều 3" keeps its printed number


def test_an_article_naming_its_body_over_its_khoan_is_that_body_s_one_task():
    tasks = [(t.clause, t.lead_agency, t.cooperating_agencies) for t in parse_text(DECISION).tasks if t.clause == "3"]
    assert tasks == [("3", "Sở Xây dựng", ["Sở Tài chính"])]


def test_heads_addressed_as_cac_ong_and_a_body_after_its_head_s_title_lead_as_bodies():
    tasks = [(t.clause, t.lead_agency, t.due_on and t.due_on.isoformat()) for t in parse_text(DECISION).tasks
             if t.clause == "4"]
    assert tasks == [("4", "Sở Tư pháp", "2001-09-30"), ("4", "Chi cục Thủy lợi", "2001-09-30")]


TWO_TIER = """ỦY BAN NHÂN DÂN TỈNH TÂN LẬP
Số: 2901/QĐ-UBND
Tân Lập, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc quy trình cấp phép khai thác cát

Điều 1. Quy trình cấp phép

a) Tổ chức, cá nhân nộp hồ sơ đề nghị cấp phép đến Sở Nông nghiệp và Môi trường.

b) Sở Nông nghiệp và Môi trường tiếp nhận hồ sơ của tổ chức, cá nhân, có trách nhiệm thẩm định và trình Ủy ban nhân dân tỉnh cấp phép.

Điều 2. Sở Xây dựng, Ủy ban nhân dân cấp xã và các cơ quan, đơn vị có liên quan, có trách nhiệm:

1. Giao Sở Xây dựng kiểm tra việc sử dụng cát tại các công trình.

2. Thường xuyên theo dõi, phát hiện và xử lý các trường hợp khai thác trái phép.

Điều 3. Tổ chức thực hiện

Giao Sở Tài chính bố trí kinh phí thực hiện.
"""


def test_a_step_whose_body_acts_first_then_is_responsible_is_that_body_s_task():
    tasks = [(t.clause, t.lead_agency) for t in parse_text(TWO_TIER).tasks]
    assert ("1.b", "Sở Nông nghiệp và Môi trường") in tasks


def test_an_article_stating_its_bodies_duty_over_its_items_gives_them_an_item_naming_no_one():
    text = TWO_TIER.split("Điều 3.")[0]  # no organisation article: every article's work counts
    tasks = [(t.clause, t.lead_agency) for t in parse_text(text).tasks if t.clause.startswith("2")]
    assert tasks == [("2.1", "Sở Xây dựng"), ("2.2", "Sở Xây dựng"), ("2.2", "Ủy ban nhân dân cấp xã")]
