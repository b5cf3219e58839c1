"""Telegrams (công điện) and conclusions of a government office, each form with an invented text:
the kind printed as the title, its "V/V" summary in capitals, the addressees listed under "… điện:"
by their office holders, a signature with no capacity line, and a capacity that names two offices."""

from tracker.importer.parser import parse_text

TELEGRAM = """BỘ TRƯỞNG BỘ NÔNG NGHIỆP
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/CĐ-BNN
Hà Nội, ngày 03 tháng 9 năm 2025
CÔNG ĐIỆN
V/V CHỦ ĐỘNG ỨNG PHÓ VỚI ĐỢT RÉT ĐẬM
KÉO DÀI Ở VÙNG NÚI PHÍA BẮC
BỘ TRƯỞNG BỘ NÔNG NGHIỆP điện:
- Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng;
- Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn;
- Thủ trưởng các Bộ: Công an,
Quốc phòng.
Dự báo trong tuần tới trời rét đậm kéo dài, Bộ trưởng yêu cầu:
1. Ủy ban nhân dân tỉnh Cao Bằng chỉ đạo chống rét cho đàn gia súc.
Nơi nhận:
- Như trên;
- Lưu: VT.
BỘ TRƯỞNG
Trần Văn Bình
"""

CONCLUSION_SIGNATURE = """Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
Nơi nhận:
- Lưu: VT.
KT. BỘ TRƯỞNG,
CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Lê Thị Hoa
"""


def test_a_telegram_is_its_own_kind_with_the_summary_under_its_title():
    draft = parse_text(TELEGRAM)
    assert draft.kind == "công điện"
    assert draft.subject.lower() == "chủ động ứng phó với đợt rét đậm kéo dài ở vùng núi phía bắc"


def test_a_telegrams_addressees_are_the_bodies_their_holders_head():
    assert parse_text(TELEGRAM).recipients == [
        "Ủy ban nhân dân tỉnh Cao Bằng", "Ủy ban nhân dân tỉnh Lạng Sơn", "Bộ Công an", "Bộ Quốc phòng"]


def test_a_title_alone_above_the_name_signs_without_a_capacity():
    assert parse_text(TELEGRAM).signer == {"name": "Trần Văn Bình", "capacity": None, "title": "BỘ TRƯỞNG"}


def test_a_capacity_ending_in_a_comma_names_the_heads_second_office():
    signer = parse_text(CONCLUSION_SIGNATURE).signer
    assert signer == {"name": "Lê Thị Hoa", "capacity": "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "title": "PHÓ CHỦ NHIỆM"}


CONCLUSION = """Số: 12/TB-VPCP
Hà Nội, ngày 05 tháng 3 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỀ DỰ ÁN TRƯỜNG HỌC
Phó Thủ tướng kết luận như sau:
1. Đánh giá cao sự cố gắng của các cơ quan.
2. Để hoàn thành dự án đúng hạn, yêu cầu các cơ quan lưu ý một số nội dung sau:
(1) Bộ Giáo dục và Đào tạo hoàn thiện hồ sơ thiết kế trước ngày 30 tháng 4 năm 2025.
- Chỉ đạo nhà trường chuẩn bị phương án vận hành.
(2) Bộ Tài chính bố trí vốn cho dự án.
(3) Ủy ban nhân dân tỉnh Nam Định bàn giao mặt bằng.
3. Bộ Xây dựng hướng dẫn thẩm định thiết kế.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
"""

NOTES = """Số: 30/UBND-VX
Hà Nội, ngày 05 tháng 3 năm 2025
1. Về đánh giá cán bộ năm 2025
Đề nghị các sở, ngành tổ chức đánh giá cán bộ trước ngày 10 tháng 12 năm 2025.
Một số điểm lưu ý:
(1) Giám đốc Sở Nội vụ xem xét hồ sơ của công chức.
(2) Các phòng chuyên môn gửi kết quả về Sở Nội vụ.
2. Sở Nội vụ tổng hợp kết quả./.
"""


def _tasks(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_bracketed_items_a_clause_introduces_are_its_tasks_each_with_its_body():
    tasks = _tasks(CONCLUSION)
    assert ("2.1", "Bộ Giáo dục và Đào tạo") in tasks
    assert ("2.2", "Bộ Tài chính") in tasks
    assert ("2.3", "Ủy ban nhân dân tỉnh Nam Định") in tasks
    assert ("3", "Bộ Xây dựng") in tasks


def test_bracketed_notes_after_a_clauses_own_work_stay_part_of_it():
    clauses = {clause for clause, _ in _tasks(NOTES)}
    assert not any(clause.startswith("1.") for clause in clauses)


PROVINCES = """Số: 20/CĐ-TTg
Hà Nội, ngày 05 tháng 3 năm 2025
Thủ tướng Chính phủ yêu cầu:
1. Ủy ban nhân dân các tỉnh: Cao Bằng, Lạng Sơn và Hà Giang rà soát thiệt hại do rét đậm.
2. Bộ Tài chính bố trí kinh phí hỗ trợ./.
"""


def test_committees_of_provinces_listed_after_a_colon_each_lead():
    leads = [lead for clause, lead in _tasks(PROVINCES) if clause == "1"]
    assert leads == ["Ủy ban nhân dân tỉnh Cao Bằng", "Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Hà Giang"]


def test_a_ministry_s_departments_and_a_numbered_project_board_are_bodies_without_a_level():
    from tracker.importer.names import find_mentions

    names = [m.name for m in find_mentions("Cục Quản lý hoạt động xây dựng tham mưu cho Bộ; Cục Môi trường -"
                                           " Thủy lợi rà soát; Ban Quản lý dự án 7 khẩn trương thi công.")]
    assert names == ["Cục Quản lý hoạt động xây dựng", "Cục Môi trường - Thủy lợi", "Ban Quản lý dự án 7"]
    # "Cục" and a single word is no name; a Cục with its province keeps its level as before
    assert [m.name for m in find_mentions("Cục Hải quan tỉnh kiểm tra hàng hóa.")] == ["Cục Hải quan tỉnh"]


FLOOD = """Số: 31/CĐ-TTg
Hà Nội, ngày 05 tháng 10 năm 2025
Thủ tướng Chính phủ yêu cầu:
1. Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Yên Bái, Lào Cai và Đà Nẵng tập trung khắc phục hậu quả lũ, trong đó:
(1) Tiếp tế lương thực cho các hộ bị cô lập.
(2) Khôi phục điện, nước sinh hoạt trước ngày 15/10/2025.
(3) Sửa chữa trường học, hoàn thành trước ngày 20/10/2025; dựng lại nhà cho các hộ bị sập, hoàn thành trước ngày 31/12/2025.
2. Bộ Tài chính bố trí kinh phí hỗ trợ./.
"""


def test_dated_bracketed_items_keep_their_printed_number_under_the_clause():
    tasks = _tasks(FLOOD)
    lead = "Ủy ban nhân dân tỉnh Yên Bái"
    assert ("1", lead) in tasks  # the lead-in and the undated item (1)
    assert ("1.2", lead) in tasks
    assert ("1.3", lead) in tasks
    assert ("1.3 ý 2", lead) in tasks  # the item's second dated part
    assert not any(" ý " in clause and not clause.startswith("1.3") for clause, _ in tasks)


def test_a_party_committee_before_a_list_of_provinces_is_each_province_s():
    leads = {lead for clause, lead in _tasks(FLOOD) if clause == "1"}
    assert leads == {"Tỉnh ủy Yên Bái", "Tỉnh ủy Lào Cai", "Thành ủy Đà Nẵng", "Ủy ban nhân dân tỉnh Yên Bái",
                     "Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân thành phố Đà Nẵng"}
    # a party committee beside one committee named on its own keeps its name
    from tracker.importer.subjects import leading_subjects

    subjects, _ = leading_subjects("Tỉnh ủy, Ủy ban nhân dân tỉnh Yên Bái chỉ đạo khắc phục.")
    assert [m.name for m in subjects] == ["Tỉnh ủy", "Ủy ban nhân dân tỉnh Yên Bái"]


RANGE = """Số: 32/CĐ-TTg
Hà Nội, ngày 06 tháng 10 năm 2025
Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Thanh Hóa đến Quảng Ngãi, trong đó trọng tâm là các tỉnh:
Nghệ An, Quảng Trị:
a) Tổ chức sơ tán dân ra khỏi vùng nguy hiểm.
b) Sửa chữa đê điều, hoàn thành trước ngày 30/10/2025.
2. Bộ Quốc phòng hỗ trợ sơ tán./.
"""


def test_a_group_of_provinces_bounded_by_two_of_them_is_one_group_under_that_name():
    from tracker.importer.names import find_mentions

    mentions = find_mentions("UBND các tỉnh, thành phố ven biển từ Quảng Ninh đến Ninh Bình theo dõi sát")
    assert [(m.name, m.group) for m in mentions] == [
        ("Ủy ban nhân dân các tỉnh, thành phố ven biển từ Quảng Ninh đến Ninh Bình", True)]
    # a date after "từ" is no range of places
    assert find_mentions("UBND các tỉnh, thành phố từ ngày 10/11 báo cáo")[0].name == "Ủy ban nhân dân tỉnh, thành phố"


def test_a_heading_naming_a_group_and_its_focus_gives_the_group_its_lettered_items():
    tasks = _tasks(RANGE)
    group = "Ủy ban nhân dân các tỉnh, thành phố từ Thanh Hóa đến Quảng Ngãi"
    # the untimed first point reads on from the heading: the group's task "1"; the dated point apart (rule 1)
    assert ("1", group) in tasks
    assert ("1.b", group) in tasks
    assert not any(lead.endswith(("Nghệ An", "Quảng Trị")) for _, lead in tasks)


SESSION = """Số: 40/TB-VPCP
Hà Nội, ngày 10 tháng 3 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH BẮC KẠN
Phó Thủ tướng kết luận như sau:
I. ĐÁNH GIÁ CHUNG
Tỉnh đã đạt nhiều kết quả quan trọng.
II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI
1. Rà soát quy hoạch tỉnh, bảo đảm phù hợp với quy hoạch vùng.
2. Đẩy nhanh giải ngân vốn đầu tư công.
III. VỀ KIẾN NGHỊ CỦA TỈNH
1. Về vốn cho tuyến đường tránh: Giao Bộ Tài chính nghiên cứu, xử lý.
Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Bắc Kạn và các Bộ, cơ quan liên quan biết, thực hiện./.
"""

LEAD_IN = """Số: 41/TB-VPCP
Hà Nội, ngày 10 tháng 3 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI THƯỜNG TRỰC TỈNH ỦY BẮC KẠN
I. ĐÁNH GIÁ CHUNG
Tỉnh đã đạt nhiều kết quả quan trọng.
II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI
Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo thực hiện các nhiệm vụ trong năm 2025; trong đó lưu ý các nội dung sau:
1. Đổi mới mô hình tăng trưởng.
2. Chăm lo đời sống Nhân dân.
Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Bắc Kạn biết, thực hiện./.
"""


def test_a_conclusions_tasks_section_naming_no_one_falls_to_the_province_it_notifies():
    tasks = _tasks(SESSION)
    assert ("II.1", "Ủy ban nhân dân tỉnh Bắc Kạn") in tasks
    assert ("II.2", "Ủy ban nhân dân tỉnh Bắc Kạn") in tasks
    assert ("III.1", "Bộ Tài chính") in tasks
    assert not any(clause.startswith("I.") or clause == "I" for clause, _ in tasks)  # the assessment gives none


def test_a_lead_in_asking_a_body_gives_it_the_items_and_is_no_task_itself():
    tasks = _tasks(LEAD_IN)
    assert tasks == [("II.1", "Tỉnh ủy"), ("II.2", "Tỉnh ủy")]


RUN_ON = """Số: 42/TB-VPCP
Hà Nội, ngày 10 tháng 11 năm 2025
THÔNG BÁO
Phó Thủ tướng kết luận như sau:
1. Nhiệm vụ về chuyển đổi số
a) Bộ Khoa học và Công nghệ: (1) trình Đề án dữ liệu mở, hoàn thành trong tháng 11 năm 2025; (2) hướng dẫn các địa phương xây dựng kho dữ liệu; (3) tổng hợp, báo cáo kết quả trước ngày 15 tháng 12 năm 2025.
b) Bộ Tài chính bố trí kinh phí thực hiện./.
"""


def test_bracketed_items_running_on_in_one_paragraph_are_each_their_own_part():
    tasks = _tasks(RUN_ON)
    lead = "Bộ Khoa học và Công nghệ"
    assert ("1.a.1", lead) in tasks
    assert ("1.a.3", lead) in tasks
    assert ("1.a", lead) in tasks  # the undated item (2) under the point's own label
    assert not any(" ý " in clause for clause, _ in tasks)


HEADS_BY_REMIT = """CÔNG ĐIỆN
V/v ứng phó rét đậm, rét hại
THỦ TƯỚNG CHÍNH PHỦ điện:
- Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Cao Bằng;
- Bộ trưởng các Bộ: Y tế, Công Thương.
Thủ tướng Chính phủ yêu cầu:
1. Bộ trưởng các Bộ: Y tế, Công Thương và các bộ, ngành có liên quan; Chủ tịch Ủy ban nhân dân các tỉnh nêu trên theo chức năng, nhiệm vụ được giao:
a) Chủ động bảo vệ người già, trẻ em trong những ngày rét.
b) Tổng hợp tình hình thiệt hại, gửi Văn phòng Chính phủ trước 9 giờ hằng ngày.
2. Bộ trưởng Bộ Tài chính bố trí kinh phí hỗ trợ các địa phương.
"""


def test_a_heading_naming_bodies_and_their_remit_gives_them_its_points():
    tasks = _tasks(HEADS_BY_REMIT)
    leads = {lead for clause, lead in tasks if clause.startswith("1")}
    assert {"Bộ Y tế", "Bộ Công Thương"} <= leads
    assert not any("liên quan" in lead for lead in leads)  # the catch-all after the named ministries
    timed = [t for t in parse_text(HEADS_BY_REMIT).tasks if t.clause == "1.b"]
    assert {t.recurrence for t in timed} == {"FREQ=DAILY"}
    assert timed[0].due_text == "trước 9 giờ hằng ngày"


# --- the Party secretary and the chairman addressed together --------------------------------------

from tracker.importer.citations import recipients  # noqa: E402


def test_secretary_and_chairman_addressed_together_are_the_party_committee_and_the_people_s_committee():
    lines = ["BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG điện:",
             "- Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên và Lai Châu;",
             "- Bộ trưởng các Bộ: Tài chính, Công an.", "Mưa lớn kéo dài đã gây sạt lở …"]
    assert recipients(lines) == ["Tỉnh ủy và Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên, Lai Châu",
                                 "Bộ Tài chính", "Bộ Công an"]


def test_a_bare_secretary_of_provinces_and_cities_heads_both_party_committees():
    lines = ["THỦ TƯỚNG CHÍNH PHỦ điện:", "- Bộ trưởng, Thủ trưởng cơ quan ngang bộ;",
             "- Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.", "Năm 2026, …"]
    assert recipients(lines)[1] == "Tỉnh ủy, Thành ủy và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"


def test_a_dashed_list_closing_each_entry_with_a_full_stop_goes_on_to_the_next_dash():
    lines = ["THỦ TƯỚNG CHÍNH PHỦ điện:", "- Bộ trưởng các Bộ: Tư pháp, Y tế.",
             "- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Cần Thơ,",
             "An Giang.", "Trong tuần qua, …", "- Căn cứ Luật Phòng, chống thiên tai;"]
    assert recipients(lines) == ["Bộ Tư pháp", "Bộ Y tế", "Tỉnh ủy, Thành ủy và Ủy ban nhân dân các tỉnh, thành phố "
                                 "trực thuộc Trung ương: Cần Thơ, An Giang"]


def test_an_entry_cut_after_its_comma_goes_on_past_the_dash_and_the_text_after_the_list_is_no_addressee():
    lines = ["THỦ TƯỚNG CHÍNH PHỦ điện:", "- Bí thư tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La,",
             "- Lai Châu và Điện Biên;", "- Các Bộ: Công an, Y tế;", "Mưa lớn ở Sơn La và Lai Châu đã gây sạt lở"]
    assert recipients(lines) == ["Tỉnh ủy và Ủy ban nhân dân các tỉnh: Sơn La, Lai Châu, Điện Biên", "Bộ Công an", "Bộ Y tế"]


def test_a_paper_s_editor_and_the_heads_of_state_groups_stand_for_the_paper_and_the_groups():
    lines = ["THỦ TƯỚNG CHÍNH PHỦ điện:", "- Tổng biên tập Báo Lao động;",
             "- Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng công ty trực thuộc Bộ Công Thương.",
             "Để chuẩn bị …"]
    assert recipients(lines) == ["Báo Lao động", "Các Tập đoàn, Tổng công ty trực thuộc Bộ Công Thương"]


GROUPS_BY_THEIR_HEADS = """CÔNG ĐIỆN
V/v bảo đảm cung ứng điện mùa khô
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng Bộ Công Thương;
- Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng công ty nhà nước.
Thủ tướng Chính phủ yêu cầu:
1. Bộ trưởng Bộ Công Thương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng công ty nhà nước rà soát phương án cung ứng điện, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 3 năm 2026.
2. Bộ Tài chính bố trí kinh phí.
"""


def test_a_group_of_state_corporations_named_by_their_two_heads_leads():
    tasks = _tasks(GROUPS_BY_THEIR_HEADS)
    assert ("1", "Bộ Công Thương") in tasks
    assert ("1", "Các Tập đoàn, Tổng công ty nhà nước") in tasks
