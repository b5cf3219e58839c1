"""Tasks described by their own deadline ("… nhất là 12 nhiệm vụ có thời hạn hoàn thành trong quý III năm
2026"): which tasks, not when the work asked is due; with an invented text."""

from tracker.importer.parser import parse_text

HEADER = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI

Số: 77/KH-UBND
Lào Cai, ngày 03 tháng 3 năm 2026

KẾ HOẠCH

Về nhiệm vụ trọng tâm quý II năm 2026

"""


def _tasks(body):
    return [(t.clause, t.lead_agency, t.due_on and t.due_on.isoformat()) for t in parse_text(HEADER + body).tasks]


DESCRIBED = """1. Sở Nội vụ rà soát tiến độ các nhiệm vụ được giao, nhất là 12 nhiệm vụ có thời hạn hoàn thành trong quý III năm 2026, báo cáo Ủy ban nhân dân tỉnh.
2. Sở Tư pháp theo dõi các đề án có thời hạn trong tháng 6 năm 2026.
3. Sở Tài chính hoàn thành quyết toán trong quý III năm 2026.
"""


def test_tasks_described_by_their_deadline_give_the_work_no_deadline():
    assert _tasks(DESCRIBED) == [("1", "Sở Nội vụ", None), ("2", "Sở Tư pháp", None), ("3", "Sở Tài chính", "2026-09-30")]
