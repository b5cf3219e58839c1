"""Press pages and the names of their addressees: a district's lead that announces its letter over paragraphs in
which the district speaks again, a command board whose fields are listed with commas, a committee's own offices
and units named by their owner. Invented sentences of the general form."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text) if not m.catch_all]


def test_a_command_board_whose_fields_are_listed_with_commas_is_one_name():
    names = _names("Ủy ban nhân dân huyện đề nghị Ban Chỉ huy Phòng chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ "
                   "dân sự huyện kiểm tra các hồ chứa.")
    assert "Ban Chỉ huy Phòng chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ dân sự huyện" in names
    # A body named after the board's level, or after a comma with its own head, stays a body of its own.
    names = _names("Giao Ban Chỉ đạo phòng, chống dịch bệnh tỉnh, Sở Y tế và Phòng Kinh tế huyện theo dõi.")
    assert names == ["Ban Chỉ đạo phòng, chống dịch bệnh tỉnh", "Sở Y tế", "Phòng Kinh tế huyện"]


def test_a_committee_s_own_offices_and_units_are_a_group_named_with_their_owner():
    mentions = find_mentions("Các cơ quan, đơn vị trực thuộc UBND thị xã và UBND các phường, xã có trách nhiệm "
                             "báo cáo thiệt hại.")
    owned = mentions[0]
    assert owned.name == "Các cơ quan, đơn vị trực thuộc Ủy ban nhân dân thị xã"
    assert owned.group and not owned.catch_all


PAGE = """Sau đợt mưa lớn kéo dài, Ủy ban nhân dân huyện Mường Tè, tỉnh Lai Châu đã ban hành văn bản, yêu cầu Phòng Tài nguyên và Môi trường; các cơ quan, đơn vị trực thuộc Ủy ban nhân dân huyện; Ủy ban nhân dân các xã, thị trấn khẩn trương ứng phó với sạt lở đất.
Ủy ban nhân dân huyện Mường Tè yêu cầu Phòng Tài nguyên và Môi trường khẩn trương kiểm tra các điểm có nguy cơ sạt lở, đề xuất phương án di dời các hộ dân; phối hợp với Ủy ban nhân dân các xã, thị trấn cắm biển cảnh báo.
Các cơ quan, đơn vị trực thuộc Ủy ban nhân dân huyện và Ủy ban nhân dân các xã, thị trấn có trách nhiệm tổng hợp, báo cáo nhanh thiệt hại, gửi Phòng Nông nghiệp và Phát triển nông thôn.
"""


def test_a_district_s_lead_is_no_clause_when_the_district_speaks_again_below_it():
    tasks = parse_text(PAGE).tasks
    clauses = {(t.clause, t.lead_agency) for t in tasks}
    assert ("1", "Phòng Tài nguyên và Môi trường") in clauses
    assert ("2", "Các cơ quan, đơn vị trực thuộc Ủy ban nhân dân huyện") in clauses
    assert not any(t.lead_agency.startswith("Ủy ban nhân dân huyện Mường Tè") for t in tasks)
    assert [t.clause for t in tasks if t.lead_agency == "Phòng Tài nguyên và Môi trường"] == ["1"]


def test_a_social_affairs_unit_named_without_its_level_is_a_body():
    names = _names("Sở Lao động - Thương binh và Xã hội đề nghị Trung tâm Bảo trợ xã hội bố trí chỗ ở cho các đối tượng.")
    assert "Trung tâm Bảo trợ xã hội" in names
    # In lower case, as the law names such units in general, it is no body.
    assert _names("Người nghiện được đưa vào cơ sở cai nghiện ma túy công lập.") == []


DEPARTMENT_PAGE = """Tạm dừng tiếp nhận người cao tuổi vào Trung tâm Công tác xã hội
Sở Lao động - Thương binh và Xã hội vừa có công văn đề nghị Trung tâm Công tác xã hội tạm dừng tiếp nhận đối tượng mới.

Để bảo đảm an toàn cho các đối tượng, Sở Lao động - Thương binh và Xã hội yêu cầu Trung tâm Công tác xã hội tiếp tục chăm sóc sức khỏe cho các đối tượng; bố trí cán bộ trực 24/24h.
"""


def test_a_department_s_lead_is_no_clause_when_the_department_asks_again_below_it():
    tasks = parse_text(DEPARTMENT_PAGE).tasks
    assert [(t.clause, t.lead_agency) for t in tasks] == [("1", "Trung tâm Công tác xã hội")]
    assert tasks[0].summary.startswith("Tiếp tục chăm sóc sức khỏe")


def test_a_speaker_s_initials_in_brackets_do_not_hide_whom_it_asks_nor_its_own_units_listed():
    text = ("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh, Sở Tài nguyên và Môi trường (TNMT) "
            "yêu cầu các phòng TNMT, "
            "các đơn vị trực thuộc khẩn trương rà soát các điểm khai thác cát.")
    leads = [t.lead_agency for t in parse_text(text).tasks]
    assert "Phòng Tài nguyên và Môi trường" in leads
    assert "Các đơn vị trực thuộc" in leads
    # Alone after a body that directs them, the units are its own: the work stays the body's.
    text = "Bộ trưởng Bộ Công an chỉ đạo các đơn vị trực thuộc huy động tối đa lực lượng hỗ trợ người dân."
    assert [m.catch_all for m in find_mentions(text) if "trực thuộc" in m.name] == [True]
    assert [t.lead_agency for t in parse_text(text).tasks] == ["Bộ Công an"]


def test_a_paragraph_s_second_request_opening_theo_do_is_a_clause_of_its_own():
    text = ("UBND tỉnh yêu cầu Sở Y tế chủ trì kiểm tra các cơ sở kinh doanh thực phẩm trong dịp lễ hội. Theo đó, giao "
            "Sở Thông tin và Truyền thông, Báo Hậu Giang và UBND các huyện, thị xã, thành phố tăng cường tuyên truyền "
            "cho người dân về an toàn thực phẩm.\nP.V\n")
    tasks = parse_text(text).tasks
    assert [(t.clause, t.lead_agency) for t in tasks][:2] == [("1", "Sở Y tế"), ("2", "Sở Thông tin và Truyền thông")]
    assert {t.clause for t in tasks[1:]} == {"2"}
    # One body asked twice in one paragraph is one clause still.
    text = ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở kinh doanh thực phẩm. Theo đó, giao Sở Y tế lấy mẫu "
            "xét nghiệm.\nP.V\n")
    assert {t.clause for t in parse_text(text).tasks} == {"1"}


def test_a_page_cut_while_it_tells_a_body_s_role_gives_that_body_no_task():
    text = ("Ủy ban nhân dân huyện Đắk Hà yêu cầu Ủy ban nhân dân các xã, thị trấn khẩn trương kiểm tra các hồ đập "
            "sau mưa lớn.\nPhòng Tài chính - Kế hoạch với vai trò là cơ quan thường trực Hội đồng thẩm định giá "
            "đất của Ủy ban nhân dân huyện và các cơ quan chuyên môn của huy")
    leads = [t.lead_agency for t in parse_text(text).tasks]
    assert not any(lead.startswith("Phòng Tài chính") for lead in leads)
    assert leads


def test_a_town_named_after_a_list_of_levels_belongs_to_the_group_s_name():
    names = _names("Ủy ban nhân dân các xã, thị trấn Phước An có trách nhiệm báo cáo thiệt hại.")
    assert names == ["Ủy ban nhân dân xã, thị trấn Phước An"]
    # A body named right after the levels is a body of its own.
    assert _names("UBND các phường, xã, thị trấn Công an huyện phối hợp.")[-1] == "Công an huyện"
