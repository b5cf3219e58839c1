"""Provincial plans' layouts: each rule on an invented plan (none is copied from a held-out document)."""

from datetime import date

from tracker.importer.parser import parse_text

HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH

Số: 45/KH-UBND

An Bình, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Triển khai công tác phòng, chống dịch bệnh mùa đông năm 2025

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức của cán bộ và người dân về phòng, chống dịch bệnh.

"""


def _tasks(body):
    return parse_text(HEADER + body).tasks


def _leads(body):
    return {(t.clause, t.lead_agency) for t in _tasks(body)}


REPORTING_SECTION_CLOSES = """II. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

- Chủ trì hướng dẫn các cơ sở y tế giám sát ca bệnh.

III. CHẾ
ĐỘ BÁO CÁO

Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường gửi báo cáo kết quả thực hiện về Sở Y tế trước
ngày 10 tháng 12 năm 2025 để tổng hợp./.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_closing_paragraph_alone_under_a_section_title_is_that_sections_work():
    tasks = [t for t in _tasks(REPORTING_SECTION_CLOSES) if t.clause == "III"]
    assert {t.lead_agency for t in tasks} == {"Các sở, ban, ngành tỉnh", "Ủy ban nhân dân xã, phường"}
    assert all(t.due_on == date(2025, 12, 10) for t in tasks)


HEADING_CUT_IN_A_NAME = """II. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

- Chủ trì hướng dẫn các cơ sở y tế giám sát ca bệnh.

2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp

Phụ nữ tỉnh và Tỉnh đoàn

- Tuyên truyền, vận động hội viên, đoàn viên giữ vệ sinh nơi ở.
"""


def test_a_heading_cut_by_a_blank_line_inside_a_name_is_one_heading():
    leads = _leads(HEADING_CUT_IN_A_NAME)
    assert ("II.2", "Hội Liên hiệp Phụ nữ tỉnh") in leads
    assert ("II.2", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") in leads


CRITERIA_SECTION = """II. TIÊU CHÍ THI ĐUA

1. Đối với các sở, ban, ngành, Ủy ban nhân dân các xã, phường

- Hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2025.

- Thực hiện tốt công tác cải cách hành chính.

III. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ hướng dẫn, theo dõi việc thực hiện Kế hoạch này.
"""


def test_an_emulation_plans_criteria_assign_nothing():
    assert _leads(CRITERIA_SECTION) == {("III.1", "Sở Nội vụ")}


HELPERS_LISTED = """II. TỔ CHỨC THỰC HIỆN

1. Công an tỉnh

a) Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.

b) Chủ trì, phối hợp

- Sở Tài chính và các đơn vị có liên quan tham mưu bố trí kinh phí thực hiện Kế hoạch.

- Sở Y tế tổ chức khám sàng lọc cho người lao động tại các khu công nghiệp.

c) Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.
"""


def test_bodies_listed_under_chair_and_cooperate_help_the_heading_lead():
    tasks = _tasks(HELPERS_LISTED)
    assert {t.lead_agency for t in tasks} == {"Công an tỉnh"}
    assert {"Sở Tài chính", "Sở Y tế"} <= set(tasks[0].cooperating_agencies)


GROUND_AFTER_SUBJECT = """II. KINH PHÍ THỰC HIỆN

1. Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo phân cấp hiện hành.

2. Sở Tài chính, trên cơ sở đề xuất của các sở, ngành, địa phương, chủ trì tổng hợp, tham mưu bố trí kinh phí.

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế hướng dẫn các cơ sở y tế giám sát ca bệnh.
"""


def test_a_ground_in_commas_after_the_subject_does_not_hide_its_work():
    assert ("II.2", "Sở Tài chính") in _leads(GROUND_AFTER_SUBJECT)


SLOT_WITH_MORE_DOERS = """II. NỘI DUNG

1. Tuyên truyền pháp luật về phòng bệnh

- Nội dung: Tuyên truyền các quy định về phòng, chống bệnh truyền nhiễm.

- Cơ quan thực hiện: Sở Tư pháp chủ trì tham mưu ban hành kế hoạch tuyên truyền; Sở Y tế và Ủy ban nhân
dân các xã, phường chủ động tổ chức tuyên truyền tại cơ sở.

- Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.

2. Kiểm tra việc thực hiện

- Cơ quan thực hiện: Sở Y tế chủ trì; Sở Tư pháp phối hợp kiểm tra.

- Thời gian thực hiện: Quý II năm 2026.
"""


def test_a_lead_slots_later_parts_name_more_doers_not_their_helpers():
    leads = _leads(SLOT_WITH_MORE_DOERS)
    assert {lead for clause, lead in leads if clause == "II.1"} == {
        "Sở Tư pháp", "Sở Y tế", "Ủy ban nhân dân xã, phường"}
    assert {lead for clause, lead in leads if clause == "II.2"} == {"Sở Y tế"}


def test_a_time_slot_that_runs_on_after_its_first_period_is_ongoing():
    timed = {t.clause: t.due_on for t in _tasks(SLOT_WITH_MORE_DOERS)}
    assert timed["II.1"] is None
    assert timed["II.2"] == date(2026, 6, 30)


DOERS_UNDER_AN_EMPTY_SLOT = """II. NỘI DUNG

1. Truyền thông về phòng bệnh

- Nội dung: Tuyên truyền các biện pháp phòng bệnh trên các phương tiện thông tin đại chúng.

- Cơ quan thực hiện:

+ Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Y tế và các đơn vị có liên quan.

+ Sở Xây dựng trình chiếu thông điệp phòng bệnh tại các nhà chờ xe buýt.
"""


def test_bullets_under_an_empty_lead_slot_are_its_doers_each_with_its_own_work():
    tasks = {t.lead_agency: t for t in _tasks(DOERS_UNDER_AN_EMPTY_SLOT)}
    assert set(tasks) == {"Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng"}
    assert tasks["Sở Văn hóa, Thể thao và Du lịch"].cooperating_agencies == ["Sở Y tế"]
    assert tasks["Sở Xây dựng"].cooperating_agencies == []
    assert "nhà chờ xe buýt" in tasks["Sở Xây dựng"].summary
    # the item's work stays with the first doer, not lost to a block of its own
    assert "thông tin đại chúng" in tasks["Sở Văn hóa, Thể thao và Du lịch"].text
