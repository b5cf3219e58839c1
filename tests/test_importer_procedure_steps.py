"""The steps of a procedure a body takes after a relative time, the time's own commas before the body
("Trong 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Phòng X thẩm định …"), and a head confirming a fact in
a press report, who is given none, with invented texts."""

from .importer_texts import plan_tasks as _tasks

PROCEDURE = """Điều 3. Trình tự thực hiện
1. Hộ kinh doanh gửi hồ sơ đề nghị hỗ trợ đến Ủy ban nhân dân cấp xã.
2. Trong 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Phòng Kinh tế thẩm định hồ sơ, trình Ủy ban nhân dân cấp xã.
"""


def test_a_body_after_a_relative_time_with_two_commas_takes_the_procedure_step():
    assert [t[:2] for t in _tasks(PROCEDURE)] == [("3.2", "Phòng Kinh tế")]


REPORTED = """Tại buổi gặp phụ huynh chiều 12/10, ông Lê Văn Bình, Hiệu trưởng Trường Trung học cơ sở Hòa Lạc xác nhận \
nước uống của bếp ăn không bảo đảm chất lượng.

Sau đó, UBND tỉnh giao Sở Y tế kiểm tra bếp ăn các trường học, báo cáo trước ngày 20/10/2026.
"""


def test_a_head_confirming_a_fact_in_a_report_is_given_no_step():
    assert [lead for _, lead, _ in _tasks(REPORTED)] == ["Sở Y tế"]
