"""How the press and district portals digest a letter, each with an invented page: the lead on the
letter's issue and its content in one paragraph; bodies addressed in general words ("các ban, ngành,
đoàn thể cấp huyện", "các cơ quan, đơn vị") as groups given work; the departments and localities of
"các sở, ngành, địa phương" as two groups."""

from tracker.importer.parser import parse_text


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_the_issue_and_the_content_in_one_paragraph_are_read_apart():
    page = ("Ngày 3 tháng 5 năm 2019, Ủy ban nhân dân huyện Bình Yên vừa ban hành Công văn số 45/UBND-VX về việc "
            "phòng chống đuối nước cho trẻ em. Theo đó, Ủy ban nhân dân huyện yêu cầu Phòng Giáo dục và Đào tạo "
            "huyện tổ chức tuyên truyền kỹ năng bơi an toàn cho học sinh trước ngày 30/5/2019.")
    assert _leads(page) == [("1", "Phòng Giáo dục và Đào tạo huyện")]
    # without "Theo đó" the report of the issue stays one paragraph, an account with no work
    assert _leads(page.replace("Theo đó, Ủy ban nhân dân huyện yêu cầu", "Ủy ban nhân dân huyện đã yêu cầu")) == []


def test_general_words_with_their_level_after_a_request_are_a_group_that_leads():
    page = ("Ủy ban nhân dân huyện yêu cầu các ban, ngành, đoàn thể cấp huyện, Ủy ban nhân dân các xã, thị trấn "
            "tổ chức ra quân dọn vệ sinh kênh mương trong tháng 4/2022.")
    assert _leads(page) == [("1", "Các ban, ngành, đoàn thể cấp huyện"), ("1", "Ủy ban nhân dân xã, thị trấn")]


def test_general_words_listed_before_a_named_body_lead_but_not_when_last_or_alone():
    listed = ("Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ quan, đơn vị và UBND các xã, thị trấn rà soát "
              "danh sách hộ nghèo.")
    assert ("1", "Các cơ quan, đơn vị") in _leads(listed)
    last = "Chủ tịch UBND huyện yêu cầu Phòng Nội vụ và các cơ quan, đơn vị rà soát danh sách hộ nghèo."
    assert _leads(last) == [("1", "Phòng Nội vụ")]
    alone = "Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị rà soát danh sách hộ nghèo."
    assert all(lead != "Các cơ quan, đơn vị" for _, lead in _leads(alone))
    # told to direct them, the body asked keeps the work
    directing = "Giám đốc Sở Y tế chỉ đạo các đơn vị, Trung tâm Y tế các huyện rà soát danh sách."
    assert all(lead != "Các đơn vị" for _, lead in _leads(directing))


def test_the_departments_and_the_localities_are_two_groups():
    page = "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, địa phương rà soát hồ sơ quá hạn trên Cổng dịch vụ công."
    assert _leads(page) == [("1", "Các sở, ban, ngành"), ("1", "Các địa phương")]
    # offices and units with their localities are one catch-all group, no two tiers
    assert ("1", "Các địa phương") not in _leads(page.replace("sở, ban, ngành, địa phương", "cơ quan, đơn vị, địa phương"))


def test_a_board_s_standing_office_addressed_by_its_role_is_a_body_of_its_own():
    page = ("Chủ tịch UBND tỉnh yêu cầu cơ quan Thường trực Ban An toàn giao thông tỉnh, UBND các huyện, thị xã "
            "kiểm tra các điểm đen tai nạn trên quốc lộ.")
    assert _leads(page)[0] == ("1", "Cơ quan Thường trực Ban An toàn giao thông tỉnh")
    # without the role, the board itself is asked
    assert _leads(page.replace("cơ quan Thường trực ", ""))[0] == ("1", "Ban An toàn giao thông tỉnh")
