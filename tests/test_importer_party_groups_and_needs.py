"""Press pages on Party letters and local requests: a party group asked to direct, the standing boards of every level,
general words that say what the readers need to do, and a page whose opening sentence only recounts."""

from __future__ import annotations

from tracker.importer.parser import parse_text


def _leads(text: str) -> list[tuple[str, str]]:
    return [(task.clause, task.lead_agency) for task in parse_text(text).tasks]


def test_party_group_asked_to_direct_leads_the_directing():
    page = ("Ban Thường vụ Tỉnh ủy vừa có công văn yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nội dung:\n"
            "Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan báo chí tuyên truyền về Ngày hội Đại đoàn kết.\n"
            "Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Sở Thông tin và Truyền thông, các ngành liên quan "
            "hướng dẫn các địa phương trang trí, treo băng rôn chào mừng Ngày hội.\n")
    leads = [lead for _, lead in _leads(page)]
    assert "Ban cán sự đảng Ủy ban nhân dân tỉnh" in leads
    assert "Sở Thông tin và Truyền thông" not in leads


def test_committee_named_beside_its_party_group_is_asked_not_the_issuer():
    page = ("Ban Thường vụ Tỉnh ủy vừa có văn bản yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nội dung:\n"
            "Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan báo chí tuyên truyền về Ngày hội Đại đoàn kết.\n"
            "Ban cán sự đảng Ủy ban nhân dân tỉnh, lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo Sở Công Thương "
            "hướng dẫn các chợ trang trí chào mừng Ngày hội.\n")
    leads = [lead for _, lead in _leads(page)]
    assert "Ủy ban nhân dân tỉnh" in leads


def test_standing_boards_of_each_level_lead():
    page = ("Ban Thường vụ Thành ủy vừa yêu cầu các cấp ủy chỉ đạo tốt đại hội Hội Nông dân các cấp.\n\n"
            "Thường trực cấp ủy các cấp phối hợp với Hội Nông dân cấp trên chuẩn bị nhân sự ban chấp hành khóa mới, "
            "bảo đảm đúng tiêu chuẩn, cơ cấu.\n")
    assert "Thường trực cấp ủy các cấp" in [lead for _, lead in _leads(page)]


def test_general_words_that_need_to_act_lead_as_written():
    page = ("Phòng chống bệnh dại ở gia súc\n\n"
            "UBND tỉnh chỉ đạo Chi cục Chăn nuôi và Thú y, UBND các huyện, thị xã tăng cường tiêm phòng dại cho đàn chó, mèo "
            "(Công văn số 812/UBND-KT ngày 03/4/2022).\n\n"
            "Các cơ quan, đơn vị, địa phương cần chủ động rà soát, thống kê số chó, mèo nuôi trên địa bàn, tổ chức tiêm "
            "phòng đạt tỷ lệ trên 80%.\n")
    assert ("2", "Các cơ quan, đơn vị, địa phương") in _leads(page)


def test_speaker_who_says_what_is_needed_is_no_lead():
    page = ("Xã Hòa Bình chủ động ứng phó áp thấp nhiệt đới\n\n"
            "Chủ tịch UBND xã đã yêu cầu các thôn tăng cường kiểm tra, theo dõi diễn biến của áp thấp.\n\n"
            "Các thôn cần chuẩn bị sẵn lương thực, thuốc men. Đối với các hộ nuôi trồng thủy sản, đồng chí Chủ tịch UBND xã "
            "đề nghị cần neo buộc lồng bè, thu hoạch sớm.\n")
    assert not any("Ủy ban nhân dân xã" in lead for _, lead in _leads(page))


def test_page_opening_with_an_account_still_drafts_who_is_directed():
    page = ("Chiều ngày 12-3, UBND tỉnh Nam Định có văn bản số 455 về việc bảo đảm an toàn thực phẩm trong bếp ăn trường học. "
            "Sở Y tế Nam Định đã kiểm tra bếp ăn của các trường trên địa bàn. "
            "Sở Y tế Nam Định cũng chỉ đạo Trung tâm Y tế huyện Giao Thủy theo dõi sức khỏe của học sinh để kịp thời xử lý.\n")
    assert [lead for _, lead in _leads(page)] == ["Trung tâm Y tế huyện Giao Thủy"]


def test_meeting_findings_and_requests_to_each_member_are_no_clauses_of_the_page():
    page = ("Ngày 15-1, Đảng ủy xã Phú Lộc tổ chức hội nghị tổng kết công tác năm 2024.\n\n"
            "Báo cáo tại hội nghị cho thấy, năm 2024, Đảng ủy xã đã lãnh đạo, chỉ đạo hoàn thành 18/20 chỉ tiêu.\n\n"
            "Phát biểu tại hội nghị, đồng chí Lê Văn Hùng, Bí thư Đảng ủy xã yêu cầu mỗi cán bộ, đảng viên nêu cao "
            "tinh thần trách nhiệm, gương mẫu trong công việc.\n\n"
            "Trước mắt, các cơ quan, đơn vị cần tập trung chuẩn bị tốt các điều kiện tổ chức Tết cho nhân dân.\n")
    assert _leads(page) == [("1", "Các cơ quan, đơn vị")]


def test_general_words_after_a_connective_point_back_to_the_bodies_asked_above():
    page = ("Sở Y tế vừa ban hành văn bản về phòng chống sốt xuất huyết.\n\n"
            "Theo đó, Sở Y tế đề nghị các bệnh viện, trung tâm y tế rà soát thuốc, vật tư điều trị trước mùa mưa.\n\n"
            "Đồng thời, các đơn vị cần tăng cường tuyên truyền cho người dân về cách diệt lăng quăng.\n")
    assert "Các đơn vị" not in [lead for _, lead in _leads(page)]
