"""Tasks described by their own deadline ("… nhất là 12 nhiệm vụ có thời hạn hoàn thành trong quý III năm
2026"): which tasks, not when the work asked is due; with an invented text."""

from .importer_texts import plan_tasks as _tasks

DESCRIBED = """1. Sở Nội vụ rà soát tiến độ các nhiệm vụ được giao, nhất là 12 nhiệm vụ có thời hạn hoàn thành trong quý III năm 2026, báo cáo Ủy ban nhân dân tỉnh.
2. Sở Tư pháp theo dõi các đề án có thời hạn trong tháng 6 năm 2026.
3. Sở Tài chính hoàn thành quyết toán trong quý III năm 2026.
"""


def test_tasks_described_by_their_deadline_give_the_work_no_deadline():
    assert _tasks(DESCRIBED) == [("1", "Sở Nội vụ", None), ("2", "Sở Tư pháp", None), ("3", "Sở Tài chính", "2026-09-30")]
