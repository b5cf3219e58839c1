"""Bodies a commune, a ward or a district names as its readers know them: the offices told to act in
general words, the schools and hospitals a flag notice lists, a commune's police, military command and
health station written bare, its hamlets."""

from tracker.importer.draft import to_annotation
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t["clause"], t["lead_agency"]) for t in to_annotation(parse_text(text))["tasks"]]


def test_a_flag_notice_lists_its_members_one_task_each():
    text = ("Thông báo treo cờ mừng Đại hội\n\n"
            "Ngày 25/02, UBND tỉnh Kon Tum có thông báo về việc treo cờ.\n\nCác cơ quan, đơn vị, doanh nghiệp, trường học, bệnh viện, các đơn vị "
            "lực lượng vũ trang và hộ gia đình treo cờ Tổ quốc từ ngày 02/3/2020 đến hết ngày 04/3/2020.")
    assert _tasks(text) == [("1", "Các cơ quan, đơn vị"), ("1", "Các trường học"), ("1", "Các bệnh viện"),
                            ("1", "Các đơn vị lực lượng vũ trang")]


def test_the_general_words_alone_stand_for_bodies_named_before():
    text = ("Công điện về mưa lớn\n\n"
            "Công điện yêu cầu Giám đốc các sở, ban, ngành tỉnh theo dõi sát diễn biến mưa lũ.\n\n"
            "Các cơ quan, đơn vị chủ động bố trí lực lượng, phương tiện tại chỗ.")
    assert ("2", "Các cơ quan, đơn vị") not in _tasks(text)


def test_heads_of_offices_asked_by_name_are_the_offices():
    text = ("Thông báo nghỉ lễ\n\n"
            "1. Về treo cờ\n\nYêu cầu Thủ trưởng các cơ quan, đơn vị bố trí cán bộ trực trong những ngày nghỉ.")
    assert _tasks(text) == [("1", "Các cơ quan, đơn vị")]


def test_a_commune_s_own_bodies_written_bare_are_the_commune_s():
    text = ("Thông báo lịch nghỉ Tết\n\n"
            "Ủy ban nhân dân xã Tân Lập thông báo lịch nghỉ Tết như sau:\n\n"
            "1. Công an, Quân sự, Trạm Y tế bảo đảm trực 24/24 trong các ngày nghỉ.\n\n"
            "2. Trưởng thôn nhắc nhở các hộ dân dọn vệ sinh đường làng.")
    # the notice names the commune only as its speaker: its bodies go by their level
    assert _tasks(text) == [("1", "Công an xã"), ("1", "Ban Chỉ huy Quân sự xã"), ("1", "Trạm Y tế xã"), ("2", "Trưởng thôn")]


def test_a_commune_that_asks_names_its_bare_bodies_with_itself():
    text = ("Công văn về mưa lũ\n\nĐảng ủy xã Tân Lập yêu cầu:\n\n"
            "1. Công an, Quân sự xã sẵn sàng lực lượng hỗ trợ người dân.")
    assert _tasks(text) == [("1", "Công an xã Tân Lập"), ("1", "Ban Chỉ huy Quân sự xã Tân Lập")]


def test_bare_police_in_a_province_s_text_is_no_body():
    text = ("Công văn về phòng cháy\n\n"
            "1. Công an, Quân sự bảo đảm lực lượng ứng trực.\n\n2. Sở Công Thương kiểm tra các chợ.")
    assert _tasks(text) == [("2", "Sở Công Thương")]


def test_a_lower_level_s_police_and_military_command_are_named_with_their_level():
    names = [m.name for m in find_mentions("Công an phường phối hợp Ban CHQS phường và Trạm Y tế phường kiểm tra")]
    assert names == ["Công an phường", "Ban Chỉ huy Quân sự phường", "Trạm Y tế phường"]


def test_the_party_committees_and_authorities_of_the_hamlets_are_two_groups():
    names = [m.name for m in find_mentions("Cấp ủy, chính quyền các bản kịp thời thông báo cho người dân")]
    assert names == ["Cấp ủy các bản", "Chính quyền các bản"]


def test_a_hospital_s_own_name_is_no_bare_member():
    text = "Công văn về thiết bị y tế\n\n1. Sở Y tế, Bệnh viện Đa khoa tỉnh rà soát nhu cầu mua sắm thiết bị."
    assert ("1", "Các bệnh viện") not in _tasks(text)


def test_a_department_directing_its_schools_keeps_the_work():
    text = "Công văn phòng dịch\n\n1. Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh lớp học."
    assert _tasks(text) == [("1", "Sở Giáo dục và Đào tạo")]


def test_a_district_s_offices_bounded_by_level_are_one_group():
    names = [m.name for m in find_mentions("yêu cầu Thủ trưởng các cơ quan, ban ngành, đoàn thể cấp huyện triển khai")]
    assert names == ["Các cơ quan, ban ngành, đoàn thể cấp huyện"]


def test_dash_items_of_a_page_are_numbered_by_those_that_assign():
    # a headerless page's dash items are read as its paragraphs are: only those that give work count
    text = ("Ban phòng chống thiên tai xã thông báo một số nội dung sau:\n"
            "- Cấp ủy, chính quyền các xóm kịp thời thông báo cho tàu thuyền về nơi tránh trú.\n"
            "- Kiểm tra, nhắc nhở các hộ dân chằng chống nhà cửa.\n"
            "- Các Trường học, Trạm y tế cần có kế hoạch kê gác tài sản.")
    assert _tasks(text) == [("1", "Cấp ủy các xóm"), ("1", "Chính quyền các xóm"), ("2", "Các trường học")]


def test_a_commune_s_civil_servants_by_post_are_bodies():
    text = ("UBND xã yêu cầu:\n1. Công chức Tư pháp - Hộ tịch\n- Rà soát hồ sơ chứng thực trong tháng.\n"
            "2. Giao công chức TC-KT xã lập dự toán kinh phí.\n"
            "3. Các công chức chuyên môn thuộc UBND xã báo cáo kết quả.")
    leads = [lead for _, lead in _tasks(text)]
    assert leads == ["Công chức Tư pháp - Hộ tịch", "Công chức Tài chính - Kế toán xã",
                     "Các công chức chuyên môn thuộc Ủy ban nhân dân xã"]


def test_a_post_in_running_text_without_its_level_is_no_body():
    assert find_mentions("cán bộ, công chức Văn phòng thực hiện tốt nhiệm vụ") == []


def test_localities_named_by_level_as_the_last_of_a_letter_s_recipients():
    # "… gửi Sở X và các huyện, thị, thành phố yêu cầu …": after "và", right before the request, the group is
    # one of those asked (the districts' UBND), not a place; "thị" is the press's "thị xã".
    text = ("UBND tỉnh vừa có văn bản gửi Sở Công Thương và các huyện, thị, thành phố yêu cầu kiểm tra "
            "các chợ đầu mối trên địa bàn.")
    assert [t.lead_agency for t in parse_text(text).tasks] == [
        "Sở Công Thương", "Ủy ban nhân dân các huyện, thị xã, thành phố"]


def test_hamlets_and_residential_areas_written_bare_share_the_list_s_plural():
    # "các đơn vị, thôn, KDC": the plural opens a list of the ward's units, its hamlets and its residential areas;
    # each is a group told to act, the units too (listed with other bodies, not a catch-all).
    text = ("Phường Hòa Lạc chuẩn bị ứng phó bão\n\n"
            "Chiều 12/8, đồng chí Chủ tịch UBND phường yêu cầu các đơn vị, thôn, KDC trên địa bàn "
            "tăng cường kiểm tra các điểm xung yếu, chuẩn bị phương án sơ tán người dân.")
    assert _tasks(text) == [("1", "Các đơn vị"), ("1", "Các thôn"), ("1", "Các khu dân cư")]


def test_the_forces_concerned_written_bare_share_the_list_s_all():
    text = ("Ứng phó mưa lớn\n\n"
            "UBND xã Đông Sơn yêu cầu tất cả thôn và lực lượng chức năng túc trực tại các điểm xung yếu.")
    assert _tasks(text) == [("1", "Các thôn"), ("1", "Các lực lượng chức năng")]


def test_the_forces_after_general_words_of_units_stay_the_directing_body_s():
    text = ("Chống buôn lậu dịp cuối năm\n\n"
            "Bộ Công Thương chỉ đạo các đơn vị, lực lượng chức năng, UBND các xã tăng cường kiểm tra thị trường.")
    assert _tasks(text) == [("1", "Bộ Công Thương")]
