"""The offices, working parts and hamlet bodies of the lowest levels, named as a district, a commune or a
ward names its own: the two-tier commune's offices with no level written, a ward's working part by its
fields, a hamlet's board, the heads of residential groups (invented texts)."""

from tracker.importer.draft import to_annotation
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _names(text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.group) for m in find_mentions(text)]


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t["clause"], t["lead_agency"]) for t in to_annotation(parse_text(text))["tasks"]]


def test_a_two_tier_communes_offices_are_read_by_their_legal_names():
    assert _names("Giao Phòng Văn hóa - Xã hội hướng dẫn các ấp tổ chức lễ hội.") == [("Phòng Văn hóa - Xã hội", False)]
    assert _names("Phòng Kinh tế chủ trì rà soát diện tích lúa.") == [("Phòng Kinh tế", False)]
    assert _names("Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra trật tự xây dựng.") == [("Phòng Kinh tế, Hạ tầng và Đô thị", False)]
    assert _names("Văn phòng HĐND và UBND tổng hợp báo cáo.") == [("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", False)]
    assert _names("Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ.") == [("Trung tâm Phục vụ hành chính công", False)]


def test_an_office_with_its_level_and_place_is_read_whole_by_its_shape():
    assert _names("Phòng Kinh tế huyện Tân Lạc chủ trì rà soát.") == [("Phòng Kinh tế huyện Tân Lạc", False)]
    assert _names("các chuyên gia phòng kinh tế của trường") == []


def test_a_communes_office_given_work_is_a_task():
    text = ("Kế hoạch tổ chức lễ hội mùa xuân\n\n1. Giao Phòng Văn hóa - Xã hội hướng dẫn các ấp trang trí, "
            "treo cờ trước ngày 20/01/2026.\n\n2. Công an xã bảo đảm an ninh trật tự trong những ngày lễ hội.")
    assert _tasks(text) == [("1", "Phòng Văn hóa - Xã hội"), ("2", "Công an xã")]


def test_a_wards_working_part_is_named_by_its_fields_and_level():
    assert _names("giao bộ phận ĐC-XD phường kiểm tra hiện trạng") == [("Bộ phận Địa chính - Xây dựng phường", False)]
    assert _names("giao bộ phận văn phòng phường lưu hồ sơ") == []


def test_a_hamlets_board_and_the_heads_of_residential_groups():
    assert _names("Ban nhân dân các thôn tuyên truyền đến từng hộ.") == [("Ban nhân dân các thôn", True)]
    assert _names("Ban nhân dân ấp Phú Lợi vận động nhân dân.")[0] == ("Ban nhân dân ấp Phú Lợi", False)
    assert _names("Ủy ban nhân dân thôn") == []  # no hamlet board: words of a committee
    assert _names("Đề nghị Tổ trưởng 12 Tổ dân phố thông báo cho các hộ.") == [("Tổ trưởng các tổ dân phố", True)]
    assert _names("các Tổ trưởng tổ dân phố nhắc nhở các hộ") == [("Tổ trưởng các tổ dân phố", True)]


def test_the_front_written_bare_among_general_words_is_one_addressee_with_them():
    assert _names("Đề nghị Mặt trận, các đoàn thể phường tuyên truyền đến hội viên.") == [("Mặt trận, các đoàn thể phường", True)]
    assert _names("Các Ban, ngành, Mặt trận, Hội, các tổ chức CT-XH xã rà soát hộ nghèo.") == [
        ("Các Ban, ngành, Mặt trận, Hội, các tổ chức chính trị - xã hội xã", True)]
    # Joined by "và", the Front and the unions are named apart.
    assert [n for n, _ in _names("Mặt trận và các đoàn thể xã vận động nhân dân.")] == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Các đoàn thể xã"]


def test_a_levels_offices_together_are_one_group_unless_only_those_concerned():
    assert _names("Các phòng, ban chuyên môn thuộc UBND huyện rà soát hồ sơ.") == [
        ("Các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện", True)]
    assert _names("yêu cầu các phòng, ban, đơn vị kiểm tra biển tên") == [("Các phòng, ban, đơn vị", True)]
    assert _names("phối hợp với các phòng, ban có liên quan rà soát") == []


def test_communes_listed_after_a_colon_are_each_a_committee():
    assert _names("Giao Chủ tịch UBND các xã: Hòa Bình, Tân Mỹ và Phú Lợi khoanh vùng ổ dịch.") == [
        ("Ủy ban nhân dân xã Hòa Bình", False), ("Ủy ban nhân dân xã Tân Mỹ", False), ("Ủy ban nhân dân xã Phú Lợi", False)]
    assert [m.kind for m in find_mentions("UBND các huyện: Lạc Sơn, Kim Bôi rà soát.")] == ["district", "district"]


def test_a_levels_specialised_offices_are_one_group_but_not_a_departments_divisions():
    # Study 115: "các phòng chuyên môn" a district asks is its own offices, as "các phòng, ban chuyên môn" is.
    assert _names("Đề nghị các phòng chuyên môn rà soát thủ tục hành chính.") == [("Các phòng chuyên môn", True)]
    assert ("Các phòng chuyên môn", True) not in _names("Các phòng chuyên môn thuộc Sở Văn hóa rà soát hồ sơ.")


def test_a_ward_s_offices_by_their_functions_are_one_group():
    text = ("Phòng chống rét đậm\n\n"
            "UBND phường Bắc Lý yêu cầu các phòng, ban chức năng rà soát các hộ khó khăn trước ngày 20/12/2025.")
    assert _tasks(text) == [("1", "Các phòng, ban chức năng")]
