"""Plans' owners and helpers, each rule on an invented plan (none copied from a held-out document): the doers of
the plan's work, a remark in brackets after a title's owner, a school's parents' board, a bullet's time on the line
below it."""

from datetime import date

from tracker.importer.parser import parse_text

HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH

Số: 77/KH-UBND

An Bình, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Rà soát hồ sơ nhà ở công vụ năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Quản lý chặt chẽ nhà ở công vụ.

II. TỔ CHỨC THỰC HIỆN

"""


def _tasks(body):
    return parse_text(HEADER + body).tasks


OWNERS_IN_GENERAL_WORDS = """1. Trách nhiệm của đối tượng thực hiện rà soát:

- Lập danh sách nhà ở công vụ đang quản lý.

2. Trách nhiệm của các cơ quan quản lý cấp trên (kể cả cơ quan chủ quản của đơn vị sự nghiệp):

- Đôn đốc các đơn vị cấp dưới thực hiện rà soát.
"""


def test_the_doers_of_the_plans_work_own_their_titles_duties():
    leads = {(t.clause, t.lead_agency) for t in _tasks(OWNERS_IN_GENERAL_WORDS)}
    assert ("II.1", "Các đối tượng thực hiện rà soát") in leads


def test_a_remark_in_brackets_after_a_titles_owner_leaves_the_owner():
    leads = {(t.clause, t.lead_agency) for t in _tasks(OWNERS_IN_GENERAL_WORDS)}
    assert ("II.2", "Các cơ quan quản lý cấp trên") in leads


PARENTS_BOARD = """1. Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức ngoại khóa về an toàn giao thông; phối hợp với
Ban đại diện cha mẹ học sinh nhắc nhở học sinh chấp hành luật giao thông.
"""


def test_a_schools_parents_board_is_a_helper():
    (task,) = _tasks(PARENTS_BOARD)
    assert task.cooperating_agencies == ["Ban đại diện cha mẹ học sinh"]



TIME_UNDER_EACH_BULLET = """1. Sở Xây dựng

- Lập danh sách nhà ở công vụ cần sửa chữa.

Thời hạn hoàn thành: Trước ngày 15/12/2025.

- Kiểm tra hiện trạng nhà ở công vụ tại các xã.

Thời hạn hoàn thành: Trước ngày 20/3/2026.
"""


def test_a_time_on_the_line_below_a_bullet_is_that_bullets():
    tasks = {t.due_on: t.text for t in _tasks(TIME_UNDER_EACH_BULLET)}
    assert set(tasks) == {date(2025, 12, 15), date(2026, 3, 20)}
    assert "Lập danh sách" in tasks[date(2025, 12, 15)]
    assert "Kiểm tra hiện trạng" in tasks[date(2026, 3, 20)]
