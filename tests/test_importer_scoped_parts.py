"""Study 151: a guidance's parts scoped to one of the doers its heading names ("3. Quy trình: Các trường học và
Ban quản lý chợ …:", then "3.1. Đối với trường học: …"), and a clause of its own that states the period of the
work above it ("5. Thời gian thực hiện: Từ ngày … đến ngày …."). Every text here is invented."""

from datetime import date

from tracker.importer.parser import parse_text

GUIDANCE = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ

Số: 15/HD-UBND

An Phú, ngày 03 tháng 3 năm 2026

HƯỚNG DẪN
Tự kiểm tra an toàn phòng cháy tại trường học và chợ

Để bảo đảm an toàn phòng cháy, Ủy ban nhân dân xã An Phú hướng dẫn như sau:

1. Quy trình kiểm tra: Các trường học và Ban quản lý chợ tổ chức tự kiểm tra theo trình tự sau:

1.1. Đối với trường học: (1) Rà soát hồ sơ phòng cháy; (2) Lập biên bản kiểm tra gửi Phòng Văn hóa - Xã hội.

1.2. Đối với chợ: (1) Kiểm tra các quầy hàng, lối thoát nạn; (2) Lập biên bản gửi Ủy ban nhân dân xã.

2. Thời gian thực hiện: Từ ngày 05/3/2026 đến ngày 30/4/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Bình
"""


def _tasks(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.clause, t.lead_agency, t.due_on and t.due_on.isoformat()) for t in parse_text(text).tasks]


def test_each_scoped_part_is_the_work_of_the_doer_its_scope_names_due_at_the_stated_period_end():
    assert _tasks(GUIDANCE) == [("1.1", "Các trường học", "2026-04-30"), ("1.2", "Ban quản lý chợ", "2026-04-30")]


def test_a_scope_that_fits_no_doer_of_the_heading_gives_no_lead():
    text = GUIDANCE.replace("1.2. Đối với chợ:", "1.2. Đối với bến xe:")
    assert [t[:2] for t in _tasks(text)] == [("1.1", "Các trường học")]


def test_a_period_that_does_not_end_dates_nothing():
    text = GUIDANCE.replace("Từ ngày 05/3/2026 đến ngày 30/4/2026.", "Năm 2026.")
    assert [t[2] for t in _tasks(text)] == [None, None]



REPORT_TIME_PARAGRAPH = """VĂN PHÒNG CHÍNH PHỦ

Số: 210/VPCP-KTTH
V/v báo cáo tình hình giải ngân vốn đầu tư

Hà Nội, ngày 02 tháng 4 năm 2010

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Thủ tướng Chính phủ yêu cầu Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo tình hình giải ngân vốn đầu tư các dự án trọng điểm gửi Bộ Kế hoạch và Đầu tư để tổng hợp.

Thời gian gửi báo cáo trước ngày 15 tháng 4 năm 2010.

Văn phòng Chính phủ xin thông báo để các địa phương biết, thực hiện./.
"""


def test_a_paragraph_saying_when_the_report_is_sent_dates_the_report_above():
    tasks = parse_text(REPORT_TIME_PARAGRAPH).tasks
    assert [(t.clause, t.due_on) for t in tasks] == [("1", date(2010, 4, 15))]
