"""Study 99: a group of local committees written with the names of its members ("UBND các huyện A, B",
"các huyện: A, B và thành phố C"), the group named again after them, and a page's paragraph in which the body
asked above directs its own subordinates. Every text here is invented."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(task.clause, task.lead_agency) for task in parse_text(text).tasks]


def _text(text: str, lead: str) -> str:
    """The words of the document a lead's task was drafted from."""
    return next(task.text for task in parse_text(text).tasks if task.lead_agency == lead)


def test_group_followed_by_its_members_without_a_colon_names_each_member():
    names = [(m.name, m.group) for m in find_mentions(
        "UBND các huyện Minh Hóa, Tuyên Hóa, Bố Trạch khẩn trương khắc phục hậu quả mưa lũ.")]
    assert names == [("Ủy ban nhân dân huyện Minh Hóa", False), ("Ủy ban nhân dân huyện Tuyên Hóa", False),
                     ("Ủy ban nhân dân huyện Bố Trạch", False)]


def test_members_listed_after_a_bare_group_word_and_a_colon_change_level_along_the_list():
    names = [m.name for m in find_mentions(
        "Theo đó, các huyện: Lệ Thủy, Quảng Ninh và thị xã Ba Đồn, thành phố Đồng Hới được giao quản lý bến đò.")]
    assert names == ["Ủy ban nhân dân huyện Lệ Thủy", "Ủy ban nhân dân huyện Quảng Ninh",
                     "Ủy ban nhân dân thị xã Ba Đồn", "Ủy ban nhân dân thành phố Đồng Hới"]


def test_a_place_spelled_like_a_body_s_head_is_a_member_a_time_cell_is_not():
    # "Phong", "Quy" fold like "Phòng", "Quỹ"; "Hội Nông dân" is a body, written as its head is spelled.
    names = [m.name for m in find_mentions(
        "UBND các huyện Phong Điền, Quảng Điền và thành phố Quy Nhơn, Hội Nông dân tỉnh rà soát hộ nghèo.")]
    assert names == ["Ủy ban nhân dân huyện Phong Điền", "Ủy ban nhân dân huyện Quảng Điền",
                     "Ủy ban nhân dân thành phố Quy Nhơn", "Hội Nông dân tỉnh"]
    # A table's cells run together: the time cell after the helpers' cell is no commune.
    assert [m.name for m in find_mentions("Doanh nghiệp; UBND các xã Thường xuyên")][-1] == "Ủy ban nhân dân xã"


PAGE_NAMED_MEMBERS = """Công nhận làng văn hóa năm 2024

Ngày 10/02/2025, UBND tỉnh Quảng Bình ban hành quyết định công nhận 12 làng văn hóa.

Chủ tịch UBND tỉnh chỉ đạo UBND các huyện Minh Hóa, Tuyên Hóa, Bố Trạch chịu trách nhiệm tổ chức lễ đón nhận danh hiệu theo hướng dẫn của Sở Văn hóa, Thể thao và Du lịch. UBND các huyện, các xã nêu trên có trách nhiệm tiếp tục giữ vững và phát huy các tiêu chí làng văn hóa.
"""


def test_each_member_of_a_group_named_with_its_places_is_given_the_work():
    leads = [lead for _, lead in _tasks(PAGE_NAMED_MEMBERS)]
    assert "Ủy ban nhân dân huyện Minh Hóa" in leads
    assert "Ủy ban nhân dân huyện Bố Trạch" in leads


def test_the_group_named_again_after_its_members_means_them_and_shares_its_head_with_the_communes():
    tasks = _tasks(PAGE_NAMED_MEMBERS)
    assert tasks == [("1", "Ủy ban nhân dân huyện Minh Hóa"), ("1", "Ủy ban nhân dân huyện Tuyên Hóa"),
                     ("1", "Ủy ban nhân dân huyện Bố Trạch"), ("1", "Ủy ban nhân dân các xã nêu trên")]
    assert "giữ vững và phát huy" in _text(PAGE_NAMED_MEMBERS, "Ủy ban nhân dân huyện Tuyên Hóa")


PAGE_LISTED_WITH_COLON = """Phân cấp quản lý bến đò ngang sông

Ngày 05/3/2024, UBND tỉnh Quảng Bình ban hành quyết định phân cấp quản lý bến đò ngang sông.

Theo đó, các huyện: Lệ Thủy, Quảng Ninh và thị xã Ba Đồn được giao quản lý các bến đò ngang sông trên địa bàn. Sở Giao thông vận tải quản lý các bến đò trên sông Gianh.

UBND các huyện, thị xã kiểm tra điều kiện an toàn của bến đò, phương tiện chở khách.
"""


def test_members_listed_after_a_colon_each_take_their_share_beside_the_department():
    tasks = _tasks(PAGE_LISTED_WITH_COLON)
    assert tasks[:4] == [("1", "Ủy ban nhân dân huyện Lệ Thủy"), ("1", "Ủy ban nhân dân huyện Quảng Ninh"),
                         ("1", "Ủy ban nhân dân thị xã Ba Đồn"), ("1", "Sở Giao thông vận tải")]
    assert tasks[4][0] == "2"


PAGE_DIRECTS_SUBORDINATES = """UBND tỉnh Lai Châu ban hành văn bản chỉ đạo ra quân làm sạch đường làng đợt 1 năm 2025. UBND tỉnh yêu cầu:
UBND các huyện, thành phố chủ động bố trí kinh phí và tổ chức ra quân làm sạch đường làng, ngõ xóm từ ngày 01/4/2025 đến ngày 30/4/2025.
Đồng thời, chỉ đạo các phòng chuyên môn, UBND cấp xã huy động đoàn viên, thanh niên dọn dẹp rác thải, khơi thông cống rãnh tại khu dân cư.
Sở Tài nguyên và Môi trường hướng dẫn việc thu gom, xử lý rác thải sau đợt ra quân.
"""


def test_directing_its_own_subordinates_goes_on_with_the_request_above():
    tasks = _tasks(PAGE_DIRECTS_SUBORDINATES)
    assert tasks == [("1", "Ủy ban nhân dân huyện, thành phố"), ("2", "Sở Tài nguyên và Môi trường")]
    assert "khơi thông cống rãnh" in _text(PAGE_DIRECTS_SUBORDINATES, "Ủy ban nhân dân huyện, thành phố")


def test_a_bodys_own_offices_listed_after_a_colon_are_offices_of_their_own():
    # Study 106: "các phòng: A; B, C; D" names each office ("Phòng A"); its work may follow the last one.
    names = [m.name for m in find_mentions(
        "Sở Nội vụ tỉnh Đông Sơn cử cán bộ thuộc các phòng: Xây dựng chính quyền; Công chức, viên chức; Tổ chức biên chế.")]
    assert names[1:] == ["Phòng Xây dựng chính quyền", "Phòng Công chức, viên chức", "Phòng Tổ chức biên chế"]
    names = [m.name for m in find_mentions("Giao các phòng: Kế hoạch tài chính, Thanh tra thực hiện kiểm tra.")]
    assert names == ["Phòng Kế hoạch tài chính", "Phòng Thanh tra"]


def test_bodies_of_another_kind_listed_after_their_head_and_a_colon_are_bodies_of_their_own():
    # Study 126: "các Tập đoàn: A, B" (a notice's "đề nghị …"), the head written once and wrapped over a line,
    # a long name, its work after the last one, and a later ';' that starts another body's work.
    notice = ("1. Về phủ sóng các thôn vùng cao: đề nghị các Tập\nđoàn: Điện lực Việt Nam, Hóa chất - Dầu khí "
              "Quốc gia Việt Nam tổ chức triển khai, hoàn thành trong tháng 12 năm 2025; Bộ Công Thương hướng dẫn.\n\n"
              "2. Các Tổng công ty: Lương thực miền Bắc, Giấy Việt Nam theo chức năng, nhiệm vụ rà soát các dự án.\n")
    assert _tasks(notice) == [("1", "Tập đoàn Điện lực Việt Nam"), ("1", "Tập đoàn Hóa chất - Dầu khí Quốc gia Việt Nam"),
                              ("1", "Bộ Công Thương"), ("2", "Tổng công ty Lương thực miền Bắc"),
                              ("2", "Tổng công ty Giấy Việt Nam")]


def test_kinds_listed_after_their_head_and_a_colon_are_one_group():
    # "các trường: Đại học, Cao đẳng, Trung cấp …" lists kinds of school, no school of its own name.
    names = [m.name for m in find_mentions("Giao các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh mở ngành mới.")]
    assert not any(name.startswith("Trường ") for name in names)
    names = [m.name for m in find_mentions("Giao các trường: Đại học Đông Sơn, Cao đẳng Y tế triển khai đào tạo.")]
    assert names == ["Trường Đại học Đông Sơn", "Trường Cao đẳng Y tế"]


def test_each_office_listed_is_told_to_act_by_a_sentence_on_each():
    # Study 106: "Mỗi phòng cử …" points back at each office listed before it, not at the body that listed them.
    page = ("Ngày 3/4, Sở Nội vụ tỉnh Đông Sơn cho biết đã ban hành kế hoạch tăng cường công chức cho các xã.\n\n"
            "Theo kế hoạch, Sở Nội vụ sẽ biệt phái cán bộ thuộc các phòng: Tổ chức biên chế; Công chức, viên chức. "
            "Mỗi phòng cử 2 công chức trong từng đợt.\n")
    from tracker.importer.each_member import each_of_listed

    tasks = _tasks(page)
    assert ("1", "Phòng Tổ chức biên chế") in tasks and ("1", "Phòng Công chức, viên chức") in tasks
    # "Môi trường …" is no "mỗi trường": no school is looked for among those listed before it.
    listed = "Lấy mẫu tại vùng nuôi Trường Giang, Trường Sơn. "
    assert each_of_listed("Môi trường ao nuôi tôm được quan trắc.", listed + "Môi trường ao nuôi tôm được quan trắc.") == []


def test_a_group_the_letter_was_sent_to_by_its_members_names_them_when_asked():
    # Study 106: "gửi UBND các huyện, thị xã: A, B" then "đề nghị UBND các huyện, thị xã …": the two listed,
    # each at the level the page writes it ("thị xã Hòa Lạc").
    page = ("Sở Văn hóa và Thể thao vừa có văn bản gửi UBND các huyện, thị xã: Hòa Lạc, Tân Phong về việc cắm mốc di tích.\n\n"
            "Trong tháng 9, Trung tâm Bảo tồn di tích tỉnh sẽ cắm mốc cho đình Phú Lộc (thị xã Hòa Lạc).\n\n"
            "Sở Văn hóa và Thể thao đề nghị UBND các huyện, thị xã chỉ đạo các đơn vị liên quan phối hợp triển khai.\n")
    assert [lead for _, lead in _tasks(page) if lead.startswith("Ủy ban")] == [
        "Ủy ban nhân dân thị xã Hòa Lạc", "Ủy ban nhân dân huyện Tân Phong"]
    # A heading's colon, then its work in capitals, lists no place.
    assert [m.name for m in find_mentions("3. UBND các xã, phường: Phối hợp kiểm tra.")] == ["Ủy ban nhân dân xã, phường"]
