"""Agency names and their variants: the culture departments' names, a level written once after a list,
lower councils and election committees, a city's council office, units owned by a People's Committee,
associations, and deconcentrated offices named by their authority. Invented sentences of the general form."""

from tracker.importer.matching import agency_key
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text) if not m.catch_all]


def test_a_culture_department_with_information_is_one_name_across_its_commas():
    names = _names("Sở Văn hóa, Thông tin, Thể thao và Du lịch tỉnh chủ trì tổ chức lễ hội mùa xuân.")
    assert names[0] == "Sở Văn hóa, Thông tin, Thể thao và Du lịch"


def test_every_province_s_level_after_a_list_of_departments_qualifies_each():
    text = ("Bộ đề nghị Sở Tài chính, Sở Xây dựng, Sở Văn hóa và Thể thao các tỉnh, thành phố trực thuộc Trung ương "
            "rà soát số liệu.")
    mentions = [m for m in find_mentions(text) if m.name.startswith("Sở")]
    assert [m.name for m in mentions] == [
        "Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương", "Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương",
        "Sở Văn hóa và Thể thao các tỉnh, thành phố trực thuộc Trung ương"]
    assert all(m.group for m in mentions)
    # One province's department listed before another body keeps its own name.
    assert _names("Sở Tài chính, Ủy ban nhân dân các tỉnh, thành phố")[0] == "Sở Tài chính"


LETTER = """BỘ NỘI VỤ

Số: 12/BNV-CQĐP

V/v rà soát hồ sơ

Hà Nội, ngày 03 tháng 3 năm 2015

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Bộ Nội vụ đề nghị các địa phương thực hiện như sau:

1. Rà soát hồ sơ cán bộ nghỉ hưu và gửi kết quả về Bộ Nội vụ trước ngày 30 tháng 4 năm 2015.

2. Sở Nội vụ phối hợp với Hội Cựu chiến binh, Hội đồng giám định Y khoa tỉnh lập danh sách đối tượng.
"""


def test_the_localities_a_letter_to_the_provinces_asks_are_its_recipients():
    tasks = parse_text(LETTER).tasks
    assert tasks[0].lead_agency == "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"


def test_the_medical_assessment_council_is_a_body_that_cooperates():
    task = parse_text(LETTER).tasks[1]
    assert task.lead_agency == "Sở Nội vụ"
    assert {agency_key(a) for a in task.cooperating_agencies} == {"hoi cuu chien binh", "hoi dong giam dinh y khoa"}


def test_a_lower_council_and_an_election_committee_are_named_with_their_level_and_place():
    names = _names("Thường trực HĐND xã Tân Hòa và Ủy ban bầu cử phường Bình An kiểm tra danh sách cử tri.")
    assert names == ["Thường trực Hội đồng nhân dân xã Tân Hòa", "Ủy ban bầu cử phường Bình An"]
    assert _names("Hội đồng nhân dân các huyện, thị xã giám sát việc thực hiện.") == ["Hội đồng nhân dân các huyện, thị xã"]
    # A council's deputies are persons, not the council.
    assert _names("Người ứng cử đại biểu HĐND xã phải có đơn.") == []


def test_bare_council_and_committee_heads_share_the_level_written_after_the_list():
    names = _names("Đề nghị HĐND, UBND các xã, thị trấn triển khai kế hoạch.")
    assert names == ["Hội đồng nhân dân các xã, thị trấn", "Ủy ban nhân dân xã, thị trấn"]
    names = _names("Đề nghị Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy huyện phối hợp xử lý đơn thư.")
    assert names == ["Thường trực Hội đồng nhân dân huyện", "Ủy ban nhân dân huyện", "Ủy ban Kiểm tra Đảng ủy huyện"]
    # Inside another name, or a bare "UBND" in a list cut by commas, no level is shared.
    assert _names("Chánh Văn phòng HĐND và UBND huyện tham mưu.") == ["Ủy ban nhân dân huyện"]
    assert _names("UBND, Ban Chỉ huy Quân sự xã và cấp trên.") == ["Ban Chỉ huy Quân sự xã"]


def test_a_province_s_office_of_its_deputies_and_council_is_one_body():
    assert _names("Văn phòng Đoàn ĐBQH và HĐND tỉnh tổng hợp ý kiến cử tri.") == [
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]


def test_units_owned_by_a_people_s_committee_share_the_owner_written_after_the_list():
    text = ("Yêu cầu các đơn vị sự nghiệp công lập, các doanh nghiệp nhà nước trực thuộc UBND tỉnh; các Hội được "
            "Đảng, Nhà nước giao nhiệm vụ trên địa bàn tỉnh báo cáo kết quả.")
    assert _names(text) == ["Các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh",
                            "Các doanh nghiệp nhà nước trực thuộc Ủy ban nhân dân tỉnh",
                            "Các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn tỉnh"]


FRONT_PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA

BAN THƯỜNG TRỰC

Số: 05/KH-MTTQ

Tân Hòa, ngày 10 tháng 01 năm 2026

KẾ HOẠCH

Giám sát công tác bầu cử

Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hòa xây dựng kế hoạch như sau:

I. TỔ CHỨC THỰC HIỆN

1. Đề nghị Thường trực HĐND, UBND, Công an xã phối hợp cung cấp thông tin về đơn thư.

2. Ủy ban bầu cử có trách nhiệm trả lời kiến nghị của cử tri trước ngày 20/02/2026.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Văn A
"""


def test_a_commune_front_s_plan_names_the_commune_s_bodies_with_the_commune():
    leads = [t.lead_agency for t in parse_text(FRONT_PLAN).tasks]
    assert "Thường trực Hội đồng nhân dân xã Tân Hòa" in leads
    assert "Ủy ban nhân dân xã Tân Hòa" in leads
    assert "Ủy ban bầu cử xã Tân Hòa" in leads


def test_the_tax_authority_named_as_a_name_is_the_province_s_tax_department():
    assert _names("3. Cơ quan Thuế: tiếp nhận hồ sơ và thông báo số tiền phải nộp.") == ["Cục Thuế tỉnh"]
    assert _names("Người nộp thuế gửi hồ sơ cho cơ quan thuế quản lý trực tiếp.") == []


def test_who_makes_up_a_meeting_is_no_task():
    text = ("KẾ HOẠCH\n\nHội nghị giới thiệu người ứng cử\n\n1. Thành phần:\n\n"
            "1.1. UBND cấp xã: Thành phần dự hội nghị gồm lãnh đạo UBND và đại diện các đơn vị trực thuộc.\n\n"
            "1.2. HĐND cấp xã: Thành phần dự hội nghị gồm Thường trực HĐND và lãnh đạo các Ban.\n")
    assert parse_text(text).tasks == []


def test_a_communes_election_boards_and_teams_are_groups():
    # Study 120: the bodies the election law sets up below a commune's election committee, addressed together.
    names = _names("Ủy ban bầu cử xã yêu cầu các ban bầu cử, tổ bầu cử trên địa bàn xã niêm yết danh sách cử tri.")
    assert "Các ban bầu cử, tổ bầu cử trên địa bàn xã" in [name[:1].upper() + name[1:] for name in names]
    assert all(m.group for m in find_mentions("Các tổ bầu cử kiểm tra hòm phiếu.") if not m.catch_all)
    assert _names("Các tổ bầu cử kiểm tra hòm phiếu.") == ["Các tổ bầu cử"]


def test_units_a_meeting_handed_the_work_are_a_group_a_plans_pointing_back_is_not():
    assert _names("Đề nghị các đơn vị, bộ phận được phân công bám sát kế hoạch.") == ["Các đơn vị, bộ phận được phân công"]
    # "… được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này": the plan's own assignees, each already given work.
    assert _names("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này lập dự toán.") == []


def test_party_committees_written_before_the_people_s_committees_share_their_places():
    names = _names("Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên chỉ đạo sơ tán dân.")
    assert "Tỉnh ủy, Thành ủy các tỉnh, thành phố" in names
    assert "Tỉnh ủy" not in names
    assert agency_key("Tỉnh ủy, Thành ủy các tỉnh, thành phố nêu trên") == agency_key("Tỉnh ủy, Thành ủy các tỉnh, thành phố")


def test_a_group_of_committees_keeps_the_words_that_bound_its_places():
    names = _names("Sở Y tế đề nghị UBND các xã, phường thuộc vùng bị ảnh hưởng hạn hán, xâm nhập mặn, chủ động cấp nước sạch.")
    assert "Ủy ban nhân dân các xã, phường thuộc vùng bị ảnh hưởng hạn hán, xâm nhập mặn" in names


def test_quan_triet_after_the_unions_is_their_work_not_the_urban_district_level():
    assert "Các đoàn thể" in _names("Đảng ủy phường đề nghị các đoàn thể quán triệt nghị quyết đến hội viên.")
    assert "Hội Nông dân quán" not in " ".join(_names("Hội Nông dân quán triệt nghị quyết đến hội viên."))
    assert "Các đoàn thể quận" in _names("Ủy ban nhân dân quận và các đoàn thể quận phối hợp.")


def test_departments_and_localities_are_one_group_unless_only_those_concerned():
    assert "Các sở, ngành, địa phương" in _names("Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương tăng cường kiểm tra.")
    assert "Các sở, ngành, địa phương" not in _names("Sở Tài chính phối hợp các sở, ngành, địa phương có liên quan rà soát.")


PAIRED_HEADS = """CÔNG ĐIỆN

THỦ TƯỚNG CHÍNH PHỦ điện:

- Bộ trưởng, Thủ trưởng cơ quan ngang bộ;

Thủ tướng Chính phủ yêu cầu:

1. Bộ trưởng Bộ Quốc phòng chỉ đạo lực lượng quân đội sẵn sàng cứu hộ.

2. Bí thư tỉnh ủy, thành ủy; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tại khu vực có gió mạnh triển khai chằng chống nhà cửa.
"""


def test_paired_heads_cut_by_a_semicolon_lead_the_bounded_group_both():
    leads = [t.lead_agency for t in parse_text(PAIRED_HEADS).tasks if t.clause_number == "2"]
    assert leads == ["Tỉnh ủy, Thành ủy các tỉnh, thành phố tại khu vực có gió mạnh",
                     "Ủy ban nhân dân các tỉnh, thành phố tại khu vực có gió mạnh"]


def test_the_governor_s_state_bank_is_the_central_bank_a_bare_one_the_branch():
    assert _names("Thống đốc Ngân hàng Nhà nước yêu cầu các tổ chức tín dụng rà soát.")[0] == "Ngân hàng Nhà nước Việt Nam"
    assert _names("Ngân hàng Nhà nước theo dõi việc cho vay trên địa bàn.")[0] == "Ngân hàng Nhà nước chi nhánh tỉnh"
