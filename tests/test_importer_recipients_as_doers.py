"""Letters of the education sector whose doers are their recipients: schools named by level (abbreviated or
not), a request that names no one or only "các đơn vị" in a letter sent to units, a Sở's guidance to its
schools; and the metadata of short headed letters and notices copied from portals. Invented texts."""

from datetime import date

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _leads(draft) -> list[tuple[str, str]]:
    return [(t.clause, t.lead_agency) for t in draft.tasks]


def test_schools_named_by_abbreviated_levels_are_one_group_with_the_levels_written_out():
    mentions = [m for m in find_mentions("Hiệu trưởng các trường MG, TH và THCS trên địa bàn huyện báo cáo số liệu.")
                if not m.catch_all]
    assert [(m.name, m.kind, m.group) for m in mentions] == [
        ("Các trường mẫu giáo, tiểu học và trung học cơ sở trên địa bàn huyện", "school", True)]


def test_the_schools_under_the_office_and_the_schools_of_a_level_are_groups():
    assert [m.name for m in find_mentions("Phòng yêu cầu các trường học trực thuộc dọn dẹp lớp học.")] == [
        "Các trường học trực thuộc"]
    assert [m.name for m in find_mentions("Sở hướng dẫn các cơ sở giáo dục mầm non, phổ thông thực hiện.")] == [
        "Các cơ sở giáo dục mầm non, phổ thông"]


def test_bare_education_establishments_stay_no_group():
    # A plan encourages "các cơ sở giáo dục" among others: no definite set of units.
    assert not [m for m in find_mentions("Khuyến khích các cơ sở giáo dục hợp tác với doanh nghiệp.") if m.kind == "school"]


LETTER_TO_SCHOOLS = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 41/PGDĐT
Quận Năm, ngày 02 tháng 3 năm 2023

Kính gửi: Hiệu trưởng các trường MN, TH trên địa bàn quận

Do nắng nóng kéo dài, Phòng GD&ĐT yêu cầu:
1. Các đơn vị điều chỉnh giờ học thể dục ngoài trời phù hợp.
2. Bố trí nước uống đầy đủ cho học sinh trong giờ học.
"""


def test_a_request_naming_no_one_in_a_letter_to_schools_asks_the_recipients():
    draft = parse_text(LETTER_TO_SCHOOLS)
    assert _leads(draft) == [("1", "Các trường MN, TH trên địa bàn quận"), ("2", "Các trường MN, TH trên địa bàn quận")]


def test_a_request_naming_no_one_in_a_letter_to_state_bodies_gives_the_recipients_nothing():
    text = LETTER_TO_SCHOOLS.replace("Hiệu trưởng các trường MN, TH trên địa bàn quận", "Sở Y tế; Sở Tài chính")
    assert not [t for t in parse_text(text).tasks if t.clause == "2"]


def test_a_department_s_guidance_to_its_schools_names_who_does_the_items():
    text = """UBND THÀNH PHỐ X
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 77/SGDĐT-GDTrH
X, ngày 10 tháng 8 năm 2024

Kính gửi: Hiệu trưởng các trường trung học phổ thông

Sở Giáo dục và Đào tạo hướng dẫn các trường trung học phổ thông thực hiện nhiệm vụ năm học như sau:
1. Rà soát kế hoạch giáo dục của nhà trường trước ngày 15/9/2024.
"""
    assert _leads(parse_text(text)) == [("1", "Các trường trung học phổ thông")]


def test_a_department_issues_when_the_header_kept_only_its_parent_s_first_line():
    text = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 12/STNMT-QLĐĐ | Thành phố Cần Thơ, ngày 03 tháng 4 năm 2025 |
Kính gửi: Ủy ban nhân dân các phường

Sở Tài nguyên và Môi trường đề nghị Ủy ban nhân dân các phường rà soát hồ sơ đất đai.
"""
    assert parse_text(text).issuer == "Sở Tài nguyên và Môi trường Thành phố Cần Thơ"


def test_an_office_under_its_committee_on_a_line_shared_with_the_motto_is_named_with_it():
    text = """UBND TỈNH NAM SƠN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG
Độc lập - Tự do - Hạnh phúc
Số: 9/VP-KT
Nam Sơn, ngày 01 tháng 2 năm 2022

Kính gửi: Sở Xây dựng.

1. Sở Xây dựng kiểm tra công trình trước ngày 20/02/2022.
"""
    assert parse_text(text).issuer == "Văn phòng Ủy ban nhân dân tỉnh Nam Sơn"


def test_a_notice_copied_from_a_portal_takes_its_kind_date_subject_and_speaking_office_from_its_text():
    text = """Thông báo về việc nghỉ học do mưa lũ.

Kính gửi: Hiệu trưởng các trường TH, THCS trên địa bàn huyện
Phòng GD&ĐT yêu cầu:
1. Cho học sinh nghỉ học đến khi có thông báo mới.
"""
    draft = parse_text(text)
    assert (draft.kind, draft.subject, draft.issuer) == ("thông báo", "Nghỉ học do mưa lũ", "Phòng Giáo dục và Đào tạo")
    dated = parse_text(text.replace("Thông báo về việc nghỉ học do mưa lũ.", "Thông báo Khẩn ngày 05/11/2021"))
    assert dated.issued_on == date(2021, 11, 5)


def test_a_portal_title_does_not_change_the_kind_of_a_numbered_letter():
    text = """Thông báo lịch làm việc của Sở

UBND TỈNH NAM SƠN
VĂN PHÒNG
Số: 10/VP-TH
Nam Sơn, ngày 01 tháng 2 năm 2022

Kính gửi: Sở Nội vụ.

1. Sở Nội vụ tổng hợp lịch làm việc trước ngày 20/02/2022.
"""
    assert parse_text(text).kind == "công văn"
