"""Party, Front, Youth Union and Council bodies by the names their own documents give them (invented texts)."""

from tracker.importer.matching import agency_key
from tracker.importer.names import expand_abbreviations, find_mentions
from tracker.importer.narration import narrates


def _names(text):
    return [(m.name, m.group) for m in find_mentions(text) if not m.catch_all]


def test_front_standing_boards_of_lower_levels_are_one_group_written_out():
    names = _names("Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thị xã tổ chức hội nghị.")
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các huyện, thị xã", True) in names


def test_youth_union_bodies_by_level():
    names = [n for n, _ in _names("Yêu cầu các cấp bộ Đoàn và Ban Chấp hành Đoàn các cấp chuẩn bị; Đoàn cấp xã và tương đương báo cáo.")]
    assert "Các cấp bộ Đoàn" in names and "Ban Chấp hành Đoàn các cấp" in names
    assert "Đoàn cấp xã và tương đương" in names


def test_youth_union_congress_is_not_the_body():
    assert not any("Đoàn cấp" in n for n, _ in _names("Tổ chức Đại hội Đoàn cấp cơ sở trong quý II."))


def test_youth_union_central_office():
    assert ("Văn phòng Trung ương Đoàn", False) in _names("Điều 4. Giao Văn phòng Trung ương Đoàn theo dõi việc thi hành.")


def test_national_assembly_delegation_written_out():
    assert expand_abbreviations("Văn phòng Đoàn ĐBQH và HĐND tỉnh") == "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"


def test_party_address_with_localities_is_one_group():
    names = _names("Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng, địa phương, cơ quan, đơn vị quán triệt.")
    assert ("Các cấp ủy, tổ chức đảng, địa phương, cơ quan, đơn vị", True) in names


def test_political_system_bodies_are_a_group_but_not_those_concerned():
    assert ("Các ban, ngành, đoàn thể", True) in _names("Đề nghị các ban, ngành, đoàn thể phối hợp tuyên truyền.")
    assert not _names("Đề nghị các ban, ngành, đoàn thể có liên quan phối hợp.")


def test_unions_by_their_constitutional_kind_are_the_unions_group():
    assert agency_key("Các đoàn thể chính trị - xã hội") == agency_key("Các đoàn thể")


def test_front_initials_in_the_political_system_list_is_every_level():
    names = [n for n, _ in _names("Yêu cầu các cấp ủy đảng, chính quyền, MTTQ và các đoàn thể vào cuộc.")]
    assert "Mặt trận Tổ quốc Việt Nam các cấp" in names


def test_work_under_way_is_news_not_a_task():
    text = "Các địa phương đang vận động ủng hộ quỹ."
    assert narrates(text, len("Các địa phương"))
    assert not narrates("Các địa phương đăng ký danh sách.", len("Các địa phương"))


def test_front_board_issues_with_its_committee_and_about_line_is_the_subject():
    from tracker.importer.metadata import parse_metadata
    text = ("ỦY BAN MTTQ VIỆT NAM\nTỈNH HÒA BÌNH\nBAN DÂN CHỦ - PHÁP LUẬT\nVề việc góp ý dự thảo “Quy chế giám sát”\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHòa Bình, ngày 02 tháng 3 năm 2021\n\nKính gửi: Các huyện\n\n"
            "Về việc này, đề nghị các huyện góp ý.\n")
    meta = parse_metadata(text)
    assert meta.issuer.lower() == "ban dân chủ - pháp luật ủy ban mặt trận tổ quốc việt nam tỉnh hòa bình"
    assert meta.subject == "Góp ý dự thảo \"Quy chế giám sát\""  # the text's quotes made plain, both kept
