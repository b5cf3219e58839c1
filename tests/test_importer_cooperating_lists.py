"""Cooperating agencies: lists that run on after ';', groups with their qualifiers (invented texts)."""

from tracker.importer.helper_lists import helpers_run_on
from tracker.importer.parser import parse_text

HEADER = """ỦY BAN NHÂN DÂN TỈNH BẮC SƠN
Số: 48/KH-UBND
Bắc Sơn, ngày 9 tháng 4 năm 2024

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2024

II. TỔ CHỨC THỰC HIỆN
"""

CENTRAL = """THỦ TƯỚNG CHÍNH PHỦ
Số: 31/CĐ-TTg
Hà Nội, ngày 6 tháng 10 năm 2025

CÔNG ĐIỆN
Về việc khắc phục hậu quả rét đậm, rét hại

"""


def _tasks(body: str, header: str = HEADER) -> list[tuple[str, str, list[str]]]:
    return [(t.clause, t.lead_agency, t.cooperating_agencies) for t in parse_text(header + body).tasks]


def _coop(body: str, header: str = HEADER) -> dict[str, list[str]]:
    return {lead: coop for _, lead, coop in _tasks(body, header)}


def test_a_helpers_list_runs_on_past_a_semicolon_to_the_verb():
    tasks = _tasks("3. Sở Công Thương\n\nc) Chủ trì phối hợp với Hội Nông dân tỉnh và các tổ chức đoàn thể; Ủy ban nhân dân "
                   "cấp xã quảng bá, giới thiệu sản phẩm làng nghề. Định kỳ báo cáo Ủy ban nhân dân tỉnh.\n")
    assert [lead for _, lead, _ in tasks] == ["Sở Công Thương"]
    assert tasks[0][2] == ["Hội Nông dân tỉnh", "Các tổ chức đoàn thể", "Ủy ban nhân dân cấp xã"]


def test_a_steered_unit_s_helpers_run_on_too():
    text = ("Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật làm đầu mối, phối hợp với Sở Giáo dục và Đào tạo; "
            "UBND các huyện, thị xã tổ chức khám sức khỏe cho học sinh.")
    assert helpers_run_on(text) == text.replace("Đào tạo;", "Đào tạo,")


def test_work_done_before_the_semicolon_keeps_it():
    text = "Sở Tư pháp phối hợp với Sở Nội vụ rà soát quy chế; UBND các xã niêm yết thủ tục tại trụ sở."
    assert helpers_run_on(text) == text
    coop = _coop("1. Sở Tư pháp phối hợp với Sở Nội vụ rà soát quy chế; UBND các xã niêm yết thủ tục tại trụ sở.\n")
    assert coop["Sở Tư pháp"] == ["Sở Nội vụ"]
    assert "Ủy ban nhân dân xã" in coop


def test_departments_and_unions_of_the_province_are_one_group():
    coop = _coop("1. Sở Xây dựng chủ trì, phối hợp với các sở, ngành, tổ chức đoàn thể cấp tỉnh, UBND các huyện tổ chức "
                 "tuần lễ vệ sinh đô thị.\n")
    assert coop["Sở Xây dựng"] == ["Các sở, ngành, tổ chức đoàn thể cấp tỉnh", "Ủy ban nhân dân huyện"]


def test_mass_organisations_named_by_their_kind_help_as_a_group():
    coop = _coop("1. Ủy ban nhân dân các huyện phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể nhân "
                 "dân tại địa phương vận động Nhân dân giữ gìn cảnh quan.\n"
                 "2. Hội Liên hiệp Phụ nữ tỉnh chủ trì, phối hợp với các tổ chức chính trị - xã hội tổ chức ngày hội ẩm thực.\n")
    assert coop["Ủy ban nhân dân huyện"][-1] == "Các đoàn thể nhân dân"
    assert coop["Hội Liên hiệp Phụ nữ tỉnh"] == ["Các tổ chức chính trị - xã hội"]


def test_the_press_named_by_its_outlets_helps_as_a_group():
    coop = _coop("1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban nhân dân các xã, báo, đài và các đơn vị có liên quan "
                 "quảng bá lễ hội.\n"
                 "2. Sở Nông nghiệp và Môi trường phối hợp với các cơ quan Báo, Đài giới thiệu tuyến tham quan.\n"
                 "3. Sở Y tế phối hợp với các cơ quan thông tin đại chúng khuyến cáo người dân.\n")
    assert coop["Sở Văn hóa, Thể thao và Du lịch"] == ["Ủy ban nhân dân xã", "Báo, đài"]
    assert coop["Sở Nông nghiệp và Môi trường"] == ["Các cơ quan Báo, Đài"]
    assert coop["Sở Y tế"] == ["Các cơ quan thông tin đại chúng"]


def test_a_lead_that_steers_no_one_named_works_with_the_helpers_itself():
    coop = _coop("1. Giám đốc Sở Nội vụ chỉ đạo chủ trì, phối hợp với Sở Tài chính rà soát biên chế.\n"
                 "2. Sở Y tế chỉ đạo các bệnh viện phối hợp với Sở Tài chính lập dự toán.\n")
    assert coop["Sở Nội vụ"] == ["Sở Tài chính"]
    assert coop["Sở Y tế"] == []


def test_a_ministry_s_localities_concerned_are_the_localities_group():
    coop = _coop("1. Bộ Y tế chủ trì, phối hợp với Bộ Tài chính và các địa phương liên quan bảo đảm thuốc men.\n"
                 "2. Bộ Xây dựng chủ trì, phối hợp với Văn phòng Chính phủ, các bộ, ngành địa phương liên quan rà soát "
                 "công trình.\n", CENTRAL)
    assert coop["Bộ Y tế"] == ["Bộ Tài chính", "Các địa phương"]
    assert coop["Bộ Xây dựng"] == ["Văn phòng Chính phủ", "Các bộ, ngành", "Các địa phương"]


def test_a_department_s_localities_concerned_stay_a_catch_all():
    coop = _coop("1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các địa phương liên quan sắp xếp trụ sở.\n")
    assert coop["Sở Nội vụ"] == ["Sở Tài chính"]


def test_the_socio_political_unions_named_in_full_keep_their_hyphen_and_the_list_goes_on():
    coop = _coop("1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các sở ngành, đoàn thể chính trị - xã hội "
                 "tỉnh và UBND các huyện, thị xã tổ chức kiểm tra vật tư nông nghiệp.\n")
    assert coop["Sở Nông nghiệp và Phát triển nông thôn"] == [
        "Các sở ngành, đoàn thể chính trị - xã hội tỉnh", "Ủy ban nhân dân huyện, thị xã"]


def test_a_departments_inspectorate_is_a_partner_of_its_own():
    coop = _coop("1. Công an tỉnh chủ trì, phối hợp với Thanh tra Sở GTVT và UBND các huyện kiểm tra xe khách.\n")
    assert coop["Công an tỉnh"] == ["Thanh tra Sở Giao thông vận tải", "Ủy ban nhân dân huyện"]


def test_a_lead_steering_its_unnamed_units_still_works_with_the_helpers():
    coop = _coop("1. Đề nghị UBND các huyện chỉ đạo các cơ quan, đơn vị liên quan phối hợp với Trung tâm Khuyến nông tỉnh "
                 "để tổ chức tập huấn.\n")
    assert coop["Ủy ban nhân dân huyện"] == ["Trung tâm Khuyến nông tỉnh"]


def test_a_lead_steering_its_own_specialised_agencies_works_with_their_partners():
    # The departments it directs are its own staff: the police are its partner, the staff no helper at all.
    coop = _coop("1. Sở Nông nghiệp và Môi trường chỉ đạo các cơ quan chuyên môn thuộc Sở phối hợp với Công an tỉnh "
                 "kiểm tra việc vận chuyển gia cầm.\n")
    assert coop["Sở Nông nghiệp và Môi trường"] == ["Công an tỉnh"]


def test_a_committee_steering_its_offices_or_functional_agencies_works_with_their_partners():
    coop = _coop("1. Đề nghị UBND các huyện chỉ đạo phòng, ban chuyên môn, phối hợp với Hội Nông dân tỉnh tổ chức tập huấn.\n")
    assert coop["Ủy ban nhân dân huyện"] == ["Hội Nông dân tỉnh"]
    coop = _coop("1. Sở Y tế chỉ đạo cơ quan chức năng phối hợp chặt chẽ với Cục Quản lý thị trường tỉnh kiểm tra bếp ăn.\n")
    assert coop["Sở Y tế"] == ["Cục Quản lý thị trường tỉnh"]


def test_named_subordinates_told_to_help_keep_their_partners_to_themselves():
    coop = _coop("1. Sở Y tế chỉ đạo các bệnh viện phối hợp với Cục Quản lý thị trường tỉnh kiểm tra bếp ăn.\n")
    assert coop["Sở Y tế"] == []


def test_a_helper_named_in_lower_case_before_a_named_body():
    coop = _coop("1. Đề nghị UBND xã Tân Lạc phối hợp với Trạm quản lý thủy nông, Thanh tra Sở Nông nghiệp và Phát triển nông "
                 "thôn kiểm tra các cống.\n")
    assert coop["Ủy ban nhân dân xã Tân Lạc"] == ["Trạm Quản lý thủy nông", "Thanh tra Sở Nông nghiệp và Phát triển nông thôn"]


def test_helpers_go_on_past_a_semicolon_when_the_lead_has_no_work_before_it():
    # The piece before ';' ends on the helpers: the list goes on, the communes help, they lead nothing.
    tasks = _tasks("1. Giao Sở Tư pháp chủ trì, phối hợp các sở, ban ngành tỉnh; Ủy ban nhân dân các xã, phường và các "
                   "đơn vị có liên quan, có trách nhiệm rà soát các thủ tục hành chính được đơn giản hóa.\n")
    assert [(lead, coop) for _, lead, coop in tasks] == [
        ("Sở Tư pháp", ["Các sở, ban ngành tỉnh", "Ủy ban nhân dân xã, phường"])]


def test_departments_bounded_by_o_tinh_and_the_communes_after_them_help():
    coop = _coop("1. Sở Xây dựng chủ trì, phối hợp với các sở, ban, ngành ở tỉnh, Ủy ban nhân dân các xã, phường tổ chức "
                 "triển khai quy định về cấp phép xây dựng.\n")
    assert coop["Sở Xây dựng"] == ["Các sở, ban, ngành ở tỉnh", "Ủy ban nhân dân xã, phường"]


def test_kinds_left_open_before_a_named_group_do_not_end_the_helpers():
    coop = _coop("1. Sở Du lịch chủ trì, phối hợp với các sở, cơ quan liên quan, Ủy ban nhân dân các xã, phường tổ chức "
                 "hội chợ du lịch.\n")
    assert coop["Sở Du lịch"] == ["Ủy ban nhân dân xã, phường"]


def test_the_fronts_standing_board_helps_as_its_committee():
    coop = _coop("1. Ủy ban nhân dân xã Tân Lập phối hợp chặt chẽ với Thường trực Ủy ban MTTQ Việt Nam cùng cấp tổng hợp "
                 "ý kiến cử tri.\n")
    assert coop["Ủy ban nhân dân xã Tân Lập"] == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


def test_the_power_utility_and_the_tax_office_by_their_kind_help():
    coop = _coop("1. Ủy ban nhân dân các xã chủ trì, phối hợp với đơn vị điện lực kiểm tra an toàn điện trong các khu dân cư.\n"
                 "2. Sở Tài chính phối hợp với cơ quan thuế địa phương hướng dẫn hộ kinh doanh kê khai thuế.\n")
    assert coop["Ủy ban nhân dân xã"] == ["Đơn vị điện lực"]
    assert coop["Sở Tài chính"] == ["Cơ quan thuế địa phương"]


def test_a_body_sent_the_work_so_that_it_helps_is_a_partner():
    coop = _coop("1. Sở Y tế kiểm tra các cơ sở hành nghề dược, đồng thời gửi Ủy ban nhân dân các xã để phối hợp giám sát.\n"
                 "2. Sở Nội vụ tổng hợp kết quả, gửi Ủy ban nhân dân tỉnh.\n")
    assert coop == {"Sở Y tế": ["Ủy ban nhân dân xã"], "Sở Nội vụ": []}


def test_a_unit_named_without_its_level_helps():
    # Study 175: a unit's own name with no level word, or with its place's name instead, after "phối hợp với".
    coop = _coop("1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Trạm kiểm dịch thực vật Bắc Sơn và các cơ "
                 "quan liên quan kiểm tra giống cây trồng nhập về.\n"
                 "2. Sở Du lịch chủ trì, phối hợp Viện Nghiên cứu phát triển và các đơn vị liên quan khảo sát điểm đến.\n")
    assert coop["Sở Nông nghiệp và Môi trường"] == ["Trạm kiểm dịch thực vật Bắc Sơn"]
    assert coop["Sở Du lịch"] == ["Viện Nghiên cứu phát triển"]


def test_a_unit_whose_name_joins_fields_with_a_comma_helps():
    coop = _coop("1. Văn phòng UBND tỉnh chủ trì, phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện "
                 "trong việc quảng bá lễ hội.\n")
    assert coop["Văn phòng Ủy ban nhân dân tỉnh"] == ["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"]


def test_a_force_named_by_its_function_helps():
    coop = _coop("1. Sở Y tế phối hợp với lực lượng quản lý thị trường kiểm tra cơ sở kinh doanh thực phẩm.\n"
                 "2. Ủy ban nhân dân các xã phối hợp chặt chẽ với cơ quan thuế trong việc hướng dẫn hộ kinh doanh.\n")
    assert coop["Sở Y tế"] == ["Lực lượng quản lý thị trường"]
    assert coop["Ủy ban nhân dân xã"] == ["Cơ quan thuế"]
