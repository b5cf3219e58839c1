"""Plans of committees of the two-tier era (a commune's Front, an election sub-committee): the
issuer is a part of the body above it, its own items are its undertakings, bodies are named in
headings as written in haste, and persons by their post. Invented documents of the general form."""

from datetime import date

FRONT_PLAN = """ỦY BAN MTTQ VIỆT NAM

XÃ HÒA BÌNH

BAN THƯỜNG TRỰC

Số:    /KH-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Hòa Bình, ngày 02 tháng 12 năm 2025

KẾ HOẠCH

Tổ chức hội nghị cử tri năm 2026

I. NỘI DUNG

1. Hội nghị cử tri đợt 1.

- Thời gian: Dự kiến ngày 05/01/2026 (Chậm nhất ngày 10/01/2026).

- Đơn vị chủ trì: Ban Công tác mặt trận thôn.

2. Hội nghị cử tri đợt 2.

- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã.

II. TỔ CHỨC THỰC HIỆN

1. Ban Thường trực Ủy ban MTTQ Việt Nam xã

- Chủ trì các hội nghị cử tri.

2. Các tổ chức thành viên của MTTQ xã

- Phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam xã tuyên truyền về bầu cử.

3. Ban công tác Mặt trận các thôn trên địa bàn xã

- Chuẩn bị hội trường và mời cử tri.
"""


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency, t.due_on) for t in parse_text(text).tasks]


def test_a_standing_committee_issues_with_the_body_above_it():
    from tracker.importer.metadata import parse_metadata

    assert parse_metadata(FRONT_PLAN).issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Bình"
    header = "ỦY BAN BẦU CỬ XÃ AN PHÚ\nTIỂU BAN AN NINH, TRẬT TỰ\nSố: 02/KH-TBAN\nAn Phú, ngày 10 tháng 12 năm 2025\n"
    assert parse_metadata(header).issuer.lower() == "tiểu ban an ninh, trật tự, ủy ban bầu cử xã an phú"


def test_what_the_issuer_chairs_or_is_given_in_its_own_plan_is_no_task():
    tasks = _tasks(FRONT_PLAN)
    assert not any(t[0] in ("I.2", "II.1") for t in tasks)


def test_village_bodies_named_without_a_village_are_every_village_s():
    from tracker.importer.matching import agency_key

    tasks = _tasks(FRONT_PLAN)
    assert ("I.1", "Ban Công tác mặt trận thôn", date(2026, 1, 10)) in tasks
    # a heading written in haste ("Ban công tác …") is read as the name it is
    assert ("II.3", "Ban Công tác Mặt trận các thôn", None) in tasks
    assert agency_key("Ban Công tác mặt trận thôn") == agency_key("Ban Công tác Mặt trận các thôn")


def test_the_front_s_member_organisations_are_a_group_that_leads():
    assert ("II.2", "Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam xã", None) in _tasks(FRONT_PLAN)


SUBCOMMITTEE = """ỦY BAN BẦU CỬ XÃ AN PHÚ
TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN
Số: 01/KH-TBTT
An Phú, ngày 10 tháng 12 năm 2025
KẾ HOẠCH
Tuyên truyền bầu cử
I. TỔ CHỨC THỰC HIỆN
1. Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: Chỉ đạo trang trí khánh tiết.
2. Đồng chí Giám đốc Trung tâm phục vụ hành chính công - Ủy viên: Tham mưu nội dung tuyên truyền.
3. Đồng chí Trưởng ban xây dựng Đảng - Trưởng Tiểu ban: Kiểm tra, đôn đốc các thành viên.
"""


def test_a_person_named_by_post_acts_through_the_home_body():
    assert [t[1] for t in _tasks(SUBCOMMITTEE)] == [
        "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công", "Ban Xây dựng Đảng"]


def test_a_name_is_written_as_a_body_s_name_but_a_verb_is_not():
    from tracker.importer.name_shapes import official_name

    assert official_name("Ban công tác Mặt trận") == "Ban Công tác Mặt trận"
    assert official_name("Phòng chống dịch bệnh") == "Phòng chống dịch bệnh"
    assert official_name("Ban hành kế hoạch") == "Ban hành kế hoạch"


STEERING_PLAN = """ỦY BAN NHÂN DÂN

TỈNH HÒA BÌNH

Số: 12/KH-UBND

Hòa Bình, ngày 03 tháng 10 năm 2025

KẾ HOẠCH

Tổng điều tra cơ sở vật chất trường học

I. NHIỆM VỤ CỤ THỂ

1. Nhiệm vụ của thành viên Ban Chỉ đạo

1.1. Sở Giáo dục và Đào tạo - Cơ quan thường trực Ban Chỉ đạo

- Hướng dẫn các trường thực hiện điều tra.

- Tổng hợp kết quả điều tra gửi Bộ Giáo dục và Đào tạo.

1.2. Các cơ quan quản lý ngành (gồm các Sở: Xây dựng, Y tế)

- Phối hợp hướng dẫn các đơn vị điều tra.

+ Sở Xây dựng: hướng dẫn kiểm tra nhà học xuống cấp.

+ Sở Y tế: hướng dẫn kiểm tra nhà vệ sinh trường học.

II. TỔ CHỨC THỰC HIỆN

Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch này.
"""


def test_a_body_s_role_after_a_dash_keeps_the_heading_the_body_s():
    tasks = _tasks(STEERING_PLAN)
    assert ("I.1.1", "Sở Giáo dục và Đào tạo") in [(t[0], t[1]) for t in tasks]


def test_bodies_labelling_bullets_under_a_group_title_lead_their_own_work():
    leads = [t[1] for t in _tasks(STEERING_PLAN) if t[0] == "I.1.2"]
    assert leads == ["Sở Xây dựng", "Sở Y tế"]


ROLE_IN_A_SENTENCE = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ

Số: 21/QĐ-UBND

An Phú, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH

Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Kế hoạch hành động:

1. Sở Nội vụ - cơ quan thường trực Ban Vì sự tiến bộ phụ nữ tỉnh giúp Ban tham mưu Ủy ban nhân dân tỉnh chỉ đạo triển khai Kế hoạch; tổ chức sơ kết hằng năm.

2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
"""


def test_a_body_s_role_after_a_dash_in_a_sentence_of_work_leaves_the_work_the_body_s():
    tasks = _tasks(ROLE_IN_A_SENTENCE)
    assert ("2.1", "Sở Nội vụ") in [(t[0], t[1]) for t in tasks]


LOWER_CASE_BOARD = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ

Số: 88/UBND-VX

An Phú, ngày 12 tháng 9 năm 2008

Kính gửi: Các sở, ban, ngành tỉnh

Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện các công việc sau:

1. Ban chỉ đạo phòng chống dịch cúm gia cầm tỉnh đôn đốc, kiểm tra các địa phương thực hiện tiêm phòng.

2. Tăng cường giám sát dịch tại các chợ đầu mối.
"""


def test_a_steering_board_written_in_lower_case_leads_its_item():
    tasks = _tasks(LOWER_CASE_BOARD)
    assert [(t[0], t[1]) for t in tasks][0] == ("1", "Ban Chỉ đạo phòng chống dịch cúm gia cầm tỉnh")
