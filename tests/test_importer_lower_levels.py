"""Districts', communes' and hamlets' notices and the press pages that digest them (invented texts)."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text
from tracker.importer.segments import segments
from tracker.importer.subjects import leading_subjects


def _leads(text: str) -> list[tuple[str, str]]:
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_a_byline_with_a_roman_initial_is_no_section():
    page = ("Huyện Sông Lam: ra quân làm sạch môi trường\n\n"
            "UBND huyện Sông Lam vừa ban hành kế hoạch ra quân làm sạch môi trường năm 2024.\n\n"
            "UBND huyện giao Phòng Tài nguyên và Môi trường là cơ quan thường trực, theo dõi việc triển khai; "
            "UBND các xã, thị trấn tổ chức thu gom rác thải trên địa bàn.\n\nV.HẢI\n")
    leads = _leads(page)
    assert ("1", "Phòng Tài nguyên và Môi trường") in leads
    assert any(lead.startswith("Ủy ban nhân dân") and "xã, thị trấn" in lead for _, lead in leads)


NOTICE = """ỦY BAN NHÂN DÂN
XÃ HÒA AN
Số: 12/TB-UBND
Hòa An, ngày 05 tháng 3 năm 2022
THÔNG BÁO
Về việc tạm dừng tiếp công dân

Ủy ban nhân dân xã Hòa An thông báo như sau:

1. Tạm dừng tiếp công dân tại trụ sở UBND xã từ ngày 07/3/2022.
2. UBND xã tiếp nhận đơn thư của công dân gửi qua bưu điện.

{closing}
"""


def test_a_closing_request_to_named_bodies_is_the_next_clause():
    text = NOTICE.format(closing="Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo rộng rãi trên loa "
                                 "truyền thanh để Nhân dân được biết./.")
    leads = _leads(text)
    assert ("3", "Đài truyền thanh xã") in leads
    assert all(not t.text.endswith("/") for t in parse_text(text).tasks)


def test_a_closing_that_only_asks_to_implement_is_no_clause():
    text = NOTICE.format(closing="Đề nghị Trưởng các thôn nghiêm túc triển khai thực hiện./.")
    assert not any(clause == "3" for clause, _ in _leads(text))


PAGE_CUT_IN_A_LIST = """- Xe thu gom rác đi qua các tuyến đường chính từ 17 giờ đến 19 giờ.
- Vào mùa mưa, giờ thu gom sớm hơn 30 phút.
{request}
Đề nghị Tổ trưởng các tổ dân phố thông báo cho các hộ gia đình trên địa bàn biết và thực hiện đúng giờ quy định.
"""


def test_a_page_cut_inside_a_list_reads_its_paragraphs():
    text = PAGE_CUT_IN_A_LIST.format(request="")
    assert [lead for _, lead in _leads(text)] == ["Tổ trưởng các tổ dân phố"]


def test_a_paragraph_opening_with_a_request_to_households_is_no_clause():
    text = PAGE_CUT_IN_A_LIST.format(request="(Kèm theo lịch thu gom) Yêu cầu các hộ gia đình, cơ sở kinh doanh "
                                             "đổ rác đúng giờ, đúng nơi quy định.")
    assert _leads(text) == [("1", "Tổ trưởng các tổ dân phố")]


def test_an_office_told_to_chair_takes_the_work_and_its_helper_cooperates():
    page = ("Xã Tân Lập tiêm phòng cho đàn vật nuôi\n\nUBND xã đã chỉ đạo Phòng Kinh tế chủ trì, phối hợp với Trạm "
            "Khuyến nông Tân Lập tổ chức tiêm phòng cho đàn gia súc trên địa bàn.\n")
    task = parse_text(page).tasks[0]
    assert task.lead_agency == "Phòng Kinh tế"
    assert task.cooperating_agencies == ["Trạm Khuyến nông Tân Lập"]


def test_a_farm_station_is_named_with_its_district_or_not_at_all():
    names = [m.name for m in find_mentions("phối hợp với Trạm dịch vụ nông nghiệp Hà Trung và Trạm Thú y")]
    assert "Trạm dịch vụ nông nghiệp Hà Trung" in names
    assert "Trạm Thú y" not in names


def test_doers_introduced_after_as_follows_act():
    page = ("Thông báo treo cờ mừng Đại hội\n\nĐại hội là sự kiện chính trị quan trọng của tỉnh. Nhằm chào mừng Đại "
            "hội, UBND tỉnh thông báo như sau: Các cơ quan, đơn vị, trường học, bệnh viện treo cờ Tổ quốc trong 3 ngày.\n")
    leads = [lead for _, lead in _leads(page)]
    assert {"Các cơ quan, đơn vị", "Các trường học", "Các bệnh viện"} <= set(leads)


def test_doers_after_a_copula_act_and_a_list_may_open_with_organisations():
    page = ("Huyện Hòa Bình phát động tổng vệ sinh\n\nNội dung chính của đợt ra quân là tất cả các cơ quan, đơn vị, "
            "tổ chức, trường học, trạm y tế thường xuyên tổ chức dọn vệ sinh khuôn viên đơn vị mình.\n")
    leads = [lead for _, lead in _leads(page)]
    assert {"Các cơ quan, đơn vị, tổ chức", "Các trường học", "Các trạm y tế"} <= set(leads)


def test_a_general_word_s_colon_introduces_its_members():
    subjects, _ = leading_subjects("Các đơn vị: Công an, Quân sự, Trạm Y tế phải đảm bảo trực 24/24.")
    assert [m.name for m in subjects] == ["Công an", "Quân sự", "Trạm Y tế"]


def test_an_ellipsis_before_a_capital_ends_a_sentence():
    parts = segments("Các phòng bố trí trực để giải quyết công việc,… Công an xã đảm bảo an ninh trật tự.")
    assert len(parts) == 2


def test_a_commune_s_public_service_centre_is_a_body():
    names = [m.name for m in find_mentions("Trung tâm Cung ứng dịch vụ công đăng tải thông báo trên trang thông tin.")]
    assert "Trung tâm Cung ứng dịch vụ công" in names


def test_a_tier_named_bare_as_an_item_s_subject_is_that_level_s_people_s_committee():
    # Study 121: a notice restating a circular's timetable gives each tier its part by the level alone.
    page = ("Thời hạn nộp báo cáo rà soát hộ nghèo năm 2026\n\n"
            "Theo Thông tư của Bộ, thời hạn hoàn thành như sau:\n\n"
            "- Cấp xã hoàn thành rà soát và báo cáo kết quả trước ngày 15/10/2026;\n"
            "- Cấp huyện tổng hợp báo cáo trước ngày 31/10/2026;\n"
            "- Sở Lao động - Thương binh và Xã hội tổng hợp báo cáo UBND tỉnh trước ngày 10/11/2026.\n")
    assert _leads(page) == [("1", "Ủy ban nhân dân cấp xã"), ("2", "Ủy ban nhân dân cấp huyện"),
                            ("3", "Sở Lao động - Thương binh và Xã hội")]


def test_a_level_is_no_body_in_a_heading_nor_after_a_preposition():
    assert find_mentions("- Cấp tỉnh: tổ chức lễ mít tinh tại quảng trường.") == []
    assert find_mentions("Tổ chức tập huấn ở cấp xã trước ngày 15/5.") == []
    names = [m.name for m in find_mentions("Cấp huyện, cấp xã tổ chức kiểm tra.")]
    assert names == ["Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"]
