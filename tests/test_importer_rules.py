"""Annexed rules (Quy chế, Quy định): articles that name one body in their title, their khoản and
points read as that body's work, the khoản with a time of their own as tasks of their own; and the
names such rules use for bodies at lower levels ("Kho bạc Nhà nước quận - huyện")."""

from datetime import date

import pytest

from tracker.importer.names import find_mentions
from tracker.importer.timing import best_timing

ISSUED = date(2015, 5, 4)

RULES = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 21/2015/QĐ-UBND
Bình An, ngày 04 tháng 5 năm 2015
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ QUẢN LÝ QUỸ HỖ TRỢ NÔNG DÂN
ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý Quỹ hỗ trợ nông dân.
Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn An

QUY CHẾ
(Ban hành kèm theo Quyết định số 21/2015/QĐ-UBND ngày 04/5/2015 của UBND tỉnh)
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc quản lý Quỹ hỗ trợ nông dân.
Điều 2. Sở Tài chính có nhiệm vụ
1. Thẩm định dự toán của Quỹ và báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 7 hàng năm.
2. Hướng dẫn nghiệp vụ kế toán cho các đơn vị sử dụng Quỹ.
3. Phối hợp với Kho bạc Nhà nước tỉnh kiểm tra việc sử dụng Quỹ.
Điều 3. Phòng Tài chính - Kế hoạch quận - huyện có nhiệm vụ
1. Quản lý nguồn vốn của Quỹ trên địa bàn.
2. Phối hợp với Hội Nông dân quận - huyện rà soát hồ sơ vay vốn. Lập danh sách hộ vay vốn gửi Sở Tài chính trước ngày 10 hàng tháng.
3. Thường xuyên kiểm tra các xã, phường, thị trấn.
Phòng Tài chính - Kế hoạch quận - huyện kiểm tra tại tất cả các xã tối thiểu một lần/năm.
Điều 4. Ủy ban nhân dân phường - xã, thị trấn có nhiệm vụ
1. Tiếp nhận hồ sơ của hộ vay vốn.
2. Chỉ đạo cán bộ kế toán:
a) Mở sổ theo dõi nguồn vốn.
b) Lập báo cáo thu, chi gửi Phòng Tài chính - Kế hoạch trước ngày 5 hàng tháng.
Điều 5. Các đơn vị thuộc Sở Tài chính có nhiệm vụ
1. Hàng tháng Kho bạc Nhà nước quận - huyện căn cứ chứng từ hợp lệ chuyển kinh phí cho các xã (trong vòng 02 ngày làm việc kể từ khi nhận chứng từ).
"""


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on, t.recurrence) for t in parse_text(text).tasks]


def test_an_article_naming_one_body_is_its_task_and_a_timed_khoan_its_own():
    tasks = _tasks(RULES)
    assert ("2", "Sở Tài chính", ["Kho bạc Nhà nước tỉnh"], None, None) in tasks
    assert ("2.1", "Sở Tài chính", [], None, "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15") in tasks
    lead = "Phòng Tài chính - Kế hoạch quận - huyện"
    assert ("3", lead, [], None, None) in tasks
    # the untimed sentence of a timed khoản goes with its time, with whom it is done
    assert ("3.2", lead, ["Hội Nông dân quận - huyện"], None, "FREQ=MONTHLY;BYMONTHDAY=10") in tasks
    # a paragraph after a khoản, with its own cycle, keeps the khoản's number; "Thường xuyên …" is the article's
    assert ("3.3", lead, [], None, "FREQ=YEARLY") in tasks
    # a point under a khoản ("2. Chỉ đạo cán bộ kế toán:", "b) …") keeps its own number when timed
    assert ("4", "Ủy ban nhân dân phường - xã, thị trấn", [], None, None) in tasks
    assert ("4.2.b", "Ủy ban nhân dân phường - xã, thị trấn", [], None, "FREQ=MONTHLY;BYMONTHDAY=5") in tasks
    # a cycle opening a sentence, then who acts; a limit counted per case is no date
    assert ("5.1", "Kho bạc Nhà nước quận - huyện", [], None, "FREQ=MONTHLY") in tasks
    assert not any(clause.startswith("1") for clause, *_ in tasks)


def test_a_heading_for_several_bodies_with_their_own_khoan_is_read_khoan_by_khoan():
    text = RULES.replace("Điều 2. Sở Tài chính có nhiệm vụ", "Điều 2. Trách nhiệm của các cơ quan, đơn vị") \
        .replace("1. Thẩm định dự toán", "1. Sở Tài chính:\na) Thẩm định dự toán")
    tasks = _tasks(text)
    assert ("2.1.a", "Sở Tài chính", [], None, "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15") in tasks


@pytest.mark.parametrize(
    "text, name, group",
    [
        ("Kho bạc Nhà nước quận - huyện chuyển kinh phí", "Kho bạc Nhà nước quận - huyện", False),
        ("Hội Nông dân các xã tuyên truyền", "Hội Nông dân các xã", True),
        ("Ủy ban nhân dân phường - xã, thị trấn chi trả", "Ủy ban nhân dân phường - xã, thị trấn", True),
        ("Phòng Lao động - Thương binh và Xã hội các quận - huyện",
         "Phòng Lao động - Thương binh và Xã hội các quận - huyện", True),
        ("Phòng Văn hóa - Xã hội huyện tổ chức", "Phòng Văn hóa - Xã hội huyện", False),
        ("các đơn vị trực thuộc Sở Y tế báo cáo", "Các đơn vị trực thuộc Sở Y tế", True),
        ("Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", False),
    ],
)
def test_bodies_at_a_lower_level_and_a_department_s_units_are_named_as_written(text, name, group):
    first = find_mentions(text)[0]
    assert (first.name, first.group) == (name, group)


def test_a_head_of_a_body_is_no_school_and_a_verb_after_a_body_is_no_level():
    assert [m.name for m in find_mentions("Trưởng Phòng Tài chính - Kế hoạch huyện ký hợp đồng")] \
        == ["Phòng Tài chính - Kế hoạch huyện"]
    assert [m.name for m in find_mentions("Kho bạc Nhà nước quản lý tài khoản")] == ["Kho bạc Nhà nước tỉnh"]


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Hàng tháng kiểm tra, báo cáo Sở trước ngày 22 hàng tháng.", "FREQ=MONTHLY;BYMONTHDAY=22"),
        ("thông báo kết quả quyết toán kinh phí hàng quý, năm cho các Phòng", "FREQ=MONTHLY;INTERVAL=3"),
        ("kiểm tra tại tất cả các xã tối thiểu một lần/năm", "FREQ=YEARLY"),
    ],
)
def test_cycles_of_rules(text, rule):
    assert best_timing(text, ISSUED).recurrence == rule


def test_a_limit_counted_from_receipt_of_a_file_is_no_date():
    assert best_timing("giải quyết trong vòng 02 ngày làm việc kể từ khi nhận chứng từ hợp lệ", ISSUED) is None
    assert best_timing("báo cáo trong vòng 10 ngày kể từ ngày nhận được Công văn này", ISSUED).due_on == date(2015, 5, 14)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("báo cáo Bộ Nội vụ vào thứ Sáu hàng tuần theo đề cương", "FREQ=WEEKLY;BYDAY=FR"),
        ("Định kỳ thứ Hai hằng tuần tổng hợp tình hình", "FREQ=WEEKLY;BYDAY=MO"),
    ],
)
def test_a_weekly_report_on_a_named_day(text, rule):
    assert best_timing(text, ISSUED).recurrence == rule


def test_a_weekly_report_and_a_final_report_with_its_date_are_two_tasks():
    from tracker.importer.segments import segments

    parts = segments("Báo cáo tiến độ vào thứ Sáu hàng tuần; báo cáo tổng thể kết quả trước ngày 05 tháng 7 năm 2026.")
    assert [best_timing(p, ISSUED).recurrence for p in parts] == ["FREQ=WEEKLY;BYDAY=FR", None]


def test_a_paragraph_after_a_point_that_names_the_body_again_is_the_khoan_s():
    text = RULES.replace("Điều 5. Các đơn vị thuộc Sở Tài chính có nhiệm vụ",
                         "Điều 5. Đối với các cơ quan nhà nước\n"
                         "1. Ủy ban nhân dân xã, phường, thị trấn:\n"
                         "a) Tiếp nhận hồ sơ của hộ vay vốn.\n"
                         "b) Trả lời hộ không đủ điều kiện.\n"
                         "Hàng quý, Ủy ban nhân dân xã, phường, thị trấn có trách nhiệm lập danh sách hộ đã vay vốn.")
    tasks = _tasks(text)
    assert ("5.1", "Ủy ban nhân dân xã, phường, thị trấn", [], None, None) in tasks
    assert any(clause.startswith("5.1 ý") and recurrence == "FREQ=MONTHLY;INTERVAL=3"
               for clause, lead, _, _, recurrence in tasks)
    assert not any(clause == "5.1.b" for clause, *_ in tasks)


def test_a_time_of_day_before_a_cycle_word_makes_it_the_duty_s_schedule():
    timing = best_timing("gửi số liệu về Sở Y tế chậm nhất 16 giờ thứ Sáu hằng tuần để tổng hợp", ISSUED)
    assert timing is not None and timing.recurrence.startswith("FREQ=WEEKLY")
    timing = best_timing("cập nhật tình hình trước 10h00 hàng ngày", ISSUED)
    assert (timing.recurrence, timing.text) == ("FREQ=DAILY", "trước 10h00 hàng ngày")


def test_a_time_of_day_in_brackets_describes_a_window_not_a_schedule():
    timing = best_timing("ưu tiên tưới cây vào khung giờ mát (sáng sớm, trước 7h hàng ngày) để tiết kiệm nước", ISSUED)
    assert timing is None or timing.recurrence is None
