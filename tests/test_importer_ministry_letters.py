"""A ministry writing to its own units and a central telegram to national bodies: the ministry's office and
inspectorate named by "Bộ" alone, its advisory units as a group, a unit whose field is "cơ sở", a centre named with
the ministry's field in initials, the national broadcasters, state groups named with no level, and the departments
of listed provinces pointed back to ("Các Sở X nêu trên"). Invented texts of the general form."""

from tracker.importer.parser import parse_text

MINISTRY_LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 1234/BNNMT-VP
Hà Nội, ngày 05 tháng 3 năm 2026
V/v triển khai nhiệm vụ trọng tâm quý II năm 2026
Kính gửi: Thủ trưởng các cơ quan tham mưu, giúp việc thuộc Bộ
Thực hiện chỉ đạo của Chính phủ, Bộ trưởng giao:
1. Thủ
trưởng các cơ quan tham mưu, giúp việc thuộc Bộ
- Rà soát các văn bản quy phạm pháp luật chồng chéo. Giao Thanh tra Bộ theo dõi, đôn đốc việc rà soát.
2. Văn
phòng Bộ: Tổ chức tốt công tác tiếp nhận, xử lý phản ánh, kiến nghị của người dân.
3. Cục
Khuyến nông, Cục Hạ tầng cơ sở và Phát triển nông thôn: Tham mưu Lãnh đạo Bộ các giải pháp phát triển sản xuất.
4. Trung
tâm Dữ liệu KH&CN: Tham mưu Lãnh đạo Bộ hoàn thiện cơ sở dữ liệu chuyên ngành.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
"""


def _leads(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_a_ministry_letter_names_its_office_inspectorate_units_and_centre():
    assert _leads(MINISTRY_LETTER) == [
        ("1", "Các cơ quan tham mưu, giúp việc thuộc Bộ"), ("1", "Thanh tra Bộ"), ("2", "Văn phòng Bộ"),
        ("3", "Cục Khuyến nông"), ("3", "Cục Hạ tầng cơ sở và Phát triển nông thôn"),
        ("4", "Trung tâm Dữ liệu Khoa học và Công nghệ")]


def test_the_ministry_office_and_inspectorate_are_named_by_bo_alone():
    assert {("1", "Thanh tra Bộ"), ("2", "Văn phòng Bộ")} <= set(_leads(MINISTRY_LETTER))


def test_the_ministry_advisory_units_are_one_group():
    assert ("1", "Các cơ quan tham mưu, giúp việc thuộc Bộ") in _leads(MINISTRY_LETTER)


def test_co_so_in_a_unit_name_is_no_verb():
    assert ("3", "Cục Hạ tầng cơ sở và Phát triển nông thôn") in _leads(MINISTRY_LETTER)


def test_a_centre_named_with_the_field_in_initials_has_the_field_written_out():
    assert ("4", "Trung tâm Dữ liệu Khoa học và Công nghệ") in _leads(MINISTRY_LETTER)


TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
Số: 77/CĐ-TTg
Hà Nội, ngày 02 tháng 4 năm 2026
CÔNG ĐIỆN
VỀ VIỆC TỔ CHỨC LỄ KỶ NIỆM
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch;
- Tổng giám đốc Đài tiếng nói Việt Nam;
- Chủ tịch Tập đoàn Công nghiệp - Khoáng sản Miền Trung.
Để chuẩn bị tốt lễ kỷ niệm, Thủ tướng Chính phủ yêu cầu:
1. Đài tiếng nói Việt Nam chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch xây dựng chương trình phát
thanh trực tiếp, hoàn thành trước ngày 20 tháng 4 năm 2026.
2. Tập đoàn Công nghiệp - Khoáng sản Miền Trung,
Tổng công ty Trực thăng Miền Bắc chủ trì bảo đảm hạ tầng kỹ thuật tại các điểm cầu.
Nơi nhận:
- Như trên;
- Lưu: VT.
THỦ TƯỚNG
Trần Văn Bình
"""


def test_a_national_broadcaster_written_in_lower_case_leads():
    assert parse_text(TELEGRAM).tasks[0].lead_agency == "Đài Tiếng nói Việt Nam"


def test_state_groups_with_no_level_are_named_to_their_last_word():
    assert [t.lead_agency for t in parse_text(TELEGRAM).tasks if t.clause_number == "2"] == [
        "Tập đoàn Công nghiệp - Khoáng sản Miền Trung", "Tổng công ty Trực thăng Miền Bắc"]


def test_a_telegram_names_a_national_broadcaster_and_state_groups_with_no_level():
    tasks = parse_text(TELEGRAM).tasks
    assert [(t.clause_number, t.lead_agency) for t in tasks] == [
        ("1", "Đài Tiếng nói Việt Nam"), ("2", "Tập đoàn Công nghiệp - Khoáng sản Miền Trung"),
        ("2", "Tổng công ty Trực thăng Miền Bắc")]


DEPARTMENTS_LETTER = """BỘ Y TẾ
Số: 45/CĐ-BYT
Hà Nội, ngày 10 tháng 9 năm 2026
CÔNG ĐIỆN
VỀ VIỆC PHÒNG, CHỐNG DỊCH SAU BÃO
BỘ Y TẾ điện:
- Cục Quản lý môi trường y tế;
- Sở Y tế các tỉnh, thành phố: Sơn La, Điện Biên, Cần Thơ.
Bộ Y tế yêu cầu:
1. Cục Quản lý môi trường y tế hướng dẫn xử lý môi trường sau lũ.
2. Các Sở Y tế nêu trên
- Tổ chức phun hóa chất khử khuẩn tại các khu vực bị ngập.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Thị Cúc
"""


def test_departments_pointed_back_to_a_list_of_provinces_are_each_listed_one():
    assert _leads(DEPARTMENTS_LETTER) == [
        ("1", "Cục Quản lý môi trường y tế"), ("2", "Sở Y tế tỉnh Sơn La"), ("2", "Sở Y tế tỉnh Điện Biên"),
        ("2", "Sở Y tế thành phố Cần Thơ")]


STATISTICS_PAGE = """Tổng cục Thống kê yêu cầu hoàn thành điều tra trước 30/6

TCTK yêu cầu báo cáo trước 30/6 về việc Cục Thống kê 3 tỉnh chậm tiến độ điều tra doanh nghiệp.

Ngày 02/6/2023, Tổng cục trưởng Tổng cục Thống kê có văn bản gửi Cục Thống kê các tỉnh: Hà Giang, Lào Cai, Yên Bái \
về việc chậm tiến độ điều tra doanh nghiệp.

Theo đó, Tổng cục trưởng yêu cầu Cục trưởng các Cục Thống kê tỉnh nêu trên rà soát toàn bộ phiếu điều tra còn tồn đọng.

Các Cục Thống kê tỉnh nêu trên báo cáo kết quả về Tổng cục trước ngày 30/6/2023.
"""


def test_provincial_offices_pointed_back_to_in_a_page_s_sentences_are_each_listed_one():
    # The list ends where its sentence goes on ("Yên Bái về việc …"); the sapo above the dated report of the
    # letter is a summary, so the assigning paragraphs are "1" and "2".
    tasks = parse_text(STATISTICS_PAGE).tasks
    places = ["Hà Giang", "Lào Cai", "Yên Bái"]
    assert [(t.clause_number, t.lead_agency) for t in tasks] == [
        *((("1", f"Cục Thống kê tỉnh {p}")) for p in places), *((("2", f"Cục Thống kê tỉnh {p}")) for p in places)]
    assert {str(t.due_on) for t in tasks if t.clause_number == "2"} == {"2023-06-30"}


def test_a_page_s_holder_asks_by_his_title_alone():
    for title in ("Thống đốc", "Tổng Giám đốc", "Tổng cục trưởng", "Cục trưởng"):
        page = f"Theo báo cáo, tiến độ cấp phép còn chậm.\n\n{title} yêu cầu Sở Y tế kiểm tra việc cấp phép.\n"
        assert _leads(page) == [("1", "Sở Y tế")], title
