"""Plans that give each item's bodies on labelled lines (round 11's and round 15's study), each form
with an invented text: "Đơn vị chủ trì thực hiện: …" after the item's bullets, and "Cơ quan thực
hiện:" over the lines "- Đơn vị chủ trì: …" and "- Đơn vị phối hợp: …"."""

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency, t.cooperating_agencies) for t in parse_text(text).tasks]


HEAD = "KẾ HOẠCH\nNÂNG CAO CHẤT LƯỢNG THƯ VIỆN\nI. MỤC TIÊU\nPhục vụ bạn đọc tốt hơn.\nII. NHIỆM VỤ, GIẢI PHÁP\n"


def test_a_lead_line_named_chu_tri_thuc_hien_gives_the_item_s_leads():
    text = HEAD + ("1. Bồi dưỡng đội ngũ thủ thư\n\n- Thường xuyên bồi dưỡng kỹ năng số cho thủ thư.\n\n"
                   "Đơn vị chủ trì thực hiện: Các\nSở, ngành, đơn vị, UBND cấp xã.\n\n"
                   "Đơn vị phối hợp: Sở Văn hóa và\nThể thao.\n\nThời gian thực hiện: Thường xuyên.\n")
    tasks = _tasks(text)
    assert ("II.1", "Các Sở, ngành, đơn vị", ["Sở Văn hóa và Thể thao"]) in tasks
    assert ("II.1", "Ủy ban nhân dân cấp xã", ["Sở Văn hóa và Thể thao"]) in tasks


def test_an_executing_slot_over_lead_and_helper_lines_splits_them():
    text = HEAD + ("1. Số hóa tài liệu\n\na) Nhiệm vụ: Số hóa sách cổ của thư viện tỉnh.\n\nb) Cơ quan thực hiện:\n\n"
                   "- Đơn vị chủ trì: Sở Văn hóa\nvà Thể thao.\n\n- Đơn vị phối hợp: Sở Tài chính.\n\n"
                   "c) Thời gian thực hiện: Hoàn thành trong năm 2026.\n")
    tasks = _tasks(text)
    assert [(c, lead, coop) for c, lead, coop in tasks if c.startswith("II.1")] == [
        ("II.1", "Sở Văn hóa và Thể thao", ["Sở Tài chính"])]


def test_bodies_encouraged_in_the_implementation_section_are_tasks_like_bodies_asked():
    text = HEAD.replace("II. NHIỆM VỤ, GIẢI PHÁP", "II. TỔ CHỨC THỰC HIỆN") + (
        "1. Sở Văn hóa và Thể thao chủ trì tổ chức ngày hội đọc sách.\n\n"
        "2. Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng tủ sách cho hội viên.\n\n"
        "3. Tỉnh đoàn phát động thanh niên đọc sách.\n\n"
        "4. Các cơ sở đào tạo đại học, sau đại học mở lớp kỹ năng thư viện số.\n\n"
        "5. Các cơ quan báo chí đóng trên địa bàn tỉnh đưa tin về ngày hội.\n")
    leads = {(c, lead) for c, lead, _ in _tasks(text)}
    assert {("II.2", "Liên đoàn Lao động tỉnh"), ("II.2", "Hội Nông dân tỉnh")} <= leads
    assert ("II.3", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh") in leads  # "Tỉnh đoàn", its common name
    assert ("II.4", "Các cơ sở đào tạo đại học, sau đại học") in leads
    assert ("II.5", "Các cơ quan báo chí đóng trên địa bàn tỉnh") in leads


def test_a_lead_line_that_also_says_tham_muu_gives_the_item_s_lead():
    text = HEAD + ("1. Thu hút người có tài năng\n\n- Nghiên cứu tham mưu chính sách thu hút thủ thư giỏi.\n\n"
                   "Đơn vị chủ trì tham mưu thực\nhiện: Sở Nội vụ.\n\nĐơn vị phối hợp thực hiện: Sở\nTài chính.\n\n"
                   "Thời gian thực hiện: Thường xuyên.\n")
    assert ("II.1", "Sở Nội vụ", ["Sở Tài chính"]) in _tasks(text)


def test_each_set_of_labelled_lines_belongs_to_the_bullets_before_it():
    text = HEAD + ("1. Phát triển văn hóa đọc\n\n- Mở rộng tủ sách ở trường học.\n\n- Tổ chức ngày hội đọc sách.\n\n"
                   "Đơn vị chủ trì thực hiện: Sở Giáo dục\nvà Đào tạo.\n\nĐơn vị phối hợp: Sở Văn hóa và Thể thao.\n\n"
                   "Thời gian thực hiện: Thường xuyên.\n\n- Số hóa sách quý của thư viện tỉnh.\n\n"
                   "Đơn vị chủ trì tham mưu thực\nhiện: Sở Khoa học và Công nghệ.\n\n"
                   "Đơn vị phối hợp thực hiện: Các\ncơ quan, đơn vị liên quan.\n\nThời gian thực hiện: Trước ngày 30/6/2026.\n\n"
                   "- Khuyến khích cán bộ đọc sách mỗi tuần.\n\n"
                   "Đơn vị chủ trì thực hiện: Các\ncơ quan, đơn vị, địa phương.\n\nThời gian thực hiện: Thường xuyên.\n")
    tasks = [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on and t.due_on.isoformat())
             for t in parse_text(text).tasks]
    assert tasks == [
        ("II.1", "Sở Giáo dục và Đào tạo", ["Sở Văn hóa và Thể thao"], None),
        ("II.1", "Sở Khoa học và Công nghệ", [], "2026-06-30"),
        ("II.1", "Các cơ quan, đơn vị, địa phương", [], None)]


def test_a_time_line_before_the_lead_line_stays_with_its_item():
    text = HEAD + ("1. Hội thi thủ thư giỏi\n\n- Nội dung: Thi kỹ năng phục vụ bạn đọc.\n\n"
                   "- Thời gian: Chậm nhất ngày 20/3/2026.\n\n- Thành phần: Thủ thư các trường.\n\n"
                   "- Đơn vị chủ trì: Sở Giáo dục và Đào tạo.\n\n- Kết quả: Danh sách thủ thư đạt giải.\n")
    tasks = [(t.clause, t.lead_agency, t.due_on and t.due_on.isoformat()) for t in parse_text(text).tasks]
    assert tasks == [("II.1", "Sở Giáo dục và Đào tạo", "2026-03-20")]
