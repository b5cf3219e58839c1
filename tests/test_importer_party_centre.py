"""The Party's central organs and the standing boards of a level's committees, as a Central Committee's
resolution gives them work (study 137), each form with an invented text: "Bộ Chính trị" and "Ban Bí thư"
(their last word in lower case), "Đảng ủy Chính phủ", "Đảng ủy Quốc hội", and "ban thường vụ các tỉnh ủy,
thành ủy, đảng ủy trực thuộc Trung ương" written in lower case after "Giao"."""

from tracker.importer.names import find_mentions


def _names(text):
    return [m.name for m in find_mentions(text)]


def test_the_politburo_is_named_whole():
    assert _names("Giao Bộ Chính trị lãnh đạo việc tổng kết công tác bầu cử.") == ["Bộ Chính trị"]
    assert "Ban Bí thư" in _names("Ban Bí thư chỉ đạo các ban đảng hướng dẫn thực hiện.")


def test_the_party_committees_over_the_government_and_the_assembly():
    assert _names("Đảng uỷ Quốc hội lãnh đạo việc sửa đổi luật.") == ["Đảng ủy Quốc hội"]
    assert _names("Đảng ủy Chính phủ hướng dẫn về con dấu.") == ["Đảng ủy Chính phủ"]


def test_a_political_centre_is_no_politburo():
    assert "Bộ Chính trị" not in _names("xây dựng trung tâm chính trị - hành chính của tỉnh")


def test_the_standing_boards_of_every_committee_of_a_level_are_one_group():
    mentions = find_mentions("Giao ban thường vụ các huyện ủy, thị ủy, đảng ủy trực thuộc tỉnh ủy khẩn trương rà soát.")
    assert [(m.name, m.group) for m in mentions] == [
        ("Ban thường vụ các huyện ủy, thị ủy, đảng ủy trực thuộc tỉnh ủy", True)]


def test_a_briefing_of_secretaries_is_no_secretariat():
    assert "Ban Bí thư" not in _names("Đảng ủy xã tổ chức Hội nghị giao ban Bí thư các chi bộ trực thuộc.")
    assert "Ban Bí thư" not in _names("BAN BÍ THƯ CÁC CHI BỘ, ĐẢNG BỘ TRỰC THUỘC")  # read after "giao" taken as a request
