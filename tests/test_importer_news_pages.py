"""Press pages and portal news, each rule with an invented page: what the page reports of the event (who
attended, what was reported at the meeting, the past year's results, a ceremony's act) is no clause, so the
paragraph that reports the request is clause 1; a person the Party's press calls "đồng chí" speaks, those he
asks act; a page cut among the addressees keeps no task; the departments and the localities written after
them ("các sở ngành, địa phương") are two groups; a page that renews a request and recalls the earlier
letter keeps one clause."""

from tracker.importer.parser import parse_text


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


MEETING_PAGE = """Hội nghị triển khai công tác Hội năm 2026

Chiều 14/1, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2026.

Tham dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy; Hội Liên hiệp Phụ nữ các xã, phường trong tỉnh.

Phát biểu tại hội nghị, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh đề nghị Hội Liên hiệp Phụ nữ các xã, phường chủ động rà soát hội viên, xây dựng kế hoạch hoạt động sát thực tế.
"""


def test_an_attendance_list_is_no_clause_and_the_request_is_clause_1():
    assert _leads(MEETING_PAGE) == [("1", "Hội Liên hiệp Phụ nữ các xã, phường")]
    # the same bodies, asked, in that paragraph: a request, a clause of its own
    asked = MEETING_PAGE.replace("Tham dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy;",
                                 "Ban Dân vận Tỉnh ủy đề nghị")
    assert ("1", "Hội Liên hiệp Phụ nữ các xã, phường") in _leads(asked)
    assert ("2", "Hội Liên hiệp Phụ nữ các xã, phường") in _leads(asked)


def test_what_was_reported_at_the_meeting_is_no_clause():
    page = MEETING_PAGE.replace(
        "Tham dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy; Hội Liên hiệp Phụ nữ các xã, phường trong tỉnh.",
        "Tại hội nghị, Hội Liên hiệp Phụ nữ phường Đông Hòa đã báo cáo kết quả hoạt động, nêu những khó khăn cần tháo gỡ.")
    assert _leads(page) == [("1", "Hội Liên hiệp Phụ nữ các xã, phường")]


def test_a_review_of_the_past_year_is_no_clause():
    page = MEETING_PAGE.replace(
        "Tham dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy; Hội Liên hiệp Phụ nữ các xã, phường trong tỉnh.",
        "Năm 2025, phong trào phụ nữ đạt nhiều kết quả quan trọng: lãnh đạo, chỉ đạo thành công đại hội cấp cơ sở; "
        "kết nạp 1.200 hội viên mới.")
    assert _leads(page) == [("1", "Hội Liên hiệp Phụ nữ các xã, phường")]
    # a year ahead with its work is no review
    ahead = page.replace("Năm 2025, phong trào phụ nữ đạt nhiều kết quả quan trọng",
                         "Năm 2026, Hội Liên hiệp Phụ nữ các xã, phường cần phát huy kết quả")
    assert ("1", "Hội Liên hiệp Phụ nữ các xã, phường") in _leads(ahead)
    assert ("2", "Hội Liên hiệp Phụ nữ các xã, phường") in _leads(ahead)


def test_a_ceremony_s_act_is_no_task():
    page = MEETING_PAGE.replace(
        "Tham dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy; Hội Liên hiệp Phụ nữ các xã, phường trong tỉnh.",
        "Lãnh đạo Hội Liên hiệp Phụ nữ tỉnh trao quyết định công nhận các chi hội mới, nhằm đảm bảo hoạt động liên tục.")
    assert _leads(page) == [("1", "Hội Liên hiệp Phụ nữ các xã, phường")]


def test_a_comrade_named_by_his_own_name_speaks_and_those_he_asks_act():
    page = ("Họp thường kỳ tháng 5 của UBND tỉnh\n\nVề thu ngân sách, đồng chí Trần Văn Bình giao Cục Thuế tỉnh "
            "phối hợp Sở Tài chính rà soát các nguồn thu.\n")
    assert _leads(page) == [("1", "Cục Thuế tỉnh")]


def test_a_page_cut_among_the_addressees_keeps_no_task():
    page = ("Họp thường kỳ tháng 5 của UBND tỉnh\n\nChủ tịch UBND tỉnh yêu cầu Sở Y tế chuẩn bị đủ thuốc, vật tư "
            "phòng chống dịch bệnh.\n\nĐồng chí Trần Văn Bình giao Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện,\n")
    assert _leads(page) == [("1", "Sở Y tế")]
    # cut after the work has begun, the addressees keep it
    assert ("2", "Sở Nông nghiệp và Phát triển nông thôn") in _leads(page.rstrip("\n") + " rà soát diện tích lúa bị ngập\n")


def test_the_localities_written_after_the_departments_are_a_group_of_their_own():
    page = ("Chủ động ứng phó bão số 4\n\nUBND tỉnh yêu cầu các sở ngành, địa phương, đơn vị phân công lãnh đạo trực ban "
            "tại các khu vực xung yếu.\n")
    assert _leads(page) == [("1", "Các sở ngành"), ("1", "Các địa phương")]
    # "địa phương liên quan" is a catch-all, no group
    assert _leads(page.replace("địa phương, đơn vị", "địa phương liên quan")) == [("1", "Các sở ngành")]


def test_the_letter_a_reminder_recalls_below_is_no_clause():
    page = ("Đôn đốc báo cáo số liệu nhà ở\n\nNay, UBND tỉnh tiếp tục đề nghị Sở Xây dựng khẩn trương tổng hợp số liệu "
            "hộ nghèo có nhu cầu hỗ trợ nhà ở.\n\nNgày 12/3/2023, UBND tỉnh ban hành Công văn số 1234/UBND-KTN giao "
            "Sở Xây dựng chủ trì tổng hợp số liệu hộ nghèo.\n")
    assert _leads(page) == [("1", "Sở Xây dựng")]
    # a letter that asks another body is the page's next clause
    other = page.replace("giao Sở Xây dựng chủ trì", "giao Sở Tài chính chủ trì")
    assert ("2", "Sở Tài chính") in _leads(other)


def test_the_leader_hosting_the_event_and_those_invited_to_attend_are_no_clause():
    page = ("Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 3\n\nChủ tịch UBND tỉnh sẽ chủ trì buổi tiếp công dân "
            "định kỳ tháng 3/2026 vào ngày 10/3/2026.\n\nTham gia cùng Chủ tịch UBND tỉnh trong buổi tiếp có lãnh đạo "
            "Thanh tra tỉnh, Sở Tư pháp. UBND tỉnh cũng kính mời Thường trực HĐND tỉnh cùng dự.\n\nUBND tỉnh giao "
            "Văn phòng UBND tỉnh chuẩn bị hạ tầng kỹ thuật tại các điểm cầu.\n")
    assert _leads(page) == [("1", "Văn phòng Ủy ban nhân dân tỉnh")]


def test_a_department_calling_itself_by_its_kind_alone_asks_the_communes_it_names():
    # Study 106: "Sở đề nghị …" after the lead named the department; the communes it names act, each one.
    page = ("Nhằm bảo đảm an toàn các bến đò trên sông Hồng Lam, Sở Xây dựng tỉnh Đông Sơn có ý kiến như sau:\n\n"
            "Đồng thời, Sở đề nghị UBND xã Tân Lập, xã Hòa Quang phối hợp với Thanh tra Sở tăng cường kiểm tra các bến đò.\n")
    assert _leads(page) == [("1", "Ủy ban nhân dân xã Tân Lập"), ("1", "Ủy ban nhân dân xã Hòa Quang")]


def test_another_provinces_department_by_its_bare_place_is_written_in_full():
    # Study 106: "Sở GTVT Hà Lam" on a page that writes "tỉnh Hà Lam" is that province's department, in full.
    page = ("Sở GTVT thành phố Đông Sơn vừa có ý kiến về các bến đò giáp ranh với tỉnh Hà Lam như sau:\n\n"
            "Phần thuộc địa giới tỉnh Hà Lam, Sở đề nghị Sở GTVT Hà Lam chỉ đạo lực lượng liên quan tăng cường kiểm tra.\n")
    assert _leads(page) == [("1", "Sở Giao thông vận tải tỉnh Hà Lam")]


# A commune's page: the headline and the caption report the chairman's visit; he then asks the hamlets, by name and
# together ("Đồng chí yêu cầu …" once the page has named him); what the commune says it will do is its own part.
COMMUNE_VISIT = """Chủ tịch UBND xã Tân Khê kiểm tra tình hình ngập úng tại các thôn.

Ngày 3/10, đồng chí Lê Văn Bình, Chủ tịch UBND xã Tân Khê đã trực tiếp đi kiểm tra tình hình ngập úng tại thôn Đồng \
Mai và thôn Khê Thượng 2.

Qua nắm bắt thực tế, đồng chí Chủ tịch UBND xã đề nghị các thôn kịp thời vận động nhân dân chủ động phòng tránh. \
UBND xã cũng sẽ phối hợp với các cơ quan chức năng đánh giá thiệt hại.

Đồng chí Chủ tịch UBND xã yêu cầu các thôn Đồng Mai và thôn Khê Thượng 2 kịp thời di dời tài sản của nhân dân đến \
nơi an toàn.

Đồng chí yêu cầu các thôn trong xã khẩn trương rà soát các hộ dân ven suối. UBND xã sẽ tổng hợp báo cáo cấp trên.

Minh Anh
"""


def test_a_commune_chairmans_visit_and_his_requests_to_the_hamlets():
    assert _leads(COMMUNE_VISIT) == [("1", "Các thôn"), ("2", "Thôn Đồng Mai"), ("2", "Thôn Khê Thượng 2"),
                                     ("3", "Các thôn")]


def test_hamlets_named_where_something_happens_are_no_leads():
    page = COMMUNE_VISIT.replace("yêu cầu các thôn Đồng Mai và thôn Khê Thượng 2 kịp thời di dời",
                                 "đề nghị Ban Chỉ huy Quân sự xã kịp thời di dời")
    assert not any(lead.startswith("Thôn") for _, lead in _leads(page))


# A province's page: a sapo asking only in general words, then a paragraph with two requests to different bodies.
STORM_PAGE = """Ngày 4/9, trước diễn biến của bão số 7, Ủy ban nhân dân tỉnh Hà Lâm chỉ đạo các cấp, các ngành, địa phương \
khẩn trương triển khai các biện pháp phòng, chống bão.

Trước nguy cơ mưa lớn kéo dài, Ủy ban nhân dân tỉnh Hà Lâm yêu cầu Sở Xây dựng rà soát các công trình đang thi \
công; yêu cầu Công an tỉnh bố trí lực lượng phân luồng giao thông tại các ngầm tràn.

Ủy ban nhân dân tỉnh Hà Lâm chỉ đạo Ủy ban nhân dân các xã, phường theo dõi chặt chẽ diễn biến của bão.
"""


def test_a_sapo_in_general_words_is_no_clause_and_a_second_request_is_the_next():
    assert _leads(STORM_PAGE) == [("1", "Sở Xây dựng"), ("2", "Công an tỉnh"), ("3", "Ủy ban nhân dân xã, phường")]


SAPO_PAGE = """Bắc Giang chấn chỉnh công tác an toàn thực phẩm

Để bảo đảm an toàn thực phẩm dịp Tết, UBND tỉnh Bắc Giang yêu cầu Chủ tịch UBND cấp xã phải chịu trách nhiệm về các vụ ngộ độc trên địa bàn.

Minh Châu

Ngày 5/1, Chủ tịch UBND tỉnh Bắc Giang đã ban hành Công văn số 21/UBND-VX về tăng cường bảo đảm an toàn thực phẩm.

Theo công văn, Chủ tịch UBND tỉnh Bắc Giang yêu cầu Chủ tịch UBND cấp xã kiểm tra các bếp ăn tập thể trên địa bàn.

Sở Y tế được giao hướng dẫn các xã lấy mẫu thực phẩm kiểm nghiệm.
"""


def test_a_sapo_that_sums_up_the_request_set_out_below_is_no_clause():
    assert _leads(SAPO_PAGE) == [("1", "Ủy ban nhân dân cấp xã"), ("2", "Sở Y tế")]


def test_a_caption_credited_after_its_stop_is_no_part_of_the_paragraph_below():
    page = ("Xã Ea Tiêu: Hoàn thành đại hội chi bộ trước ngày 15-8\n\n"
            "Các chi bộ trực thuộc khẩn trương chuẩn bị nhân sự, hoàn thành đại hội trước ngày 15-8.\n\n"
            "Thường trực Đảng ủy xã Ea Tiêu chủ trì hội nghị. Ảnh: Minh Khang\n"
            "Sáng 2-8, Ban Thường vụ Đảng ủy xã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.")
    assert _leads(page) == [("1", "Các chi bộ trực thuộc")]
    # The same caption printed twice (the page's photo shown again) is one paragraph, one clause.
    caption = ("Chủ tịch UBND huyện Ea Súp đề nghị Phòng Tài nguyên và Môi trường huyện kiểm tra bãi cát ven suối "
               "sau khi báo chí phản ánh. Ảnh: Hữu Tâm")
    assert [clause for clause, _ in _leads(f"{caption}\n{caption}")] == ["1"]
