"""Party committees' directions: their numbering, the political system's bodies as subjects (invented texts)."""

from tracker.importer.draft import to_annotation
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t["clause"], t["lead_agency"]) for t in to_annotation(parse_text(text))["tasks"]]


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text) if not m.catch_all]


def test_points_numbered_with_a_stroke_are_clauses():
    text = (
        "Để công tác phòng, chống thiên tai năm 2024 đạt kết quả, Ban Thường vụ Huyện ủy yêu cầu các sở, ban, ngành "
        "thực hiện tốt một số nhiệm vụ sau:\n"
        "1/ Xây dựng kế hoạch phòng, chống thiên tai sát với tình hình của từng địa phương.\n"
        "2/ Ban Tuyên giáo Huyện ủy hướng dẫn công tác tuyên truyền về phòng, chống thiên tai.\n"
    )
    tasks = to_annotation(parse_text(text))["tasks"]
    assert [(t["clause"], t["lead_agency"]) for t in tasks] == [("1", "Các sở, ban, ngành"), ("2", "Ban Tuyên giáo Huyện ủy")]
    assert tasks[0]["summary"].startswith("Xây dựng kế hoạch")


def test_government_after_the_party_organisations_is_named_bare():
    names = _names("Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể "
                   "chính trị - xã hội thực hiện tốt công tác chuẩn bị Tết.")
    assert "Chính quyền" in names and "Các đoàn thể chính trị - xã hội" in names


def test_government_after_the_committees_of_every_level_keeps_the_level():
    names = _names("Ban Thường vụ Huyện ủy yêu cầu các cấp ủy đảng, chính quyền, Mặt trận và các đoàn thể thực hiện tốt công tác này.")
    assert "Chính quyền các cấp" in names


def test_bare_committee_heading_a_list_of_the_political_system():
    tasks = _tasks("Thông tri nêu rõ: Cấp ủy, chính quyền, các ban, ngành, Ủy ban MTTQ và các đoàn thể tập trung "
                   "giải quyết kịp thời những kiến nghị của đoàn viên.\n")
    leads = [lead for _, lead in tasks]
    assert leads[:3] == ["Các cấp ủy", "Chính quyền", "Các ban, ngành"]


def test_party_bodies_a_provincial_committee_lists_are_each_a_group():
    names = _names("Ban Thường vụ Tỉnh ủy yêu cầu các ban cán sự đảng, đảng đoàn, các sở, ban, ngành, Mặt trận và các "
                   "đoàn thể; các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy quán triệt chỉ thị này.")
    assert names == ["Các ban cán sự đảng", "Các đảng đoàn", "Các sở, ban, ngành", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                     "Các đoàn thể", "Các huyện ủy, thị ủy, thành ủy", "Các đảng ủy trực thuộc Tỉnh ủy"]


def test_government_of_a_named_level_is_left_to_its_level():
    names = _names("Cấp ủy, chính quyền tỉnh phải xác định chuyển đổi số là nhiệm vụ trọng tâm.")
    assert "Chính quyền" not in names and "Các cấp ủy" not in names


def test_commune_police_board_shares_the_level_written_after_the_list():
    assert _names("Ban Công an, Ban Chỉ huy quân sự xã tăng cường tuần tra dịp Tết.") == ["Ban Công an xã", "Ban Chỉ huy Quân sự xã"]


def test_districts_military_commands_in_lower_case_are_a_group():
    mentions = [m for m in find_mentions("Bộ Chỉ huy Quân sự tỉnh, ban chỉ huy quân sự các huyện, thị xã phối hợp hỗ trợ hội.")]
    assert [(m.name.lower(), m.group) for m in mentions][1] == ("ban chỉ huy quân sự các huyện, thị xã", True)


def test_page_paragraph_whose_only_request_is_a_standard_is_no_clause():
    text = ("Chuẩn bị tốt nội dung đại hội hội nông dân các cấp; xây dựng báo cáo chính trị sát thực tế. Báo cáo ở từng cấp phải "
            "đánh giá đúng những mặt làm được, chưa được theo nghị quyết đại hội đảng bộ các cấp.\n\n"
            "Các cấp ủy đảng tập trung lãnh đạo, chỉ đạo để đại hội hội nông dân các cấp thành công.\n")
    assert _tasks(text) == [("1", "Các cấp ủy đảng")]


def test_standard_with_a_dotted_date_is_work_of_its_own():
    text = ("Trước ngày 5.9.2025, Hội đồng Nghĩa vụ quân sự cấp xã phải hoàn chỉnh danh sách và báo cáo về Bộ Chỉ huy "
            "Quân sự tỉnh.\n\n"
            "Công tác sơ tuyển sức khỏe cấp xã sẽ phải kết thúc trước ngày 10.10.2025. Từ ngày 1.11 sẽ khám sức khỏe.\n\n"
            "Trước ngày 7.2.2026, Hội đồng Nghĩa vụ quân sự cấp xã sẽ trao quyết định gọi công dân nhập ngũ và báo cáo "
            "về Bộ Chỉ huy Quân sự tỉnh.\n")
    assert [clause for clause, _ in _tasks(text)] == ["1", "3"]
