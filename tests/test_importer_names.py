"""Agency names: reading them from sentences, and matching spelling variants to the tree."""

import pytest

from tracker.agencies.models import AgencyKind
from tracker.importer.matching import AgencyIndex, agency_key
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text
from tracker.importer.subjects import cooperating_in, leading_subjects

from .factories import make_agency


@pytest.mark.parametrize(
    "variants",
    [
        ["Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội", "ngành Lao động, Thương binh và Xã hội",
         "Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Long An"],
        ["Sở KH&ĐT", "Sở Kế hoạch và Đầu tư", "Sở KHĐT"],
        ["Sở NN&MT", "Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường tỉnh Gia Lai"],
        ["BHXH tỉnh", "Bảo hiểm xã hội tỉnh", "Cơ quan Bảo hiểm xã hội", "Bảo hiểm xã hội tỉnh Long An"],
        ["Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ tỉnh"],
        ["Đài PT-TH tỉnh", "Đài Phát thanh - Truyền hình tỉnh", "Đài PTTH tỉnh"],
        ["UBND tỉnh", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Long An"],
        ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân huyện, thành phố", "Chủ tịch UBND huyện, thị xã, thành phố"],
        ["UBND các xã, phường, đặc khu", "Ủy ban nhân dân xã, phường, thị trấn"],
        ["các sở, ban, ngành tỉnh", "Sở, ngành tỉnh", "Các sở, ban, ngành, đoàn thể có liên quan"],
    ],
)
def test_spelling_variants_share_one_key(variants):
    keys = {agency_key(name, "Long An") for name in variants}
    assert len(keys) == 1, keys


def test_different_bodies_keep_different_keys():
    names = ["Sở Y tế", "Sở Tài chính", "Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội Việt Nam", "Cục Thuế tỉnh",
             "Ủy ban nhân dân thành phố Tân An", "Ủy ban nhân dân huyện Đức Hòa", "Báo Long An"]
    assert len({agency_key(name, "Long An") for name in names}) == len(names)


def test_subjects_read_through_office_holders_and_requests():
    subjects, _ = leading_subjects("Chủ tịch UBND huyện, thị xã, thành phố tập trung chỉ đạo")
    assert [(s.name, s.group, s.kind) for s in subjects] == [("Ủy ban nhân dân huyện, thị xã, thành phố", True, "district")]
    subjects, _ = leading_subjects("Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp Sở Tài chính")
    assert [s.name for s in subjects] == ["Sở Nông nghiệp và Môi trường"]
    subjects, _ = leading_subjects("Đề nghị Ủy ban MTTQ tỉnh và các tổ chức đoàn thể:")
    assert [s.name for s in subjects] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức đoàn thể"]


def test_several_subjects_and_a_catch_all():
    subjects, _ = leading_subjects("Báo Bắc Giang, Đài Phát thanh - Truyền hình tỉnh và hệ thống truyền thanh cơ sở đẩy mạnh")
    assert [s.name for s in subjects if not s.catch_all] == ["Báo Bắc Giang", "Đài Phát thanh - Truyền hình tỉnh"]
    assert subjects[-1].catch_all


def test_cooperating_agencies_are_those_after_phoi_hop_voi():
    text = "Cơ quan Bảo hiểm xã hội chủ động phối hợp với ngành Lao động, Thương binh và Xã hội, Liên đoàn Lao động rà soát"
    assert [m.name for m in cooperating_in(text)] == ["Sở Lao động - Thương binh và Xã hội", "Liên đoàn Lao động tỉnh"]


def test_subordinates_told_to_help_are_not_cooperating():
    assert cooperating_in("Chỉ đạo các đơn vị trực thuộc phối hợp với cơ quan BHXH tại địa phương") == []


def test_a_ministry_is_outside_the_province():
    subjects, _ = leading_subjects("Bộ Nông nghiệp và Môi trường hướng dẫn")
    assert subjects[0].name == "Bộ Nông nghiệp và Môi trường" and subjects[0].central


def test_non_governmental_organisations_are_not_the_government():
    # "phi chính phủ": non-governmental; the Government and its inspectorate are still read
    names = [m.name for m in find_mentions("Bộ Y tế phối hợp với các tổ chức phi chính phủ quốc tế và Thanh tra Chính phủ")]
    assert "Chính phủ" not in names and "Thanh tra Chính phủ" in names
    assert [m.name for m in find_mentions("Chính phủ giao Bộ Y tế")][0] == "Chính phủ"


def test_the_tree_is_matched_by_names_and_aliases(db):
    province = make_agency("Ủy ban nhân dân tỉnh Long An", aliases=["UBND tỉnh"])
    labour = make_agency("Sở Lao động - Thương binh và Xã hội tỉnh Long An", parent=province, aliases=["Sở LĐ-TB&XH"])
    bhxh = make_agency("Bảo hiểm xã hội tỉnh Long An", parent=province, kind=AgencyKind.SOCIAL_INSURANCE)
    duc_hoa = make_agency("Ủy ban nhân dân huyện Đức Hòa", parent=province, kind=AgencyKind.DISTRICT)
    ben_luc = make_agency("Ủy ban nhân dân huyện Bến Lức", parent=province, kind=AgencyKind.DISTRICT)
    index = AgencyIndex(province)
    assert index.match("ngành Lao động, Thương binh và Xã hội") is labour
    assert index.match("Sở LĐTBXH") is labour
    assert index.match("BHXH tỉnh") is bhxh
    assert index.match("UBND huyện Đức Hòa") is duc_hoa
    assert index.match("Ủy ban nhân dân tỉnh") is province
    assert index.match("Sở Y tế") is None
    assert set(index.members("UBND các huyện, thị xã, thành phố")) == {duc_hoa, ben_luc}


def test_names_written_in_other_ways():
    def names(text):
        subjects, _ = leading_subjects(text)
        return [(s.name, s.group, s.catch_all) for s in subjects]

    assert names("Sở Văn hóa - Thể thao và Du lịch chủ trì") == [("Sở Văn hóa, Thể thao và Du lịch", False, False)]
    assert names("Ban Quản lý Khu kinh tế tỉnh hướng dẫn") == [("Ban Quản lý Khu kinh tế tỉnh", False, False)]
    assert names("Các tổ chức chính trị xã hội tỉnh tuyên truyền")[0][1] is True
    assert names("Các sở, ban, ngành, đơn vị cấp tỉnh rà soát")[0][1:] == (True, False)  # all of them: a group
    assert names("Các sở, ban, ngành, đơn vị có liên quan rà soát")[0][2] is True  # the relevant ones: a catch-all
    assert names("Các Ban Quản lý dự án chuyên ngành báo cáo")[0][1] is True
    # A province's specialised project board, named by its works, in full or as letters write it short.
    board = ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông", False, False)
    assert names("Ban Quản lý dự án đầu tư xây dựng công trình giao thông lập hồ sơ") == [board]
    assert names("Giám đốc Ban QLDA ĐTXD CT giao thông chủ trì") == [board]
    assert names("Giám đốc Ban QLDA ĐTXDCT dân dụng và công nghiệp chủ động phối hợp với Sở Tài chính")[0][0] == \
        "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp"
    assert names("Ban QLDA ĐTXDCT nông nghiệp và PTNT rà soát")[0][0] == \
        "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn"
    assert names("các chủ đầu tư khẩn trương")[0][2] is True


def test_a_body_at_the_same_level_as_the_lead():
    from tracker.importer.parser import parse_text

    tasks = parse_text("1. UBND các huyện chủ trì, phối hợp với Hội Nông dân cùng cấp vận động hội viên.\n").tasks
    assert tasks[0].cooperating_agencies == ["Hội Nông dân huyện"]


def test_a_recipient_line_listing_bodies_with_commas():
    from tracker.importer.citations import recipients

    lines = ["Kính gửi:", "- Đài Phát thanh và Truyền hình tỉnh, Báo Yên Bái;", "- UBND các huyện, thị xã, thành phố."]
    assert recipients(lines) == ["Đài Phát thanh và Truyền hình tỉnh", "Báo Yên Bái", "UBND các huyện, thị xã, thành phố"]


def test_a_centrally_run_city_names_its_bodies_with_thanh_pho():
    text = "Công an Thành phố chủ trì, phối hợp với Bộ Tư lệnh Thủ đô và Ủy ban MTTQ Việt Nam thành phố rà soát"
    subjects, _ = leading_subjects(text)
    assert [s.name for s in subjects] == ["Công an Thành phố"]
    assert [m.name for m in cooperating_in(text)] == ["Bộ Tư lệnh Thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"]
    assert agency_key("Công an Thành phố", "Hải Phòng") == agency_key("Công an tỉnh", "Hải Phòng")
    # "thành phố Vinh" is a named city, not the document's own: no city-level body is read there
    assert "Công an Thành phố" not in [m.name for m in cooperating_in("phối hợp với Công an thành phố Vinh")]


def test_centres_institutes_and_the_merged_press_body():
    subjects, _ = leading_subjects("Trung tâm Phục vụ hành chính công tỉnh, Viện Kinh tế - Xã hội Thành phố triển khai")
    assert [s.name for s in subjects] == ["Trung tâm Phục vụ hành chính công tỉnh", "Viện Kinh tế - Xã hội Thành phố"]
    subjects, _ = leading_subjects("Sở Văn hóa và Thể thao; Báo và Phát thanh, Truyền hình Gia Lai tăng thời lượng")
    assert [s.name for s in subjects] == ["Sở Văn hóa và Thể thao", "Báo và Phát thanh, Truyền hình Gia Lai"]


def test_a_department_named_with_a_dash_and_sở_ngành_without_a_comma():
    text = "phối hợp với Sở Xây dựng, Sở Quy hoạch - Kiến trúc và Sở Nông nghiệp và Môi trường hướng dẫn"
    assert [m.name for m in cooperating_in(text)] == ["Sở Xây dựng", "Sở Quy hoạch - Kiến trúc", "Sở Nông nghiệp và Môi trường"]
    subjects, _ = leading_subjects("Các sở ngành thành phố và Ủy ban nhân dân xã, phường căn cứ chức năng")
    assert [(s.name, s.group) for s in subjects] == [("Các sở ngành thành phố", True), ("Ủy ban nhân dân xã, phường", True)]


def test_a_provincial_body_named_with_its_province():
    names = [m.name for m in find_mentions("đề nghị Thuế tỉnh Quảng Ngãi và Công an tỉnh Lào Cai phối hợp")]
    assert names == ["Thuế tỉnh Quảng Ngãi", "Công an tỉnh Lào Cai"]
    # the tax owed in a province is no body
    assert find_mentions("nộp tiền thuế tỉnh đã ghi thu") == []


def test_bodies_listed_after_cac_bo_or_cac_so_and_a_colon():
    text = "Giao các Bộ: Quốc phòng, Y tế, Khoa học và Công nghệ nghiên cứu đề xuất của tỉnh"
    assert [m.name for m in find_mentions(text)] == ["Bộ Quốc phòng", "Bộ Y tế", "Bộ Khoa học và Công nghệ"]
    subjects, _ = leading_subjects("Giám đốc các Sở: Lao động, Thương binh và Xã hội, Tư pháp rà soát hồ sơ")
    assert [m.name for m in subjects] == ["Sở Lao động - Thương binh và Xã hội", "Sở Tư pháp"]


def test_ubnd_of_provinces_and_cities_under_the_centre_is_the_group_of_provinces():
    mentions = find_mentions("Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo.")
    assert [(m.name, m.kind, m.group) for m in mentions][-1] == (
        "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "province", True)
    assert agency_key("Chủ tịch UBND tỉnh, thành phố trực thuộc TW") == "nhóm:province"
    assert agency_key("Ủy ban nhân dân tỉnh Gia Lai") != "nhóm:province"


def test_an_addressee_written_with_dong_chi_and_provinces_with_cities():
    from tracker.importer.extract import intro_leads

    leads = intro_leads("Bộ Xây dựng đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố chỉ đạo thực hiện các nội dung sau:")
    assert [(m.name, m.kind, m.group) for m in leads] == [("Ủy ban nhân dân tỉnh, thành phố", "province", True)]


def test_ket_hop_voi_names_cooperating_agencies():
    helpers = cooperating_in("Sở Tài chính kết hợp với Sở Nội vụ rà soát định mức chi.")
    assert [m.name for m in helpers] == ["Sở Nội vụ"]


def test_the_departments_named_with_whom_they_belong_to_are_one_group():
    from tracker.importer.matching import agency_key
    names = [m.name for m in find_mentions("Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thị xã rà soát hồ sơ.")]
    assert names == ["Các sở, ban, ngành trực thuộc Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện, thị xã"]
    assert agency_key("Các sở, ban, ngành thuộc Ủy ban nhân dân thành phố") == "nhóm:department"


def test_a_body_named_with_its_city_or_province_is_the_body_of_that_level():
    from tracker.importer.matching import agency_key

    assert agency_key("Hội Nông dân Thành phố Cần Thơ", "Cần Thơ") == agency_key("Hội Nông dân Thành phố", "Cần Thơ")
    assert agency_key("Công an tỉnh Gia Lai", "Gia Lai") == agency_key("Công an tỉnh", "Gia Lai")


def test_a_city_s_youth_union_is_named_thanh_doan():
    assert [m.name for m in find_mentions("Thành Đoàn tổ chức chiến dịch tình nguyện hè.")] == ["Thành Đoàn"]
    assert find_mentions("Thanh niên được kết nạp, trở thành đoàn viên.") == []


def test_work_that_applies_only_if_a_condition_arises_is_no_task():
    from tracker.importer.parser import parse_text

    text = ("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ.\n"
            "Điều 2. Tổ chức thực hiện\n1. Sở Công Thương hướng dẫn các xã triển khai Quy chế.\n"
            "2. Trong quá trình thực hiện, nếu quy định của Quy chế khác với văn bản của cấp trên thì Giám đốc "
            "Sở Công Thương có trách nhiệm tham mưu sửa đổi.\n"
            "3. Trường hợp chợ bị hư hỏng thì Ủy ban nhân dân xã có trách nhiệm sửa chữa.\n")
    assert [(t.clause, t.lead_agency) for t in parse_text(text).tasks] == [("2.1", "Sở Công Thương")]


def test_a_wrapped_line_that_starts_with_a_cited_article_continues_its_sentence():
    from tracker.importer.text import paragraphs

    text = "2. Nếu quy định tại\nĐiều 1 Quyết định này khác với văn bản cấp trên.\nĐiều 3. Quyết định có hiệu lực."
    assert paragraphs(text) == ["2. Nếu quy định tại Điều 1 Quyết định này khác với văn bản cấp trên.",
                                "Điều 3. Quyết định có hiệu lực."]


def test_a_city_s_boards_and_a_district_office_named_without_its_level():
    text = ("Ban quản lý các khu chế xuất và công nghiệp tỉnh, Ban Quản lý khu công nghệ cao và "
            "Phòng Tài nguyên và Môi trường:")
    assert [m.name for m in find_mentions(text)] == [
        "Ban Quản lý các khu chế xuất và công nghiệp", "Ban Quản lý Khu công nghệ cao", "Phòng Tài nguyên và Môi trường"]
    # with its level written the name's shape reads the whole name
    assert find_mentions("Phòng Tư pháp quận - huyện")[0].name == "Phòng Tư pháp quận - huyện"
    assert find_mentions("Phòng Tài chính - Kế hoạch huyện")[0].name == "Phòng Tài chính - Kế hoạch huyện"


def test_a_district_s_ubnd_directing_its_own_office_keeps_the_work():
    from tracker.importer.parser import parse_text

    text = ("KẾ HOẠCH\nII. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân quận, huyện chỉ đạo Phòng Tư pháp phối hợp với "
            "các phòng, ban rà soát hồ sơ.\n2. Ủy ban nhân dân tỉnh chỉ đạo Sở Tư pháp kiểm tra hồ sơ.\n")
    leads = [(t.clause, t.lead_agency) for t in parse_text(text).tasks]
    assert ("II.1", "Ủy ban nhân dân quận, huyện") in leads
    assert ("II.2", "Sở Tư pháp") in leads  # the province hands its work on to the department


def test_bodies_of_the_government_named_by_their_heads_lead_as_the_bodies():
    text = "Thống đốc Ngân hàng Nhà nước Việt Nam, Tổng Thanh tra Chính phủ và Chánh Văn phòng Ban chỉ đạo " \
           "phòng thủ dân sự quốc gia chỉ đạo thực hiện."
    assert [m.name for m in leading_subjects(text)[0]] == [
        "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"]
    # a branch of the bank is no central bank
    assert leading_subjects("Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh báo cáo.")[0][0].name != "Ngân hàng Nhà nước Việt Nam"


def test_the_press_and_the_news_agency_lead_as_named():
    subjects, _ = leading_subjects("Các cơ quan truyền thông, báo chí và Thông tấn xã Việt Nam đưa tin kịp thời.")
    assert [(m.name, m.group) for m in subjects] == [("Các cơ quan truyền thông, báo chí", True),
                                                     ("Thông tấn xã Việt Nam", False)]


def test_the_front_s_central_committee_is_named_whole_not_as_the_centre():
    subjects, _ = leading_subjects("Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo tổ chức ngày hội đoàn kết.")
    assert [m.name for m in subjects] == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    subjects, _ = leading_subjects("Ủy ban Trung ương MTTQ Việt Nam hướng dẫn việc bầu cử.")
    assert [m.name for m in subjects] == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    assert agency_key("Mặt trận Tổ quốc Việt Nam ở địa phương") == agency_key("Ủy ban MTTQ tỉnh")


def test_levels_joined_by_a_slash_name_the_group_of_committees():
    from tracker.importer.names import find_mentions
    names = [(m.name, m.group) for m in find_mentions("Phối hợp: UBND các huyện/ thị xã và Sở Y tế")]
    assert ("Ủy ban nhân dân huyện, thị xã", True) in names
    assert agency_key("UBND các tỉnh/thành phố") == agency_key("Ủy ban nhân dân các tỉnh, thành phố")


def test_a_second_place_of_the_same_level_shares_the_committee_s_head():
    from tracker.importer.names import find_mentions
    names = [m.name for m in find_mentions("UBND tỉnh Kon Tum, tỉnh Gia Lai và Sở Xây dựng")]
    assert names[:2] == ["Ủy ban nhân dân tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Gia Lai"]
    # a commune then its district: where the commune lies, not a second committee
    assert [m.name for m in find_mentions("UBND xã Phú Mỹ, huyện Tân Phước")] == ["Ủy ban nhân dân xã Phú Mỹ"]


def test_words_folded_alike_are_not_taken_for_head_words_when_the_text_carries_its_marks():
    # "Số TT" heads a table's first column, "TX. Bảo Lộc" is a town: no department, no newspaper.
    assert find_mentions("Số TT | Tên thủ tục | Cơ quan thực hiện") == []
    assert [m.name for m in find_mentions("Hướng dẫn UBND các huyện, TX. Bảo Yên lập kế hoạch")] == ["Ủy ban nhân dân huyện"]
    # The head words themselves are still read, with their marks or typed without any.
    assert [m.name for m in find_mentions("Sở TN&MT và Báo Hà Tĩnh")] == ["Sở Tài nguyên và Môi trường", "Báo Hà Tĩnh"]
    assert [m.name for m in find_mentions("So Y te chu tri")] == ["Sở Y tế"]


def test_the_land_department_of_the_1990s_is_a_department():
    assert [(m.name, m.kind) for m in find_mentions("Sở Địa chính lập bản đồ địa giới")] == [("Sở Địa chính", "department")]


PROGRAMME_PLAN = """KẾ HOẠCH
Giám sát Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số năm 2024
I. CÁC BƯỚC ĐÁNH GIÁ
1. Tổng hợp kết quả
+ Sở Dân tộc và Tôn giáo tổng hợp chung các báo cáo; gửi báo cáo về Sở Tài chính và các sở, ban, ngành chủ trì, quản lý,
tham gia thực hiện dự án, tiểu dự án thuộc Chương trình.
II. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành chủ trì và tham gia thực hiện các dự án, nội dung thành phần thuộc Chương trình
- Lập kế hoạch kiểm tra các dự án được giao.
"""


def test_departments_qualified_by_their_part_in_a_programme_are_one_named_group():
    tasks = [(t.clause, t.lead_agency) for t in parse_text(PROGRAMME_PLAN).tasks]
    assert tasks == [
        ("I.1", "Sở Dân tộc và Tôn giáo"),
        ("II.1", "Các sở, ngành chủ trì và tham gia thực hiện các dự án, nội dung thành phần thuộc Chương trình")]


def test_the_province_s_information_and_media_bodies_are_one_press_group():
    found = [(m.name, m.kind, m.group) for m in find_mentions("Các cơ quan thông tin, truyền thông của tỉnh: Đưa tin kịp thời")]
    assert found == [("Các cơ quan thông tin, truyền thông của tỉnh", "press", True)]


def test_the_party_committees_boards_named_together_are_a_group_in_a_list():
    text = ("Đề nghị Ban Nội chính Tỉnh ủy, các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, "
            "Hội Nông dân tỉnh quan tâm chỉ đạo.")
    subjects, _ = leading_subjects(text)
    assert [(m.name, m.group) for m in subjects] == [
        ("Ban Nội chính Tỉnh ủy", False), ("Các Ban Xây dựng Đảng", True), ("Ủy ban Kiểm tra Tỉnh ủy", False),
        ("Hội Nông dân tỉnh", False)]
    assert agency_key("Các Ban Xây dựng Đảng Huyện ủy") == agency_key("các Ban xây dựng Đảng")


def test_the_party_committees_of_every_level_are_a_group_not_a_catch_all():
    subjects, _ = leading_subjects("Đề nghị các cấp ủy Đảng, Hội Cựu chiến binh tỉnh và các tổ chức đoàn thể tỉnh "
                                   "vận động hội viên tham gia.")
    assert [(m.name, m.kind, m.group) for m in subjects] == [
        ("Các cấp ủy Đảng", "party_committee", True), ("Hội Cựu chiến binh tỉnh", "mass_organisation", False),
        ("Các tổ chức đoàn thể tỉnh", "mass_organisation", True)]


def test_a_named_citys_department_keeps_its_city_and_still_matches_the_citys_own():
    [mention] = find_mentions("Sở Xây dựng TP. Hải Phòng báo cáo Bộ")
    assert mention.name == "Sở Xây dựng Thành phố Hải Phòng"
    assert agency_key(mention.name, "Hải Phòng") == agency_key("Sở Xây dựng", "Hải Phòng")
    # In initials the city is the department's own: nothing is added to its name.
    assert [m.name for m in find_mentions("Sở Xây dựng TP.HP báo cáo")] == ["Sở Xây dựng"]


def test_departments_listed_after_a_plural_head_without_a_colon():
    # The press drops the colon of "các Sở: Y tế, Tài chính": two known names or more still make the list.
    names = [m.name for m in find_mentions("gửi các Sở Xây dựng, Tài chính, Giáo dục & Đào tạo đề nghị")]
    assert names == ["Sở Xây dựng", "Sở Tài chính", "Sở Giáo dục và Đào tạo"]


def test_the_central_agencies_stationed_in_a_province_and_a_group_written_without_commas():
    mentions = find_mentions("yêu cầu các sở, ban, ngành, cơ quan đơn vị đoàn thể, các cơ quan Trung ương đóng chân "
                             "trên địa bàn tỉnh tiếp tục theo dõi")
    assert [(m.name, m.group) for m in mentions] == [
        ("Các sở, ban, ngành, cơ quan đơn vị đoàn thể", True), ("Các cơ quan Trung ương đóng chân trên địa bàn tỉnh", True)]


def test_units_owned_by_the_bare_word_so_are_the_named_departments():
    text = "Sở Nội vụ yêu cầu các đơn vị sự nghiệp trực thuộc sở rà soát vị trí việc làm."
    assert [m.name for m in find_mentions(text)] == ["Sở Nội vụ", "Các đơn vị sự nghiệp trực thuộc Sở Nội vụ"]


def test_a_place_named_after_a_person_stays_in_its_committees_name():
    text = "Chủ tịch UBND huyện Lê Văn Bình chỉ đạo các xã rà soát; Chủ tịch UBND phường Trần Hưng Minh giao các tổ dân phố kiểm tra."
    names = [m.name for m in find_mentions(text)]
    assert "Ủy ban nhân dân huyện Lê Văn Bình" in names and "Ủy ban nhân dân phường Trần Hưng Minh" in names


def test_an_economic_zone_s_board_keeps_its_zone_s_name():
    # Study 175: the zone's proper name after "Ban Quản lý Khu kinh tế" is the board's own, one of several.
    def helpers(text):
        return [m.name for m in cooperating_in(text)]

    assert helpers("Sở Công Thương phối hợp Ban Quản lý Khu kinh tế cửa khẩu Hoa Lư rà soát.") \
        == ["Ban Quản lý Khu kinh tế cửa khẩu Hoa Lư"]
    assert helpers("Sở Xây dựng phối hợp với Ban Quản lý Khu kinh tế Nam Phú và các Khu công nghiệp Bắc Sơn hướng dẫn.") \
        == ["Ban Quản lý Khu kinh tế Nam Phú và các Khu công nghiệp Bắc Sơn"]
    assert helpers("Sở Xây dựng phối hợp với Ban Quản lý Khu kinh tế tỉnh hướng dẫn.") == ["Ban Quản lý Khu kinh tế tỉnh"]
    # A table's next cell after the board is no zone's name.
    assert [m.name for m in find_mentions("Ban Quản lý Khu kinh tế Doanh nghiệp, Sở, ban, ngành có liên quan")][0] \
        == "Ban Quản lý Khu kinh tế tỉnh"
