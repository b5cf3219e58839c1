"""Agency names still misread: a board's name with the comma of "phòng, chống", a level written once after
a list, "… của tỉnh" after a group, a committee of two levels, a city's police by the city's short name, a
park board of two kinds of zone; and a dated bullet's later sentence. Invented
sentences of the general form."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text
from tracker.importer.subjects import leading_subjects

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\nSố: 12/CT-UBND\nAn Phú, ngày 02 tháng 3 năm 2020\nCHỈ THỊ\nVề việc tăng cường công tác\n"


def _leads(text: str) -> list[str]:
    return [m.name for m in leading_subjects(text)[0]]


def test_a_board_s_name_keeps_the_comma_of_phong_chong_and_the_disaster_word():
    assert _leads("Ban Chỉ đạo phòng, chống dịch bệnh tỉnh chủ trì kiểm tra các chốt.") == [
        "Ban Chỉ đạo phòng, chống dịch bệnh tỉnh"]
    assert _leads("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện rà soát phương án.") == [
        "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện"]


def test_a_board_of_every_sector_and_level_is_one_group_then_the_list_goes_on():
    text = ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các ngành, các cấp, Thủ trưởng các sở, ban, ngành "
            "tỉnh, Chủ tịch UBND các huyện triển khai các việc sau:")
    subjects = leading_subjects(text)[0]
    assert subjects[0].name == "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các ngành, các cấp"
    assert subjects[0].group
    assert len(subjects) == 3


def test_a_dated_bullet_s_later_sentence_stays_with_its_task():
    draft = parse_text(HEADER + "I. Nhiệm vụ\nSở Nội vụ thực hiện các việc sau:\n"
                       "- Hoàn thành báo cáo tổng kết trước ngày 15/4/2020. Qua đó, đề xuất giải pháp cho năm sau.\n")
    tasks = [t for t in draft.tasks if t.lead_agency == "Sở Nội vụ"]
    assert len(tasks) == 1
    assert "đề xuất giải pháp" in tasks[0].text and str(tasks[0].due_on) == "2020-04-15"


def test_a_board_of_high_tech_parks_and_industrial_zones_is_not_cut_at_va():
    names = [m.name for m in find_mentions("Ban Quản lý các khu công nghệ cao và khu công nghiệp chủ trì rà soát.")]
    assert names == ["Ban Quản lý các khu công nghệ cao và khu công nghiệp"]


def test_departments_of_the_province_written_with_cua_then_the_communes():
    assert _leads("Các sở, ban, ngành của tỉnh, UBND các xã, phường tổ chức thực hiện kế hoạch.") == [
        "Các sở, ban, ngành của tỉnh", "Ủy ban nhân dân xã, phường"]


def test_departments_and_units_concerned_of_the_province_are_one_group():
    mentions = [m for m in find_mentions("Đề nghị các sở, ngành, đơn vị liên quan của tỉnh gửi báo cáo.") if not m.catch_all]
    assert [m.name for m in mentions] == ["Các sở, ngành, đơn vị liên quan của tỉnh"]
    # Without the province after it, "đơn vị có liên quan" stays a catch-all after the departments.
    assert [m.name for m in find_mentions("các sở, ngành, đơn vị có liên quan") if not m.catch_all] == ["Các sở, ngành"]


def test_a_city_s_police_by_the_city_s_short_name():
    assert _leads("Công an TP.HCM chủ trì kiểm tra các điểm kinh doanh.") == ["Công an Thành phố Hồ Chí Minh"]
    assert _leads("Công an TP. Cần Thơ chủ trì kiểm tra các điểm kinh doanh.") == ["Công an Thành phố Cần Thơ"]
    assert _leads("Công an tỉnh chủ trì kiểm tra.") == ["Công an tỉnh"]


def test_a_committee_of_two_levels_is_each_level_s_committee():
    assert _leads("UBND cấp tỉnh, cấp xã đưa chỉ tiêu vào kế hoạch hằng năm.") == [
        "Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân cấp xã"]
    assert _leads("Ủy ban nhân dân cấp huyện và cấp xã rà soát danh sách.") == [
        "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"]


def test_the_front_among_unions_takes_the_level_written_after_the_list():
    leads = _leads("Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội, Đài truyền thanh cấp xã tổ chức tuyên truyền.")
    assert leads[0] == "Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    # With no lower level written the Front stays the province's.
    assert _leads("Mặt trận Tổ quốc, các đoàn thể tỉnh tổ chức tuyên truyền.")[0] == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
