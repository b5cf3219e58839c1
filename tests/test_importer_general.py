"""General forms of the language of assignments, each with an invented sentence: who is told to
act when a letter asks its addressee to direct others, names a letter defines for its recipients,
and what assigns nothing (accounts of past events, the issuer's own part, a letter's closing)."""

from datetime import date


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on) for t in parse_text(text).tasks]


MINISTRY_LETTER = """BỘ CÔNG THƯƠNG
Số: 88/BCT-ATMT
V/v an toàn hóa chất
Hà Nội, ngày 06 tháng 3 năm 2026
Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương
Bộ Công Thương đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo thực hiện các nội dung sau:
1. Chỉ đạo Sở Công Thương chủ trì, phối hợp với Công an tỉnh kiểm tra các kho hóa chất trước ngày 30/6/2026.
2. Chỉ đạo Sở Xây dựng và các sở, ngành liên quan rà soát các công trình có kho chứa.
3. Bố trí kinh phí cho công tác ứng phó sự cố hóa chất.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Hùng
"""


def test_a_body_the_addressee_is_asked_to_direct_leads_its_work():
    tasks = _tasks(MINISTRY_LETTER)
    assert ("1", "Sở Công Thương", ["Công an tỉnh"], date(2026, 6, 30)) in tasks
    # a group "… liên quan" after a named body is the catch-all tail of the list, not a lead
    assert [t[1] for t in tasks if t[0] == "2"] == ["Sở Xây dựng"]
    # an item that names no body stays with the addressee
    assert [t[1] for t in tasks if t[0] == "3"] == ["Ủy ban nhân dân tỉnh, thành phố"]


def test_under_an_agency_s_heading_directing_others_stays_its_own_work():
    text = ("KẾ HOẠCH\nPHÒNG CHỐNG LỤT BÃO\nII. NHIỆM VỤ\n1. Ủy ban nhân dân các huyện\n"
            "- Chỉ đạo Ủy ban nhân dân các xã rà soát các hộ dân ven sông.\n")
    assert [t[1] for t in _tasks(text)] == ["Ủy ban nhân dân huyện"]


GUIDANCE = """BỘ NỘI VỤ
Số: 41/BNV-CCVC
V/v hướng dẫn thi tuyển viên chức
Hà Nội, ngày 10 tháng 02 năm 2026
Kính gửi:
- Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương;
- Các đơn vị sự nghiệp trực thuộc Bộ Nội vụ.
(Sau đây gọi chung là các đơn vị) Bộ Nội vụ hướng dẫn như sau:
1. Về thời gian thi tuyển, kỳ thi được tổ chức ít nhất một lần trong năm.
2. Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với Sở Tài chính:
- Lập danh sách vị trí việc làm còn thiếu người.
3. Định kỳ hằng năm, Bộ Nội vụ sẽ tổ chức kiểm tra việc thi tuyển tại các đơn vị.
4. Đề nghị các đơn vị chủ động phối hợp triển khai thực hiện. Nếu có khó khăn, vướng mắc, báo cáo Bộ Nội vụ để xem xét./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Thị Mai
"""


def test_a_name_the_letter_defines_for_its_recipients_stands_for_each_of_them():
    tasks = _tasks(GUIDANCE)
    assert [(t[0], t[1], t[2]) for t in tasks if t[0] == "2"] == [
        ("2", "Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương", ["Sở Tài chính"]),
        ("2", "Các đơn vị sự nghiệp trực thuộc Bộ Nội vụ", ["Sở Tài chính"]),
    ]


def test_the_issuer_s_own_part_and_the_closing_request_assign_nothing():
    clauses = {t[0] for t in _tasks(GUIDANCE)}
    assert "3" not in clauses  # "Bộ Nội vụ sẽ tổ chức kiểm tra": the issuer speaks of itself
    assert "4" not in clauses  # "… triển khai thực hiện. Nếu có khó khăn, vướng mắc, báo cáo …"
    assert "1" not in clauses  # how a rule applies, no one told to act


def test_an_account_of_past_events_is_not_an_assignment():
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 12/VPCP-KGVX\nHà Nội, ngày 03 tháng 4 năm 2026\nKính gửi: Bộ Giáo dục và Đào tạo.\n"
            "Báo Nhân Dân ngày 20 tháng 3 năm 2026 phản ánh nhiều trường học thiếu giáo viên. Có trường thiếu tới 10 người.\n"
            "Về việc này, Thủ tướng Chính phủ giao Bộ Giáo dục và Đào tạo kiểm tra, xử lý theo thẩm quyền.\n")
    assert [t[1] for t in _tasks(text)] == ["Bộ Giáo dục và Đào tạo"]


def test_the_subject_after_a_long_opening_phrase_when_work_follows_its_name():
    from tracker.importer.segment_subjects import own_subjects

    subjects, _ = own_subjects("Để giảm chi phí, bảo đảm an toàn, nâng cao chất lượng phục vụ người bệnh, "
                               "Sở Y tế có văn bản hướng dẫn các bệnh viện tuyến huyện.")
    assert [s.name for s in subjects] == ["Sở Y tế"]
    # names listed after "Chỉ đạo" are the objects of a request, not the subject of the sentence
    subjects, _ = own_subjects("Chỉ đạo các ban, ngành, đoàn thể, UBND các xã phối hợp tuyên truyền.")
    assert subjects == []


def test_the_social_insurance_of_every_province_as_a_central_letter_names_it():
    from tracker.importer.names import find_mentions

    [mention] = find_mentions("BHXH các tỉnh, thành phố rà soát hồ sơ")
    assert (mention.name, mention.group) == ("Bảo hiểm xã hội các tỉnh, thành phố", True)


def test_a_body_known_only_by_the_shape_of_its_name():
    from tracker.importer.names import find_mentions
    from tracker.importer.subjects import leading_subjects

    subjects, _ = leading_subjects("Chi cục Kiểm lâm tỉnh và Hội Nông dân tỉnh tuyên truyền bảo vệ rừng.")
    assert [s.name for s in subjects] == ["Chi cục Kiểm lâm tỉnh", "Hội Nông dân tỉnh"]
    # "và" inside a name, a level word that is a known name, and a group "các huyện"
    assert [m.name for m in find_mentions("Phòng Văn hóa và Thông tin huyện phối hợp")] == ["Phòng Văn hóa và Thông tin huyện"]
    assert [m.name for m in find_mentions("Ban Dân vận Tỉnh ủy chủ trì")] == ["Ban Dân vận Tỉnh ủy"]
    [group] = find_mentions("Phòng Nội vụ các huyện rà soát biên chế")
    assert group.group
    # a capital after "Ban", "Trường", "Cục" is not enough: a verb, a case, a word that only looks like a level
    assert find_mentions("Ban hành kèm theo Quyết định này Quy chế của tỉnh.") == []
    assert find_mentions("Trường hợp cơ sở tăng số giường tại tỉnh.") == []
    assert [m.name for m in find_mentions("Cục Quản lý thị trường tỉnh kiểm tra")] == ["Cục Quản lý thị trường tỉnh"]


def test_outside_the_organisation_section_a_body_that_has_the_responsibility_leads():
    text = ("KẾ HOẠCH\nBẢO VỆ NGUỒN NƯỚC\nI. NỘI DUNG\n1. Quan trắc chất lượng nước.\n"
            "Chi cục Thủy lợi tỉnh có trách nhiệm lắp đặt trạm quan trắc tự động.\n"
            "2. Nâng cao nhận thức của người dân về bảo vệ nguồn nước.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường theo dõi, đôn đốc thực hiện Kế hoạch.\n")
    assert [(t[0], t[1]) for t in _tasks(text)] == [("I.1", "Chi cục Thủy lợi tỉnh"), ("II.1", "Sở Nông nghiệp và Môi trường")]


def test_when_no_layout_rule_finds_work_a_body_named_and_told_to_act_still_leads():
    text = ("KẾ HOẠCH\nTHU GOM RÁC THẢI NHỰA\nI. MỤC TIÊU\n1. Giảm 50% rác thải nhựa dùng một lần.\n"
            "II. YÊU CẦU\n1. Tuyên truyền rộng rãi đến người dân.\n"
            "2. Đề nghị Hội Liên hiệp Phụ nữ tỉnh vận động hội viên hạn chế túi ni lông trước ngày 30/9/2026.\n"
            "3. Căn cứ Quyết định số 5/QĐ-UBND giao Sở Tài chính bố trí kinh phí, các đơn vị thực hiện.\n")
    assert _tasks(text) == [("II.2", "Hội Liên hiệp Phụ nữ tỉnh", [], date(2026, 9, 30))]


def test_the_polite_address_of_a_letter_means_its_recipients():
    text = ("SỞ Y TẾ\nSố: 15/SYT-NVY\nV/v báo cáo tình hình dịch sốt xuất huyết\nĐồng Nai, ngày 03 tháng 8 năm 2026\n"
            "Kính gửi: Trung tâm Y tế huyện Tân Phú.\n"
            "Đề nghị Quý cơ quan báo cáo số ca mắc sốt xuất huyết trước ngày 10/8/2026./.\n")
    assert _tasks(text) == [("1", "Trung tâm Y tế huyện Tân Phú", [], date(2026, 8, 10))]


def test_a_citation_by_its_symbol_alone_and_a_library_s_note_that_is_no_citation():
    from tracker.importer.citations import references

    text = ("Thực hiện đúng mẫu tại Quyết định 3105/QĐ-BTC ngày 12/6/2024 của Bộ Tài chính. "
            "[Khoản này được sửa đổi bởi Công văn 77/BTC-KBNN năm 2024]")
    assert references(text) == ["Quyết định số 3105/QĐ-BTC ngày 12/06/2024 của Bộ Tài chính"]


def test_outside_the_organisation_section_a_body_asked_by_name_leads():
    text = ("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG\nI. NỘI DUNG\n1. Xây dựng sản phẩm du lịch; giao Sở Văn hóa, Thể thao "
            "và Du lịch hướng dẫn các xã xây dựng sản phẩm đặc trưng.\n2. Quảng bá điểm đến trên mạng xã hội.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n")
    assert [(t[0], t[1]) for t in _tasks(text)] == [("I.1", "Sở Văn hóa, Thể thao và Du lịch"), ("II.1", "Sở Tài chính")]


def test_a_letter_with_no_blank_lines_its_kinh_gui_list_and_a_request_before_a_colon():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 210/UBND-KGVX\nV/v phòng, chống dịch tả lợn\nPhú Thọ, ngày 04 tháng 6 năm 2026\n"
            "Kính gửi:\n- Sở Nông nghiệp và Môi trường;\n- UBND các xã, phường.\n"
            "UBND tỉnh yêu cầu: Sở Nông nghiệp và Môi trường cấp phát vắc xin; UBND các xã, phường báo cáo số lợn "
            "bị bệnh trước ngày 20 hằng tháng./.\nNơi nhận:\n- Như trên;\n")
    assert [(t[0], t[1]) for t in _tasks(text)] == [("1", "Sở Nông nghiệp và Môi trường"), ("1", "Ủy ban nhân dân xã, phường")]


def test_a_department_s_name_with_its_second_half_abbreviated():
    from tracker.importer.names import find_mentions

    names = [m.name for m in find_mentions("Sở Nông nghiệp và PTNT, Sở Tài nguyên và MT, Sở Lao động - TB&XH")]
    assert names == ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội"]


def test_a_department_of_every_province_as_a_ministry_writes_it():
    from tracker.importer.names import find_mentions

    [mention] = find_mentions("đề nghị Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương rà soát")
    assert (mention.name, mention.group) == ("Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương", True)


def test_deadlines_with_an_hour_a_half_year_or_no_year():
    from tracker.importer.timing import best_timing

    issued = date(2026, 9, 10)
    assert best_timing("gửi báo cáo trước 15 giờ 30 ngày 18/9/2026", issued).due_on == date(2026, 9, 18)
    assert best_timing("hoàn thành trước 17h00, ngày 21/9/2026", issued).due_on == date(2026, 9, 21)
    # the part of the day after the hour
    assert best_timing("lắp đặt xong (trước 7h00 sáng ngày 14/9/2026)", issued).due_on == date(2026, 9, 14)
    assert best_timing("gửi danh sách trước 16 giờ chiều ngày 12/9/2026", issued).due_on == date(2026, 9, 12)
    assert best_timing("nộp hồ sơ trước 9 giờ 30 sáng, ngày 20/9", issued).due_on == date(2026, 9, 20)
    assert best_timing("hoàn thành trong 06 tháng đầu năm 2027", issued).due_on == date(2027, 6, 30)
    # a day and month with no year: the next such day from the issue date
    assert best_timing("báo cáo trước ngày 25/9", issued).due_on == date(2026, 9, 25)
    assert best_timing("báo cáo trước ngày 15/01", issued).due_on == date(2027, 1, 15)
    assert best_timing("trước ngày 15/01 hằng năm", issued).recurrence == "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"


def test_a_header_copied_line_by_line_with_no_blank_lines():
    from tracker.importer.text import paragraphs

    text = ("VĂN PHÒNG UBND TỈNH LẠNG SƠN\nSố: 40/TB-VP\nLạng Sơn, ngày 02 tháng 7 năm 2026\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra\nSau buổi kiểm tra, Chủ tịch UBND tỉnh kết luận như sau:\n"
            "- Giao Sở Xây dựng kiểm tra chất lượng công trình, báo cáo trước ngày 20/7/2026.\n")
    # the number, the date line and the title in capitals are paragraphs of their own
    assert paragraphs(text)[1:4] == ["Số: 40/TB-VP", "Lạng Sơn, ngày 02 tháng 7 năm 2026", "THÔNG BÁO"]
    assert _tasks(text) == [("1", "Sở Xây dựng", [], date(2026, 7, 20))]
    # a date line wrapped before the month is still one line
    assert paragraphs("Hà Nội, ngày 20\ntháng 11 năm 2025\n") == ["Hà Nội, ngày 20 tháng 11 năm 2025"]


def test_a_heading_that_names_whose_duties_follow():
    text = ("KẾ HOẠCH\nPHÁT TRIỂN THỂ THAO QUẦN CHÚNG\nII. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm của Sở Văn hóa và Thể thao\n"
            "- Chủ trì tổ chức các giải thi đấu cấp tỉnh.\n2. Đối với UBND các xã, phường:\n- Bố trí sân tập cho người dân.\n")
    assert [(t[0], t[1]) for t in _tasks(text)] == [("II.1", "Sở Văn hóa và Thể thao"), ("II.2", "Ủy ban nhân dân xã, phường")]


def test_ministries_with_no_department_of_their_name_and_the_government_s_office():
    from tracker.importer.subjects import leading_subjects

    subjects, _ = leading_subjects("Bộ Quốc phòng, Bộ Công an và Văn phòng Chính phủ theo dõi, đôn đốc.")
    assert [s.name for s in subjects] == ["Bộ Quốc phòng", "Bộ Công an", "Văn phòng Chính phủ"]


def test_a_month_given_as_the_completion_time():
    from tracker.importer.timing import best_timing

    assert best_timing("Thời gian hoàn thành: tháng 6/2026").due_on == date(2026, 6, 30)
    assert best_timing("Thời gian thực hiện: từ tháng 3 đến tháng 5/2026").due_on == date(2026, 5, 31)
    assert best_timing("tính đến tháng 6/2026 đã giải ngân 50% kế hoạch vốn") is None  # an account, not a deadline


def test_an_office_that_issues_a_notice_can_still_be_given_work_in_it():
    text = ("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH\nSố: 71/TB-VP\nHòa Bình, ngày 06 tháng 7 năm 2026\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch UBND tỉnh\nChủ tịch UBND tỉnh kết luận như sau:\n"
            "1. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.\n"
            "2. Văn phòng UBND tỉnh sẽ tổng hợp ý kiến các sở gửi kèm thông báo này.\n")
    assert [(t[0], t[1]) for t in _tasks(text)] == [("1", "Văn phòng Ủy ban nhân dân tỉnh")]


def test_agency_headings_in_capitals():
    text = ("KẾ HOẠCH\nPHÒNG CHỐNG ĐUỐI NƯỚC TRẺ EM\nIII. TỔ CHỨC THỰC HIỆN\n1. SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
            "Chỉ đạo các trường học tổ chức dạy bơi cho học sinh.\n2. ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG\n"
            "Rà soát các điểm có nguy cơ đuối nước, cắm biển cảnh báo.\n")
    assert [(t[0], t[1]) for t in _tasks(text)] == [("III.1", "Sở Giáo dục và Đào tạo"), ("III.2", "Ủy ban nhân dân xã, phường")]


PORTAL_LETTER = """Ngày 12/3, UBND tỉnh ban hành Công văn số 415/UBND-KT về việc kiểm kê rừng.
Công văn nêu rõ: UBND tỉnh nhận được Công văn số 77/BNN-TCLN ngày 02/3/2026 của Bộ Nông nghiệp và Môi trường.
Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: Giao Sở Nông nghiệp và Môi trường rà soát số liệu kiểm kê rừng trên địa bàn tỉnh. Kết quả báo cáo UBND tỉnh trước ngày 20/3/2026. Gửi kèm bản mềm vào hộp thư điện tử của Văn phòng.
Văn phòng UBND tỉnh thông báo để Sở Nông nghiệp và Môi trường, các cơ quan liên quan thực hiện./.
"""


def test_a_portal_letter_the_view_after_the_colon_names_who_acts_and_past_events_are_no_clause():
    # the opening account ("Ngày …, UBND tỉnh ban hành Công văn số …", "… nhận được …") is no clause;
    # "có ý kiến chỉ đạo như sau: Giao X" names X; "Kết quả báo cáo … trước ngày" times X's work and
    # "Gửi kèm …" says how to deliver it; the forwarding office's "thông báo để … thực hiện" is no task
    assert _tasks(PORTAL_LETTER) == [("1", "Sở Nông nghiệp và Môi trường", [], date(2026, 3, 20))]


def test_a_closing_line_that_repeats_the_instruction_to_the_same_body_is_no_task():
    text = ("Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n"
            "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính lập dự toán mua vắc xin trước ngày 15/5/2026. "
            "Căn cứ nội dung này, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế triển khai thực hiện.\n")
    assert _tasks(text) == [("1", "Sở Y tế", ["Sở Tài chính"], date(2026, 5, 15))]


def test_a_body_told_only_to_implement_with_no_other_work_keeps_its_task():
    text = ("Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n"
            "Yêu cầu Sở Xây dựng khẩn trương triển khai thực hiện.\n")
    assert [t[1] for t in _tasks(text)] == ["Sở Xây dựng"]


FLOOD_PLAN = """ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Số: 12/KH-UBND
Phú Thọ, ngày 05 tháng 9 năm 2026
KẾ HOẠCH
Khắc phục hậu quả sau bão
I. NHIỆM VỤ
1. Vệ sinh môi trường
- Thu gom rác thải sau lũ.
- Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ vận động người dân dọn vệ sinh nhà cửa.
2. Giám sát, báo cáo
- Các Trung tâm y tế khu vực giám sát dịch bệnh và báo cáo hằng ngày.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì triển khai kế hoạch.
2. Các đoàn thể, tổ chức xã hội: huy động hội viên tham gia tổng vệ sinh.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_in_a_plan_s_activities_a_body_named_first_and_told_what_to_do_leads():
    from tracker.importer.parser import parse_text

    tasks = [(t.clause, t.lead_agency, t.recurrence) for t in parse_text(FLOOD_PLAN).tasks]
    # mass organisations named short, at the head of a dash item, with their work right after
    assert ("I.1", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None) in tasks
    assert ("I.1", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", None) in tasks
    assert ("I.1", "Hội Liên hiệp Phụ nữ tỉnh", None) in tasks
    # a group of centres, and a report every day as a daily cycle
    assert ("I.2", "Các Trung tâm y tế khu vực", "FREQ=DAILY") in tasks
    # the mass organisations and social organisations together are one group
    assert ("II.2", "Các đoàn thể, tổ chức xã hội", None) in tasks
    # an item that names no body stays without a lead outside the organisation section
    assert [t[1] for t in tasks].count("Sở Y tế") == 1


COUNCIL_RESOLUTION = """NGHỊ QUYẾT
VỀ CHẤT VẤN TẠI KỲ HỌP THỨ BA
HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI
QUYẾT NGHỊ:
Điều 1. Hội đồng nhân dân tỉnh đánh giá cao tinh thần trách nhiệm của Ủy ban nhân dân tỉnh, của thủ trưởng các sở:
Giáo dục và Đào tạo; Y tế; Công an tỉnh trong việc trả lời chất vấn.
Điều 2. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:
1. Về lĩnh vực giáo dục:
- Chỉ đạo Sở Giáo dục và Đào tạo: rà soát đội ngũ giáo viên. Bố trí đủ giáo viên cho các trường vùng cao.
- Xem xét bố trí kinh phí sửa chữa trường học.
2. Về lĩnh vực y tế:
b) Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các ngành chức năng thực hiện đúng các cam kết sau:
- Chỉ đạo Sở Y tế:
+ Hoàn thành sửa chữa Bệnh viện Đa khoa tỉnh trong Quý IV năm 2017.
+ Bổ sung thuốc cho các trạm y tế xã.
3. Về lĩnh vực an ninh: Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Công an tỉnh:
- Tăng cường tuần tra vùng biên.
Điều 3. Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua./.
"""


def test_a_council_s_resolution_the_bodies_it_commends_are_no_assignees_and_its_requests_are():
    from tracker.importer.parser import parse_text

    tasks = [(t.clause, t.lead_agency, t.due_on) for t in parse_text(COUNCIL_RESOLUTION).tasks]
    # the bodies commended for their answers (Điều 1) are given no work
    assert not [t for t in tasks if t[0] == "1"]
    # what names no one falls to the addressee of the request that introduces the items
    assert ("2.1", "Ủy ban nhân dân tỉnh", None) in tasks
    # "Chỉ đạo Sở X: …" gives X the work, and the sentences after it in the same item too
    assert [t[1] for t in tasks if t[0] == "2.1"].count("Sở Giáo dục và Đào tạo") == 1
    # "- Chỉ đạo Sở Y tế:" is a title for the items under it; directing "các ngành chức năng" is no one's task
    assert ("2.2.b", "Sở Y tế", date(2017, 12, 31)) in [(t[0].split(" ý ")[0], t[1], t[2]) for t in tasks]
    assert {t[1] for t in tasks if t[0].startswith("2.2")} == {"Sở Y tế"}
    # "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:" gives the items under it to the police
    assert {t[1] for t in tasks if t[0] == "2.3"} == {"Công an tỉnh"}


def test_a_piece_after_a_semicolon_with_its_own_time_is_work_of_its_own():
    text = ("Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n"
            "Giao Sở Xây dựng hoàn thành sửa chữa cầu Bến Đá trong Quý IV năm 2026; "
            "đường tỉnh 12 đưa vào sử dụng trong tháng 3 năm 2027.\n")
    assert [(t[1], t[3]) for t in _tasks(text)] == [("Sở Xây dựng", date(2026, 12, 31)), ("Sở Xây dựng", date(2027, 3, 31))]


def test_theo_quy_dinh_is_no_quarterly_cycle_but_theo_quy_is():
    from tracker.importer.timing import best_timing

    assert best_timing("xử lý nghiêm vi phạm theo quy định tại Nghị định số 30/2026/NĐ-CP") is None
    assert best_timing("thực hiện theo quy trình, quy chế của ngành") is None
    assert best_timing("báo cáo kết quả theo quý").recurrence == "FREQ=MONTHLY;INTERVAL=3"


def test_the_body_a_request_directs_works_with_those_it_is_told_to_cooperate_with():
    text = ("Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n"
            "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Công an tỉnh phối hợp với Sở Tư pháp rà soát hồ sơ lý lịch tư pháp.\n")
    assert _tasks(text) == [("1", "Công an tỉnh", ["Sở Tư pháp"], None)]


def test_a_header_copied_as_a_two_column_row_and_a_council_s_session_line():
    from tracker.importer.parser import parse_text

    letter = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
              "Số: 210/UBND-KT | Tuyên Quang, ngày 04 tháng 5 năm 2026 |\n"
              "Kính gửi: Sở Xây dựng\n"
              "Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình có ý kiến như sau:\n"
              "Sở Xây dựng chủ trì rà soát các công trình xuống cấp, báo cáo trước ngày 30/5/2026./.\n"
              "Nơi nhận: | TL. CHỦ TỊCH |\n")
    draft = parse_text(letter)
    # each cell is a line; the province line missing under the name is told by the place, not by
    # the name of the office holder after "Phó Chủ tịch UBND tỉnh"
    assert draft.issuer == "Ủy ban nhân dân tỉnh Tuyên Quang"
    assert draft.signer["capacity"] == "TL. CHỦ TỊCH"
    council = "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI\nKHÓA XIX - KỲ HỌP THỨ BA\nNGHỊ QUYẾT\nVề chất vấn\n"
    assert parse_text(council).issuer == "Hội đồng nhân dân tỉnh Yên Bái"


def test_documents_of_one_kind_cited_together_share_the_date_that_closes_the_list():
    from tracker.importer.citations import references

    cited = references("Thực hiện Quyết định số 12/QĐ-UBND và số 14/QĐ-UBND ngày 02/01/2026 của UBND tỉnh, Sở X chủ trì.")
    assert cited == ["Quyết định số 12/QĐ-UBND ngày 02/01/2026", "Quyết định số 14/QĐ-UBND ngày 02/01/2026"]


SESSION_CONCLUSION = """VĂN PHÒNG CHÍNH PHỦ
Số: 900/TB-VPCP
Hà Nội, ngày 02 tháng 12 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Lâm Viên

Phó Thủ tướng kết luận như sau:

I. ĐÁNH GIÁ CHUNG

Tỉnh đã có nhiều cố gắng trong phát triển kinh tế - xã hội.

Để phát triển nhanh và bền vững, tỉnh Lâm Viên cần tập trung thực hiện một số nhiệm vụ sau đây:

1. Rà soát, hoàn thiện quy hoạch vùng trồng cà phê.

2. Đẩy mạnh cải cách thủ tục hành chính, nhất là trong lĩnh vực đất đai.

Văn phòng Chính phủ xin trân trọng thông báo./.
"""


def test_items_a_conclusion_says_the_province_needs_to_do_are_its_committee_s():
    # "…, tỉnh X cần tập trung thực hiện … sau đây:": the locality met, not a body, so its committee
    tasks = _tasks(SESSION_CONCLUSION)
    assert [t[:2] for t in tasks] == [("I.1", "Ủy ban nhân dân tỉnh Lâm Viên"), ("I.2", "Ủy ban nhân dân tỉnh Lâm Viên")]


def test_a_heading_that_charges_a_body_to_lead_its_points_with_others():
    # "X chủ trì, phối hợp với Y:" over lettered points: every point is X's and a point with a date of
    # its own is a task of its own, still done with Y (the heading's colon puts Y over every point).
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/KH-UBND\nHà Nam, ngày 03 tháng 3 năm 2024\nKẾ HOẠCH\n"
            "Triển khai công tác chuyển đổi số năm 2024\n"
            "1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ:\n"
            "a) Theo dõi, đôn đốc việc giải ngân vốn đầu tư công.\n"
            "b) Hoàn thiện phương án sắp xếp trụ sở dôi dư, hoàn thành trong tháng 5 năm 2024.\n"
            "2. Sở Y tế chủ trì:\n"
            "a) Kiểm tra an toàn thực phẩm tại các chợ đầu mối.\n")
    assert _tasks(text) == [("1", "Sở Tài chính", ["Sở Nội vụ"], None),
                            ("1.b", "Sở Tài chính", ["Sở Nội vụ"], date(2024, 5, 31)),
                            ("2", "Sở Y tế", [], None)]


def test_the_national_labour_confederation_and_chamber_of_commerce_are_bodies():
    from tracker.importer.subjects import leading_subjects

    subjects, _ = leading_subjects("Tổng Liên đoàn Lao động Việt Nam, Phòng Thương mại và Công nghiệp Việt Nam "
                                   "tuyên truyền chính sách cho người lao động.")
    assert [s.name for s in subjects] == ["Tổng Liên đoàn Lao động Việt Nam", "Phòng Thương mại và Công nghiệp Việt Nam"]
