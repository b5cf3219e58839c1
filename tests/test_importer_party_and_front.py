"""Pages of the Party, the Front and the armed forces giving work (study 87), each rule with an invented text:
the Party's committee or cell of a body or a place, a body chosen for a part (no work), a committee's organs,
a leader named by post alone, an officer's speech at a meeting, the Front's committees of the lower levels."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _names(text):
    return [(m.name, m.group, m.catch_all) for m in find_mentions(text)]


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_the_party_committee_of_a_body_or_a_place_is_one_name():
    text = ("Ban Thường vụ Thành ủy yêu cầu Đảng ủy Sở Y tế chỉ đạo các bệnh viện rà soát đội ngũ. "
            "Đảng ủy UBND thành phố hoàn thiện đề án. Đảng bộ phường Tân An, Chi bộ Trường THCS Lê Lợi chuẩn bị đại hội.")
    names = {name for name, _, _ in _names(text)}
    assert {"Đảng ủy Sở Y tế", "Đảng ủy Ủy ban nhân dân thành phố", "Đảng bộ phường Tân An"} <= names
    assert any(name.startswith("Chi bộ Trường") for name in names)
    # An organ of that committee keeps its own name: the office is not the committee.
    assert "Đảng ủy Sở Y tế" not in {name for name, _, _ in _names("Văn phòng Đảng ủy Sở Y tế tổng hợp báo cáo.")}


def test_a_body_chosen_for_a_part_is_given_no_work_by_the_choice():
    text = ("Bí thư Thị ủy quán triệt chỉ thị của Bộ Chính trị.\n\n"
            "Theo đó, Đảng bộ phường Tân An được Ban Thường vụ Tỉnh ủy chọn chỉ đạo đại hội điểm.\n\n"
            "Đồng thời, Ban Thường vụ Thị ủy cũng chọn Chi bộ Trường THCS Lê Lợi chỉ đạo đại hội điểm của thị xã.\n\n"
            "Ban Thường vụ Thị ủy đề nghị Đảng bộ phường Tân An, Chi bộ Trường THCS Lê Lợi chuẩn bị chu đáo các điều kiện "
            "để tổ chức đại hội.")
    leads = _leads(text)
    assert ("1", "Đảng bộ phường Tân An") in leads
    assert all(lead != "Ban Thường vụ Thị ủy" for _, lead in leads)
    assert len(leads) == 2


def test_a_committees_boards_office_and_inspection_committee_are_its_own():
    text = ("Tại hội nghị, đồng chí Trần Văn Bình, Phó Bí thư Thường trực Thị ủy yêu cầu các Ban, Văn phòng Thị ủy "
            "tham mưu tổ chức tốt đại hội. Ủy ban kiểm tra Thị ủy theo dõi việc giải quyết đơn thư.")
    names = {(name, group) for name, group, _ in _names(text)}
    assert {("Các Ban Thị ủy", True), ("Văn phòng Thị ủy", False), ("Ủy ban Kiểm tra Thị ủy", False)} <= names


def test_a_leader_named_by_post_alone_speaks_for_those_he_asks():
    text = ("Phó Tư lệnh Quân khu 5 cũng yêu cầu Ban Chỉ huy Quân sự các xã, thị trấn tăng cường tuần tra.\n\n"
            "Ngoài ra, đồng chí Phó Bí thư Thường trực Huyện ủy giao nhiệm vụ cho Ban Tuyên giáo Huyện ủy tham mưu "
            "tuyên truyền kỷ niệm ngày thành lập Đảng.")
    leads = {lead for _, lead in _leads(text)}
    assert {"Ban Tuyên giáo Huyện ủy", "Ban Chỉ huy Quân sự các xã, thị trấn"} <= leads
    assert not any("Chính ủy" in lead or "Bí thư" in lead for lead in leads)


def test_an_officers_words_at_a_meeting_and_his_request_of_persons_are_no_clauses():
    text = ("Chỉ đạo tại hội nghị, Trung tướng Nguyễn Văn Minh, Tư lệnh Quân khu 5, biểu dương tinh thần trách nhiệm "
            "của Bộ Chỉ huy Quân sự tỉnh trong việc triển khai các quyết định.\n\n"
            "Trung tướng Nguyễn Văn Minh đề nghị các cán bộ mới được bổ nhiệm nhanh chóng nắm chắc tình hình địa bàn.\n\n"
            "Tư lệnh Quân khu 5 cũng yêu cầu Ban Chỉ huy Quân sự các xã, thị trấn làm tốt công tác tuyển quân năm 2026.")
    assert _leads(text) == [("1", "Ban Chỉ huy Quân sự các xã, thị trấn")]


def test_the_fronts_committees_of_the_lower_levels_are_one_group_with_every_level():
    text = "Ủy ban MTTQ Việt Nam tỉnh đề nghị Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố vận động đoàn viên."
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam các huyện, thị xã, thành phố", True, False) in _names(text)


def test_a_commune_s_or_a_district_s_party_committee_asks_those_it_names():
    text = ("Để bảo đảm an ninh trật tự dịp Tết, Đảng ủy xã yêu cầu Công an xã Ea Kpam tăng cường tuần tra trên các "
            "tuyến đường.\n\n"
            "Huyện ủy đề nghị Ủy ban MTTQ Việt Nam huyện vận động nhân dân không đốt pháo.\n\n"
            "Đảng ủy phường Tân Lợi yêu cầu Trạm Y tế phường chuẩn bị thuốc sơ cứu.")
    assert _leads(text) == [("1", "Công an xã Ea Kpam"), ("2", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"),
                            ("3", "Trạm Y tế phường")]
    # The committee's own office asks in its own name: the committee is not read alone inside it.
    assert ("Huyện ủy", False, True) not in _names("Văn phòng Huyện ủy đề nghị các chi bộ gửi báo cáo.")
