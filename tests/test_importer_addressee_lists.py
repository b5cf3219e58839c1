"""Addressee lists and the bodies they name: a board's members written whole, party and mass-organisation
groups ("các cấp ủy, chi bộ", "Đảng ủy, UBND các xã", "… và đoàn thể huyện"), functional departments among
helpers, forest units numbered in one name, a page's items run together after "yêu cầu:", and a commune's
schedule whose steps open with their days and name the hamlet's bodies. Invented texts of the general form."""

from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_the_members_of_a_provincial_board_are_one_group_named_whole():
    text = ("Yên Bái: Chủ động phòng, chống rét đậm, rét hại cho cây trồng, vật nuôi\n"
            "Phó Chủ tịch UBND tỉnh Yên Bái đã ký văn bản yêu cầu các sở, ngành, cơ quan thành viên Ban Chỉ đạo "
            "phòng, chống thiên tai tỉnh; UBND các xã, phường chủ động triển khai các biện pháp phòng, chống rét "
            "cho đàn gia súc.\n")
    assert _tasks(text) == [("1", "Các sở, ngành, cơ quan thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh"),
                            ("1", "Ủy ban nhân dân xã, phường")]


def test_the_committees_and_cells_a_ward_party_committee_addresses_are_one_group():
    text = ("Đảng ủy phường Tân An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm\n"
            "Phát biểu kết luận hội nghị, đồng chí Bí thư Đảng ủy phường đề nghị các cấp ủy, chi bộ tiếp tục quán "
            "triệt nghị quyết, làm tốt công tác phát triển đảng viên trong năm 2025.\n")
    assert _tasks(text) == [("1", "Các cấp ủy, chi bộ")]


def test_a_party_committee_heading_a_list_takes_the_level_written_after_it():
    text = ("UBND huyện Mường Khương chỉ đạo trồng cây vụ xuân năm 2014\n\n"
            "Đảng ủy, UBND các xã rà soát quỹ đất, xây dựng kế hoạch trồng cây phân tán trong dịp Tết.\n")
    assert _tasks(text) == [("1", "Đảng ủy các xã"), ("1", "Ủy ban nhân dân xã")]


def test_a_levels_unions_after_a_catch_all_and_va_are_a_group_that_leads():
    text = ("UBND huyện Mường Khương chỉ đạo trồng cây vụ xuân năm 2014\n\n"
            "Các ngành liên quan và đoàn thể huyện phối hợp với UBND các xã vận động nhân dân tham gia trồng cây.\n")
    tasks = parse_text(text).tasks
    assert [(t.lead_agency, t.cooperating_agencies) for t in tasks] == [("Các đoàn thể huyện", ["Ủy ban nhân dân xã"])]


def test_functional_departments_helping_are_one_group_and_the_list_goes_on_after_them():
    text = ("Chỉ đạo việc kiểm tra an toàn thực phẩm dịp Tết Nguyên đán\n\n"
            "Giao Sở Y tế chủ trì phối hợp với sở, ngành chức năng, Ủy ban nhân dân các huyện, thành phố tổ chức "
            "kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn tỉnh.\n")
    [task] = parse_text(text).tasks
    assert task.lead_agency == "Sở Y tế"
    assert task.cooperating_agencies == ["Sở, ngành chức năng", "Ủy ban nhân dân huyện, thành phố"]


def test_numbered_ranger_teams_area_offices_and_forest_boards_are_each_asked():
    text = ("Nguồn: Chi cục Kiểm lâm\n"
            "Thông báo cấp dự báo cháy rừng trên địa bàn tỉnh Lào Cai (từ ngày 05/4/2027 đến ngày 11/4/2027)\n"
            "Chi cục Kiểm lâm thông báo cấp dự báo cháy rừng trên địa bàn tỉnh từ ngày 05/4/2027 đến ngày 11/4/2027, "
            "đề nghị UBND các xã, Đội Kiểm lâm cơ động và PCCCR số 1, 2, Hạt Kiểm lâm khu vực, Ban quản lý rừng "
            "phòng hộ, đặc dụng, các chủ rừng trên địa bàn tỉnh tăng cường tuần tra, canh gác lửa rừng./.\n")
    assert [lead for _, lead in _tasks(text)] == [
        "Ủy ban nhân dân xã",
        "Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng số 1",
        "Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng số 2",
        "Hạt Kiểm lâm khu vực",
        "Ban quản lý rừng phòng hộ, đặc dụng",
    ]


def test_a_pages_items_run_together_after_the_request_colon_are_clauses_of_their_own():
    text = ("Tăng cường công tác bảo đảm an toàn giao thông dịp lễ hội xuân\n\n"
            "Sáng 10/1, Phó Chủ tịch UBND tỉnh Lê Văn Hòa đã ký công văn số 112 về tăng cường bảo đảm an toàn giao "
            "thông dịp lễ hội.\n\n"
            "Theo đó, để bảo đảm trật tự an toàn giao thông trong dịp lễ hội xuân năm 2021, UBND tỉnh yêu cầu: Công an "
            "tỉnh chủ trì, phối hợp với Sở Giao thông vận tải tăng cường tuần tra, kiểm soát, xử lý vi phạm trên các "
            "tuyến đường. Sở Y tế – Chủ trì, phối hợp với Sở Giao thông vận tải và các đơn vị liên quan bố trí lực "
            "lượng cấp cứu tại các điểm lễ hội.\n\n"
            "UBND các huyện, thành phố Tập trung tuyên truyền nhân dân chấp hành luật giao thông.\n")
    assert _tasks(text) == [("1", "Công an tỉnh"), ("2", "Sở Y tế"), ("3", "Ủy ban nhân dân huyện, thành phố")]


def test_a_schedules_steps_open_with_their_days_and_name_the_hamlets_bodies():
    text = ("Ngày 02 tháng 3 năm 2022 Ủy ban nhân dân xã Hòa Lạc đã có thông báo về việc bê tông hóa đường giao "
            "thông nội đồng tại thôn Đông Yên.\n\n"
            "Để kịp tiến độ trước mùa mưa, Ủy ban nhân dân xã thống nhất tiến độ thực hiện như sau:\n\n"
            "- Từ ngày 05/3/2022 đến ngày 10/3/2022 Ban cán sự thôn tiến hành họp dân, thống nhất phương án đóng góp.\n\n"
            "- Từ ngày 12/3/2022 đến ngày 20/3/2022 Tiểu ban giám sát công trình thôn phối hợp với cán bộ địa chính "
            "xã kiểm tra mặt bằng tuyến đường.\n")
    tasks = parse_text(text).tasks
    assert [(t.clause_number, t.lead_agency, str(t.due_on)) for t in tasks] == [
        ("1", "Ban cán sự thôn Đông Yên", "2022-03-10"),
        ("2", "Tiểu ban giám sát công trình thôn Đông Yên", "2022-03-20"),
    ]

