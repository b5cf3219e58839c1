"""Reports of a meeting's or a working visit's conclusions, each rule with an invented text: the page's own
account of the day (a meeting held, a holder and his party inspecting) is no clause; a group of localities
named by its level right after a request is the one asked, whatever its work; a holder named after his
body's place and his own name speaks, those he asks act."""


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def _subjects(sentence):
    from tracker.importer.segment_subjects import own_subjects

    return [m.name for m in own_subjects(sentence)[0]]


def test_a_dated_lead_telling_of_the_meeting_held_is_no_clause():
    page = ("Giao ban tiến độ làm đường giao thông nông thôn\n\n"
            "Ngày 12/4/2021, UBND huyện tổ chức hội nghị giao ban tiến độ các công trình giao thông nông thôn. "
            "Đồng chí Phó Chủ tịch UBND huyện dự, chủ trì hội nghị.\n\n"
            "Kết luận hội nghị, UBND huyện giao Phòng Tài chính - Kế hoạch kiểm tra nguồn vốn các tuyến đường.\n")
    assert _tasks(page) == [("1", "Phòng Tài chính - Kế hoạch")]


def test_a_holder_and_his_working_party_inspecting_is_the_page_s_account():
    page = ("Chủ tịch UBND thị xã kiểm tra công tác vệ sinh môi trường\n\n"
            "Đồng chí Chủ tịch UBND thị xã và Đoàn công tác đã đi kiểm tra các bãi tập kết rác trên địa bàn.\n\n"
            "Đồng chí Chủ tịch UBND thị xã yêu cầu Phòng Tài nguyên và Môi trường kiểm tra việc thu gom rác.\n")
    assert _tasks(page) == [("1", "Phòng Tài nguyên và Môi trường")]


def test_the_communes_named_by_level_after_a_request_are_asked_whatever_their_work():
    sentence = ("Đồng chí Chủ tịch UBND huyện yêu cầu các xã cần xác định công tác phòng cháy rừng là nhiệm vụ "
                "trọng tâm.")
    assert _subjects(sentence) == ["Ủy ban nhân dân các xã"]


def test_a_holder_named_after_the_place_of_his_party_committee_speaks():
    sentence = ("Kết luận hội nghị, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Minh đề nghị Sở Y tế chủ động phương án "
                "bảo đảm chăm sóc sức khỏe Nhân dân.")
    assert _subjects(sentence) == ["Sở Y tế"]


def test_a_project_board_written_in_lower_case_is_a_body():
    from tracker.importer.names import find_mentions

    sentence = "Giao Ban quản lý dự án đầu tư xây dựng thị xã rà soát hồ sơ các công trình chuyển tiếp."
    assert [m.name for m in find_mentions(sentence)] == ["Ban Quản lý dự án đầu tư xây dựng thị xã"]


def test_the_units_that_are_the_works_investors_are_a_group_not_a_catch_all():
    sentence = "Đồng chí Phó Chủ tịch UBND huyện đề nghị các đơn vị là chủ đầu tư dự án khẩn trương hoàn thiện hồ sơ quyết toán."
    assert _subjects(sentence) == ["Các đơn vị là chủ đầu tư dự án"]


def test_a_sentence_naming_no_one_goes_on_with_the_body_named_last():
    page = ("Giao ban công tác xây dựng nhà văn hóa thôn\n\n"
            "Phát biểu chỉ đạo, đồng chí Chủ tịch UBND huyện yêu cầu Phòng Văn hóa và Thông tin hướng dẫn các xã "
            "hoàn thiện thiết chế văn hóa; giao Phòng Tài chính - Kế hoạch bố trí kinh phí hỗ trợ; hàng quý tổng hợp "
            "tình hình giải ngân gửi về UBND huyện.\n")
    from tracker.importer.parser import parse_text

    cycles = [(t.lead_agency, t.recurrence) for t in parse_text(page).tasks]
    assert cycles == [("Phòng Văn hóa và Thông tin", None), ("Phòng Tài chính - Kế hoạch", "FREQ=MONTHLY;INTERVAL=3")]


def test_a_city_s_party_organisation_with_its_level_written_short_is_one_body():
    sentence = "Đảng bộ TP Hội An xây dựng kế hoạch chỉnh trang đô thị phục vụ đại hội."
    assert _subjects(sentence) == ["Đảng bộ thành phố Hội An"]


def test_a_scope_before_a_holder_s_request_naming_no_one_is_who_is_asked():
    sentence = ("Đối với các sở, ngành liên quan, đồng chí Chủ tịch UBND tỉnh yêu cầu: căn cứ chức năng, nhiệm vụ "
                "được giao, chủ động triển khai thực hiện và báo cáo kết quả.")
    assert _subjects(sentence) == ["Các sở, ngành liên quan"]


def test_the_army_s_forces_beside_the_police_are_a_group_that_acts():
    sentence = "Công an tỉnh và các lực lượng Quân đội sẵn sàng lực lượng, phương tiện hỗ trợ người dân sơ tán."
    assert _subjects(sentence) == ["Công an tỉnh", "Các lực lượng Quân đội"]


def test_a_holder_named_after_a_dash_who_agrees_then_asks_is_no_lead():
    sentence = ("Phó Chủ tịch UBND huyện - Nguyễn Văn Hòa thống nhất sửa chữa cầu treo thôn 3, giao Phòng Tài chính - "
                "Kế hoạch thẩm định dự toán.")
    assert _subjects(sentence) == ["Phòng Tài chính - Kế hoạch"]


def test_a_holder_named_by_his_name_who_asks_further_on_in_his_sentence_is_no_lead():
    sentence = ("Chủ tịch UBND huyện Lê Văn Hùng ghi nhận kết quả của xã Phú Lâm, đồng thời yêu cầu Phòng Nông nghiệp "
                "và Phát triển nông thôn hướng dẫn bà con chăm sóc lúa.")
    assert _subjects(sentence) == ["Phòng Nông nghiệp và Phát triển nông thôn"]
