"""Names matched to their full form: an office's field written short, bodies named by where they are
based, the press by its kind, a body of every province, the National Assembly's bodies, the councils of
every level, the Front's members, and a closing point that hands a lead the letter's points again."""

from tracker.importer.draft import to_annotation
from tracker.importer.matching import agency_key
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text
from tracker.importer.subjects import cooperating_in


def _names(text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.group) for m in find_mentions(text)]


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t["clause"], t["lead_agency"]) for t in to_annotation(parse_text(text))["tasks"]]


def test_an_offices_field_written_short_is_written_out():
    text = ("Thông báo về lễ hội mùa xuân\n\n"
            "1. Phòng VH-TT huyện kiểm tra các điểm vui chơi trong dịp lễ hội.\n\n"
            "2. Đài TT-TH huyện đưa tin thường xuyên về lễ hội.\n\n"
            "3. Ban ATGT huyện phân luồng các tuyến đường vào khu lễ hội.")
    assert _tasks(text) == [("1", "Phòng Văn hóa và Thông tin huyện"), ("2", "Đài Truyền thanh - Truyền hình huyện"),
                            ("3", "Ban An toàn giao thông huyện")]
    # The key of the short name is the key of the full one; the words of a sentence stay as written.
    assert agency_key("Ban ATGT tỉnh") == agency_key("Ban An toàn giao thông tỉnh")
    assert _names("Sở VHTT&DL phối hợp bảo đảm trật tự, ATGT.") == [("Sở Văn hóa, Thể thao và Du lịch", False)]


def test_agencies_stationed_in_the_district_are_one_group_without_the_enterprises():
    assert _names("Đề nghị các cơ quan, đơn vị, doanh nghiệp đóng trên địa bàn xã treo cờ Tổ quốc.") == [
        ("Các cơ quan, đơn vị đóng trên địa bàn xã", True)]


def test_the_news_agencies_and_the_press_are_one_group():
    assert _names("Sở Nội vụ, cơ quan thông tấn báo chí và UBND các xã tuyên truyền Luật mới.")[1] == (
        "Cơ quan thông tấn báo chí", True)


def test_a_provincial_body_of_every_province_is_a_group():
    assert _names("Tổng cục yêu cầu Công an các tỉnh, thành phố rà soát hồ sơ.") == [("Công an các tỉnh, thành phố", True)]


def test_the_national_assemblys_bodies_are_named():
    names = _names("Đề nghị Ủy ban Pháp luật và Tư pháp của Quốc hội, Hội đồng dân tộc của Quốc hội và các Ủy ban "
                   "của Quốc hội phối hợp với các cơ quan Chính phủ thẩm tra dự án Luật.")
    assert names == [("Ủy ban Pháp luật và Tư pháp của Quốc hội", False), ("Hội đồng Dân tộc của Quốc hội", False),
                     ("Các Ủy ban của Quốc hội", True), ("Các cơ quan Chính phủ", True)]
    assert _names("Bộ Tư pháp làm việc với các cơ quan Quốc hội.")[1] == ("Các cơ quan của Quốc hội", True)
    # The groups are definite sets a body works with: they cooperate as other named groups do.
    helpers = cooperating_in("Ủy ban Kinh tế của Quốc hội phối hợp chặt chẽ với các cơ quan Chính phủ thẩm tra hồ sơ.")
    assert [(m.name, m.kind) for m in helpers] == [("Các cơ quan Chính phủ", "other")]


def test_a_council_named_by_its_field_and_level():
    assert _names("- Hội đồng Thi đua - Khen thưởng các cấp hướng dẫn việc bình xét.") == [
        ("Hội đồng Thi đua - Khen thưởng các cấp", True)]


def test_the_fronts_members_named_without_its_full_name():
    assert _names("Hội Nông dân tỉnh và các tổ chức thành viên của Mặt trận tham gia.")[1] == (
        "Các tổ chức thành viên của Mặt trận", True)


def test_a_closing_point_handing_the_points_back_is_no_task_of_its_own():
    text = ("Công văn về hỗ trợ người dân sau lũ\n\n"
            "Kính gửi: Công an các tỉnh, thành phố.\n\n"
            "Bộ yêu cầu Công an các tỉnh, thành phố khẩn trương triển khai các nội dung sau:\n"
            "1. Về cấp lại giấy tờ\nTiếp tục hướng dẫn người dân làm thủ tục cấp lại giấy tờ bị mất do lũ.\n"
            "2. Về tổ chức thực hiện\n"
            "- Giao Công an các tỉnh, thành phố tập trung chỉ đạo triển khai thực hiện các nội dung nêu trên và chịu "
            "trách nhiệm về kết quả.\n"
            "- Báo cáo kết quả về Bộ trước ngày 30/12/2025.")
    tasks = _tasks(text)
    assert ("2", "Công an các tỉnh, thành phố") in tasks
    assert len([t for t in tasks if t[0].startswith("2")]) == 1
