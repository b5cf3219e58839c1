"""A provincial plan's steps and its organisation section: points labelled with their clause's number ("3.1.a."),
a step opening on what it waits for ("Sau khi …, Sở X lập …"), a body that sets up a team ("thành lập"), a matter's
requirements ("Yêu cầu về kỹ thuật:") that still name who acts, a body how often it acts ("định kỳ kiểm tra"), the standing body that leads ("là cơ quan thường trực, chủ trì"), the province's business
association and its merged press body by their general names, a count per day as a daily cycle. Invented texts
of the general form."""

from datetime import date

from tracker.importer.parser import parse_text
from tracker.importer.timing import best_timing

PLAN = """ỦY BAN NHÂN DÂN
TỈNH LAM SƠN
Số: 418/KH-UBND
Lam Sơn, ngày 03 tháng 3 năm 2025

KẾ HOẠCH
Hỗ trợ sửa chữa nhà văn hóa thôn năm 2025

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Bảo đảm mỗi thôn có nhà văn hóa đạt chuẩn.

II. NỘI DUNG THỰC HIỆN

1. Trình tự thực hiện

1.1. Bước 1:

1.1.a. Lập danh sách:

Ủy ban nhân dân các xã thành lập Tổ rà soát nhà văn hóa thôn trên địa bàn.

1.2. Bước 2: Thẩm định dự toán.

Trên cơ sở hồ sơ của Ủy ban nhân dân các xã, Sở Xây dựng thẩm định dự toán sửa chữa từng nhà văn hóa.

Thời gian hoàn tất: trước ngày 15 tháng 5 năm 2025.

1.3. Bước 3: Cấp kinh phí.

Sau khi Ủy ban nhân dân tỉnh phê duyệt danh mục và phân bổ vốn, Sở Tài chính lập thủ tục cấp kinh phí cho các xã.

Thời gian hoàn tất: trước ngày 30 tháng 6 năm 2025.

1.4. Bước 4: Nghiệm thu.

Ủy ban nhân dân các xã thành lập Tổ nghiệm thu nhà văn hóa sau khi sửa chữa.

2. Phương thức sửa chữa

2.1. Yêu cầu về kỹ thuật:

2.1.a. Sở Văn hóa, Thể thao và Du lịch ban hành mẫu thiết kế nhà văn hóa thôn phù hợp với từng vùng.

2.1.b. Nhà văn hóa sau khi sửa chữa phải bảo đảm diện tích sử dụng tối thiểu 80m2.

III. TỔ CHỨC THỰC HIỆN

1. Sở Văn hóa, Thể thao và Du lịch

Hướng dẫn các xã tổ chức hoạt động tại nhà văn hóa sau khi sửa chữa.

2. Hiệp hội Doanh nghiệp

Vận động hội viên đóng góp kinh phí sửa chữa nhà văn hóa thôn.

3. Báo và Phát thanh - Truyền hình Lam Sơn, Cổng Thông tin điện tử tỉnh:

Tuyên truyền về kết quả sửa chữa nhà văn hóa thôn.

4. Ủy ban nhân dân các xã

- Tổ chức sửa chữa nhà văn hóa đúng thiết kế được duyệt.

- Cập nhật tiến độ thi công, báo cáo 02 lần/ngày về Sở Văn hóa, Thể thao và Du lịch trong thời gian cao điểm.

IV. THEO DÕI, KIỂM TRA

1. Công tác kiểm tra

- Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, chủ trì kiểm tra việc thực hiện Kế hoạch.

- Các sở, ban, ngành định kỳ kiểm tra việc sử dụng kinh phí trong phạm vi quản lý.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""


def _tasks():
    return parse_text(PLAN).tasks


def _leads(clause: str) -> set[str]:
    return {t.lead_agency for t in _tasks() if t.clause == clause}


def test_a_point_labelled_with_its_clause_number_is_that_clause_point():
    # "1.1.a. Lập danh sách:" under "1.1. Bước 1:": the point "a" of 1.1, its body named in the paragraph below.
    assert "Ủy ban nhân dân xã" in _leads("II.1.1.a")


def test_a_step_that_waits_for_an_approval_gives_the_body_after_the_comma():
    tasks = [t for t in _tasks() if t.clause == "II.1.3"]
    assert [t.lead_agency for t in tasks] == ["Sở Tài chính"]
    assert tasks[0].due_on == date(2025, 6, 30)


def test_a_body_that_sets_up_a_team_in_a_step_is_its_lead():
    assert _leads("II.1.4") == {"Ủy ban nhân dân xã"}


def test_a_matter_requirements_point_still_gives_the_body_it_names():
    assert _leads("II.2.1.a") == {"Sở Văn hóa, Thể thao và Du lịch"}
    assert not _leads("II.2.1.b")  # a standard the house meets: no one's work


def test_the_business_association_named_as_a_heading_is_the_province_association():
    assert _leads("III.2") == {"Hiệp hội Doanh nghiệp tỉnh"}


def test_the_merged_press_body_written_with_a_dash_is_one_body_of_the_list():
    leads = _leads("III.3")
    assert any(lead.startswith("Báo và Phát thanh - Truyền hình") for lead in leads)
    assert "Cổng Thông tin điện tử tỉnh" in leads


def test_a_report_twice_a_day_is_a_daily_duty():
    daily = [t for t in _tasks() if t.clause.startswith("III.4") and t.recurrence == "FREQ=DAILY"]
    assert [t.lead_agency for t in daily] == ["Ủy ban nhân dân xã"]


def test_a_count_per_week_is_weekly_and_a_count_in_a_festival_day_is_no_cycle():
    assert best_timing("Tổ chức giao ban 1 lần/tuần vào sáng thứ Hai.").recurrence == "FREQ=WEEKLY"
    assert best_timing("Biểu diễn 3 lần trong ngày hội của huyện.") is None


def test_the_standing_body_that_leads_is_the_lead():
    assert "Sở Văn hóa, Thể thao và Du lịch" in _leads("IV.1")


def test_bodies_told_how_often_they_check_are_leads():
    assert "Các sở, ban, ngành" in _leads("IV.1")
